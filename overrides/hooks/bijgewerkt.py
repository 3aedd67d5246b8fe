"""Hook: "laatst bijgewerkt" per page from git history, with a fallback.

One `git log` call per build maps every file to the date of its last commit. Without
git (an export, a tarball) or for a file not yet committed, the page says so instead.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

_datums: dict[str, dt.date] = {}


def on_config(config):
    _datums.clear()
    _datums.update(git_datums(Path(config.docs_dir)))
    return config


def on_page_markdown(markdown, page, config, files):
    page.meta["laatst_bijgewerkt"] = _datums.get(page.file.src_uri)
    return markdown


def git_datums(docs: Path) -> dict[str, dt.date]:
    """src_uri -> date of the newest commit that touched it; {} when git is unavailable."""
    try:
        uit = subprocess.run(["git", "log", "--format=#%cs", "--name-only", "--relative", "--", "."],
                             cwd=docs, capture_output=True, text=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    return parse_git_log(uit)


def parse_git_log(uit: str) -> dict[str, dt.date]:
    datums: dict[str, dt.date] = {}
    datum = None
    for regel in uit.splitlines():
        if regel.startswith("#"):
            datum = dt.date.fromisoformat(regel[1:])
        elif regel.strip() and datum:
            datums.setdefault(regel.strip(), datum)
    return datums
