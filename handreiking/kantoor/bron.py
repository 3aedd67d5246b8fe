"""A page's Markdown as simple blocks for Word and Excel (pure functions).

Only what the office files need: headings, paragraphs, lists (task lists as boxes),
tables and admonitions. Left out: the front matter, code blocks, web-only and print-only
parts (`hr-alleen-web`, `hr-alleen-print`) and the sections named in `weglaten`. Shared
snippets (`--8<-- "naam.md"`) are read from docs/_snippets. Inline Markdown becomes runs
of plain, bold and italic text; links keep their text, footnote references go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Blok:
    soort: str                      # kop, alinea, lijst, tabel, kader
    tekst: str = ""                 # kop, alinea; the title of a kader
    niveau: int = 0                 # kop
    anker: str = ""                 # kop
    items: list[str] = field(default_factory=list)        # lijst; the lines of a kader
    genummerd: bool = False         # lijst
    kolommen: list[str] = field(default_factory=list)     # tabel
    rijen: list[list[str]] = field(default_factory=list)  # tabel


_KOP = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{[^}]*?#([\w-]+)[^}]*\})?\s*$")
_ITEM = re.compile(r"^(\s*)([-*]|\d+\.)\s+(.*)$")
_KADER = re.compile(r'^(!!!|\?\?\?\+?)\s+\w+(?:\s+"([^"]*)")?\s*$')


def _zonder_voorpagina(tekst: str) -> str:
    m = re.match(r"\A---[ \t]*\n.*?\n---[ \t]*\n", tekst, re.S)
    return tekst[m.end():] if m else tekst


def voorbewerk(markdown: str, snippets: Path | None = None) -> list[str]:
    """The lines that count: snippets in, front matter, code and web-only blocks out."""
    tekst = _zonder_voorpagina(markdown)
    if snippets is not None:
        tekst = re.sub(r'^--8<--\s+"([^"]+)"\s*$',
                       lambda m: (snippets / m.group(1)).read_text(encoding="utf-8"), tekst, flags=re.M)
    tekst = re.sub(r'^<div class="hr-alleen-web"[^>]*>\n.*?^</div>\s*$', "", tekst, flags=re.M | re.S)
    tekst = re.sub(r"^(```|~~~).*?^\1\s*$", "", tekst, flags=re.M | re.S)
    tekst = re.sub(r"^<!--.*?-->\s*$", "", tekst, flags=re.M)
    return tekst.splitlines()


def blokken(markdown: str, snippets: Path | None = None, weglaten: tuple[str, ...] = ()) -> list[Blok]:
    regels = voorbewerk(markdown, snippets)
    uit: list[Blok] = []
    i = 0
    overslaan = 0  # > 0: inside a left-out section of this heading level
    while i < len(regels):
        regel = regels[i]
        kop = _KOP.match(regel)
        if kop:
            niveau = len(kop.group(1))
            if overslaan and niveau > overslaan:
                i += 1
                continue
            overslaan = niveau if kop.group(3) in weglaten else 0
            if not overslaan:
                uit.append(Blok("kop", tekst=kop.group(2), niveau=niveau, anker=kop.group(3) or ""))
            i += 1
            continue
        if not regel.strip():
            i += 1
            continue
        # a block: up to the next blank line (boxes and lists may hold indented lines)
        blok = []
        while i < len(regels) and regels[i].strip() and not (_KOP.match(regels[i]) and blok):
            blok.append(regels[i])
            i += 1
        if overslaan:
            continue
        uit.extend(_blok(blok))
    return uit


def _blok(regels: list[str]) -> list[Blok]:
    attribuut = re.fullmatch(r"\{\s*([^}]*)\}\s*", regels[-1].strip())
    if attribuut:
        if "hr-alleen" in attribuut.group(1):
            return []
        regels = regels[:-1]
        if not regels:
            return []
    kader = _KADER.match(regels[0])
    if kader:
        return [Blok("kader", tekst=kader.group(2) or "", items=[r.strip() for r in regels[1:]])]
    if regels[0].lstrip().startswith("|"):
        cellen = [[c.strip() for c in r.strip().strip("|").split("|")] for r in regels]
        rijen = [c for c in cellen if not all(re.fullmatch(r":?-{3,}:?", x) for x in c)]
        return [Blok("tabel", kolommen=rijen[0], rijen=rijen[1:])]
    if _ITEM.match(regels[0]):
        items: list[str] = []
        for r in regels:
            m = _ITEM.match(r)
            if m and len(m.group(1)) < 2:
                items.append(m.group(3).strip())
            elif items:
                items[-1] += " " + r.strip()
        items = [re.sub(r"^\[ \]\s*", "\u2610 ", it) for it in items]
        return [Blok("lijst", items=items, genummerd=bool(re.match(r"\s*\d+\.", regels[0])))]
    return [Blok("alinea", tekst=" ".join(r.strip() for r in regels))]


def runs(tekst: str) -> list[tuple[str, bool, bool]]:
    """Inline Markdown as (text, bold, italic) runs; links keep their text, footnotes go."""
    tekst = re.sub(r"\[\^[\w-]+\]", "", tekst)
    tekst = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", tekst)
    tekst = re.sub(r"`([^`]*)`", r"\1", tekst)
    uit = []
    for deel in re.split(r"(\*\*[^*]+\*\*|\*[^*\s][^*]*\*)", tekst):
        if not deel:
            continue
        if deel.startswith("**") and deel.endswith("**") and len(deel) > 4:
            uit.append((deel[2:-2], True, False))
        elif deel.startswith("*") and deel.endswith("*") and len(deel) > 2:
            uit.append((deel[1:-1], False, True))
        else:
            uit.append((deel, False, False))
    return uit


def platte_tekst(tekst: str) -> str:
    return "".join(t for t, _, _ in runs(tekst)).strip()


def secties(blokken_: list[Blok], niveau: int = 2) -> list[tuple[Blok, list[Blok]]]:
    """The blocks per heading of `niveau`: [(heading, blocks under it)]."""
    uit: list[tuple[Blok, list[Blok]]] = []
    for b in blokken_:
        if b.soort == "kop" and b.niveau <= niveau:
            if b.niveau == niveau:
                uit.append((b, []))
            continue
        if uit:
            uit[-1][1].append(b)
    return uit
