"""Content checks for the handreiking: pure functions that return findings.

Used by the build hooks (errors stop `mkdocs build`) and by `scripts/controleer.py`
(`make check`). Every message is Dutch and says what is wrong and how to fix it.
Not a hook itself: the hooks import it.
"""

from __future__ import annotations

import datetime as dt
import re
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


def controleer_voorpagina(bestand: str, tekst: str, meta: dict, vocab: dict,
                          bron_ids: set[str]) -> list[Bevinding]:
    """Required fields per page type and controlled vocabularies from vocabulaire.yml."""
    uit: list[Bevinding] = []

    def fout(veld: str, wat: str, oplossing: str) -> None:
        uit.append(Bevinding(bestand, _veldregel(tekst, veld), FOUT, wat, oplossing))

    types = vocab["paginatypes"]
    basis = ["paginatype", "beschrijving", "eigenaar", "laatst_gecontroleerd"]
    for veld in basis:
        if meta.get(veld) in (None, ""):
            fout(veld, f"het verplichte veld '{veld}' ontbreekt in de voorpagina",
                 f"voeg '{veld}: …' toe tussen de twee regels '---' (zie de schrijfwijzer)")
    paginatype = meta.get("paginatype")
    if paginatype is not None and paginatype not in types:
        fout("paginatype", f"onbekend paginatype '{paginatype}'",
             "kies een van: " + ", ".join(types))
        return uit
    for veld in types.get(paginatype, []):
        if meta.get(veld) in (None, "", []):
            fout(veld, f"het veld '{veld}' is verplicht voor een {paginatype}",
                 f"voeg '{veld}: …' toe aan de voorpagina")
    eigenaar = meta.get("eigenaar")
    if eigenaar and eigenaar not in vocab["eigenaren"]:
        fout("eigenaar", f"onbekende eigenaar '{eigenaar}'",
             "kies een van: " + ", ".join(vocab["eigenaren"]))
    datum = meta.get("laatst_gecontroleerd")
    if datum is not None and not isinstance(datum, dt.date):
        fout("laatst_gecontroleerd", f"'{datum}' is geen geldige datum",
             "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-29")
    if "beschrijving" in meta and meta["beschrijving"] and len(str(meta["beschrijving"])) > 200:
        fout("beschrijving", "de beschrijving is langer dan 200 tekens",
             "maak er één korte zin van (zoekmachines tonen ongeveer 160 tekens)")

    nummers = {p["nummer"] for p in vocab["pijlers"]}
    if "pijler" in meta and meta["pijler"] not in nummers:
        fout("pijler", f"onbekende pijler '{meta['pijler']}'", "gebruik een nummer van 1 tot en met 4")
    if "pijlers" in meta:
        pijlers = meta["pijlers"] if isinstance(meta["pijlers"], list) else [meta["pijlers"]]
        for p in pijlers:
            if p not in nummers:
                fout("pijlers", f"onbekende pijler '{p}'",
                     "gebruik nummers van 1 tot en met 4, bijvoorbeeld 'pijlers: [1, 3]'")
    rollen = {r["id"] for r in vocab["rollen"]}
    doelgroep = meta.get("doelgroep", [])
    for r in doelgroep if isinstance(doelgroep, list) else [doelgroep]:
        if r not in rollen:
            fout("doelgroep", f"onbekende rol '{r}' in doelgroep", "kies uit: " + ", ".join(sorted(rollen)))
    if "rol" in meta and meta["rol"] not in rollen:
        fout("rol", f"onbekende rol '{meta['rol']}'", "kies uit: " + ", ".join(sorted(rollen)))
    soorten = {s["id"] for s in vocab["soorten"]}
    if "soort" in meta and meta["soort"] not in soorten:
        fout("soort", f"onbekende soort '{meta['soort']}'", "kies 'praktijk' (echt, met bron) of 'casus' (fictief)")
    bronnen = meta.get("bronnen") or []
    if meta.get("soort") == "praktijk" and not bronnen:
        fout("bronnen", "een praktijkvoorbeeld zonder bron",
             "noem in 'bronnen' minstens één id uit docs/_data/bronnen.yml, of maak er een casus (fictief) van")
    for b in bronnen if isinstance(bronnen, list) else [bronnen]:
        if b not in bron_ids:
            fout("bronnen", f"onbekende bron '{b}'",
                 "gebruik een id uit docs/_data/bronnen.yml of voeg de bron daar eerst toe")
    return uit


# -- Body checks -----------------------------------------------------------------

def _regels_buiten_code(body: str, eerste: int):
    """Yield (line number, line) outside fenced code blocks."""
    in_code = False
    for i, regel in enumerate(body.splitlines(), start=eerste + 1):
        if re.match(r"^\s*(```|~~~)", regel):
            in_code = not in_code
            continue
        if not in_code:
            yield i, regel


