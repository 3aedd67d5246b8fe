"""Content checks for the handreiking: pure functions that return findings.

Used by the build hooks (errors stop `mkdocs build`) and by `scripts/controleer.py`
(`make check`). Every message is Dutch and says what is wrong and how to fix it.
Not a hook itself: the hooks import it.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import yaml

# libyaml is several times faster than pure-Python YAML; `make serve` rebuilds feel it.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_cache: dict[tuple[str, int], object] = {}

FOUT = "fout"
WAARSCHUWING = "waarschuwing"


@dataclass(frozen=True)
class Bevinding:
    """One finding: file, line, level, what is wrong and how to fix it."""

    bestand: str
    regel: int
    niveau: str
    wat: str
    oplossing: str

    def __str__(self) -> str:
        soort = "FOUT" if self.niveau == FOUT else "let op"
        return f"{self.bestand}:{self.regel}: {soort}: {self.wat} — {self.oplossing}"


class InhoudFout(Exception):
    """Raised by hooks when content has errors; carries the findings."""

    def __init__(self, bevindingen: list[Bevinding]):
        self.bevindingen = bevindingen
        super().__init__("\n".join(str(b) for b in bevindingen))


# -- Data files ------------------------------------------------------------------

def lees_yaml(pad: Path, naam: str | None = None):
    """Load a YAML data file; a syntax error becomes a Dutch finding with the line."""
    naam = naam or str(pad)
    sleutel = (str(pad), pad.stat().st_mtime_ns)
    if sleutel in _cache:
        return _cache[sleutel]
    try:
        _cache[sleutel] = yaml.load(pad.read_text(encoding="utf-8"), Loader=_LOADER)
        return _cache[sleutel]
    except yaml.MarkedYAMLError as e:
        regel = (e.problem_mark.line + 1) if e.problem_mark else 1
        raise InhoudFout([Bevinding(naam, regel, FOUT,
            f"dit YAML-bestand is niet geldig ({e.problem})",
            "controleer inspringing, dubbele punten en aanhalingstekens rond tekst met een dubbele punt")]) from None


def data_map(docs_dir: str | Path) -> Path:
    return Path(docs_dir) / "_data"


def lees_gegevens(docs_dir: str | Path, naam: str, controleer=None, leeg=None):
    """Load docs/_data/<naam> for a hook, check it with `controleer` (a function that returns
    Dutch findings) and stop the build with the file and the findings: the one
    load → validate → stop path of the hooks."""
    from mkdocs.exceptions import PluginError

    bestand = f"docs/_data/{naam}"
    try:
        gegevens = lees_yaml(data_map(docs_dir) / naam, bestand)
    except InhoudFout as e:
        raise PluginError(str(e)) from None
    gegevens = leeg if gegevens is None else gegevens
    fouten = controleer(gegevens) if controleer else []
    if fouten:
        raise PluginError(f"{bestand}:\n" + "\n".join(f"  {f}" for f in fouten))
    return gegevens


def lees_vocabulaire(docs_dir: str | Path) -> dict:
    return lees_yaml(data_map(docs_dir) / "vocabulaire.yml", "docs/_data/vocabulaire.yml")


# -- Front matter ----------------------------------------------------------------

_VOORPAGINA = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)


def splits_voorpagina(tekst: str, bestand: str) -> tuple[dict, str, int]:
    """Split front matter from the body.

    Returns (meta, body, number of lines before the body). Raises InhoudFout when
    the front matter is missing or is not valid YAML.
    """
    m = _VOORPAGINA.match(tekst)
    if not m:
        raise InhoudFout([Bevinding(bestand, 1, FOUT,
            "de voorpagina (front matter) ontbreekt of is niet afgesloten",
            "begin de pagina met een regel '---', dan de velden, dan weer een regel '---'")])
    try:
        meta = yaml.load(m.group(1), Loader=_LOADER) or {}
    except yaml.MarkedYAMLError as e:
        regel = (e.problem_mark.line + 2) if e.problem_mark else 1
        raise InhoudFout([Bevinding(bestand, regel, FOUT,
            f"de voorpagina (front matter) is geen geldige YAML ({e.problem})",
            "zet tekst met een dubbele punt tussen aanhalingstekens en controleer de inspringing")]) from None
    if not isinstance(meta, dict):
        raise InhoudFout([Bevinding(bestand, 2, FOUT,
            "de voorpagina bevat geen velden",
            "schrijf velden als 'naam: waarde', één per regel")])
    return meta, tekst[m.end():], m.group(0).count("\n")


def _veldregel(tekst: str, veld: str) -> int:
    for i, regel in enumerate(tekst.splitlines()[:60], start=1):
        if regel.startswith(f"{veld}:"):
            return i
    return 1


def _hashbaar(waarde) -> bool:
    return isinstance(waarde, (str, int, float, bool, dt.date)) or waarde is None


def als_lijst(waarde) -> list:
    """A front-matter field that may be one value or a list of values, as a list."""
    if waarde is None:
        return []
    return waarde if isinstance(waarde, list) else [waarde]


def _tekst(waarde) -> str:
    """A value for inside a message: one line, at most 60 characters."""
    s = " ".join(str(waarde).split())
    return s if len(s) <= 60 else s[:57] + "..."


# Front matter fields whose text ends up inside an HTML attribute (meta description,
# title, aria-label): a straight double quote there would end the attribute.
_VELDEN_IN_ATTRIBUUT = ("title", "beschrijving", "description", "subtitle", "titel")


def onveilige_tekst(waarde: str, in_attribuut: bool = False) -> str | None:
    """Why a plain-text value (front matter, data file, title) may not be used, or None.

    Text from editors lands in the navigation, the <head>, overviews and the search
    index, partly without escaping by the theme. So no HTML: no < or >, no character
    references such as &lt; (they turn into < again in some places), and inside an
    attribute no straight double quote.
    """
    if "<" in waarde or ">" in waarde:
        return "bevat het teken < of > (HTML is hier niet toegestaan)"
    if re.search(r"&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", waarde, re.I):
        return "bevat een HTML-code met & en ; (zoals &lt;)"
    if in_attribuut and '"' in waarde:
        return "bevat een recht aanhalingsteken (\")"
    return None


def _strings(waarde, pad: str = ""):
    """All strings in a front matter value, with a readable path (tags[1], search.boost)."""
    if isinstance(waarde, str):
        yield pad, waarde
    elif isinstance(waarde, list):
        for i, w in enumerate(waarde):
            yield from _strings(w, f"{pad}[{i}]")
    elif isinstance(waarde, dict):
        for k, w in waarde.items():
            yield from _strings(k, pad)
            yield from _strings(w, f"{pad}.{k}" if pad else str(k))


def toegestane_labels(vocab: dict) -> set[str]:
    """Tags (labels) an editor may write under `tags:`: pillar and role names."""
    uit = set()
    for p in vocab.get("pijlers", []):
        uit |= {str(p.get("titel")), str(p.get("kort")), f"Pijler {p.get('nummer')}",
                f"Pijler {p.get('nummer')}: {p.get('kort')}", f"Pijler {p.get('nummer')}: {p.get('titel')}"}
    uit |= {str(r.get("naam")) for r in vocab.get("rollen", [])}
    return uit


def controleer_voorpagina(bestand: str, tekst: str, meta: dict, vocab: dict,
                          bron_ids: set[str]) -> list[Bevinding]:
    """Required fields per page type, controlled vocabularies from vocabulaire.yml,
    the right kind of value in each field and text that is safe to publish."""
    uit: list[Bevinding] = []

    def fout(veld: str, wat: str, oplossing: str) -> None:
        uit.append(Bevinding(bestand, _veldregel(tekst, veld), FOUT, wat, oplossing))

    for veld, waarde in meta.items():
        for pad, s in _strings(waarde, str(veld)):
            hoofdveld = str(veld)
            reden = onveilige_tekst(s, hoofdveld in _VELDEN_IN_ATTRIBUUT)
            if not reden and re.search(r"\]\(|(javascript|vbscript)\s*:", s, re.I):
                reden = "bevat een link; in de voorpagina staat alleen gewone tekst"
            if reden and weigeren():
                fout(hoofdveld, f"het veld '{pad}' {reden}",
                     "schrijf gewone tekst; gebruik „…” of ‘…’ voor aanhalingstekens en "
                     "schrijf 'kleiner dan' in plaats van <")
    for veld in ("title", "beschrijving", "eigenaar", "titel", "locatie", "subtitle"):
        if veld in meta and meta[veld] is not None and not isinstance(meta[veld], (str, int, float)):
            fout(veld, f"het veld '{veld}' moet een tekst zijn, geen lijst of 'naam: waarde'",
                 f"schrijf '{veld}: gewone tekst' op één regel")
    if "search" in meta:
        zoek = meta["search"]
        if not isinstance(zoek, dict) or not set(zoek) <= {"boost", "exclude"} \
                or not isinstance(zoek.get("boost", 1), (int, float)) or isinstance(zoek.get("boost"), bool):
            fout("search", "het veld 'search' klopt niet",
                 "schrijf 'search: {boost: 2}' (een getal); 'exclude: true' haalt de pagina uit de zoekfunctie")
    if "tags" in meta:
        toegestaan = toegestane_labels(vocab)
        for t in als_lijst(meta["tags"]):
            if not isinstance(t, str):
                fout("tags", f"het label '{_tekst(t)}' is geen tekst (maar een lijst of 'naam: waarde')",
                     "schrijf labels als 'tags: [Casemanager]', of beter: gebruik 'pijlers' en 'doelgroep', "
                     "dan komen de labels vanzelf")
            elif t not in toegestaan:
                fout("tags", f"het label '{_tekst(t)}' staat niet in de vaste lijst (docs/_data/vocabulaire.yml)",
                     "gebruik 'pijlers: [..]' en 'doelgroep: [..]', dan komen de labels vanzelf; of kies uit: "
                     + ", ".join(sorted(toegestaan & {str(r.get('naam')) for r in vocab.get('rollen', [])})))

    types = vocab["paginatypes"]
    basis = ["paginatype", "beschrijving", "eigenaar", "laatst_gecontroleerd"]
    for veld in basis:
        if meta.get(veld) in (None, ""):
            fout(veld, f"het verplichte veld '{veld}' ontbreekt in de voorpagina",
                 f"voeg '{veld}: …' toe tussen de twee regels '---' (zie de schrijfwijzer)")
    paginatype = meta.get("paginatype")
    if paginatype is not None and (not _hashbaar(paginatype) or paginatype not in types):
        fout("paginatype", f"onbekend paginatype '{_tekst(paginatype)}'",
             "kies een van: " + ", ".join(types))
        return uit
    for veld in types.get(paginatype, []):
        if meta.get(veld) in (None, "", []):
            fout(veld, f"het veld '{veld}' is verplicht voor een {paginatype}",
                 f"voeg '{veld}: …' toe aan de voorpagina")
    eigenaar = meta.get("eigenaar")
    if eigenaar and (not _hashbaar(eigenaar) or eigenaar not in vocab["eigenaren"]):
        fout("eigenaar", f"onbekende eigenaar '{_tekst(eigenaar)}'",
             "kies een van: " + ", ".join(vocab["eigenaren"]))
    datum = meta.get("laatst_gecontroleerd")
    if datum is not None and not isinstance(datum, dt.date):
        fout("laatst_gecontroleerd", f"'{_tekst(datum)}' is geen geldige datum",
             "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-29")
    if "beschrijving" in meta and meta["beschrijving"] and len(str(meta["beschrijving"])) > 200:
        fout("beschrijving", "de beschrijving is langer dan 200 tekens",
             "maak er één korte zin van (zoekmachines tonen ongeveer 160 tekens)")

    nummers = {p["nummer"] for p in vocab["pijlers"]}
    if "pijler" in meta and (not _hashbaar(meta["pijler"]) or meta["pijler"] not in nummers):
        fout("pijler", f"onbekende pijler '{_tekst(meta['pijler'])}'", "gebruik een nummer van 1 tot en met 4")
    if "pijlers" in meta:
        for p in als_lijst(meta["pijlers"]):
            if not _hashbaar(p) or p not in nummers:
                fout("pijlers", f"onbekende pijler '{_tekst(p)}'",
                     "gebruik nummers van 1 tot en met 4, bijvoorbeeld 'pijlers: [1, 3]'")
    rollen = {r["id"] for r in vocab["rollen"]}
    for r in als_lijst(meta.get("doelgroep")):
        if not _hashbaar(r) or r not in rollen:
            fout("doelgroep", f"onbekende rol '{_tekst(r)}' in doelgroep", "kies uit: " + ", ".join(sorted(rollen)))
    if "rol" in meta and (not _hashbaar(meta["rol"]) or meta["rol"] not in rollen):
        fout("rol", f"onbekende rol '{_tekst(meta['rol'])}'", "kies uit: " + ", ".join(sorted(rollen)))
    soorten = {s["id"] for s in vocab["soorten"]}
    if "soort" in meta and (not _hashbaar(meta["soort"]) or meta["soort"] not in soorten):
        fout("soort", f"onbekende soort '{_tekst(meta['soort'])}'",
             "kies 'praktijk' (echt, met bron) of 'casus' (fictief)")
    bronnen = meta.get("bronnen") or []
    if meta.get("soort") == "praktijk" and not bronnen:
        fout("bronnen", "een praktijkvoorbeeld zonder bron",
             "noem in 'bronnen' minstens één id uit docs/_data/bronnen.yml, of maak er een casus (fictief) van")
    for b in als_lijst(bronnen):
        if not _hashbaar(b) or b not in bron_ids:
            fout("bronnen", f"onbekende bron '{_tekst(b)}'",
                 "gebruik een id uit docs/_data/bronnen.yml of voeg de bron daar eerst toe")
    return uit


def weigeren() -> bool:
    """False only in the safety-net test (HANDREIKING_ALLEEN_VANGNET=1): then hostile
    text and HTML are not refused but only made harmless, so the tests can prove that
    the second line of defence (sanitiser, escaping, PDF fetcher) holds on its own."""
    return os.environ.get("HANDREIKING_ALLEEN_VANGNET") != "1"


# -- Body checks -----------------------------------------------------------------

_HEK = re.compile(r"^(\s*)(`{3,}|~{3,})")
_LIJST_OF_BLOK = re.compile(r"^\s*([-*+]|\d+[.)]|!!!|\?\?\?\+?|===)\s")


def _code_regels(regels: list[str]) -> set[int]:
    """Indexes of the lines that belong to a fenced code block (fences included).

    A fence only opens a block when it is closed later by the same character, at least
    as long; an unclosed fence, or one indented four spaces outside a list, admonition
    or tab (an indented code line in Markdown, not a fence), hides nothing.
    """
    binnen: set[int] = set()
    i = 0
    while i < len(regels):
        m = _HEK.match(regels[i])
        if m and (len(m.group(1).expandtabs(4)) < 4 or _in_blok(regels, i, len(m.group(1).expandtabs(4)))):
            teken, lengte = m.group(2)[0], len(m.group(2))
            sluit = re.compile(rf"^\s*{re.escape(teken)}{{{lengte},}}\s*$")
            eind = next((j for j in range(i + 1, len(regels)) if sluit.match(regels[j])), None)
            if eind is not None:
                binnen.update(range(i, eind + 1))
                i = eind + 1
                continue
        i += 1
    return binnen


def _in_blok(regels: list[str], i: int, inspringing: int) -> bool:
    """Is line i (indented `inspringing` columns) inside a list item, admonition or tab?"""
    for j in range(i - 1, -1, -1):
        regel = regels[j]
        if not regel.strip():
            continue
        eigen = len(regel) - len(regel.lstrip())
        if eigen < inspringing:
            return bool(_LIJST_OF_BLOK.match(regel))
    return False


def regels_buiten_code(body: str, eerste: int):
    """Yield (line number, line) outside fenced code blocks."""
    regels = body.splitlines()
    code = _code_regels(regels)
    for i, regel in enumerate(regels):
        if i not in code:
            yield eerste + 1 + i, regel


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


def _zonder_code(body: str) -> list[str]:
    """The lines of the body with fenced code and inline code blanked (line numbers kept)."""
    regels = body.splitlines()
    code = _code_regels(regels)
    return ["" if i in code else re.sub(r"(`+)(.+?)\1", lambda m: " " * len(m.group(0)), regel)
            for i, regel in enumerate(regels)]


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


_SCHEIDING = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def _cellen(regel: str) -> int:
    """Number of cells in a table row (escaped pipes and pipes in code do not count)."""
    r = re.sub(r"(`+)(.+?)\1", "", regel.strip())
    r = r.replace("\\|", "")
    if r.startswith("|"):
        r = r[1:]
    if r.endswith("|"):
        r = r[:-1]
    return r.count("|") + 1


def controleer_tabellen(bestand: str, body: str, eerste: int) -> list[Bevinding]:
    """A table is a header row, a row with dashes, then rows with as many cells.

    Otherwise Markdown silently publishes a paragraph of pipes (no dash row, an empty
    line in the middle) or drops the cells that do not fit (a | too many in a row)."""
    uit = []
    regels = _zonder_code(body)
    i = 0
    while i < len(regels):
        if not regels[i].lstrip().startswith("|"):
            i += 1
            continue
        blok = [i]
        while blok[-1] + 1 < len(regels) and regels[blok[-1] + 1].lstrip().startswith("|"):
            blok.append(blok[-1] + 1)
        kop, nr = regels[i], eerste + 1 + i
        if len(blok) < 2 or not _SCHEIDING.match(regels[i + 1]):
            voorbeeld = "| Kop | Kop |" + "\n" + "| --- | --- |"
            uit.append(Bevinding(bestand, nr, FOUT,
                "deze regels met | vormen geen tabel en worden als losse tekst met strepen getoond",
                f"zet direct onder de kopregel een regel met streepjes, zoals '{voorbeeld.splitlines()[1]}', "
                "en laat geen lege regel tussen de rijen"))
        elif _cellen(regels[i + 1]) != _cellen(kop):
            uit.append(Bevinding(bestand, nr + 1, FOUT,
                f"de regel met streepjes heeft {_cellen(regels[i + 1])} kolommen, de kopregel {_cellen(kop)}",
                "geef beide regels evenveel kolommen"))
        else:
            for j in blok[2:]:
                if _cellen(regels[j]) > _cellen(kop):
                    uit.append(Bevinding(bestand, eerste + 1 + j, FOUT,
                        f"deze tabelrij heeft {_cellen(regels[j])} cellen en de kopregel maar {_cellen(kop)}: "
                        "de laatste cellen vallen weg",
                        "geef de rij evenveel cellen als de kop; schrijf een | in de tekst als \\|"))
        i = blok[-1] + 1
    return uit


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
    return (controleer_voorpagina(bestand, tekst, meta, vocab, bron_ids)
            + controleer_afbeeldingen(bestand, body, eerste, pagina_map)
            + controleer_koppen(bestand, body, eerste)
            + controleer_plaatshouders(bestand, tekst)
            + controleer_html(bestand, body, eerste)
            + controleer_tabellen(bestand, body, eerste))


# -- Titles and generated text ------------------------------------------------------

def markdown_tekst(tekst) -> str:
    """Plain text for inside generated Markdown (a table cell, a link text): no emphasis,
    links, attribute lists, HTML or extra table cells, whatever the data file says."""
    s = " ".join(str(tekst).split())
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]|])", r"\\\1", s)


def controleer_titel(bestand: str, regel: int, titel) -> list[Bevinding]:
    """A title (navigation, front matter `title:`, first heading) is plain text: it lands
    unescaped in the menu, the <title> and the search index."""
    if not isinstance(titel, str):
        return [Bevinding(bestand, regel, FOUT, f"de titel '{_tekst(titel)}' is geen tekst",
                          "schrijf de titel als gewone tekst op één regel")]
    # MkDocs gives titles from a heading already escaped: & is &amp; there.
    reden = onveilige_tekst(titel.replace("&amp;", "&"))
    if reden and weigeren():
        return [Bevinding(bestand, regel, FOUT, f"de titel '{_tekst(titel)}' {reden}",
                          "schrijf de titel als gewone tekst, zonder HTML")]
    return []


def veilige_titel(titel: str) -> str:
    """Safety net for a title that got past the checks: plain text, no < > or ", escaped once."""
    schoon = html.unescape(html.unescape(str(titel)))
    return html.escape(re.sub(r"[<>\"]", "", schoon), quote=False)


