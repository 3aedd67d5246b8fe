"""The content meets the bar the issues set: structure per page type, the glossary and
the source list are used, examples and reading routes are complete and linked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run, vereist
from handreiking import controles as c

DOCS = ROOT / "docs"
DATA = DOCS / "_data"
PAGINAS = sorted(p for p in DOCS.rglob("*.md") if not {"_data", "_snippets"} & set(p.parts))
VOCAB = yaml.safe_load((DATA / "vocabulaire.yml").read_text("utf-8"))


def lees(pad: Path) -> tuple[dict, str]:
    meta, body, _ = c.splits_voorpagina(pad.read_text("utf-8"), str(pad))
    return meta, body


def koppen(body: str, niveau: int) -> list[str]:
    return [re.sub(r"\s*\{[^}]*\}\s*$", "", k).strip()
            for k in re.findall(rf"^{'#' * niveau} (.+)$", body, re.M)]


def ids(body: str) -> set[str]:
    return set(re.findall(r"\{\s*#([\w-]+)\s*\}", body))


def soort(soort_: str) -> list[Path]:
    return [p for p in PAGINAS if lees(p)[0].get("paginatype") == soort_]


@pytest.mark.parametrize("pad", PAGINAS, ids=[str(p.relative_to(DOCS)) for p in PAGINAS])
def test_pagina_heeft_titel_en_inleiding(pad):
    meta, body = lees(pad)
    assert meta.get("beschrijving"), "beschrijving ontbreekt"
    regels = [r for r in body.splitlines() if r.strip()]
    assert regels[0].startswith("# "), "de pagina begint niet met een hoofdkop"
    if regels[1] == '!!! info "Fictieve casus"' or regels[1].startswith(("!!! danger", "--8<--")):
        # a fictional case announces itself first; a safety page starts with 112 (or the shared safety box)
        regels = [regels[0]] + [r for r in regels[2:] if not r.startswith("    ")]
    eerste = regels[1]
    assert not eerste.startswith(("#", "-", "|", "1.", "*", "!!!", "???", "<", "===")), \
        f"onder de titel staat geen inleidende alinea maar: {eerste!r}"


# -- Glossary and sources --------------------------------------------------------

def alle_tekst(behalve: tuple[str, ...] = ()) -> str:
    return "\n".join(p.read_text("utf-8") for p in PAGINAS if p.name not in behalve)


def test_begrippenlijst_is_volledig_en_gebruikt():
    begrippen = yaml.safe_load((DATA / "begrippen.yml").read_text("utf-8"))
    assert len(begrippen) >= 30
    tekst = alle_tekst(("begrippenlijst.md",))
    for b in begrippen:
        assert re.search(rf"(?<![\w-]){re.escape(b['term'])}(?![\w-])", tekst), f"begrip niet gebruikt: {b['term']}"
    for verplicht in ("DJI", "PI", "JC", "D&R-plan", "MDO", "MMD'er", "kindcheck", "meldcode", "Veilig Thuis"):
        assert any(b["term"] == verplicht for b in begrippen), f"begrip ontbreekt: {verplicht}"


def test_elke_bron_wordt_aangehaald():
    bronnen = yaml.safe_load((DATA / "bronnen.yml").read_text("utf-8"))
    assert len(bronnen) >= 20
    tekst = alle_tekst(("bronnen.md",))
    voorpagina_ids = set()
    for p in PAGINAS:
        voorpagina_ids |= set(lees(p)[0].get("bronnen") or [])
    niet_gebruikt = [b["id"] for b in bronnen if f"bronnen.md#{b['id']})" not in tekst
                     and f"[^{b['id']}]" not in tekst and b["id"] not in voorpagina_ids]
    assert not niet_gebruikt, f"bronnen die nergens worden aangehaald: {niet_gebruikt}"


def test_elke_bronlink_bestaat():
    bekend = {b["id"] for b in yaml.safe_load((DATA / "bronnen.yml").read_text("utf-8"))}
    bekend |= ids((DOCS / "over" / "bronnen.md").read_text("utf-8"))  # headings on the page itself
    gebruikt = set(re.findall(r"bronnen\.md#([\w-]+)\)", alle_tekst()))
    gebruikt |= set(re.findall(r"\[\^([\w.-]+)\]", alle_tekst(("schrijfwijzer.md",))))
    assert gebruikt - bekend == set()


def test_bronnen_als_genummerde_noten_zonder_eigen_bronnenlijst():
    """One citation style: notes [^id]; the build writes the 'Bronnen' list, pages do not."""
    for pad in PAGINAS:
        _, body = lees(pad)
        assert not re.search(r"\(\[[^\]]+\]\((?:\.\./)*over/bronnen\.md#", body), \
            f"{pad.relative_to(DOCS)}: bron tussen haakjes in de zin; gebruik een noot [^id]"
        assert not re.search(r"^## Bronnen\s*(\{|$)", body, re.M), \
            f"{pad.relative_to(DOCS)}: de lijst Bronnen maakt de bouw zelf"


# -- The four pillars --------------------------------------------------------------

PIJLER_SECTIES = {"Waar gaat het om", "Waarom", "Bouwstenen", "Wie doet wat", "Checklist", "Valkuilen", "Praktijk"}
OVERZICHTEN = [DOCS / p["pagina"] for p in VOCAB["pijlers"]]


@pytest.mark.parametrize("pad", OVERZICHTEN, ids=lambda p: p.parent.name)
def test_pijleroverzicht_heeft_alle_onderdelen(pad):
    meta, body = lees(pad)
    assert PIJLER_SECTIES <= set(koppen(body, 2)), f"ontbreekt: {PIJLER_SECTIES - set(koppen(body, 2))}"
    checklist = body.split("## Checklist", 1)[1].split("\n## ", 1)[0]
    assert len(re.findall(r"^- \[ \] ", checklist, re.M)) >= 8, "de checklist heeft te weinig punten"
    bouwstenen = body.split("## Bouwstenen", 1)[1].split("\n## ", 1)[0]
    assert len(koppen(bouwstenen, 3)) >= 6, "te weinig bouwstenen"
    assert f"<!-- praktijkvoorbeelden pijler={meta['pijler']} -->" in body
    # Each bouwsteen in the overview links to the page where it is worked out.
    onderpaginas = [p for p in pad.parent.glob("*.md") if p != pad]
    assert len(onderpaginas) >= 2
    for onder in onderpaginas:
        assert f"]({onder.name}" in body, f"het overzicht linkt niet naar {onder.name}"
        assert lees(onder)[0]["pijler"] == meta["pijler"]


def test_vier_pijlers():
    assert sorted({lees(p)[0]["pijler"] for p in soort("pijler")}) == [1, 2, 3, 4]


# -- Step plan and zelfscan ----------------------------------------------------------

STAP_ONDERDELEN = ["Doel", "Acties", "Wie", "Resultaat", "Hulpmiddelen", "Valkuilen", "Doorlooptijd", "Pijlers"]
STAPPENPLAN = DOCS / "aan-de-slag" / "stappenplan"


def test_stappenplan_een_overzicht_en_een_pagina_per_stap():
    _, body = lees(STAPPENPLAN / "index.md")
    assert "overzicht" in ids(body)
    assert [f"stap-{n}" for n in range(1, 8)] == [i for i in re.findall(r"\{\s*#(stap-\d)\s*\}", body)]
    stappen = sorted(STAPPENPLAN.glob("stap-*.md"))
    assert len(stappen) == 7
    for n, pad in enumerate(stappen, start=1):
        _, stap = lees(pad)
        assert koppen(stap, 1)[0].startswith(f"Stap {n}:")
        assert koppen(stap, 2) == STAP_ONDERDELEN, f"{pad.name} mist onderdelen"
        assert f"]({pad.name})" in body, f"het overzicht linkt niet naar {pad.name}"


def test_overzicht_stappenplan_past_op_een_pdf_pagina(pdf):
    vereist("pdftotext")
    paginas = run("pdftotext", "-layout", pdf, "-").stdout.split("\f")
    _, body = lees(STAPPENPLAN / "index.md")
    overzicht = body.split("{ #overzicht }", 1)[1].split("\n## ", 1)[0]
    stappen = [re.sub(r"\[([^\]]+)\].*", r"\1", r.split("|")[1].strip()) for r in overzicht.splitlines()
               if r.startswith("| [")]
    assert len(stappen) == 7
    # Cell text may wrap and hyphenate in the PDF: look for "N. Firstword" of every step.
    begin = [f"{i}. {s.split()[0]}" for i, s in enumerate((s.split(". ", 1)[-1] for s in stappen), start=1)]
    assert any(all(b in p for b in begin) for p in paginas), f"{begin} staan niet samen op één pdf-pagina"


def test_zelfscan_heeft_zes_stellingen_per_pijler():
    scan = yaml.safe_load((DATA / "zelfscan.yml").read_text("utf-8"))
    for pijler in (1, 2, 3, 4):
        assert sum(s["pijler"] == pijler for s in scan["stellingen"]) >= 6


# -- Practice examples -------------------------------------------------------------------

VOORBEELD_SECTIES = ["Situatie", "Aanpak", "Wat werkt", "Aandachtspunten"]


def test_aantallen_praktijkvoorbeelden():
    soorten = [lees(p)[0]["soort"] for p in soort("praktijkvoorbeeld")]
    assert len(soorten) >= 10 and soorten.count("praktijk") >= 6 and soorten.count("casus") >= 4


@pytest.mark.parametrize("pad", soort("praktijkvoorbeeld"), ids=lambda p: p.stem)
def test_praktijkvoorbeeld_opbouw(pad):
    meta, body = lees(pad)
    h2 = koppen(body, 2)
    assert h2[:4] == VOORBEELD_SECTIES
    titel = koppen(body, 1)[0]
    assert meta["titel"] == titel
    if meta["soort"] == "casus":
        assert titel.endswith("(casus, fictief)")
        assert '!!! info "Fictieve casus"' in body
        assert "Wat zou jij doen?" in h2 and "Bespreking" in h2
        assert "fictief" in body.split("## Bron", 1)[1].lower()
        assert h2[-1] == "Bron"
    else:  # real practice: its sources as notes; the build lists them under "Bronnen"
        assert meta["bronnen"] and "[^" in body


def test_overzicht_noemt_elk_voorbeeld_eenmaal_met_zijn_pijlers(site):
    """One row per example (issue 21: no example under several pillars), its pillars in a column."""
    html = (site / "praktijkvoorbeelden" / "index.html").read_text("utf-8").split("</article>", 1)[0]
    rijen = re.findall(r"<tr>(.*?)</tr>", html, re.S)
    for pad in soort("praktijkvoorbeeld"):
        meta, _ = lees(pad)
        eigen = [r for r in rijen if f'href="{pad.stem}/"' in r]
        assert len(eigen) == 1, f"{pad.stem} staat {len(eigen)}x in het overzicht"
        cellen = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", eigen[0], re.S)]
        assert cellen[2] == ", ".join(str(p) for p in meta["pijlers"]), f"{pad.stem}: pijlers {cellen[2]!r}"


def test_pijlerhoofdstuk_toont_zijn_voorbeelden(site):
    for pad in soort("praktijkvoorbeeld"):
        meta, _ = lees(pad)
        for pijler in meta["pijlers"]:
            pijlerpagina = OVERZICHTEN[pijler - 1]
            html = (site / pijlerpagina.relative_to(DOCS).parent / "index.html").read_text("utf-8")
            assert f'href="../../praktijkvoorbeelden/{pad.stem}/"' in html, f"{pad.stem} ontbreekt bij pijler {pijler}"


# -- Tools and reading routes ------------------------------------------------------------

def test_hulpmiddelen_noemen_hun_bronnen():
    hulpmiddelen = [p for p in soort("hulpmiddel") if p.parent.name == "hulpmiddelen"]
    assert len(hulpmiddelen) >= 6
    for pad in hulpmiddelen:
        meta, body = lees(pad)
        assert meta.get("bronnen") or "[^" in body, f"{pad.name} noemt geen bronnen"


LEESROUTE_SECTIES = ["Begin hier", "Wat je deze week kunt doen"]
WERKKAART_REGELS = ("**Doen:**", "**Zeggen** (voorbeeld", "**Informeren:**", "**Wanneer:**")


def test_werkkaarten_per_rol():
    kaarten = soort("werkkaart")
    assert {lees(p)[0]["rol"] for p in kaarten} == {"piw-mentor", "bezoek-portier", "casemanager", "mmd"}
    for pad in kaarten:
        _, body = lees(pad)
        situaties = re.split(r"^### ", body, flags=re.M)[1:]
        assert 5 <= len(situaties) <= 8, f"{pad.name}: {len(situaties)} situaties (5 tot 8)"
        for s in situaties:
            titel = s.splitlines()[0]
            deel = s.split("\n## ", 1)[0]
            for regel in WERKKAART_REGELS:
                assert regel in deel, f"{pad.name}, '{titel}': '{regel}' ontbreekt"
        # One A4: short. The PDF test checks the real page count of its handout.
        assert len(lopende_tekst(body).split()) <= 550, f"{pad.name} is te lang voor één A4"


def test_leesroutes_per_rol_en_vanaf_de_homepage():
    routes = soort("leesroute")
    assert len({lees(p)[0]["rol"] for p in routes}) >= 4
    home = (DOCS / "index.md").read_text("utf-8")
    for pad in routes:
        _, body = lees(pad)
        assert koppen(body, 2)[:2] == LEESROUTE_SECTIES, pad.name
        acties = body.split("## Wat je deze week kunt doen", 1)[1].split("\n## ", 1)[0]
        assert 3 <= len(re.findall(r"^(\d+\.|-) ", acties, re.M)) <= 6, f"{pad.name}: 3 tot 6 acties"
    for pad in routes + soort("werkkaart"):
        assert f"{pad.parent.name}/{pad.name})" in home, f"de homepage linkt niet naar {pad.parent.name}/{pad.name}"


def test_leesroute_links_werken(site):
    for pad in soort("leesroute") + soort("werkkaart"):
        html = (site / pad.parent.name / pad.stem / "index.html").read_text("utf-8")
        artikel = html.split('<article', 1)[1].split("</article>", 1)[0]
        for href in re.findall(r'href="([^"#]+)(?:#[^"]*)?"', artikel):
            if href.startswith(("http", "mailto:", "tel:")):
                continue
            doel = (site / pad.parent.name / pad.stem / href).resolve()
            assert (doel / "index.html").is_file() or doel.is_file(), f"{pad.stem}: kapotte link {href}"


# -- One home per subject, pages sized for one job ---------------------------------------------

NAV_PAGINAS = [DOCS / p for p in re.findall(r"^\s+- (?:[^:\n]+: )?([\w/.-]+\.md)\s*$",
                                             (ROOT / "mkdocs.yml").read_text("utf-8"), re.M)]


def lopende_tekst(body: str) -> str:
    """Body text without note definitions, comments, code and HTML."""
    body = re.sub(r"^\[\^[^\]]+\]:.*$", "", body, flags=re.M)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    body = re.sub(r"^(```|~~~).*?^\1", "", body, flags=re.S | re.M)
    return re.sub(r"<[^>]+>", " ", body)


@pytest.mark.parametrize("pad", NAV_PAGINAS, ids=lambda p: str(p.relative_to(DOCS)))
def test_pagina_hooguit_ongeveer_2000_woorden(pad):
    if not pad.exists():  # generated pages (praktijkvoorbeelden/index.md)
        return
    woorden = len(lopende_tekst(lees(pad)[1]).split())
    assert woorden <= 2100, f"{woorden} woorden: splits de pagina of verwijs naar de plek waar het onderwerp woont"


# A subject written in full on one page only: a sentence that only its home may contain.
EEN_THUIS = {
    "de voogd of degene met het gezag": "situaties/gezag-omgang-en-contact.md",  # DJI's consent rule
    "diepgaande benadering": "inleiding/gezinsgericht-werken.md",  # Glasbergen's three levels
    "35 procent": "situaties/als-het-niet-veilig-is.md",  # the meldcode figure
    "(artikel 38 [penitentiaire": "pijlers/faciliteiten-en-ondersteuning/bezoek-en-contact.md",  # visiting rules
    "## de vijf stappen": "situaties/als-het-niet-veilig-is.md",  # the meldcode steps in full
    "staatscourant 2025, 34102": "situaties/de-poort-en-het-bezoek.md",  # ID, ages and the gate
    "(artikel 51 pbw)": "situaties/de-poort-en-het-bezoek.md",  # restrictions of visits
    "(artikel 18 pbw)": "situaties/rechten-per-fase.md",  # requests per phase
    "regelt in artikel 12": "situaties/moeders-babys-en-jonge-ouders.md",  # a baby with her mother
    "## rekenvoorbeeld": "aan-de-slag/middelen-en-mandaat.md",  # roles, hours and who decides
    "effectief volgens goede aanwijzingen": "hulpmiddelen/programmas.md",  # programmes and their evidence
    "113 zelfmoordpreventie dag en nacht bereikbaar": "situaties/slecht-nieuws.md",  # suicide risk and bad news
    "{ #avond-en-weekend }": "situaties/als-het-niet-veilig-is.md",  # the same-day route, nights and weekends
}


@pytest.mark.parametrize("zin", sorted(EEN_THUIS))
def test_een_onderwerp_op_een_plek(zin):
    thuis = EEN_THUIS[zin]
    thuis = (thuis,) if isinstance(thuis, str) else thuis
    waar = sorted(str(p.relative_to(DOCS)) for p in PAGINAS if zin.lower() in p.read_text("utf-8").lower())
    assert waar and set(waar) <= set(thuis), f"'{zin}' staat op {waar}; alleen op {thuis}, elders een link"


def test_veiligheid_kort_met_het_gedeelde_blok():
    """Safety is written in full on one page; elsewhere a short section with the shared box
    (docs/_snippets/veiligheid.md) or a link, never a copy of the rules."""
    for pad in PAGINAS:
        if pad.parent.name == "situaties" and pad.name == "als-het-niet-veilig-is.md" or pad.parent.name == "redactie":
            continue
        _, body = lees(pad)
        for kop, deel in re.findall(r"^(#{2,3} Veiligheid[^\n]*)\n(.*?)(?=^#{1,3} |\Z)", body, re.M | re.S):
            assert '--8<-- "veiligheid.md"' in deel or "als-het-niet-veilig-is.md" in deel, f"{pad.name}: {kop}"
            assert len(lopende_tekst(deel).split()) <= 150, f"{pad.relative_to(DOCS)}: '{kop}' is te lang; link"


# -- Safety corrections (issue 19) ----------------------------------------------------------

ALLE_DOCS = sorted(p for p in DOCS.rglob("*.md"))  # pages and the shared snippets


@pytest.mark.parametrize("pad", ALLE_DOCS, ids=[str(p.relative_to(DOCS)) for p in ALLE_DOCS])
def test_geen_112_voor_binnen_de_muren(pad):
    """Inside a prison you raise the alarm of the inrichting; 112 yourself is for outside the walls
    or a child alone at home. No page may tell staff to call 112 themselves for inside the walls."""
    if pad.parent.name == "redactie" or pad.name == "versiegeschiedenis.md":
        return
    tekst = re.sub(r"\s+", " ", pad.read_text("utf-8").lower().replace("*", ""))
    for zin in re.split(r"(?<=[.!?])\s", tekst):
        if "112" not in zin:
            continue
        assert "binnen of buiten de muren" not in zin, f"{pad.relative_to(DOCS)}: '{zin.strip()}'"
        # "binnen de muren ... bel ... 112" in one clause, without "buiten" in between
        assert not re.search(r"binnen de muren(?:(?!buiten)[^.;])*\bbel\b[^.;]*112", zin), \
            f"{pad.relative_to(DOCS)}: '{zin.strip()}'"
    assert "binnen of buiten de muren: bel" not in tekst


PLEK_BUITEN = ("buiten", "thuis", "alleen", "alarm", "parkeerplaats", "onderweg")


@pytest.mark.parametrize("pad", ALLE_DOCS, ids=[str(p.relative_to(DOCS)) for p in ALLE_DOCS])
def test_112_met_de_plek_erbij(pad):
    """Staff read a page anywhere, often inside the walls: "bel 112" for acute danger says where
    (outside, at home, a child alone) or sits next to the alarm of the inrichting, in the same
    or the sentence before. The leaflets for families (folder: true) speak to people outside."""
    if pad.parent.name == "redactie" or pad.name == "versiegeschiedenis.md":
        return
    meta, body = lees(pad) if not pad.parent.name.startswith("_") else ({}, pad.read_text("utf-8"))
    if meta.get("folder"):
        return
    kort = " ".join(str(r) for r in meta.get("in_het_kort") or [])  # the In het kort box counts too
    tekst = re.sub(r"\s+", " ", f"{kort} {body}".lower().replace("*", ""))
    zinnen = re.split(r"(?<=[.!?])\s", tekst)
    for i, zin in enumerate(zinnen):
        if re.search(r"\bbel\b[^.;]*\b112\b", zin):
            omgeving = (zinnen[i - 1] if i else "") + " " + zin
            assert any(w in omgeving for w in PLEK_BUITEN), \
                f"{pad.relative_to(DOCS)}: '{zin.strip()}' — zeg waar: binnen de muren sla je alarm, buiten bel je 112"


def test_gedeeld_veiligheidsblok_noemt_alarm_binnen_en_112_buiten():
    blok = (DOCS / "_snippets" / "veiligheid.md").read_text("utf-8").lower()
    assert "alarm" in blok and "binnen de muren" in blok
    assert "buiten de muren" in blok and "112" in blok
    assert "bel meteen" not in blok


def test_werkkaart_mmd_heeft_de_route_voor_vandaag():
    """A child without care today: Veilig Thuis around the clock, the Raad directly when acute."""
    _, body = lees(DOCS / "werkkaarten" / "mmd.md")
    situatie = body.split("{ #zorg-voor-kinderen }", 1)[1].split("\n### ", 1)[0]
    assert "0800-2000" in situatie
    assert "Raad voor de Kinderbescherming" in situatie
    assert "kind-zonder-opvang" in situatie
    assert "Anders schakel je de gemeente in" not in body


def test_route_voor_vandaag_woont_op_de_veiligheidspagina():
    _, body = lees(DOCS / "situaties" / "als-het-niet-veilig-is.md")
    deel = body.split("{ #kind-zonder-opvang }", 1)[1].split("\n## ", 1)[0]
    for nodig in ("0800-2000", "Raad voor de Kinderbescherming", "voorlopige ondertoezichtstelling",
                  "{ #avond-en-weekend }"):
        assert nodig in deel, f"de route voor een kind zonder opvang mist: {nodig}"
    for pad in (DOCS / "situaties" / "de-eerste-dagen.md", DOCS / "werkkaarten" / "mmd.md"):
        assert "als-het-niet-veilig-is.md#kind-zonder-opvang" in pad.read_text("utf-8"), pad.name
