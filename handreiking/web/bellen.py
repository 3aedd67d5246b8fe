"""Plugin: every phone number on a page becomes a tap-to-call link (tel:).

The numbers are written once, in docs/_data/vocabulaire.yml (`telefoonnummers`). After
Markdown, each listed number in the running text of a page becomes
`<a class="hr-bel" href="tel:…">`, also in the offline edition. Numbers in headings,
links, code and attributes stay as they are, and so do the source notes and the source
list: there a number is part of a title or a web address ("113.nl"), not a number to call.
A number that runs on into a word or an address ("113.nl") is never a link. Print (the PDF and the browser's print
style) shows the number as plain text. Numbers that are not in the list are left alone:
add them to the list and they become links on every page at the next build.
"""

from __future__ import annotations

import html as html_lib
import re

from handreiking import controles as c
from handreiking.web import htmltekst

# Text inside these elements is never turned into a link.
OVERSLAAN = frozenset({"a", "code", "pre", "script", "style", "textarea", "button", "title",
                       "h1", "h2", "h3", "h4", "h5", "h6", "svg"})
# Nor inside elements with these classes: the source notes of a page and the source list.
BRONKLASSEN = frozenset({"footnote", "hr-bronnenlijst"})
_KLASSE = re.compile(r'\sclass\s*=\s*"([^"]*)"')
_patroon: re.Pattern | None = None
_tel: dict[str, str] = {}


def on_config(config):
    global _patroon, _tel
    vocab = c.lees_gegevens(config.docs_dir, "vocabulaire.yml", controleer=valideer, leeg={})
    _tel = belnummers(vocab.get("telefoonnummers") or [])
    _patroon = patroon(_tel)
    return config


def on_page_content(html, page, config, files):
    return bellen(html, _patroon, _tel) if _patroon else html


# -- Pure functions (tested in tests/test_hooks.py) ---------------------------------

def cijfers(nummer: str) -> str:
    """The digits to dial: 0800-KIND(5463)-000 -> 08005463000."""
    return re.sub(r"\D", "", nummer)


def belnummers(lijst: list[dict]) -> dict[str, str]:
    """Every way a number is written (nummer and ook) -> the number to dial."""
    uit = {}
    for item in lijst:
        for schrijfwijze in [item["nummer"], *(item.get("ook") or [])]:
            uit[str(schrijfwijze)] = cijfers(str(item["nummer"]))
    return uit


def patroon(tel: dict[str, str]) -> re.Pattern | None:
    """One regex for all spellings, longest first, never inside a longer number or word."""
    if not tel:
        return None
    keuzes = "|".join(re.escape(html_lib.escape(s, quote=False)) for s in sorted(tel, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({keuzes})(?![\w-]|[.,]\w)")


def bellen(html: str, patroon_: re.Pattern, tel: dict[str, str]) -> str:
    """The page HTML with each listed number in running text as a tel: link."""
    stukken, diepte = htmltekst.splits(html), 0
    bron: list | None = None  # [element name, depth] while inside a source block
    for i, stuk in enumerate(stukken):
        if i % 2:  # a tag or comment
            t = htmltekst.tag(stuk)
            if not t or t[2]:
                continue
            naam, sluit, _ = t
            if bron is not None:
                if naam == bron[0]:
                    bron[1] += -1 if sluit else 1
                    if bron[1] == 0:
                        bron = None
                continue
            klasse = _KLASSE.search(stuk)
            if not sluit and klasse and BRONKLASSEN & set(klasse.group(1).split()):
                bron = [naam, 1]
            elif naam in OVERSLAAN:
                diepte = max(diepte + (-1 if sluit else 1), 0)
        elif diepte == 0 and bron is None and stuk:
            stukken[i] = patroon_.sub(lambda m: _link(m.group(1), tel), stuk)
    return "".join(stukken)


def _link(tekst: str, tel: dict[str, str]) -> str:
    return f'<a class="hr-bel" href="tel:{tel[html_lib.unescape(tekst)]}">{tekst}</a>'


def valideer(vocab: dict) -> list[str]:
    """Dutch messages for a malformed `telefoonnummers` list in vocabulaire.yml."""
    fouten, gezien = [], set()
    lijst = (vocab or {}).get("telefoonnummers") or []
    if not isinstance(lijst, list):
        return ["telefoonnummers: zet hier een lijst, elk nummer met '- nummer: ...' en 'naam: ...'"]
    for i, item in enumerate(lijst, start=1):
        if not isinstance(item, dict) or not str(item.get("nummer") or "").strip() or not item.get("naam"):
            fouten.append(f"telefoonnummers {i}: 'nummer' en 'naam' zijn allebei verplicht — vul ze aan")
            continue
        n = cijfers(str(item["nummer"]))
        if not 3 <= len(n) <= 15:
            fouten.append(f"telefoonnummers {i} ({item['nummer']}): een telefoonnummer heeft 3 tot 15 cijfers")
        for s in [item["nummer"], *(item.get("ook") or [])]:
            if str(s) in gezien:
                fouten.append(f"telefoonnummers: '{s}' staat er twee keer in — houd één regel per nummer")
            gezien.add(str(s))
    return fouten