# -- Data files (docs/_data) -----------------------------------------------------------

def yaml_met_regels(pad: Path, naam: str) -> tuple[object, dict[tuple, int]]:
    """Load a data file and the line of every value, by path: (3, 'url') -> 41."""
    data = lees_yaml(pad, naam)
    regels: dict[tuple, int] = {}

    def loop(node, pad_: tuple) -> None:
        regels[pad_] = node.start_mark.line + 1
        if isinstance(node, yaml.SequenceNode):
            for i, kind in enumerate(node.value):
                loop(kind, pad_ + (i,))
        elif isinstance(node, yaml.MappingNode):
            for sleutel, waarde in node.value:
                regels[pad_ + (sleutel.value,)] = sleutel.start_mark.line + 1
                if isinstance(waarde, (yaml.SequenceNode, yaml.MappingNode)):
                    loop(waarde, pad_ + (sleutel.value,))

    wortel = yaml.compose(pad.read_text(encoding="utf-8"), Loader=_LOADER)
    if wortel is not None:
        loop(wortel, ())
    return data, regels


def _regel(regels: dict[tuple, int], *pad) -> int:
    while pad and pad not in regels:
        pad = pad[:-1]
    return regels.get(pad, 1)


_VEILIGE_URL = re.compile(r"^https?://[^\s\"'<>`\\]+$", re.I)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _tekstvelden(bestand: str, regels, pad: tuple, item: dict, velden) -> list[Bevinding]:
    uit = []
    for veld in velden:
        waarde = item.get(veld)
        if waarde is None:
            continue
        if not isinstance(waarde, (str, int, float)):
            uit.append(Bevinding(bestand, _regel(regels, *pad, veld), FOUT,
                f"het veld '{veld}' moet een tekst zijn, geen lijst of 'naam: waarde'", f"schrijf '{veld}: gewone tekst'"))
            continue
        reden = onveilige_tekst(str(waarde))
        if not reden and re.search(r"\]\(|<https?:|\*\[", str(waarde)):
            reden = "bevat een Markdown-link of -afkorting"
        if reden and weigeren():
            uit.append(Bevinding(bestand, _regel(regels, *pad, veld), FOUT, f"het veld '{veld}' {reden}",
                                 "schrijf gewone tekst; een link hoort in 'url' (bronnen) of in de pagina zelf"))
    return uit


