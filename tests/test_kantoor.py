"""Word and Excel from the same sources: the DOCX files are accessible Word documents with
the page's headings and tables; the zelfscan XLSX computes the same pillar scores as the
web zelfscan (formulas evaluated with the `formulas` package); all are linked and listed."""

from __future__ import annotations

import math
import random
import re

import formulas
import openpyxl
import pytest
import yaml
from docx import Document
from docx.oxml.ns import qn

from conftest import ROOT
from handreiking.kantoor import bron

DOCX = {"plan-van-aanpak.docx": "aan-de-slag/plan-van-aanpak.md",
        "gespreksleidraad-ouder.docx": "hulpmiddelen/gespreksleidraad-ouder.md"}


def koppen(pagina: str, niveau: int) -> list[str]:
    md = (ROOT / "docs" / pagina).read_text(encoding="utf-8")
    return [bron.platte_tekst(b.tekst) for b in bron.blokken(md, ROOT / "docs" / "_snippets", ("sjabloon-in-markdown",))
            if b.soort == "kop" and b.niveau == niveau]


@pytest.mark.parametrize(("bestand", "pagina"), DOCX.items())
def test_docx_is_toegankelijk_word_met_de_koppen_van_de_pagina(site, bestand, pagina):
    document = Document(str(site / "downloads" / bestand))
    per_stijl: dict[str, list[str]] = {}
    for p in document.paragraphs:
        per_stijl.setdefault(p.style.name, []).append(p.text)
    assert per_stijl["Heading 1"] == koppen(pagina, 1)
    assert per_stijl["Heading 2"] == koppen(pagina, 2) and len(per_stijl["Heading 2"]) >= 5
    assert document.core_properties.title == koppen(pagina, 1)[0]
    assert document.core_properties.language == "nl-NL"
    standaard = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert standaard.find(qn("w:lang")).get(qn("w:val")) == "nl-NL"
    talen = {el.get(qn("w:val")) for el in document.styles.element.iter(qn("w:lang"))}
    assert talen == {"nl-NL"}
    assert document.tables, "geen tabellen"
    for tabel in document.tables:
        kop = tabel.rows[0]._tr.trPr
        assert kop is not None and kop.find(qn("w:tblHeader")) is not None, "de kopregel herhaalt niet"
        assert all(r.bold for c in tabel.rows[0].cells for r in c.paragraphs[0].runs)
        assert tabel._tbl.tblPr.find(qn("w:tblCaption")) is not None
    tekst = "\n".join(p.text for p in document.paragraphs)
    assert "```" not in tekst and "{ #" not in tekst and "[^" not in tekst and "](" not in tekst


def web_scores(scan: dict, antwoorden: dict[str, int]) -> dict[int, int | None]:
    """The scoring of overrides/assets/javascripts/zelfscan.js, in Python: per pillar the
    mean of the answered statements as a percentage of the highest level, Math.round."""
    hoogste = max(n["score"] for n in scan["niveaus"])
    uit = {}
    for pijler in sorted({s["pijler"] for s in scan["stellingen"]}):
        ingevuld = [antwoorden[s["id"]] for s in scan["stellingen"] if s["pijler"] == pijler and s["id"] in antwoorden]
        uit[pijler] = math.floor(100 * sum(ingevuld) / (len(ingevuld) * hoogste) + 0.5) if ingevuld else None
    return uit


