"""The zelfscan and the indicators as Excel workbooks (openpyxl), with formulas.

Zelfscan (from docs/_data/zelfscan.yml): a sheet "Uitleg" with the answer levels and their
points, one sheet per pillar with the statements, a drop-down list of the answers (data
validation) and formulas for the points and the pillar score, and a sheet "Resultaat".
The score is the one of the web zelfscan (assets/javascripts/zelfscan.js): per pillar the
mean of the answered statements as a percentage of the highest level, rounded
(ROUND(100 * sum / (answered * max), 0)); no answer yet: "–".

Indicators (from the tables on docs/aan-de-slag/indicatoren.md): one sheet per pillar with
the indicators and columns to choose one and fill in the baseline, the target and four
measurements; formulas for the latest measurement and the progress; and an overview.
"""

from __future__ import annotations

import datetime as dt
import io
import math

from openpyxl import Workbook
from openpyxl.formatting.rule import DataBarRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.properties import CalcProperties
from openpyxl.worksheet.datavalidation import DataValidation

from handreiking.kantoor.bron import platte_tekst

KOP = Font(bold=True, color="FFFFFF")
KOPVLAK = PatternFill("solid", fgColor="1F4E79")
INVULVLAK = PatternFill("solid", fgColor="FFF2CC")
TITEL = Font(bold=True, size=14)
OMLOOP = Alignment(wrap_text=True, vertical="top")
GEEN = "\u2013"  # the web zelfscan shows an en dash for a pillar without answers


def _eigenschappen(wb: Workbook, titel: str, auteur: str, onderwerp: str, datum: dt.date) -> None:
    wb.properties.title = titel
    wb.properties.creator = auteur
    wb.properties.lastModifiedBy = auteur
    wb.properties.subject = onderwerp
    wb.properties.language = "nl-NL"
    moment = dt.datetime.combine(datum, dt.time(12, 0))
    wb.properties.created = moment
    wb.properties.modified = moment
    wb.calculation = CalcProperties(fullCalcOnLoad=True)  # Excel and LibreOffice compute on opening


def _koprij(ws, rij: int, koppen: list[str], breedtes: list[int]) -> None:
    for k, (tekst, breedte) in enumerate(zip(koppen, breedtes, strict=True), start=1):
        cel = ws.cell(row=rij, column=k, value=tekst)
        cel.font, cel.fill, cel.alignment = KOP, KOPVLAK, OMLOOP
        ws.column_dimensions[get_column_letter(k)].width = breedte
    ws.row_dimensions[rij].height = 32
    ws.freeze_panes = ws.cell(row=rij + 1, column=1)
    ws.print_title_rows = f"{rij}:{rij}"  # the header row on every printed page
    _afdruk(ws)


def _afdruk(ws) -> None:
    """Printed landscape, as wide as the paper, as many pages down as needed."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _hoogte(ws, rij: int) -> None:
    """A row high enough for its wrapped text (spreadsheets do not measure it when they open a file)."""
    regels = 1
    for cel in ws[rij]:
        if isinstance(cel.value, str) and not cel.value.startswith("="):
            breedte = ws.column_dimensions[cel.column_letter].width or 10
            regels = max(regels, math.ceil(len(cel.value) * 1.1 / breedte))
    ws.row_dimensions[rij].height = 15 * regels + 2


def _uitleg(ws, titel: str, regels: list[str]) -> int:
    ws["A1"] = titel
    ws["A1"].font = TITEL
    ws.column_dimensions["A"].width = 90
    _afdruk(ws)
    for i, regel in enumerate(regels, start=3):
        ws.cell(row=i, column=1, value=regel).alignment = Alignment(wrap_text=True, vertical="top")
        _hoogte(ws, i)
    return 3 + len(regels)


def pagina_url(site_url: str, doel: str) -> str:
    """'pijlers/borging/index.md#kop' -> the page's address on the website."""
    pad, _, anker = doel.partition("#")
    pad = pad[:-len("index.md")] if pad.endswith("index.md") else pad[:-3] + "/"
    return site_url.rstrip("/") + "/" + pad + (f"#{anker}" if anker else "")


