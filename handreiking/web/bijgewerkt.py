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
        uit = subprocess.run(["git", "log", "--format=#%cs", "--name-only", "--relative", "--", "."],
                             cwd=docs, capture_output=True, text=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return parse_git_log(uit) or None


def parse_git_log(uit: str) -> dict[str, dt.date]:
    datums: dict[str, dt.date] = {}
    datum = None
    for regel in uit.splitlines():
        if regel.startswith("#"):
            datum = dt.date.fromisoformat(regel[1:])
        elif regel.strip() and datum:
            datums.setdefault(regel.strip(), datum)
    return datums
