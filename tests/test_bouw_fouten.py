"""Bad input from editors stops the strict build with a Dutch message naming the file,
and a failed build never destroys the last good site/."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run

MKDOCS = Path(sys.executable).with_name("mkdocs")


@pytest.fixture
def kopie(tmp_path) -> Path:
    """A copy of the project without git history (like an export)."""
    doel = tmp_path / "project"
    doel.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", doel)
    shutil.copytree(ROOT / "docs", doel / "docs")
    shutil.copytree(ROOT / "overrides", doel / "overrides", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "scripts", doel / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    return doel


def bouw_site(project: Path) -> tuple[int, str]:
    r = run(MKDOCS, "build", "--strict", "-d", project / "uit", cwd=project,
            env={"PATH": str(MKDOCS.parent) + ":/usr/bin:/bin", "HANDREIKING_PDF": "0", "NO_MKDOCS_2_WARNING": "1"})
    return r.returncode, r.stdout + r.stderr


def wijzig(project: Path, pagina: str, oud: str, nieuw: str) -> None:
    pad = project / "docs" / pagina
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def test_bouw_zonder_git_geschiedenis_lukt_met_de_releasedatum(kopie):
    """An export without git history: every page shows the release date as its last change."""
    code, log = bouw_site(kopie)
    assert code == 0, log[-3000:]
    html = (kopie / "uit" / "over" / "privacy" / "index.html").read_text(encoding="utf-8")
    jaar, maand, dag = re.search(r"release_date: (\d{4})-(\d\d)-(\d\d)",
                                 (kopie / "mkdocs.yml").read_text(encoding="utf-8")).groups()
    maanden = ("januari februari maart april mei juni juli augustus september oktober november "
               "december").split()
    assert f"{dag}-{maand}-{jaar}" in html or f"{int(dag)} {maanden[int(maand) - 1]} {jaar}" in html
    assert "nog niet vastgelegd" not in html


def test_kapotte_link_noemt_bestand_en_regel(kopie):
    wijzig(kopie, "over/privacy.md", "(../aan-de-slag/zelfscan.md)", "(../aan-de-slag/zelfscn.md)")
    code, log = bouw_site(kopie)
    assert code != 0
    assert "docs/over/privacy.md:" in log and "de link '../aan-de-slag/zelfscn.md' verwijst naar een pagina die niet bestaat" in log


def test_kapot_anker_noemt_bestand(kopie):
    wijzig(kopie, "over/privacy.md", "(../aan-de-slag/zelfscan.md)", "(../aan-de-slag/zelfscan.md#bestaat-niet)")
    code, log = bouw_site(kopie)
    assert code != 0
    assert "docs/over/privacy.md:" in log and "'#bestaat-niet' die niet bestaat" in log


def test_kapotte_voorpagina_stopt_de_bouw(kopie):
    wijzig(kopie, "over/privacy.md", "paginatype: pagina", "paginatype: [pagina")
    code, log = bouw_site(kopie)
    assert code != 0
    assert "docs/over/privacy.md:4: FOUT: de voorpagina (front matter) is geen geldige YAML" in log


def test_ontbrekende_afbeelding_stopt_de_bouw(kopie):
    wijzig(kopie, "over/privacy.md", "## Vragen", "![Schema van de zoekfunctie](zoeken.png)\n\n## Vragen")
    code, log = bouw_site(kopie)
    assert code != 0
    assert "docs/over/privacy.md:" in log and "de afbeelding 'zoeken.png' bestaat niet" in log


def test_pagina_buiten_navigatie_stopt_de_bouw(kopie):
    (kopie / "docs" / "over" / "los.md").write_text((kopie / "docs" / "over" / "privacy.md").read_text(encoding="utf-8"),
                                                    encoding="utf-8")
    code, log = bouw_site(kopie)
    assert code != 0
    assert "deze pagina's staan niet in de navigatie: docs/over/los.md" in log


def test_script_in_inhoud_stopt_de_bouw(kopie):
    wijzig(kopie, "over/privacy.md", "## Vragen", "<script>alert('x')</script>\n\n## Vragen")
    code, log = bouw_site(kopie)
    assert code != 0
    assert "docs/over/privacy.md:" in log and "de pagina bevat een <script>-element" in log


def test_typfout_in_markering_stopt_de_bouw(kopie):
    wijzig(kopie, "pijlers/borging/index.md", "<!-- praktijkvoorbeelden pijler=4 -->", "<!-- praktijkvoorbeeldn pijler=4 -->")
    code, log = bouw_site(kopie)
    assert code != 0
    assert "docs/pijlers/borging/index.md: onbekende markering '<!-- praktijkvoorbeeldn pijler=4 -->'" in log


def test_onbekende_pijler_in_markering_stopt_de_bouw(kopie):
    wijzig(kopie, "pijlers/borging/index.md", "<!-- praktijkvoorbeelden pijler=4 -->", "<!-- praktijkvoorbeelden pijler=9 -->")
    code, log = bouw_site(kopie)
    assert code != 0
    assert "onbekende pijler '9'" in log


def test_slechte_zelfscan_data_stopt_de_bouw(kopie):
    pad = kopie / "docs" / "_data" / "zelfscan.yml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("pijler: 1", "pijler: 5", 1), encoding="utf-8")
    code, log = bouw_site(kopie)
    assert code != 0
    assert "docs/_data/zelfscan.yml:" in log and "pijler '5' bestaat niet — gebruik 1, 2, 3 of 4" in log


def test_mislukte_bouw_laat_vorige_site_staan(kopie):
    site = kopie / "site"
    site.mkdir()
    (site / "index.html").write_text("vorige goede versie", encoding="utf-8")
    wijzig(kopie, "over/privacy.md", "paginatype: pagina", "paginatype: [pagina")
    r = run(sys.executable, kopie / "scripts" / "bouw.py", "--zonder-pdf", cwd=kopie)
    assert r.returncode != 0
    assert "De bouw is mislukt" in r.stderr
    assert (site / "index.html").read_text(encoding="utf-8") == "vorige goede versie"
    assert not list(kopie.glob(".site-bouw-*"))


def test_geslaagde_bouw_vervangt_site(kopie):
    site = kopie / "site"
    site.mkdir()
    (site / "oud.html").write_text("oud", encoding="utf-8")
    r = run(sys.executable, kopie / "scripts" / "bouw.py", "--zonder-pdf", cwd=kopie)
    assert r.returncode == 0, r.stderr[-2000:]
    assert (site / "index.html").is_file() and not (site / "oud.html").exists()
