"""The print stage: the PDF as a designed print edition, made by the project itself.

The plugin `handreiking/drukeditie` (plugins.py; options in `Instellingen`, checked by
MkDocs) collects every rendered page in `on_post_page` and makes the book in
`on_post_build`: the pages in the order of the navigation (`plan`), minus `exclude_pages`,
shaped by `boek.maak_boek` (parts, numbering, table of contents, cross-references), with
the cover from handreiking/druk/sjablonen/cover.html.j2 and boek.scss as the only
stylesheet; rendered once by WeasyPrint through pdf.py (tagged PDF/UA-1, only files of the
site, atomic write). Only active when the environment variable in `enabled_if_env` is 1
(HANDREIKING_PDF=1, see scripts/bouw.py and the Makefile).

`maak_pdf` makes one book from a set of collected pages: a second edition (a subset of
the pages with its own cover) is the same call with another page set, cover and file name.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import logging
import os
import re
import time
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import jinja2
import sass
from bs4 import BeautifulSoup
from mkdocs.config import base
from mkdocs.config import config_options as c_opt
from mkdocs.exceptions import PluginError

from handreiking import controles as c
from handreiking.druk import boek, papier, pdf
from handreiking.web import tekening
from handreiking.web.bronnen import _sorteer

PDF_MAP = Path(__file__).resolve().parent / "sjablonen"
FONTS = Path(__file__).resolve().parents[2] / "overrides" / "assets" / "fonts"
log = logging.getLogger("mkdocs.plugins.drukeditie")


class KernDeel(base.Config):
    """One part of the kern: a title and its pages ("map/pagina.md" for the whole page,
    "map/pagina.md#id" for only the block that holds that id, under the page's title)."""

    titel = c_opt.Type(str)
    paginas = c_opt.ListOfItems(c_opt.Type(str))


class Kern(base.Config):
    """The kern (`kern:` under the drukeditie): a short second book from the same pages."""

    output_path = c_opt.Type(str, default="")
    titel = c_opt.Type(str, default="")
    cover_subtitle = c_opt.Type(str, default="")
    delen = c_opt.ListOfItems(c_opt.SubConfig(KernDeel), default=[])


class Instellingen(base.Config):
    """The options of the print edition in mkdocs.yml (`- handreiking/drukeditie:`)."""

    enabled_if_env = c_opt.Type(str, default="HANDREIKING_PDF")
    output_path = c_opt.Type(str, default="pdf/handreiking.pdf")
    cover_subtitle = c_opt.Type(str, default="")
    keywords = c_opt.Type(str, default="")
    toc_title = c_opt.Type(str, default="Inhoud")
    exclude_pages = c_opt.ListOfItems(c_opt.Type(str), default=[])
    kern = c_opt.SubConfig(Kern)


_staat: dict = {"aan": False}


def aan(config) -> bool:
    """Is the print edition made in this build? (The handouts and pdf.py ask too.)"""
    plugin = config.plugins.get("handreiking/drukeditie")
    if plugin is None:
        return False
    return os.environ.get(plugin.config.enabled_if_env, "0") == "1"


def on_config(config, instellingen: Instellingen):
    _staat.clear()
    _staat.update(aan=aan(config), paginas={}, plan=[], bestanden={})
    if not _staat["aan"]:
        log.info("Drukeditie uit (zet %s=1 om de pdf te maken)", instellingen.enabled_if_env)
        return config
    _staat.update(versie=str(config.extra.get("version", "")), labels=bronlabels(config.docs_dir),
                  uitsluiten=[re.compile(p if p.startswith("^") else f"^{p}") for p in instellingen.exclude_pages])
    return config


def on_nav(nav, config, files):
    if _staat["aan"]:
        _staat["plan"] = plan(nav.items)
    return nav


def on_post_page(output, page, config):
    if _staat["aan"] and not any(p.match(page.url) for p in _staat["uitsluiten"]):
        begin, cpu = time.perf_counter(), time.process_time()
        artikel = verzamel(output, page.url, page.file.abs_dest_path)
        if artikel is not None:
            _staat["paginas"][pad_van(page.url)] = artikel
            _staat["bestanden"][page.file.src_uri] = pad_van(page.url)
        _staat["verzamelen"] = _staat.get("verzamelen", 0.0) + time.perf_counter() - begin
        _staat["verzamelen_cpu"] = _staat.get("verzamelen_cpu", 0.0) + time.process_time() - cpu
    return output


def on_post_build(config, instellingen: Instellingen):
    if not _staat["aan"]:
        return
    with pdf.zonder_gc():  # the books' soups and layouts: see pdf.zonder_gc
        _maak_boeken(config, instellingen)


def _maak_boeken(config, instellingen: Instellingen):
    begin = time.perf_counter() - _staat.get("verzamelen", 0.0)  # the collecting counts too
    cpu = time.process_time() - _staat.get("verzamelen_cpu", 0.0)
    doel = Path(config.site_dir) / instellingen.output_path
    feiten = maak_pdf(config, instellingen, _staat["paginas"], doel, doorlopend=True)
    log.info("Drukeditie: %s pagina's, %s hoofdstukken, %s bronnen geciteerd, %s paginanummers; gemaakt in %.1f s "
             "(rekentijd %.1f s)", feiten["paginas"], feiten["hoofdstukken"], feiten["bronnen"],
             feiten["paginanummers"], time.perf_counter() - begin, time.process_time() - cpu)
    kern = instellingen.kern
    if kern.output_path and kern.delen:
        begin = time.perf_counter()
        paginas, plan_ = kernpaginas(kern, _staat["paginas"], _staat["bestanden"])
        titel = kern.titel or f"{config.site_name} – de kern"
        feiten = maak_pdf(config, instellingen, paginas, Path(config.site_dir) / kern.output_path, plan_=plan_,
                          hoofdboek=False, titel=titel, doorlopend=True,
                          woorden={"cover_title": titel, "cover_subtitle": kern.cover_subtitle, "kern": True,
                                   "volledig": instellingen.output_path})
        log.info("Drukeditie: de kern, %s pagina's; gemaakt in %.1f s", feiten["paginas"],
                 time.perf_counter() - begin)


# -- The kern -----------------------------------------------------------------------------

def kernpaginas(kern: Kern, paginas: dict[str, str], bestanden: dict[str, str]) -> tuple[dict[str, str], list[dict]]:
    """The pages of the kern and its plan (one section per part): whole collected pages,
    or for "pagina.md#id" the page's title with only the block that holds that id. An
    unknown page or id stops the build with a message for the editor."""
    uit, plan_ = {}, []
    for deel in kern.delen:
        kinderen = []
        for regel in deel.paginas:
            bestand, _, anker = regel.partition("#")
            pad = bestanden.get(bestand.strip())
            if pad is None:
                raise PluginError(f"mkdocs.yml, drukeditie › kern › {deel.titel}: de pagina '{bestand}' bestaat niet "
                                  "of staat niet in de pdf (exclude_pages) — schrijf het pad vanaf docs/, "
                                  "bijvoorbeeld situaties/als-het-niet-veilig-is.md")
            artikel = uittreksel(paginas[pad], pad, anker.strip()) if anker.strip() else paginas[pad]
            if artikel is None:
                raise PluginError(f"mkdocs.yml, drukeditie › kern › {deel.titel}: op de pagina '{bestand}' staat "
                                  f"geen blok met id '{anker}' — kies een id die op de pagina staat, "
                                  "bijvoorbeeld #in-het-kort")
            uit[pad] = artikel
            kinderen.append({"titel": "", "pad": pad, "index": False})
        plan_.append({"titel": deel.titel, "kinderen": kinderen})
    return uit, plan_


def uittreksel(artikel: str, pad: str, anker: str) -> str | None:
    """The collected article with only its title and the block (a child of the article)
    that holds the element with id `anker`; None when the page has no such id."""
    soup = BeautifulSoup(artikel, "html.parser")
    art = soup.find("article")
    doel = art.find(id=_anker(f"{pad}:{anker}")) if art else None
    if doel is None:
        return None
    while doel.parent is not art:
        doel = doel.parent
    h1 = art.find("h1")
    for kind in list(art.children):
        if kind is not doel and kind is not h1:
            kind.extract()
    return str(art)


# -- Collecting the pages --------------------------------------------------------------

def pad_van(url: str) -> str:
    """The page's anchor prefix in the book: "" and "index.html" -> ".", "a/b/" stays."""
    if not url or url == "index.html":
        return "."
    if url.endswith("index.html"):
        return url[:-len("index.html")]
    return re.sub(r"\.html$", "/", url)


def _href(href: str, url: str) -> str:
    """A link between pages becomes a link inside the book: "../b/#kop" -> "#a/b/:kop"."""
    delen = urlsplit(href)
    if delen.scheme or delen.netloc or href.startswith("/"):
        return href
    doel = urljoin(url, delen.path)
    if doel in ("", "/", ".", "index.html"):
        return f"#.:{delen.fragment}"
    if re.search(r"\.(png|jpe?g|svg|gif|webp|pdf)$", doel):
        return href
    doel = re.sub(r"index\.html$", "", doel)
    doel = re.sub(r"\.(html|md)$", "/", doel)
    if not doel.endswith("/"):
        doel += "/"
    return f"#{quote(doel)}:{delen.fragment}"


def _anker(naam: str) -> str:
    return naam.replace("%25", "-").replace("%", "-")  # '%' in a PDF destination name trips some viewers


def artikel_van(output: str) -> str:
    """Only the <article> of a rendered page (Material has one): parsing the whole page
    with its navigation costs five times as much."""
    begin, eind = output.find("<article"), output.rfind("</article>")
    return output[begin:eind + len("</article>")] if 0 <= begin < eind else output


def verzamel(output: str, url: str, abs_dest_path: str) -> str | None:
    """The article of a rendered page, ready for the book: ids and links made unique in
    the book ("pad:id"), images as file:// URLs of the built site, web-only buttons gone."""
    soup = BeautifulSoup(artikel_van(output), "html.parser")
    artikel = soup.find("article")
    if artikel is None:
        return None
    pad = pad_van(url)
    for a in artikel.select("a.headerlink, a.md-content__button"):
        a.decompose()
    for el in artikel.find_all(id=True):
        el["id"] = _anker(f"{pad}:{el['id']}")
    h1 = artikel.find("h1")
    if h1 is not None and not h1.get("id"):
        h1["id"] = pad
    for a in artikel.find_all("a", href=True):
        a["href"] = _anker(_href(a["href"], url))
    basis = Path(abs_dest_path).parent.as_uri() + "/"
    for el in artikel.find_all(src=True):
        if not re.match(r"^[a-z]+:", el["src"]):
            el["src"] = urljoin(basis, el["src"])
    for p in artikel.find_all("p"):
        if not p.get_text(strip=True) and not p.find(["img", "svg", "span", "input"]):
            p.decompose()
    for d in artikel.find_all("details"):
        d["open"] = ""
    artikel.name = "article"
    artikel.attrs = {"id": f"{pad}:", "data-url": f"/{pad}"}
    return str(artikel)


# -- The book ---------------------------------------------------------------------------

def maak_pdf(config, instellingen: Instellingen, paginas: dict[str, str], doel: Path,
             omslag: str = "cover.html.j2", plan_: list[dict] | None = None, hoofdboek: bool = True,
             titel: str = "", woorden: dict | None = None, doorlopend: bool = False) -> dict:
    """One book as a PDF at `doel`: the collected `paginas` ({anchor prefix: article HTML},
    any subset of the site) in the order of `plan_` (default: the navigation), behind the
    `omslag` template (its variables: `omslagwoorden`, updated with `woorden`). `titel` is
    the PDF's title (default: site_name); with `doorlopend` every chapter runs on and only
    parts start a page. Returns the facts of the book (numbers per anchor, counts); those
    of the `hoofdboek` are what the handouts refer to ("zie handreiking 2.1")."""
    titel = titel or config.site_name
    soup = BeautifulSoup(hoofd(config, instellingen, titel) + "<body></body></html>", "html.parser")
    for item in _in_volgorde(plan_ if plan_ is not None else _staat.get("plan", []), paginas):
        soup.body.append(BeautifulSoup(item, "html.parser"))
    glyphs = papier.glyphs_van(papier.lettertypen(FONTS))
    css = stylesheet("boek.scss", str(config.extra.get("version", "")), nummers=True)
    feiten = boek.maak_boek(soup, plan_ if plan_ is not None else _staat.get("plan", []), sjablonen(), css,
                            _staat.get("labels") or bronlabels(config.docs_dir), glyphs,
                            toc_titel=instellingen.toc_title, website=(config.site_url or "") if hoofdboek else "")
    if not hoofdboek:  # the kern: a short book, set tighter (boek.scss, .hr-kern)
        soup.body["class"] = soup.body.get("class", []) + ["hr-kern"]
    if config.site_url:
        website_met_adres(soup.body, papier.leesbaar_adres(config.site_url))
    if doorlopend:
        for sectie in soup.body.select("section.hr-hoofdstuk"):
            sectie["class"] = sectie["class"] + ["hr-doorlopend"]
    if not soup.body.find(id=_anker(boek.BRONNENLIJST + ":")):
        for a in soup.body.select("a.hr-bronlink"):
            a.unwrap()  # no bibliography in this book: the citation stays as words
    omslagvars = dict(omslagwoorden(config, instellingen), veiligheid=feiten.get("veiligheid", ""), **(woorden or {}))
    soup.body.insert(0, BeautifulSoup(sjablonen().get_template(omslag).render(omslagvars), "html.parser"))
    soup.body.append(BeautifulSoup(sjablonen().get_template("achterkant.html.j2").render(omslagvars), "html.parser"))
    if hoofdboek:
        boek.GEMAAKT.clear()
        boek.GEMAAKT.update(feiten)
    for teken in feiten["ontbreekt"]:
        log.warning("Drukeditie: het teken %s staat niet in het lettertype van de pdf (Source Sans 3) — "
                    "schrijf het anders of voeg een vervanging toe in handreiking/druk/papier.py (VERVANG_TEKEN)", teken)
    ontbrekend = boek.ontbrekende_ankers(soup)
    if ontbrekend:
        log.warning("%s link(s) in de pdf verwijzen naar een pagina of kop die niet in de pdf staat: %s — link naar "
                    "een pagina die in de pdf staat, of haal de link weg", len(ontbrekend), ", ".join(ontbrekend[:10]))
    doel.parent.mkdir(parents=True, exist_ok=True)
    document = pdf.render(soup, titel, config.site_dir)
    if hoofdboek:
        boek.GEMAAKT["bladzijden"] = boek.paginas_van(document)  # the handouts name their page in the book
    pdf.schrijf(document, doel, soup, nabewerking=boek.paginanummers(feiten["doelen"], document))
    return dict(feiten, paginas=len(document.pages), paginanummers=len(feiten["doelen"]))


_WEBSITE = re.compile(r"\bop de website\b(?! van)(?! \()")


def website_met_adres(el, adres: str) -> None:
    """On paper "op de website" (this handbook's, not "de website van …") gets its address."""
    for tekst in el.find_all(string=_WEBSITE):
        if tekst.parent is not None and tekst.parent.name not in ("style", "script", "title"):
            tekst.replace_with(_WEBSITE.sub(f"op de website ({adres})", str(tekst)))


def _in_volgorde(plan_: list[dict], paginas: dict[str, str]):
    for item in plan_:
        if "kinderen" in item:
            yield from _in_volgorde(item["kinderen"], paginas)
        elif pad_van(item["pad"]) in paginas:
            yield paginas[pad_van(item["pad"])]


def hoofd(config, instellingen: Instellingen, titel: str = "") -> str:
    """<head> of the book: what WeasyPrint writes as the PDF's metadata."""
    nu = dt.datetime.now(dt.UTC).isoformat()
    meta = {"author": config.site_author or "", "description": config.site_description or "",
            "keywords": instellingen.keywords, "generator": "handreiking (WeasyPrint)",
            "dcterms.created": nu, "dcterms.modified": nu}
    regels = "".join(f'<meta name="{k}" content="{html_lib.escape(v)}">' for k, v in meta.items() if v)
    return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
            f"<title>{html_lib.escape(titel or config.site_name)}</title>{regels}</head>")


