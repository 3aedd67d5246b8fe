"""Checks on the Markdown body: code fences, images, headings, placeholders, raw HTML,
review dates, preferred terms; and the set of checks that stop the build."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .basis import FOUT, WAARSCHUWING, Bevinding, InhoudFout, _tekst, _veldregel, weigeren
from .codeblokken import _zonder_code, regels_buiten_code
from .tabellen import controleer_tabellen
from .voorpagina import controleer_voorpagina, splits_voorpagina

# -- Body checks -----------------------------------------------------------------

_AFBEELDING = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def controleer_afbeeldingen(bestand: str, body: str, eerste: int, pagina_map: Path) -> list[Bevinding]:
    """Every image exists and has non-empty alt text."""
    uit = []
    for nr, regel in regels_buiten_code(body, eerste):
        for m in _AFBEELDING.finditer(regel):
            alt, src = m.group(1).strip(), m.group(2)
            if not alt:
                uit.append(Bevinding(bestand, nr, FOUT, f"de afbeelding '{src}' heeft geen alt-tekst",
                    "beschrijf tussen de [ ] wat de afbeelding laat zien, bijvoorbeeld ![Plattegrond van de bezoekruimte](…)"))
            if src.startswith(("/", "\\")) or "\\" in src or re.match(r"^[a-z]:", src, re.I) and len(src) > 2 \
                    and src[2:3] in ("/", "\\"):
                uit.append(Bevinding(bestand, nr, FOUT, f"de afbeelding '{_tekst(src)}' staat buiten de handreiking "
                    "(een pad dat met / of \\ begint)", "zet de afbeelding als bestand naast de pagina en schrijf "
                    "alleen de bestandsnaam, bijvoorbeeld ![Plattegrond](plattegrond.png)"))
            elif re.match(r"^(https?:)?//", src, re.I) and weigeren():
                uit.append(Bevinding(bestand, nr, FOUT, f"de afbeelding '{_tekst(src)}' komt van een andere website "
                    "of is ingebed", "zet de afbeelding als bestand naast de pagina"))
            elif not re.match(r"^[a-z]+:|^//", src, re.I) and not (pagina_map / src.split("#")[0]).is_file():
                uit.append(Bevinding(bestand, nr, FOUT, f"de afbeelding '{src}' bestaat niet",
                    "controleer de bestandsnaam en zet het bestand in dezelfde map als de pagina"))
    return uit


def controleer_koppen(bestand: str, body: str, eerste: int) -> list[Bevinding]:
    """One H1, no skipped levels, no empty sections."""
    uit = []
    koppen = []
    inhoud_sinds_kop = True
    vorige = None
    for nr, regel in regels_buiten_code(body, eerste):
        m = re.match(r"^(#{1,6})\s+(.*?)\s*(\{[^}]*\})?\s*$", regel)
        if m:
            niveau = len(m.group(1))
            if vorige is not None and not inhoud_sinds_kop and niveau <= vorige[1]:
                uit.append(Bevinding(bestand, vorige[0], FOUT, f"de kop '{vorige[2]}' heeft geen tekst eronder",
                    "schrijf tekst onder de kop of haal de kop weg"))
            koppen.append((nr, niveau, m.group(2)))
            vorige = (nr, niveau, m.group(2))
            inhoud_sinds_kop = False
        elif regel.strip():
            inhoud_sinds_kop = True
    if vorige is not None and not inhoud_sinds_kop:
        uit.append(Bevinding(bestand, vorige[0], FOUT, f"de kop '{vorige[2]}' heeft geen tekst eronder",
            "schrijf tekst onder de kop of haal de kop weg"))
    h1 = [k for k in koppen if k[1] == 1]
    if len(h1) != 1:
        nr = h1[1][0] if len(h1) > 1 else eerste + 1
        uit.append(Bevinding(bestand, nr, FOUT, f"de pagina heeft {len(h1)} hoofdkoppen (# …) in plaats van één",
            "begin de pagina met precies één regel '# Titel' en gebruik daarna ## en ###"))
    for (_, n1, _), (nr, n2, titel) in zip(koppen, koppen[1:], strict=False):
        if n2 > n1 + 1:
            uit.append(Bevinding(bestand, nr, FOUT, f"de kop '{titel}' slaat een niveau over ({'#' * n1} naar {'#' * n2})",
                f"maak er een kop van niveau {'#' * (n1 + 1)} van"))
    return uit


# -- Shared text blocks (pymdownx.snippets) -----------------------------------------------------

_SNIPPET = re.compile(r"""^(\s*)-{1,}8<-{1,}[ \t]+(["'])(.+?)\2[ \t]*$""")
_SNIPPET_BLOK = re.compile(r"^\s*-{1,}8<-{1,}\s*$")


def _snippet_regels(body: str):
    """(index of the line, name) of every shared block the page includes, single-line and block form."""
    in_blok = False
    for i, regel in enumerate(body.splitlines()):
        if _SNIPPET_BLOK.match(regel):
            in_blok = not in_blok
            continue
        if in_blok:
            if regel.strip() and not regel.strip().startswith(";"):
                yield i, regel.strip()
        elif m := _SNIPPET.match(regel):
            yield i, m.group(3)


def snippet_bezwaar(naam: str, snippets: Path) -> str | None:
    """Why `--8<-- "naam"` may not be included, or None. The path is resolved with
    realpath (links followed) and must stay inside docs/_snippets."""
    import os

    basis = os.path.realpath(snippets)
    kandidaten = [naam] + ([naam.rsplit(":", 1)[0], naam.split(":", 1)[0]] if ":" in naam else [])
    for kandidaat in kandidaten:
        doel = os.path.realpath(os.path.join(basis, kandidaat))
        if os.path.commonpath([basis, doel]) != basis:
            return "verwijst naar een bestand buiten docs/_snippets"
        if os.path.isfile(doel):
            return None
    return "bestaat niet in docs/_snippets"


def controleer_snippets(bestand: str, body: str, eerste: int, snippets: Path) -> list[Bevinding]:
    """Every shared text block (--8<-- "naam.md") exists inside docs/_snippets."""
    uit = []
    for i, naam in _snippet_regels(body):
        if reden := snippet_bezwaar(naam, snippets):
            uit.append(Bevinding(bestand, eerste + 1 + i, FOUT, f"het gedeelde tekstblok '{_tekst(naam)}' {reden}",
                                 "kies een bestand uit docs/_snippets, bijvoorbeeld --8<-- \"veiligheid.md\""))
    return uit


def zonder_foute_snippets(markdown: str, snippets: Path) -> str:
    """The page without the lines that include a missing or outside block: the build goes on
    to report every mistake at once, and nothing from outside docs/_snippets is read."""
    regels = markdown.split("\n")
    fout = {i for i, naam in _snippet_regels(markdown) if snippet_bezwaar(naam, snippets)}
    return "\n".join("" if i in fout else r for i, r in enumerate(regels)) if fout else markdown


# -- Admonitions and footnotes ---------------------------------------------------------------

_KADER = re.compile(r"^(\s*)(!!!|\?\?\?\+?)(.*)$")


def controleer_kaders(bestand: str, body: str, eerste: int) -> list[Bevinding]:
    """An admonition (!!! tip "Titel") needs a space after !!! and its text indented by
    four spaces on the next lines; otherwise Markdown prints '!!!warning' or an empty box."""
    uit = []
    regels = list(regels_buiten_code(body, eerste))
    for k, (nr, regel) in enumerate(regels):
        m = _KADER.match(regel)
        if not m:
            continue
        if not m.group(3).startswith(" ") or not m.group(3).strip():
            uit.append(Bevinding(bestand, nr, FOUT, f"het kader '{_tekst(regel.strip())}' mist een spatie of een soort",
                "schrijf '!!! tip \"Titel\"' met een spatie na !!! (soorten: note, tip, info, warning, danger)"))
            continue
        volgende = next(((n, r) for n, r in regels[k + 1:] if r.strip()), None)
        inspringing = len(m.group(1).expandtabs(4))
        if volgende is None or len(volgende[1]) - len(volgende[1].lstrip()) < inspringing + 4:
            uit.append(Bevinding(bestand, nr, FOUT, "de tekst van dit kader is niet ingesprongen: het kader blijft leeg",
                "laat elke regel van de tekst eronder beginnen met vier spaties"))
    return uit


_NOOT = re.compile(r"\[\^([^\]\s]+)\]")
_NOOT_DEFINITIE = re.compile(r"^\[\^([^\]\s]+)\]:", re.M)


def controleer_noten(bestand: str, body: str, eerste: int, bron_ids: set[str]) -> list[Bevinding]:
    """Every note [^x] has a source in bronnen.yml or a definition '[^x]: …' on the page;
    otherwise it is printed as '[^x]' in the text."""
    eigen = set(_NOOT_DEFINITIE.findall(body))
    uit, gezien = [], set()
    for nr, regel in regels_buiten_code(body, eerste):
        zonder_code = _zonder_code(regel)[0] if regel else regel
        for m in _NOOT.finditer(zonder_code):
            noot = m.group(1)
            if not zonder_code[:m.start()].strip() and zonder_code[m.end():m.end() + 1] == ":":
                continue  # '[^x]: …' defines the note
            if noot not in eigen and noot not in bron_ids and noot not in gezien:
                gezien.add(noot)
                uit.append(Bevinding(bestand, nr, FOUT, f"de bronnoot '[^{_tekst(noot)}]' heeft geen bron",
                    "gebruik een id uit docs/_data/bronnen.yml (of voeg de bron daar toe), of schrijf onderaan de "
                    f"pagina '[^{_tekst(noot)}]: tekst van de noot'"))
    return uit


PLAATSHOUDERS = ("VUL-IN", "TODO", "lorem ipsum", "XXX", "[tekst]")


def controleer_plaatshouders(bestand: str, tekst: str) -> list[Bevinding]:
    """Placeholder text left from a template, in front matter or body (not in code)."""
    uit = []
    for nr, regel in regels_buiten_code(tekst, 0):
        regel = re.sub(r"`[^`]*`", "", regel)
        for p in PLAATSHOUDERS:
            if p.lower() in regel.lower():
                uit.append(Bevinding(bestand, nr, FOUT, f"er staat nog plaatshoudertekst '{p}'",
                    "vervang de plaatshouder door echte tekst uit het sjabloon"))
    return uit


# -- Raw HTML in the Markdown: a linear scan, no backtracking -------------------------------------

# A tag runs from '<' + letter to the next '>' and never across another '<': each character is
# read at most twice, whatever the input (a run of '<a ' is as fast as plain prose).
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)([^<>]*)(>?)")
_ATTR = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")
_ATTR_LIJST = re.compile(r"\{([^{}\n]*)\}")
_MD_LINK = re.compile(r"(\]\(\s*<?|\]:[ \t]*<?)[ \t]*(javascript|vbscript|livescript|data|file|blob|filesystem)[ \t]*:",
                      re.I)
