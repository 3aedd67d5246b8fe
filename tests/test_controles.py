"""`make check` as an editor meets it: each typical mistake in a page gives one clear
Dutch message naming file and line, and the right exit code."""

from __future__ import annotations

import shutil
import sys

import pytest

from conftest import ROOT, run, vereist

GOED = """---
beschrijving: Een korte pagina om de controles te testen.
paginatype: hoofdstuk
eigenaar: Redactie handreiking
laatst_gecontroleerd: 2026-11-01
---

# Bezoek van kinderen

Kinderen komen graag op bezoek bij hun vader.
Een goede bezoekruimte helpt daarbij.

## Wat je kunt doen

Praat met de ouder over het bezoek.
"""


@pytest.fixture
def docs(tmp_path):
    d = tmp_path / "docs"
    (d / "_data").mkdir(parents=True)
    for naam in ("vocabulaire.yml", "bronnen.yml", "termen.yml", "woordenlijst.txt"):
        shutil.copy(ROOT / "docs" / "_data" / naam, d / "_data" / naam)
    return d


def controleer(docs, tekst, *extra):
    vereist("hunspell")
    (docs / "pagina.md").write_text(tekst, encoding="utf-8")
    return run(sys.executable, ROOT / "scripts" / "controleer.py", "--docs", docs, "--datum", "2026-11-29", *extra)


def test_goede_pagina_is_schoon(docs):
    r = controleer(docs, GOED)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 fout(en), 0 waarschuwing(en)" in r.stdout


SLECHT = [
    ("kapotte yaml", GOED.replace("paginatype: hoofdstuk", "paginatype: [hoofdstuk"), 1,
     "docs/pagina.md:4: FOUT: de voorpagina (front matter) is geen geldige YAML"),
    ("veld ontbreekt", GOED.replace("eigenaar: Redactie handreiking\n", ""), 1,
     "docs/pagina.md:1: FOUT: het verplichte veld 'eigenaar' ontbreekt in de voorpagina"),
    ("onbekende pijler", GOED.replace("paginatype: hoofdstuk", "paginatype: pijler\npijler: 7"), 1,
     "docs/pagina.md:4: FOUT: onbekende pijler '7' — gebruik een nummer van 1 tot en met 4"),
    ("afbeelding ontbreekt", GOED + "\n![Plattegrond van de bezoekruimte](plattegrond.png)\n", 1,
     "docs/pagina.md:17: FOUT: de afbeelding 'plattegrond.png' bestaat niet"),
    ("afbeelding zonder alt", GOED + "\n![](logo.svg)\n", 1,
     "docs/pagina.md:17: FOUT: de afbeelding 'logo.svg' heeft geen alt-tekst"),
    ("kopniveau overgeslagen", GOED + "\n#### Te diep\n\nTekst.\n", 1,
     "docs/pagina.md:17: FOUT: de kop 'Te diep' slaat een niveau over (## naar ####)"),
    ("plaatshouder", GOED.replace("Praat met de ouder", "VUL-IN Praat met de ouder"), 1,
     "docs/pagina.md:15: FOUT: er staat nog plaatshoudertekst 'VUL-IN'"),
    ("script", GOED + "\n<script>alert(1)</script>\n", 1,
     "docs/pagina.md:17: FOUT: de pagina bevat een <script>-element"),
    ("spelfout", GOED.replace("bezoekruimte helpt", "bezoekruimte helpd"), 1,
     "docs/pagina.md:11: FOUT: onbekend woord 'helpd'"),
    ("lege sectie", GOED.replace("## Wat je kunt doen\n", "## Leeg\n\n## Wat je kunt doen\n"), 1,
     "docs/pagina.md:13: FOUT: de kop 'Leeg' heeft geen tekst eronder"),
    ("twee hoofdkoppen", GOED + "\n# Nog een titel\n\nTekst.\n", 1,
     "docs/pagina.md:17: FOUT: de pagina heeft 2 hoofdkoppen"),
    ("extern bestand", GOED + '\n<img src="https://example.org/foto.jpg" alt="Foto">\n', 1,
     "docs/pagina.md:17: FOUT: de pagina bevat een externe bron"),
    ("javascript-link", GOED + "\n[klik](javascript:alert(1))\n", 1,
     "docs/pagina.md:17: FOUT: de pagina bevat een link of afbeelding met javascript:, data: of file:"),
    ("handler via attr_list", GOED + '\n[DJI](https://www.dji.nl){ onclick="alert(1)" }\n', 1,
     "docs/pagina.md:17: FOUT: de pagina bevat een on…=-attribuut (JavaScript) tussen { }"),
    ("tag over twee regels", GOED + '\n<SPAN class="x"\nonMouseOver="alert(1)">x</SPAN>\n', 1,
     "docs/pagina.md:18: FOUT: de pagina bevat een on…=-attribuut (JavaScript)"),
    ("ingesprongen codehek", GOED + "\n    ```\n\n<script>alert(1)</script>\n", 1,
     "docs/pagina.md:19: FOUT: de pagina bevat een <script>-element"),
    ("formulier", GOED + '\n<form action="https://phish.example">\n', 1,
     "docs/pagina.md:17: FOUT: de pagina bevat een formulier of invoerveld"),
    ("html in beschrijving", GOED.replace("beschrijving: Een korte", "beschrijving: <script>x</script> Een korte"), 1,
     "docs/pagina.md:2: FOUT: het veld 'beschrijving' bevat het teken < of > (HTML is hier niet toegestaan)"),
    ("html in titel", GOED.replace("paginatype: hoofdstuk", "paginatype: hoofdstuk\ntitle: <svg onload=alert(1)>"), 1,
     "docs/pagina.md:4: FOUT: het veld 'title' bevat het teken < of >"),
    ("label buiten de lijst", GOED.replace("paginatype: hoofdstuk", "paginatype: hoofdstuk\ntags: [Pijler negen]"), 1,
     "docs/pagina.md:4: FOUT: het label 'Pijler negen' staat niet in de vaste lijst (docs/_data/vocabulaire.yml)"),
    ("label als mapping", GOED.replace("paginatype: hoofdstuk", "paginatype: hoofdstuk\ntags:\n  - {a: b}"), 1,
     "docs/pagina.md:4: FOUT: het label '{'a': 'b'}' is geen tekst"),
    ("tabelrij te lang", GOED + "\n| Wie | Wat |\n| --- | --- |\n| PIW'er | bezoek | extra |\n", 1,
     "docs/pagina.md:19: FOUT: deze tabelrij heeft 3 cellen en de kopregel maar 2: de laatste cellen vallen weg"),
    ("tabel zonder streepjes", GOED + "\n| Wie | Wat |\n| PIW'er | bezoek |\n", 1,
     "docs/pagina.md:17: FOUT: deze regels met | vormen geen tabel"),
    ("afbeelding van elders", GOED + "\n![Logo](https://example.org/logo.png)\n", 1,
     "docs/pagina.md:17: FOUT: de afbeelding 'https://example.org/logo.png' komt van een andere website"),
    ("ontraden term (waarschuwing)", GOED.replace("bij hun vader", "bij hun gedetineerde ouder"), 0,
     "docs/pagina.md:10: let op: 'gedetineerde ouder' is geen voorkeursterm — schrijf liever 'ouder in detentie'"),
    ("controle verlopen (waarschuwing)", GOED.replace("2026-11-01", "2025-01-15"), 0,
     "docs/pagina.md:5: let op: de inhoud is voor het laatst gecontroleerd op 15-01-2025"),
]


