"""One real full build: the site and the PDF as a reader gets them."""

from __future__ import annotations

import html as html_lib
import json
import re

import pikepdf
import yaml

from conftest import PDF_NAAM, ROOT, run, vereist

CONFIG = yaml.safe_load(re.sub(r"!!python/name:\S+|!ENV \[[^\]]*\]", "''", (ROOT / "mkdocs.yml").read_text("utf-8")))
VERSIE = str(CONFIG["extra"]["version"])


def nav_paginas(nav=CONFIG["nav"]):
    for item in nav:
        waarde = list(item.values())[0] if isinstance(item, dict) else item
        if isinstance(waarde, list):
            yield from nav_paginas(waarde)
        else:
            yield waarde


def hoofdstuktitels(site):
    """The H1 of every page that is in the PDF: all of the nav but the home page."""
    for pagina in nav_paginas():
        if pagina == "index.md":
            continue
        html = (site / pagina.replace("index.md", "").replace(".md", "/") / "index.html").read_text("utf-8")
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
        h1 = re.sub(r'<a class="headerlink".*?</a>', "", h1)
        yield html_lib.unescape(re.sub(r"<[^>]+>", "", h1)).strip()


def pdftekst(pdf) -> str:
    vereist("pdftotext")
    return re.sub(r"\s+", " ", run("pdftotext", "-layout", pdf, "-").stdout)


def test_pdfinfo_getagd_titel_en_paginas(pdf):
    vereist("pdfinfo")
    info = run("pdfinfo", pdf).stdout
    assert re.search(r"^Tagged:\s+yes", info, re.M)
    assert re.search(r"^Title:\s+Handreiking Gezinsgericht werken in detentie$", info, re.M)
    assert re.search(r"^Page size:.*\(A4\)", info, re.M)
    paginas = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert paginas >= len(list(nav_paginas()))


def test_pdf_metadata(pdf):
    with pikepdf.open(pdf) as doc:
        meta = doc.open_metadata()
        assert meta.get("dc:title") == "Handreiking Gezinsgericht werken in detentie"
        info = doc.docinfo
        assert "Redactie" in str(info.get("/Author"))
        assert "gezinsgericht werken" in str(info.get("/Keywords"))
        assert str(info.get("/Subject"))


def test_eigen_lettertype_ingesloten(pdf):
    vereist("pdffonts")
    fonts = run("pdffonts", pdf).stdout
    regels = [r for r in fonts.splitlines() if "SourceSans3" in r.replace("-", "")]
    assert regels, fonts
    assert all(" yes " in r for r in regels), "het lettertype moet ingesloten zijn"


def test_pdf_bevat_alle_hoofdstukken_en_het_einde(site, pdf):
    tekst = pdftekst(pdf)
    for titel in hoofdstuktitels(site):
        assert titel in tekst, f"hoofdstuk ontbreekt in de pdf: {titel}"
    # Sentinel: the last sentence of the last chapter in the PDF (the colofon) must be
    # there; the PDF plugins are known to truncate silently.
    colofon = (ROOT / "docs" / "over" / "colofon.md").read_text("utf-8").strip().splitlines()
    laatste = next(r for r in reversed(colofon) if r.strip() and not r.startswith(("#", "-", "|", "<", "*[")))
    woorden = re.sub(r"[*_`\[\]()]|\(.*?\)", "", laatste).split()[:6]
    assert " ".join(woorden) in tekst, f"slotzin van het colofon niet gevonden: {' '.join(woorden)}"


def test_pdf_bladwijzers_per_hoofdstuk(pdf):
    with pikepdf.open(pdf) as doc:
        with doc.open_outline() as outline:
            titels = []

            def loop(items):
                for i in items:
                    titels.append(i.title)
                    loop(i.children)
            loop(outline.root)
    secties = [list(i.keys())[0] for i in CONFIG["nav"] if isinstance(i, dict) and isinstance(list(i.values())[0], list)]
    for sectie in secties:
        assert any(sectie in t for t in titels), f"geen bladwijzer voor {sectie}: {titels[:20]}"


def test_versie_in_voettekst_en_pdf(site, pdf):
    html = (site / "index.html").read_text("utf-8")
    voet = html[html.index('class="md-copyright"'):]
    assert f"versie {VERSIE}" in voet
    assert f"Versie {VERSIE}" in pdftekst(pdf)


def test_pdf_link_op_elke_pagina(site):
    for pad in site.rglob("index.html"):
        html = pad.read_text("utf-8")
        if 'class="md-content' not in html:
            continue
        m = re.search(r'<a class="hr-balk__pdf" href="([^"]+)"', html)
        assert m, f"geen pdf-link op {pad}"
        assert (pad.parent / m.group(1)).resolve() == (site / PDF_NAAM).resolve()


def test_geen_verzoeken_naar_andere_hosts(site):
    """No generated HTML, CSS or JS loads anything from another host; only links the
    content itself writes (sources) may point outside."""
    extern = re.compile(r"""(?:src|href)\s*=\s*["'](https?:)?//|url\(\s*["']?(https?:)?//|@import\s+["']?https?:""")
    for pad in list(site.rglob("*.html")) + list(site.rglob("*.css")) + list(site.rglob("*.js")):
        tekst = pad.read_text("utf-8", errors="ignore")
        if pad.suffix == ".html":
            tekst = re.sub(r"<a\s[^>]*>", "", tekst)  # links to sources are navigation, not requests
            tekst = re.sub(r'<link rel="(canonical|alternate)"[^>]*>', "", tekst)
        for m in extern.finditer(tekst):
            regel = tekst[max(0, m.start() - 80):m.end() + 80]
            assert "w3.org/2000/svg" in regel, f"{pad.relative_to(site)} laadt iets van buiten: {regel!r}"
    assert "fonts.googleapis" not in (site / "index.html").read_text("utf-8")


def test_zoekindex_bevat_nederlandse_woorden(site):
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    assert index["config"]["lang"] == ["nl"]
    tekst = " ".join(d["text"] + " " + d["title"] for d in index["docs"]).lower()
    for woord in ("kindcheck", "vadervleugel", "meldcode", "ouder-kinddag", "stappenplan", "bezoek"):
        assert woord in tekst, woord


def test_html_is_nederlands(site):
    assert '<html lang="nl"' in (site / "index.html").read_text("utf-8")