_URL_ATTRS = {"href", "src", "srcset", "action", "formaction", "poster", "cite", "background", "data", "xlink:href"}
_SCHEMA = re.compile(r"(javascript|vbscript|livescript|data|file|blob|filesystem):", re.I)
_ELEMENTEN = [
    ({"script"}, "een <script>-element", "haal het script weg; inhoud bevat geen code"),
    ({"iframe", "frame", "frameset", "object", "embed", "applet", "portal"},
     "een ingesloten pagina of object (<iframe>, <object> of <embed>)",
     "link naar de externe pagina in plaats van die in te sluiten"),
    ({"form", "input", "button", "textarea", "select", "option"},
     "een formulier of invoerveld", "haal het formulier weg; de handreiking vraagt lezers niets in te vullen"),
    ({"style", "link", "meta", "base", "template", "noscript"}, "een <style>-, <link>-, <meta>- of <base>-element",
     "haal het element weg; opmaak hoort in overrides/assets/stylesheets, niet in de inhoud"),
]
_LADEN = {"img", "link", "video", "audio", "source", "object", "embed", "image", "use"}
ONAFGESLOTEN = "een HTML-tag zonder '>' (onafgesloten)"


def _attributen(tekst: str) -> list[tuple[str, str]]:
    return [(m.group(1).lower(), (m.group(2) or "").strip("\"'")) for m in _ATTR.finditer(tekst)]