def _lijst_van_items(bestand: str, data, regels) -> tuple[list, list[Bevinding]]:
    if data is None:
        return [], []
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        return [], [Bevinding(bestand, 1, FOUT, "dit bestand moet een lijst van items zijn",
                              "begin elk item met '- ' en zet de velden eronder, ingesprongen")]
    return data, []


def controleer_bronnen(bronnen, regels: dict | None = None,
                       bestand: str = "docs/_data/bronnen.yml") -> list[Bevinding]:
    """docs/_data/bronnen.yml: required fields, unique ids, web addresses only http(s)."""
    regels = regels or {}
    items, uit = _lijst_van_items(bestand, bronnen, regels)
    ids: set = set()
    for i, b in enumerate(items):
        naam = f"bron {i + 1} ({b.get('id', '?')})"
        for veld in ("id", "auteurs", "jaar", "titel", "soort"):
            if not str(b.get(veld, "") or "").strip():
                uit.append(Bevinding(bestand, _regel(regels, i), FOUT, f"{naam}: het veld '{veld}' ontbreekt",
                                     "vul het aan"))
        bid = b.get("id")
        if bid is not None and (not isinstance(bid, str) or not _ID.match(bid)):
            uit.append(Bevinding(bestand, _regel(regels, i, "id"), FOUT, f"{naam}: de id '{_tekst(bid)}' is ongeldig",
                                 "gebruik kleine letters, cijfers en streepjes, bijvoorbeeld 'dji-2023'"))
        elif bid in ids:
            uit.append(Bevinding(bestand, _regel(regels, i, "id"), FOUT, f"bron-id '{bid}' komt twee keer voor",
                                 "maak de id uniek (bijvoorbeeld met a/b)"))
        ids.add(bid if _hashbaar(bid) else None)
        url = b.get("url")
        if url is not None and (not isinstance(url, str) or not _VEILIGE_URL.match(url.strip())) and weigeren():
            uit.append(Bevinding(bestand, _regel(regels, i, "url"), FOUT,
                f"{naam}: de url '{_tekst(url)}' is geen gewoon webadres",
                "gebruik een adres dat begint met https:// (zonder spaties of aanhalingstekens)"))
        uit += _tekstvelden(bestand, regels, (i,), b, ("id", "auteurs", "jaar", "titel", "soort", "uitgave", "opmerking"))
    return uit


