"""Prose for the spelling check and the readability score."""

from __future__ import annotations

import re

from .codeblokken import regels_buiten_code

# -- Prose for spelling and readability -------------------------------------------

def proza(body: str) -> list[tuple[int, str]]:
    """Lines of prose: no code, no HTML comments, no URLs, no link targets, no markup."""
    uit = []
    in_commentaar = False
    for nr, regel in regels_buiten_code(body, 0):
        if in_commentaar:
            if "-->" in regel:
                in_commentaar = False
            continue
        if "<!--" in regel and "-->" not in regel:
            in_commentaar = True
            continue
        r = re.sub(r"<!--.*?-->", " ", regel)
        r = re.sub(r"`[^`]*`", " ", r)
        r = re.sub(r"\]\([^)]*\)", "]", r)
        r = re.sub(r"\[\^[^\]]*\]:?", " ", r)  # source notes [^id]
        r = re.sub(r"^\s*--8<--.*", " ", r)  # a shared snippet: --8<-- "veiligheid.md"
        r = re.sub(r"\{[^}]*\}", " ", r)
        r = re.sub(r"<[^>]+>", " ", r)
        r = re.sub(r"https?://\S+", " ", r)
        r = re.sub(r"^\s*(!!!|\?\?\?\+?|===)\s*\w*", " ", r)
        r = re.sub(r"^\s*\*\[[^\]]*\]:.*", " ", r)
        uit.append((nr, r))
    return uit


def _lettergrepen(woord: str) -> int:
    return max(1, len(re.findall(r"[aeiouyáéíóúàèëïöüij]+", woord.lower().replace("ij", "y"))))


def leesbaarheid(body: str) -> tuple[float, float]:
    """Flesch-Douma reading ease and average sentence length (words) of the prose."""
    tekst = " ".join(r for _, r in proza(body)
                     if not re.match(r"^\s*(\||#|- \[)", r))
    tekst = re.sub(r"[*_#>|\[\]]", " ", tekst)
    zinnen = [z for z in re.split(r"(?<=[.!?])\s+", tekst) if re.search(r"[A-Za-zÀ-ÿ]", z)]
    woorden = re.findall(r"[A-Za-zÀ-ÿ'’-]+", tekst)
    if not zinnen or not woorden:
        return 100.0, 0.0
    gem_zin = len(woorden) / len(zinnen)
    gem_lg = sum(_lettergrepen(w) for w in woorden) / len(woorden)
    return round(206.84 - 0.77 * (100 * gem_lg) - 0.93 * gem_zin, 1), round(gem_zin, 1)


def woorden_voor_spelling(body: str) -> list[tuple[int, str]]:
    """(line, word) pairs of the prose, for the spelling check."""
    uit = []
    for nr, regel in proza(body):
        regel = re.sub(r"\w+&\w+(?:-\w+)*", " ", regel)  # D&R-plan and the like
        for w in re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*(?:-[A-Za-zÀ-ÿ]+)*", regel):
            if not any(c.isupper() for c in w[1:]) and len(w) > 1:
                uit.append((nr, w))
    return uit
