"""Drawing primitives for the figures: pure functions that place boxes, lines and wrapped
text in an SVG coordinate system. They return plain dicts that figuur.html.j2 renders
(escaped by Jinja); no SVG is written here.

A drawing is {"breedte", "hoogte", "elementen"}. An element is one of:
  {"soort": "rect", x, y, b, h, vul, lijn, rx}
  {"soort": "tekst", x, y, regels, grootte, vet, kleur, anker, afstand}   (y = first baseline)
  {"soort": "lijn", punten, kleur, dikte}                              (a polyline)
  {"soort": "vlak", punten, vul}                                       (a polygon)
  {"soort": "cirkel", x, y, r, vul}

Sizes: a wide drawing is 600 units wide and prints across the text column (≥ 130 mm), so
15 units are ≥ 9 pt on paper; a narrow drawing is 340 units wide for a phone of 390 px,
so 15 units are about 15 px there. No text is smaller than KLEIN.
"""

from __future__ import annotations

import textwrap

import pyphen  # Dutch hyphenation, as WeasyPrint uses it

_AFBREKEN = pyphen.Pyphen(lang="nl_NL")

BREED = 600
SMAL = 340
KLEIN = 15
GEWOON = 16
KOP = 17
REGEL = 1.25  # line height, in font sizes

BLAUW = "#154273"
TEKST = "#1a1a1a"
GRIJS = "#4d5968"
LIJN = "#aab6c3"
TINT = "#eef2f7"
ROOD = "#b3261e"
ROOD_TINT = "#fbf0ef"
WIT = "#ffffff"
PIJLERS = {1: "#00706a", 2: "#5b2c86", 3: "#a65200", 4: "#a90061"}


def regels(tekst: str, breedte: float, grootte: float = GEWOON, vet: bool = False) -> list[str]:
    """Wrap text to the width: Source Sans 3 averages about half an em per character
    (a little more in bold)."""
    per_regel = max(6, int(breedte / (grootte * (0.54 if vet else 0.48))))
    woorden = []
    for woord in str(tekst).split():
        while len(woord) > per_regel and (delen := _AFBREKEN.wrap(woord, per_regel)):
            woorden.append(delen[0])
            woord = delen[1]
        woorden.append(woord)
    return textwrap.wrap(" ".join(woorden), per_regel, break_long_words=False, break_on_hyphens=False) or [""]


def hoogte_van(aantal: int, grootte: float) -> float:
    return aantal * grootte * REGEL


def tekst(x: float, y: float, lijnen: list[str], grootte: float = GEWOON, vet: bool = False,
          kleur: str = TEKST, anker: str = "start") -> dict:
    """Text whose first line's top is at y (the baseline follows from the size)."""
    return {"soort": "tekst", "x": round(x, 1), "y": round(y + grootte * 0.95, 1), "regels": lijnen,
            "grootte": grootte, "vet": vet, "kleur": kleur, "anker": anker, "afstand": round(grootte * REGEL, 1)}


def rect(x: float, y: float, b: float, h: float, vul: str = TINT, lijn: str | None = None, rx: float = 6) -> dict:
    return {"soort": "rect", "x": round(x, 1), "y": round(y, 1), "b": round(b, 1), "h": round(h, 1),
            "vul": vul, "lijn": lijn, "rx": rx}


def lijn(punten: list[tuple[float, float]], kleur: str = LIJN, dikte: float = 2) -> dict:
    return {"soort": "lijn", "punten": " ".join(f"{x:.1f},{y:.1f}" for x, y in punten), "kleur": kleur,
            "dikte": dikte}


def vlak(punten: list[tuple[float, float]], vul: str) -> dict:
    return {"soort": "vlak", "punten": " ".join(f"{x:.1f},{y:.1f}" for x, y in punten), "vul": vul}


def cirkel(x: float, y: float, r: float, vul: str) -> dict:
    return {"soort": "cirkel", "x": round(x, 1), "y": round(y, 1), "r": r, "vul": vul}


def pijl_omlaag(x: float, y1: float, y2: float, kleur: str = GRIJS) -> list[dict]:
    """A vertical arrow from y1 to y2 (head at y2)."""
    return [lijn([(x, y1), (x, y2 - 7)], kleur, 2), vlak([(x - 6, y2 - 8), (x + 6, y2 - 8), (x, y2)], kleur)]


def pijl_rechts(x1: float, x2: float, y: float, kleur: str = GRIJS) -> list[dict]:
    return [lijn([(x1, y), (x2 - 7, y)], kleur, 2), vlak([(x2 - 8, y - 6), (x2 - 8, y + 6), (x2, y)], kleur)]


def blok(x: float, y: float, b: float, kop: str, inhoud: str = "", vul: str = TINT, kopkleur: str = BLAUW,
         rand: str | None = None, streep: str | None = None, binnen: float = 10) -> tuple[list[dict], float]:
    """A box with a bold heading and body text, as high as its text; returns (elements, height).
    `streep` draws a coloured bar on the left edge."""
    links = x + binnen + (6 if streep else 0)
    breedte = b - (links - x) - binnen
    kopregels = regels(kop, breedte, KOP, vet=True) if kop else []
    tekstregels = regels(inhoud, breedte, GEWOON) if inhoud else []
    h = binnen + hoogte_van(len(kopregels), KOP) + (4 if kop and inhoud else 0) \
        + hoogte_van(len(tekstregels), GEWOON) + binnen
    uit = [rect(x, y, b, h, vul, rand)]
    if streep:
        uit.append(rect(x, y, 6, h, streep, rx=0))
    ty = y + binnen
    if kopregels:
        uit.append(tekst(links, ty, kopregels, KOP, vet=True, kleur=kopkleur))
        ty += hoogte_van(len(kopregels), KOP) + 4
    if tekstregels:
        uit.append(tekst(links, ty, tekstregels, GEWOON))
    return uit, h


def tekening(breedte: float, hoogte: float, elementen: list[dict]) -> dict:
    return {"breedte": breedte, "hoogte": round(hoogte), "elementen": elementen}
