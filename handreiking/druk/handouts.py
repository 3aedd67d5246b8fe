"""Hook: every hulpmiddel (docs/hulpmiddelen/*.md but the index) and every werkkaart
(docs/werkkaarten/*.md) also as a loose A4 PDF of one or two pages, to print and hand out.

- Each such page gets a "Download als pdf" link under its title (class hr-web: not in the book).
- The marker `<!-- handouts -->` (on the hulpmiddelen page) becomes the list of all handouts.
- When the PDF is built (HANDREIKING_PDF=1), each handout is rendered on its own from the
  page's HTML: same paper transforms as the book (papier.py), its own small stylesheet
  (handreiking/druk/sjablonen/losblad.scss), title, version and page number in the margins, the cited
  sources at the end. Tagged PDF/UA-1, /Lang nl, only files of the site itself (pdf.py's
  fetcher), written atomically to site/pdf/<map>/<naam>.pdf. Too long for two pages: first a
  tighter layout, then a notice (tests/test_build.py fails on it). A sheet whose normal layout
  was too long in an earlier build gets the tighter layout at once (`Geheugen`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html as html_lib
import json
import logging
import os
import posixpath
import re
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import weasyprint
from bs4 import BeautifulSoup
from mkdocs.utils import get_relative_url
from weasyprint.text.fonts import FontConfiguration

from handreiking.druk import boek, drukeditie, papier, pdf
from handreiking.web import markeringen, typografie

MAPPEN = {"hulpmiddelen": "Hulpmiddel", "werkkaarten": "Werkkaart"}
MARKER = "<!-- handouts -->"
PDF_MAP = "pdf"
MAX_PAGINAS = 2
MAX_PAGINAS_KAART = 1  # a werkkaart is one A4
VEEL_BRONNEN = 10
GEHEUGEN = ".cache/handreiking/losbladen.json"  # Geheugen: from the folder of mkdocs.yml
log = logging.getLogger("mkdocs.hooks.handouts")
_paginas: dict[str, dict] = {}   # src_uri -> {"titel", "soort", "html", "url"}
_aan = False


def is_handout(src_uri: str) -> bool:
    map_, _, naam = src_uri.partition("/")
    return map_ in MAPPEN and naam.endswith(".md") and "/" not in naam and naam != "index.md"


def pdf_pad(src_uri: str) -> str:
    """hulpmiddelen/checklist.md -> pdf/hulpmiddelen/checklist.pdf (in the site)"""
    return f"{PDF_MAP}/{src_uri[:-3]}.pdf"


def on_config(config):
    global _aan
    _aan = drukeditie.aan(config)
    _paginas.clear()
    return config


def on_page_markdown(markdown, page, config, files):
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, overzicht(files, page.file.url))
    return markdown


def on_page_content(html, page, config, files):
    if not is_handout(page.file.src_uri):
        return html
    if page.file.src_uri.startswith("werkkaarten/"):  # for the browser's print: one A4 too
        soup = BeautifulSoup(html, "html.parser")
        _situaties_in_kolommen(soup, soup)
        html = str(soup)
    link = get_relative_url(pdf_pad(page.file.src_uri), page.file.url)
    knop = (f'<p class="hr-web hr-losblad-link"><a class="md-button" href="{link}" download type="application/pdf">'
            f'Download als pdf</a> <span>(A4, om te printen)</span></p>')
    return re.sub(r"(</h1>)", r"\1\n" + knop.replace("\\", r"\\"), html, count=1)


def on_post_page(output, page, config):
    if _aan and is_handout(page.file.src_uri):
        # page.title is escaped for the theme (veilig.py); the PDF metadata and margins want plain text
        titel = typografie.aanhalingstekens(html_lib.unescape(page.title))  # the PDF's title, as the page shows it
        _paginas[page.file.src_uri] = {"titel": titel, "soort": MAPPEN[page.file.src_uri.split("/")[0]],
                                       "html": output, "url": page.file.url, "folder": bool(page.meta.get("folder")),
                                       "een_a4": bool(page.meta.get("een_a4"))}
    return output


def on_post_build(config):
    if not _aan:
        return
    with pdf.zonder_gc():  # the layouts of all handouts: see pdf.zonder_gc
        _maak_losbladen(config)


def _maak_losbladen(config):
    begin, cpu = time.perf_counter(), time.process_time()
    site = Path(config.site_dir)
    te_lang, samen, onthouden = [], 0, 0
    # The stylesheet (with the embedded font) is parsed and its font loaded once for all handouts.
    lettertypen = FontConfiguration()
    css = drukeditie.stylesheet("losblad.scss", str(config.extra.get("version", "")))
    stijl = weasyprint.CSS(string=css, font_config=lettertypen, url_fetcher=pdf.veilige_fetcher(site))
    geheugen = Geheugen(Path(config.config_file_path).parent / GEHEUGEN)
    veilig = veiligheidsblok(_paginas)
    for src_uri, p in sorted(_paginas.items()):
        doel = site / pdf_pad(src_uri)
        doel.parent.mkdir(parents=True, exist_ok=True)
        html = losblad(p, config, veilig)
        compact = html.replace('class="hr-losblad', 'class="hr-losblad hr-losblad--compact', 1)
        grens = MAX_PAGINAS_KAART if p["soort"] == "Werkkaart" or p.get("een_a4") else MAX_PAGINAS
        sleutel = geheugen.sleutel(html, css, site)
        if (geheugen.get(sleutel) or 0) > grens:  # this very sheet was too long before: only the compact layout
            paginas = schrijf(compact, p["titel"], doel, site, lettertypen, stijl)
            geheugen[sleutel] = geheugen.pop(sleutel)  # used: newest last, kept longest
            onthouden += 1
        else:
            paginas = geheugen[sleutel] = schrijf(html, p["titel"], doel, site, lettertypen, stijl)
            if paginas > grens:
                paginas = schrijf(compact, p["titel"], doel, site, lettertypen, stijl)
        samen += paginas
        if paginas > grens:
            te_lang.append(f"docs/{src_uri} ({paginas} pagina's)")
    geheugen.bewaar()
    log.info("Losse pdf's: %s met samen %s pagina's geschreven in %s/ in %.1f s (rekentijd %.1f s; %s meteen "
             "compact, onthouden van een vorige bouw)", len(_paginas), samen, PDF_MAP, time.perf_counter() - begin,
             time.process_time() - cpu, onthouden)
    if te_lang:  # the test (tests/test_build.py) fails on this; the build goes on
        log.info("LET OP: deze losse pdf's passen niet op twee A4-pagina's: %s — maak de tekst korter of "
                 "splits het hulpmiddel", ", ".join(te_lang))


def overzicht(files, vanuit: str) -> str:
    """HTML list of all handouts (title from the page's H1), linking the web page and the PDF."""
    groepen = {soort: [] for soort in MAPPEN.values()}
    for f in files.documentation_pages():
        if not is_handout(f.src_uri):
            continue
        titel = _titel_uit(f.content_string) or f.name
        pagina = get_relative_url(f.url, vanuit)
        bestand = get_relative_url(pdf_pad(f.src_uri), vanuit)
        groepen[MAPPEN[f.src_uri.split("/")[0]]].append(
            f'<li><a href="{pagina}">{_esc(titel)}</a> — <a href="{bestand}" download type="application/pdf">'
            f'pdf</a></li>')
    delen = []
    for soort, items in groepen.items():
        if items:
            delen.append(f'<p class="hr-handouts__kop"><strong>{soort}en</strong></p>\n<ul class="hr-handouts">\n'
                         + "\n".join(sorted(items)) + "\n</ul>")
    return "<div class=\"hr-web hr-handouts-lijst\">\n" + "\n".join(delen) + "\n</div>\n"


def _titel_uit(markdown: str) -> str:
    m = re.search(r"^# (.+?)(\s*\{.*\})?\s*$", markdown, re.M)
    return m.group(1).strip() if m else ""


def _esc(tekst: str) -> str:
    return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def losblad(p: dict, config, veilig: str = "") -> str:
    """The handout as a complete HTML document (its stylesheet is losblad.scss, given to the render).
    `veilig` is the shared safety box (as a hulpmiddel page shows it); a werkkaart carries it
    in a strip at its foot."""
    bron = BeautifulSoup(drukeditie.artikel_van(p["html"]), "html.parser")
    artikel = bron.find("article") or bron
    soup = BeautifulSoup("<html><head></head><body></body></html>", "html.parser")
    body = soup.body
    body["class"] = ["hr-losblad"] + (["hr-losblad--kaart"] if p["soort"] == "Werkkaart" else []) \
        + (["hr-losblad--folder"] if p.get("folder") else []) + (["hr-losblad--een"] if p.get("een_a4") else [])
    nummer, bladzijde = _boeknummer(p["url"]), _bladzijde(p["url"])
    kop = BeautifulSoup(
        f'<p class="hr-losblad__soort">{p["soort"]}{" " + nummer if nummer else ""}'
        f'{" (p.&#160;" + str(bladzijde) + ")" if bladzijde else ""} · Handreiking Gezinsgericht werken in detentie'
        f'{" · " + _esc(config.extra["locatie"]) if config.extra.get("locatie") else ""}</p>', "html.parser")
    body.append(kop)
    inhoud = soup.new_tag("article")
    for kind in list(artikel.contents):
        inhoud.append(kind.extract())
    body.append(inhoud)
    if p["soort"] == "Werkkaart":
        _situaties_in_kolommen(inhoud, soup)
        _twee_vaste_kolommen(inhoud, soup)
    elif p.get("een_a4"):
        _situaties_in_kolommen(inhoud, soup, kop="h2")
    if p.get("folder"):
        als_folder(inhoud)
    labels = drukeditie.bronlabels(config.docs_dir)
    geciteerd = papier.voor_papier(inhoud, soup, labels)
    _verwijzingen(inhoud, p["url"])
    if geciteerd:
        bronnen = _bronnen(soup, geciteerd, labels, config, kort=p["soort"] == "Werkkaart" or p.get("een_a4"))
        kolommen = inhoud.find(class_="hr-kaart-situaties") if p.get("een_a4") else None
        (kolommen or body).append(bronnen)  # on a one-A4 sheet the sources close the second column
    if veilig and p["soort"] == "Werkkaart":  # the safety box in a fixed strip at the foot of the card
        strook = BeautifulSoup(veilig, "html.parser").find("div")
        strook["class"] = strook.get("class", []) + ["hr-kaart-veilig"]
        papier.voor_papier(strook, soup, labels)
        _verwijzingen(strook, p["url"])
        body.append(strook)
    papier.typografie(body, vervang_web=False)  # on a loose sheet, "deze pagina" is right
    datum = config.extra.get("release_date")
    datum = markeringen.datum_nl(dt.date.fromisoformat(datum) if isinstance(datum, str) else datum)
    body["data-voet"] = f"{p['titel']} \u00b7 versie {config.extra.get('version')} \u00b7 {datum}"
    return str(soup)


def als_folder(inhoud) -> None:
    """A leaflet for families and children (front matter `folder: true`): no source notes
    and no professional line under the title; the sources stay on the professional pages."""
    for el in inhoud.select("sup:has(> a.footnote-ref), .footnote, .hr-kenmerken"):
        el.decompose()


def _situaties_in_kolommen(inhoud, soup, kop: str = "h3") -> None:
    """A werkkaart's situations (from the first H3 to the next H2) in one block that the
    stylesheet sets in two columns, so the card fits on one A4. With `kop="h2"` (a
    one-A4 hulpmiddel, front matter `een_a4`): everything from the first H2 on."""
    eerste = inhoud.find(kop)
    if eerste is None or inhoud.find(class_="hr-kaart-situaties") is not None:
        return
    blok = soup.new_tag("div", attrs={"class": "hr-kaart-situaties"})
    eerste.insert_before(blok)
    while blok.next_sibling is not None and (kop == "h2" or getattr(blok.next_sibling, "name", None) != "h2"):
        blok.append(blok.next_sibling.extract())


def veiligheidsblok(paginas: dict[str, dict]) -> str:
    """The shared safety box (docs/_snippets/veiligheid.md) as the first handout page that
    includes it renders it; all handout pages sit two folders deep, so its link resolves
    the same on every sheet."""
    for _, p in sorted(paginas.items()):
        if boxen := boek.veiligheidsblokken(BeautifulSoup(drukeditie.artikel_van(p["html"]), "html.parser")):
            return str(boxen[0])
    return ""


def _bladzijde(url: str) -> int | None:
    return (boek.GEMAAKT.get("bladzijden") or {}).get(f"{url}:")


def _twee_vaste_kolommen(inhoud, soup) -> None:
    """A card's situations in two fixed columns, split where the text is most even (by
    characters, a heading counting as a line). CSS columns would do the same, but WeasyPrint
    balances them by laying the card out again and again, one pixel at a time, which made
    the cards most of the handouts' layout time. The situations keep their order: the
    left column, then the right one."""
    blok = inhoud.find(class_="hr-kaart-situaties")
    if blok is None:
        return
    situaties: list[list] = []
    for kind in list(blok.contents):
        if getattr(kind, "name", None) == "h3" or not situaties:
            situaties.append([])
        situaties[-1].append(kind.extract())
    gewicht = [sum(len(k.get_text(" ", strip=True)) if hasattr(k, "get_text") else 0 for k in s_)
               + KOPGEWICHT * sum(getattr(k, "name", None) == "h3" for k in s_) for s_ in situaties]
    totaal = sum(gewicht)
    splits = min(range(len(situaties) + 1), key=lambda i: abs(2 * sum(gewicht[:i]) - totaal))
    blok["class"] = blok.get("class", []) + ["hr-kaart-situaties--vast"]
    for deel in (situaties[:splits], situaties[splits:]):
        kolom = soup.new_tag("div", attrs={"class": "hr-kolom"})
        for situatie in deel:
            kolom.extend(situatie)
        blok.append(kolom)


KOPGEWICHT = 60  # characters a situation's heading weighs: a line and the space around it


def _boeknummer(url: str) -> str:
    info = (boek.GEMAAKT.get("nummers") or {}).get(f"{url}:")
    return info["nr"] if info and info["nr"] else ""


def _verwijzingen(el, url: str) -> None:
    """A link to another page: on a loose sheet it points into the book, "(zie handreiking 2.1)"."""
    nummers = boek.GEMAAKT.get("nummers") or {}
    for a in el.find_all("a", href=True):
        href = a["href"]
        if re.match(r"^(https?:|mailto:|#)", href) or "hr-bronlink" in (a.get("class") or []):
            continue
        pad, _, anker = href.partition("#")
        doel = posixpath.normpath(posixpath.join(url, pad or "."))
        doel = "" if doel == "." else doel + "/"
        info = nummers.get(f"{doel}:{anker}") or nummers.get(f"{doel}:")
        if info and info["nr"] and not info["nr"].startswith("deel"):
            zie = BeautifulSoup(f'<span class="hr-zie">\u00a0(zie handreiking {info["nr"]})</span>', "html.parser")
            a.insert_after(zie.span)
        a.unwrap()


def _bronnen(soup, geciteerd: list[str], labels: dict, config, kort: bool = False):
    """The sources this handout cites, as one run-in paragraph: the label used in the text
    and the title (only the label when there are many, or on a werkkaart: `kort`); the
    full entries are in the book's bibliography."""
    from handreiking import controles as c

    alle = {b["id"]: b for b in (c.lees_yaml(c.data_map(config.docs_dir) / "bronnen.yml") or [])}
    volgorde = list(labels)
    sectie = soup.new_tag("section", attrs={"class": "hr-losblad__bronnen"})
    kop = soup.new_tag("h2")
    kop.string = "Bronnen"
    sectie.append(kop)
    alinea = soup.new_tag("p", attrs={"class": "hr-losblad__bronlijst"})
    eerst = True
    for bron_id in sorted(geciteerd, key=lambda i: volgorde.index(i) if i in volgorde else 0):
        if bron_id not in alle:
            continue
        if not eerst:
            alinea.append("; ")
        eerst = False
        label = soup.new_tag("span", attrs={"id": bron_id, "class": "hr-losblad__bronlabel"})
        label.string = labels[bron_id]["label"]
        if len(geciteerd) <= VEEL_BRONNEN and not kort:
            titel = soup.new_tag("em")
            titel.string = " ".join(str(alle[bron_id]["titel"]).split())
            alinea.extend([label, ": ", titel])
        else:  # many sources, or a card: the labels only, to keep the sheet to its pages
            alinea.append(label)
    alinea.append(". Volledige vermeldingen met webadres: in de bronnenlijst van de handreiking.")
    sectie.append(alinea)
    return sectie


class Geheugen(dict):
    """Which handouts were too long in their normal layout, remembered between builds (a JSON
    file under .cache/, not in git): sheet key -> pages of the normal layout.

    A werkkaart's two balanced columns cost WeasyPrint a second or more per layout, and
    most handouts need the compact layout; without this, every build lays such a sheet out
    twice only to learn again that the normal layout is too long. The key is a hash of
    everything that decides the layout (the sheet's HTML, the stylesheet, the font files, the
    files the sheet loads, the WeasyPrint and Pango versions), so a remembered
    answer is the answer that layout would give; any change means a new key and two
    layouts again. A missing or unreadable file is an empty memory."""

    BEWAREN = 500  # keys kept (all editions together), the newest

    def __init__(self, pad: Path):
        self.pad = pad
        try:
            oud = json.loads(pad.read_text("utf-8"))
        except (OSError, ValueError):
            oud = {}
        super().__init__({k: v for k, v in oud.items() if isinstance(v, int)} if isinstance(oud, dict) else {})

    @staticmethod
    def sleutel(html: str, css: str, site: Path) -> str:
        h = hashlib.sha256()
        # The embedded fonts change with every build (fontTools stamps the time in them): their
        # source files count instead.
        for deel in (weasyprint.__version__, pango_versie(), re.sub(r"data:[^\")]+", "data:", css), html):
            h.update(deel.encode() + b"\0")
        for font in sorted(drukeditie.FONTS.glob("*.woff2")):
            h.update(font.read_bytes())
        for bron in sorted(set(re.findall(r'\bsrc="(?!data:)([^"]+)"', html))):
            pad = Path(unquote(urlsplit(bron).path)) if bron.startswith("file:") else site / unquote(bron)
            h.update(pad.read_bytes() if pad.is_file() else b"-")
        return h.hexdigest()

    def bewaar(self) -> None:
        """Write the memory atomically; a read-only checkout just does not remember."""
        try:
            self.pad.parent.mkdir(parents=True, exist_ok=True)
            tijdelijk = self.pad.with_name(f"{self.pad.name}.{os.getpid()}.deel")
            tijdelijk.write_text(json.dumps(dict(list(self.items())[-self.BEWAREN:]), indent=0), "utf-8")
            os.replace(tijdelijk, self.pad)
        except OSError as e:
            log.debug("Losse pdf's: geheugen niet bewaard (%s)", e)


def pango_versie() -> str:
    from weasyprint.text.ffi import pango

    return str(pango.pango_version())


def schrijf(html: str, titel: str, doel: Path, site: Path, lettertypen=None, stijl=None) -> int:
    """Render one handout, tagged (header cells with /Scope), atomically; returns its number of pages."""
    document = pdf.render(html, titel, site, font_config=lettertypen, stylesheets=[stijl] if stijl else None)
    pdf.schrijf(document, doel, html)
    return len(document.pages)
