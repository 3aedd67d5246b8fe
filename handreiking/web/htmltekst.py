"""Page HTML split into running text and tags, for the steps that change running text on
the finished page: tap-to-call (bellen.py) and Dutch quotes (typografie.py). A regex split,
not a parser: these steps only touch text between tags and never move a tag."""

from __future__ import annotations

import re

_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_NAAM = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w-]*)")


def splits(html: str) -> list[str]:
    """Text at the even places, tags and comments at the odd ones."""
    return _TAG.split(html)


def tag(stuk: str) -> tuple[str, bool, bool] | None:
    """(name in lower case, closing?, self-closing?) of a tag; None for a comment."""
    m = _NAAM.match(stuk)
    if not m:
        return None
    return m.group(2).lower(), bool(m.group(1)), stuk.rstrip().endswith("/>")
