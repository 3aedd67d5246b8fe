"""Hook: MkDocs' own link and navigation warnings, said again in Dutch for editors.

MkDocs validates internal links, anchors and the navigation (strict mode turns each
warning into a failed build). This hook rewrites those messages as
`docs/bestand.md:regel: FOUT: wat — hoe los je het op`, with the line of the link.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")
_filter = None

_LINK = re.compile(r"Doc file '([^']+)' contains a link '([^']+)', but (.*?)\.(?: .*)?$", re.S)
_ONBEKEND = re.compile(r"Doc file '([^']+)' contains an unrecognized relative link '([^']+)'")
_NIET_IN_NAV = re.compile(r'The following pages exist in the docs directory, but are not included in the "nav"'
                          r" configuration:\n((?:  - .*\n?)+)")
_NAV_ONTBREEKT = re.compile(r"A reference to '([^']+)' is included in the 'nav' configuration")


class _Vertaler(logging.Filter):
    def __init__(self, docs_dir: str):
        super().__init__()
        self.docs = Path(docs_dir)

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            nieuw = vertaal(record.getMessage(), self.docs)
            if nieuw:
                record.msg, record.args = nieuw, ()
        return True


def on_config(config):
    global _filter
    for naam in LOGGERS:
        if _filter is not None:
            logging.getLogger(naam).removeFilter(_filter)
    _filter = _Vertaler(config.docs_dir)
    for naam in LOGGERS:
        logging.getLogger(naam).addFilter(_filter)
    return config


def regel_van(docs: Path, bestand: str, tekst: str) -> int:
    """The first line of docs/bestand that contains tekst (1 if not found)."""
    try:
        for nr, regel in enumerate((docs / bestand).read_text(encoding="utf-8").splitlines(), start=1):
            if tekst in regel:
                return nr
    except OSError:
        pass
    return 1


def vertaal(bericht: str, docs: Path) -> str | None:
    """Dutch version of a MkDocs validation message, or None if it is not one."""
    if m := _LINK.match(bericht):
        bestand, link, probleem = m.groups()
        nr = regel_van(docs, bestand, link)
        if "does not contain an anchor" in probleem or "no such anchor" in probleem:
            anker = link.partition("#")[2]
            return (f"docs/{bestand}:{nr}: FOUT: de link '{link}' verwijst naar een kop '#{anker}' die niet bestaat — "
                    "controleer de schrijfwijze van het anker (kleine letters, streepjes) of de id van de kop")
        if not link.partition("#")[0].endswith(".md"):
            return (f"docs/{bestand}:{nr}: FOUT: '{link}' verwijst naar een bestand dat niet bestaat — "
                    "controleer de bestandsnaam en zet het bestand naast de pagina in docs/")
        return (f"docs/{bestand}:{nr}: FOUT: de link '{link}' verwijst naar een pagina die niet bestaat — "
                "controleer het pad vanaf deze pagina (bijvoorbeeld ../pijlers/borging/index.md) en de bestandsnaam")
    if m := _ONBEKEND.match(bericht):
        bestand, link = m.groups()
        return (f"docs/{bestand}:{regel_van(docs, bestand, link)}: FOUT: de link '{link}' wijst niet naar een "
                "Markdown-bestand — link naar het .md-bestand, bijvoorbeeld ../over/colofon.md")
    if m := _NIET_IN_NAV.match(bericht):
        paginas = [p.strip()[2:] for p in m.group(1).strip().splitlines()]
        return ("FOUT: deze pagina's staan niet in de navigatie: " + ", ".join(f"docs/{p}" for p in paginas)
                + " — zet ze onder 'nav:' in mkdocs.yml (praktijkvoorbeelden komen er vanzelf in)")
    if m := _NAV_ONTBREEKT.match(bericht):
        return (f"mkdocs.yml: FOUT: de navigatie noemt '{m.group(1)}', maar dat bestand bestaat niet in docs/ — "
                "controleer de bestandsnaam of haal de regel weg")
    return None
