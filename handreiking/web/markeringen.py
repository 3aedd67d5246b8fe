"""Hook: version markers, and a loud failure for any marker no hook understood.

`<!-- versie -->` and `<!-- datum -->` become extra.version and extra.release_date
from mkdocs.yml (the one source of the document's version). Any other comment that
looks like a marker (one lowercase word, optionally key=value) is a typo: stop.
"""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from handreiking import controles as c

MARKERING = re.compile(r"<!--\s*([a-z][a-z-]*)((?:\s+[a-z]+=\S+)*)\s*-->")


def datum_nl(datum: dt.date) -> str:
    """29 november 2026"""
    return format_date(datum, "d MMMM y", locale="nl")


@event_priority(-50)
def on_page_markdown(markdown, page, config, files):
    markdown = vervang_versie(markdown, str(config.extra["version"]), config.extra["release_date"])
    onbekend = onbekende_markeringen(markdown)
    if onbekend:
        nr, tekst = onbekend[0]
        raise PluginError(f"docs/{page.file.src_uri}: onbekende markering '{tekst}' "
                          f"(regel {nr} van de tekst zonder voorpagina) — controleer de spelling; "
                          "bekende markeringen staan in de schrijfwijzer")
    return markdown


def vervang_versie(markdown: str, versie: str, datum) -> str:
    if isinstance(datum, str):
        datum = dt.date.fromisoformat(datum)
    return markdown.replace("<!-- versie -->", versie).replace("<!-- datum -->", datum_nl(datum))


def onbekende_markeringen(markdown: str) -> list[tuple[int, str]]:
    """Marker-like comments still present after all hooks ran, with their line."""
    return [(nr, m.group(0)) for nr, regel in c.regels_buiten_code(markdown, 0) for m in MARKERING.finditer(regel)]
