"""The allowlist for the HTML of a page, and what does not fit it: pure functions.

`schoon(html)` cleans a page with nh3 (Rust ammonia): only the elements, attributes and
URL schemes the handreiking's Markdown, extensions and hooks produce. `bevindingen_in_html`
lists, from the same allowlist, what the cleaning would remove, so the build can refuse it
with a Dutch message first. Not a hook itself: veilig.py uses it.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import nh3

from handreiking import controles as c
from handreiking.geheugen import onthoud, sleutel

# -- The allowlist: what the handreiking's Markdown, extensions and hooks produce ----------

_SVG_OPMAAK = {"fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
               "stroke-dasharray", "stroke-opacity", "opacity", "transform", "font-family", "font-size",
               "font-weight", "font-style", "text-anchor", "dominant-baseline", "clip-path", "marker-start",
               "marker-end"}
ATTRIBUTEN: dict[str, set[str]] = {
    "*": {"id", "class", "title", "lang", "dir", "hidden", "role"},
    "a": {"href", "download", "type"},              # download, type: the PDF link on the home page
    "img": {"src", "alt", "width", "height", "loading"},
    "ol": {"start", "reversed", "type"}, "li": {"value"},
    "th": {"colspan", "rowspan", "scope", "style"}, "td": {"colspan", "rowspan", "style"},
    "col": {"span"}, "colgroup": {"span"},
    "input": {"checked", "disabled", "name"},        # task lists and content tabs; type below
    "label": {"for"}, "details": {"open"}, "time": {"datetime"},
    "q": {"cite"}, "blockquote": {"cite"}, "del": {"cite", "datetime"}, "ins": {"cite", "datetime"},
    "div": {"data-tabs", "data-search-exclude"},     # pymdownx.tabbed; shared blocks out of the search index
    # Inline SVG figures: shapes, text and presentation, no script, no external references.
    "svg": {"xmlns", "viewBox", "width", "height", "preserveAspectRatio", "focusable"} | _SVG_OPMAAK,
    "g": _SVG_OPMAAK, "path": {"d"} | _SVG_OPMAAK,
    "rect": {"x", "y", "width", "height", "rx", "ry"} | _SVG_OPMAAK,
    "circle": {"cx", "cy", "r"} | _SVG_OPMAAK, "ellipse": {"cx", "cy", "rx", "ry"} | _SVG_OPMAAK,
    "line": {"x1", "y1", "x2", "y2"} | _SVG_OPMAAK,
    "polyline": {"points"} | _SVG_OPMAAK, "polygon": {"points"} | _SVG_OPMAAK,
    "text": {"x", "y", "dx", "dy"} | _SVG_OPMAAK, "tspan": {"x", "y", "dx", "dy"} | _SVG_OPMAAK,
    "use": {"href", "x", "y", "width", "height"} | _SVG_OPMAAK, "symbol": {"viewBox"},
    "linearGradient": {"x1", "y1", "x2", "y2", "gradientUnits", "gradientTransform"},
    "radialGradient": {"cx", "cy", "r", "fx", "fy", "gradientUnits", "gradientTransform"},
    "stop": {"offset", "stop-color", "stop-opacity"}, "clipPath": {"clipPathUnits"},
    "marker": {"viewBox", "refX", "refY", "markerWidth", "markerHeight", "orient"},
}
TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
    "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "img", "input", "ins", "kbd", "label", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span",
    "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u",
    "ul", "var", "wbr",
    "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "title",
    "desc", "defs", "use", "symbol", "linearGradient", "radialGradient", "stop", "clipPath", "marker",
}
WAARDEN = {"input": {"type": {"checkbox", "radio"}}}
SCHEMAS = {"http", "https", "mailto", "tel"}
WEG_MET_INHOUD = {"script", "style", "template", "noscript", "iframe", "object", "embed", "form", "button",
                  "select", "textarea", "math", "xmp", "noembed", "noframes"}
_URL_ATTRIBUTEN = {"href", "src", "cite", "xlink:href"}


def _filter(tag: str, attr: str, waarde: str) -> str | None:
    """Per-value rules nh3 cannot express: images and SVG references stay local, no
    url(...) to elsewhere, no ids that Material's own script looks up."""
    if attr in ("id", "for", "name") and waarde.startswith("__") and not re.match(r"__tabbed_\d+(_\d+)?$", waarde):
        return None
    if tag == "img" and attr == "src" and re.match(r"^[a-z][a-z0-9+.-]*:|^//", re.sub(r"[\x00-\x20]", "", waarde), re.I):
        return None
    if tag == "use" and attr == "href" and not waarde.startswith("#"):
        return None
    if "url(" in waarde.lower() and not re.fullmatch(r"\s*url\(\s*#[\w-]+\s*\)\s*", waarde, re.I):
        return None
    return waarde