def controleer_begrippen(begrippen, regels: dict | None = None,
                         bestand: str = "docs/_data/begrippen.yml") -> list[Bevinding]:
    """docs/_data/begrippen.yml: a term and an explanation, no term twice, plain text."""
    regels = regels or {}
    items, uit = _lijst_van_items(bestand, begrippen, regels)
    gezien: set[str] = set()
    for i, b in enumerate(items):
        term = b.get("term")
        if not term or not str(b.get("uitleg", "") or "").strip():
            uit.append(Bevinding(bestand, _regel(regels, i), FOUT,
                f"begrip {i + 1} ('{_tekst(term or '?')}'): 'term' en 'uitleg' zijn allebei verplicht", "vul ze aan"))
            continue
        if not isinstance(term, str) or re.search(r"[\[\]\n]", term):
            uit.append(Bevinding(bestand, _regel(regels, i, "term"), FOUT, f"de term '{_tekst(term)}' is ongeldig",
                                 "schrijf de term precies zoals hij in de tekst staat, zonder [ of ]"))
            continue
        if term.lower() in gezien:
            uit.append(Bevinding(bestand, _regel(regels, i, "term"), FOUT, f"begrip '{term}' staat er twee keer in",
                                 "voeg de twee uitleggen samen"))
        gezien.add(term.lower())
        uit += _tekstvelden(bestand, regels, (i,), b, ("term", "voluit", "uitleg"))
    return uit


