"""Hook: one glossary source (docs/_data/begrippen.yml) for tooltips and the begrippenlijst.

Every page gets the glossary appended as Markdown abbreviations, so each term shows
its explanation on hover. After rendering, only the first use of a term in the running
text keeps its tooltip (one dotted underline per term per page, not dozens); uses in
headings, links, definition terms, source notes and web addresses never get one. The marker `<!-- begrippenlijst -->` becomes
the full list.
"""

from __future__ import annotations

import re

from handreiking import controles as c

MARKER = "<!-- begrippenlijst -->"
_ABBR = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.S)
# No tooltip in headings, links, the term of a definition list (its explanation follows),
# and the source notes (there a word is part of the title of a source).
_GEEN_TOOLTIP = re.compile(r'<(h[1-6]|a|dt)\b[^>]*>.*?</\1>|<div class="footnote">.*?</div>', re.S)
_ADRES = re.compile(r"\.[a-z]{2,}\b")  # "gezinsbenadering.nl": a web address, not the term
_begrippen: list[dict] = []


def on_config(config):
    global _begrippen
    _begrippen = c.lees_gegevens(config.docs_dir, "begrippen.yml", controleer=valideer, leeg=[])
    return config


def on_page_markdown(markdown, page, config, files):
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, begrippenlijst(_begrippen))
    return markdown + "\n\n" + afkortingen(_begrippen, markdown)


def on_page_content(html, page, config, files):
    return eerste_keer(html)


def eerste_keer(html: str) -> str:
    """Keep the tooltip (<abbr>) only at the first use of each term in the running text;
    unwrap it elsewhere, and always in headings, links, definition terms, source notes and
    web addresses."""
    buiten = [(m.start(), m.end()) for m in _GEEN_TOOLTIP.finditer(html)]
    gezien: set[str] = set()

    def vervang(m: re.Match) -> str:
        term = m.group(1)
        if any(begin <= m.start() < eind for begin, eind in buiten) or _ADRES.match(html, m.end()):
            return term
        if term in gezien:
            return term
        gezien.add(term)
        return m.group(0)

    return _ABBR.sub(vervang, html)


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
