"""Hook: one glossary source (docs/_data/begrippen.yml) for tooltips and the begrippenlijst.

Every page gets the glossary appended as Markdown abbreviations, so each term shows
its explanation on hover. The marker `<!-- begrippenlijst -->` becomes the full list.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

import controles as c

MARKER = "<!-- begrippenlijst -->"
_begrippen: list[dict] = []


def on_config(config):
    global _begrippen
    pad = c.data_map(config.docs_dir) / "begrippen.yml"
    try:
        _begrippen = c.lees_yaml(pad, "docs/_data/begrippen.yml") or []
    except c.InhoudFout as e:
        raise PluginError(str(e)) from None
    fouten = valideer(_begrippen)
    if fouten:
        raise PluginError("docs/_data/begrippen.yml:\n" + "\n".join(f"  {f}" for f in fouten))
    return config


def on_page_markdown(markdown, page, config, files):
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, begrippenlijst(_begrippen))
    return markdown + "\n\n" + afkortingen(_begrippen, markdown)


def valideer(begrippen: list[dict]) -> list[str]:
    """Each entry has a term and an explanation; no term twice."""
    fouten, gezien = [], set()
    for i, b in enumerate(begrippen, start=1):
        term = (b or {}).get("term")
        if not term or not str(b.get("uitleg", "")).strip():
            fouten.append(f"begrip {i} ('{term or '?'}'): 'term' en 'uitleg' zijn allebei verplicht — vul ze aan")
        elif term.lower() in gezien:
            fouten.append(f"begrip '{term}' staat er twee keer in — voeg de twee uitleggen samen")
        else:
            gezien.add(term.lower())
    return fouten


def _tooltip(b: dict) -> str:
    tekst = f"{b['voluit']}: {b['uitleg']}" if b.get("voluit") else b["uitleg"]
    return " ".join(str(tekst).split())


def afkortingen(begrippen: list[dict], markdown: str | None = None) -> str:
    """Markdown abbreviation definitions (`*[term]: uitleg`) for the abbr extension.

    With `markdown`, only the terms that occur in it: the abbr extension gets slow with
    many unused terms, and `make serve` should rebuild within about a second.
    """
    return "\n".join(f"*[{b['term']}]: {_tooltip(b)}" for b in begrippen
                     if markdown is None or b["term"] in markdown)


def begrippenlijst(begrippen: list[dict]) -> str:
    """The glossary as a Markdown definition list, alphabetical."""
    blokken = []
    for b in sorted(begrippen, key=lambda b: b["term"].lower()):
        kop = f"{b['term']} ({b['voluit']})" if b.get("voluit") else b["term"]
        blokken.append(f"{kop}\n:   {' '.join(str(b['uitleg']).split())}")
    return "\n\n".join(blokken)
