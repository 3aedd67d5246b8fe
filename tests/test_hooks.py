"""Unit tests of the hooks' pure functions, on small data and tmp_path Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from handreiking import controles as c
from handreiking.druk import pdf
from handreiking.opschonen import pagina as opschonen
from handreiking.opschonen import veilig
from handreiking.web import begrippen, bijgewerkt, bronnen, markeringen, meldingen, voorpagina, voorvertoning, zelfscan
from handreiking.web import praktijkvoorbeelden as pv
from handreiking.zoeken import zoektermen

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


def test_overzicht_noemt_elk_voorbeeld_eenmaal():
    vb = [{"titel": "A", "pad": "praktijkvoorbeelden/a.md", "soort": "praktijk", "pijlers": [1, 2], "locatie": "PI X",
           "doelgroep": ["piw-mentor"], "laatst_gecontroleerd": dt.date(2026, 1, 1)},
          {"titel": "B", "pad": "praktijkvoorbeelden/b.md", "soort": "casus", "pijlers": [2], "locatie": "landelijk",
           "doelgroep": ["casemanager"]}]
    uit = pv.overzicht(vb, VOCAB)
    assert uit.count("[A](a.md)") == 1 and uit.count("[B](b.md)") == 1
    assert "| [A](a.md) | Praktijk | 1, 2 | PI X | PIW'er en mentor |" in uit
    assert "| Casus (fictief) | 2 | landelijk | Casemanager |" in uit
    assert "laatst_gecontroleerd: 2026-01-01" in uit
    assert '<div class="hr-voorbeelden" markdown>' in uit


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
    html = zelfscan.formulier(scan, VOCAB["pijlers"], lambda doel, s: "../" + doel.replace(".md", "/"),
                              lambda doel: "Kindvriendelijk bezoek")
    assert "<fieldset" in html and '<span class="hr-stelling__tekst">Wij doen X.</span></legend>' in html
    assert '<legend><span class="hr-stelling__nummer">Stelling 1 van 1</span>' in html
    assert "Pijler 1 van 4 · stelling 1 van 1" in html
    assert html.count('type="radio" name="s1"') == 2
    assert 'data-bouwsteen="../p/#a"' in html
    assert 'data-bouwsteen-naam="Kindvriendelijk bezoek"' in html and 'data-stap-nummer="1"' in html


def test_zelfscan_naam_van_de_bouwsteen_uit_de_kop():
    md = "# Pijler 1\n\n## Bouwstenen { #bouwstenen }\n\n### Kindvriendelijk *bezoek* { #kindvriendelijk-bezoek }\n"
    assert zelfscan.kop_met_anker(md, "kindvriendelijk-bezoek") == "Kindvriendelijk bezoek"
    assert zelfscan.kop_met_anker(md, "") == "Pijler 1"
    assert zelfscan.kop_met_anker(md, "ontbreekt-hier") == "Ontbreekt hier"
    assert zelfscan.stapnummer("aan-de-slag/stappenplan/index.md#stap-5") == "5"
    assert zelfscan.stapnummer("aan-de-slag/stappenplan/stap-4-plan-van-aanpak.md") == "4"


# -- markeringen, bijgewerkt, pdf ----------------------------------------------------

def test_versie_en_datum_markeringen():
    uit = markeringen.vervang_versie("Versie <!-- versie --> van <!-- datum -->.", "1.2.0", dt.date(2026, 11, 29))
    assert uit == "Versie 1.2.0 van 29 november 2026."


def test_onbekende_markering_gevonden_maar_niet_in_code_of_gewoon_commentaar():
    md = "Tekst\n<!-- praktijkvoorbeeldn pijler=1 -->\n```\n<!-- zelfscan -->\n```\n<!-- Dit is gewoon commentaar. -->"
    assert markeringen.onbekende_markeringen(md) == [(2, "<!-- praktijkvoorbeeldn pijler=1 -->")]


def test_git_log_wordt_per_bestand_de_nieuwste_datum():
    # git log -z --format=%x00%cs --name-only: any file name, also '#notitie.md' or one with a newline
    log = ("\x002026-11-29\x00\nindex.md\x00#notitie.md\x00\x00"
           "2026-10-01\x00\nindex.md\x00over/a.md\x002026-01-01\x00nieuwe\nregel.md\x00")
    assert bijgewerkt.parse_git_log(log) == {"index.md": dt.date(2026, 11, 29), "#notitie.md": dt.date(2026, 11, 29),
                                             "over/a.md": dt.date(2026, 10, 1), "2026-01-01": dt.date(2026, 10, 1),
                                             "nieuwe\nregel.md": dt.date(2026, 10, 1)}


def test_git_datums_zonder_git_is_none_en_dan_geldt_de_releasedatum(tmp_path):
    assert bijgewerkt.git_datums(tmp_path) is None
    assert bijgewerkt.release_datum("2026-11-29") == dt.date(2026, 11, 29)
    assert bijgewerkt.release_datum(dt.date(2026, 11, 29)) == dt.date(2026, 11, 29)


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


# -- opschonen and veilig: the sanitiser and the check on the rendered HTML ---------------------------


# What Markdown, its extensions and the hooks really produce: must pass unchanged.
LEGITIEM = [
    '<h2 id="wat-je-doet">Wat je doet<a class="headerlink" href="#wat-je-doet" title="Link naar deze kop">¶</a></h2>',
    '<p>De <abbr title="Dienst Justitiële Inrichtingen">DJI</abbr> werkt.<sup id="fnref:dji-2023">'
    '<a class="footnote-ref" href="#fn:dji-2023">1</a></sup></p>',
    '<div class="footnote"><hr><ol><li id="fn:dji-2023"><p>DJI (2023). <em>T</em>. '
    '<a href="../over/bronnen/#dji-2023">Naar de bronnenlijst</a>&nbsp;<a class="footnote-backref" '
    'href="#fnref:dji-2023" title="Terug naar de tekst">↩</a></p></li></ol></div>',
    '<ul class="task-list"><li class="task-list-item"><label class="task-list-control">'
    '<input type="checkbox" disabled=""><span class="task-list-indicator"></span></label> Stap</li></ul>',
    '<div class="admonition warning"><p class="admonition-title">Let op</p><p>Bel 112.</p></div>',
    '<details class="note"><summary>Meer</summary><p>Tekst</p></details>',
    '<table><thead><tr><th style="text-align: left;">a</th></tr></thead><tbody><tr>'
    '<td style="text-align: left;">1</td></tr></tbody></table>',
    '<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="" id="__tabbed_1_1" '
    'name="__tabbed_1" type="radio"><div class="tabbed-labels"><label for="__tabbed_1_1">Een</label></div></div>',
    '<p><img alt="Plattegrond" src="plattegrond.png"></p>',
    '<p><a href="https://www.dji.nl">DJI</a> <a href="mailto:a@b.nl">mail</a> <a href="tel:08002000">bel</a></p>',
    '<p class="hr-zoektermen" hidden="">kindcheck</p>',
    '<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img"><title>T</title>'
    '<rect x="1" y="1" width="8" height="8" fill="#dbe9f6"></rect><text x="5" y="5">A</text></svg></figure>',
]


def test_legitieme_opmaak_blijft_en_geeft_geen_bevinding():
    for html in LEGITIEM:
        assert opschonen.bevindingen_in_html(html) == [], html
        # nh3 writes a style as "text-align:left": the same CSS
        assert opschonen.schoon(html).replace("&nbsp;", "\xa0") == \
            html.replace("&nbsp;", "\xa0").replace("text-align: left;", "text-align:left"), html


VIJANDIG = [
    ('<script>alert(1)</script><p>x</p>', "<script", "een <script>-element"),
    ('<a href="javascript:alert(1)">x</a>', "javascript", "de link of bron 'javascript:alert(1)' is niet toegestaan"),
    ('<a href="jav&#x61;script:alert(1)">x</a>', "javascript", "de link of bron 'javascript:alert(1)'"),
    ('<a href=" JAVASCRIPT:alert(1)">x</a>', "javascript", "is niet toegestaan"),
    ('<a href="https://a.nl" onclick="alert(1)">x</a>', "onclick", "on…=-attribuut (JavaScript): onclick"),
    ('<span class="x"\nonMouseOver="alert(1)">x</span>', "onmouseover", "on…=-attribuut (JavaScript): onmouseover"),
    ('<form action="https://phish.example"><input type="password"></form>', "<form", "een formulier"),
    ('<input type="text" name="x">', 'type="text"', "<input type=\"text\"> is niet toegestaan"),
    ('<iframe src="https://a.nl"></iframe>', "<iframe", "een ingesloten pagina"),
    ('<a rel="attachment" href="file:///etc/passwd">x</a>', "file:", "het attribuut 'rel' op <a>"),
    ('<img alt="x" src="https://a.nl/x.png">', "a.nl", "komt van een andere website"),
    ('<img alt="x" src="data:image/png;base64,AAAA">', "data:", "is niet toegestaan"),
    ('<img src="x.png">', "alt", "heeft geen alt-tekst"),
    ('<div style="background:url(https://a.nl/x.png)">x</div>', "style", "opmaak met style"),
    ('<svg><use href="https://a.nl/x.svg#a"></use></svg>', "a.nl", "van 'href' is niet toegestaan"),
    ('<div id="__config">{}</div>', "__config", "van 'id' is niet toegestaan"),
    ('<p>| a | b |\n| c | d |</p>', "|", "vormen geen tabel"),
]


def test_vijandige_html_wordt_gemeld_en_onschadelijk_gemaakt():
    for html, verboden, melding in VIJANDIG:
        bevindingen = " / ".join(b[0] for b in opschonen.bevindingen_in_html(html))
        assert melding in bevindingen, (html, bevindingen)
        schoon = opschonen.schoon(html).lower()
        if verboden not in ("alt", "|"):
            assert verboden.lower() not in schoon, (html, schoon)
    assert "alert" not in opschonen.schoon("<script>alert(1)</script><style>x</style>")
    assert opschonen.schoon('<form><label>Wachtwoord</label><input type="password"></form>') == ""


def test_regel_van_een_bevinding_in_de_bron():
    bron = "---\ntitle: x\nbeschrijving: type\n---\n\n# Kop\n\n<a type=x href=y>z</a>\n"
    assert veilig._zoek(opschonen._attr("type"), [("docs/a.md", bron)]) == ("docs/a.md", 8)
    assert veilig._zoek(opschonen._waarde("x&y"), [("docs/a.md", "a\nb x&amp;y")]) == ("docs/a.md", 2)


# -- controles: names, SVG, titles, tables, generated Markdown ------------------------------



def test_voorgestelde_naam_zonder_spaties_en_accenten():
    assert c.voorgestelde_naam("Foto bezoek é.PNG") == "foto-bezoek-e.png"
    assert c.voorgestelde_naam("Één  pagina.md") == "een-pagina.md"


def test_svg_controle():
    goed = '<svg xmlns="http://www.w3.org/2000/svg"><title>T</title><rect fill="url(#g)"/><use href="#a"/></svg>'
    assert c.controleer_svg(goed) is None
    for slecht, reden in [
        ('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "<script>"),
        ('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "on…="),
        ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
         '<image x:href="https://a.nl/x.png"/></svg>', "<image>-element"),
        ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
         '<use x:href="https://a.nl/x.svg#a"/></svg>', "buiten de figuur"),
        # issue 24: processing instructions (XSLT, external CSS) and CSS escapes
        ('<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="data:,x"?>'
         '<svg xmlns="http://www.w3.org/2000/svg"/>', "verwerkingsinstructie (<?xml-stylesheet"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><style>@\\69mport "//a.nl/x.css";</style></svg>', "style"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="u\\72l(//a.nl/x)"/></svg>', "url(…)"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><rect/></a></svg>', "<a>-element"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>', "foreignobject"),
        ('<!DOCTYPE svg [<!ENTITY a "b">]><svg/>', "DOCTYPE"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://a.nl/x.css);</style></svg>', "style"),
    ]:
        assert reden in (c.controleer_svg(slecht) or ""), slecht


def test_titels_en_tekst_zonder_html():
    assert c.controleer_titel("mkdocs.yml", 3, "Pijler 2 Verankering in het D&R-proces") == []
    assert c.controleer_titel("docs/a.md", 1, "Sport &amp; cultuur") == []
    assert "bevat het teken < of >" in str(c.controleer_titel("docs/a.md", 1, "<svg onload=alert(1)>")[0])
    assert "HTML-code" in str(c.controleer_titel("docs/a.md", 1, "&lt;/title&gt;")[0])
    assert c.veilige_titel("&lt;/title&gt;<svg onload=x>D&amp;R") == "/titlesvg onload=xD&amp;R"
    assert c.onveilige_tekst('zeg "hallo"', in_attribuut=True) and not c.onveilige_tekst('zeg "hallo"')


def test_gegenereerde_markdown_is_gewone_tekst():
    assert c.markdown_tekst("[x](javascript:alert(1)) | <b> {: onclick=1} *D&R*") == \
        "\\[x\\](javascript:alert(1)) \\| &lt;b&gt; \\{: onclick=1\\} \\*D&amp;R\\*"
    vb = [{"titel": "A | B <i>", "pad": "praktijkvoorbeelden/a.md", "soort": "casus", "pijlers": [1],
           "locatie": "[x](javascript:y)", "doelgroep": ["casemanager"]}]
    rij = [r for r in pv.overzicht(vb, VOCAB).splitlines() if "a.md" in r][0]
    assert rij == "| [A \\| B &lt;i&gt;](a.md) | Casus (fictief) | 1 | \\[x\\](javascript:y) | Casemanager |"


def test_code_hek_verbergt_alleen_echte_codeblokken():
    body = "    ```\n<script>\n\n- lijst\n\n    ```\n    <b>code</b>\n    ```\n\n```\nopen zonder einde\n<iframe>"
    regels = [r for _, r in c.regels_buiten_code(body, 0)]
    assert "<script>" in regels and "<iframe>" in regels and "    <b>code</b>" not in regels


def test_tabellen():
    body = "| a | b |\n| --- | --- |\n| 1 | 2 |\n| 1 \\| 2 | 3 |\n| `a|b` | 3 |\n\n| x | y |\n| z |"
    assert c.controleer_tabellen("p.md", body, 0) != []
    assert [b.regel for b in c.controleer_tabellen("p.md", body, 0)] == [7]
    assert "3 cellen" in str(c.controleer_tabellen("p.md", "| a |\n| --- |\n| 1 | 2 | 3 |", 0)[0])


def test_voorpagina_labels_en_soorten_waarden():
    vocab = {"paginatypes": {"pagina": []}, "eigenaren": ["R"], "pijlers": [{"nummer": 1, "kort": "F", "titel": "F"}],
             "rollen": [{"id": "casemanager", "naam": "Casemanager"}], "soorten": [{"id": "casus"}]}
    meta = {"paginatype": "pagina", "beschrijving": "b", "eigenaar": "R", "laatst_gecontroleerd": dt.date(2026, 1, 1),
            "tags": ["Casemanager", "Pijler negen", {"a": 1}], "pijlers": [[1]], "doelgroep": {"a": 1},
            "search": {"boost": "veel"}}
    uit = " / ".join(b.wat for b in c.controleer_voorpagina("p.md", "", meta, vocab, set()))
    assert "het label 'Pijler negen' staat niet in de vaste lijst" in uit
    assert "het label '{'a': 1}' is geen tekst" in uit
    assert "onbekende pijler '[1]'" in uit and "onbekende rol" in uit and "'search' klopt niet" in uit


def test_verwijderd_begrip_dat_nog_gebruikt_wordt():
    oud = [{"term": "DJI", "voluit": "Dienst Justitiële Inrichtingen", "uitleg": "x"}, {"term": "mentor", "uitleg": "y"}]
    paginas = {"docs/a.md": "---\nx: 1\n---\n\n# A\n\nDe DJI en de mentor.\n", "docs/b.md": "---\nx: 1\n---\n\nGeen.\n"}
    uit = c.verwijderde_begrippen(oud, [], paginas)
    assert [(b.bestand, b.regel, b.niveau) for b in uit] == [("docs/a.md", 7, c.FOUT), ("docs/a.md", 7, c.WAARSCHUWING)]
    assert c.verwijderde_begrippen(oud, oud, paginas) == []


# -- pdf: Dutch WeasyPrint messages; voorvertoning: the error page --------------------------

def test_weasyprint_meldingen_in_het_nederlands():
    assert pdf.vertaal('Image "x.png" has no required alt description') == \
        "de afbeelding 'x.png' heeft geen alt-tekst — beschrijf tussen de [ ] wat de afbeelding laat zien"
    assert pdf.vertaal("No anchor #kop for internal URI reference").startswith("een link in de pdf verwijst naar '#kop'")
    assert pdf.vertaal("Iets onbekends") == "Iets onbekends"


def test_foutpagina_bij_mislukte_voorvertoning(tmp_path):
    from mkdocs.exceptions import Abort

    (tmp_path / "oud").mkdir()
    (tmp_path / "oud" / "index.html").write_text("oud", encoding="utf-8")

    def mislukt():
        import logging
        logging.getLogger("mkdocs.commands.build").error("docs/a.md:3: FOUT: <kapot> — los op")
        raise Abort("Aborted with a BuildError!")

    assert voorvertoning.met_foutpagina(mislukt, tmp_path)() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["404.html", "index.html"]
    html = (tmp_path / "404.html").read_text(encoding="utf-8")
    assert "docs/a.md:3: FOUT: &lt;kapot&gt; — los op" in html and 'http-equiv="refresh"' in html


# -- Search, glossary and the metadata line (pure functions of the site hooks) -------------------

def test_synoniemen_alleen_als_het_doelwoord_er_staat():
    from handreiking.zoeken import zoektermen

    synoniemen = {"angstig": ["bang"], "bajes": ["gevangenis", "PI"]}
    assert zoektermen.gevonden_synoniemen("Een kind is bang.", synoniemen) == ["angstig"]
    assert zoektermen.gevonden_synoniemen("De PI belt op.", synoniemen) == ["bajes"]
    assert zoektermen.gevonden_synoniemen("Een bangalow en een pil.", synoniemen) == []  # whole words only
    assert zoektermen.gevonden_synoniemen("angstig en bang", synoniemen) == []  # already in the text


def test_zoekindex_zonder_bronnoten_en_met_verborgen_velden():
    from handreiking.zoeken import zoektermen

    docs = [{"location": "a/", "title": "Bezoek", "text": "Een kind is bang<sup>1</sup> bij het bezoek.", "tags": ["x"]},
            {"location": "a/#bronnen", "title": "Bronnen", "text": "Venema (2024)."}]
    uit = zoektermen.verrijk(docs, {}, {"angstig": ["bang"]})
    assert len(uit) == 1 and "tags" not in uit[0]
    assert "<sup>" not in uit[0]["text"] and uit[0]["synoniemen"] == "angstig"


def test_tooltip_alleen_bij_het_eerste_gebruik():
    from handreiking.web import begrippen

    html = ('<h2><abbr title="u">DJI</abbr></h2><p><abbr title="u">DJI</abbr> en <abbr title="u">DJI</abbr>, '
            '<a href="x"><abbr title="v">PI</abbr></a> en <abbr title="v">PI</abbr></p>')
    uit = begrippen.eerste_keer(html)
    assert uit.count('<abbr title="u">DJI</abbr>') == 1 and uit.startswith("<h2>DJI</h2>")
    assert uit.count('<abbr title="v">PI</abbr>') == 1 and '<a href="x">PI</a>' in uit
    # Not in a web address, a definition term or a source note; the next use in the text gets it.
    html = ('<p>Zie <abbr title="g">gezinsbenadering</abbr>.nl.</p><dl><dt><abbr title="v">PI</abbr></dt></dl>'
            '<div class="footnote"><ol><li><p><em>Proces in de <abbr title="v">PI</abbr></em>.</p></li></ol></div>'
            '<p>De <abbr title="g">gezinsbenadering</abbr>.</p>')
    uit = begrippen.eerste_keer(html)
    assert "Zie gezinsbenadering.nl." in uit and "<dt>PI</dt>" in uit and "in de PI</em>" in uit, uit
    assert '<p>De <abbr title="g">gezinsbenadering</abbr>.</p>' in uit, uit


def test_nederlandse_aanhalingstekens_en_apostrofs():
    """One set of rules for the site (on the finished page) and for print (papier.typografie)."""
    from handreiking.web import typografie

    a = typografie.aanhalingstekens
    assert a("ook 's avonds en in 's-Hertogenbosch, 't is zo") == "ook ’s avonds en in ’s-Hertogenbosch, ’t is zo"
    assert a("ook \u201as avonds") == "ook ’s avonds"  # smarty opened a quote there
    assert a("PIW'er, collega's, z'n, don't, de jaren '90") == "PIW’er, collega’s, z’n, don’t, de jaren ’90"
    assert a('brief "Recht doen" en het model \'whole family\'.') == "brief „Recht doen” en het model ‚whole family’."
    assert a('"zo"') == "„zo”" and a('" en', open_aan_begin=False) == "” en"
    pagina = ('<title>Werkkaart PIW&#39;er</title><p><abbr title="Penitentiair inrichtingswerker: de &quot;PIW&quot;">'
              "PIW'er</abbr> en foto's</p><pre><code>titel: 'PIW'er'</code></pre>"
              '<script>var a = "b";</script><nav aria-label="Vorige: MMD&#39;er">x</nav><p>"<em>zo</em>"</p>')
    uit = typografie.html(pagina)
    assert "<title>Werkkaart PIW’er</title>" in uit and "PIW’er</abbr> en foto’s" in uit, uit
    assert 'title="Penitentiair inrichtingswerker: de „PIW”"' in uit and 'aria-label="Vorige: MMD’er"' in uit, uit
    assert "<code>titel: 'PIW'er'</code>" in uit and '<script>var a = "b";</script>' in uit, uit
    assert "<p>„<em>zo</em>”</p>" in uit, uit


def test_bronvermelding_zonder_dubbele_leestekens():
    from handreiking.web import bronnen

    b = {"id": "x", "auteurs": "Academie", "jaar": "z.j.", "titel": "Ik zeg het alleen als jij niks zegt!",
         "uitgave": "Blad nr. 3.", "url": "https://example.org/a"}
    tekst = bronnen.bronvermelding(b)
    assert "<em>Ik zeg het alleen als jij niks zegt!</em> Blad nr. 3. <a" in tekst, tekst
    assert bronnen.bronvermelding(dict(b, titel="Titel", uitgave="Blad")).startswith("Academie (z.j.). <em>Titel</em>. Blad. ")
    assert bronnen.bronnoot(b, "../bronnen/").startswith("Academie (z.j.). *Ik zeg het alleen als jij niks zegt!* ")


def test_kenmerken_onder_de_titel():
    from handreiking.web import voorpagina

    vocab = {"pijlers": [{"nummer": 1, "titel": "Faciliteiten", "kort": "Faciliteiten", "pagina": "p1.md"}],
             "rollen": [{"id": "mmd", "naam": "MMD'er"}]}
    casus = voorpagina.kenmerken({"soort": "casus", "pijlers": [1], "doelgroep": ["mmd"]}, vocab, url=lambda p: "p1/")
    teksten = [k["tekst"] for k in casus]
    assert teksten[0] == "Fictieve casus" and any("1" in t for t in teksten) and any("MMD" in t for t in teksten)


def test_kopcellen_krijgen_scope_kolom_en_rij(tmp_path):
    """Table header cells in the PDF carry /Scope: /Column in the header row, /Row for a
    header cell in a body row (WeasyPrint 70 writes /TH without it)."""
    import pikepdf

    html = ("<html><head></head><body><h1>Tabel</h1><table><thead><tr><th>Wie</th><th>Wat</th></tr></thead>"
            "<tbody><tr><th>Mentor</th><td>Gesprek</td></tr><tr><th>Casemanager</th><td>Plan</td></tr></tbody>"
            "</table></body></html>")
    doel = tmp_path / "tabel.pdf"
    pdf.schrijf(pdf.render(html, "Proef", tmp_path), doel, html)
    scopes = []
    with pikepdf.open(doel) as doc:
        def loop(k, rij_in=None):
            if isinstance(k, pikepdf.Array):
                for x in k:
                    loop(x, rij_in)
            elif isinstance(k, pikepdf.Dictionary) and "/S" in k:
                if k.S == "/TH":
                    scopes.append((rij_in, str(k.A.Scope)))
                loop(k.get("/K"), str(k.S) if k.S in ("/THead", "/TBody") else rij_in)
        loop(doc.Root.StructTreeRoot.K)
    assert scopes == [("/THead", "/Column"), ("/THead", "/Column"), ("/TBody", "/Row"), ("/TBody", "/Row")]


# -- bellen (tap-to-call) -------------------------------------------------------------

def test_telefoonnummers_worden_tel_links_in_lopende_tekst():
    from handreiking.web import bellen

    tel = bellen.belnummers([{"nummer": "112", "naam": "a"}, {"nummer": "0800-0113", "naam": "b"},
                             {"nummer": "113", "naam": "c"}, {"nummer": "0800-5463-000", "naam": "d",
                                                               "ook": ["0800-KIND(5463)-000"]}])
    p = bellen.patroon(tel)
    html = ('<p>Bel <strong>112</strong> of 0800-0113, of 113. Niet 1120 of 2112225 of 112,5.</p>'
            '<h2 id="x">Bel 112</h2><p><a href="/x">112</a> <code>113</code> 0800-KIND(5463)-000</p>'
            '<!-- 112 --><img alt="112">')
    uit = bellen.bellen(html, p, tel)
    assert uit.count('href="tel:112"') == 1
    assert '<a class="hr-bel" href="tel:08000113">0800-0113</a>' in uit
    assert '<a class="hr-bel" href="tel:113">113</a>.' in uit
    assert '<a class="hr-bel" href="tel:08005463000">0800-KIND(5463)-000</a>' in uit
    assert "Niet 1120 of 2112225 of 112,5." in uit
    assert '<h2 id="x">Bel 112</h2>' in uit and '<a href="/x">112</a>' in uit and "<code>113</code>" in uit
    assert '<!-- 112 --><img alt="112">' in uit
    # A web address is no number to call, and neither are the source notes and the source list.
    adres = bellen.bellen("<p>Chat op 113.nl of bel 113.</p>", p, tel)
    assert adres == '<p>Chat op 113.nl of bel <a class="hr-bel" href="tel:113">113</a>.</p>', adres
    bronnen = ('<div class="footnote"><hr><ol><li><p><em>Q&amp;A 113 en 0800-0113</em>. <div>113</div></p></li></ol>'
               '</div><p>Bel 112.</p><ul class="hr-bronnenlijst"><li id="a">113 Zelfmoordpreventie. 113.nl.</li></ul>'
               '<p>Of 113</p>')
    uit = bellen.bellen(bronnen, p, tel)
    assert uit.count("tel:") == 2 and 'href="tel:112"' in uit and '<p>Of <a class="hr-bel" href="tel:113">113</a></p>' in uit, uit


def test_telefoonnummers_lijst_met_nederlandse_meldingen():
    from handreiking.web import bellen

    assert bellen.valideer({"telefoonnummers": [{"nummer": "112", "naam": "Alarm"}]}) == []
    fouten = bellen.valideer({"telefoonnummers": [{"nummer": "12"}, {"nummer": "12", "naam": "x"},
                                                  {"nummer": "112", "naam": "a"}, {"nummer": "112", "naam": "b"}]})
    assert any("'nummer' en 'naam'" in f for f in fouten)
    assert any("3 tot 15 cijfers" in f for f in fouten)
    assert any("twee keer" in f for f in fouten)


# -- compact, tegels -------------------------------------------------------------------

def test_compacte_html_laat_pre_en_script_heel():
    from handreiking.web import compact

    html = '<div>\n      <p title="a\n   b">Tekst\n    hier</p>\n\n  </div><pre>  a\n\n    b</pre><script>\n  x = 1;\n</script>'
    uit = compact.compacte_html(html)
    assert uit == '<div>\n<p title="a\nb">Tekst\nhier</p>\n</div><pre>  a\n\n    b</pre><script>\n  x = 1;\n</script>'


def test_compacte_css_zonder_commentaar():
    from handreiking.web import compact

    css = '/* uitleg */\n.a  b {\n  content: " (" attr(x) ")";\n  color: red;\n}\n@media print { .c { x: y; } }\n'
    assert compact.compacte_css(css) == '.a b{content: " (" attr(x) ")";color: red}@media print{.c{x: y}}\n'


def test_tegels_krijgen_het_pictogram_van_de_rol():
    from handreiking.web import tegels

    md = ('<div class="hr-tegels" markdown>\n\n- [PIW\'er en mentor](werkkaarten/piw-mentor.md)\n  Werkkaart.\n'
          '- [Ander](elders.md)\n\n</div>\n\n- [Buiten de tegels](werkkaarten/piw-mentor.md)\n')
    rollen = {"werkkaarten/piw-mentor.md": "piw-mentor"}
    uit = tegels.met_iconen(md, rollen.get, {"piw-mentor": "material-account-group"})
    assert "- [:material-account-group: PIW'er en mentor](werkkaarten/piw-mentor.md)" in uit
    assert "- [Ander](elders.md)" in uit and "- [Buiten de tegels](werkkaarten/piw-mentor.md)" in uit


# -- zoeken: woordvormen, soort, redactie ----------------------------------------------

VORMEN = {"families": [["scheiden", "gescheiden", "scheiding"]],
          "samenstellingen": {"reiskosten": ["reis", "kosten"]}}


def test_woordvormen_families_en_samenstellingen():
    assert zoektermen.woordvormen("Na de scheiding van de ouders", VORMEN) == ["scheiden", "gescheiden"]
    assert zoektermen.woordvormen("De reisafstand en de belkosten", VORMEN) == ["reiskosten"]
    assert zoektermen.woordvormen("Vraag naar de reiskostenvergoeding", VORMEN) == ["reis", "kosten"]
    assert zoektermen.woordvormen("De kosten van het bellen", VORMEN) == []
    assert "families 1" in zoektermen.valideer_vormen({"families": [["alleen"]]})[0]
    assert "samenstellingen > x" in zoektermen.valideer_vormen({"samenstellingen": {"x": "y"}})[0]


def test_soort_van_een_pagina_voor_de_zoekresultaten():
    labels = {"soort": {"casus": "Casus"}, "map": {"situaties/": "Situatie", "a/stap-": "Stap"},
              "paginatype": {"hulpmiddel": "Hulpmiddel", "hoofdstuk": "Hoofdstuk"}}
    assert zoektermen.soort_label("praktijkvoorbeelden/x/", {"soort": "casus", "paginatype": "praktijkvoorbeeld"}, labels) == "Casus"
    assert zoektermen.soort_label("situaties/gezag/", {"paginatype": "hoofdstuk"}, labels) == "Situatie"
    assert zoektermen.soort_label("a/stap-2/", {"paginatype": "hoofdstuk"}, labels) == "Stap"
    assert zoektermen.soort_label("hulpmiddelen/x/", {"paginatype": "hulpmiddel"}, labels) == "Hulpmiddel"


def test_zoekindex_zonder_redactie_met_soort_en_woordvormen():
    docs = [{"location": "redactie/techniek/", "title": "Techniek", "text": "x"},
            {"location": "situaties/gezag/", "title": "Gezag", "text": "<p>Na een <b>scheiding</b></p>", "tags": ["a"]},
            {"location": "situaties/gezag/#a", "title": "A", "text": "<p>tekst</p>"},
            {"location": "over/colofon/#licentie", "title": "Licentie", "text": "CC BY"}]
    per_pagina = {"situaties/gezag/": {"zoektermen": [], "labels": ["pijler-1"], "soort": "Situatie"}}
    uit = zoektermen.verrijk(docs, per_pagina, {}, VORMEN)
    assert [d["location"] for d in uit] == ["situaties/gezag/", "situaties/gezag/#a"]
    assert uit[0]["tags"] == ["Situatie"] and "tags" not in uit[1]
    assert uit[0]["text"] == "Na een scheiding" and "gescheiden" in uit[0]["synoniemen"]