def _geen_code(body: str) -> str:
    return "\n".join(_zonder_code(body))


def onafgesloten_tag(body: str) -> tuple[int, int] | None:
    """(line index, number) of the first tag without its '>' outside code, or None. Such input
    makes Python-Markdown and html.parser slow (quadratic) and is never what an editor means."""
    tekst = _geen_code(body)
    eerste, aantal = None, 0
    commentaar = tekst.find("<!--", tekst.rfind("-->") + 1)
    if commentaar >= 0:
        eerste, aantal = tekst.count("\n", 0, commentaar), 1
    for m in _TAG.finditer(tekst):
        if not m.group(4):
            aantal += 1
            if eerste is None:
                eerste = tekst.count("\n", 0, m.start())
    return (eerste, aantal) if aantal else None


def controleer_html(bestand: str, body: str, eerste: int) -> list[Bevinding]:
    """No scripts, frames, forms, event handlers, script links or external resources in
    content, and no tag left open. Linear in the length of the page. This is the fast first
    check with the exact line; the build also checks the rendered HTML of every page
    (opschonen/pagina.py) and the whole built site (opschonen/uitvoer.py)."""
    uit: list[Bevinding] = []
    tekst = _geen_code(body)
    gezien = set()
    regelbegin = [0] + [i + 1 for i, t in enumerate(tekst) if t == "\n"]

    def melden(plek: int, wat: str, oplossing: str) -> None:
        import bisect

        nr = eerste + bisect.bisect_right(regelbegin, plek)
        if (nr, wat) not in gezien:
            gezien.add((nr, wat))
            uit.append(Bevinding(bestand, nr, FOUT, f"de pagina bevat {wat}", oplossing))

    if open_ := onafgesloten_tag(body):
        melden(regelbegin[open_[0]], ONAFGESLOTEN + (f", {open_[1]} keer" if open_[1] > 1 else ""),
               "sluit de tag af met '>' of schrijf 'kleiner dan' in plaats van <")
    if not weigeren():
        return uit
    for m in _TAG.finditer(tekst):
        naam = m.group(2).lower()
        if m.group(1):
            continue
        for namen, wat, oplossing in _ELEMENTEN:
            if naam in namen:
                melden(m.start(), wat, oplossing)
        for attr in _ATTR.finditer(m.group(3)):
            a, waarde = attr.group(1).lower(), (attr.group(2) or "").strip("\"'")
            plek = m.start(3) + attr.start()
            if a.startswith("on"):
                melden(plek, "een on…=-attribuut (JavaScript)", "haal het attribuut weg")
            elif a == "style" and "url(" in waarde.lower().replace("\\", ""):
                melden(plek, "een style met url(…)", "gebruik een afbeelding met alt-tekst")
            elif a in _URL_ATTRS and _SCHEMA.match(re.sub(r"[\x00-\x20]", "", waarde)):
                melden(plek, "een link of afbeelding met javascript:, data: of file:",
                       "link alleen naar https://, mailto:, tel: of een pagina van de handreiking; zet een "
                       "afbeelding als bestand naast de pagina")
            elif naam in _LADEN and a in _URL_ATTRS and re.match(r"\s*(https?:)?//", waarde, re.I):
                melden(plek, "een externe bron (laadt iets van een andere website)",
                       "zet het bestand in de repository of gebruik een gewone link")
    for m in _ATTR_LIJST.finditer(tekst):
        for a, _waarde in _attributen(m.group(1)):
            if a.startswith("on"):
                melden(m.start(), "een on…=-attribuut (JavaScript) tussen { }", "haal het attribuut tussen { } weg")
    for m in _MD_LINK.finditer(tekst):
        melden(m.start(2), "een link of afbeelding met javascript:, data: of file:",
               "link alleen naar https://, mailto:, tel: of een pagina van de handreiking; zet een afbeelding als "
               "bestand naast de pagina")
    return sorted(uit, key=lambda b: b.regel)


