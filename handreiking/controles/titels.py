"""Titles and generated text: plain text only."""

from __future__ import annotations

import html
import re

from .basis import FOUT, Bevinding, _tekst, onveilige_tekst, weigeren

# -- Titles and generated text ------------------------------------------------------

def markdown_tekst(tekst) -> str:
    """Plain text for inside generated Markdown (a table cell, a link text): no emphasis,
    links, attribute lists, HTML or extra table cells, whatever the data file says."""
    s = " ".join(str(tekst).split())
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]|])", r"\\\1", s)


def controleer_titel(bestand: str, regel: int, titel) -> list[Bevinding]:
    """A title (navigation, front matter `title:`, first heading) is plain text: it lands
    unescaped in the menu, the <title> and the search index."""
    if not isinstance(titel, str):
        return [Bevinding(bestand, regel, FOUT, f"de titel '{_tekst(titel)}' is geen tekst",
                          "schrijf de titel als gewone tekst op één regel")]
    # MkDocs gives titles from a heading already escaped: & is &amp; there.
    reden = onveilige_tekst(titel.replace("&amp;", "&"))
    if reden and weigeren():
        return [Bevinding(bestand, regel, FOUT, f"de titel '{_tekst(titel)}' {reden}",
                          "schrijf de titel als gewone tekst, zonder HTML")]
    return []


def veilige_titel(titel: str) -> str:
    """Safety net for a title that got past the checks: plain text, no < > or ", escaped once."""
    schoon = html.unescape(html.unescape(str(titel)))
    return html.escape(re.sub(r"[<>\"]", "", schoon), quote=False)
