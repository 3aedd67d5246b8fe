"""The repository is what README.md and CONTRIBUTING.md say it is: every path they name
exists, every `make` target they name exists, CI runs `make test`, and the GitHub files
(workflows, issue forms) are valid YAML with what editors and reviewers rely on."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

HUBS = ["README.md", "CONTRIBUTING.md"]
# Made by the build or the install, not part of the repository.
GEGENEREERD = ("site/", "site", "dist/", ".venv/", "node_modules/")
NIET_DOORZOEKEN = {".git", ".venv", "node_modules", "site", "dist", ".pytest_cache", "__pycache__"}
BESTANDSSOORT = re.compile(r"\.(md|yml|yaml|txt|json|py|sh|html|css|js|j2|svg|toml|cfg)$")
MAKE_DOELEN = ["build", "test", "serve", "check", "bench", "offline", "nieuw-voorbeeld", "release"]


def genoemde_paden(tekst: str) -> set[str]:
    """Relative repository paths in `backticks` and in Markdown link targets."""
    kandidaten = set(re.findall(r"`([^`\n]+)`", tekst))
    kandidaten |= {m.split("#")[0] for m in re.findall(r"\]\(([^)\s]+)\)", tekst)}
    uit = set()
    for k in kandidaten:
        k = k.strip()
        if not k or " " in k or re.match(r"^[a-z]+:", k) or k.startswith(("<", "#", "/", "$")):
            continue                                  # commands, URLs, anchors, absolute paths
        if "/" in k or BESTANDSSOORT.search(k):
            uit.add(k)
    return uit


def bestaat(pad: str) -> bool:
    if (ROOT / pad).exists():
        return True
    if "/" not in pad:  # a bare file name, e.g. `controles.py`, explained by the table next to it
        return any(p.name == pad for p in _bestanden())
    return False


def _bestanden():
    for map_, mappen, namen in os.walk(ROOT):
        mappen[:] = [m for m in mappen if m not in NIET_DOORZOEKEN]
        yield from (Path(map_) / n for n in namen)


def test_padherkenning():
    tekst = ("Zie `docs/_data/`, `make serve`, `mkdocs.yml`, `extra.version`, [CONTRIBUTING.md](CONTRIBUTING.md),\n"
             "[kop](docs/a.md#kop), <http://127.0.0.1:8000>, [web](https://x.nl/a.md) en `HANDREIKING_PDF=1 make serve`.")
    assert genoemde_paden(tekst) == {"docs/_data/", "mkdocs.yml", "CONTRIBUTING.md", "docs/a.md"}


@pytest.mark.parametrize("hub", HUBS)
def test_genoemde_paden_bestaan(hub):
    paden = genoemde_paden((ROOT / hub).read_text("utf-8"))
    assert paden, f"{hub} noemt geen enkel pad"
    ontbreekt = sorted(p for p in paden if not p.startswith(GEGENEREERD) and not bestaat(p))
    assert not ontbreekt, f"{hub} noemt paden die niet bestaan: {ontbreekt}"


def make_doelen() -> set[str]:
    return set(re.findall(r"^([A-Za-z0-9][\w.-]*)\s*:(?!=)", (ROOT / "Makefile").read_text("utf-8"), re.M))


def test_makefile_heeft_de_doelen_uit_de_readme():
    doelen = make_doelen()
    assert set(MAKE_DOELEN) <= doelen, f"ontbrekende make-doelen: {set(MAKE_DOELEN) - doelen}"
    for hub in HUBS:
        code = " ".join(re.findall(r"`([^`\n]+)`", (ROOT / hub).read_text("utf-8")))
        genoemd = set(re.findall(r"(?:^|\s)make ([a-z][\w-]*)", code))
        assert genoemd <= doelen, f"{hub} noemt make-doelen die niet bestaan: {genoemd - doelen}"


def test_makefile_roept_de_scripts_aan():
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "scripts/nieuw_voorbeeld.py" in makefile
    assert re.search(r"scripts/release\.py \$\(VERSIE\)", makefile)
    for script in re.findall(r"scripts/[\w/]+\.(?:py|sh)", makefile):
        assert (ROOT / script).is_file(), f"de Makefile roept {script} aan, maar dat bestand bestaat niet"


def test_ci_draait_make_test():
    pad = ROOT / ".ci" / "run"
    assert pad.is_file(), ".ci/run ontbreekt"
    regels = [r.strip() for r in pad.read_text("utf-8").splitlines() if r.strip() and not r.strip().startswith("#")]
    assert any(re.match(r"^(exec\s+)?make\s+test\b", r) for r in regels), ".ci/run roept 'make test' niet aan"


# -- GitHub files -----------------------------------------------------------------------------

def lees(pad: str):
    return yaml.safe_load((ROOT / pad).read_text("utf-8"))


def stappen(workflow: dict) -> list[dict]:
    return [s for job in workflow["jobs"].values() for s in job["steps"]]


def test_workflow_test():
    wf = lees(".github/workflows/test.yml")
    aan = wf.get("on", wf.get(True))  # YAML 1.1 reads the key `on` as true
    assert "pull_request" in aan and aan["push"]["branches"] == ["main"]
    alle = stappen(wf)
    assert wf["jobs"]["test"]["container"] == "python:3.11-bookworm"  # Debian, like CI here
    opdrachten = [s.get("run", "") for s in alle]
    assert any("scripts/systeem.sh" in o for o in opdrachten)
    assert any(re.search(r"\bmake test\b", o) for o in opdrachten)
    assert any(re.search(r"\bmake build\b", o) for o in opdrachten)
    upload = next(s for s in alle if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["name"] == "handreiking-site" and upload["with"]["path"].rstrip("/") == "site"


def test_workflow_externe_links():
    wf = lees(".github/workflows/externe-links.yml")
    aan = wf.get("on", wf.get(True))
    assert "schedule" in aan and "workflow_dispatch" in aan
    assert any("scripts/externe_links.py" in s.get("run", "") for s in stappen(wf))
    assert (ROOT / "scripts" / "externe_links.py").is_file()


FORMULIEREN = ["inhoudelijke-wijziging.yml", "fout-melden.yml", "nieuw-praktijkvoorbeeld.yml"]


def test_meldingen_alleen_met_formulier():
    assert lees(".github/ISSUE_TEMPLATE/config.yml")["blank_issues_enabled"] is False


@pytest.mark.parametrize("naam", FORMULIEREN)
def test_formulier(naam):
    formulier = lees(f".github/ISSUE_TEMPLATE/{naam}")
    assert formulier["name"] and formulier["description"] and formulier["labels"]
    velden = [v for v in formulier["body"] if v["type"] != "markdown"]
    ids = [v["id"] for v in velden]
    assert len(ids) == len(set(ids)), "dubbele id in het formulier"
    verplicht = {v["id"] for v in velden if v.get("validations", {}).get("required")}
    assert "pagina" in verplicht or "titel" in verplicht
    if naam != "fout-melden.yml":
        assert "bron" in verplicht, "een inhoudelijk voorstel vraagt om een bron"
    for v in velden:
        assert v["attributes"]["label"], f"{v['id']}: geen label"


def test_pull_request_checklist():
    tekst = (ROOT / ".github" / "pull_request_template.md").read_text("utf-8")
    punten = re.findall(r"^- \[ \] (.+)$", tekst, re.M)
    assert len(punten) >= 6
    for woord in ("bron", "schrijfwijzer", "casus, fictief", "groen", "pdf", "versiegeschiedenis"):
        assert any(woord in p for p in punten), f"de checklist noemt '{woord}' niet"
