"""Results kept within one process: `mkdocs serve` builds every page again after each change.

The checks and repairs that are pure functions of a text (the sanitiser, the HTML checks,
the tooltips, the synonyms of a search entry) keep their answer per text here, under a
hash of that text: an unchanged page costs a lookup instead of a parse. A store holds at
most GROOTTE answers, then starts anew, so a long serve session does not grow without end.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

GROOTTE = 4000
T = TypeVar("T")


def sleutel(*teksten: str) -> bytes:
    """A hash of the texts (and of where one ends and the next begins)."""
    h = hashlib.blake2b(digest_size=20)
    for tekst in teksten:
        h.update(tekst.encode("utf-8", "surrogatepass") + b"\0\1")
    return h.digest()


def onthoud(geheugen: dict[bytes, T], code: bytes, maak: Callable[[], T]) -> T:
    """The answer under `code`, made by `maak()` the first time."""
    if code not in geheugen:
        if len(geheugen) >= GROOTTE:
            geheugen.clear()
        geheugen[code] = maak()
    return geheugen[code]