_schoonmaker = nh3.Cleaner(
    tags=TAGS, clean_content_tags=WEG_MET_INHOUD, attributes=ATTRIBUTEN, attribute_filter=_filter,
    strip_comments=True, link_rel=None, generic_attribute_prefixes={"aria-"}, tag_attribute_values=WAARDEN,
    url_schemes=SCHEMAS, filter_style_properties={"text-align"},
)


# Per page HTML, kept while `mkdocs serve` runs (handreiking/geheugen.py).
_geschoond: dict[bytes, str] = {}
_verkend: dict[bytes, list] = {}


def schoon(inhoud: str) -> str:
    """The page HTML with only what the allowlist permits (the safety net)."""
    return onthoud(_geschoond, sleutel(inhoud), lambda: _schoonmaker.clean(inhoud))


# -- The check on the rendered HTML: the same allowlist, as findings ------------------------

_ELEMENTEN = {
    "script": ("een <script>-element", "haal het script weg; inhoud bevat geen code"),
    "form": ("een formulier", "haal het formulier weg; de handreiking vraagt lezers niets in te vullen"),
    "iframe": ("een ingesloten pagina (<iframe>)", "link naar de externe pagina in plaats van die in te sluiten"),
    "object": ("een ingesloten object", "link naar het bestand in plaats van het in te sluiten"),
    "embed": ("een ingesloten object", "link naar het bestand in plaats van het in te sluiten"),
    "style": ("een <style>-element", "opmaak hoort in overrides/assets/stylesheets, niet in de inhoud"),
}


_TAGS_KLEIN = {t.lower(): t for t in TAGS}