def zelfscan_xlsx(scan: dict, pijlers: list[dict], *, site_url: str, auteur: str, versie: str,
                  datum: dt.date) -> bytes:
    wb = Workbook()
    _eigenschappen(wb, "Zelfscan gezinsgericht werken", auteur,
                   "Zelfscan uit de Handreiking Gezinsgericht werken in detentie", datum)
    niveaus = scan["niveaus"]
    uitleg = wb.active
    uitleg.title = "Uitleg"
    rij = _uitleg(uitleg, "Zelfscan gezinsgericht werken", [
        f"Uit de Handreiking Gezinsgericht werken in detentie, versie {versie}. "
        f"Dezelfde stellingen als de zelfscan op {pagina_url(site_url, 'aan-de-slag/zelfscan.md')}",
        "Kies per stelling in de kolom Antwoord het antwoord dat het best past (een keuzelijst). "
        "Twijfel je? Kies dan het lagere antwoord en noteer waarom in de kolom Toelichting.",
        "De score per pijler is het gemiddelde van je antwoorden, als percentage van het hoogste niveau. "
        "Het blad Resultaat zet de vier pijlers onder elkaar.",
        "De antwoorden en punten:",
    ])
    uitleg.cell(row=rij, column=1, value="Antwoord").font = Font(bold=True)
    uitleg.cell(row=rij, column=2, value="Punten").font = Font(bold=True)
    eerste = rij + 1
    for i, n in enumerate(niveaus):
        uitleg.cell(row=eerste + i, column=1, value=n["label"])
        uitleg.cell(row=eerste + i, column=2, value=n["score"])
    laatste = eerste + len(niveaus) - 1
    tabel = f"Uitleg!$A${eerste}:$B${laatste}"
    max_cel = f"Uitleg!$B${laatste + 1}"
    uitleg.cell(row=laatste + 1, column=1, value="Hoogste niveau")
    uitleg.cell(row=laatste + 1, column=2, value=f"=MAX(Uitleg!$B${eerste}:$B${laatste})")
    uitleg.column_dimensions["B"].width = 10
    keuzes = ",".join(n["label"] for n in niveaus)

    resultaat_regels = []
    for p in pijlers:
        ws = wb.create_sheet(f"Pijler {p['nummer']}")
        ws["A1"] = f"Pijler {p['nummer']}: {p['titel']}"
        ws["A1"].font = TITEL
        _koprij(ws, 3, ["Nr.", "Stelling", "Uitleg", "Antwoord", "Punten", "Toelichting", "Lees de bouwsteen"],
                [5, 60, 50, 16, 9, 40, 22])
        validatie = DataValidation(type="list", formula1=f'"{keuzes}"', allow_blank=True, showDropDown=False,
                                   showErrorMessage=True, errorTitle="Kies een antwoord",
                                   error=f"Kies een van deze antwoorden: {keuzes.replace(',', ', ')}.",
                                   showInputMessage=True, promptTitle="Antwoord",
                                   prompt="Kies het antwoord dat het best past.")
        ws.add_data_validation(validatie)
        stellingen = [s for s in scan["stellingen"] if s["pijler"] == p["nummer"]]
        begin = 4
        for i, s in enumerate(stellingen):
            r = begin + i
            ws.cell(row=r, column=1, value=i + 1)
            ws.cell(row=r, column=2, value=s["tekst"])
            ws.cell(row=r, column=3, value=s["uitleg"])
            ws.cell(row=r, column=4).fill = INVULVLAK
            ws.cell(row=r, column=5, value=f'=IF(D{r}="","",VLOOKUP(D{r},{tabel},2,FALSE))')
            ws.cell(row=r, column=6).fill = INVULVLAK
            link = ws.cell(row=r, column=7, value="Bouwsteen")
            link.hyperlink = pagina_url(site_url, s["bouwsteen"])
            link.style = "Hyperlink"
            link.alignment = OMLOOP
            for k in range(1, 7):
                ws.cell(row=r, column=k).alignment = OMLOOP
            _hoogte(ws, r)
        eind = begin + len(stellingen) - 1
        validatie.add(f"D{begin}:D{eind}")
        r = eind + 2
        ws.cell(row=r, column=2, value="Beantwoord").font = Font(bold=True)
        ws.cell(row=r, column=5, value=f"=COUNT(E{begin}:E{eind})")
        ws.cell(row=r + 1, column=2, value="Punten samen").font = Font(bold=True)
        ws.cell(row=r + 1, column=5, value=f"=SUM(E{begin}:E{eind})")
        ws.cell(row=r + 2, column=2, value="Score (procent van het hoogste niveau)").font = Font(bold=True)
        ws.cell(row=r + 2, column=5,
                value=f'=IF(E{r}=0,"{GEEN}",ROUND(100*E{r + 1}/(E{r}*{max_cel}),0))').font = Font(bold=True)
        resultaat_regels.append((p, ws.title, r, len(stellingen)))

    res = _overzichtsblad(wb, "Resultaat", "Resultaat per pijler",
                          ["Pijler", "Beantwoord", "Stellingen", "Score (%)"], [60, 13, 13, 12],
                          [[f"Pijler {p['nummer']}: {p['titel']}", f"='{blad}'!E{r}", aantal, f"='{blad}'!E{r + 2}"]
                           for p, blad, r, aantal in resultaat_regels])
    res.conditional_formatting.add(f"D4:D{3 + len(resultaat_regels)}",
                                   DataBarRule(start_type="num", start_value=0, end_type="num", end_value=100,
                                               color="1F4E79"))
    onder = 5 + len(resultaat_regels)
    res.cell(row=onder, column=1, value="De pijler met het laagste percentage vraagt eerst aandacht. "
             "Neem het overzicht mee naar het plan van aanpak.").alignment = Alignment(wrap_text=True)
    uit = io.BytesIO()
    wb.save(uit)
    return uit.getvalue()


