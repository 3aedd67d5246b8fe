"""One check over the whole built website: every HTML file and the search index.

After the build and before anything is published or printed, every HTML file in the
site folder is read with a real HTML parser (html.parser: linear, no backtracking) and
must hold nothing that runs script, loads from elsewhere or sends a form:

- no event-handler attribute (on…=);
- no javascript:, data:, vbscript: or file: URL, no protocol-relative (//) URL and no
  backslash in a URL; resources (images, scripts, styles) only from the site itself;
- no <script> other than the theme's own: a file under assets/ or search/, or inline
  code whose hash the theme's templates produced (csp.py);
- no <meta http-equiv> other than the Content-Security-Policy of the theme;
- no form other than the search box and the zelfscan, and none with an action;
- no CSS url() or @import (after CSS unescaping) in style attributes, <style> and SVG
  presentation attributes, except url(#id) inside a figure;
- no title attribute that holds markup (Material's tooltips write titles as HTML).

This covers the navigation, the table of contents and the <head>, which the page
sanitiser (pagina.py) never sees: a new way into a template is safe by default. Pure
functions; veilig.py runs them in `on_post_build` and maps each finding to its source.

`tekst_titels(html)` is the matching repair for tooltips: it rewrites every title
attribute of a built page as plain text, so that `&lt;` cannot come back to life.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from handreiking.geheugen import onthoud, sleutel

# A finding before it has a source file: (html file or search location, what, fix, text to find)
Vondst = tuple[str, str, str, str]

_URL_ATTRIBUTEN = {"href", "src", "action", "formaction", "poster", "cite", "background", "data", "xlink:href",
                   "longdesc", "ping", "manifest", "codebase", "icon", "lowsrc", "dynsrc", "usemap", "srcset",
                   "imagesrcset"}
# Elements whose URL the browser loads by itself (not a link the reader clicks).
_LADEN = {"img", "script", "link", "source", "video", "audio", "track", "iframe", "frame", "embed", "object",
          "input", "image", "use", "feimage", "body", "table", "td", "th"}
_VERBODEN = {"base", "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "template", "xmp",
             "noembed", "noframes", "math"}
# SVG presentation attributes that take a url(): only a reference inside the figure.
_CSS_ATTRIBUTEN = {"style", "fill", "stroke", "filter", "mask", "clip-path", "marker-start", "marker-mid",
                   "marker-end", "cursor", "marker"}
_FORMULIEREN = {"md-search__form", "hr-zelfscan"}
_SCRIPTMAP = re.compile(r"((\.\./)*|\./|(/[\w.-]+)*/)(assets/javascripts|search)/[A-Za-z0-9_./-]+\.js")
_SCHEMA = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
_GEVAARLIJK_SCHEMA = {"javascript", "vbscript", "livescript", "data", "file", "blob", "filesystem", "jar", "mhtml"}
_MARKUP = re.compile(r"<[A-Za-z!/?]")
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\\(.)", re.S)
_CSS_COMMENTAAR = re.compile(r"/\*.*?(\*/|$)", re.S)
_CSS_LADEN = re.compile(r"url\(|@import|image-set\(|image\(|expression\(|-moz-binding|behavior\s*:|src\(", re.I)
_CSS_INTERN = re.compile(r"url\(\s*['\"]?#[\w-]+['\"]?\s*\)", re.I)


def hash_van(code: str) -> str:
    """The CSP source expression of an inline script: 'sha256-…'."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


def css_zonder_escapes(css: str) -> str:
    """CSS as the browser reads it: comments gone, `\\72` and `\\r` turned into `r`."""
    def teken(m: re.Match) -> str:
        if m.group(1):
            n = int(m.group(1), 16)
            return chr(n) if 0 < n <= 0x10FFFF else "\ufffd"
        return m.group(2)
    return _CSS_ESCAPE.sub(teken, _CSS_COMMENTAAR.sub("", css))


def css_laadt_iets(css: str) -> bool:
    """True when CSS can load something: url(), @import, image-set() … (url(#id) excepted)."""
    return bool(_CSS_LADEN.search(_CSS_INTERN.sub("", css_zonder_escapes(css))))


def _zonder_witruimte(url: str) -> str:
    # Browsers ignore tabs, newlines and control characters in a URL: "java\tscript:" runs.
    return re.sub(r"[\x00-\x20\x7f]", "", url)