class _Verkenner(HTMLParser):
    """Lists what the sanitiser would remove: (what, how to fix, a text to find the line)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        # In order: (None, finding), or (src, finding) for an image that must exist: that
        # finding holds only when the file is missing, which is asked on every build.
        self.stappen: list[tuple[str | None, tuple[str, str, str]]] = []
        self._alinea: list[str] | None = None
        self._code = 0

    def melden(self, wat: str, oplossing: str, naald: str, als_ontbreekt: str | None = None) -> None:
        if (als_ontbreekt, (wat, oplossing, naald)) not in self.stappen:
            self.stappen.append((als_ontbreekt, (wat, oplossing, naald)))

    def handle_starttag(self, tag, attrs):
        naam = _TAGS_KLEIN.get(tag, tag)  # html.parser gives lower case; SVG names are camelCase
        if naam not in TAGS:
            wat, oplossing = _ELEMENTEN.get(tag, (f"een <{tag}>-element", "haal het element weg of gebruik Markdown"))
            self.melden(f"de pagina bevat {wat}", oplossing, rf"<\s*{re.escape(tag)}\b")
            return
        toegestaan = ATTRIBUTEN["*"] | ATTRIBUTEN.get(naam, set()) | set(WAARDEN.get(naam, {}))
        toegestaan = {a.lower() for a in toegestaan}
        for attr, waarde in attrs:
            waarde = waarde or ""
            if attr.startswith("on"):
                self.melden(f"de pagina bevat een on…=-attribuut (JavaScript): {attr}", "haal het attribuut weg",
                            _attr(attr))
            elif attr == "style" and (naam not in ("th", "td")
                                      or not re.fullmatch(r"\s*text-align\s*:\s*\w+\s*;?\s*", waarde)):
                self.melden("de pagina bevat opmaak met style=…", "haal de opmaak weg; een tabel lijnt uit met :--:",
                            _attr(attr))
            elif attr not in toegestaan and not attr.startswith("aria-"):
                self.melden(f"het attribuut '{attr}' op <{tag}> is niet toegestaan in de inhoud",
                            "haal het attribuut weg (ook tussen { } achter een link of kop)", _attr(attr))
            elif attr in WAARDEN.get(naam, {}) and waarde not in WAARDEN[naam][attr]:
                self.melden(f"<{tag} {attr}=\"{c._tekst(waarde)}\"> is niet toegestaan", "haal het element weg",
                            re.escape(waarde))
            elif attr in _URL_ATTRIBUTEN and not veilige_url(waarde):
                self.melden(f"de link of bron '{c._tekst(waarde)}' is niet toegestaan",
                            "gebruik alleen https://, mailto:, tel: of een pagina van de handreiking", _waarde(waarde))
            elif naam == "img" and attr == "src" and re.match(r"^[a-z][a-z0-9+.-]*:|^//", re.sub(r"[\x00-\x20]", "", waarde), re.I):
                self.melden(f"de afbeelding '{c._tekst(waarde)}' komt van een andere website of is ingebed",
                            "zet de afbeelding als bestand naast de pagina", _waarde(waarde))
            elif _filter(naam, attr, waarde) is None:
                self.melden(f"de waarde '{c._tekst(waarde)}' van '{attr}' is niet toegestaan",
                            "haal het attribuut weg", _waarde(waarde))
        src = (dict(attrs).get("src") or "").strip()
        if naam == "img" and (src.startswith(("/", "\\")) or "\\" in src):
            self.melden(f"de afbeelding '{c._tekst(src)}' staat buiten de handreiking (een pad dat met / of \\ begint)",
                        "zet de afbeelding als bestand naast de pagina en schrijf alleen de bestandsnaam",
                        _waarde(src))
        if tag in ("code", "pre"):
            self._code += 1
        if naam == "img" and src and not re.match(r"^[a-z][a-z0-9+.-]*:|^/", src, re.I):
            self.melden(f"de afbeelding '{c._tekst(src)}' bestaat niet",
                        "controleer de bestandsnaam en zet het bestand in dezelfde map als de pagina", _waarde(src),
                        als_ontbreekt=src)
        if naam == "img" and not (dict(attrs).get("alt") or "").strip():
            src = dict(attrs).get("src") or ""
            self.melden(f"de afbeelding '{c._tekst(src)}' heeft geen alt-tekst",
                        "beschrijf wat de afbeelding laat zien, bijvoorbeeld ![Plattegrond van de bezoekruimte](…)",
                        _waarde(src) if src else r"<\s*img\b")
        if tag == "p":
            self._alinea = []

    def handle_endtag(self, tag):
        if tag in ("code", "pre") and self._code:
            self._code -= 1
        if tag == "p" and self._alinea is not None:
            tekst = "".join(self._alinea).strip()
            if tekst.startswith("|") and tekst.count("|") >= 3:
                self.melden("deze regels met | vormen geen tabel en worden als losse tekst met strepen getoond",
                            "zet direct onder de kopregel een regel met streepjes, zoals '| --- | --- |'",
                            re.escape(tekst.splitlines()[0].strip()[:40]))
            self._alinea = None

    def handle_data(self, data):
        if self._alinea is not None:
            self._alinea.append(data)
        if not self._code and (plek := data.find("[^")) >= 0:
            noot = data[plek:plek + 40].split("]")[0]
            self.melden(f"de voetnoot '{c._tekst(noot)}]' staat als tekst op de pagina (niet omgezet)",
                        "geef elke noot een eigen definitie '[^naam]: tekst' onderaan de pagina, met een lege regel "
                        "ertussen, of gebruik een id uit docs/_data/bronnen.yml", re.escape(noot))


def _attr(naam: str) -> str:
    """A pattern for an attribute as an editor writes it: in a tag or between { }."""
    return rf"(?<![\w-]){re.escape(naam)}\s*="


def _waarde(waarde: str) -> str:
    """A pattern for a value as it may be written: as is, or with & < > " escaped."""
    vormen = {waarde.strip(), html.escape(waarde.strip()), html.escape(waarde.strip(), quote=False)}
    return "|".join(re.escape(v) for v in sorted(vormen, key=len, reverse=True) if v)


def veilige_url(url: str) -> bool:
    # Browsers ignore tabs, newlines and control characters in a URL: "java\tscript:" runs.
    m = re.match(r"^([a-z][a-z0-9+.-]*):", re.sub(r"[\x00-\x20]", "", url), re.I)
    return m is None or m.group(1).lower() in SCHEMAS


def bevindingen_in_html(inhoud: str, bestaat=None) -> list[tuple[str, str, str]]:
    """(what, fix, text to find) for everything in a page's HTML the allowlist refuses;
    with `bestaat(src)`, also images whose file does not exist (MkDocs does not check
    images written as HTML)."""
    def verken():
        v = _Verkenner()
        v.feed(inhoud)
        v.close()
        return v.stappen

    uit: list[tuple[str, str, str]] = []
    for src, bevinding in onthoud(_verkend, sleutel(inhoud), verken):
        if src is not None and (bestaat is None or bestaat(src)):
            continue
        if bevinding not in uit:
            uit.append(bevinding)
    return uit