@pytest.mark.parametrize("naam,tekst,code,melding", SLECHT, ids=[s[0] for s in SLECHT])
def test_fout_geeft_duidelijke_melding(docs, naam, tekst, code, melding):
    r = controleer(docs, tekst)
    assert melding in r.stdout, r.stdout
    assert r.returncode == code
    if code:
        assert " — " in r.stdout.split(melding)[1].splitlines()[0] or " — " in melding


def test_echte_inhoud_heeft_geen_fouten():
    """The handreiking itself passes every check (warnings may remain)."""
    r = run(sys.executable, ROOT / "scripts" / "controleer.py")
    assert r.returncode == 0, r.stdout[-4000:]


@pytest.mark.parametrize("naam,bestand,tekst,melding", [
    ("bron met javascript-url", "_data/bronnen.yml",
     "- id: a-2020\n  auteurs: A\n  jaar: 2020\n  titel: T\n  soort: rapport\n  url: javascript:alert(1)\n",
     "docs/_data/bronnen.yml:6: FOUT: bron 1 (a-2020): de url 'javascript:alert(1)' is geen gewoon webadres"),
    ("begrip met script", "_data/begrippen.yml", "- term: DJI\n  uitleg: Uitleg <script>alert(1)</script>\n",
     "docs/_data/begrippen.yml:2: FOUT: het veld 'uitleg' bevat het teken < of >"),
    ("kapotte yaml", "_data/begrippen.yml", "- term: DJI\n  uitleg: [kapot\n",
     "docs/_data/begrippen.yml:3: FOUT: dit YAML-bestand is niet geldig"),
    ("html-bestand", "los.html", "<script>alert(1)</script>",
     "docs/los.html:1: FOUT: bestanden van het type '.html' horen niet in docs/"),
    ("naam met spatie", "Mijn Foto.png", "\x89PNG\r\n\x1a\n",
     "docs/Mijn Foto.png:1: FOUT: de naam 'Mijn Foto.png' bevat spaties, hoofdletters, accenten of andere "
     "bijzondere tekens — noem het bestand 'mijn-foto.png'"),
])
def test_gegevens_en_bestanden_in_docs(docs, naam, bestand, tekst, melding):
    pad = docs / bestand
    pad.write_text(tekst, encoding="utf-8")
    r = controleer(docs, GOED)
    assert melding in r.stdout, r.stdout
    assert r.returncode == 1