def url_bezwaar(url: str, laadt: bool) -> str | None:
    """Why a URL may not appear in the site, or None. `laadt`: the browser fetches it by itself."""
    schoon = _zonder_witruimte(url)
    if "\\" in schoon:
        return "een pad met een backslash (\\)"
    if schoon.startswith("//"):
        return "een adres dat met // begint (dat haalt iets van een andere website)"
    m = _SCHEMA.match(schoon)
    if m and m.group(1).lower() in _GEVAARLIJK_SCHEMA:
        return f"een adres met {m.group(1).lower()}:"
    if laadt and m:
        return "iets dat van een andere website wordt geladen"
    return None


class _Controle(HTMLParser):
    """Walks one HTML document (or a fragment from the search index) and collects findings."""

    def __init__(self, thema_hashes: set[str], fragment: bool = False):
        super().__init__(convert_charrefs=True)
        self.thema_hashes = thema_hashes
        self.fragment = fragment
        self.vondsten: list[tuple[str, str, str]] = []
        self._script: dict | None = None
        self._style = False
        self._csp = 0

    def melden(self, wat: str, oplossing: str, naald: str) -> None:
        if (wat, oplossing, naald) not in self.vondsten:
            self.vondsten.append((wat, oplossing, naald))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag in _VERBODEN:
            self.melden(f"de pagina bevat een <{tag}>-element", "haal het element weg; link ernaar in plaats van het "
                        "in te sluiten", f"<{tag}")
        for attr, waarde in a.items():
            if attr.startswith("on"):
                self.melden(f"de pagina bevat een on…=-attribuut (JavaScript): {attr}", "haal het attribuut weg",
                            attr)
            elif attr in _URL_ATTRIBUTEN:
                delen = [d.strip().split(" ")[0] for d in waarde.split(",")] if attr.endswith("srcset") else [waarde]
                laadt = tag in _LADEN and not (tag == "link" and a.get("rel", "").lower() in
                                               ("canonical", "alternate", "prev", "next"))
                for deel in delen:
                    if reden := url_bezwaar(deel, laadt):
                        self.melden(f"de pagina bevat {reden}: '{_kort(deel)}'",
                                    "link alleen naar https://, mailto:, tel: of een pagina van de handreiking; zet "
                                    "een afbeelding als bestand naast de pagina", deel)
            elif attr in _CSS_ATTRIBUTEN and css_laadt_iets(waarde):
                self.melden("de pagina bevat opmaak met url(…) of @import (dat haalt iets op)",
                            "haal de opmaak weg; afbeeldingen horen als bestand met alt-tekst in de pagina", waarde)
            elif attr == "title" and _MARKUP.search(waarde):
                self.melden(f"de titel (tooltip) '{_kort(waarde)}' bevat HTML",
                            "schrijf de titel als gewone tekst, zonder < en >", waarde)
        if tag == "script":
            self._script = {"attrs": a, "code": []}
        elif tag == "style":
            self._style = True
        elif tag == "meta" and "http-equiv" in a:
            soort = a["http-equiv"].strip().lower()
            self._csp += soort == "content-security-policy"
            if soort != "content-security-policy" or self._csp > 1 or self.fragment:
                self.melden(f"de pagina bevat <meta http-equiv=\"{_kort(a['http-equiv'])}\">",
                            "haal het element weg; de website stuurt niemand door", "http-equiv")
        elif tag == "form":
            klassen = set(a.get("class", "").split())
            if self.fragment or not klassen & _FORMULIEREN or {"action", "method", "target"} & set(a):
                self.melden("de pagina bevat een formulier", "haal het formulier weg; de handreiking vraagt lezers "
                            "niets te versturen", "<form")

    def handle_data(self, data):
        if self._script is not None:
            self._script["code"].append(data)
        elif self._style and css_laadt_iets(data):
            self.melden("de pagina bevat een <style> met url(…) of @import",
                        "opmaak hoort in overrides/assets/stylesheets, niet in de inhoud", "<style")

    def handle_endtag(self, tag):
        if tag == "style":
            self._style = False
        if tag != "script" or self._script is None:
            return
        a, code = self._script["attrs"], "".join(self._script["code"])
        self._script = None
        src = a.get("src")
        if self.fragment:
            bezwaar = True
        elif src is not None:
            bezwaar = not _SCRIPTMAP.fullmatch(src) or bool(code.strip())
        elif a.get("type") == "application/json" and a.get("id") == "__config":
            bezwaar = not _is_json(code)
        else:
            bezwaar = hash_van(code) not in self.thema_hashes
        if bezwaar:
            self.melden("de pagina bevat een <script> dat niet van het thema komt",
                        "haal het script weg; inhoud bevat geen code", src or code.strip()[:40] or "<script")


def _is_json(tekst: str) -> bool:
    try:
        json.loads(tekst)
    except ValueError:
        return False
    return True


