"""Plugin: Dutch quotes and apostrophes in everything a reader sees, in one place.

smarty (mkdocs.yml) sets the quotes of the Markdown text. What it does not reach, and
what it gets wrong for Dutch, is set here, on the finished page:
- text that is not Markdown: the source list, the zelfscan, the figures, the tooltips
  (the `title` of a term), the page titles in the menu, the tab and the page footer;
- words the abbreviations step shields from smarty ("PIW'er", "MMD'er");
- a word that starts with an apostrophe: smarty opens a quote in "'s avonds",
  "'s-Hertogenbosch" and "'t"; Dutch writes ’s avonds.
The print edition uses the same rules (druk/papier.py), so site and paper agree.
Code, preformatted text and scripts are left as they were typed. The search index keeps
the text as it was: a reader types a straight apostrophe.
"""

from __future__ import annotations

import re

from mkdocs.plugins import event_priority

from handreiking.geheugen import onthoud, sleutel
from handreiking.web import htmltekst

OPEN_DUBBEL, DICHT_DUBBEL, OPEN_ENKEL, APOSTROF = "\u201e", "\u201d", "\u201a", "\u2019"

# Text inside these elements stays as typed.
OVERSLAAN = frozenset({"code", "pre", "kbd", "samp", "script", "style", "textarea"})
# Elements inside a line of text; any other tag starts a new line (a quote after it opens).
INLINE = frozenset({"a", "abbr", "b", "cite", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub",
                    "sup", "time", "u", "tspan"})
# Attributes whose value a reader sees or hears: a tooltip, a label read aloud.
ATTRIBUTEN = ("title", "aria-label")

# A word that starts with an apostrophe: 's avonds, 's-Hertogenbosch, 't, 'n (also when
# smarty already made it an opening quote ‚).
_ELISIE = re.compile(r"(?<![\w\u2019])['\u201a](?=(?:s|t|n)(?:[\s\-\u00a0.,;:!?)]|$))")
_OPEN_DUBBEL = re.compile(r'(?<=[\s(\[\u2013\u2014/\u00a0])"(?=\S|$)')
_IN_WOORD = re.compile(r"(?<=\w)'(?=\w)")
_OPEN_ENKEL = re.compile(r"(?<=[\s(\[\u2013\u2014/\u00a0\u201e])'(?=[^\W\d_])")  # not '90: that is ’90

_ATTRIBUUT = re.compile(rf'(\s(?:{"|".join(ATTRIBUTEN)})=")([^"]*)(")')
# The straight quotes as the theme and Jinja write them into HTML.
_ENTITEITEN = {"&#39;": "'", "&#x27;": "'", "&#34;": '"', "&#x22;": '"', "&quot;": '"'}
_ENTITEIT = re.compile("|".join(map(re.escape, _ENTITEITEN)))


def aanhalingstekens(tekst: str, open_aan_begin: bool = True) -> str:
    """Dutch quotes in a piece of plain text: „zo”, ‚zo’, baby’s, ’s avonds.
    `open_aan_begin`: the text before this piece ended in a space or a bracket, so a quote
    at its very start opens (after a word it closes)."""
    if "'" not in tekst and '"' not in tekst and OPEN_ENKEL not in tekst:
        return tekst
    tekst = _ELISIE.sub(APOSTROF, tekst)
    if '"' in tekst:
        if tekst[0] == '"':
            opent = open_aan_begin and not tekst[1:2].isspace()
            tekst = (OPEN_DUBBEL if opent else DICHT_DUBBEL) + tekst[1:]
        tekst = _OPEN_DUBBEL.sub(OPEN_DUBBEL, tekst).replace('"', DICHT_DUBBEL)
    if "'" in tekst:
        tekst = _IN_WOORD.sub(APOSTROF, tekst)
        if tekst[0] == "'":
            opent = open_aan_begin and tekst[1:2].isalpha()
            tekst = (OPEN_ENKEL if opent else APOSTROF) + tekst[1:]
        tekst = _OPEN_ENKEL.sub(OPEN_ENKEL, tekst).replace("'", APOSTROF)
    return tekst


def html(pagina: str) -> str:
    """The page with Dutch quotes in its text and in its tooltips and labels; code,
    scripts and styles untouched."""
    if "'" not in pagina and '"' not in pagina and OPEN_ENKEL not in pagina and "&#" not in pagina:
        return pagina
    stukken, diepte, vorige = htmltekst.splits(pagina), 0, " "
    for i, stuk in enumerate(stukken):
        if i % 2:  # a tag or a comment
            t = htmltekst.tag(stuk)
            if not t:
                continue
            naam, sluit, leeg = t
            if naam not in INLINE:
                vorige = " "
            if naam in OVERSLAAN and not leeg:
                diepte = max(diepte + (-1 if sluit else 1), 0)
            elif diepte == 0 and not sluit and " " in stuk:
                stukken[i] = _ATTRIBUUT.sub(_attribuut, stuk)
        elif diepte == 0 and stuk:
            tekst = _ENTITEIT.sub(lambda e: _ENTITEITEN[e.group(0)], stuk)
            nieuw = aanhalingstekens(tekst, vorige[-1:].isspace() or vorige[-1:] in "([")
            stukken[i] = nieuw if nieuw != tekst else stuk
            vorige = nieuw or vorige
    return "".join(stukken)


def _attribuut(m: re.Match) -> str:
    waarde = _ENTITEIT.sub(lambda e: _ENTITEITEN[e.group(0)], m.group(2))
    nieuw = aanhalingstekens(waarde)
    if nieuw == waarde:
        return m.group(0)
    return m.group(1) + nieuw.replace('"', "&quot;") + m.group(3)


_pagina_s: dict[bytes, str] = {}  # per page HTML, while `mkdocs serve` runs


@event_priority(50)  # before the print edition collects the page (0) and the title check (-100)
def on_post_page(output, page, config):
    return onthoud(_pagina_s, sleutel(output), lambda: html(output))
