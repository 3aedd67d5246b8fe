"""Glossary terms that pages still use but that were removed from docs/_data/begrippen.yml."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import yaml

from .basis import FOUT, WAARSCHUWING, Bevinding, InhoudFout, _tekst, laad_yaml
from .taal import proza
from .voorpagina import splits_voorpagina

# -- Glossary terms that pages still rely on ---------------------------------------

def begrippen_uit_git(docs: Path, rev: str | None = None) -> list[dict] | None:
    """The glossary as it is in git at `rev` (default: $HANDREIKING_BASIS, else HEAD);
    None without git (an export) or when the file is not in that version."""
    rev = rev or os.environ.get("HANDREIKING_BASIS") or "HEAD"
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=docs, capture_output=True,
                             text=True, timeout=10, check=True).stdout.strip()
        pad = (Path(docs).resolve() / "_data" / "begrippen.yml").relative_to(Path(top).resolve()).as_posix()
        tekst = subprocess.run(["git", "show", f"{rev}:{pad}"], cwd=docs, capture_output=True,
                               text=True, timeout=10, check=True).stdout
        oud = laad_yaml(tekst, "docs/_data/begrippen.yml")  # no anchors: an old version is input too
    except (OSError, ValueError, subprocess.SubprocessError, yaml.YAMLError, InhoudFout):
        return None
    return [b for b in oud or [] if isinstance(b, dict) and isinstance(b.get("term"), str)]


def verwijderde_begrippen(oud: list[dict], nieuw: list[dict], paginas: dict[str, str]) -> list[Bevinding]:
    """Terms that left the glossary while a page still relies on them.

    A page relies on an abbreviation (a term with 'voluit'): its tooltip is the only place
    a reader learns what it stands for. Removing such a term while a page still uses it is
    an error; removing an ordinary word that still occurs is a warning (its tooltip goes).
    The finding names the first page and line that still use the term.
    """
    huidig = {str(b.get("term")) for b in nieuw or [] if isinstance(b, dict)}
    uit = []
    for b in oud:
        term = b["term"]
        if term in huidig:
            continue
        patroon = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])")
        treffers = []
        for bestand, tekst in sorted(paginas.items()):
            try:
                _, body, eerste = splits_voorpagina(tekst, bestand)
            except InhoudFout:
                continue
            nr = next((nr for nr, regel in proza(body) if patroon.search(regel)), None)
            if nr is not None:
                treffers.append((bestand, eerste + nr))
        if not treffers:
            continue
        bestand, nr = treffers[0]
        meer = f" (en nog {len(treffers) - 1} andere pagina's)" if len(treffers) > 1 else ""
        if b.get("voluit"):
            uit.append(Bevinding(bestand, nr, FOUT,
                f"de afkorting '{term}' ({_tekst(b['voluit'])}) is uit docs/_data/begrippen.yml gehaald, "
                f"maar deze pagina gebruikt hem nog{meer}",
                "zet het begrip terug in begrippen.yml, of schrijf de afkorting op die pagina's voluit"))
        else:
            uit.append(Bevinding(bestand, nr, WAARSCHUWING,
                f"het begrip '{term}' is uit docs/_data/begrippen.yml gehaald; op deze pagina{meer} "
                "verdwijnt daardoor de uitleg bij de muis",
                "zet het begrip terug als de uitleg nodig is"))
    return uit
