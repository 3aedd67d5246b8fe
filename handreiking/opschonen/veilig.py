"""Hook: every file of a pull request is input from a stranger.

First line: refuse, with a Dutch message naming file and line. `on_config` checks the
data files in docs/_data and the files in docs/ (types, names, sizes, SVGs); every page's
rendered HTML is checked against the allowlist (opschonen.py); titles are plain text. All findings
(also those of voorpagina.py) stop the build together in `on_env`, before anything is
written and long before the PDF.

Second line, the safety net: the HTML of every page is cleaned with nh3 (an allowlist
sanitiser, see opschonen.py) after Markdown, so whatever got past the checks cannot run
script, load anything from elsewhere or send a form. Titles and the page description are
neutralised where the theme prints them without escaping.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Link, Section

from handreiking import controles as c
from handreiking.opschonen import csp, uitvoer
from handreiking.opschonen.pagina import bevindingen_in_html, schoon, veilige_url

# -- Hook -------------------------------------------------------------------------------

_bevindingen: list[c.Bevinding] = []
_bronnen: list[tuple[str, str]] = []   # (file, text) of data files and snippets, to find a line
_uitvoer: dict[str, tuple[str, str]] = {}  # "over/privacy/index.html" and "over/privacy/" -> (file, text)


@event_priority(100)
def on_config(config):
    docs = Path(config.docs_dir)
    _bevindingen.clear()
    _bronnen.clear()
    _uitvoer.clear()
    csp.THEMA_HASHES.clear()
    data = c.controleer_data(docs)
    if data:  # the other hooks read these files: stop now, with every data error at once
        raise PluginError(_melding(data))
    _bevindingen.extend(c.controleer_bestanden(docs))
    oud = c.begrippen_uit_git(docs)
    if oud is not None:
        nieuw = c.lees_yaml(c.data_map(docs) / "begrippen.yml", "docs/_data/begrippen.yml") or []
        _bevindingen.extend(b for b in c.verwijderde_begrippen(oud, nieuw, _paginas(docs)) if b.niveau == c.FOUT)
    for pad in sorted(c.data_map(docs).glob("*.yml")) + sorted((docs / "_snippets").glob("*.md")):
        _bronnen.append((f"docs/{pad.relative_to(docs).as_posix()}", pad.read_text(encoding="utf-8")))
    return config


def _paginas(docs: Path) -> dict[str, str]:
    return {f"docs/{p.relative_to(docs).as_posix()}": p.read_text(encoding="utf-8")
            for p in sorted(docs.rglob("*.md")) if not {"_data", "_snippets"} & set(p.relative_to(docs).parts)}


def on_nav(nav, config, files):
    """Titles written in mkdocs.yml (sections, links, pages) are plain text."""
    def loop(items):
        for item in items:
            if isinstance(item, Link) and not veilige_url(str(item.url)):
                _bevindingen.append(c.Bevinding("mkdocs.yml", _regel_in(Path(config.config_file_path), str(item.url)),
                    c.FOUT, f"de link '{c._tekst(item.url)}' in de navigatie is niet toegestaan",
                    "gebruik alleen https://, mailto:, tel: of een pagina van de handreiking"))
                item.url = "#"
            if isinstance(item, (Section, Link)) and item.title is not None:
                fouten = c.controleer_titel("mkdocs.yml", _regel_in(Path(config.config_file_path), str(item.title)),
                                            item.title)
                _bevindingen.extend(fouten)
                if fouten or c.onveilige_tekst(str(item.title).replace("&amp;", "&")):
                    item.title = c.veilige_titel(item.title)
            if isinstance(item, Section):
                loop(item.children)
    loop(nav.items)
    return nav


@event_priority(-45)  # after voorpagina sets the tags, before Material's tags plugin reads them
def on_page_markdown(markdown, page, config, files):
    if "tags" in page.meta:
        tags = c.als_lijst(page.meta["tags"])
        # voorpagina reports what is not a plain label; the theme must not trip over it meanwhile
        page.meta["tags"] = [html.escape(t) if c.onveilige_tekst(t, in_attribuut=True) else t
                             for t in tags if isinstance(t, str)]
    return markdown


@event_priority(-100)  # after every other hook changed the content
def on_page_content(inhoud, page, config, files):
    bestand = f"docs/{page.file.src_uri}"
    bron = page.file.content_string if page.file.abs_src_path else ""
    def bestaat(src: str) -> bool:
        pad = unquote(urlsplit(src).path)
        doel = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.dest_uri), pad))
        return not pad or files.get_file_from_path(doel) is not None

    if c.weigeren():
        for wat, oplossing, naald in bevindingen_in_html(inhoud, bestaat):
            plek = _zoek(naald, [(bestand, bron)] + _bronnen) or (bestand, 1)
            _bevindingen.append(c.Bevinding(plek[0], plek[1], c.FOUT, wat, oplossing))
    return schoon(inhoud)


@event_priority(110)  # before Material's tags plugin renders titles into its listings
def on_env(env, config, files):
    env.filters["csp"] = lambda thema, base_url, offline=False: csp.beleid(
        str(thema), csp.werker_adres(str(base_url)), bool(offline), str(config.theme.custom_dir or "overrides"))
    titels: dict[str, str] = {}
    for bestand in files.documentation_pages():
        if bestand.page is None or not isinstance(bestand.page.title, str):
            continue
        sleutel = " ".join(bestand.page.title.split()).casefold()
        if sleutel in titels:
            bron = bestand.content_string if bestand.abs_src_path else ""
            regel = _regel_in_tekst(bron, "title:") or _regel_in_tekst(bron, "# ") or 1
            _bevindingen.append(c.Bevinding(f"docs/{bestand.src_uri}", regel, c.FOUT,
                f"de titel '{c._tekst(bestand.page.title)}' heeft ook de pagina {titels[sleutel]}",
                "geef elke pagina een eigen titel, zodat lezers ze in menu en zoekresultaten uit elkaar houden"))
        else:
            titels[sleutel] = f"docs/{bestand.src_uri}"
    for bestand in files.documentation_pages():
        page = bestand.page
        if page is None:
            continue
        bron = bestand.content_string if bestand.abs_src_path else ""
        regel = _regel_in_tekst(bron, "title:") or _regel_in_tekst(bron, "# ") or 1
        fouten = c.controleer_titel(f"docs/{bestand.src_uri}", regel, page.title)
        _bevindingen.extend(fouten)
        if fouten or (isinstance(page.title, str) and c.onveilige_tekst(page.title.replace("&amp;", "&"))):
            page.title = c.veilige_titel(page.title)
            if "title" in page.meta:
                page.meta["title"] = page.title
    # One message per mistake: voorpagina.py checked the Markdown of each page (exact
    # line); a finding here at a line it already reported is the same mistake, seen again.
    from handreiking.web import voorpagina

    alle = list(voorpagina._bevindingen)
    gemeld = {(b.bestand, b.regel) for b in alle}
    alle += [b for b in _bevindingen if b not in alle and (b.bestand, b.regel) not in gemeld]
    if alle:
        raise PluginError(_melding(sorted(alle, key=lambda b: (b.bestand, b.regel))))
    return env


@event_priority(-100)
def on_page_context(context, page, config, nav):
    """Safety net for what Material prints from the front matter without escaping."""
    for sleutel in ("description", "subtitle", "status", "icon"):
        waarde = page.meta.get(sleutel)
        if isinstance(waarde, str) and c.onveilige_tekst(waarde, in_attribuut=True):
            page.meta[sleutel] = html.escape(html.unescape(waarde), quote=True)
    return context


@event_priority(-100)
def on_post_page(output, page, config):
    """Tooltips as text: Material writes every title into the page as HTML."""
    bron = (f"docs/{page.file.src_uri}", page.file.content_string if page.file.abs_src_path else "")
    _uitvoer[page.file.dest_uri] = _uitvoer[page.url] = bron
    return uitvoer.tekst_titels(output)


@event_priority(110)  # after every page is written, before the PDF render (pdf.py: 100, to-pdf: 0)
def on_post_build(config):
    """The check over the whole built site (uitvoer.py): every HTML file and the search
    entries. A finding names the page it comes from; nothing is published or printed."""
    vondsten = uitvoer.controleer_site(Path(config.site_dir), csp.THEMA_HASHES)
    zoeken = config.plugins.get("material/search") or config.plugins.get("search")
    index = getattr(getattr(zoeken, "search_index", None), "entries", None)
    if isinstance(index, list):  # written only after this hook: check what it will hold
        vondsten += uitvoer.controleer_zoekindex(index)
    bevindingen = sorted({_bron_van(*v) for v in vondsten}, key=lambda b: (b.bestand, b.regel, b.wat))
    if bevindingen:
        raise PluginError(_melding(bevindingen))


def _bron_van(plek: str, wat: str, oplossing: str, naald: str) -> c.Bevinding:
    """The source file and line of a finding in the built site: the page the HTML file or
    search entry comes from; where the text is not there (a title in the navigation), the
    page, data file or snippet that holds it."""
    sleutel = plek.split("#", 1)[1].split("#")[0] if plek.startswith("search/") else plek
    eigen = _uitvoer.get(sleutel)
    kandidaten = ([eigen] if eigen else []) + [b for b in _uitvoer.values() if b != eigen] + _bronnen
    for bestand, tekst in kandidaten:
        for vorm in {naald, html.escape(naald, quote=False), html.escape(naald)}:
            i = tekst.find(vorm) if vorm else -1
            if i >= 0:
                return c.Bevinding(bestand, tekst.count("\n", 0, i) + 1, c.FOUT, wat, oplossing)
    return c.Bevinding(eigen[0] if eigen else f"site/{plek}", 1, c.FOUT, wat, oplossing)


def _zoek(patroon: str, bronnen: list[tuple[str, str]]) -> tuple[str, int] | None:
    """The first file and line where the pattern occurs; in a page the text after the
    front matter first (the HTML comes from there), then the front matter."""
    if not patroon:
        return None
    zoeker = re.compile(patroon, re.I)
    for bestand, tekst in bronnen:
        voorpagina = re.match(r"\A---[ \t]*\n.*?\n---[ \t]*\n", tekst, re.S)
        begin = voorpagina.end() if voorpagina else 0
        m = zoeker.search(tekst, begin) or zoeker.search(tekst)
        if m:
            return bestand, tekst.count("\n", 0, m.start()) + 1
    return None


def _regel_in_tekst(tekst: str, begin: str) -> int | None:
    for nr, regel in enumerate(tekst.splitlines(), start=1):
        if regel.startswith(begin):
            return nr
    return None


def _regel_in(pad: Path, tekst: str) -> int:
    try:
        inhoud = pad.read_text(encoding="utf-8")
    except OSError:
        return 1
    plek = _zoek(re.escape(tekst), [("", inhoud)])
    return plek[1] if plek else 1


def _melding(bevindingen) -> str:
    regels = "\n".join(f"  {b}" for b in bevindingen)
    return f"De inhoud bevat {len(bevindingen)} fout(en). Los ze op en bouw opnieuw:\n{regels}"
