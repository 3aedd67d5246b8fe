"""Hook: the zelfscan from one data file (docs/_data/zelfscan.yml).

The marker `<!-- zelfscan -->` becomes an accessible form (zelfscan.html, Jinja) that
assets/javascripts/zelfscan.js turns into scores, a profile and an action list. Without
JavaScript, and in the PDF, the same HTML reads as a checklist. Bad data stops the build.

Content may not hold forms (veilig.py removes them), so the form goes in after the
sanitiser: the marker becomes an empty placeholder in the Markdown, and the placeholder
becomes the form (built from checked data, escaped by Jinja) once the HTML is clean.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from handreiking import controles as c

MARKER = "<!-- zelfscan -->"
PLEK = '<div class="hr-zelfscan-plek"></div>'
BESTAND = "docs/_data/zelfscan.yml"
_formulieren: dict[str, str] = {}
_scan: dict = {}
_pijlers: list[dict] = []
_template = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent), autoescape=True,
    trim_blocks=True, lstrip_blocks=True,
).get_template("zelfscan.html")


def on_config(config):
    global _scan, _pijlers
    _formulieren.clear()
    _pijlers = c.lees_vocabulaire(config.docs_dir)["pijlers"]
    nummers = {p["nummer"] for p in _pijlers}
    _scan = c.lees_gegevens(config.docs_dir, "zelfscan.yml", leeg={},
                            controleer=lambda scan: c.controleer_zelfscan(scan, nummers, docs=Path(config.docs_dir)))
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

    def kop(doel: str) -> str:
        pad, _, anker = doel.partition("#")
        bestand = files.get_file_from_path(pad)
        return kop_met_anker(bestand.content_string if bestand else "", anker)

    _formulieren[page.file.src_uri] = formulier(_scan, _pijlers, url, kop)
    return markdown.replace(MARKER, f"\n\n{PLEK}\n\n")


@event_priority(-110)  # after veilig.py cleaned the HTML
def on_page_content(html, page, config, files):
    if page.file.src_uri in _formulieren:
        html = html.replace(PLEK, _formulieren[page.file.src_uri], 1)
    return html


def valideer(scan: dict, pijlers: set[int]) -> list[str]:
    """Dutch messages for bad data (the checks live in controles.controleer_zelfscan)."""
    return [f"{b.wat} — {b.oplossing}" for b in c.controleer_zelfscan(scan, pijlers)]


def kop_met_anker(markdown: str, anker: str) -> str:
    """The text of the heading `## Titel { #anker }` (or the page title without an anchor),
    without Markdown; the anchor itself, readable, if no heading has it."""
    if anker:
        m = re.search(rf"^#{{1,6}}\s+(.+?)\s*\{{[^}}]*#{re.escape(anker)}\b[^}}]*\}}\s*$", markdown, re.M)
    else:
        m = re.search(r"^#\s+(.+?)\s*(\{[^}]*\})?\s*$", markdown, re.M)
    if m:
        return re.sub(r"[*_`]|\[([^\]]*)\]\([^)]*\)", lambda x: x.group(1) or "", m.group(1)).strip()
    return anker.replace("-", " ").capitalize()


def stapnummer(doel: str) -> str:
    """'…/stappenplan/index.md#stap-5' or '…/stap-5-invoeren.md' -> '5'."""
    m = re.search(r"stap-(\d+)", doel)
    return m.group(1) if m else ""


def formulier(scan: dict, pijlers: list[dict], url, kop=None) -> str:
    groepen, nummer = [], 0
    totaal = len(scan["stellingen"])
    for p in pijlers:
        stellingen = []
        for s in scan["stellingen"]:
            if s["pijler"] != p["nummer"]:
                continue
            nummer += 1
            stellingen.append(dict(s, nummer=nummer, bouwsteen_url=url(s["bouwsteen"], s["id"]),
                                   stap_url=url(s["stap"], s["id"]), stap_nummer=stapnummer(s["stap"]),
                                   bouwsteen_naam=kop(s["bouwsteen"]) if kop else ""))
        groepen.append({"pijler": p, "stellingen": stellingen})
    max_score = max(n["score"] for n in scan["niveaus"])
    return _template.render(groepen=groepen, niveaus=scan["niveaus"], max_score=max_score, totaal=totaal,
                            aantal_pijlers=len(pijlers))
