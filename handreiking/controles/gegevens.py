"""Data files in docs/_data: loading (with Dutch YAML errors), and their checks."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .basis import (
    _LOADER,
    FOUT,
    Bevinding,
    InhoudFout,
    _cache,
    _hashbaar,
    _tekst,
    als_lijst,
    laad_yaml,
    onveilige_tekst,
    weigeren,
)

# -- Data files ------------------------------------------------------------------

def lees_yaml(pad: Path, naam: str | None = None):
    """Load a YAML data file; a syntax error becomes a Dutch finding with the line."""
    naam = naam or str(pad)
    sleutel = (str(pad), pad.stat().st_mtime_ns)
    if sleutel in _cache:
        return _cache[sleutel]
    _cache[sleutel] = laad_yaml(pad.read_text(encoding="utf-8"), naam)
    return _cache[sleutel]


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

# -- Data files (docs/_data) -----------------------------------------------------------

def yaml_met_regels(pad: Path, naam: str) -> tuple[object, dict[tuple, int]]:
    """Load a data file and the line of every value, by path: (3, 'url') -> 41. Kept per
    path and modification time, like lees_yaml (`mkdocs serve` loads them for every build)."""
    code = ("regels", str(pad), pad.stat().st_mtime_ns)
    if code not in _cache:
        _cache[code] = _yaml_met_regels(pad, naam)
    return _cache[code]


def _yaml_met_regels(pad: Path, naam: str) -> tuple[object, dict[tuple, int]]:
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