def controleer_zelfscan(scan, pijlers: set, regels: dict | None = None, docs: Path | None = None,
                        bestand: str = "docs/_data/zelfscan.yml") -> list[Bevinding]:
    """docs/_data/zelfscan.yml: levels with a score, statements with a unique id, an
    existing pillar, texts and links to pages of the handreiking."""
    regels = regels or {}
    uit: list[Bevinding] = []

    def fout(pad: tuple, wat: str, oplossing: str) -> None:
        uit.append(Bevinding(bestand, _regel(regels, *pad), FOUT, wat, oplossing))

    if not isinstance(scan, dict):
        fout((), "het bestand moet 'niveaus' en 'stellingen' bevatten", "zie de uitleg bovenaan het bestand")
        return uit
    niveaus = scan.get("niveaus") or []
    if not niveaus or not isinstance(niveaus, list) or not all(isinstance(n, dict) for n in niveaus):
        fout(("niveaus",), "er zijn geen antwoordniveaus ('niveaus')", "zet ze bovenaan het bestand")
        niveaus = []
    for i, n in enumerate(niveaus):
        if not isinstance(n.get("score"), int) or isinstance(n.get("score"), bool):
            fout(("niveaus", i), "elk niveau heeft een 'score' als heel getal nodig", "bijvoorbeeld 0, 1, 2, 3")
        uit += _tekstvelden(bestand, regels, ("niveaus", i), n, ("id", "label"))
    niveau_ids = {n.get("id") for n in niveaus if _hashbaar(n.get("id"))}
    stellingen = scan.get("stellingen") or []
    if not isinstance(stellingen, list) or not all(isinstance(s, dict) for s in stellingen):
        fout(("stellingen",), "'stellingen' moet een lijst van stellingen zijn", "begin elke stelling met '- id: …'")
        stellingen = []
    ids: set = set()
    for i, s in enumerate(stellingen):
        pad = ("stellingen", i)
        naam = f"stelling {i + 1} ({_tekst(s.get('id', 'zonder id'))})"
        sid = s.get("id")
        if not sid:
            fout(pad, f"{naam}: de 'id' ontbreekt",
                 "geef de stelling een unieke id, bijvoorbeeld 'bezoekruimte-kindvriendelijk'")
        elif not isinstance(sid, str) or not _ID.match(sid):
            fout(pad + ("id",), f"{naam}: de id is ongeldig", "gebruik kleine letters, cijfers en streepjes")
        elif sid in ids:
            fout(pad + ("id",), f"{naam}: de id '{sid}' komt twee keer voor", "maak hem uniek")
        ids.add(sid if _hashbaar(sid) else None)
        if not _hashbaar(s.get("pijler")) or s.get("pijler") not in pijlers:
            fout(pad + ("pijler",), f"{naam}: pijler '{_tekst(s.get('pijler'))}' bestaat niet", "gebruik 1, 2, 3 of 4")
        for veld in ("tekst", "uitleg", "bouwsteen", "stap"):
            if not str(s.get(veld) or "").strip():
                fout(pad + (veld,), f"{naam}: het veld '{veld}' is leeg", "vul het in")
        for veld in ("bouwsteen", "stap"):
            doel = s.get(veld)
            if not isinstance(doel, str) or not doel.strip():
                continue
            pagina = doel.partition("#")[0]
            if re.match(r"^[a-z]+:|^/|^\.\.|\\", doel) or not pagina.endswith(".md") \
                    or (docs is not None and not (docs / pagina).is_file()):
                fout(pad + (veld,), f"{naam}: '{_tekst(doel)}' is geen pagina van de handreiking",
                     "schrijf het pad vanaf de map docs/, bijvoorbeeld 'pijlers/borging/index.md#kop'")
        for n in als_lijst(s.get("niveaus")):
            if not _hashbaar(n) or n not in niveau_ids:
                fout(pad + ("niveaus",), f"{naam}: onbekend antwoordniveau '{_tekst(n)}'",
                     f"kies uit {', '.join(sorted(map(str, niveau_ids)))}")
        uit += _tekstvelden(bestand, regels, pad, s, ("tekst", "uitleg"))
    if not ids:
        fout(("stellingen",), "er staan geen stellingen in het bestand", "voeg stellingen toe onder 'stellingen:'")
    return uit


