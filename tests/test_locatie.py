"""The location edition: the location file (Dutch findings with the line), the contacts
box (escaped, nothing in the national edition), the command line, and one real build with
the example file whose handouts carry the inrichting's name and numbers."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run, vereist
from handreiking.controles import InhoudFout
from handreiking.locatie import weergave
from handreiking.locatie.editie import werkkaarten
from handreiking.locatie.gegevens import Contact, Locatie, lees_locatie, slug, tel_link

VOORBEELD = ROOT / "locaties" / "pi-voorbeeld.yml"
KAARTEN = werkkaarten(ROOT / "docs")


def fouten(tmp_path: Path, tekst: str) -> list[str]:
    pad = tmp_path / "pi-test.yml"
    pad.write_text(tekst, encoding="utf-8")
    with pytest.raises(InhoudFout) as e:
        lees_locatie(pad, "locaties/pi-test.yml", KAARTEN)
    return [str(b) for b in e.value.bevindingen]


GOED = """inrichting: PI Test
contacten:
  - rol: Bezoekbalie
    telefoon: "012 000 00 03"
"""


def test_voorbeeldbestand_is_geldig_en_fictief():
    locatie = lees_locatie(VOORBEELD, "locaties/pi-voorbeeld.yml", KAARTEN)
    assert locatie.inrichting == "PI Voorbeeld" and locatie.slug == "pi-voorbeeld"
    assert "FICTIEF" in VOORBEELD.read_text(encoding="utf-8")
    assert all(c.telefoon.startswith("012 000 00 ") or len(c.telefoon) <= 4 for c in locatie.contacten)
    assert {c.rol for c in locatie.contacten_voor("gezinnen")} >= {"Bezoekbalie", "Exodus, vrijwilligers voor bezoek"}
    assert set(locatie.notities) <= KAARTEN


@pytest.mark.parametrize(("tekst", "verwacht"), [
    (GOED + "telefoonboek: ja\n", "locaties/pi-test.yml:5: FOUT: onbekend veld 'telefoonboek'"),
    (GOED.replace('"012 000 00 03"', "0120000003"),
     "locaties/pi-test.yml:4: FOUT: het telefoonnummer staat niet tussen aanhalingstekens (dan valt de 0 aan het "
     "begin weg) — zet het nummer tussen aanhalingstekens"),
    (GOED.replace("Bezoekbalie", "<script>alert(1)</script>"),
     "locaties/pi-test.yml:3: FOUT: het veld 'rol' bevat het teken < of > (HTML is hier niet toegestaan)"),
    (GOED.replace("Bezoekbalie", "Bel javascript:alert(1)"),
     "locaties/pi-test.yml:3: FOUT: het veld 'rol' bevat een webadres"),
    (GOED.replace("Bezoekbalie", "Zie [balie](balie.md)"), "locaties/pi-test.yml:3: FOUT: het veld 'rol' bevat een Markdown-link"),
    (GOED.replace('"012 000 00 03"', '"bel de balie"'), "locaties/pi-test.yml:4: FOUT: contact 1: 'bel de balie' is geen telefoonnummer"),
    (GOED + "notities:\n  portier: Tekst.\n", "locaties/pi-test.yml:6: FOUT: er is geen werkkaart 'portier'"),
    (GOED + "  - &balie\n    rol: Balie\n    telefoon: '112'\n  - *balie\n",
     "locaties/pi-test.yml:5: FOUT: dit YAML-bestand is niet geldig: er staat een anker (&naam) of verwijzing (*naam)"),
    (GOED.replace("    telefoon", "   telefoon"), "locaties/pi-test.yml:4: FOUT: dit YAML-bestand is niet geldig"),
    ("inrichting: PI Test\n", "locaties/pi-test.yml:1: FOUT: er staan geen contacten in het bestand"),
])
def test_fout_in_locatiebestand_noemt_bestand_en_regel(tmp_path, tekst, verwacht):
    assert any(f.startswith(verwacht) for f in fouten(tmp_path, tekst)), fouten(tmp_path, tekst)


def test_telefoonnummers_als_tel_link():
    assert tel_link("088 123 45 67") == "tel:+31881234567"
    assert tel_link("0800-2000") == "tel:+318002000"
    assert tel_link("+32 2 123 45 67") == "tel:+3221234567"
    assert tel_link("0032 2 123 45 67") == "tel:+3221234567"
    assert tel_link("112") == "tel:112"
    assert slug("PI Zuid-Oost Ĳsselmonde") == "pi-zuid-oost-ijsselmonde"


def test_landelijke_editie_vervangt_markering_door_niets():
    md = "Intro.\n\n<!-- locatie -->\n## Kop\n\n<!-- locatie voor=gezinnen -->\n"
    uit = weergave.vervang(md, None, "bezoek-portier")
    assert "locatie" not in uit and "<div" not in uit and uit.count("\n") == md.count("\n")


def test_kader_escapet_alles_en_toont_de_notitie_van_de_werkkaart():
    locatie = Locatie("PI A & B", (Contact(rol="Balie <b>", telefoon="012 000 00 03", bereikbaar="ma 9–12",
                                           voor=("medewerkers", "gezinnen")),
                                   Contact(rol="Alarm", telefoon="2222")),
                      {"bezoek-portier": 'Let op "x" & <y>'})
    medewerkers = weergave.vervang("<!-- locatie -->", locatie, "bezoek-portier")
    assert "Contacten in PI A &amp; B" in medewerkers and "Balie &lt;b&gt;" in medewerkers
    assert '<a href="tel:+31120000003">012 000 00 03</a>, ma 9–12' in medewerkers and 'href="tel:2222"' in medewerkers
    assert "Let op &#34;x&#34; &amp; &lt;y&gt;" in medewerkers
    gezinnen = weergave.vervang("<!-- locatie voor=gezinnen -->", locatie, None)
    assert "Contact met PI A &amp; B" in gezinnen and "tel:2222" not in gezinnen and "Let op" not in gezinnen
    assert "Let op" not in weergave.vervang("<!-- locatie -->", locatie, "mmd")
    with pytest.raises(weergave.OnbekendeDoelgroep):
        weergave.vervang("<!-- locatie voor=iedereen -->", locatie, None)


def test_bouw_stopt_met_nederlandse_melding_bij_fout_locatiebestand(tmp_path):
    pad = tmp_path / "pi-fout.yml"
    pad.write_text(GOED + "  - rol: MMD\n    telefoon: 120000002\n", encoding="utf-8")
    r = run(sys.executable, ROOT / "scripts" / "bouw.py", "--zonder-pdf", "--site-dir", tmp_path / "site",
            env={"PATH": "/usr/bin:/bin", "HANDREIKING_LOCATIE": str(pad), "NO_MKDOCS_2_WARNING": "1"}, cwd=ROOT)
    assert r.returncode == 1
    assert f"{pad}:6: FOUT: het telefoonnummer staat niet tussen aanhalingstekens" in r.stderr
    assert not (tmp_path / "site").exists()


def test_pagina_met_markering_in_landelijke_bouw_heeft_geen_kader(site):
    for pagina in ["situaties/als-het-niet-veilig-is", "hulpmiddelen/informatie-voor-gezinnen",
                   *(f"werkkaarten/{k}" for k in KAARTEN)]:
        html = (site / pagina / "index.html").read_text(encoding="utf-8")
        assert "hr-locatie" not in html and "<!-- locatie" not in html and "Contacten in" not in html


@pytest.fixture(scope="module")
def editie(tmp_path_factory) -> Path:
    """One real build (site, book and handouts) of the example edition."""
    import bouw

    doel = tmp_path_factory.mktemp("editie") / "site-pi-voorbeeld"
    assert bouw.bouw(doel, pdf=True, locatie=VOORBEELD) == 0, "de bouw van de eigen editie is mislukt"
    return doel


KOP = re.compile(r"HANDREIKING GEZINSGERICHT WERKEN IN DETENTIE · PI VOORBEELD")  # the handout's header line


def pdf_tekst(pad: Path, *opties: str) -> str:
    vereist("pdftotext")
    return re.sub(r"\s+", " ", run("pdftotext", *opties, pad, "-").stdout)


def test_eigen_editie_naam_en_nummers_op_elke_werkkaart_en_de_folder(editie):
    for kaart in sorted(KAARTEN):
        tekst = pdf_tekst(editie / "pdf" / "werkkaarten" / f"{kaart}.pdf")
        assert KOP.search(tekst.upper()), f"de naam staat niet in de kop van de werkkaart {kaart}"
        for nummer in ("2222", "012 000 00 01", "012 000 00 02", "012 000 00 05"):
            assert nummer in tekst, f"{nummer} ontbreekt op de werkkaart {kaart}"
        info = run("pdfinfo", editie / "pdf" / "werkkaarten" / f"{kaart}.pdf").stdout
        assert re.search(r"^Pages:\s+1$", info, re.M), f"de werkkaart {kaart} is niet meer één A4"
    assert "belt de portier de afdeling" in pdf_tekst(editie / "pdf" / "werkkaarten" / "bezoek-portier.pdf")
    folder = pdf_tekst(editie / "pdf" / "hulpmiddelen" / "informatie-voor-gezinnen.pdf")
    assert "Contact met PI Voorbeeld" in folder and KOP.search(folder.upper())
    for nummer in ("012 000 00 03", "012 000 00 04", "012 000 00 05", "012 000 00 06"):
        assert nummer in folder
    assert "2222" not in folder, "de interne alarmlijn hoort niet in de folder voor gezinnen"
    veilig = (editie / "situaties" / "als-het-niet-veilig-is" / "index.html").read_text(encoding="utf-8")
    assert '<a href="tel:+31120000001">012 000 00 01</a>' in veilig
    omslag = pdf_tekst(editie / "pdf" / "handreiking-gezinsgericht-werken-in-detentie.pdf", "-l", "1")
    assert "Editie voor PI Voorbeeld" in omslag


def test_edities_controleert_alle_bestanden_voordat_er_gebouwd_wordt(tmp_path):
    leeg = tmp_path / "leeg"
    leeg.mkdir()
    r = run(sys.executable, ROOT / "scripts" / "release.py", "--edities", leeg, cwd=ROOT)
    assert r.returncode == 1 and "geen locatiebestanden" in r.stderr
    (tmp_path / "fout").mkdir()
    (tmp_path / "fout" / "pi-fout.yml").write_text("inrichting: PI Fout\ncontacten: []\n", encoding="utf-8")
    r = run(sys.executable, ROOT / "scripts" / "release.py", "--edities", tmp_path / "fout", cwd=ROOT)
    assert r.returncode == 1 and "pi-fout.yml:2: FOUT: er staan geen contacten in het bestand" in r.stderr
    assert not (ROOT / "dist" / "handreiking-pi-fout.zip").exists()


def test_make_check_controleert_de_locatiebestanden(tmp_path):
    import controleer

    assert controleer.locatiebestanden(ROOT / "locaties", ROOT / "docs") == []
    (tmp_path / "pi-x.yml").write_text(GOED + "kleur: blauw\n", encoding="utf-8")
    assert [str(b) for b in controleer.locatiebestanden(tmp_path, ROOT / "docs")] == [
        f"{tmp_path.name}/pi-x.yml:5: FOUT: onbekend veld 'kleur' — gebruik alleen inrichting, contacten, notities; "
        "controleer de spelling en de inspringing"]
