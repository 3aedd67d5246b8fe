"""A publication you read and hand out (issue 20): figures drawn from data, the In het kort
box, role pictograms, and the leaflets for families and children.

Pure functions on real data first; then the shared build (site and book PDF)."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.exceptions import PluginError

from conftest import ROOT, run, vereist
from handreiking import controles as c
from handreiking.web import figuren, inhetkort, roliconen

DOCS = ROOT / "docs"
FIGUREN = yaml.safe_load((DOCS / "_data" / "figuren.yml").read_text("utf-8"))
MARKER = re.compile(r"<!--\s*figuur\s+([\w-]+)\s*-->")
PAGINAS = sorted(p for p in DOCS.rglob("*.md") if not {"_data", "_snippets"} & set(p.parts))


def meta_van(pad: Path) -> dict:
    return c.splits_voorpagina(pad.read_text("utf-8"), str(pad))[0]


def figuurpaginas() -> dict[str, Path]:
    uit = {}
    for pad in PAGINAS:
        for naam in MARKER.findall(pad.read_text("utf-8")):
            uit[naam] = pad
    return uit


def html_van(site: Path, pad: Path) -> BeautifulSoup:
    rel = pad.relative_to(DOCS).with_suffix("")
    rel = rel.parent if rel.name == "index" else rel
    return BeautifulSoup((site / rel / "index.html").read_text("utf-8"), "html.parser")


# -- Figures ------------------------------------------------------------------------------

def test_zes_figuren_elk_op_een_pagina():
    assert set(figuurpaginas()) == set(figuren.TEKENAARS) and len(figuren.TEKENAARS) >= 6
    assert figuren.controleer_figuren(FIGUREN, {b["id"] for b in yaml.safe_load(
        (DOCS / "_data" / "bronnen.yml").read_text("utf-8"))}) == []


def test_onbekende_figuur_stopt_de_bouw_met_bestand_en_regel():
    figuren.on_config(SimpleNamespace(docs_dir=str(DOCS)))
    pagina = SimpleNamespace(file=SimpleNamespace(src_uri="pijlers/index.md"))
    with pytest.raises(PluginError, match=r"docs/pijlers/index\.md: onbekende figuur 'tijdlijm' \(regel 3"):
        figuren.on_page_markdown("# T\n\n<!-- figuur tijdlijm -->\n", pagina, None, None)


def test_figuurtekst_wordt_ontsnapt():
    figuren.on_config(SimpleNamespace(docs_dir=str(DOCS)))
    figuren._data["tijdlijn"] = dict(figuren._data["tijdlijn"], titel="<script>x</script>")
    try:
        html = figuren.figuur("tijdlijn")
    finally:
        figuren.on_config(SimpleNamespace(docs_dir=str(DOCS)))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_beslishulp_leest_de_vragen_van_de_pagina():
    tekst = (DOCS / figuren.BESLISHULP).read_text("utf-8")
    vragen = figuren.beslishulp_vragen(tekst)
    genummerd = re.findall(r"^\d+\. \*\*(.+?)\*\*", tekst.split("## Beslishulp", 1)[1].split("\n## ", 1)[0], re.M)
    assert [v["vraag"] for v in vragen] == genummerd and len(vragen) >= 5
    assert all(v["anders"] and "](" not in v["anders"] for v in vragen)


def test_figuren_op_de_site_met_tekstalternatief(site):
    for naam, pad in figuurpaginas().items():
        soup = html_van(site, pad)
        figuur = soup.find("figure", id=f"figuur-{naam}")
        assert figuur is not None, f"figuur {naam} ontbreekt op {pad.name}"
        assert figuur.figcaption and FIGUREN[naam]["onderschrift"] in figuur.figcaption.get_text(" ", strip=True)
        svgs = figuur.find_all("svg")
        assert len(svgs) == 2
        for svg in svgs:
            assert svg.get("role") == "img"
            namen = svg["aria-labelledby"].split()
            assert [svg.find(id=i).name for i in namen] == ["title", "desc"]
            assert svg.find("title").get_text(strip=True) == FIGUREN[naam]["titel"]
            assert FIGUREN[naam]["beschrijving"] in svg.find("desc").get_text(" ", strip=True)
            assert svg.find("text") is not None, "de tekst in de figuur is geen echte tekst"
            grootte = [float(t["font-size"]) for t in svg.find_all("text")]
            breedte = float(svg["viewbox"].split()[2])
            # >= 9 pt on a text column of 130 mm (368 pt) for the wide drawing; >= 14 px at 390 px
            assert min(grootte) * (368 / breedte if breedte > 400 else 1) >= (9 if breedte > 400 else 14)


def test_figuren_in_het_boek(pdf):
    vereist("pdftotext")
    tekst = " ".join(run("pdftotext", pdf, "-").stdout.split())
    for naam in figuren.TEKENAARS:
        begin = " ".join(FIGUREN[naam]["onderschrift"].split()[:6])
        assert begin in tekst, f"het onderschrift van figuur {naam} staat niet in de pdf"
    assert "Verankering in het D&R-proces" in tekst  # a label of the pillar house, as real text


# -- In het kort ----------------------------------------------------------------------------

MET_KORT = [p for p in PAGINAS if "in_het_kort" in meta_van(p)]


def test_in_het_kort_voor_de_hoofdstukken():
    namen = {str(p.relative_to(DOCS)) for p in MET_KORT}
    assert {"pijlers/index.md", "inleiding/aanleiding.md", "aan-de-slag/stappenplan/index.md",
            "aan-de-slag/zelfscan.md"} <= namen and len(namen) >= 20
    for pad in MET_KORT:
        regels = meta_van(pad)["in_het_kort"]
        assert 3 <= len(regels) <= 5, pad


def test_in_het_kort_controle():
    def fouten(waarde) -> list[str]:
        tekst = "---\nin_het_kort:\n" + "".join(f"  - {r}\n" for r in waarde) + "---\n"
        return [f"{b.regel}: {b.wat}" for b in c.voorpagina.controleer_in_het_kort("x.md", tekst,
                                                                                  {"in_het_kort": waarde})]

    assert fouten(["Je doet dit.", "De casemanager doet het.", "Bij binnenkomst."]) == []
    assert fouten(["a"] * 6) == ["2: 'in_het_kort' heeft 6 regels; het mogen er hooguit 5 zijn"]
    assert fouten(["goed", "x" * 161]) == ["4: regel 2 van 'in_het_kort' is 161 tekens; het mogen er hooguit 160 zijn"]
    assert fouten(["Lees [dit](x.md)"]) == ["3: regel 1 van 'in_het_kort' bevat opmaak of een link"]
    assert c.voorpagina.controleer_in_het_kort("x.md", "in_het_kort: tekst\n", {"in_het_kort": "tekst"})[0].regel == 1


def test_in_het_kort_staat_na_de_titel_en_ontsnapt():
    md = inhetkort.met_in_het_kort("```\n# geen titel\n```\n# Titel\n\nTekst.\n", ["A <b>&", "B's 'x'"])
    assert md.index("# Titel") < md.index("hr-inhetkort") < md.index("Tekst.")
    assert "A &lt;b&gt;&amp;" in md and "<b>" not in md
    assert "B\u2019s &#39;x&#39;" in md  # the apostrophe in a word only


def test_in_het_kort_op_de_site_en_in_het_boek(site, pdf):
    for pad in MET_KORT:
        kader = html_van(site, pad).find(class_="hr-inhetkort")
        assert kader is not None and kader.get("role") == "note", pad
        # the text as a reader sees it: phone numbers are links (bellen.py), so no separator between nodes
        verwacht = meta_van(pad)["in_het_kort"][0].replace("'", "\u2019")  # the apostrophe as smarty sets it
        assert verwacht in " ".join(kader.get_text("").split()), pad
    vereist("pdftotext")
    tekst = " ".join(run("pdftotext", pdf, "-").stdout.split())
    assert tekst.count("In het kort") >= len(MET_KORT) - 2  # the PDF leaves out a few web-only pages
    assert "Gezinsgericht werken rust op vier pijlers die elkaar nodig hebben." in tekst


# -- Role pictograms ------------------------------------------------------------------------

def test_elke_rol_heeft_een_bestaand_icoon():
    rollen = yaml.safe_load((DOCS / "_data" / "vocabulaire.yml").read_text("utf-8"))["rollen"]
    assert all(r.get("icoon") and roliconen.bestaat(r["icoon"]) for r in rollen)
    assert not roliconen.bestaat("material-bestaat-niet")


def test_roliconen_in_de_markdown():
    roliconen.on_config(SimpleNamespace(docs_dir=str(DOCS)))
    md = ("# Werkkaart\n\n```\n| Casemanager | in code |\n```\n\n- [Zorg](zorg.md): tekst\n- [Elders](elders.md)\n\n"
          "| Rol | Taken |\n| --- | --- |\n| Casemanager | Doet de kindcheck |\n| Bezoek- en portiersmedewerker | Ontvangt |\n"
          "| Directie | Beslist |\n")
    uit = roliconen.met_iconen(md, "mmd", lambda pad: "zorg" if pad == "zorg.md" else None)
    assert '# Werkkaart\n\n<p class="hr-rol" markdown>:material-handshake: MMD\'er</p>' in uit
    assert "- :material-medical-bag: [Zorg](zorg.md)" in uit and "- [Elders](elders.md)" in uit
    assert "| :material-clipboard-account: Casemanager | Doet" in uit and "| Casemanager | in code |" in uit
    assert "| :material-door-open: Bezoek- en portiersmedewerker |" in uit and "| Directie |" in uit


def test_rolicoon_heeft_een_naam_en_is_op_het_scherm_verborgen():
    roliconen.on_config(SimpleNamespace(docs_dir=str(DOCS)))
    school = (roliconen.ICONEN / "material" / "school.svg").read_text("utf-8")
    uit = roliconen.als_pictogram(f'<span class="twemoji">{school}</span>')
    assert uit.startswith('<span class="hr-icoon"><svg') and 'aria-hidden="true"' in uit
    assert "<title>Pictogram Trainer en opleider</title>" in uit
    ander = '<span class="twemoji"><svg viewBox="0 0 24 24"><path d="M1 1h2"/></svg></span>'
    assert roliconen.als_pictogram(ander) == ander  # an icon that is not a role's: untouched


def test_roliconen_op_werkkaarten_en_leesroutes(site):
    for pad in sorted((DOCS / "werkkaarten").glob("*.md")) + [DOCS / "leesroutes" / "zorg.md"]:
        rol = html_van(site, pad).find(class_="hr-rol")
        assert rol is not None and rol.select_one(".hr-icoon svg[aria-hidden=true] title"), pad
    overzicht = html_van(site, DOCS / "leesroutes" / "index.md")
    assert len(overzicht.select("article li .hr-icoon svg title")) >= 8


# -- Leaflets for families and children ----------------------------------------------------

KINDEREN = [DOCS / "hulpmiddelen" / "als-je-vader-of-moeder-vastzit-6-11.md",
            DOCS / "hulpmiddelen" / "als-je-vader-of-moeder-vastzit-12-18.md"]


@pytest.mark.parametrize("pad, ondergrens", [(p, 75) for p in KINDEREN]
                         + [(DOCS / "hulpmiddelen" / "informatie-voor-gezinnen.md", 65)],
                         ids=lambda x: x.name if isinstance(x, Path) else str(x))
def test_leesbaarheid_van_de_folders(pad, ondergrens):
    _, body, _ = c.splits_voorpagina(pad.read_text("utf-8"), str(pad))
    score, _ = c.leesbaarheid(body)
    assert score >= ondergrens, f"{pad.name}: Flesch-Douma {score}, minstens {ondergrens}"


def test_kinderfolders_zonder_bronnoten_en_met_alleen_nummers_uit_de_feitenbank():
    for pad in KINDEREN:
        tekst = pad.read_text("utf-8")
        assert "[^" not in tekst and meta_van(pad).get("folder") is True
        assert set(re.findall(r"\*\*(\d[\d-]*)\*\*", tekst)) <= {"112", "0800-0432", "0800-2000"}


def test_folders_als_losse_pdf_zonder_bronnen(site):
    vereist("pdftotext")
    for pad in KINDEREN + [DOCS / "hulpmiddelen" / "informatie-voor-gezinnen.md"]:
        losblad = site / "pdf" / "hulpmiddelen" / f"{pad.stem}.pdf"
        tekst = run("pdftotext", losblad, "-").stdout
        assert "Bronnen" not in tekst and "Voor PIW" not in tekst and "Pijler 1" not in tekst, pad.name
        if pad in KINDEREN:
            assert "Voor medewerkers" not in tekst
            assert int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", losblad).stdout).group(1)) == 1


# -- Print: the book as a designed guide ---------------------------------------------------

MM = 72 / 25.4  # PDF points per millimetre


def woorden_met_plek(pdf: Path, pagina: int) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, word) of every word on one page, in PDF points."""
    vereist("pdftotext")
    uit = run("pdftotext", "-bbox", "-f", str(pagina), "-l", str(pagina), pdf, "-").stdout
    return [(float(m[1]), float(m[2]), float(m[3]), float(m[4]), m[5]) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', uit)]


def inhoudsopgave(pdf: Path) -> dict[str, int]:
    """Part number -> page, from the printed table of contents."""
    tekst = run("pdftotext", "-layout", "-f", "3", "-l", "6", pdf, "-").stdout
    return {m[1]: int(m[2]) for m in re.finditer(r"^\s*(\d)\s{2,}\S.*?\.\s*(\d+)\s*$", tekst, re.M)}


def test_inhoudsopgave_nummers_lijnen_uit(pdf):
    """Every page number of the table of contents ends at the same place inside the margin,
    whatever the level or indent of its line."""
    for pagina in (3, 4, 5):
        woorden = woorden_met_plek(pdf, pagina)
        rechts = [x1 for (_, y0, x1, _, w) in woorden if w.isdigit() and x1 > 150 * MM and y0 < 270 * MM]
        assert len(rechts) >= 10, pagina
        assert max(rechts) - min(rechts) < 0.6 * MM, f"pagina {pagina}: de paginanummers lijnen niet uit"
        assert max(rechts) < (210 - 27) * MM + 0.5, f"pagina {pagina}: paginanummer in de marge"


def test_duimgrepen_voor_elk_deel(pdf):
    """Each part's pages carry a thumb tab with its number on the outer edge, one step lower
    per part (a pillar's pages: 2.1 to 2.4)."""
    delen = inhoudsopgave(pdf)
    assert set(delen) == {str(n) for n in range(1, 8)}, delen
    hoogtes = []
    for nummer, begin in sorted(delen.items()):
        pagina = begin + 2  # the divider has no tab; its back and the intro that follows do
        woorden = woorden_met_plek(pdf, pagina)
        rand = [(y0, w) for (x0, y0, x1, _, w) in woorden
                if (x0 > 190 * MM if pagina % 2 else x1 < 20 * MM) and re.fullmatch(r"\d(\.\d)?", w)]
        assert rand and rand[0][1].split(".")[0] == nummer, f"deel {nummer}, p. {pagina}: {rand}"
        hoogtes.append(rand[0][0])
    assert hoogtes == sorted(hoogtes) and len(set(hoogtes)) == len(hoogtes), hoogtes


def test_colofon_op_een_pagina_voor_de_achterkant(pdf):
    vereist("pdfinfo")
    paginas = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", pdf).stdout)[1])
    binnen = run("pdftotext", "-f", str(paginas - 1), "-l", str(paginas - 1), pdf, "-").stdout
    ervoor = run("pdftotext", "-f", str(paginas - 2), "-l", str(paginas - 2), pdf, "-").stdout
    assert binnen.lstrip().startswith("Colofon") and "Zo citeer je deze uitgave" in binnen and "Contact" in binnen
    assert "Colofon" not in ervoor and paginas % 2 == 0  # the back cover is a left-hand page


def test_omslag_heeft_een_beeld(pdf, tmp_path):
    """The cover carries a drawing (the four-pillar house) in the blue field above the
    pillar band: all four pillar colours appear there."""
    vereist("pdftoppm")
    from PIL import Image
    run("pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", pdf, tmp_path / "omslag")
    beeld = Image.open(next(tmp_path.glob("omslag*.png"))).convert("RGB")
    vlak = beeld.crop((0, 0, beeld.width, int(beeld.height * 160 / 297)))
    kleuren = vlak.getcolors(vlak.width * vlak.height)
    for kleur in ("#00706a", "#5b2c86", "#a65200", "#a90061"):
        doel = tuple(int(kleur[i:i + 2], 16) for i in (1, 3, 5))
        assert sum(n for n, k in kleuren if max(abs(a - b) for a, b in zip(k, doel, strict=True)) < 12) > 20, kleur


def test_gelijke_kolommen_voor_tabellen_met_dezelfde_kop():
    from handreiking.druk import papier
    rij = "<tr><td>{}</td><td>{}</td></tr>"
    html = ("<table><thead><tr><th>Rol</th><th>Taken</th></tr></thead><tbody>" + rij.format("PIW'er", "veel " * 30)
            + "</tbody></table><table><thead><tr><th>Rol</th><th>Taken</th></tr></thead><tbody>"
            + rij.format("Casemanager", "kort") + "</tbody></table>"
            + "<table><thead><tr><th>Anders</th><th>Iets</th></tr></thead><tbody>" + rij.format("a", "b")
            + "</tbody></table>")
    soup = BeautifulSoup(html, "html.parser")
    assert papier.gelijke_kolommen(soup, soup) == 2
    eerste, tweede, derde = soup.find_all("table")
    breedtes = [[c["style"] for c in t.find_all("col")] for t in (eerste, tweede)]
    assert breedtes[0] == breedtes[1] and len(breedtes[0]) == 2 and breedtes[0][0] != breedtes[0][1]
    assert derde.find("colgroup") is None  # only once: its own widths
    # A short column with a long word ("Casemanager") keeps room for that word next to a long text column.
    delen = papier.kolomdelen([30, 250, 10], [0.18, 0.08, 0.165])
    assert abs(sum(delen) - 1) < 1e-9 and delen[0] >= 0.18 and delen[2] >= 0.165 and delen[1] > 0.6, delen
    assert [round(d, 6) for d in papier.kolomdelen([1, 1], [0.7, 0.6])] == [round(0.7 / 1.3, 6), round(0.6 / 1.3, 6)]


def test_elk_hulpmiddel_heeft_in_het_kort():
    for pad in sorted((DOCS / "hulpmiddelen").glob("*.md")):
        meta = meta_van(pad)
        if pad.name != "index.md" and not meta.get("folder"):
            assert "in_het_kort" in meta, f"{pad.name}: In het kort ontbreekt"


def test_werkkaart_als_losse_pdf(site, pdf):
    """A werkkaart handout: one A4, the book page it comes from, and the safety box in a
    strip at its foot (below every situation, above the footer)."""
    vereist("pdftotext")
    boektekst = run("pdftotext", "-layout", pdf, "-").stdout.split("\f")
    for kaart in sorted((site / "pdf" / "werkkaarten").glob("*.pdf")):
        tekst = run("pdftotext", kaart, "-").stdout
        # (pdftotext may split the letter-spaced "WERKKAART")
        m = re.search(r"ART\s(\d\.\d)\s\(P\.\s(\d+)\)\s·\sHANDREIKING GEZINSGERICHT WERKEN IN DETENTIE", tekst)
        assert m, kaart.name
        nummer, bladzijde = m[1], int(m[2])
        assert re.search(rf"^\s*{re.escape(nummer)}\s+Werkkaart", boektekst[bladzijde - 1], re.M), \
            f"{kaart.name}: werkkaart {nummer} staat niet op p. {bladzijde} van het boek"
        woorden = woorden_met_plek(kaart, 1)
        assert "pagina 1 van 1" in " ".join(w for *_, w in woorden)
        strook = [y0 for (_, y0, _, _, w) in woorden if w == "veilig?"]
        assert strook, f"{kaart.name}: geen veiligheidsstrook"
        voet = min(y0 for (_, y0, _, _, w) in woorden if w == "pagina")
        assert 230 * MM < strook[-1] < voet, kaart.name


def test_meldcodekaart_op_een_a4_zoals_beloofd():
    """The overview promises the meldcode map on one page; `een_a4` holds the handout to
    one A4 (tests/test_build.py checks the page count)."""
    overzicht = (DOCS / "hulpmiddelen" / "index.md").read_text("utf-8")
    assert re.search(r"\[Signalen en meldcode\].*op één pagina", overzicht)
    assert meta_van(DOCS / "hulpmiddelen" / "signalen-en-meldcode.md").get("een_a4") is True


def test_werkkaart_situaties_in_twee_vaste_kolommen():
    """The card's situations split into two columns where the text is most even, in order."""
    from handreiking.druk import handouts
    situaties = [("Kort", "a " * 20), ("Lang", "b " * 300), ("Midden", "c " * 120), ("Ook kort", "d " * 40)]
    html = '<article><div class="hr-kaart-situaties">' + "".join(
        f"<h3>{kop}</h3><ul><li>{tekst}</li></ul>" for kop, tekst in situaties) + "</div><h2>Verder lezen</h2></article>"
    soup = BeautifulSoup(html, "html.parser")
    handouts._twee_vaste_kolommen(soup.article, soup)
    links, rechts = soup.select(".hr-kaart-situaties--vast > .hr-kolom")
    assert [h.get_text() for h in links.find_all("h3")] == ["Kort", "Lang"]
    assert [h.get_text() for h in rechts.find_all("h3")] == ["Midden", "Ook kort"]
    assert soup.find("h2").find_previous_sibling() is soup.find(class_="hr-kaart-situaties")


def test_link_naar_een_pagina_buiten_het_boek():
    """A link to a page that is not in the book (the editors' pages, the reading routes)
    points to the website, with its address printed after it; in a book without a website
    address (the kern), only the words remain."""
    from handreiking.druk import boek, papier

    def maak(website):
        soup = BeautifulSoup('<section class="hr-hoofdstuk"><p>Lees de <a href="#redactie/schrijfwijzer/:">'
                             'schrijfwijzer</a> en <a href="#a/:kop">kop</a>.</p></section>', "html.parser")
        boek._verwijzingen(soup, {"a/:kop": {"nr": "1.1", "hoofdstuk": "a/:", "href": "a/:kop"}}, website)
        papier.externe_links(soup, soup)
        return soup

    tekst = maak("https://voorbeeld.nl/handreiking/").get_text()
    assert "schrijfwijzer (voorbeeld.nl/handreiking/redactie/schrijfwijzer)" in tekst, tekst
    assert maak("").get_text().startswith("Lees de schrijfwijzer en kop")