def controleer_data(docs: str | Path) -> list[Bevinding]:
    """Every data file in docs/_data: valid YAML, the right fields, plain and safe text."""
    docs = Path(docs)
    data = data_map(docs)
    uit: list[Bevinding] = []

    def laad(naam: str):
        pad = data / naam
        if not pad.is_file():
            return None, {}
        try:
            return yaml_met_regels(pad, f"docs/_data/{naam}")
        except InhoudFout as e:
            uit.extend(e.bevindingen)
            return None, None

    vocab, regels = laad("vocabulaire.yml")
    pijlers = set()
    if regels is not None and isinstance(vocab, dict):
        pijlers = {p.get("nummer") for p in vocab.get("pijlers") or [] if isinstance(p, dict)}
        for sleutel in ("pijlers", "rollen", "soorten"):
            for i, item in enumerate(vocab.get(sleutel) or []):
                if isinstance(item, dict):
                    uit += _tekstvelden("docs/_data/vocabulaire.yml", regels, (sleutel, i), item,
                                        ("id", "naam", "titel", "kort"))
    bronnen, regels = laad("bronnen.yml")
    if regels is not None:
        uit += controleer_bronnen(bronnen, regels)
    begrippen, regels = laad("begrippen.yml")
    if regels is not None:
        uit += controleer_begrippen(begrippen, regels)
    termen, regels = laad("termen.yml")
    if regels is not None:
        items, fouten = _lijst_van_items("docs/_data/termen.yml", termen, regels)
        uit += fouten
        for i, t in enumerate(items):
            uit += _tekstvelden("docs/_data/termen.yml", regels, (i,), t, ("vermijd", "gebruik", "waarom"))
    if (data / "zelfscan.yml").is_file():
        scan, regels = laad("zelfscan.yml")
        if regels is not None:
            uit += controleer_zelfscan(scan, pijlers, regels, docs)
    return uit


# -- Glossary terms that pages still rely on ---------------------------------------