def omslagwoorden(config, instellingen: Instellingen) -> dict:
    """The variables of the cover template: config.extra plus title, subtitle, author,
    copyright and addresses (the names mkdocs-to-pdf used, so the template stays as it is)."""
    woorden = dict(config.extra)
    woorden.update(cover_title=config.site_name, cover_subtitle=instellingen.cover_subtitle,
                   author=config.site_author or "", copyright=config.copyright or "",
                   site_url=config.site_url or "", repo_url=config.repo_url or "",
                   pijlerkleuren=tekening.PIJLERS)
    return {k: html_lib.unescape(v) if isinstance(v, str) else v for k, v in woorden.items()}


def bronlabels(docs_dir: str) -> dict[str, dict]:
    """Short citations per source id, in the order of the bibliography."""
    data = c.data_map(docs_dir)
    bronnen = sorted(c.lees_yaml(data / "bronnen.yml") or [], key=_sorteer)
    begrippen = c.lees_yaml(data / "begrippen.yml") or []
    afkortingen = {str(b["voluit"]).lower(): str(b["term"]) for b in begrippen if b.get("voluit")}
    return papier.bronlabels(bronnen, afkortingen)


def plan(items) -> list[dict]:
    """The navigation as nested dicts: {"titel", "pad", "index"} or {"titel", "kinderen"}."""
    uit = []
    for item in items:
        if item.is_section:
            uit.append({"titel": item.title, "kinderen": plan(item.children)})
        elif item.is_page:
            pad = item.url or "."
            uit.append({"titel": item.title, "pad": pad, "index": item.file.name == "index"})
    return uit


def stylesheet(naam: str, versie: str, nummers: bool = False) -> str:
    """A print stylesheet from handreiking/druk/sjablonen, with the version and the embedded
    font (and, for the book, the font of the page-number placeholders)."""
    bron = f'$versie: "{versie}";\n' + (PDF_MAP / naam).read_text("utf-8")
    css = sass.compile(string=bron, include_paths=[str(PDF_MAP)], output_style="compressed")
    voor = papier.fontface_css(FONTS) + ("\n" + papier.nummer_fontface_css(FONTS) if nummers else "")
    return voor + "\n" + css


def _strptime(waarde: str, patroon: str) -> dt.datetime:
    return dt.datetime.strptime(waarde, patroon)


def sjablonen() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(PDF_MAP), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["strptime"] = _strptime
    return env
