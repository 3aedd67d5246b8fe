"""Hook: the "In het kort" box at the top of a page, from the front matter.

A page with `in_het_kort:` (a list of three to five short lines: what you do, who does it,
when) gets, right after its title, a box (role="note") with the heading "In het kort" and the lines
as a list (inhetkort.html.j2, escaped by Jinja). The book and the handouts are made from
the page's HTML, so the box is in both PDFs too. The field is checked by
handreiking/controles/voorpagina.py (controleer_in_het_kort); a wrong value never reaches here.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2

from handreiking import controles as c

VELD = "in_het_kort"
_template = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent), autoescape=True, trim_blocks=True, lstrip_blocks=True,
).get_template("inhetkort.html.j2")
_TITEL = re.compile(r"^# .*$", re.M)


def on_page_markdown(markdown, page, config, files):
    regels = [r for r in c.als_lijst(page.meta.get(VELD)) if isinstance(r, str) and r.strip()]
    return met_in_het_kort(markdown, regels) if regels else markdown


def met_in_het_kort(markdown: str, regels: list[str]) -> str:
    """The Markdown with the box after the first H1 outside code (or at the top)."""
    kader = "\n\n" + kader_html(regels) + "\n\n"
    for nr, regel in c.regels_buiten_code(markdown, 0):
        if _TITEL.match(regel):
            delen = markdown.split("\n")
            return "\n".join(delen[:nr]) + kader + "\n".join(delen[nr:])
    return kader + markdown


def kader_html(regels: list[str]) -> str:
    """The box as HTML. It is raw HTML in the Markdown, which smarty does not see: the
    apostrophe inside a word (programma's) is set as the typographic one here."""
    regels = [APOSTROF.sub("\u2019", " ".join(r.split())) for r in regels]
    return re.sub(r"\n\s*\n", "\n", _template.render(regels=regels)).strip()


APOSTROF = re.compile(r"(?<=\w)'(?=\w)")