def begrippen_uit_git(docs: Path, rev: str | None = None) -> list[dict] | None:
    """The glossary as it is in git at `rev` (default: $HANDREIKING_BASIS, else HEAD);
    None without git (an export) or when the file is not in that version."""
    rev = rev or os.environ.get("HANDREIKING_BASIS") or "HEAD"
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=docs, capture_output=True,
                             text=True, timeout=10, check=True).stdout.strip()
        pad = (Path(docs).resolve() / "_data" / "begrippen.yml").relative_to(Path(top).resolve()).as_posix()
        tekst = subprocess.run(["git", "show", f"{rev}:{pad}"], cwd=docs, capture_output=True,
                               text=True, timeout=10, check=True).stdout
        oud = yaml.load(tekst, Loader=_LOADER)
    except (OSError, ValueError, subprocess.SubprocessError, yaml.YAMLError):
        return None
    return [b for b in oud or [] if isinstance(b, dict) and isinstance(b.get("term"), str)]


def verwijderde_begrippen(oud: list[dict], nieuw: list[dict], paginas: dict[str, str]) -> list[Bevinding]:
    """Terms that left the glossary while a page still relies on them.

    A page relies on an abbreviation (a term with 'voluit'): its tooltip is the only place
    a reader learns what it stands for. Removing such a term while a page still uses it is
    an error; removing an ordinary word that still occurs is a warning (its tooltip goes).
    The finding names the first page and line that still use the term.
    """
    huidig = {str(b.get("term")) for b in nieuw or [] if isinstance(b, dict)}
    uit = []
    for b in oud:
        term = b["term"]
        if term in huidig:
            continue
        patroon = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])")
        treffers = []
        for bestand, tekst in sorted(paginas.items()):
            try:
                _, body, eerste = splits_voorpagina(tekst, bestand)
            except InhoudFout:
                continue
            nr = next((nr for nr, regel in proza(body) if patroon.search(regel)), None)
            if nr is not None:
                treffers.append((bestand, eerste + nr))
        if not treffers:
            continue
        bestand, nr = treffers[0]
        meer = f" (en nog {len(treffers) - 1} andere pagina's)" if len(treffers) > 1 else ""
        if b.get("voluit"):
            uit.append(Bevinding(bestand, nr, FOUT,
                f"de afkorting '{term}' ({_tekst(b['voluit'])}) is uit docs/_data/begrippen.yml gehaald, "
                f"maar deze pagina gebruikt hem nog{meer}",
                "zet het begrip terug in begrippen.yml, of schrijf de afkorting op die pagina's voluit"))
        else:
            uit.append(Bevinding(bestand, nr, WAARSCHUWING,
                f"het begrip '{term}' is uit docs/_data/begrippen.yml gehaald; op deze pagina{meer} "
                "verdwijnt daardoor de uitleg bij de muis",
                "zet het begrip terug als de uitleg nodig is"))
    return uit


# -- Files in docs/ ------------------------------------------------------------------

MAX_BESTAND = 1_000_000  # bytes; see controleer_bestanden
AFBEELDINGEN = {".png": (b"\x89PNG",), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",),
                ".gif": (b"GIF87a", b"GIF89a"), ".webp": (b"RIFF",), ".svg": ()}
GEGEVENS = {".yml", ".yaml", ".txt"}


def voorgestelde_naam(naam: str) -> str:
    """A file or folder name without spaces, capitals or accents: 'Foto Bezoek é.PNG' -> 'foto-bezoek-e.png'."""
    stam, punt, ext = naam.rpartition(".") if "." in naam.lstrip(".") else (naam, "", "")
    def schoon(s: str) -> str:
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
        return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9_.-]+", "-", s)).strip("-.") or "bestand"
    return schoon(stam) + (punt + schoon(ext) if punt else "")


def controleer_svg(tekst: str) -> str | None:
    """Why an SVG file may not be published, or None. An SVG opened on its own runs its
    scripts on the website's address, and can load things from elsewhere."""
    if re.search(r"<!DOCTYPE|<!ENTITY", tekst, re.I):
        return "bevat een DOCTYPE of ENTITY"
    try:
        wortel = ET.fromstring(tekst)
    except ET.ParseError as e:
        return f"is geen geldige SVG ({e})"
    for el in wortel.iter():
        naam = str(el.tag).rpartition("}")[2].lower()
        if naam in {"script", "foreignobject", "iframe", "embed", "object", "audio", "video", "handler", "listener"}:
            return f"bevat een <{naam}>-element"
        if naam in {"set", "animate", "animatetransform", "animatemotion"} and \
                re.match(r"(xlink:)?href$|on", str(el.get("attributeName", "")), re.I):
            return "bevat een animatie die een link of script verandert"
        for attr, waarde in el.attrib.items():
            a = attr.rpartition("}")[2].lower()
            if a.startswith("on"):
                return f"bevat een on…=-attribuut ({a})"
            if a in {"href", "src"} and not waarde.strip().startswith("#"):
                return f"verwijst naar iets buiten de figuur ({_tekst(waarde)})"
            if re.search(r"url\(\s*['\"]?\s*(?!#)", waarde, re.I):
                return "gebruikt url(…) naar iets buiten de figuur"
        if naam == "style" and re.search(r"@import|url\(\s*['\"]?\s*(?!#)", el.text or "", re.I):
            return "haalt in <style> iets van buiten de figuur op"
    return None