def test_zelfscan_xlsx_rekent_dezelfde_scores_als_de_web_zelfscan(site, tmp_path):
    scan = yaml.safe_load((ROOT / "docs" / "_data" / "zelfscan.yml").read_text(encoding="utf-8"))
    label = {n["score"]: n["label"] for n in scan["niveaus"]}
    wb = openpyxl.load_workbook(site / "downloads" / "zelfscan.xlsx")
    assert wb.sheetnames == ["Uitleg", "Pijler 1", "Pijler 2", "Pijler 3", "Pijler 4", "Resultaat"]
    toets = random.Random(23)
    antwoorden: dict[str, int] = {}
    for pijler in (1, 2, 3, 4):
        ws = wb[f"Pijler {pijler}"]
        validatie = ws.data_validations.dataValidation
        assert len(validatie) == 1 and validatie[0].type == "list"
        keuzes = validatie[0].formula1.strip('"').split(",")
        assert keuzes == [n["label"] for n in scan["niveaus"]]
        stellingen = [s for s in scan["stellingen"] if s["pijler"] == pijler]
        for i, s in enumerate(stellingen):
            rij = 4 + i
            assert ws.cell(rij, 2).value == s["tekst"]
            assert f"D{rij}" in validatie[0].sqref
            assert str(ws.cell(rij, 5).value).startswith("=")
            if pijler == 4 or toets.random() < 0.25:
                continue  # pillar 4 stays empty, others get a few blanks
            score = toets.choice(list(label))
            ws.cell(rij, 4, label[score])
            antwoorden[s["id"]] = score
    ingevuld = tmp_path / "zelfscan-ingevuld.xlsx"
    wb.save(ingevuld)
    model = formulas.ExcelModel().loads(str(ingevuld)).finish()
    uitkomst = {k.upper(): v for k, v in model.calculate().items()}
    verwacht = web_scores(scan, antwoorden)
    for pijler, score in verwacht.items():
        cel = uitkomst[f"'[{ingevuld.name.upper()}]RESULTAAT'!D{3 + pijler}"].value[0, 0]
        assert (cel == "\u2013") if score is None else (cel == score), f"pijler {pijler}: {cel} != {score}"
    assert any(v is not None and 0 < v < 100 for v in verwacht.values())


def test_indicatoren_xlsx_heeft_de_indicatoren_van_de_pagina_per_pijler(site):
    wb = openpyxl.load_workbook(site / "downloads" / "indicatoren.xlsx")
    assert wb.sheetnames == ["Uitleg", "Pijler 1", "Pijler 2", "Pijler 3", "Pijler 4", "Overzicht"]
    md = (ROOT / "docs" / "aan-de-slag" / "indicatoren.md").read_text(encoding="utf-8")
    for nummer in (1, 2, 3, 4):
        deel = md.split(f"{{ #pijler-{nummer} }}")[1].split("\n## ")[0]
        namen = [r.split("|")[1].strip() for r in deel.splitlines() if r.startswith("| ") and "---" not in r][1:]
        ws = wb[f"Pijler {nummer}"]
        assert [ws.cell(4 + i, 1).value for i in range(len(namen))] == namen
        assert str(ws.cell(4, 11).value).startswith("=IF(") and ws.data_validations.dataValidation


def test_downloads_gelinkt_vanaf_hun_pagina_en_hulpmiddelen(site):
    for pagina, (bestand, soort) in {"aan-de-slag/plan-van-aanpak": ("plan-van-aanpak.docx", "Word"),
                                     "hulpmiddelen/gespreksleidraad-ouder": ("gespreksleidraad-ouder.docx", "Word"),
                                     "aan-de-slag/zelfscan": ("zelfscan.xlsx", "Excel"),
                                     "aan-de-slag/indicatoren": ("indicatoren.xlsx", "Excel")}.items():
        html = (site / pagina / "index.html").read_text(encoding="utf-8")
        assert re.search(rf'href="../../downloads/{re.escape(bestand)}" download[^>]*>Download als {soort}</a>', html)
        assert (site / "downloads" / bestand).stat().st_size > 5000
    overzicht = (site / "hulpmiddelen" / "index.html").read_text(encoding="utf-8")
    for bestand in ("plan-van-aanpak.docx", "gespreksleidraad-ouder.docx", "zelfscan.xlsx", "indicatoren.xlsx"):
        assert f'href="../downloads/{bestand}"' in overzicht


def test_niets_in_docs_geschreven(site):
    assert not list((ROOT / "docs").rglob("*.docx")) and not list((ROOT / "docs").rglob("*.xlsx"))
