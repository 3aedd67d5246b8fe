"""Every PDF of the project is accessible, safe and never half-written.

The book (drukeditie.py) and the handouts (handouts.py) render through `render` and
`schrijf` (or the class `TaggedHTML`): (1) the HTML is prepared for print with the pure
function `voor_print`, (2) rendered once with `pdf_variant="pdf/ua-1"` (tagged, /Lang,
title shown), (3) header cells of tables get /Scope (Column or Row: WeasyPrint 70 tags
them as /TH without it), and (4) written to a temporary file that replaces the PDF only
when complete.

Safety: WeasyPrint would fetch any URL (file:// anywhere on the build machine, the
network) and embed `rel="attachment"` targets in the PDF. `veilige_fetcher(site_dir)`
allows only files inside the site being built (and data: URLs); anything else stops the
build with a Dutch message naming the page. The PDF is not rendered at all when the
website stage already logged an error, and WeasyPrint's own errors and warnings are shown
in Dutch where they are known.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pydyf
import weasyprint
from bs4 import BeautifulSoup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from weasyprint.urls import FatalURLFetchingError, URLFetcher

PDF_VARIANT = "pdf/ua-1"
_titel = ""
_site_dir = ""
_paginas: dict[str, str] = {}     # "/over/privacy/" and "over/privacy/index.html" -> "docs/over/privacy.md"
log = logging.getLogger("mkdocs.hooks.pdf")


def on_config(config):
    global _titel, _site_dir
    _titel = config.site_name
    _site_dir = config.site_dir
    _paginas.clear()
    _melder.begin()
    _teller.begin()
    if drukeditie_aan(config):
        _melder.koppel()
    return config


def drukeditie_aan(config) -> bool:
    from handreiking.druk import drukeditie

    return drukeditie.aan(config)


def on_page_markdown(markdown, page, config, files):
    _paginas["/" + page.url] = _paginas[page.file.dest_uri] = f"docs/{page.file.src_uri}"
    return markdown


@event_priority(100)  # before the print edition starts its render
def on_post_build(config):
    if drukeditie_aan(config) and _teller.aantal:
        raise PluginError(f"De website heeft {_teller.aantal} fout(en) (zie hierboven); de pdf is daarom niet "
                          "gemaakt. Los eerst die fouten op en bouw opnieuw.")


# -- Only the site itself: the URL fetcher ---------------------------------------------

class GeweigerdeBron(FatalURLFetchingError):
    """A fetch the PDF may not do; stops the render."""

    def __init__(self, url: str, reden: str):
        super().__init__(f"{reden}: {url}")
        self.url, self.reden = url, reden


class VeiligeFetcher(URLFetcher):
    """WeasyPrint fetcher for files inside `site_dir` only (and data: URLs)."""

    def __init__(self, site_dir: str | Path, **kwargs):
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False, **kwargs)
        self.site_dir = os.path.realpath(site_dir)

    def fetch(self, url, headers=None):
        delen = urlsplit(url)
        schema = delen.scheme.lower()
        if schema == "data":
            return super().fetch(url, headers)
        if schema != "file":
            raise GeweigerdeBron(url, "de pdf haalt niets van internet")
        if delen.netloc not in ("", "localhost"):
            raise GeweigerdeBron(url, "de pdf haalt geen bestanden van een andere computer")
        pad = os.path.realpath(unquote(delen.path))
        if os.path.commonpath([pad, self.site_dir]) != self.site_dir:
            raise GeweigerdeBron(url, "de pdf mag alleen bestanden van de website zelf gebruiken")
        return super().fetch(url.split("?")[0].split("#")[0], headers)


def veilige_fetcher(site_dir: str | Path) -> VeiligeFetcher:
    """The URL fetcher every WeasyPrint render of this project uses: only files inside
    `site_dir` (the site being built) and data: URLs; everything else raises `GeweigerdeBron`
    (a FatalURLFetchingError), which stops the render."""
    return VeiligeFetcher(site_dir)


def pagina_bij(html: str, url: str) -> str | None:
    """The source file of the page that holds `url`: from the page marks (data-url) in the
    combined HTML, else the first built page of the site whose HTML contains it."""
    naalden = {url, unquote(url), url.replace("&", "&amp;")}
    for naald in naalden:
        plek = html.find(naald)
        begin = html.rfind('data-url="', 0, plek) if plek >= 0 else -1
        if begin >= 0:
            adres = html[begin + 10:html.find('"', begin + 10)]
            return _paginas.get(adres, _paginas.get(adres.rstrip("/") + "/", f"de pagina {adres}"))
    if _site_dir:
        for pad in sorted(Path(_site_dir).rglob("*.html")):
            tekst = pad.read_text(encoding="utf-8", errors="replace")
            if any(n in tekst for n in naalden):
                return _paginas.get(pad.relative_to(_site_dir).as_posix())
    return None


def weigering(fout: GeweigerdeBron, html: str) -> PluginError:
    """The Dutch build error for a refused fetch, naming the page that asked for it."""
    pagina = pagina_bij(html, fout.url)
    waar = f"{pagina}: " if pagina and pagina.startswith("docs/") else ""
    extra = f" (op {pagina})" if pagina and not waar else ""
    return PluginError(f"{waar}FOUT: {fout.reden}{extra}; geweigerd: {fout.url} — haal de link of afbeelding weg, "
                       "of zet het bestand in docs/ naast de pagina. De pdf is niet gemaakt.")


class TaggedHTML(weasyprint.HTML):
    """WeasyPrint HTML that renders as tagged PDF/UA-1, fetches only from the site being
    built, reports WeasyPrint's errors in Dutch and writes atomically (`write_pdf` of the
    document it renders goes through `schrijf`)."""

    def __init__(self, *args, string=None, titel=None, site_dir=None, voorbereid=False, **kwargs):
        if string is not None and not voorbereid:
            string = voor_print(string, titel or _titel)
        self._bron = string or ""
        kwargs.setdefault("url_fetcher", veilige_fetcher(site_dir or _site_dir or os.getcwd()))
        if _melder.fouten:
            raise PluginError(_melder.melding())
        super().__init__(*args, string=string, **kwargs)

    def render(self, *args, **options):
        options.setdefault("pdf_variant", PDF_VARIANT)
        try:
            with zonder_gc():
                document = super().render(*args, **options)
        except GeweigerdeBron as fout:
            raise weigering(fout, self._bron) from None
        if _melder.fouten:
            raise PluginError(_melder.melding(self._bron))
        bron = self._bron

        def write_pdf(target=None, *a, **kw):
            return schrijf(document, target, bron, **kw)

        document.write_pdf = write_pdf
        return document


def render(html: str | BeautifulSoup, titel: str, site_dir: str | Path, **opties):
    """Lay out `html` (prepared by `voor_print` here) once: tagged, safe, with WeasyPrint's
    messages in Dutch."""
    return TaggedHTML(string=voor_print(html, titel), titel=titel, site_dir=str(site_dir), voorbereid=True,
                      base_url=str(site_dir)).render(**opties)


def schrijf(document, doel, bron="", nabewerking=None, **opties):
    """Write a rendered document as PDF/UA-1 to `doel`, via `doel.deel`: the PDF is replaced
    only when complete. Header cells get /Scope; `nabewerking(document, pdf)` may change
    the PDF objects before they are written (the book fills in its page numbers). `bron`,
    the HTML (or its soup), names the page in an error message."""
    opties.setdefault("pdf_variant", PDF_VARIANT)

    def afmaken(doc, uit):
        kopcellen(uit)
        if nabewerking is not None:
            nabewerking(doc, uit)

    schrijver = type(document).write_pdf
    if doel is None:
        return schrijver(document, None, finisher=afmaken, **opties)
    tijdelijk = Path(f"{doel}.deel")
    try:
        with zonder_gc():
            schrijver(document, str(tijdelijk), finisher=afmaken, **opties)
    except GeweigerdeBron as fout:
        tijdelijk.unlink(missing_ok=True)
        raise weigering(fout, str(bron)) from None
    except BaseException:
        tijdelijk.unlink(missing_ok=True)
        raise
    if _melder.fouten:
        tijdelijk.unlink(missing_ok=True)
        raise PluginError(_melder.melding(str(bron)))
    os.replace(tijdelijk, doel)
    if _melder.ruis:
        log.info("WeasyPrint sloeg %s CSS-regels over die het niet kent (geen probleem)", _melder.ruis)
    return None


@contextlib.contextmanager
def zonder_gc():
    """No cyclic garbage collection while WeasyPrint lays out or writes a document.

    A layout makes millions of short-lived objects, so Python's collector runs thousands
    of times, and each full collection walks every object alive: the website's pages, the
    collected articles and the boxes of the pages laid out so far: in a full build the
    collector took 8 of 41 s of processor time, with this 4.5 of 37 s (same peak memory).
    WeasyPrint's objects are freed by their reference counts; what is cyclic waits until
    the block ends (and the next collection). The print stage (drukeditie.py) runs whole
    in such a block, its BeautifulSoup work on the book and the kern included: the full
    build another 1.2 s less processor time (the kern 1.4 s instead of 3.1 s), 8 MB more
    at the peak (of 640)."""
    aan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aan:
            gc.enable()


def kopcellen(uit) -> int:
    """/Scope for every table header cell in the structure tree of a PDF being written
    (pydyf objects): /Column in a header row, /Row in a body row. Returns the count."""
    objecten = uit.objects

    def ouder(el):
        ref = el.get("P")
        if ref is None:
            return None
        return objecten[int(ref.split()[0])]  # a reference is b"12 0 R"; objects[12] is that object

    aantal = 0
    for el in objecten:
        if not isinstance(el, dict) or el.get("S") != "/TH":
            continue
        rij = ouder(el)
        groep = ouder(rij) if rij is not None else None
        kop = groep is not None and groep.get("S") == "/THead"
        attributen = el.get("A")
        if attributen is None:
            attributen = el["A"] = pydyf.Dictionary({"O": "/Table"})
        attributen["Scope"] = "/Column" if kop else "/Row"
        aantal += 1
    return aantal


# -- WeasyPrint's messages, in Dutch ---------------------------------------------------

# Messages about CSS that WeasyPrint does not support, from the theme's stylesheets: many,
# and no editor can cause or fix them. Counted, not listed.
_CSS_RUIS = ("Ignored `", "Expected a media type", "Invalid math function", "Invalid media type",
             "Invalid or unsupported selector", "Unknown rule", "Unknown empty rule", "Deprecated `",
             "Parse error at", "Unknown @page rule", "Empty @page rule", "Invalid prelude", "Unsupported stylesheet")

_VERTALING = [
    (re.compile(r'Image "(.*)" has no required alt description'),
     "de afbeelding '{0}' heeft geen alt-tekst — beschrijf tussen de [ ] wat de afbeelding laat zien"),
    (re.compile(r"Failed to load image at '?(.*?)'?: (.*)"),
     "de afbeelding '{0}' kon niet worden geladen ({1}) — controleer de bestandsnaam en het formaat"),
    (re.compile(r"Failed to load stylesheet at (.*?) ?: (.*)"),
     "het opmaakbestand '{0}' kon niet worden geladen ({1})"),
    (re.compile(r"Failed to load attachment: (.*)"), "een bijlage kon niet worden geladen ({0})"),
    (re.compile(r"No anchor #(.*) for internal URI reference"),
     "een link in de pdf verwijst naar '#{0}', maar die kop staat niet in de pdf — link naar een kop die in de pdf staat"),
    (re.compile(r"Anchor defined twice: '?(.*?)'?$"),
     "het anker '{0}' komt twee keer voor in de pdf — geef een van de koppen een andere id"),
    (re.compile(r"This row has more columns than the table, ignored (\d+) cells"),
     "een tabelrij heeft meer cellen dan de kop; {0} cel(len) vallen weg in de pdf"),
    (re.compile(r'\.notdef glyph rendered for Unicode string unsupported by fonts: "(.*)"'),
     "het teken '{0}' staat niet in het lettertype van de pdf — schrijf het anders"),
    (re.compile(r"Missing (\d+) link\(s\):"),
     "{0} link(s) in de pdf verwijzen naar een pagina of kop die niet in de pdf staat (zie hieronder) — "
     "link naar een pagina die in de pdf staat, of haal de link weg"),
    (re.compile(r"\s*\| (.*)"), "  link naar '{0}'"),
]


def vertaal(bericht: str) -> str:
    for patroon, tekst in _VERTALING:
        if m := patroon.fullmatch(bericht.strip("\n")) or patroon.match(bericht):
            return tekst.format(*m.groups())
    return bericht


class _Melder(logging.Handler):
    """Collects WeasyPrint's errors and warnings for a Dutch report.

    Attached to the logger 'weasyprint' (whose child 'weasyprint.progress' propagates to
    it; progress lines are INFO and not kept)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.fouten: list[str] = []
        self.ruis = 0

    def begin(self):
        self.fouten, self.ruis = [], 0

    def koppel(self):
        wp = logging.getLogger("weasyprint")
        wp.setLevel(logging.WARNING)
        _vervang_handler(wp, self)

    def emit(self, record):
        bericht = record.getMessage()
        if record.name.startswith("weasyprint") and bericht.startswith(_CSS_RUIS):
            self.ruis += 1
            return
        self.fouten.append(vertaal(bericht))  # reported together, with the page, when the render ends

    def melding(self, html: str = "") -> str:
        regels = []
        for f in self.fouten:
            m = re.search(r"'(file://[^']*|https?://[^']*)'", f)
            pagina = pagina_bij(html, m.group(1)) if (m and html) else None
            regels.append(f"  {pagina + ': ' if pagina else ''}FOUT: {f}")
        self.fouten = []
        return f"De pdf is niet gemaakt: {len(regels)} fout(en) bij het opmaken.\n" + "\n".join(regels)


