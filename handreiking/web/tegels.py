"""The role tiles on the home page show the role's pictogram (called by roliconen.py).

The pictogram of each role is written once, as `icoon` of the role in
docs/_data/vocabulaire.yml (a Material icon name, rendered by pymdownx.emoji as inline
SVG: offline, and printable). A tile is a list item in `<div class="hr-tegels">` of
docs/index.md whose link goes to a page with `rol:` in its front matter (a werkkaart or
leesroute); the icon goes inside the link, before the role's name. Werkkaarten, reading
routes and print use the same field.
"""

from __future__ import annotations

import re

STARTPAGINA = "index.md"
_TEGEL = re.compile(r"^(\s*[-*] \[)([^\]]+\]\(([^)#\s]+\.md)[^)]*\))", re.M)
def met_iconen(markdown: str, rol_van, iconen: dict[str, str]) -> str:
    """Each tile that links to a role's page gets `:icoon:` at the start of its link text."""
    def vervang(m: re.Match) -> str:
        icoon = iconen.get(rol_van(m.group(3)) or "")
        return f"{m.group(1)}:{icoon}: {m.group(2)}" if icoon else m.group(0)

    delen = re.split(r'(<div class="hr-tegels"[^>]*>.*?</div>)', markdown, flags=re.S)
    return "".join(_TEGEL.sub(vervang, d) if d.startswith('<div class="hr-tegels"') else d for d in delen)
