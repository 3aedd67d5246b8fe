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
            if re.match(r"^(https?:)?//", src, re.I) and weigeren():
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


_URL_ATTR = r"(?:href|src|srcset|action|formaction|poster|cite|background|data|xlink:href)"
_SCHEMA = r"(?:javascript|vbscript|livescript|data|file|blob|filesystem)\s*:"
_HTML_REGELS = [
    (re.compile(r"<\s*script\b", re.I), "een <script>-element", "haal het script weg; inhoud bevat geen code"),
    (re.compile(r"<\s*(iframe|frame|frameset|object|embed|applet|portal)\b", re.I),
     "een ingesloten pagina of object (<iframe>, <object> of <embed>)",
     "link naar de externe pagina in plaats van die in te sluiten"),
    (re.compile(r"<\s*(form|input|button|textarea|select|option)\b", re.I),
     "een formulier of invoerveld", "haal het formulier weg; de handreiking vraagt lezers niets in te vullen"),
    (re.compile(r"<\s*(style|link|meta|base|template|noscript)\b", re.I),
     "een <style>-, <link>-, <meta>- of <base>-element",
     "haal het element weg; opmaak hoort in overrides/assets/stylesheets, niet in de inhoud"),
    (re.compile(r"<[a-z][^>]*?[\s/\"'](?P<plek>on[a-z]+\s*=)", re.I | re.S), "een on…=-attribuut (JavaScript)",
     "haal het attribuut weg"),
    (re.compile(r"\{[^}\n]*?(?<![\w-])on[a-z]+\s*=", re.I), "een on…=-attribuut (JavaScript) tussen { }",
     "haal het attribuut tussen { } weg"),
    (re.compile(r"style\s*=\s*[\"'][^\"']*url\(", re.I), "een style met url(…)", "gebruik een afbeelding met alt-tekst"),
    (re.compile(r"<\s*(img|link|video|audio|source|object|embed|image|use)\b[^>]*\b(src|href|data|srcset|poster)"
                r"\s*=\s*[\"']?\s*(https?:)?//", re.I | re.S),
     "een externe bron (laadt iets van een andere website)", "zet het bestand in de repository of gebruik een gewone link"),
    (re.compile(rf"(\]\(\s*<?\s*|\]:\s*<?\s*|<\s*|\b{_URL_ATTR}\s*=\s*[\"']?\s*){_SCHEMA}", re.I),
     "een link of afbeelding met javascript:, data: of file:",
     "link alleen naar https://, mailto:, tel: of een pagina van de handreiking; zet een afbeelding als bestand naast de pagina"),
]


def controleer_html(bestand: str, body: str, eerste: int) -> list[Bevinding]:
    """No scripts, frames, forms, event handlers, script links or external resources in
    content. Reads the whole body at once, so a tag split over lines is still seen. This
    is the fast first check with the exact line; the build also checks the rendered HTML
    of every page (veilig.py), which no Markdown trick can hide from."""
    if not weigeren():
        return []
    uit = []
    tekst = "\n".join(_zonder_code(body))
    gezien = set()
    for patroon, wat, oplossing in _HTML_REGELS:
        for m in patroon.finditer(tekst):
            plek = m.start("plek") if "plek" in patroon.groupindex else m.start()
            nr = eerste + 1 + tekst.count("\n", 0, plek)
            if (nr, wat) not in gezien:
                gezien.add((nr, wat))
                uit.append(Bevinding(bestand, nr, FOUT, f"de pagina bevat {wat}", oplossing))
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
            + controleer_tabellen(bestand, body, eerste))
