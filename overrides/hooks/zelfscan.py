"""Hook: the zelfscan from one data file (docs/_data/zelfscan.yml).

The marker `<!-- zelfscan -->` becomes an accessible form (zelfscan.html, Jinja) that
assets/javascripts/zelfscan.js turns into scores, a profile and an action list. Without
JavaScript, and in the PDF, the same HTML reads as a checklist. Bad data stops the build.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

import controles as c

MARKER = "<!-- zelfscan -->"
BESTAND = "docs/_data/zelfscan.yml"
_scan: dict = {}
_pijlers: list[dict] = []
_template = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent), autoescape=True,
    trim_blocks=True, lstrip_blocks=True,
).get_template("zelfscan.html")


def on_config(config):
    global _scan, _pijlers
    try:
        _scan = c.lees_yaml(c.data_map(config.docs_dir) / "zelfscan.yml", BESTAND) or {}
        _pijlers = c.lees_vocabulaire(config.docs_dir)["pijlers"]
    except c.InhoudFout as e:
        raise PluginError(str(e)) from None
    fouten = valideer(_scan, {p["nummer"] for p in _pijlers})
    if fouten:
        raise PluginError(f"{BESTAND} bevat fouten:\n" + "\n".join(f"  {f}" for f in fouten))
    return config


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown

    def url(doel: str, stelling: str) -> str:
        pad, _, anker = doel.partition("#")
        bestand = files.get_file_from_path(pad)
        if bestand is None:
            raise PluginError(f"{BESTAND}: stelling '{stelling}' verwijst naar '{pad}', maar die pagina bestaat niet "
                              "— controleer het pad (vanaf de map docs/)")
        return get_relative_url(bestand.url, page.url) + (f"#{anker}" if anker else "")

    return markdown.replace(MARKER, formulier(_scan, _pijlers, url))


def valideer(scan: dict, pijlers: set[int]) -> list[str]:
    """Dutch messages for bad data: missing pillar, duplicate id, unknown level, empty text."""
    fouten = []
    niveaus = scan.get("niveaus") or []
    if not niveaus:
        fouten.append("er zijn geen antwoordniveaus ('niveaus') — zet ze bovenaan het bestand")
    scores = [n.get("score") for n in niveaus]
    if any(not isinstance(s, int) for s in scores):
        fouten.append("elk niveau heeft een 'score' als heel getal nodig — bijvoorbeeld 0, 1, 2, 3")
    niveau_ids = {n.get("id") for n in niveaus}
    ids = set()
    for i, s in enumerate(scan.get("stellingen") or [], start=1):
        naam = f"stelling {i} ({s.get('id', 'zonder id')})"
        if not s.get("id"):
            fouten.append(f"{naam}: de 'id' ontbreekt — geef de stelling een unieke id, bijvoorbeeld 'bezoekruimte-kindvriendelijk'")
        elif s["id"] in ids:
            fouten.append(f"{naam}: de id '{s['id']}' komt twee keer voor — maak hem uniek")
        ids.add(s.get("id"))
        if s.get("pijler") not in pijlers:
            fouten.append(f"{naam}: pijler '{s.get('pijler')}' bestaat niet — gebruik 1, 2, 3 of 4")
        for veld in ("tekst", "uitleg", "bouwsteen", "stap"):
            if not str(s.get(veld) or "").strip():
                fouten.append(f"{naam}: het veld '{veld}' is leeg — vul het in")
        for n in s.get("niveaus") or []:
            if n not in niveau_ids:
                fouten.append(f"{naam}: onbekend antwoordniveau '{n}' — kies uit {', '.join(sorted(niveau_ids))}")
    if not ids:
        fouten.append("er staan geen stellingen in het bestand")
    return fouten


def formulier(scan: dict, pijlers: list[dict], url) -> str:
    groepen = []
    for p in pijlers:
        stellingen = [dict(s, bouwsteen_url=url(s["bouwsteen"], s["id"]), stap_url=url(s["stap"], s["id"]))
                      for s in scan["stellingen"] if s["pijler"] == p["nummer"]]
        groepen.append({"pijler": p, "stellingen": stellingen})
    max_score = max(n["score"] for n in scan["niveaus"])
    return _template.render(groepen=groepen, niveaus=scan["niveaus"], max_score=max_score)
