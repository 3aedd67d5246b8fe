"""Hook: "laatst bijgewerkt" per page from git history, with a fallback.

One `git log` call per build maps every file to the date of its last commit. Without
git history (an export, a tarball, a download of the repository as zip) every page gets
the release date (extra.release_date): that version of the text is at least that recent.
A file in a git repository that is not committed yet says so on the page.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

_datums: dict[str, dt.date] | None = {}
_release: dt.date | None = None


def on_config(config):
    global _datums, _release
    _datums = git_datums(Path(config.docs_dir))
    _release = release_datum(config.extra.get("release_date"))
    return config


def on_page_markdown(markdown, page, config, files):
    page.meta["laatst_bijgewerkt"] = _release if _datums is None else _datums.get(page.file.src_uri)
    return markdown


def release_datum(waarde) -> dt.date | None:
    if isinstance(waarde, dt.date):
        return waarde
    try:
        return dt.date.fromisoformat(str(waarde))
    except ValueError:
        return None


def git_datums(docs: Path) -> dict[str, dt.date] | None:
    """src_uri -> date of the newest commit that touched it; None without git history."""
    try:
        uit = subprocess.run(["git", "-c", "core.quotePath=false", "log", "-z", "--format=%x00%cs", "--name-only",
                              "--relative", "--", "."], cwd=docs, capture_output=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return parse_git_log(uit.decode("utf-8", "surrogateescape")) or None


def parse_git_log(uit: str) -> dict[str, dt.date]:
    """The output of `git log -z --format=%x00%cs --name-only`: NUL-separated, so any file
    name (starting with #, holding a newline) is read as it is. A commit starts with an
    empty field (file names are never empty) followed by its date."""
    datums: dict[str, dt.date] = {}
    datum = None
    velden = uit.split("\0")
    i = 0
    while i < len(velden):
        veld = velden[i]
        if veld == "" and i + 1 < len(velden):
            try:
                datum = dt.date.fromisoformat(velden[i + 1])
                i += 2
                continue
            except ValueError:
                pass
        naam = veld[1:] if veld.startswith("\n") else veld
        if naam and datum:
            datums.setdefault(naam, datum)
        i += 1
    return datums
