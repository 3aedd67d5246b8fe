"""Unit tests of the hooks' pure functions, on small data and tmp_path Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import begrippen
import bijgewerkt
import bronnen
import markeringen
import pdf
import praktijkvoorbeelden as pv
import zelfscan

VOCAB = {
    "pijlers": [{"nummer": n, "titel": f"Pijler {n}"} for n in (1, 2, 3, 4)],
    "rollen": [{"id": "piw-mentor", "naam": "PIW'er en mentor"}, {"id": "casemanager", "naam": "Casemanager"}],
}


# -- begrippen ---------------------------------------------------------------------

def test_afkortingen_worden_markdown_abbreviations():
    lijst = [{"term": "DJI", "voluit": "Dienst Justitiële Inrichtingen", "uitleg": "De   gevangenisdienst."}]
    assert begrippen.afkortingen(lijst) == "*[DJI]: Dienst Justitiële Inrichtingen: De gevangenisdienst."


def test_afkortingen_alleen_voor_termen_op_de_pagina():
    lijst = [{"term": "DJI", "uitleg": "a"}, {"term": "PI", "uitleg": "b"}]
    assert begrippen.afkortingen(lijst, "De DJI werkt samen.") == "*[DJI]: a"


def test_begrippenlijst_is_alfabetisch_met_voluit():
    lijst = [{"term": "PI", "voluit": "Penitentiaire inrichting", "uitleg": "Gevangenis."},
             {"term": "kindcheck", "uitleg": "Vragen naar kinderen."}]
    uit = begrippen.begrippenlijst(lijst)
    assert uit.index("kindcheck") < uit.index("PI (Penitentiaire inrichting)")
    assert ":   Vragen naar kinderen." in uit


def test_begrippen_valideer_vindt_dubbel_en_leeg():
    fouten = begrippen.valideer([{"term": "DJI", "uitleg": "a"}, {"term": "dji", "uitleg": "b"}, {"term": "PI"}])
    assert any("twee keer" in f for f in fouten)
    assert any("'PI'" in f and "verplicht" in f for f in fouten)
    assert begrippen.valideer([{"term": "DJI", "uitleg": "a"}]) == []


# -- bronnen -----------------------------------------------------------------------

def test_bronnenlijst_heeft_ankers_en_escapet():
    uit = bronnen.bronnenlijst([{"id": "a-2020", "auteurs": "A & B", "jaar": 2020, "titel": "T", "soort": "rapport",
                                 "url": "https://example.org/x?a=1&b=2"}])
    assert '<li id="a-2020">' in uit
    assert "A &amp; B (2020). <em>T</em>." in uit
    assert 'href="https://example.org/x?a=1&amp;b=2"' in uit


def test_bronnen_valideer():
    fouten = bronnen.valideer([{"id": "x", "auteurs": "A", "jaar": 2020, "titel": "T", "soort": "rapport"},
                               {"id": "x", "auteurs": "A", "jaar": 2021, "titel": "T", "soort": "rapport"},
                               {"id": "y", "auteurs": "A", "jaar": 2021, "soort": "rapport"}])
    assert any("twee keer" in f for f in fouten)
    assert any("'titel'" in f for f in fouten)


# -- praktijkvoorbeelden -----------------------------------------------------------

def _voorbeeld(map_: Path, naam: str, **velden) -> None:
    regels = ["---"] + [f"{k}: {v}" for k, v in velden.items()] + ["---", "", f"# {velden.get('titel', naam)}", ""]
    (map_ / f"{naam}.md").write_text("\n".join(regels), encoding="utf-8")


def test_voorbeelden_gelezen_en_gesorteerd(tmp_path):
    m = tmp_path / "praktijkvoorbeelden"
    m.mkdir()
    _voorbeeld(m, "b", titel="Bezoek (casus, fictief)", soort="casus", pijlers="[1]")
    _voorbeeld(m, "a", titel="Zwolle", soort="praktijk", pijlers="[1, 2]")
    (m / "index.md").write_text("# genegeerd", encoding="utf-8")
    voorbeelden = pv.lees_voorbeelden(tmp_path)
    assert [v["pad"] for v in voorbeelden] == ["praktijkvoorbeelden/a.md", "praktijkvoorbeelden/b.md"]


def test_overzicht_noemt_elk_voorbeeld_eenmaal_per_pijler():
    vb = [{"titel": "A", "pad": "praktijkvoorbeelden/a.md", "soort": "praktijk", "pijlers": [1, 2], "locatie": "PI X",
           "doelgroep": ["piw-mentor"], "laatst_gecontroleerd": dt.date(2026, 1, 1)},
          {"titel": "B", "pad": "praktijkvoorbeelden/b.md", "soort": "casus", "pijlers": [2], "locatie": "landelijk",
           "doelgroep": ["casemanager"]}]
    uit = pv.overzicht(vb, VOCAB)
    assert uit.count("[A](a.md)") == 2 and uit.count("[B](b.md)") == 1
    assert "| Casus (fictief) | landelijk | Casemanager |" in uit
    assert "laatst_gecontroleerd: 2026-01-01" in uit
    assert "## Pijler 3" in uit and "nog geen voorbeelden" in uit


def test_lijst_voor_pijler_linkt_relatief():
    vb = [{"titel": "A", "pad": "praktijkvoorbeelden/a.md", "soort": "praktijk", "pijlers": [1], "locatie": "PI X"}]
    assert pv.lijst_voor_pijler(vb, 1, "pijlers") == "- [A](../praktijkvoorbeelden/a.md) — Praktijk, PI X"
    assert "nog geen" in pv.lijst_voor_pijler(vb, 4, "pijlers")


def test_voorbeelden_komen_in_de_navigatie():
    nav = [{"Home": "index.md"}, {"Praktijkvoorbeelden": ["praktijkvoorbeelden/index.md"]}]
    pv.voeg_toe_aan_nav(nav, ["praktijkvoorbeelden/a.md"])
    assert nav[1]["Praktijkvoorbeelden"] == ["praktijkvoorbeelden/index.md", "praktijkvoorbeelden/a.md"]


# -- zelfscan ----------------------------------------------------------------------

NIVEAUS = [{"id": "nog-niet", "label": "Nog niet", "score": 0}, {"id": "volledig", "label": "Volledig", "score": 3}]


def _stelling(**over):
    s = {"id": "s1", "pijler": 1, "tekst": "Wij doen X.", "uitleg": "Omdat.", "bouwsteen": "p.md#a", "stap": "s.md#stap-1"}
    s.update(over)
    return s


def test_zelfscan_goede_data():
    assert zelfscan.valideer({"niveaus": NIVEAUS, "stellingen": [_stelling()]}, {1, 2, 3, 4}) == []


def test_zelfscan_slechte_data_geeft_nederlandse_meldingen():
    scan = {"niveaus": NIVEAUS, "stellingen": [_stelling(), _stelling(), _stelling(id="s2", pijler=7),
                                               _stelling(id="s3", tekst=" "), _stelling(id="s4", niveaus=["soms"])]}
    fouten = "\n".join(zelfscan.valideer(scan, {1, 2, 3, 4}))
    assert "de id 's1' komt twee keer voor" in fouten
    assert "pijler '7' bestaat niet" in fouten
    assert "het veld 'tekst' is leeg" in fouten
    assert "onbekend antwoordniveau 'soms'" in fouten


def test_zelfscan_formulier_is_toegankelijk():
    scan = {"niveaus": NIVEAUS, "stellingen": [_stelling()]}
    html = zelfscan.formulier(scan, VOCAB["pijlers"], lambda doel, s: "../" + doel.replace(".md", "/"))
    assert "<fieldset" in html and "<legend>Wij doen X.</legend>" in html
    assert html.count('type="radio" name="s1"') == 2
    assert 'data-bouwsteen="../p/#a"' in html


# -- markeringen, bijgewerkt, pdf ----------------------------------------------------

def test_versie_en_datum_markeringen():
    uit = markeringen.vervang_versie("Versie <!-- versie --> van <!-- datum -->.", "1.2.0", dt.date(2026, 11, 29))
    assert uit == "Versie 1.2.0 van 29 november 2026."


def test_onbekende_markering_gevonden_maar_niet_in_code_of_gewoon_commentaar():
    md = "Tekst\n<!-- praktijkvoorbeeldn pijler=1 -->\n```\n<!-- zelfscan -->\n```\n<!-- Dit is gewoon commentaar. -->"
    assert markeringen.onbekende_markeringen(md) == [(2, "<!-- praktijkvoorbeeldn pijler=1 -->")]


def test_git_log_wordt_per_bestand_de_nieuwste_datum():
    log = "#2026-11-29\n\nindex.md\n#2026-10-01\n\nindex.md\nover/a.md\n"
    assert bijgewerkt.parse_git_log(log) == {"index.md": dt.date(2026, 11, 29), "over/a.md": dt.date(2026, 10, 1)}


def test_git_datums_zonder_git_is_leeg(tmp_path):
    assert bijgewerkt.git_datums(tmp_path) == {}


def test_voor_print_zet_taal_titel_en_haalt_webonderdelen_weg():
    html = ('<html><head><title>x</title><script src="a.js"></script><link rel="icon" href="f.svg">'
            '<link rel="stylesheet" href="s.css"></head><body><div class="hr-web">web</div>'
            '<a href="https://example.org">Voorbeeld</a><a href="https://example.org">https://example.org</a>'
            '<div class="tabbed-set"><div class="tabbed-labels"><label>Een</label><label>Twee</label></div>'
            '<div class="tabbed-content"><div class="tabbed-block">A</div><div class="tabbed-block">B</div></div></div>'
            '</body></html>')
    uit = pdf.voor_print(html, "Handreiking")
    assert '<html lang="nl">' in uit and "<title>Handreiking</title>" in uit
    assert "script" not in uit and "icon" not in uit and 'rel="stylesheet"' in uit and "hr-web" not in uit
    assert uit.count("hr-extern") == 1
    assert '<p class="hr-tablabel">Een</p><div class="hr-tabblok">A</div>' in uit


# -- voorpagina labels, meldingen, zoektermen ------------------------------------------

import meldingen  # noqa: E402
import voorpagina  # noqa: E402
import zoektermen  # noqa: E402


def test_labels_uit_pijlers_en_doelgroep():
    vocab = {"pijlers": [{"nummer": 1, "kort": "Faciliteiten"}], "rollen": VOCAB["rollen"]}
    assert voorpagina.labels({"pijlers": [1], "doelgroep": ["casemanager"]}, vocab) == \
        ["Pijler 1: Faciliteiten", "Casemanager"]
    assert voorpagina.labels({"paginatype": "hoofdstuk"}, vocab) == []


def test_mkdocs_linkmelding_wordt_nederlands_met_regel(tmp_path):
    (tmp_path / "over").mkdir()
    (tmp_path / "over" / "a.md").write_text("# A\n\nZie [b](b.md).\n", encoding="utf-8")
    uit = meldingen.vertaal("Doc file 'over/a.md' contains a link 'b.md', but the target 'over/b.md' is not found "
                            "among documentation files.", tmp_path)
    assert uit.startswith("docs/over/a.md:3: FOUT: de link 'b.md' verwijst naar een pagina die niet bestaat — ")
    anker = meldingen.vertaal("Doc file 'over/a.md' contains a link 'b.md#x', but the doc 'over/b.md' does not "
                              "contain an anchor '#x'.", tmp_path)
    assert "een kop '#x' die niet bestaat" in anker
    nav = meldingen.vertaal('The following pages exist in the docs directory, but are not included in the "nav" '
                            "configuration:\n  - over/a.md", tmp_path)
    assert nav.startswith("FOUT: deze pagina's staan niet in de navigatie: docs/over/a.md")
    assert meldingen.vertaal("Iets anders", tmp_path) is None


def test_zoektermen_normaliseren():
    assert zoektermen.zoektermen("kindcheck, vadervleugel") == ["kindcheck", "vadervleugel"]
    assert zoektermen.zoektermen(["ouder-kinddag", ""]) == ["ouder-kinddag"]
    assert zoektermen.zoektermen(None) == []


def test_pdf_wordt_getagd_en_pas_op_het_eind_op_zijn_plek_gezet(tmp_path):
    """The patched WeasyPrint class writes a tagged PDF/UA-1 file via a temporary file."""
    import pikepdf

    doel = tmp_path / "uit.pdf"
    doel.write_bytes(b"vorige versie")
    pdf._titel = "Proef"
    pdf.TaggedHTML(string="<html><head></head><body><h1>Kop</h1><p>Tekst.</p></body></html>").render() \
        .write_pdf(str(doel))
    assert not list(tmp_path.glob("*.deel"))
    with pikepdf.open(doel) as doc:
        assert str(doc.Root.Lang) == "nl"
        assert doc.Root.MarkInfo.Marked
        assert "/StructTreeRoot" in doc.Root
        assert doc.open_metadata().get("pdfuaid:part") == "1"
