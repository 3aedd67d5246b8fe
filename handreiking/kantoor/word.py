"""A page as an accessible Word document (python-docx), from bron.py's blocks.

- the page's headings become Word's built-in Heading 1, 2 and 3 styles (navigation pane,
  table of contents, screen readers);
- tables get a header row that repeats on every page, bold header cells and a caption
  (the heading above the table) for screen readers;
- the language is Dutch (nl-NL) in the document defaults, in every style that names a
  language and in the document properties, with the title, author and subject there too.
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from handreiking.kantoor.bron import Blok, platte_tekst, runs

TAAL = "nl-NL"


def _zet_taal(document) -> None:
    """nl-NL for all text: document defaults, styles that set a language, theme fonts."""
    stijlen = document.styles.element
    standaard = stijlen.find(qn("w:docDefaults"))
    if standaard is None:
        standaard = OxmlElement("w:docDefaults")
        stijlen.insert(0, standaard)
    rpr_standaard = standaard.find(qn("w:rPrDefault"))
    if rpr_standaard is None:
        rpr_standaard = OxmlElement("w:rPrDefault")
        standaard.insert(0, rpr_standaard)
    rpr = rpr_standaard.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_standaard.append(rpr)
    if rpr.find(qn("w:lang")) is None:
        rpr.append(OxmlElement("w:lang"))
    for lang in stijlen.iter(qn("w:lang")):
        lang.set(qn("w:val"), TAAL)
        lang.set(qn("w:eastAsia"), TAAL)
        lang.set(qn("w:bidi"), TAAL)
    instellingen = document.settings.element
    thema = instellingen.find(qn("w:themeFontLang"))
    if thema is not None:
        thema.set(qn("w:val"), TAAL)


def _tekst(alinea, tekst: str) -> None:
    for deel, vet, schuin in runs(tekst):
        run = alinea.add_run(deel)
        run.bold = vet or None
        run.italic = schuin or None


def _tabel(document, blok: Blok, bijschrift: str) -> None:
    tabel = document.add_table(rows=1 + len(blok.rijen), cols=len(blok.kolommen))
    tabel.style = "Table Grid"
    kop = tabel.rows[0]
    for cel, tekst in zip(kop.cells, blok.kolommen, strict=False):
        run = cel.paragraphs[0].add_run(platte_tekst(tekst))
        run.bold = True
    trpr = kop._tr.get_or_add_trPr()
    for naam in ("w:cantSplit", "w:tblHeader"):  # the header row repeats on every page
        el = OxmlElement(naam)
        el.set(qn("w:val"), "true")
        trpr.append(el)
    for rij, cellen in zip(tabel.rows[1:], blok.rijen, strict=False):
        for cel, tekst in zip(rij.cells, cellen, strict=False):
            _tekst(cel.paragraphs[0], tekst)
        rij.height, rij.height_rule = Cm(0.9), WD_ROW_HEIGHT_RULE.AT_LEAST  # room to write on paper
        rij._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    tblpr = tabel._tbl.tblPr
    for naam, waarde in (("w:tblCaption", bijschrift), ("w:tblDescription", f"Tabel om in te vullen: {bijschrift}")):
        el = OxmlElement(naam)
        el.set(qn("w:val"), waarde)
        tblpr.append(el)
    document.add_paragraph()


def maak_docx(blokken: list[Blok], *, titel: str, auteur: str, onderwerp: str, trefwoorden: str,
              bron: str, datum: dt.date) -> bytes:
    """The DOCX as bytes. `bron` is one line under the title: where the text comes from."""
    document = Document()
    _zet_taal(document)
    document.styles["Normal"].font.size = Pt(11)
    eigenschappen = document.core_properties
    eigenschappen.title = titel
    eigenschappen.language = TAAL
    eigenschappen.author = auteur
    eigenschappen.last_modified_by = auteur
    eigenschappen.subject = onderwerp
    eigenschappen.keywords = trefwoorden
    eigenschappen.comments = bron
    eigenschappen.revision = 1
    moment = dt.datetime.combine(datum, dt.time(12, 0))
    eigenschappen.created = moment
    eigenschappen.modified = moment
    sectie = document.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.text = bron
    voet.style.font.size = Pt(8)

    laatste_kop = titel
    for i, blok in enumerate(blokken):
        if blok.soort == "kop":
            document.add_heading(platte_tekst(blok.tekst), level=min(blok.niveau, 3))
            laatste_kop = platte_tekst(blok.tekst)
            if i == 0:
                p = document.add_paragraph()
                p.add_run(bron).italic = True
        elif blok.soort == "alinea":
            _tekst(document.add_paragraph(), blok.tekst)
        elif blok.soort == "lijst":
            stijl = "List Number" if blok.genummerd else "List Bullet"
            for item in blok.items:
                if item.startswith("\u2610 "):  # a task list: a box to tick, no bullet
                    _tekst(document.add_paragraph(), item)
                else:
                    _tekst(document.add_paragraph(style=stijl), item)
        elif blok.soort == "kader":
            p = document.add_paragraph(style="Intense Quote")
            if blok.tekst:
                p.add_run(blok.tekst).bold = True
                p.add_run("\n")
            _tekst(p, " ".join(blok.items))
        elif blok.soort == "tabel":
            _tabel(document, blok, laatste_kop)
    uit = io.BytesIO()
    document.save(uit)
    return uit.getvalue()
