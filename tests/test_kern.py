"""The kern (a short second edition from the same pages) and the print rules of the book
that a reader sees at once: no editorial notes, no nested references, few near-empty
pages, and the full safety box only where it belongs. All read from the shared build."""

from __future__ import annotations

import re
import statistics

import pikepdf
import pytest

from conftest import run, vereist
from handreiking.web.typografie import aanhalingstekens
from test_build import CONFIG

KERN_NAAM = "pdf/handreiking-gezinsgericht-werken-in-detentie-kern.pdf"
MAX_KERN = 40
MAX_IJL = 4          # pages less than a quarter full, apart from the cover and the part dividers
MAX_VEILIG = 3       # full safety boxes: inside cover and safety chapter (and one to spare)
VEILIG_TITEL = "Is een kind niet veilig?"


def kern_instellingen() -> dict:
    for plugin in CONFIG["plugins"]:
        if isinstance(plugin, dict) and "handreiking/drukeditie" in plugin:
            return plugin["handreiking/drukeditie"]["kern"]
    raise AssertionError("mkdocs.yml: geen kern onder handreiking/drukeditie")


def paginateksten(pdf) -> list[str]:
    uit = run(vereist("pdftotext"), "-layout", pdf, "-")
    assert uit.returncode == 0, uit.stderr
    return uit.stdout.split("\f")[:-1]


def plat(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst.replace("\u00ad", "")).replace("- ", "-")


@pytest.fixture(scope="module")
def kern(site):
    pad = site / KERN_NAAM
    assert pad.is_file(), f"de kern ontbreekt: {pad}"
    return pad


@pytest.fixture(scope="module")
def boektekst(pdf) -> list[str]:
    return paginateksten(pdf)


def test_kern_is_getagd_pdf_ua_nl_met_titel_en_kort(kern):
    with pikepdf.open(kern) as d:
        assert d.Root.get("/MarkInfo", {}).get("/Marked") is True, "de kern is niet getagd"
        assert "/StructTreeRoot" in d.Root, "de kern heeft geen structuurboom"
        assert str(d.Root.get("/Lang", "")).lower().startswith("nl"), f"/Lang van de kern is {d.Root.get('/Lang')!r}"
        meta = d.open_metadata()
        assert meta.get("pdfuaid:part") == "1", "de kern verklaart geen PDF/UA-1"
        assert d.Root.get("/ViewerPreferences", {}).get("/DisplayDocTitle") is True
        assert "kern" in str(meta.get("dc:title", "")).lower(), f"titel van de kern: {meta.get('dc:title')!r}"
        assert 5 <= len(d.pages) <= MAX_KERN, f"de kern heeft {len(d.pages)} pagina's, hooguit {MAX_KERN}"


def test_kern_bevat_de_ingestelde_paginas(kern, root):
    """Every page listed under `kern:` in mkdocs.yml is in the kern (by its title), the
    whole pages with their last heading, the excerpts with their block."""
    tekst = plat(" ".join(paginateksten(kern)))
    for deel in kern_instellingen()["delen"]:
        for regel in deel["paginas"]:
            bestand, _, anker = regel.partition("#")
            bron = (root / "docs" / bestand).read_text("utf-8")
            titel = aanhalingstekens(re.search(r"^# (.+)$", bron, re.M).group(1).strip())  # as the page shows it
            assert plat(titel) in tekst, f"de kern mist '{titel}' ({regel})"
            if not anker:
                laatste = re.findall(r"^## (.+?)(?:\s*\{.*\})?$", bron, re.M)
                if laatste:
                    assert plat(aanhalingstekens(laatste[-1])) in tekst, f"de kern mist het einde van {bestand}: '{laatste[-1]}'"
    assert tekst.count("In het kort") >= 5, "de kern mist de kaders In het kort van de pijlers"
    assert "volledige handreiking" in tekst and "referentie" in tekst, "de kern noemt de volledige handreiking niet"


def test_boek_zonder_redactionele_notities(boektekst):
    tekst = plat(" ".join(boektekst))
    for notitie in ("Titel afgeleid", "Onzeker:"):
        assert notitie not in tekst, f"de drukeditie drukt redactionele notities af: '{notitie}'"


def test_boek_zonder_geneste_verwijzingen(boektekst):
    tekst = plat(" ".join(boektekst))
    genest = re.findall(r"\(zie[^()]{0,200}\(zie", tekst)
    assert not genest, f"{len(genest)} verwijzingen staan in een verwijzing, bijvoorbeeld: {genest[:2]}"


def test_boek_hooguit_vier_bijna_lege_paginas(boektekst):
    """A page with fewer lines than a quarter of a full page (the 90th percentile of lines
    per page) counts as near-empty; the covers (front and back), the part dividers ("In dit
    deel") and the blank left-hand pages that put a divider on the right (no text at all) do not."""
    regels = [len([r for r in p.splitlines() if r.strip()]) for p in boektekst]
    vol = statistics.quantiles(regels, n=10)[-1]
    ijl = [nr for nr, (p, n) in enumerate(zip(boektekst, regels, strict=True), start=1)
           if 1 < nr < len(boektekst) and "IN DIT DEEL" not in p.upper() and 0 < n < vol / 4]
    assert len(ijl) <= MAX_IJL, f"{len(ijl)} bijna lege pagina's (minder dan een kwart vol): {ijl}"


def test_veiligheidskader_voluit_alleen_waar_het_hoort(boektekst):
    tekst = plat(" ".join(boektekst))
    aantal = tekst.count(VEILIG_TITEL)
    assert 1 <= aantal <= MAX_VEILIG, f"het veiligheidskader staat {aantal} keer voluit in het boek"
    assert "Zorgen over de veiligheid van een kind?" in tekst, "de korte veiligheidsregel ontbreekt in het boek"