class _Teller(logging.Handler):
    """Counts the errors and warnings of the website stage (strict: each one fails the build)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.aantal = 0

    def begin(self):
        self.aantal = 0
        _vervang_handler(logging.getLogger("mkdocs"), self)

    def emit(self, record):
        self.aantal += 1


def _vervang_handler(logger: logging.Logger, handler: logging.Handler) -> None:
    """Attach `handler` once; `mkdocs serve` loads this hook again for every build."""
    for h in list(logger.handlers):
        if type(h).__name__ == type(handler).__name__ and h is not handler:
            logger.removeHandler(h)
    if handler not in logger.handlers:
        logger.addHandler(handler)


_melder = _Melder()
_teller = _Teller()


def voor_print(html: str | BeautifulSoup, titel: str, taal: str = "nl") -> str:
    """Prepare the combined HTML for print: language, title, no web-only parts,
    flattened tabs, external URLs readable on paper. (A soup is changed in place.)"""
    soup = html if isinstance(html, BeautifulSoup) else BeautifulSoup(html, "html.parser")
    root = soup.find("html")
    if root is not None:
        root["lang"] = taal
    head = soup.find("head")
    if head is not None:
        for t in head.find_all("title"):
            t.decompose()
        nieuw = soup.new_tag("title")
        nieuw.string = titel
        head.insert(0, nieuw)
        # Keep stylesheets; scripts, icons and other links are of no use on paper.
        for el in head.find_all(["script", "link"]):
            if el.name == "script" or "stylesheet" not in (el.get("rel") or []):
                el.decompose()
    for el in soup.select(".hr-web, script"):
        el.decompose()
    for tabs in soup.select("div.tabbed-set"):
        labels = [lab.get_text(" ", strip=True) for lab in tabs.select(".tabbed-labels label, label")]
        blokken = tabs.select(".tabbed-block") or tabs.select(".tabbed-content")
        vervanging = soup.new_tag("div", attrs={"class": "hr-tabs-print"})
        for label, blok in zip(labels, blokken, strict=False):
            kop = soup.new_tag("p", attrs={"class": "hr-tablabel"})
            kop.string = label
            vervanging.append(kop)
            blok.name = "div"
            blok["class"] = ["hr-tabblok"]
            vervanging.append(blok)
        tabs.replace_with(vervanging)
    for a in soup.find_all("a", href=True):
        href = a["href"]
        if re.match(r"^https?://", href) and a.get_text(strip=True) != href:
            a["class"] = (a.get("class") or []) + ["hr-extern"]
    return str(soup)
