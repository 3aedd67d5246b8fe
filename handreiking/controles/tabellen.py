"""Tables in Markdown: every row has as many cells as the header."""

from __future__ import annotations

import re

from .basis import FOUT, Bevinding
from .codeblokken import _zonder_code

_SCHEIDING = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def _cellen(regel: str) -> int:
    """Number of cells in a table row (escaped pipes and pipes in code do not count)."""
    r = re.sub(r"(`+)(.+?)\1", "", regel.strip())
    r = r.replace("\\|", "")
    if r.startswith("|"):
        r = r[1:]
    if r.endswith("|"):
        r = r[:-1]
    return r.count("|") + 1


def controleer_tabellen(bestand: str, body: str, eerste: int) -> list[Bevinding]:
    """A table is a header row, a row with dashes, then rows with as many cells.

    Otherwise Markdown silently publishes a paragraph of pipes (no dash row, an empty
    line in the middle) or drops the cells that do not fit (a | too many in a row)."""
    uit = []
    regels = _zonder_code(body)
    i = 0
    while i < len(regels):
        if not regels[i].lstrip().startswith("|"):
            i += 1
            continue
        blok = [i]
        while blok[-1] + 1 < len(regels) and regels[blok[-1] + 1].lstrip().startswith("|"):
            blok.append(blok[-1] + 1)
        kop, nr = regels[i], eerste + 1 + i
        if len(blok) < 2 or not _SCHEIDING.match(regels[i + 1]):
            voorbeeld = "| Kop | Kop |" + "\n" + "| --- | --- |"
            uit.append(Bevinding(bestand, nr, FOUT,
                "deze regels met | vormen geen tabel en worden als losse tekst met strepen getoond",
                f"zet direct onder de kopregel een regel met streepjes, zoals '{voorbeeld.splitlines()[1]}', "
                "en laat geen lege regel tussen de rijen"))
        elif _cellen(regels[i + 1]) != _cellen(kop):
            uit.append(Bevinding(bestand, nr + 1, FOUT,
                f"de regel met streepjes heeft {_cellen(regels[i + 1])} kolommen, de kopregel {_cellen(kop)}",
                "geef beide regels evenveel kolommen"))
        else:
            for j in blok[2:]:
                if _cellen(regels[j]) > _cellen(kop):
                    uit.append(Bevinding(bestand, eerste + 1 + j, FOUT,
                        f"deze tabelrij heeft {_cellen(regels[j])} cellen en de kopregel maar {_cellen(kop)}: "
                        "de laatste cellen vallen weg",
                        "geef de rij evenveel cellen als de kop; schrijf een | in de tekst als \\|"))
        i = blok[-1] + 1
    return uit