_AFBEELDING = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def controleer_afbeeldingen(bestand: str, body: str, eerste: int, pagina_map: Path) -> list[Bevinding]:
    """Every image exists and has non-empty alt text."""
    uit = []
    for nr, regel in _regels_buiten_code(body, eerste):
        for m in _AFBEELDING.finditer(regel):
            alt, src = m.group(1).strip(), m.group(2)
            if not alt:
                uit.append(Bevinding(bestand, nr, FOUT, f"de afbeelding '{src}' heeft geen alt-tekst",
                    "beschrijf tussen de [ ] wat de afbeelding laat zien, bijvoorbeeld ![Plattegrond van de bezoekruimte](…)"))
            if not re.match(r"^[a-z]+:", src) and not (pagina_map / src.split("#")[0]).is_file():
                uit.append(Bevinding(bestand, nr, FOUT, f"de afbeelding '{src}' bestaat niet",
                    "controleer de bestandsnaam en zet het bestand in dezelfde map als de pagina"))
    return uit


def controleer_koppen(bestand: str, body: str, eerste: int) -> list[Bevinding]:
    """One H1, no skipped levels, no empty sections."""
    uit = []
    koppen = []
    inhoud_sinds_kop = True
    vorige = None
    for nr, regel in _regels_buiten_code(body, eerste):
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
    for (_, n1, _), (nr, n2, titel) in zip(koppen, koppen[1:]):
        if n2 > n1 + 1:
            uit.append(Bevinding(bestand, nr, FOUT, f"de kop '{titel}' slaat een niveau over ({'#' * n1} naar {'#' * n2})",
                f"maak er een kop van niveau {'#' * (n1 + 1)} van"))
    return uit


PLAATSHOUDERS = ("VUL-IN", "TODO", "lorem ipsum", "XXX", "[tekst]")


def controleer_plaatshouders(bestand: str, tekst: str) -> list[Bevinding]:
    """Placeholder text left from a template, in front matter or body (not in code)."""
    uit = []
    for nr, regel in _regels_buiten_code(tekst, 0):
        regel = re.sub(r"`[^`]*`", "", regel)
        for p in PLAATSHOUDERS:
            if p.lower() in regel.lower():
                uit.append(Bevinding(bestand, nr, FOUT, f"er staat nog plaatshoudertekst '{p}'",
                    "vervang de plaatshouder door echte tekst uit het sjabloon"))
    return uit


_HTML_REGELS = [
    (re.compile(r"<\s*script\b", re.I), "een <script>-element", "haal het script weg; inhoud bevat geen code"),
    (re.compile(r"<\s*iframe\b", re.I), "een <iframe>-element", "link naar de externe pagina in plaats van die in te sluiten"),
    (re.compile(r"<[^>]*\son[a-z]+\s*=", re.I), "een on…=-attribuut (JavaScript)", "haal het attribuut weg"),
    (re.compile(r"style\s*=\s*[\"'][^\"']*url\(", re.I), "een style met url(…)", "gebruik een afbeelding met alt-tekst"),
    (re.compile(r"<\s*(img|link|video|audio|source|object|embed)\b[^>]*\b(src|href|data)\s*=\s*[\"']?https?:", re.I),
     "een externe bron (laadt iets van een andere website)", "zet het bestand in de repository of gebruik een gewone link"),
]


def controleer_html(bestand: str, body: str, eerste: int) -> list[Bevinding]:
    """No scripts, iframes, event handlers or external resources in content."""
    uit = []
    for nr, regel in _regels_buiten_code(body, eerste):
        for patroon, wat, oplossing in _HTML_REGELS:
            if patroon.search(regel):
                uit.append(Bevinding(bestand, nr, FOUT, f"de pagina bevat {wat}", oplossing))
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
    for nr, regel in _regels_buiten_code(body, eerste):
        for t in termen:
            if re.search(rf"(?<![\w-]){re.escape(t['vermijd'])}(?![\w-])", regel, re.I):
                uit.append(Bevinding(bestand, nr, WAARSCHUWING, f"'{t['vermijd']}' is geen voorkeursterm",
                    f"schrijf liever '{t['gebruik']}'" + (f" ({t['waarom']})" if t.get("waarom") else "")))
    return uit


def bouwcontroles(bestand: str, tekst: str, pagina_map: Path, vocab: dict, bron_ids: set[str]) -> list[Bevinding]:
    """The checks that stop the build (and `make check`): front matter, images,
    headings, placeholders, raw HTML. Also returns the parsed page for further checks."""
    try:
        meta, body, eerste = splits_voorpagina(tekst, bestand)
    except InhoudFout as e:
        return e.bevindingen
    return (controleer_voorpagina(bestand, tekst, meta, vocab, bron_ids)
            + controleer_afbeeldingen(bestand, body, eerste, pagina_map)
            + controleer_koppen(bestand, body, eerste)
            + controleer_plaatshouders(bestand, tekst)
            + controleer_html(bestand, body, eerste))


# -- Prose for spelling and readability -------------------------------------------

def proza(body: str) -> list[tuple[int, str]]:
    """Lines of prose: no code, no HTML comments, no URLs, no link targets, no markup."""
    uit = []
    in_commentaar = False
    for nr, regel in _regels_buiten_code(body, 0):
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