def controleer_controledatum(bestand: str, tekst: str, meta: dict, vandaag: dt.date, maanden: int) -> list[Bevinding]:
    """Warn when the content review date is older than the review period."""
    datum = meta.get("laatst_gecontroleerd")
    if not isinstance(datum, dt.date):
        return []
    grens = datum.replace(year=datum.year + maanden // 12) if maanden % 12 == 0 else datum + dt.timedelta(days=30 * maanden)
    if grens < vandaag:
        return [Bevinding(bestand, _veldregel(tekst, "laatst_gecontroleerd"), WAARSCHUWING,
            f"de inhoud is voor het laatst gecontroleerd op {datum:%d-%m-%Y}; dat is meer dan {maanden} maanden geleden",
            "laat de eigenaar de pagina nalopen en zet daarna de datum van vandaag in 'laatst_gecontroleerd'")]
    return []


def controleer_termen(bestand: str, body: str, eerste: int, termen: list[dict]) -> list[Bevinding]:
    """Discouraged terms with the preferred alternative (warnings)."""
    uit = []
    for nr, regel in regels_buiten_code(body, eerste):
        for t in termen:
            if re.search(rf"(?<![\w-]){re.escape(t['vermijd'])}(?![\w-])", regel, re.I):
                uit.append(Bevinding(bestand, nr, WAARSCHUWING, f"'{t['vermijd']}' is geen voorkeursterm",
                    f"schrijf liever '{t['gebruik']}'" + (f" ({t['waarom']})" if t.get("waarom") else "")))
    return uit


def bouwcontroles(bestand: str, tekst: str, pagina_map: Path, vocab: dict, bron_ids: set[str]) -> list[Bevinding]:
    """The checks that stop the build (and `make check`): front matter, images,
    headings, placeholders, raw HTML, tables."""
    try:
        meta, body, eerste = splits_voorpagina(tekst, bestand)
    except InhoudFout as e:
        return e.bevindingen
    diepte = len(Path(bestand).parts) - 2  # folders between docs/ and the page
    docs = Path(pagina_map).parents[diepte - 1] if diepte > 0 else Path(pagina_map)
    return (controleer_voorpagina(bestand, tekst, meta, vocab, bron_ids)
            + controleer_snippets(bestand, body, eerste, docs / "_snippets")
            + controleer_afbeeldingen(bestand, body, eerste, pagina_map)
            + controleer_koppen(bestand, body, eerste)
            + controleer_plaatshouders(bestand, tekst)
            + controleer_html(bestand, body, eerste)
            + controleer_kaders(bestand, body, eerste)
            + controleer_noten(bestand, body, eerste, bron_ids)
            + controleer_tabellen(bestand, body, eerste))