def controleer_bestanden(docs: str | Path) -> list[Bevinding]:
    """Only Markdown pages, data files and plain images in docs/, with clean names.

    MkDocs publishes every other file in docs/ unchanged (an .html or .svg with a script
    would run on the website's address). Images are capped at 1 MB: a photo 1600 pixels
    wide is 200-500 kB as JPEG or WebP, every image is read on phones in visiting areas and
    embedded in the PDF, and a bigger file is almost always an unedited camera original.
    """
    docs = Path(docs)
    uit: list[Bevinding] = []
    for pad in sorted(docs.rglob("*")):
        rel = pad.relative_to(docs)
        if any(deel.startswith(".") for deel in rel.parts):
            continue  # MkDocs never publishes hidden files
        bestand = f"docs/{rel.as_posix()}"
        if pad.is_symlink():
            uit.append(Bevinding(bestand, 1, FOUT, "dit is een snelkoppeling (symlink)",
                                 "zet het echte bestand in docs/ in plaats van een snelkoppeling"))
            continue
        naam = pad.name
        if not re.fullmatch(r"[a-z0-9_][a-z0-9._-]*", naam):
            uit.append(Bevinding(bestand, 1, FOUT,
                f"de naam '{naam}' bevat spaties, hoofdletters, accenten of andere bijzondere tekens",
                f"noem {'de map' if pad.is_dir() else 'het bestand'} '{voorgestelde_naam(naam)}' "
                "en pas de links ernaar aan"))
        if pad.is_dir():
            continue
        ext = pad.suffix.lower()
        in_data = rel.parts[0] == "_data"
        if not (ext == ".md" or ext in AFBEELDINGEN or (in_data and ext in GEGEVENS)):
            uit.append(Bevinding(bestand, 1, FOUT, f"bestanden van het type '{ext or naam}' horen niet in docs/",
                "zet alleen pagina's (.md), afbeeldingen (.png, .jpg, .gif, .webp, .svg) en in docs/_data "
                "gegevens (.yml, .txt) in docs/; link naar andere bestanden op hun eigen website"))
            continue
        grootte = pad.stat().st_size
        if grootte > MAX_BESTAND:
            uit.append(Bevinding(bestand, 1, FOUT,
                f"het bestand is {grootte / 1_000_000:.1f} MB; het maximum is 1 MB",
                "verklein de afbeelding (bijvoorbeeld 1600 pixels breed, als JPEG of WebP) of splits de pagina"))
            continue
        if ext in AFBEELDINGEN and AFBEELDINGEN[ext]:
            kop = pad.read_bytes()[:12]
            if not kop.startswith(AFBEELDINGEN[ext]) or (ext == ".webp" and kop[8:12] != b"WEBP"):
                uit.append(Bevinding(bestand, 1, FOUT, f"dit is geen echte {ext[1:].upper()}-afbeelding",
                                     "sla de afbeelding opnieuw op in het juiste formaat"))
        elif ext == ".svg":
            reden = controleer_svg(pad.read_text(encoding="utf-8", errors="replace"))
            if reden:
                uit.append(Bevinding(bestand, 1, FOUT, f"deze SVG {reden}",
                    "sla de figuur op als gewone SVG zonder scripts en externe verwijzingen "
                    "(in Inkscape: 'Opslaan als' → 'Geoptimaliseerde SVG'), of als PNG"))
    return uit


# -- Prose for spelling and readability -------------------------------------------

def proza(body: str) -> list[tuple[int, str]]:
    """Lines of prose: no code, no HTML comments, no URLs, no link targets, no markup."""
    uit = []
    in_commentaar = False
    for nr, regel in regels_buiten_code(body, 0):
        if in_commentaar:
            if "-->" in regel:
                in_commentaar = False
            continue
        if "<!--" in regel and "-->" not in regel:
            in_commentaar = True
            continue
        r = re.sub(r"<!--.*?-->", " ", regel)
        r = re.sub(r"`[^`]*`", " ", r)
        r = re.sub(r"\]\([^)]*\)", "]", r)
        r = re.sub(r"\[\^[^\]]*\]:?", " ", r)  # source notes [^id]
        r = re.sub(r"^\s*--8<--.*", " ", r)  # a shared snippet: --8<-- "veiligheid.md"
        r = re.sub(r"\{[^}]*\}", " ", r)
        r = re.sub(r"<[^>]+>", " ", r)
        r = re.sub(r"https?://\S+", " ", r)
        r = re.sub(r"^\s*(!!!|\?\?\?\+?|===)\s*\w*", " ", r)
        r = re.sub(r"^\s*\*\[[^\]]*\]:.*", " ", r)
        uit.append((nr, r))
    return uit


def _lettergrepen(woord: str) -> int:
    return max(1, len(re.findall(r"[aeiouyáéíóúàèëïöüij]+", woord.lower().replace("ij", "y"))))


def leesbaarheid(body: str) -> tuple[float, float]:
    """Flesch-Douma reading ease and average sentence length (words) of the prose."""
    tekst = " ".join(r for _, r in proza(body)
                     if not re.match(r"^\s*(\||#|- \[)", r))
    tekst = re.sub(r"[*_#>|\[\]]", " ", tekst)
    zinnen = [z for z in re.split(r"(?<=[.!?])\s+", tekst) if re.search(r"[A-Za-zÀ-ÿ]", z)]
    woorden = re.findall(r"[A-Za-zÀ-ÿ'’-]+", tekst)
    if not zinnen or not woorden:
        return 100.0, 0.0
    gem_zin = len(woorden) / len(zinnen)
    gem_lg = sum(_lettergrepen(w) for w in woorden) / len(woorden)
    return round(206.84 - 0.77 * (100 * gem_lg) - 0.93 * gem_zin, 1), round(gem_zin, 1)


def woorden_voor_spelling(body: str) -> list[tuple[int, str]]:
    """(line, word) pairs of the prose, for the spelling check."""
    uit = []
    for nr, regel in proza(body):
        regel = re.sub(r"\w+&\w+(?:-\w+)*", " ", regel)  # D&R-plan and the like
        for w in re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*(?:-[A-Za-zÀ-ÿ]+)*", regel):
            if not any(c.isupper() for c in w[1:]) and len(w) > 1:
                uit.append((nr, w))
    return uit