def _kort(s: str) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= 60 else s[:57] + "..."


def controleer_html(html: str, thema_hashes: set[str], fragment: bool = False) -> list[tuple[str, str, str]]:
    """(what, fix, text to find) for everything in one HTML document that may not be published."""
    def controleer():
        c = _Controle(thema_hashes, fragment)
        c.feed(html)
        c.close()
        return c.vondsten

    code = sleutel(html, " ".join(sorted(thema_hashes)), "fragment" if fragment else "")
    return list(onthoud(_gecontroleerd, code, controleer))


def _doorverwijzing(html: str) -> bool:
    """A page of the mkdocs-redirects plugin, exactly its template, to a page of the site itself."""
    try:
        from mkdocs_redirects.plugin import HTML_TEMPLATE
    except ImportError:
        return False
    m = re.search(r'<meta http-equiv="refresh" content="0; url=([^"]*)">', html)
    return bool(m) and url_bezwaar(m.group(1), laadt=True) is None and re.fullmatch(r"[\w./#-]+", m.group(1)) \
        is not None and html == HTML_TEMPLATE.format(url=m.group(1))


def controleer_zoekindex(documenten: list[dict]) -> list[Vondst]:
    """The search results are shown as HTML: the text and title of each entry may hold no
    script, handler, form or markup that loads anything."""
    uit = []
    for doc in documenten:
        for veld in ("title", "text"):
            for wat, oplossing, naald in controleer_html(str(doc.get(veld, "")), set(), fragment=True):
                uit.append((f"search/search_index.json#{doc.get('location', '')}", wat, oplossing, naald))
    return uit


def controleer_site(site: Path, thema_hashes: set[str]) -> list[Vondst]:
    """Every HTML file and the search index of a built site."""
    uit: list[Vondst] = []
    for pad in sorted(site.rglob("*.html")):
        rel = pad.relative_to(site).as_posix()
        html = pad.read_text(encoding="utf-8", errors="replace")
        if _doorverwijzing(html):
            continue
        for wat, oplossing, naald in controleer_html(html, thema_hashes):
            uit.append((rel, wat, oplossing, naald))
    index = site / "search" / "search_index.json"
    if index.is_file():
        uit += controleer_zoekindex(json.loads(index.read_text(encoding="utf-8")).get("docs", []))
    return uit


# Per text, kept while `mkdocs serve` runs (handreiking/geheugen.py).
_gecontroleerd: dict[bytes, list] = {}
_titels_als_tekst: dict[bytes, str] = {}


# -- Tooltips as text ---------------------------------------------------------------------

_TITEL_ATTR = re.compile(r"""(\stitle\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)""", re.I)


class _Titels(HTMLParser):
    """Finds the start tags whose title attribute holds markup: (line, column, raw tag)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.plekken: list[tuple[int, int, str]] = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k == "title" and v and re.search(r"[<>]", v):
                regel, kolom = self.getpos()
                self.plekken.append((regel, kolom, self.get_starttag_text() or ""))
                return

    handle_startendtag = handle_starttag


def titel_als_tekst(titel: str) -> str:
    """A title without markup: tags removed, any < or > left over replaced by look-alikes."""
    zonder = re.sub(r"<[^<>]*>", "", titel)
    return zonder.replace("<", "‹").replace(">", "›")


def tekst_titels(html: str) -> str:
    """The page with every title attribute as plain text (Material writes titles into its
    tooltips as HTML, so an escaped `&lt;img onerror…&gt;` would come alive on hover)."""
    if "title" not in html:
        return html
    return onthoud(_titels_als_tekst, sleutel(html), lambda: _tekst_titels(html))


def _tekst_titels(html: str) -> str:
    t = _Titels()
    t.feed(html)
    t.close()
    if not t.plekken:
        return html
    regels = html.splitlines(keepends=True)
    begin = [0]
    for r in regels:
        begin.append(begin[-1] + len(r))
    stukken, vorige = [], 0
    for regel, kolom, tag in t.plekken:
        plek = begin[regel - 1] + kolom
        if html[plek:plek + len(tag)] != tag:
            continue

        def vervang(m: re.Match) -> str:
            import html as _html
            waarde = m.group(2).strip("\"'")
            schoon = titel_als_tekst(_html.unescape(waarde))
            return f'{m.group(1)}"{_html.escape(schoon, quote=True)}"'
        stukken += [html[vorige:plek], _TITEL_ATTR.sub(vervang, tag)]
        vorige = plek + len(tag)
    stukken.append(html[vorige:])
    return "".join(stukken)
