"""The editor scripts: page templates, `make nieuw-voorbeeld`, `make release` and the weekly
external link check. Everything runs on temporary copies; nothing touches the real docs,
and no test uses the network."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sys
from pathlib import Path

import pytest
import yaml

import nieuw_voorbeeld as nv
import release
from conftest import ROOT, run
from handreiking import controles as c

SCRIPTS = ROOT / "scripts"
SJABLONEN = SCRIPTS / "sjablonen"
PAGINATYPE = {"hoofdstuk.md": "hoofdstuk", "praktijkvoorbeeld.md": "praktijkvoorbeeld", "casus.md": "praktijkvoorbeeld",
              "hulpmiddel.md": "hulpmiddel", "leesroute.md": "leesroute"}


@pytest.fixture
def docs(tmp_path) -> Path:
    """A temporary docs/ with the real data files, the pages the zelfscan links to and an
    empty praktijkvoorbeelden/ folder."""
    d = tmp_path / "docs"
    for map_ in ("_data", "_snippets", "pijlers", "aan-de-slag"):
        shutil.copytree(ROOT / "docs" / map_, d / map_)
    (d / "praktijkvoorbeelden").mkdir()
    return d


def check(docs: Path):
    return run(sys.executable, SCRIPTS / "controleer.py", "--docs", docs, "--zonder-spelling", "--datum", "2026-11-29")


def fouten(uitvoer: str) -> list[str]:
    return [r for r in uitvoer.splitlines() if ": FOUT: " in r]


def invullen(tekst: str) -> str:
    """What an editor does: replace every VUL-IN with valid content."""
    vervang = [(r"^pijlers: \[VUL-IN\]", "pijlers: [1]"), (r"^doelgroep: \[VUL-IN\]", "doelgroep: [piw-mentor]"),
               (r"^bronnen: \[VUL-IN\]", "bronnen: [dji-bezoek]"), (r"^rol: VUL-IN", "rol: piw-mentor"),
               (r"^laatst_gecontroleerd: VUL-IN", "laatst_gecontroleerd: 2026-11-29")]
    for patroon, nieuw in vervang:
        tekst = re.sub(patroon, nieuw, tekst, flags=re.M)
    teller = iter(range(1, 100))
    tekst = re.sub(r"\{ #VUL-IN \}", lambda _: f"{{ #deel-{next(teller)} }}", tekst)
    return tekst.replace("VUL-IN", "Kinderen komen graag op bezoek")


# -- Templates ----------------------------------------------------------------------------------

def test_er_is_een_sjabloon_per_paginatype():
    assert sorted(p.name for p in SJABLONEN.glob("*.md")) == sorted(PAGINATYPE)


@pytest.mark.parametrize("naam", sorted(PAGINATYPE))
def test_sjabloon_legt_elk_veld_uit(naam):
    tekst = (SJABLONEN / naam).read_text("utf-8")
    meta, body, _ = c.splits_voorpagina(tekst, naam)
    vocab = yaml.safe_load((ROOT / "docs" / "_data" / "vocabulaire.yml").read_text("utf-8"))
    assert meta["paginatype"] == PAGINATYPE[naam]
    for veld in ["beschrijving", "paginatype", "eigenaar", "laatst_gecontroleerd"] + vocab["paginatypes"][PAGINATYPE[naam]]:
        assert veld in meta, f"{naam}: veld {veld} ontbreekt"
    voorpagina = tekst.split("\n---\n", 1)[0].splitlines()[1:]
    for i, regel in enumerate(voorpagina):
        if re.match(r"^\w+:", regel):
            assert voorpagina[i - 1].startswith("#"), f"{naam}: geen uitleg boven {regel!r}"
    assert len(voorpagina) < 60, "de voorpagina moet binnen 60 regels blijven (regelnummers in meldingen)"
    # Every heading is followed by a one-line Dutch instruction in an HTML comment (the title:
    # after the introduction, because the page must start with an introductory paragraph).
    regels = [r for r in body.splitlines() if r.strip()]
    for i, regel in enumerate(regels):
        if regel.startswith("## "):
            assert regels[i + 1].startswith("<!-- ") and regels[i + 1].endswith(" -->"), f"{naam}: {regel}"
    assert "VUL-IN" not in " ".join(re.findall(r"<!--.*?-->", body)), "uitleg mag het woord VUL-IN niet als tekst bevatten"


@pytest.mark.parametrize("naam", sorted(PAGINATYPE))
def test_sjabloon_faalt_tot_alles_is_ingevuld(docs, naam):
    pad = docs / "pagina.md"
    pad.write_text((SJABLONEN / naam).read_text("utf-8"), "utf-8")
    r = check(docs)
    assert r.returncode == 1
    assert fouten(r.stdout) and all("VUL-IN" in f for f in fouten(r.stdout)), r.stdout
    pad.write_text(invullen(pad.read_text("utf-8")), "utf-8")
    r = check(docs)
    assert r.returncode == 0, r.stdout
    assert not fouten(r.stdout)


# -- make nieuw-voorbeeld -----------------------------------------------------------------------

def nieuw(docs: Path, *args: str, invoer: str | None = None):
    return run(sys.executable, SCRIPTS / "nieuw_voorbeeld.py", "--docs", docs, *args, input=invoer)


@pytest.mark.parametrize("titel,naam", [
    ("Ouder-kinddag in PI Zwolle", "ouder-kinddag-in-pi-zwolle"),
    ("Één vader, zijn kinderen & het Jeugdfonds", "een-vader-zijn-kinderen-en-het-jeugdfonds"),
    ("PIW'ers lezen voor", "piwers-lezen-voor"),
    ("Een kind wil niet komen (casus, fictief)", "een-kind-wil-niet-komen"),
    ("  Café  Zoë!  ", "cafe-zoe"),
])
def test_bestandsnaam(titel, naam):
    assert nv.bestandsnaam(titel) == naam


@pytest.mark.parametrize("titel", ["Vaderdag in PI Zwolle", "Bezoek: zo kan het", "2024", "Ja", "#1 \"het\" idee",
                                   "PIW'ers & kinderen"])
def test_titel_blijft_tekst_in_yaml(titel):
    assert yaml.safe_load(f"titel: {nv.yaml_tekst(titel)}") == {"titel": titel}


def test_nieuw_praktijkvoorbeeld(docs):
    r = nieuw(docs, "--titel", "Vaderdag in PI Zwolle", "--soort", "praktijk")
    assert r.returncode == 0, r.stderr
    pad = docs / "praktijkvoorbeelden" / "vaderdag-in-pi-zwolle.md"
    meta, body, _ = c.splits_voorpagina(pad.read_text("utf-8"), "x")
    assert meta["titel"] == "Vaderdag in PI Zwolle"
    assert meta["soort"] == "praktijk"
    assert meta["laatst_gecontroleerd"] == dt.date.today()
    assert "\n# Vaderdag in PI Zwolle\n" in body
    assert "VUL-IN" in r.stdout and "make check" in r.stdout and "navigatie" in r.stdout


def test_nieuwe_casus_via_vragen(docs):
    r = nieuw(docs, invoer="Een moeder twijfelt: bezoek of niet?\nweet niet\ncasus\n")
    assert r.returncode == 0, r.stderr
    assert "Typ praktijk of casus" in r.stdout
    pad = docs / "praktijkvoorbeelden" / "een-moeder-twijfelt-bezoek-of-niet.md"
    tekst = pad.read_text("utf-8")
    meta, body, _ = c.splits_voorpagina(tekst, "x")
    titel = "Een moeder twijfelt: bezoek of niet? (casus, fictief)"
    assert meta["titel"] == titel and meta["soort"] == "casus"
    assert f"\n# {titel}\n" in body
    assert '!!! info "Fictieve casus"' in body


def test_weigert_te_overschrijven(docs):
    pad = docs / "praktijkvoorbeelden" / "ouder-kinddagen.md"
    pad.write_text("bestaand", "utf-8")
    r = nieuw(docs, "--titel", "Ouder-kinddagen", "--soort", "praktijk")
    assert r.returncode == 1
    assert "bestaat al" in r.stderr and "niets overschreven" in r.stderr
    assert pad.read_text("utf-8") == "bestaand"
    r = nieuw(docs, invoer="Ouder-kinddagen\n")  # asked interactively: refused before the next question
    assert r.returncode == 1 and "bestaat al" in r.stderr and "Soort" not in r.stdout


def test_onbekende_soort_en_lege_titel(docs):
    r = nieuw(docs, "--titel", "Iets", "--soort", "verhaal")
    assert r.returncode == 1 and "Onbekende soort" in r.stderr
    r = nieuw(docs, "--titel", "!!!", "--soort", "casus")
    assert r.returncode == 1 and "geen letters of cijfers" in r.stderr
    assert not list((docs / "praktijkvoorbeelden").iterdir())


def test_controle_meldt_plaatshouders_in_nieuw_voorbeeld(docs):
    assert nieuw(docs, "--titel", "Vaderdag in PI Zwolle", "--soort", "praktijk").returncode == 0
    r = check(docs)
    assert r.returncode == 1
    meldingen = [f for f in fouten(r.stdout) if "plaatshoudertekst 'VUL-IN'" in f]
    assert meldingen and all(f.startswith("docs/praktijkvoorbeelden/vaderdag-in-pi-zwolle.md:") for f in meldingen)
    # The title and the date were filled in by the script: no placeholder on those lines.
    tekst = (docs / "praktijkvoorbeelden" / "vaderdag-in-pi-zwolle.md").read_text("utf-8").splitlines()
    for f in meldingen:
        regel = tekst[int(f.split(":")[1]) - 1]
        assert not regel.startswith(("titel:", "laatst_gecontroleerd:", "# "))


def test_ingevuld_voorbeeld_is_goed(docs):
    for soort in ("praktijk", "casus"):
        assert nieuw(docs, "--titel", f"Voorbeeld {soort}", "--soort", soort).returncode == 0
    for pad in (docs / "praktijkvoorbeelden").glob("*.md"):
        pad.write_text(invullen(pad.read_text("utf-8")), "utf-8")
    r = check(docs)
    assert r.returncode == 0, r.stdout


# -- make release -------------------------------------------------------------------------------

ONUITGEBRACHT = "Nog geen wijzigingen na versie 1.0.0.\n"


@pytest.fixture
def repo(tmp_path) -> Path:
    (tmp_path / "docs" / "over").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copy(ROOT / "CITATION.cff", tmp_path / "CITATION.cff")
    tekst = (ROOT / "docs" / "over" / "versiegeschiedenis.md").read_text("utf-8")
    kop = "## Nog niet uitgebracht { #nog-niet-uitgebracht }\n\n"
    voor, na = tekst.split(kop, 1)
    na = na.split("\n## 1.0.0 ", 1)[1]
    tekst = voor + kop + ONUITGEBRACHT + "\n## 1.0.0 " + na  # a known state: 1.0.0 released, nothing after it
    (tmp_path / "docs" / "over" / "versiegeschiedenis.md").write_text(tekst, "utf-8")
    versie = re.search(r"^  version: (\S+)", (tmp_path / "mkdocs.yml").read_text("utf-8"), re.M).group(1)
    if versie != "1.0.0":
        (tmp_path / "mkdocs.yml").write_text(
            (tmp_path / "mkdocs.yml").read_text("utf-8").replace(f"  version: {versie}", "  version: 1.0.0"), "utf-8")
    return tmp_path


def schrijf_wijziging(repo: Path) -> None:
    pad = repo / "docs" / "over" / "versiegeschiedenis.md"
    pad.write_text(pad.read_text("utf-8").replace(
        ONUITGEBRACHT, ONUITGEBRACHT + "\n### Gewijzigd\n\n- De checklist kindvriendelijk bezoek is korter.\n"), "utf-8")


def uitbrengen(repo: Path, *args: str):
    return run(sys.executable, SCRIPTS / "release.py", "--root", repo, "--datum", "2027-03-05", *args)


def test_release(repo):
    schrijf_wijziging(repo)
    mkdocs_voor = (repo / "mkdocs.yml").read_text("utf-8").splitlines()
    r = uitbrengen(repo, "1.1.0")
    assert r.returncode == 0, r.stderr
    mkdocs_na = (repo / "mkdocs.yml").read_text("utf-8").splitlines()
    verschil = [(a, b) for a, b in zip(mkdocs_voor, mkdocs_na, strict=True) if a != b]
    assert len(mkdocs_voor) == len(mkdocs_na)
    assert [b for _, b in verschil] == ["  version: 1.1.0", "  release_date: 2027-03-05"]
    tekst = (repo / "docs" / "over" / "versiegeschiedenis.md").read_text("utf-8")
    nieuw = ("## Nog niet uitgebracht { #nog-niet-uitgebracht }\n\nNog geen wijzigingen na versie 1.1.0.\n\n"
             "## 1.1.0 — 5 maart 2027 { #v1-1-0 }\n\n"
             f"[De pdf van versie 1.1.0]({release.repo_url((repo / 'mkdocs.yml').read_text('utf-8'))}"
             "/releases/download/v1.1.0/handreiking-gezinsgericht-werken-in-detentie.pdf)\n\n"
             "### Gewijzigd\n\n- De checklist kindvriendelijk bezoek is korter.\n\n"
             "## 1.0.0 — ")
    assert nieuw in tekst
    assert tekst.count("{ #nog-niet-uitgebracht }") == 1
    assert 'git tag -a v1.1.0 -m "Versie 1.1.0"' in r.stdout
    citatie = (repo / "CITATION.cff").read_text("utf-8")
    assert 'version: "1.1.0"' in citatie and 'date-released: "2027-03-05"' in citatie
    # The release workflow takes the text of the GitHub release from the versiegeschiedenis.
    r = uitbrengen(repo, "--notities", "1.1.0")
    assert r.returncode == 0 and r.stdout.startswith("[De pdf van versie 1.1.0](")
    assert "- De checklist kindvriendelijk bezoek is korter." in r.stdout
    assert not re.search(r"^## ", r.stdout, re.M)
    # The next release without new changes is refused.
    r = uitbrengen(repo, "1.2.0")
    assert r.returncode == 1 and "geen wijzigingen" in r.stderr


@pytest.mark.parametrize("versie", ["1.1", "1.1.0.0", "1.01.0", "versie 2", "1.1.0-beta"])
def test_release_weigert_ongeldig_nummer(repo, versie):
    schrijf_wijziging(repo)
    voor = (repo / "mkdocs.yml").read_text("utf-8")
    r = uitbrengen(repo, versie)
    assert r.returncode == 1
    assert "geen geldig versienummer" in r.stderr and "groot.klein.herstel" in r.stderr
    assert (repo / "mkdocs.yml").read_text("utf-8") == voor


@pytest.mark.parametrize("versie", ["1.0.0", "0.9.9"])
def test_release_weigert_lager_nummer(repo, versie):
    schrijf_wijziging(repo)
    voor = (repo / "docs" / "over" / "versiegeschiedenis.md").read_text("utf-8")
    r = uitbrengen(repo, versie)
    assert r.returncode == 1 and "niet hoger dan de huidige versie 1.0.0" in r.stderr
    assert (repo / "docs" / "over" / "versiegeschiedenis.md").read_text("utf-8") == voor


def test_release_weigert_zonder_wijzigingen(repo):
    voor = (repo / "mkdocs.yml").read_text("utf-8")
    r = uitbrengen(repo, "1.1.0")
    assert r.returncode == 1
    assert "geen wijzigingen onder 'Nog niet uitgebracht'" in r.stderr
    assert (repo / "mkdocs.yml").read_text("utf-8") == voor, "mkdocs.yml mag niet veranderen als de release weigert"


def test_release_zonder_nummer(repo):
    r = run(sys.executable, SCRIPTS / "release.py", "--root", repo)
    assert r.returncode == 1 and "make release VERSIE=1.1.0" in r.stderr


def test_release_accepteert_v_voor_het_nummer(repo):
    schrijf_wijziging(repo)
    assert uitbrengen(repo, "v2.0.0").returncode == 0
    assert "  version: 2.0.0\n" in (repo / "mkdocs.yml").read_text("utf-8")


def test_zet_versie_raakt_alleen_de_twee_regels():
    tekst = ("site_name: X\nversion: 9.9.9\nextra:\n  # het versienummer\n  version: 1.0.0   # enige plek\n"
             "  release_date: 2026-11-29\n  social:\n    version: 3.0.0\nnav:\n  - index.md\n")
    assert release.huidige_versie(tekst) == "1.0.0"
    assert release.zet_versie(tekst, "1.2.0", dt.date(2027, 1, 2)) == tekst.replace(
        "  version: 1.0.0   # enige plek", "  version: 1.2.0   # enige plek").replace("2026-11-29", "2027-01-02")


def test_datum_in_het_nederlands():
    assert release.datum_nl(dt.date(2026, 11, 29)) == "29 november 2026"
    assert release.datum_nl(dt.date(2027, 3, 5)) == "5 maart 2027"


# -- GitHub annotations from make check ---------------------------------------------------------

def test_annotatie_bij_de_gewijzigde_regel():
    import controleer

    a = controleer.annotatie("docs/pijlers/index.md:12: FOUT: onbekend woord 'bezoekk' — verbeter de spelling, 100% zeker")
    assert a == ("::error file=docs/pijlers/index.md,line=12,title=make check::"
                 "onbekend woord 'bezoekk' — verbeter de spelling, 100%25 zeker")
    assert controleer.annotatie("docs/a.md:3: let op: lange zin — maak hem korter").startswith("::warning file=docs/a.md,line=3,")
    assert controleer.annotatie("Controle klaar: 0 fout(en)") is None


def test_make_check_meldt_in_github_actions_ook_als_annotatie(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs" / "_data", docs / "_data")
    (docs / "a.md").write_text("---\nbeschrijving: Proef.\npaginatype: pagina\neigenaar: Redactie handreiking\n"
                               "laatst_gecontroleerd: 2026-11-30\n---\n\n# Proef\n\nDit is een zin met <script>x</script>.\n",
                               "utf-8")
    r = run(sys.executable, SCRIPTS / "controleer.py", "--docs", docs, "--zonder-bouw", "--zonder-spelling",
            env=dict(os.environ, GITHUB_ACTIONS="true"))
    assert r.returncode == 1
    assert any(regel.startswith("::error file=") and ",line=" in regel for regel in r.stdout.splitlines()), r.stdout


def test_bench_leest_boek_en_losse_pdfs_uit_de_bouwlog_en_maakt_een_referentie():
    """`make bench` reads the book's and the handouts' time from the build log (the lines of
    handreiking/druk/drukeditie.py and handouts.py), and its reference document has what a
    book has: chapters, headings, tables, lists and internal links that land."""
    import re as re_

    import bench

    log = ("INFO    -  Drukeditie: 227 pagina's, 63 hoofdstukken, 239 bronnen geciteerd, 828 paginanummers; "
           "gemaakt in 30.5 s (rekentijd 29.0 s)\nINFO    -  Losse pdf's: 12 met samen 20 pagina's geschreven in pdf/ "
           "in 7.7 s (rekentijd 7.1 s)\n")
    assert bench.pdf_tijden([log, log.replace("30.5", "32.5")]) == \
        {"boek": 31.5, "boek_cpu": 29.0, "losse": 7.7, "losse_cpu": 7.1, "losse_n": 12, "losse_p": 20}
    html = bench.referentietekst()
    assert html == bench.referentietekst() and 'lang="nl"' in html
    assert html.count("<h1") >= 20 and html.count("<h2") >= 80 and html.count("<table") >= 20 and "<ul>" in html
    ankers = set(re_.findall(r'id="([^"]+)"', html))
    links = re_.findall(r'href="#([^"]+)"', html)
    assert len(links) >= 100 and set(links) <= ankers
