"""Shared fixtures: the repository root, the scripts on sys.path (the engine is the installed package `handreiking`), and one real
full build (site and PDF) per test session in a temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

PDF_NAAM = "pdf/handreiking-gezinsgericht-werken-in-detentie.pdf"


def vereist(programma: str) -> str:
    """A system tool the tests need; missing means a broken install, so fail loudly."""
    pad = shutil.which(programma)
    if not pad:
        pytest.fail(f"{programma} ontbreekt: draai 'make systeem' om de systeempakketten te installeren")
    return pad


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """A full strict build (website + PDF) of the current content, made once."""
    import bouw

    doel = tmp_path_factory.mktemp("bouw") / "site"
    code = bouw.bouw(doel, pdf=True, mkdocs=str(Path(sys.executable).with_name("mkdocs")))
    assert code == 0, "de volledige bouw van website en pdf is mislukt"
    return doel


@pytest.fixture(scope="session")
def pdf(site) -> Path:
    pad = site / PDF_NAAM
    assert pad.is_file(), f"de pdf ontbreekt: {pad}"
    return pad


def run(*args, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    kwargs.setdefault("env", dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    return subprocess.run(list(map(str, args)), **kwargs)
