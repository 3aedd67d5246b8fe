"""The content meets the bar the issues set: structure per page type, the glossary and
the source list are used, examples and reading routes are complete and linked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import controles as c
from conftest import ROOT, run, vereist

DOCS = ROOT / "docs"
DATA = DOCS / "_data"
PAGINAS = sorted(p for p in DOCS.rglob("*.md") if "_data" not in p.parts)


def lees(pad: Path) -> tuple[dict, str]:
    meta, body, _ = c.splits_voorpagina(pad.read_text("utf-8"), str(pad))
    return meta, body


def koppen(body: str, niveau: int) -> list[str]:
    return [re.sub(r"\s*\{[^}]*\}\s*$", "", k).strip()
            for k in re.findall(rf"^{'#' * niveau} (.+)$", body, re.M)]


def ids(body: str) -> set[str]:
    return set(re.findall(r"\{\s*#([\w-]+)\s*\}", body))


def soort(soort_: str) -> list[Path]:
    return [p for p in PAGINAS if lees(p)[0].get("paginatype") == soort_]


@pytest.mark.parametrize("pad", PAGINAS, ids=[str(p.relative_to(DOCS)) for p in PAGINAS])
def test_pagina_heeft_titel_en_inleiding(pad):
    meta, body = lees(pad)
    assert meta.get("beschrijving"), "beschrijving ontbreekt"
    regels = [r for r in body.splitlines() if r.strip()]
    assert regels[0].startswith("# "), "de pagina begint niet met een hoofdkop"
    if regels[1] == '!!! info "Fictieve casus"':  # a fictional case announces itself first
        regels = [regels[0]] + [r for r in regels[2:] if not r.startswith("    ")]
    eerste = regels[1]
    assert not eerste.startswith(("#", "-", "|", "1.", "*", "!!!", "???", "<", "===")), \
        f"onder de titel staat geen inleidende alinea maar: {eerste!r}"


# -- Glossary and sources --------------------------------------------------------

def alle_tekst(behalve: tuple[str, ...] = ()) -> str:
    return "\n".join(p.read_text("utf-8") for p in PAGINAS if p.name not in behalve)


def test_begrippenlijst_is_volledig_en_gebruikt():
    begrippen = yaml.safe_load((DATA / "begrippen.yml").read_text("utf-8"))
    assert len(begrippen) >= 30
    tekst = alle_tekst(("begrippenlijst.md",))
    for b in begrippen:
        assert re.search(rf"(?<![\w-]){re.escape(b['term'])}(?![\w-])", tekst), f"begrip niet gebruikt: {b['term']}"
    for verplicht in ("DJI", "PI", "JC", "D&R-plan", "MDO", "MMD'er", "kindcheck", "meldcode", "Veilig Thuis"):
        assert any(b["term"] == verplicht for b in begrippen), f"begrip ontbreekt: {verplicht}"


def test_elke_bron_wordt_aangehaald():
    bronnen = yaml.safe_load((DATA / "bronnen.yml").read_text("utf-8"))
    assert len(bronnen) >= 20
    tekst = alle_tekst(("bronnen.md",))
    voorpagina_ids = set()
    for p in PAGINAS:
        voorpagina_ids |= set(lees(p)[0].get("bronnen") or [])
    niet_gebruikt = [b["id"] for b in bronnen if f"bronnen.md#{b['id']})" not in tekst and b["id"] not in voorpagina_ids]
    assert not niet_gebruikt, f"bronnen die nergens worden aangehaald: {niet_gebruikt}"


def test_elke_bronlink_bestaat():
    bekend = {b["id"] for b in yaml.safe_load((DATA / "bronnen.yml").read_text("utf-8"))}
    bekend |= ids((DOCS / "over" / "bronnen.md").read_text("utf-8"))  # headings on the page itself
    gebruikt = set(re.findall(r"bronnen\.md#([\w-]+)\)", alle_tekst()))
    assert gebruikt - bekend == set()


# -- The four pillars --------------------------------------------------------------

PIJLER_SECTIES = ["Waar gaat het om", "Waarom", "Bouwstenen", "Wie doet wat", "Veiligheid voorop", "Checklist",
                  "Valkuilen", "Praktijk", "Om over door te praten", "Bronnen"]


@pytest.mark.parametrize("pad", soort("pijler"), ids=lambda p: p.stem)
def test_pijler_heeft_alle_onderdelen(pad):
    meta, body = lees(pad)
    assert koppen(body, 2) == PIJLER_SECTIES
    checklist = body.split("## Checklist", 1)[1].split("\n## ", 1)[0]
    assert len(re.findall(r"^- \[ \] ", checklist, re.M)) >= 8, "de checklist heeft te weinig punten"
    assert len(koppen(body.split("## Bouwstenen", 1)[1].split("\n## ", 1)[0], 3)) >= 6, "te weinig bouwstenen"
    assert "](../aan-de-slag/stappenplan.md" in body
    andere = [p for p in ("faciliteiten-en-ondersteuning", "verankering-in-het-dr-proces",
                          "bewustwording-en-deskundigheid", "borging") if p != pad.stem]
    assert any(f"]({p}.md" in body for p in andere), "geen link naar een andere pijler"
    assert f"<!-- praktijkvoorbeelden pijler={meta['pijler']} -->" in body
    assert len(body.split()) >= 1500, "een pijlerhoofdstuk heeft minstens 1.500 woorden"


def test_vier_pijlers():
    assert sorted(lees(p)[0]["pijler"] for p in soort("pijler")) == [1, 2, 3, 4]


# -- Step plan and zelfscan ----------------------------------------------------------

STAP_ONDERDELEN = ["Doel", "Acties", "Wie", "Resultaat", "Hulpmiddelen", "Valkuilen", "Doorlooptijd", "Pijlers"]


def test_stappenplan_heeft_elke_stap_met_alle_velden():
    _, body = lees(DOCS / "aan-de-slag" / "stappenplan.md")
    assert "overzicht" in ids(body)
    stappen = re.split(r"^## ", body, flags=re.M)
    per_stap = {s: deel for deel in stappen for s in re.findall(r"\{\s*#(stap-\d)\s*\}", deel.splitlines()[0])}
    assert sorted(per_stap) == [f"stap-{n}" for n in range(1, 8)]
    for stap, deel in per_stap.items():
        assert koppen(deel, 3) == STAP_ONDERDELEN, f"{stap} mist onderdelen"


def test_overzicht_stappenplan_past_op_een_pdf_pagina(pdf):
    vereist("pdftotext")
    paginas = run("pdftotext", "-layout", pdf, "-").stdout.split("\f")
    _, body = lees(DOCS / "aan-de-slag" / "stappenplan.md")
    overzicht = body.split("{ #overzicht }", 1)[1].split("\n## ", 1)[0]
    stappen = [re.sub(r"\[([^\]]+)\].*", r"\1", r.split("|")[1].strip()) for r in overzicht.splitlines()
               if r.startswith("| [")]
    assert len(stappen) == 7
    # Cell text may wrap and hyphenate in the PDF: look for "N. Firstword" of every step.
    begin = [f"{i}. {s.split()[0]}" for i, s in enumerate((s.split(". ", 1)[-1] for s in stappen), start=1)]
    assert any(all(b in p for b in begin) for p in paginas), f"{begin} staan niet samen op één pdf-pagina"


def test_zelfscan_heeft_zes_stellingen_per_pijler():
    scan = yaml.safe_load((DATA / "zelfscan.yml").read_text("utf-8"))
    for pijler in (1, 2, 3, 4):
        assert sum(s["pijler"] == pijler for s in scan["stellingen"]) >= 6


# -- Practice examples -------------------------------------------------------------------

VOORBEELD_SECTIES = ["Situatie", "Aanpak", "Wat werkt", "Aandachtspunten"]


def test_aantallen_praktijkvoorbeelden():
    soorten = [lees(p)[0]["soort"] for p in soort("praktijkvoorbeeld")]
    assert len(soorten) >= 10 and soorten.count("praktijk") >= 6 and soorten.count("casus") >= 4


@pytest.mark.parametrize("pad", soort("praktijkvoorbeeld"), ids=lambda p: p.stem)
def test_praktijkvoorbeeld_opbouw(pad):
    meta, body = lees(pad)
    h2 = koppen(body, 2)
    assert h2[:4] == VOORBEELD_SECTIES and h2[-1] == "Bron"
    titel = koppen(body, 1)[0]
    assert meta["titel"] == titel
    if meta["soort"] == "casus":
        assert titel.endswith("(casus, fictief)")
        assert '!!! info "Fictieve casus"' in body
        assert "Wat zou jij doen?" in h2 and "Bespreking" in h2
        assert "fictief" in body.split("## Bron", 1)[1].lower()
    else:
        assert meta["bronnen"]


def test_overzicht_noemt_elk_voorbeeld_eenmaal_per_pijler(site):
    html = (site / "praktijkvoorbeelden" / "index.html").read_text("utf-8").split("</article>", 1)[0]
    delen = re.split(r'<h2 id="pijler-(\d)"', html)[1:]
    per_pijler = {int(delen[i]): delen[i + 1] for i in range(0, len(delen), 2)}
    for pad in soort("praktijkvoorbeeld"):
        meta, _ = lees(pad)
        for pijler in (1, 2, 3, 4):
            aantal = per_pijler[pijler].count(f'href="{pad.stem}/"')
            assert aantal == (1 if pijler in meta["pijlers"] else 0), f"{pad.stem} in pijler {pijler}: {aantal}x"


def test_pijlerhoofdstuk_toont_zijn_voorbeelden(site):
    for pad in soort("praktijkvoorbeeld"):
        meta, _ = lees(pad)
        for pijler in meta["pijlers"]:
            pijlerpagina = next(p for p in soort("pijler") if lees(p)[0]["pijler"] == pijler)
            html = (site / "pijlers" / pijlerpagina.stem / "index.html").read_text("utf-8")
            assert f'href="../../praktijkvoorbeelden/{pad.stem}/"' in html, f"{pad.stem} ontbreekt bij pijler {pijler}"


# -- Tools and reading routes ------------------------------------------------------------

def test_hulpmiddelen_noemen_hun_bronnen():
    hulpmiddelen = [p for p in soort("hulpmiddel") if p.parent.name == "hulpmiddelen"]
    assert len(hulpmiddelen) >= 6
    for pad in hulpmiddelen:
        assert "Bronnen" in koppen(lees(pad)[1], 2), pad.name


LEESROUTE_SECTIES = ["Jouw rol in gezinsgericht werken", "Je eerste vijf acties", "Wat lees je in welke volgorde",
                     "Jouw checklist"]


def test_leesroutes_per_rol_en_vanaf_de_homepage():
    routes = soort("leesroute")
    rollen = {lees(p)[0]["rol"] for p in routes}
    assert len(rollen) >= 6
    home = (DOCS / "index.md").read_text("utf-8")
    for pad in routes:
        _, body = lees(pad)
        assert koppen(body, 2)[:4] == LEESROUTE_SECTIES, pad.name
        acties = body.split("## Je eerste vijf acties", 1)[1].split("\n## ", 1)[0]
        assert len(re.findall(r"^\d+\. ", acties, re.M)) == 5, f"{pad.name}: niet precies vijf acties"
        assert f"leesroutes/{pad.name})" in home, f"de homepage linkt niet naar {pad.name}"


def test_leesroute_links_werken(site):
    for pad in soort("leesroute"):
        html = (site / "leesroutes" / pad.stem / "index.html").read_text("utf-8")
        artikel = html.split('<article', 1)[1].split("</article>", 1)[0]
        for href in re.findall(r'href="([^"#]+)(?:#[^"]*)?"', artikel):
            if href.startswith(("http", "mailto:")):
                continue
            doel = (site / "leesroutes" / pad.stem / href).resolve()
            assert (doel / "index.html").is_file() or doel.is_file(), f"{pad.stem}: kapotte link {href}"
