"""The contacts box of a location edition, as HTML from a Jinja template (pure functions).

The marker `<!-- locatie -->` shows the contacts for staff (and, on a werkkaart, its local
note); `<!-- locatie voor=gezinnen -->` shows the contacts meant for families. Without a
location file the marker becomes nothing at all: the national edition has no placeholder.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2

from handreiking.locatie.gegevens import DOELGROEPEN, Locatie

MARKER = re.compile(r"<!--\s*locatie(?:\s+voor=(\S+?))?\s*-->")
_template = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent), autoescape=True,
    trim_blocks=True, lstrip_blocks=True,
).get_template("contacten.html.j2")


class OnbekendeDoelgroep(ValueError):
    pass


def blok(locatie: Locatie, voor: str = "medewerkers", werkkaart: str | None = None) -> str:
    """The box for one page: the contacts for `voor`, and the note of the werkkaart."""
    if voor not in DOELGROEPEN:
        raise OnbekendeDoelgroep(voor)
    notitie = locatie.notities.get(werkkaart, "") if werkkaart else ""
    return _template.render(inrichting=locatie.inrichting, voor=voor, contacten=locatie.contacten_voor(voor),
                            notitie=notitie).strip()


def vervang(markdown: str, locatie: Locatie | None, werkkaart: str | None = None) -> str:
    """Every location marker in a page: the box (as a raw HTML block), or nothing."""
    def door(m: re.Match) -> str:
        if locatie is None:
            return ""
        return f"\n\n{blok(locatie, m.group(1) or 'medewerkers', werkkaart)}\n\n"
    return MARKER.sub(door, markdown)
