"""The one code-fence scanner: which Markdown lines are code (fenced, also inside lists
and admonitions), so that checks only look at prose and markup."""

from __future__ import annotations

import re

_HEK = re.compile(r"^(\s*)(`{3,}|~{3,})")
_LIJST_OF_BLOK = re.compile(r"^\s*([-*+]|\d+[.)]|!!!|\?\?\?\+?|===)\s")


def _code_regels(regels: list[str]) -> set[int]:
    """Indexes of the lines that belong to a fenced code block (fences included).

    A fence only opens a block when it is closed later by the same character, at least
    as long; an unclosed fence, or one indented four spaces outside a list, admonition
    or tab (an indented code line in Markdown, not a fence), hides nothing.
    """
    binnen: set[int] = set()
    i = 0
    while i < len(regels):
        m = _HEK.match(regels[i])
        if m and (len(m.group(1).expandtabs(4)) < 4 or _in_blok(regels, i, len(m.group(1).expandtabs(4)))):
            teken, lengte = m.group(2)[0], len(m.group(2))
            sluit = re.compile(rf"^\s*{re.escape(teken)}{{{lengte},}}\s*$")
            eind = next((j for j in range(i + 1, len(regels)) if sluit.match(regels[j])), None)
            if eind is not None:
                binnen.update(range(i, eind + 1))
                i = eind + 1
                continue
        i += 1
    return binnen


def _in_blok(regels: list[str], i: int, inspringing: int) -> bool:
    """Is line i (indented `inspringing` columns) inside a list item, admonition or tab?"""
    for j in range(i - 1, -1, -1):
        regel = regels[j]
        if not regel.strip():
            continue
        eigen = len(regel) - len(regel.lstrip())
        if eigen < inspringing:
            return bool(_LIJST_OF_BLOK.match(regel))
    return False


def regels_buiten_code(body: str, eerste: int):
    """Yield (line number, line) outside fenced code blocks."""
    regels = body.splitlines()
    code = _code_regels(regels)
    for i, regel in enumerate(regels):
        if i not in code:
            yield eerste + 1 + i, regel



def _zonder_code(body: str) -> list[str]:
    """The lines of the body with fenced code and inline code blanked (line numbers kept)."""
    regels = body.splitlines()
    code = _code_regels(regels)
    return ["" if i in code else _zonder_inline_code(regel) for i, regel in enumerate(regels)]


def _zonder_inline_code(regel: str) -> str:
    """The line with `code` spans blanked. Linear: each run of backticks is paired with the
    next run of the same length (as CommonMark does), found from one list per length."""
    if "`" not in regel:
        return regel
    runs = [(m.start(), m.end()) for m in re.finditer(r"`+", regel)]
    per_lengte: dict[int, list[int]] = {}
    for i, (a, b) in enumerate(runs):
        per_lengte.setdefault(b - a, []).append(i)
    volgende: dict[int, int] = {}
    for indexen in per_lengte.values():
        for x, y in zip(indexen, indexen[1:], strict=False):
            volgende[x] = y
    uit, i, vorige = [], 0, 0
    while i < len(runs):
        j = volgende.get(i)
        if j is None:
            i += 1
            continue
        a, b = runs[i][0], runs[j][1]
        if b - a > 2 * (runs[i][1] - runs[i][0]):  # something between the backticks
            uit += [regel[vorige:a], " " * (b - a)]
            vorige = b
            i = j + 1
        else:
            i += 1
    return "".join(uit) + regel[vorige:]