def _overzichtsblad(wb, naam: str, titel: str, koppen: list[str], breedtes: list[int], rijen: list[list]):
    """A summary sheet: its title in A1, the header row in row 3, one row per pillar from row 4."""
    blad = wb.create_sheet(naam)
    blad["A1"] = titel
    blad["A1"].font = TITEL
    _koprij(blad, 3, koppen, breedtes)
    for i, waarden in enumerate(rijen):
        for k, waarde in enumerate(waarden, start=1):
            blad.cell(row=4 + i, column=k, value=waarde)
    return blad


def indicatoren_xlsx(secties: list[tuple[str, list[str], list[list[str]]]], *, site_url: str, auteur: str,
                     versie: str, datum: dt.date) -> bytes:
    """`secties`: per pillar (title, table header, table rows) from the indicators page."""
    wb = Workbook()
    _eigenschappen(wb, "Indicatoren gezinsgericht werken", auteur,
                   "Indicatoren uit de Handreiking Gezinsgericht werken in detentie", datum)
    uitleg = wb.active
    uitleg.title = "Uitleg"
    _uitleg(uitleg, "Indicatoren om voortgang te volgen", [
        f"Uit de Handreiking Gezinsgericht werken in detentie, versie {versie}: "
        f"{pagina_url(site_url, 'aan-de-slag/indicatoren.md')}",
        "Kies per pijler een of twee indicatoren: zet Gekozen op Ja.",
        "Vul de beginwaarde in (de nulmeting in stap 3) en wat je na een jaar wilt bereiken.",
        "Meet daarna op vaste momenten, bijvoorbeeld elk kwartaal, en vul Meting 1 tot en met 4 in.",
        "Laatste meting en Voortgang rekent het blad zelf uit: de voortgang is het deel van de weg "
        "van beginwaarde naar doel dat je hebt afgelegd, in procenten.",
        "Gebruik alleen getelde aantallen, zonder namen.",
    ])
    koppen = ["Indicator", "Hoe meet je het", "Bron van gegevens", "Gekozen", "Beginwaarde", "Doel na een jaar",
              "Meting 1", "Meting 2", "Meting 3", "Meting 4", "Laatste meting", "Voortgang (%)"]
    overzicht = []
    for titel, _kolommen, rijen in secties:
        nummer = titel.split(":")[0].replace("Pijler", "").strip()
        ws = wb.create_sheet(f"Pijler {nummer}")
        ws["A1"] = titel
        ws["A1"].font = TITEL
        _koprij(ws, 3, koppen, [28, 38, 26, 9, 12, 11, 9, 9, 9, 9, 10, 11])
        ja_nee = DataValidation(type="list", formula1='"Ja,Nee"', allow_blank=True, showErrorMessage=True,
                                errorTitle="Ja of Nee", error="Kies Ja of Nee.")
        getal = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                               showErrorMessage=True, errorTitle="Een getal",
                               error="Vul een getal in (een aantal of een percentage), zonder tekst.")
        ws.add_data_validation(ja_nee)
        ws.add_data_validation(getal)
        begin = 4
        for i, cellen in enumerate(rijen):
            r = begin + i
            for k, tekst in enumerate(cellen[:3], start=1):
                ws.cell(row=r, column=k, value=platte_tekst(tekst)).alignment = OMLOOP
            for k in range(4, 11):
                ws.cell(row=r, column=k).fill = INVULVLAK
            ws.cell(row=r, column=11, value=f'=IF(J{r}<>"",J{r},IF(I{r}<>"",I{r},IF(H{r}<>"",H{r},'
                                            f'IF(G{r}<>"",G{r},""))))')
            ws.cell(row=r, column=12, value=f'=IF(OR(E{r}="",F{r}="",K{r}="",F{r}=E{r}),"",'
                                            f'ROUND(100*(K{r}-E{r})/(F{r}-E{r}),0))')
            _hoogte(ws, r)
        eind = begin + len(rijen) - 1
        ja_nee.add(f"D{begin}:D{eind}")
        getal.add(f"E{begin}:J{eind}")
        overzicht.append((titel, ws.title, begin, eind))

    _overzichtsblad(wb, "Overzicht", "Overzicht per pijler", ["Pijler", "Indicatoren", "Gekozen", "Met een meting"],
                    [60, 13, 11, 16], [[titel, e - b + 1, f"=COUNTIF('{blad}'!D{b}:D{e},\"Ja\")",
                                        f"=COUNT('{blad}'!K{b}:K{e})"] for titel, blad, b, e in overzicht])
    uit = io.BytesIO()
    wb.save(uit)
    return uit.getvalue()
