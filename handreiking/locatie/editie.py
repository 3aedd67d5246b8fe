"""Hook: the location edition (HANDREIKING_LOCATIE=pad/naar/inrichting.yml).

`on_config` reads and checks the file (a mistake stops the build with a Dutch message
naming file and line) and puts the name in `extra.locatie`, for the cover of the book and
the header of every handout; without the variable `extra.locatie` is empty. Each
`<!-- locatie -->` marker becomes the contacts box, or nothing in the national edition.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError

from handreiking.controles import InhoudFout
from handreiking.locatie import weergave
from handreiking.locatie.gegevens import Locatie, lees_locatie

OMGEVING = "HANDREIKING_LOCATIE"
_locatie: list[Locatie | None] = [None]


def werkkaarten(docs_dir: str | Path) -> set[str]:
    return {p.stem for p in (Path(docs_dir) / "werkkaarten").glob("*.md") if p.stem != "index"}


def laad(pad: str | None, docs_dir: str | Path) -> Locatie | None:
    """The location of this build, or None for the national edition; PluginError on mistakes."""
    if not pad:
        return None
    try:
        return lees_locatie(Path(pad), pad, werkkaarten(docs_dir))
    except InhoudFout as e:
        raise PluginError(f"Het locatiebestand {pad} bevat {len(e.bevindingen)} fout(en). Los ze op en bouw "
                          "opnieuw:\n" + "\n".join(f"  {b}" for b in e.bevindingen)) from None


def on_config(config):
    _locatie[0] = laad(os.environ.get(OMGEVING, "").strip(), config.docs_dir)
    config.extra["locatie"] = _locatie[0].inrichting if _locatie[0] else ""
    return config


def on_page_markdown(markdown, page, config, files):
    if "locatie" not in markdown:
        return markdown
    src = page.file.src_uri
    kaart = src[len("werkkaarten/"):-3] if src.startswith("werkkaarten/") else None
    try:
        return weergave.vervang(markdown, _locatie[0], kaart)
    except weergave.OnbekendeDoelgroep as e:
        raise PluginError(f"docs/{src}: de markering <!-- locatie voor={e} --> kent '{e}' niet — "
                          "gebruik <!-- locatie --> (voor medewerkers) of <!-- locatie voor=gezinnen -->") from None
