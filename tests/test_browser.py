"""The built website in a real browser (Debian's Chromium, driven by Playwright).

Every page is visited once (`rondgang`): console errors, requests, headings, language,
images and axe-core are recorded there and checked by separate tests. Then: keyboard
use, the zelfscan, search quality, HTML validity (Nu HTML Checker) and print.

The site is served from the session build on 127.0.0.1; any request to another host
fails a test. No browser is downloaded: Chromium comes from the system.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, sync_playwright

from conftest import PDF_NAAM, ROOT, vereist

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# axe rules switched off, each with its reason. Empty: every rule runs.
# color-contrast and link-in-text-block may never be switched off: fix the CSS instead.
AXE_UIT: dict[str, str] = {}

# Nu HTML Checker errors we accept: (regex on the message, regex on the markup, reason).
# Each one is Material markup that we cannot change without copying base.html or a
# partial (copies drift with every theme upgrade), and that has no effect for readers.
VNU_GEFILTERD: list[tuple[str, str, str]] = [
    (r"^Attribute “autocomplete” is only allowed when the input type is",
     r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox"',
     "Material base.html (outside any block): autocomplete=off on the hidden menu and search toggles "
     "keeps Firefox from restoring them open after a reload."),
    (r"^Bad value “” for attribute “tabindex” on element “label”",
     r'<label class="md-nav__link[^"]*" for="__nav_[\d_]+" id="__nav_[\d_]+_label" tabindex="">',
     "Material partials/nav-item.html writes tabindex=\"\" on section titles (navigation.sections). "
     "Browsers ignore the empty value, so the title is not focusable, which is what Material intends."),
    (r"^The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control",
     r'<label class="md-nav__title" for="__toc">',
     "Material partials/toc.html: the 'Inhoudsopgave' title points to the mobile table-of-contents toggle, "
     "which nav-item.html does not render on section index pages (navigation.indexes); there it is a plain title."),
]

# Search quality: what readers type, and the pages of which at least one must be among the
# first three results (paths relative to the site root). Phrased as PIW'ers, casemanagers,
# directors and families would type them, with synonyms from docs/_data/synoniemen.yml
# and common misspellings. At least 95% must pass (test_zoekkwaliteit).
VEILIG = "situaties/als-het-niet-veilig-is/"
GEZAG = "situaties/gezag-omgang-en-contact/"
BEZOEKREGELS = "pijlers/faciliteiten-en-ondersteuning/bezoek-en-contact/"
VERTELLEN = "hulpmiddelen/wat-vertel-je-het-kind/"
PIJLER1, PIJLER2 = "pijlers/faciliteiten-en-ondersteuning/", "pijlers/verankering-in-het-dr-proces/"
KINDCHECK = {"pijlers/verankering-in-het-dr-proces/binnenkomst-en-dr-plan/", PIJLER2, VEILIG,
             "situaties/de-eerste-dagen/", "hulpmiddelen/vragen-bij-binnenkomst/"}
ZOEKVRAGEN: list[tuple[str, set[str]]] = [
    # PIW'ers, mentoren, bezoek en portier
    ("bezoek kinderen", {"hulpmiddelen/checklist-kindvriendelijk-bezoek/", PIJLER1, BEZOEKREGELS,
                         "situaties/de-poort-en-het-bezoek/"}),
    ("bezoekregels", {BEZOEKREGELS}),
    ("bezoek per week wet", {BEZOEKREGELS}),
    ("hoe vaak mag een kind op bezoek", {BEZOEKREGELS}),
    ("bellen met de kinderen", {BEZOEKREGELS, PIJLER1, "hulpmiddelen/informatie-voor-gezinnen/"}),
    ("beeldbellen", {BEZOEKREGELS, PIJLER1}),
    ("bezoekzaal", {"hulpmiddelen/checklist-kindvriendelijk-bezoek/", PIJLER1, "werkkaarten/bezoek-portier/"}),
    ("kind angstig bij bezoek", {"hulpmiddelen/checklist-kindvriendelijk-bezoek/", PIJLER1,
                                 "praktijkvoorbeelden/kind-komt-niet-meer-op-bezoek/", BEZOEKREGELS}),
    ("kind wil niet meer op bezoek", {"praktijkvoorbeelden/kind-komt-niet-meer-op-bezoek/",
                                     "situaties/de-poort-en-het-bezoek/"}),  # its section "Als een kind niet wil komen"
    ("ouder-kinddag", {"hulpmiddelen/ouder-kinddag-voorbereiden/", "praktijkvoorbeelden/ouder-kinddagen/"}),
    ("vader kinddag organiseren", {"hulpmiddelen/ouder-kinddag-voorbereiden/", "praktijkvoorbeelden/ouder-kinddagen/"}),
    ("voorlezen", {"praktijkvoorbeelden/voorlezen-vanuit-de-gevangenis/", PIJLER1}),
    ("vadervleugel", {"praktijkvoorbeelden/vadervleugels/"}),
    # Safety
    ("meldcode", {VEILIG}),
    ("meldkode", {VEILIG, "hulpmiddelen/signalen-en-meldcode/"}),
    ("veilig thuis", {VEILIG}),
    ("kind vertelt over mishandeling", {VEILIG, "hulpmiddelen/signalen-en-meldcode/"}),
    ("signalen onveiligheid", {"hulpmiddelen/signalen-en-meldcode/", VEILIG}),
    ("zorgen over veiligheid kind tijdens bezoek", {"praktijkvoorbeelden/zorg-over-veiligheid-tijdens-bezoek/", VEILIG}),
    # Casemanagers and MMD
    ("kindcheck", KINDCHECK),
    ("kindchek", KINDCHECK),
    ("intake vragen kinderen", KINDCHECK),
    ("D&R-plan sociaal netwerk", {PIJLER2, "pijlers/verankering-in-het-dr-proces/binnenkomst-en-dr-plan/"}),
    ("verlof gezin", {PIJLER2, "pijlers/verankering-in-het-dr-proces/verlof-en-terugkeer/"}),
    ("terugkeer naar huis na vrijlating", {"situaties/bijzondere-situaties-en-terugkeer/",
                                           "pijlers/verankering-in-het-dr-proces/verlof-en-terugkeer/",
                                           "praktijkvoorbeelden/vader-bereidt-terugkeer-voor/"}),
    ("gesprek met ouder over kinderen", {"hulpmiddelen/gespreksleidraad-ouder/"}),
    ("omgangsregeling", {GEZAG}),
    ("omgangsregling", {GEZAG}),
    ("gezag", {GEZAG}),
    ("voogd", {GEZAG}),
    ("jeugdbescherming ots", {GEZAG}),
    ("moeder wil geen contact", {"praktijkvoorbeelden/verzorger-wil-geen-contact/", GEZAG}),
    ("huis van bewaring", {"situaties/de-eerste-dagen/"}),
    ("arrestatie vader", {"situaties/de-eerste-dagen/"}),
    ("moeders in detentie", {"situaties/moeders-babys-en-jonge-ouders/"}),
    ("baby in de gevangenis", {"situaties/moeders-babys-en-jonge-ouders/"}),
    ("tolk", {"situaties/bijzondere-situaties-en-terugkeer/"}),
    ("AVG", {"hulpmiddelen/vastleggen-en-delen/"}),
    ("privacy gegevens kind delen", {"hulpmiddelen/vastleggen-en-delen/"}),
    # Families and carers
    ("wat vertel ik mijn kind", {VERTELLEN}),
    ("school informeren", {VERTELLEN}),
    ("informatie voor kinderen", {"hulpmiddelen/informatie-voor-gezinnen/"}),
    ("folder voor familie", {"hulpmiddelen/informatie-voor-gezinnen/"}),
    ("papa zit in de bajes", {"hulpmiddelen/informatie-voor-gezinnen/", VERTELLEN, "inleiding/aanleiding/"}),
    # Directors, policy, trainers
    ("borging in beleid", {"pijlers/borging/", "pijlers/borging/beleid-en-organisatie/"}),
    ("stappenplan", {"aan-de-slag/stappenplan/"}),
    ("stapenplan", {"aan-de-slag/stappenplan/"}),
    ("zelfscan", {"aan-de-slag/zelfscan/"}),
    ("quickscan", {"aan-de-slag/zelfscan/"}),
    ("nulmeting", {"aan-de-slag/stappenplan/stap-3-nulmeting/", "aan-de-slag/zelfscan/"}),
    ("plan van aanpak", {"aan-de-slag/plan-van-aanpak/", "aan-de-slag/stappenplan/stap-4-plan-van-aanpak/"}),
    ("kernteam", {"aan-de-slag/stappenplan/stap-2-kernteam/"}),
    ("indicatoren monitoren", {"aan-de-slag/indicatoren/", "aan-de-slag/stappenplan/stap-6-monitoren-en-bijsturen/"}),
    ("scholing personeel", {"pijlers/bewustwording-en-deskundigheid/",
                            "pijlers/bewustwording-en-deskundigheid/kennis-en-scholing/"}),
    ("training medewerkers", {"pijlers/bewustwording-en-deskundigheid/",
                              "pijlers/bewustwording-en-deskundigheid/kennis-en-scholing/", "leesroutes/trainer/"}),
    ("hoeveel kinderen hebben een ouder in detentie", {"inleiding/aanleiding/"}),
    ("wat is gezinsgericht werken", {"inleiding/gezinsgericht-werken/"}),
    # A reader's queries that failed in version 1.1.0 (issue 21): compounds and word forms.
    ("reiskosten", {"hulpmiddelen/vragen-bij-binnenkomst/", BEZOEKREGELS, "situaties/de-poort-en-het-bezoek/"}),
    ("gescheiden vader geen rechten", {GEZAG}),
    ("kind wil vader niet meer zien", {"praktijkvoorbeelden/kind-komt-niet-meer-op-bezoek/"}),
    ("gescheiden ouders", {GEZAG}),
    ("belkosten", {BEZOEKREGELS, "hulpmiddelen/vragen-bij-binnenkomst/", "situaties/de-poort-en-het-bezoek/"}),
]
ZOEK_MINIMUM = 0.95

# The subjects the content editors are adding (issue 21): asserted by test_zoekkwaliteit
# as soon as every page a query expects is in the navigation of mkdocs.yml, and
# test_nieuwe_zoekvragen_hebben_hun_pagina fails until then, so none is skipped silently.
RISICO, POORT = "situaties/contact-en-risico/", "situaties/de-poort-en-het-bezoek/"
RECHTEN, SLECHT_NIEUWS = "situaties/rechten-per-fase/", "situaties/slecht-nieuws/"
MOEDERS, MIDDELEN = "situaties/moeders-babys-en-jonge-ouders/", "aan-de-slag/middelen-en-mandaat/"
PROGRAMMAS = "hulpmiddelen/programmas/"
ZOEKVRAGEN_NIEUW: list[tuple[str, set[str]]] = [
    ("vader zit vast voor een zedendelict mag zijn kind op bezoek", {RISICO}),
    ("huiselijk geweld en contact met de kinderen", {RISICO, VEILIG}),
    ("slachtoffer in het eigen gezin", {RISICO}),
    ("welk identiteitsbewijs heeft een kind nodig", {POORT}),
    ("reiskosten bezoek vergoeding", {POORT}),
    ("wat kost bellen vanuit de gevangenis", {POORT, BEZOEKREGELS}),
    ("beeldbellen met mijn kind", {POORT, BEZOEKREGELS}),
    ("brief sturen naar de gevangenis", {POORT}),
    ("verboden spullen bij bezoek", {POORT}),
    ("bezoek achter glas", {POORT}),
    ("schorsing voorlopige hechtenis voor de kinderen", {RECHTEN}),
    ("overplaatsing dichter bij huis", {RECHTEN}),
    ("verlof voor een begrafenis", {RECHTEN}),
    ("strafonderbreking", {RECHTEN}),
    ("zwanger in de gevangenis", {MOEDERS}),
    ("baby mee in detentie", {MOEDERS}),
    ("slecht nieuws brengen aan een gedetineerde", {SLECHT_NIEUWS}),
    ("zorgen over zelfmoord van een vader", {SLECHT_NIEUWS}),
    ("suïcidepreventie", {SLECHT_NIEUWS}),
    ("wat kost gezinsgericht werken aan uren", {MIDDELEN}),
    ("wie beslist, ondernemingsraad", {MIDDELEN}),
    ("oudertraining in de gevangenis", {PROGRAMMAS}),
    ("welke programma's zijn er voor vaders", {PROGRAMMAS}),
]


def nav_urls() -> set[str]:
    import yaml

    tekst = re.sub(r"!!python/name:\S+|!ENV \[[^\]]*\]", "''", (ROOT / "mkdocs.yml").read_text("utf-8"))
    uit = set()

    def loop(items):
        for item in items:
            waarde = list(item.values())[0] if isinstance(item, dict) else item
            if isinstance(waarde, list):
                loop(waarde)
            elif waarde != "index.md":
                uit.add(waarde[:-len("index.md")] if waarde.endswith("/index.md") else waarde[:-3] + "/")
    loop(yaml.safe_load(tekst)["nav"])
    return uit


def alle_zoekvragen() -> list[tuple[str, set[str]]]:
    """ZOEKVRAGEN, plus the new subjects whose pages are all in the navigation."""
    menu = nav_urls()
    return ZOEKVRAGEN + [(v, doel) for v, doel in ZOEKVRAGEN_NIEUW if doel <= menu]

ZELFSCAN = "aan-de-slag/zelfscan/"
PIJLERPAGINA = "pijlers/faciliteiten-en-ondersteuning/"
CASUS = "praktijkvoorbeelden/kind-komt-niet-meer-op-bezoek/"
HULPMIDDEL = "hulpmiddelen/checklist-kindvriendelijk-bezoek/"


# -- Fixtures: a local server and one browser for the whole session ------------------

class _StilleHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the pytest output clean
        pass


@pytest.fixture(scope="session")
def server(site):
    """The built site on a free port of 127.0.0.1."""
    handler = functools.partial(_StilleHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    """Chromium from the system. Module scope: Playwright's sync API allows one instance at
    a time, and test_browser.py and test_offline.py each start their own."""
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"{CHROMIUM} ontbreekt: draai 'make systeem' (Chromium uit Debian, geen download)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Verkeer:
    """Everything a page asked for and complained about."""
    verzoeken: list[str] = field(default_factory=list)
    fouten: list[str] = field(default_factory=list)

    def extern(self, toegestaan: str = "http://127.0.0.1:") -> list[str]:
        return [u for u in self.verzoeken if not u.startswith(toegestaan)]


def volg(page: Page) -> Verkeer:
    """Record the requests of the whole context (pages, frames and workers) and the
    errors of the page."""
    verkeer = Verkeer()
    # A Content-Security-Policy violation (overrides/main.html) is an error too, with its directive.
    page.add_init_script("addEventListener('securitypolicyviolation', e => console.error("
                         "'CSP-schending: ' + e.violatedDirective + ' ' + e.blockedURI))")
    page.context.on("request", lambda r: verkeer.verzoeken.append(r.url))
    page.on("console", lambda m: m.type == "error" and verkeer.fouten.append(f"{m.text} ({m.location.get('url')})"))
    page.on("pageerror", lambda e: verkeer.fouten.append(f"JavaScript-fout: {e}"))
    return verkeer


@pytest.fixture
def pagina(browser):
    """A fresh context and page with its traffic recorded (page.verkeer)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    page = context.new_page()
    page.verkeer = volg(page)
    yield page
    context.close()


# -- Helpers -------------------------------------------------------------------------

def paginas(site: Path) -> list[str]:
    """Every page of the site as a URL path relative to the root ('' is the home page)."""
    uit = []
    for pad in sorted(site.rglob("index.html")):
        rel = pad.parent.relative_to(site).as_posix()
        uit.append("" if rel == "." else rel + "/")
    return uit


def laad_axe(page: Page) -> None:
    """axe-core into the page. Evaluated by the test driver, not as a <script> element: the
    site's Content-Security-Policy rightly refuses an inline script that is not its own."""
    page.evaluate(AXE.read_text(encoding="utf-8"))


def axe(page: Page) -> list[dict]:
    """Run axe-core (WCAG 2.0-2.2 A and AA) on the page as it is now; return the violations."""
    laad_axe(page)
    opties = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"],
              "rules": {regel: {"enabled": False} for regel in AXE_UIT}}
    resultaat = page.evaluate("(opties) => axe.run(document, opties)", opties)
    return resultaat["violations"]


def leesbaar(violations: list[dict]) -> str:
    """axe violations as readable lines: rule, impact, target and what to fix."""
    regels = []
    for v in violations:
        regels.append(f"- {v['id']} ({v.get('impact')}): {v['help']} — {v['helpUrl']}")
        for node in v["nodes"][:5]:
            samenvatting = " ".join((node.get("failureSummary") or "").split())
            regels.append(f"    {' > '.join(map(str, node['target']))}: {samenvatting[:300]}")
        if len(v["nodes"]) > 5:
            regels.append(f"    ... en nog {len(v['nodes']) - 5} elementen")
    return "\n".join(regels)


def focus_info(page: Page) -> dict:
    """What has the keyboard focus, and how the focus is drawn."""
    return page.evaluate("""() => {
        const e = document.activeElement;
        if (!e || e === document.body) return {tag: 'BODY'};
        const s = getComputedStyle(e), b = e.getBoundingClientRect();
        return {tag: e.tagName, tekst: (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 60),
                klasse: String(e.className), href: e.getAttribute('href'), type: e.type, name: e.name,
                outline: s.outlineStyle, outlineBreedte: parseFloat(s.outlineWidth), schaduw: s.boxShadow,
                zichtbaar: b.width > 0 && b.height > 0 && b.bottom > 0 && b.right > 0
                           && b.top < innerHeight && b.left < innerWidth,
                inInhoud: !!e.closest('.md-content')};
    }""")


def tab_tot(page: Page, voorwaarde, maximaal: int = 150) -> dict:
    """Press Tab until the focused element meets the condition; return its focus_info."""
    for _ in range(maximaal):
        page.keyboard.press("Tab")
        info = focus_info(page)
        if voorwaarde(info):
            return info
    raise AssertionError(f"na {maximaal} keer Tab niet bereikt; focus op {focus_info(page)}")


def pad_van(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


# -- One visit to every page -----------------------------------------------------------

@dataclass
class Bezoek:
    h1: int
    lang: str
    violations: list[dict]
    afbeeldingen: list[dict]
    fouten: list[str]


@dataclass
class Rondgang:
    bezoeken: dict[str, Bezoek]
    verkeer: Verkeer


@pytest.fixture(scope="module")
def rondgang(site, server, browser) -> Rondgang:
    """Visit every page (not 404.html) once and record what the tests below check.
    A laptop screen (1280×720): the side menu then scrolls, which matters for axe."""
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="nl-NL")
    page = context.new_page()
    verkeer = volg(page)
    bezoeken = {}
    for pad in paginas(site):
        verkeer.fouten.clear()
        page.goto(server + pad, wait_until="load")
        # Images: <img> with its alt, and the figures (inline SVG, role=img) with the text of
        # the elements their aria-labelledby names (<title> and <desc>).
        afbeeldingen = page.eval_on_selector_all("article img, article svg[role=img]", """els => els.map(e => {
            const svg = e.tagName.toLowerCase() === 'svg';
            const naam = svg ? (e.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
                .map(id => (document.getElementById(id) || {}).textContent || '').join(' ').trim() : null;
            return {src: svg ? 'svg#' + (e.id || e.getAttribute('aria-labelledby')) : e.getAttribute('src'),
                    alt: svg ? naam : e.getAttribute('alt'), role: e.getAttribute('role'),
                    verborgen: !!e.closest('[aria-hidden=true]')};
        })""")
        bezoeken[pad] = Bezoek(
            h1=page.locator("h1").count(),
            lang=page.evaluate("document.documentElement.lang"),
            violations=axe(page),
            afbeeldingen=afbeeldingen,
            fouten=list(verkeer.fouten),
        )
    page.wait_for_load_state("networkidle")  # late requests (the search worker) count too
    context.close()
    return Rondgang(bezoeken, verkeer)


def test_alle_paginas_bezocht(rondgang, site):
    assert len(rondgang.bezoeken) == len(paginas(site)) > 40
    assert ZELFSCAN in rondgang.bezoeken and "" in rondgang.bezoeken


def test_geen_consolefouten(rondgang):
    fouten = {pad or "home": b.fouten for pad, b in rondgang.bezoeken.items() if b.fouten}
    assert not fouten, f"fouten in de console: {json.dumps(fouten, indent=1, ensure_ascii=False)}"


def test_geen_verzoeken_buiten_127_0_0_1(rondgang):
    verkeer = rondgang.verkeer
    assert verkeer.verzoeken, "er zijn geen verzoeken opgenomen"
    assert not verkeer.extern(), f"verzoeken naar andere hosts: {sorted(set(verkeer.extern()))}"


def test_precies_een_h1_en_nederlands(rondgang):
    for pad, b in rondgang.bezoeken.items():
        assert b.h1 == 1, f"{pad or 'home'}: {b.h1} hoofdkoppen (h1), verwacht precies één"
        assert b.lang == "nl", f"{pad or 'home'}: <html lang={b.lang!r}>, verwacht 'nl'"


def test_axe_geen_overtredingen_op_elke_pagina(rondgang):
    fout = {pad or "home": b.violations for pad, b in rondgang.bezoeken.items() if b.violations}
    uitleg = "\n".join(f"{pad}:\n{leesbaar(v)}" for pad, v in fout.items())
    assert not fout, f"axe-core vindt toegankelijkheidsfouten op {len(fout)} pagina's:\n{uitleg}"


def test_axe_regels_die_nooit_uit_mogen():
    assert not {"color-contrast", "link-in-text-block"} & set(AXE_UIT), \
        "contrast en herkenbare links mogen niet uit: los het op in handreiking.css"
    assert all(reden.strip() for reden in AXE_UIT.values()), "elke uitgezette regel heeft een reden nodig"


def test_afbeeldingen_hebben_alt_of_zijn_bewust_decoratief(rondgang):
    alle = [(pad, img) for pad, b in rondgang.bezoeken.items() for img in b.afbeeldingen]
    assert alle, "geen enkele afbeelding in de inhoud gevonden: klopt de selector nog?"
    for pad, img in alle:
        assert img["alt"] is not None, f"{pad}: afbeelding {img['src']} heeft geen alt-attribuut"
        if not img["alt"].strip():
            assert img["role"] in ("presentation", "none") or img["verborgen"], (
                f"{pad}: afbeelding {img['src']} heeft een lege alt-tekst. Schrijf een beschrijving, of maak "
                "hem bewust decoratief met alt=\"\" én role=\"presentation\" of aria-hidden=\"true\"")


def test_axe_mobiel_op_de_homepage(browser, server):
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2, locale="nl-NL")
    page = context.new_page()
    verkeer = volg(page)
    page.goto(server)
    violations = axe(page)
    # The navigation drawer open, as a phone user sees it.
    page.locator("label.md-header__button[for='__drawer']").click()
    page.wait_for_timeout(400)
    violations_menu = axe(page)
    context.close()
    assert not violations, f"axe op de homepage (375×812):\n{leesbaar(violations)}"
    assert not violations_menu, f"axe op de homepage met het menu open (375×812):\n{leesbaar(violations_menu)}"
    assert not verkeer.fouten and not verkeer.extern()


# -- Keyboard ----------------------------------------------------------------------

def test_eerste_tab_is_zichtbare_link_naar_inhoud(pagina, server):
    pagina.goto(server)
    pagina.keyboard.press("Tab")
    info = focus_info(pagina)
    assert info["tag"] == "A" and "md-skip" in info["klasse"], f"de eerste Tab komt op {info}, niet op de link naar de inhoud"
    assert re.search(r"naar inhoud", info["tekst"], re.I), f"linktekst: {info['tekst']!r}"
    assert info["zichtbaar"], "de link naar de inhoud is niet zichtbaar als hij de focus heeft"
    # Material fades the link in; it must end fully opaque and on top.
    # (polled from here: wait_for_function evaluates a string in the page, which the CSP refuses)
    for _ in range(40):
        if pagina.evaluate("getComputedStyle(document.activeElement).opacity") == "1":
            break
        pagina.wait_for_timeout(50)
    assert pagina.evaluate("getComputedStyle(document.activeElement).opacity") == "1", "de link wordt niet helemaal zichtbaar"
    bovenop = pagina.evaluate("""() => { const e = document.activeElement, b = e.getBoundingClientRect();
        return e.contains(document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2)); }""")
    assert bovenop, "de link naar de inhoud wordt bedekt door iets anders"
    pagina.screenshot(path="/tmp/handreiking-skiplink.png")
    doel = info["href"]
    pagina.keyboard.press("Enter")
    assert pagina.evaluate("location.hash") == doel
    assert pagina.evaluate(f"!!document.querySelector('.md-content {doel}')"), f"{doel} ligt niet in de inhoud"
    na = tab_tot(pagina, lambda i: True, maximaal=1)
    assert na["inInhoud"], f"na de link naar de inhoud gaat Tab naar {na}, niet naar de inhoud"


def test_menu_met_het_toetsenbord(pagina, server):
    """A top tab and then a page in the side menu, with Tab and Enter only."""
    pagina.goto(server)
    tab_tot(pagina, lambda i: "md-tabs__link" in i.get("klasse", "") and i["tekst"] == "De vier pijlers", maximaal=20)
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    assert pad_van(pagina.url) == "pijlers/"
    info = tab_tot(pagina, lambda i: (i.get("href") or "").endswith("faciliteiten-en-ondersteuning/")
                   and "md-nav__link" in i.get("klasse", ""), maximaal=40)
    assert info["zichtbaar"]
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    assert pad_van(pagina.url) == PIJLERPAGINA


def test_pdf_link_met_tab_bereikbaar_en_pdf_bestaat(pagina, server):
    pagina.goto(server + PIJLERPAGINA)
    info = tab_tot(pagina, lambda i: "hr-balk__pdf" in i.get("klasse", ""), maximaal=5)
    assert info["zichtbaar"]
    href = pagina.evaluate("document.activeElement.href")
    assert href.endswith(PDF_NAAM), href
    antwoord = pagina.request.get(href)
    assert antwoord.status == 200, f"{href} geeft HTTP {antwoord.status}"
    assert antwoord.headers["content-type"].startswith("application/pdf"), antwoord.headers["content-type"]
    assert antwoord.body()[:5] == b"%PDF-"


def test_focus_altijd_zichtbaar_en_benoemd(pagina, server):
    """The first 25 Tab stops of the home page (header, tabs, menu, edit button, text):
    focus drawn, in view, and the element keeps its accessible name while it has focus
    (Material's tooltips remove the title attribute on focus)."""
    pagina.goto(server)
    laad_axe(pagina)
    gezien = []
    for i in range(25):
        pagina.keyboard.press("Tab")
        info = focus_info(pagina)
        naamloos = pagina.evaluate("""async () => (await axe.run(document.activeElement, {resultTypes: ['violations'],
            runOnly: ['link-name', 'button-name', 'input-button-name', 'label', 'aria-command-name']})).violations""")
        assert not naamloos, f"Tab {i + 1}: het element met focus heeft geen naam:\n{leesbaar(naamloos)}"
        gezien.append(info)
        if i in (0, 1, 4, 9, 21):
            pagina.screenshot(path=f"/tmp/handreiking-focus-{i + 1}.png")
        assert info["tag"] != "BODY", f"Tab {i + 1}: de focus is verdwenen (op body)"
        omlijnd = info["outline"] != "none" and info["outlineBreedte"] >= 2
        schaduw = info["schaduw"] not in ("none", "")
        assert omlijnd or schaduw, f"Tab {i + 1}: geen zichtbare focus op {info}"
        assert info["zichtbaar"], f"Tab {i + 1}: het element met focus is niet in beeld: {info}"
    assert len({(g["tag"], g.get("href"), g.get("tekst")) for g in gezien}) >= 10, "Tab blijft op dezelfde plek"


@pytest.mark.parametrize("sneltoets", ["/", "s"])
def test_zoeken_met_het_toetsenbord(pagina, server, sneltoets):
    pagina.goto(server)
    pagina.wait_for_load_state("networkidle")
    pagina.keyboard.press(sneltoets)
    info = focus_info(pagina)
    assert info["tag"] == "INPUT" and info["name"] == "query", f"'{sneltoets}' opent het zoekveld niet: {info}"
    resultaten = zoek(pagina, "meldcode")
    assert resultaten, "geen zoekresultaten voor 'meldcode'"
    pagina.keyboard.press("ArrowDown")
    info = focus_info(pagina)
    assert info["tag"] == "A" and "md-search-result__link" in info["klasse"], f"pijl omlaag komt op {info}"
    assert info["outline"] != "none" or info["schaduw"] != "none", "het gekozen zoekresultaat heeft geen zichtbare focus"
    verwacht = pad_van(pagina.evaluate("document.activeElement.href"))
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    assert pad_van(pagina.url) == verwacht == resultaten[0]
    assert not pagina.verkeer.extern()


def test_zoekveld_met_tab_bereikbaar(pagina, server):
    pagina.goto(server)
    tab_tot(pagina, lambda i: i.get("name") == "query", maximaal=10)
    assert zoek(pagina, "stappenplan"), "geen zoekresultaten na Tab naar het zoekveld"
    violations = axe(pagina)
    assert not violations, f"axe met zoekresultaten in beeld:\n{leesbaar(violations)}"


# -- Search quality --------------------------------------------------------------

TEL_ZOEKVRAGEN_JS = """() => { if (window.__zoek) return; window.__zoek = {uit: 0, terug: 0};
    const origineel = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (bericht) {
        if (!this.__geteld) { this.__geteld = true;
            this.addEventListener('message', e => { if (e.data && e.data.type === 3) window.__zoek.terug++; }); }
        if (bericht && bericht.type === 2) window.__zoek.uit++;
        return origineel.apply(this, arguments); }; }"""


def zoek(page: Page, vraag: str) -> list[str]:
    """Type a query in the open search field; return the result pages in order, once the
    search worker has answered every query that was sent (one per keystroke)."""
    page.evaluate(TEL_ZOEKVRAGEN_JS)
    veld = page.locator("input.md-search__input")
    if not veld.evaluate("e => e === document.activeElement"):
        page.keyboard.press("/")
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.wait_for_function("() => !document.querySelector('.md-search-result__item')")
    page.keyboard.type(vraag, delay=15)
    page.wait_for_function("() => /overeenkom/.test(document.querySelector('.md-search-result__meta').textContent)")
    page.wait_for_function("() => window.__zoek.uit > 0 && window.__zoek.uit === window.__zoek.terug", timeout=10_000)
    page.wait_for_timeout(150)  # the last answer is drawn
    return [pad_van(u) for u in page.eval_on_selector_all(  # one item per page; its first link is the page itself
        ".md-search-result__item", "els => els.map(li => new URL(li.querySelector('a.md-search-result__link').href).pathname)")]


def open_zoeken(pagina, server) -> None:
    """The home page, loaded, with the search field open."""
    pagina.goto(server)
    pagina.wait_for_load_state("networkidle")
    pagina.keyboard.press("/")


def test_zoekkwaliteit(pagina, server):
    open_zoeken(pagina, server)
    missers = []
    vragen = alle_zoekvragen()
    for vraag, verwacht in vragen:
        resultaten = zoek(pagina, vraag)
        top3 = resultaten[:3]
        if not verwacht & set(top3):
            plek = next((i + 1 for i, r in enumerate(resultaten) if r in verwacht), "-")
            missers.append(f"'{vraag}': verwacht een van {sorted(verwacht)} in de top 3 (staat op {plek}), kreeg {top3}")
    assert len(vragen) >= 60
    score = 1 - len(missers) / len(vragen)
    print(f"\nzoekkwaliteit: {len(vragen) - len(missers)} van {len(vragen)} ({score:.0%})\n" + "\n".join(missers))
    assert score >= ZOEK_MINIMUM, (f"{len(missers)} van {len(vragen)} zoekvragen vinden hun pagina niet in de "
                                   f"top 3 ({score:.0%}, minimaal {ZOEK_MINIMUM:.0%}):\n" + "\n".join(missers))
    assert not pagina.verkeer.extern()


def test_zoeken_op_synoniem_en_heel_woord(pagina, server):
    """'angstig' finds the text that says 'bang' (synoniemen.yml); 'bang' is not 'Bangkok'."""
    pagina.goto(server)
    pagina.wait_for_load_state("networkidle")
    pagina.keyboard.press("/")
    assert zoek(pagina, "angstig"), "'angstig' geeft geen resultaten (de tekst zegt 'bang')"
    zoek(pagina, "bang")
    beste = pagina.eval_on_selector_all(".md-search-result__link", """els => els.map(a => [
        parseFloat(a.querySelector('article').dataset.mdScore), a.getAttribute('href')]).sort((x, y) => y[0] - x[0])[0]""")
    assert beste and "bangkok" not in beste[1].lower(), f"'bang' geeft als beste treffer {beste}"


def test_zoekvragen_wijzen_naar_bestaande_paginas(site):
    for vraag, verwacht in alle_zoekvragen():
        assert any((site / pad / "index.html").is_file() for pad in verwacht), \
            f"zoekvraag '{vraag}': geen van de pagina's {sorted(verwacht)} bestaat (meer)"


def test_nieuwe_zoekvragen_hebben_hun_pagina():
    """The queries for the new subjects count only once their pages are in the menu: until
    then this test fails, so that none of them is left out unnoticed."""
    ontbreekt = sorted({pad for _, doel in ZOEKVRAGEN_NIEUW for pad in doel} - nav_urls())
    assert len(ZOEKVRAGEN_NIEUW) >= 20
    assert not ontbreekt, f"de nieuwe zoekvragen verwachten pagina's die niet in het menu (mkdocs.yml nav) staan: {ontbreekt}"


# The reader's queries of issue 21: the right page first or second.
LEZERSVRAGEN = [
    ("reiskosten", {"situaties/de-poort-en-het-bezoek/", "hulpmiddelen/vragen-bij-binnenkomst/"}),
    ("gescheiden vader geen rechten", {GEZAG}),
    ("kind wil vader niet meer zien", {"praktijkvoorbeelden/kind-komt-niet-meer-op-bezoek/"}),
]


def test_lezersvragen_vinden_de_pagina_als_eerste_of_tweede(pagina, server):
    open_zoeken(pagina, server)
    missers = []
    for vraag, goed in LEZERSVRAGEN:
        resultaten = zoek(pagina, vraag)
        if not goed & set(resultaten[:2]):
            missers.append(f"'{vraag}': verwacht een van {sorted(goed)} als eerste of tweede, kreeg {resultaten[:3]}")
    assert not missers, "\n".join(missers)


def test_zoeken_zonder_redactiepaginas_en_met_soort(pagina, server):
    """Readers' searches never show the editors' pages; each result shows its kind."""
    open_zoeken(pagina, server)
    for vraag in ("vier doelen", "verbetering voorstellen", "techniek", "prestaties"):
        resultaten = zoek(pagina, vraag)
        assert not [r for r in resultaten if r.startswith("redactie/")], f"'{vraag}' toont redactiepagina's: {resultaten}"
    zoek(pagina, "checklist kindvriendelijk bezoek")
    soorten = pagina.eval_on_selector_all(".md-search-result__item", """els => els.map(li =>
        [new URL(li.querySelector('a').href).pathname, li.querySelector('.md-tag')?.textContent])""")
    assert soorten and all(s for _, s in soorten), f"resultaten zonder soort: {soorten}"
    gezien = dict(soorten)
    assert gezien.get("/" + HULPMIDDEL) == "Hulpmiddel", gezien


def test_markering_na_een_klik_alleen_hele_woorden(pagina, server):
    """Material marks a query word anywhere ('in' in 'pagina'); zoeken.js keeps whole words."""
    pagina.goto(server + "situaties/moeders-babys-en-jonge-ouders/?h=moeders+in+detentie")
    pagina.wait_for_selector("article mark[data-md-highlight]", timeout=10_000)
    pagina.wait_for_timeout(300)
    markeringen = pagina.evaluate("""() => [...document.querySelectorAll('article mark[data-md-highlight]')].map(m => {
        const voor = document.createRange(), na = document.createRange();
        voor.setStart(m.closest('p, li, td, h1, h2, h3, div'), 0); voor.setEndBefore(m);
        na.setStartAfter(m); na.setEndAfter(m.closest('p, li, td, h1, h2, h3, div'));
        return [voor.toString().slice(-1), m.textContent, na.toString().slice(0, 1)]; })""")
    assert len(markeringen) >= 5, markeringen
    half = [m for m in markeringen if re.match(r"\w", m[0]) or re.match(r"\w", m[2])]
    assert not half, f"markeringen in een deel van een woord: {half[:5]}"
    assert {"in", "moeders"} <= {m[1].lower() for m in markeringen}, markeringen


def test_zoekindex_klein_en_zonder_labels_of_bronnoten(site):
    """The zoektermen hook: hidden fields in the index, nothing of it in the page or the cards."""
    pad = site / "search" / "search_index.json"
    index = json.loads(pad.read_text("utf-8"))
    velden = index["config"]["fields"]
    assert velden["title"]["boost"] >= velden["zoektermen"]["boost"] > velden["text"]["boost"], velden
    assert velden["labels"]["boost"] <= 2 and velden["synoniemen"]["boost"] <= velden["text"]["boost"], velden
    docs = index["docs"]
    import yaml
    soorten = yaml.safe_load((ROOT / "docs" / "_data" / "vocabulaire.yml").read_text("utf-8"))["zoeklabels"]
    toegestaan = {label for groep in soorten.values() for label in groep.values()}
    for d in docs:  # 'tags' holds one thing: the kind of page, shown as a label in the result list
        assert "#" not in d["location"] or "tags" not in d, d["location"]
        assert "#" in d["location"] or (len(d.get("tags", [])) == 1 and d["tags"][0] in toegestaan), \
            f"{d['location']}: soort {d.get('tags')} ontbreekt of staat niet in zoeklabels (vocabulaire.yml)"
    assert not any(d["location"].startswith("redactie/") for d in docs), "de redactiepagina's horen niet in de zoekindex"
    zin = "beloof een kind geen geheimhouding, want wat het vertelt"  # from the shared safety box
    assert zin in (ROOT / "docs" / "_snippets" / "veiligheid.md").read_text("utf-8"), "zet hier een zin uit het veiligheidsblok"
    veilig = [d["location"] for d in docs if zin in d["text"]]
    assert not veilig, f"het gedeelde veiligheidsblok staat in de zoekindex van {veilig}"
    assert not any(re.search(r"<(p|li|ul|code)\b", d["text"]) for d in docs), "opmaak in de zoekindex"
    gezag = " ".join(d.get("synoniemen", "") for d in docs if d["location"].startswith(GEZAG))
    assert "gescheiden" in gezag, "woordvormen (docs/_data/woordvormen.yml) ontbreken in de zoekindex"
    assert not any(d["location"].endswith("#bronnen") for d in docs), "de bronnoten horen niet in de zoekindex"
    assert not any(d["location"] == "" for d in docs), "de startpagina hoort niet in de zoekresultaten"
    zelfscan = next(d for d in docs if d["location"] == ZELFSCAN)
    assert "quickscan" in zelfscan.get("zoektermen", "") and "quickscan" not in zelfscan["text"]
    assert any("angstig" in d.get("synoniemen", "") for d in docs), "synoniemen uit docs/_data/synoniemen.yml ontbreken"
    html = (site / ZELFSCAN / "index.html").read_text("utf-8")
    assert "quickscan" not in html, "zoektermen horen niet (verborgen) in de pagina zelf"
    grootte = pad.stat().st_size
    print(f"\nzoekindex: {grootte / 1000:.0f} kB, {len(docs)} stukken")
    # A guard against growth, not the target: version 1.2 has 91 pages (1.1: 82) and the index
    # is about 500 kB; the target of 350 kB (docs/redactie/prestaties.md) is not met yet.
    assert grootte < 520_000, f"de zoekindex is {grootte / 1000:.0f} kB: te groot om snel te laden"


def test_eerste_zoekvraag_werkt_direct_na_het_laden(browser, server):
    """Typing right after the page appears (before the index has loaded) still gives results."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")
    page = context.new_page()
    page.goto(server + PIJLERPAGINA, wait_until="domcontentloaded")
    page.locator("label.md-header__button[for='__search']").click()
    page.keyboard.type("bezoek", delay=30)
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    meta = page.locator(".md-search-result__meta").inner_text()
    assert "overeenkom" in meta, f"na het eerste zoeken staat er: {meta!r}"
    geladen = page.evaluate("""performance.getEntriesByType('resource')
        .filter(e => e.name.includes('search_index.json') && e.transferSize > 0).map(e => e.initiatorType)""")
    assert len(geladen) == 1 and geladen[0] in ("fetch", "xmlhttprequest"), \
        f"de zoekindex moet één keer geladen worden, door het script van de zoekfunctie: {geladen}"
    context.close()


def test_zoekresultaten_compact_op_een_telefoon(browser, server):
    """No label pills or keyword strings in the result cards, only the page's kind (one per
    page); several results fit on a phone."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")
    page = context.new_page()
    page.goto(server)
    page.wait_for_load_state("networkidle")
    page.locator("label.md-header__button[for='__search']").click()
    resultaten = zoek(page, "bezoek")
    assert len(resultaten) >= 5
    page.screenshot(path="/tmp/handreiking-zoeken-390.png")
    per_kaart = page.eval_on_selector_all(".md-search-result__item", "els => els.map(li => li.querySelectorAll('.md-tag').length)")
    assert per_kaart and set(per_kaart) == {1}, f"elk resultaat hoort precies één label (het soort pagina) te hebben: {per_kaart}"
    teksten = page.eval_on_selector_all(".md-search-result__article", "els => els.map(e => e.innerText)")
    for tekst in teksten:
        assert "leesroute poort" not in tekst and "bezoekzaal bezoekafdeling" not in tekst, f"losse zoektermen: {tekst[:80]}"
    zichtbaar = page.eval_on_selector_all(".md-search-result__item",
                                          "els => els.filter(e => e.getBoundingClientRect().top < innerHeight).length")
    assert zichtbaar >= 3, f"op een telefoon passen maar {zichtbaar} zoekresultaten op het scherm"
    context.close()


# -- The zelfscan ------------------------------------------------------------------

# Answers chosen by keyboard: statement position per pillar -> score (0..3).
# Pillar 1 mixes all levels (ties included), pillar 2 gets two answers, 3 and 4 none.
KEUZES = {1: [0, 1, 2, 3, 1, 2, 3], 2: [2, 2]}


def stellingen_per_pijler(page: Page) -> dict[int, list[dict]]:
    return page.evaluate("""() => {
        const uit = {};
        document.querySelectorAll('.hr-zelfscan__pijler').forEach(s => {
            uit[s.dataset.pijler] = [...s.querySelectorAll('.hr-stelling')].map(f => ({
                id: f.dataset.id, tekst: f.querySelector('.hr-stelling__tekst').textContent.trim(),
                bouwsteen: f.dataset.bouwsteen, stap: f.dataset.stap, naam: f.dataset.bouwsteenNaam,
                stapnummer: f.dataset.stapNummer}));
        });
        return uit;
    }""")


def verwacht_resultaat(stellingen: dict, keuzes: dict[int, list[int]], maximum: int = 3):
    """Percentages and action lists as the zelfscan should compute them."""
    scores, acties = {}, {}
    for pijler, lijst in stellingen.items():
        gekozen = keuzes.get(int(pijler), [])
        if not gekozen:
            scores[int(pijler)] = "–"
            acties[int(pijler)] = []
            continue
        scores[int(pijler)] = f"{round(100 * sum(gekozen) / (len(gekozen) * maximum))}%"
        laag = sorted([(score, s) for score, s in zip(gekozen, lijst, strict=False) if score < maximum], key=lambda x: x[0])[:3]
        acties[int(pijler)] = [s for _, s in laag]
    return scores, acties


def kies_met_toetsenbord(page: Page, stelling_id: str, score: int):
    """Tab (past the groups left open) into the statement's radio group, then choose
    with the arrow keys: Space takes the first level, each arrow the next one."""
    info = tab_tot(page, lambda i: i.get("type") == "radio" and i.get("name") == stelling_id, maximaal=200)
    assert page.evaluate("document.activeElement.value") == "0", \
        "Tab hoort in een lege groep op het eerste keuzerondje te komen"
    assert info["outline"] != "none" or info["schaduw"] != "none", "het keuzerondje heeft geen zichtbare focus"
    if score == 0:
        page.keyboard.press("Space")
    for _ in range(score):
        page.keyboard.press("ArrowRight")
    gekozen = page.evaluate("(n) => document.querySelector(`input[name='${n}']:checked`)?.value", stelling_id)
    assert gekozen == str(score), f"{stelling_id}: gekozen {gekozen}, bedoeld {score}"


def lees_resultaat(page: Page) -> tuple[dict[int, str], dict[int, list[dict]]]:
    scores = page.eval_on_selector_all(".hr-profiel__score", "els => els.map(e => e.textContent.trim())")
    acties = page.evaluate("""() => {
        const uit = {}; let pijler = 0;
        for (const e of document.querySelector('.hr-zelfscan__acties').children) {
            if (e.tagName === 'H4') { pijler += 1; uit[pijler] = []; }
            if (e.tagName === 'OL') uit[pijler] = [...e.children].map(li => ({
                tekst: li.textContent, links: [...li.querySelectorAll('a')].map(a => a.getAttribute('href')),
                teksten: [...li.querySelectorAll('a')].map(a => a.textContent)}));
        }
        return uit;
    }""")
    return {i + 1: s for i, s in enumerate(scores)}, {int(k): v for k, v in acties.items()}


def test_zelfscan_met_toetsenbord_bewaren_en_wissen(pagina, server):
    pagina.goto(server + ZELFSCAN)
    resultaat = pagina.locator("#zelfscan-resultaat")
    assert resultaat.is_visible(), "met JavaScript hoort het resultaat zichtbaar te zijn"
    stellingen = stellingen_per_pijler(pagina)
    assert sorted(map(int, stellingen)) == [1, 2, 3, 4]

    for pijler, keuzes in KEUZES.items():
        for stelling, score in zip(stellingen[str(pijler)], keuzes, strict=False):
            kies_met_toetsenbord(pagina, stelling["id"], score)
    scores, acties = lees_resultaat(pagina)
    verwacht_scores, verwacht_acties = verwacht_resultaat(stellingen, KEUZES)
    assert scores == verwacht_scores, f"scores per pijler: {scores}, verwacht {verwacht_scores}"
    for pijler, verwacht in verwacht_acties.items():
        gekregen = acties.get(pijler, [])
        assert len(gekregen) == len(verwacht), f"pijler {pijler}: {len(gekregen)} acties, verwacht {len(verwacht)}"
        for actie, stelling in zip(gekregen, verwacht, strict=True):
            assert actie["tekst"].startswith(stelling["tekst"]), f"pijler {pijler}: actie {actie['tekst']!r}"
            assert actie["links"] == [stelling["bouwsteen"], stelling["stap"]]
            # The link texts say where they go: "Lees: Kindvriendelijk bezoek (pijler 1) · stap 5".
            assert stelling["naam"] and stelling["stapnummer"], stelling
            assert actie["teksten"] == [f"{stelling['naam']} (pijler {pijler})", f"stap {stelling['stapnummer']}"], actie
            assert f"Lees: {stelling['naam']} (pijler {pijler}) · stap {stelling['stapnummer']}" in actie["tekst"]
    # The action links lead to existing pages.
    for href in pagina.eval_on_selector_all(".hr-zelfscan__acties a", "els => els.map(a => a.href)"):
        assert pagina.request.get(href).status == 200, f"actielink werkt niet: {href}"
    status = pagina.locator(".hr-zelfscan__status").inner_text()
    aantal = sum(map(len, KEUZES.values()))
    totaal = sum(map(len, stellingen.values()))
    assert f"{aantal} van de {totaal} stellingen" in status, status
    # Where you are: a status line (role=status) with the pillar and the count.
    teller = pagina.locator(".hr-zelfscan__teller")
    assert teller.get_attribute("role") == "status" and teller.is_visible()
    assert f"van 4 · {aantal} van {totaal} stellingen beantwoord" in teller.inner_text(), teller.inner_text()
    waar = pagina.locator(".hr-zelfscan__waar").all_inner_texts()
    assert len(waar) == 4 and waar[1].startswith("Pijler 2 van 4 · stelling ") and waar[3].endswith(f"van {totaal}"), waar
    assert pagina.locator(".hr-stelling__nummer").first.inner_text() == f"Stelling 1 van {totaal}"
    pagina.locator("#zelfscan-resultaat").screenshot(path="/tmp/handreiking-zelfscan-resultaat.png")
    violations = axe(pagina)
    assert not violations, f"axe op de zelfscan met resultaat:\n{leesbaar(violations)}"

    # Answers survive a reload (localStorage of this browser only).
    opgeslagen = json.loads(pagina.evaluate("localStorage.getItem('handreiking-zelfscan-antwoorden')"))
    verwacht_opslag = {s["id"]: str(k) for p, ks in KEUZES.items() for s, k in zip(stellingen[str(p)], ks, strict=False)}
    assert opgeslagen == verwacht_opslag
    pagina.reload()
    for stelling_id, waarde in verwacht_opslag.items():
        assert pagina.locator(f"input[name='{stelling_id}'][value='{waarde}']").is_checked(), \
            f"{stelling_id}: antwoord niet bewaard na herladen"
    assert lees_resultaat(pagina)[0] == verwacht_scores, "na herladen klopt het resultaat niet meer"

    # "Wis mijn antwoorden" with the keyboard.
    tab_tot(pagina, lambda i: i["tag"] == "BUTTON" and "Wis mijn antwoorden" in i["tekst"], maximaal=400)
    pagina.keyboard.press("Enter")
    assert pagina.locator(".hr-zelfscan input[type=radio]:checked").count() == 0, "antwoorden niet gewist"
    assert pagina.evaluate("localStorage.getItem('handreiking-zelfscan-antwoorden')") is None, \
        "antwoorden staan nog in localStorage"
    assert set(lees_resultaat(pagina)[0].values()) == {"–"}
    assert "gewist" in pagina.locator(".hr-zelfscan__status").inner_text()
    pagina.reload()
    assert pagina.locator(".hr-zelfscan input[type=radio]:checked").count() == 0, "na herladen zijn antwoorden terug"

    assert not pagina.verkeer.fouten, pagina.verkeer.fouten
    assert not pagina.verkeer.extern(), f"de zelfscan stuurt iets naar buiten: {pagina.verkeer.extern()}"


def test_zelfscan_zonder_javascript_is_een_checklist(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + ZELFSCAN)
    stellingen = page.locator("fieldset.hr-stelling")
    assert stellingen.count() >= 20
    for i in (0, stellingen.count() - 1):
        assert stellingen.nth(i).is_visible()
        assert stellingen.nth(i).locator("legend").is_visible()
        assert stellingen.nth(i).locator("input[type=radio]").first.is_visible()
    assert not page.locator("#zelfscan-resultaat").is_visible(), "zonder JavaScript hoort er geen resultaat te staan"
    assert not page.locator(".hr-zelfscan__knoppen").is_visible(), "zonder JavaScript werken de knoppen niet"
    stellingen.first.scroll_into_view_if_needed()
    page.screenshot(path="/tmp/handreiking-zelfscan-zonder-js.png")
    context.close()


# -- Phones first (390 px) -----------------------------------------------------------

TELEFOON = {"width": 390, "height": 844}

# What sticks out of the screen, and what is clipped without a sign that it scrolls.
# Ignored: closed menus and search (off-screen by design), and the inside of a scroll
# container that says it scrolls (data-hr-schuift, set by pagina.js).
TE_BREED_JS = """() => {
    const w = document.documentElement.clientWidth, uit = [];
    for (const e of document.querySelectorAll('body *')) {
        if (e.closest('.md-sidebar, .md-search, .md-tabs, [hidden], script, style, [data-hr-schuift]')) continue;
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden' || s.position === 'fixed') continue;
        const b = e.getBoundingClientRect();
        // Inside a box that scrolls or clips and itself fits the screen: not page overflow
        // (tables in such a box are checked by AFGEKNIPT_JS).
        let p = e.parentElement, binnen = false;
        while (p && p !== document.body) {
            const r = p.getBoundingClientRect();
            if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(p).overflowX) && r.right <= w + 1 && r.left >= -1) { binnen = true; break; }
            p = p.parentElement;
        }
        if (binnen) continue;
        if (b.width > 0 && b.height > 0 && (b.right > w + 1 || b.left < -1))
            uit.push(`${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]} (${Math.round(b.left)}..${Math.round(b.right)})`);
    }
    return {paginabreedte: document.documentElement.scrollWidth, scherm: w, uit: uit.slice(0, 8)};
}"""
AFGEKNIPT_JS = """() => [...document.querySelectorAll('article table')].map(t => {
    let e = t, clip = null;
    while (e && e !== document.body) {
        const s = getComputedStyle(e);
        if (e.scrollWidth > e.clientWidth + 1 && /(auto|scroll|hidden)/.test(s.overflowX)) { clip = e; break; }
        e = e.parentElement;
    }
    if (!clip) return null;
    const hint = clip.hasAttribute('data-hr-schuift') && clip.tabIndex === 0
        && clip.previousElementSibling?.classList.contains('hr-schuifhint')
        && clip.previousElementSibling.getBoundingClientRect().height > 0;
    return hint ? null : (t.querySelector('th, td')?.innerText || '?').slice(0, 40);
}).filter(Boolean)"""

# Table cells whose content, the label of the card layout included, is taller than the
# cell: text printed over the next cell or card. The label is ::before content, which a
# Range does not see: an absolutely placed label shows in scrollHeight, one in the flow
# makes the cell taller. A table wider than its container counts too, unless the
# container (or the table) scrolls and says so (as in AFGEKNIPT_JS).
OVERLAP_JS = """() => {
    const uit = [];
    for (const cel of document.querySelectorAll('article table td, article table th')) {
        if (cel.closest('thead') || getComputedStyle(cel).display === 'none') continue;
        const b = cel.getBoundingClientRect();
        if (!b.width || !b.height) continue;
        const r = document.createRange();
        r.selectNodeContents(cel);
        const regels = [...r.getClientRects()].filter(x => x.height > 0);
        const boven = Math.min(...regels.map(x => x.top)), onder = Math.max(...regels.map(x => x.bottom));
        const p = getComputedStyle(cel, '::before'), s = getComputedStyle(cel);
        const label = p.position === 'absolute' && !/^(none|normal)$/.test(p.content) ? parseFloat(p.height) || 0 : 0;
        const ruimte = cel.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
        if (onder > b.bottom + 1 || boven < b.top - 1 || label > ruimte + 1 || cel.scrollHeight > cel.clientHeight + 1)
            uit.push(`${cel.getAttribute('data-label') || cel.tagName}: ${cel.innerText.trim().slice(0, 30)}`);
    }
    for (const t of document.querySelectorAll('article table')) {
        const c = t.parentElement, schuift = e => e.hasAttribute('data-hr-schuift') && e.tabIndex === 0;
        if (t.getBoundingClientRect().width > c.clientWidth + 1 && !schuift(t) && !schuift(c))
            uit.push(`tabel breder dan zijn vak: ${(t.querySelector('th, td')?.innerText || '?').slice(0, 30)}`);
    }
    return uit;
}"""


def test_op_een_telefoon_past_alles_op_elke_pagina(browser, server, site):
    """Every page at 390 px: nothing wider than the screen, no table cut off without a scroll cue."""
    # bypass_csp: the self-checks below inject test blocks with style attributes, which the
    # site's Content-Security-Policy rightly refuses; the layout checks do not depend on it.
    context = browser.new_context(viewport=TELEFOON, locale="nl-NL", bypass_csp=True)
    page = context.new_page()
    # The checks can fail: a wide block in the text and a wide table without a cue are found.
    page.goto(server + ZELFSCAN)
    page.evaluate("""() => { const a = document.querySelector('article');
        a.insertAdjacentHTML('beforeend', '<div id="proef-breed" style="width:600px">x</div>'
            + '<table id="proef-tabel" style="display:block;overflow-x:auto"><tr><td style="min-width:900px">x</td></tr></table>'); }""")
    assert any("proef" in u or "div." in u for u in page.evaluate(TE_BREED_JS)["uit"]), "TE_BREED_JS vindt niets"
    assert page.evaluate(AFGEKNIPT_JS), "AFGEKNIPT_JS vindt een afgeknipte tabel niet"
    page.evaluate("""() => document.querySelector('article').insertAdjacentHTML('beforeend',
        '<table><tbody><tr><td style="display:block;height:1em">een waarde die over de volgende cel heen loopt,'
        + ' want de cel is te laag voor deze tekst van drie regels of meer op een telefoon</td></tr></tbody></table>')""")
    assert any("een waarde" in u for u in page.evaluate(OVERLAP_JS)), "OVERLAP_JS vindt een te lage cel niet"
    fout, overlap = {}, {}
    for pad in paginas(site):
        page.goto(server + pad, wait_until="load")
        breed = page.evaluate(TE_BREED_JS)
        afgeknipt = page.evaluate(AFGEKNIPT_JS)
        if breed["uit"] or breed["paginabreedte"] > breed["scherm"] or afgeknipt:
            fout[pad or "home"] = {"te breed": breed["uit"], "paginabreedte": breed["paginabreedte"],
                                   "tabel zonder schuifteken": afgeknipt}
        if cellen := page.evaluate(OVERLAP_JS):
            overlap[pad or "home"] = f"{len(cellen)} cellen, bijvoorbeeld {cellen[:3]}"
    context.close()
    assert not fout, "op 390 px steekt iets buiten het scherm:\n" + json.dumps(fout, indent=1, ensure_ascii=False)
    assert not overlap, ("op 390 px loopt de inhoud van tabelcellen (kolomkop inbegrepen) over hun vak heen:\n"
                         + json.dumps(overlap, indent=1, ensure_ascii=False))


def test_titel_past_en_kenmerken_onder_de_titel(browser, server):
    context = browser.new_context(viewport=TELEFOON, locale="nl-NL")
    page = context.new_page()
    page.goto(server + CASUS)
    titel = page.evaluate("""() => [...document.querySelectorAll('.md-header__topic .md-ellipsis')].map(e =>
        ({tekst: e.textContent.trim(), afgekapt: e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1}))""")
    assert titel and not any(t["afgekapt"] for t in titel), f"de titel in de kop is afgekapt: {titel}"
    assert page.locator(".md-content .md-tags").count() == 0, "labels (tagpillen) boven de titel"
    regel = page.locator("h1 + .hr-kenmerken .hr-kenmerken__regel")
    assert regel.is_visible(), "geen regel met kenmerken direct onder de titel"
    tekst = regel.inner_text()
    assert "Fictieve casus" in tekst and "Pijler 1" in tekst and "Voor " in tekst, tekst
    assert page.locator("h1").bounding_box()["y"] < 200, "de titel staat te laag op een telefoon"
    grootte = page.evaluate("parseFloat(getComputedStyle(document.querySelector('h1 + .hr-kenmerken p')).fontSize)")
    assert grootte >= 14, f"de kenmerken zijn te klein ({grootte}px)"
    context.close()


def test_tekst_in_tabellen_en_kaders_op_leesgrootte(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    page = context.new_page()
    page.goto(server + "aan-de-slag/stappenplan/")
    maten = page.evaluate("""() => ({
        tekst: parseFloat(getComputedStyle(document.querySelector('article p')).fontSize),
        tabel: [...document.querySelectorAll('article td')].map(e => parseFloat(getComputedStyle(e).fontSize)),
        kader: [...document.querySelectorAll('article .admonition p, article details p')].map(e => parseFloat(getComputedStyle(e).fontSize))})""")
    assert maten["tabel"] or maten["kader"], "geen tabel of kader op het stappenplan: kies een andere pagina"
    for soort in ("tabel", "kader"):
        for maat in maten[soort]:
            assert maat >= 15.5, f"tekst in een {soort} is {maat}px, de lopende tekst {maten['tekst']}px"
    context.close()


def test_tabellen_worden_kaarten_op_een_telefoon(browser, server):
    context = browser.new_context(viewport=TELEFOON, locale="nl-NL")
    page = context.new_page()
    page.goto(server + "praktijkvoorbeelden/")
    kaarten = page.locator("table[data-hr-kaarten]")
    if kaarten.count():
        rij = kaarten.first.locator("tbody tr").first
        assert rij.evaluate("e => getComputedStyle(e).display") == "block"
        assert kaarten.first.evaluate("e => e.getAttribute('role')") == "table", "de tabelrollen ontbreken"
        assert rij.locator("td[data-label]").count() >= 2
    page.screenshot(path="/tmp/handreiking-tabel-390.png", full_page=False)
    # On a wide screen the same table stays a table, without Material's sort arrows
    # (its tablesort styles match role=columnheader).
    page.set_viewport_size({"width": 1280, "height": 800})
    kop = page.locator("article thead th").first
    assert kop.evaluate("e => getComputedStyle(e, '::after').content") in ("none", "normal"), "sorteerpijl in de tabelkop"
    assert kop.evaluate("e => getComputedStyle(e.closest('tr')).display") == "table-row"
    context.close()


def test_zelfscan_op_een_telefoon(browser, server):
    """Bars with width, questions inside their box, answers in a tidy grid."""
    context = browser.new_context(viewport=TELEFOON, locale="nl-NL")
    page = context.new_page()
    page.goto(server + ZELFSCAN)
    for i, stelling in enumerate(page.locator("fieldset.hr-stelling").all()[:10]):
        stelling.locator("input[type=radio]").nth(i % 4).check()
    balken = page.evaluate("""() => [...document.querySelectorAll('.hr-profiel__rij')].map(r => ({
        balk: r.querySelector('.hr-profiel__balk').getBoundingClientRect().width,
        vulling: r.querySelector('.hr-profiel__vulling').getBoundingClientRect().width,
        score: r.querySelector('.hr-profiel__score').textContent.trim(),
        kleur: getComputedStyle(r.querySelector('.hr-profiel__vulling')).backgroundColor}))""")
    assert len(balken) == 4
    for b in balken:
        assert b["balk"] >= 150, f"een balk van de zelfscan is {b['balk']}px breed: {balken}"
        if b["score"].endswith("%"):
            verwacht = b["balk"] * int(b["score"][:-1]) / 100
            assert abs(b["vulling"] - verwacht) <= 3, f"balk {b} klopt niet met de score"
    assert len({b["kleur"] for b in balken}) == 4, "elke pijler hoort een eigen kleur te hebben"
    buiten = page.evaluate("""() => [...document.querySelectorAll('fieldset.hr-stelling')].filter(f => {
        const v = f.getBoundingClientRect(), l = f.querySelector('legend').getBoundingClientRect();
        return l.top < v.top + 1 || l.left < v.left || l.right > v.right;
    }).length""")
    assert buiten == 0, f"{buiten} vragen staan (deels) op of buiten de rand van hun vak"
    rijen = page.evaluate("""() => { const l = [...document.querySelector('.hr-stelling__niveaus').querySelectorAll('label')]
        .map(e => e.getBoundingClientRect()); return {breedtes: l.map(b => Math.round(b.width)), links: l.map(b => Math.round(b.left))}; }""")
    assert len(set(rijen["breedtes"])) == 1, f"de antwoordknoppen zijn ongelijk breed: {rijen}"
    assert len(set(rijen["links"])) == 2, f"de antwoorden staan niet in twee nette kolommen: {rijen}"
    page.locator("#zelfscan-resultaat").scroll_into_view_if_needed()
    page.screenshot(path="/tmp/handreiking-zelfscan-390.png")
    violations = axe(page)
    assert not violations, f"axe op de zelfscan (390 px):\n{leesbaar(violations)}"
    context.close()


@pytest.mark.parametrize("pad", ["", "aan-de-slag/zelfscan/", "praktijkvoorbeelden/kind-komt-niet-meer-op-bezoek/",
                                 "hulpmiddelen/checklist-kindvriendelijk-bezoek/", "praktijkvoorbeelden/",
                                 "aan-de-slag/stappenplan/"])
def test_axe_op_een_telefoon(browser, server, pad):
    context = browser.new_context(viewport=TELEFOON, locale="nl-NL")
    page = context.new_page()
    page.goto(server + pad)
    violations = axe(page)
    context.close()
    assert not violations, f"axe op {pad or 'home'} (390 px):\n{leesbaar(violations)}"


# -- The home page: a way in --------------------------------------------------------

ROLLEN = ["werkkaarten/piw-mentor/", "werkkaarten/bezoek-portier/", "werkkaarten/casemanager/", "werkkaarten/mmd/",
          "leesroutes/zorg/", "leesroutes/directie-beleid/", "leesroutes/ketenpartners/", "leesroutes/trainer/"]


@pytest.mark.parametrize("javascript", [True, False])
def test_startpagina_wijst_de_weg(browser, server, javascript):
    for viewport in (TELEFOON, {"width": 1440, "height": 900}):
        context = browser.new_context(viewport=viewport, locale="nl-NL", java_script_enabled=javascript)
        page = context.new_page()
        page.goto(server)
        # Safety first: visible on the first screen, also on a phone.
        veilig = page.locator(".hr-veilig a[href$='situaties/als-het-niet-veilig-is/']").first
        assert veilig.is_visible() and veilig.bounding_box()["y"] + 20 < viewport["height"], \
            "'Als het niet veilig is' staat niet op het eerste scherm"
        assert page.locator("a.md-button[href$='.pdf']").is_visible(), "de pdf-knop ontbreekt op de startpagina"
        pijlers = page.locator(".hr-tegels--pijlers li")
        assert pijlers.count() == 4
        kleuren = {pijlers.nth(i).evaluate("e => getComputedStyle(e).borderTopColor") for i in range(4)}
        assert len(kleuren) == 4, f"de vier pijlers hebben geen eigen kleur: {kleuren}"
        hrefs = page.eval_on_selector_all(".hr-tegels:not(.hr-tegels--pijlers) li > a:first-child",
                                          "els => els.map(a => new URL(a.href).pathname)")
        assert [pad_van(h) for h in hrefs] == ROLLEN, hrefs
        stappen = page.eval_on_selector_all(".hr-stappen ol > li a", "els => els.map(a => new URL(a.href).pathname)")
        assert [int(re.search(r"stap-(\d)", s).group(1)) for s in stappen] == list(range(1, 8)), stappen
        assert page.locator("a[href*='over/versiegeschiedenis/']").count() >= 1
        assert page.locator("#nieuw").count() == 0, "'Nieuw in versie' hoort in de versiegeschiedenis, niet op de startpagina"
        # Each role tile shows the role's pictogram (vocabulaire.yml, icoon) inside its link.
        iconen = page.eval_on_selector_all(".hr-tegels:not(.hr-tegels--pijlers) li > a:first-child",
                                           "els => els.map(a => !!a.querySelector('.hr-icoon svg path'))")
        assert iconen == [True] * len(ROLLEN), f"niet elke roltegel heeft een pictogram: {iconen}"
        # The whole tile is the link, and it fits.
        tegel = pijlers.first.bounding_box()
        assert tegel["x"] >= 0 and tegel["x"] + tegel["width"] <= viewport["width"]
        # No side menu that holds only "Home".
        assert not page.locator(".md-sidebar--primary .md-nav__link").first.is_visible() or viewport["width"] < 1220
        page.screenshot(path=f"/tmp/handreiking-home-{viewport['width']}{'' if javascript else '-zonder-js'}.png")
        context.close()


# -- Page foot: readers first, editors one click away -------------------------------

def test_bewerken_en_melden_onderaan_repository_in_de_voet(pagina, server):
    pagina.goto(server + CASUS)
    assert pagina.locator(".md-content__button").count() == 0, "geen potlood bij de titel: de bewerklink staat onderaan"
    assert pagina.locator(".md-header a[href*='github.com']").count() == 0, "de repository hoort in de voet, niet in de kop"
    assert pagina.locator(".md-footer a[href*='github.com']").count() == 1, "geen link naar de repository in de voet"
    voet = pagina.locator("aside.hr-paginavoet")
    bewerk = voet.locator("a[rel=edit]")
    assert "edit/main/docs/praktijkvoorbeelden/kind-komt-niet-meer-op-bezoek.md" in bewerk.get_attribute("href")
    melding = voet.locator("a", has_text="Meld een probleem met deze pagina")
    url = melding.evaluate("a => a.href")
    assert "/issues/new?" in url and "template=fout-melden.yml" in url
    from urllib.parse import parse_qs
    velden = parse_qs(urlsplit(url).query)
    assert "Een kind komt niet meer op bezoek" in velden["title"][0]
    assert pagina.url in velden["pagina"][0], f"het adres van de pagina ontbreekt in de melding: {velden}"
    versie = re.search(r"versie (\S+)\)", velden["pagina"][0])
    assert versie, velden
    assert "GitHub-account" in voet.inner_text() or "mailto:" in voet.inner_html(), \
        "zeg waar mensen zonder GitHub-account terechtkunnen"
    assert "nog niet vastgelegd" not in voet.inner_text()


@pytest.mark.parametrize("javascript", [True, False])
def test_praktijkvoorbeelden_eenmaal_en_te_filteren(browser, server, javascript):
    """Every example once; with JavaScript a filter by pillar, role and kind, without it the whole list."""
    context = browser.new_context(viewport=TELEFOON, locale="nl-NL", java_script_enabled=javascript)
    page = context.new_page()
    page.goto(server + "praktijkvoorbeelden/")
    links = page.eval_on_selector_all(".hr-voorbeelden tbody tr td:first-child a", "els => els.map(a => a.href)")
    assert len(links) >= 10 and len(links) == len(set(links)), "een voorbeeld staat er vaker dan één keer in"
    if not javascript:
        assert page.locator(".hr-filter").count() == 0 and page.locator(".hr-voorbeelden tbody tr:visible").count() == len(links)
        context.close()
        return
    assert page.locator("label[for=hr-filter-0]").inner_text() == "Pijler"
    assert page.locator("label[for=hr-filter-1]").inner_text() == "Rol"
    assert page.locator("label[for=hr-filter-2]").inner_text() == "Soort"
    page.select_option("#hr-filter-0", "Pijler 2")
    page.select_option("#hr-filter-2", "Casus (fictief)")
    rijen = page.eval_on_selector_all(".hr-voorbeelden tbody tr:not([hidden])", """els => els.map(tr =>
        [tr.children[1].textContent.trim(), tr.children[2].textContent.trim()])""")
    assert rijen and all(soort == "Casus (fictief)" and "2" in pijlers.split(", ") for soort, pijlers in rijen), rijen
    assert page.locator(".hr-voorbeelden tbody tr:visible").count() == len(rijen)
    teller = page.locator(".hr-filter__teller")
    assert teller.get_attribute("role") == "status" and f"{len(rijen)} van de {len(links)} voorbeelden" in teller.inner_text()
    page.select_option("#hr-filter-1", "Casemanager")
    for tr in page.locator(".hr-voorbeelden tbody tr:visible").all():
        assert "Casemanager" in tr.locator("td").nth(4).inner_text()
    page.screenshot(path="/tmp/handreiking-praktijkvoorbeelden-filter-390.png")
    violations = axe(page)
    assert not violations, f"axe op het filter van de praktijkvoorbeelden:\n{leesbaar(violations)}"
    context.close()


def test_alleen_de_scripts_die_de_pagina_gebruikt(site):
    """zelfscan.js only on the zelfscan, voorbeelden.js only on the examples overview."""
    for pad in site.rglob("index.html"):
        html = pad.read_text("utf-8")
        rel = pad.parent.relative_to(site).as_posix()
        laadt = set(re.findall(r'<script src="[^"]*/(zelfscan|voorbeelden)\.js"', html))
        verwacht = {"aan-de-slag/zelfscan": {"zelfscan"}, "praktijkvoorbeelden": {"voorbeelden"}}.get(rel, set())
        assert laadt == verwacht, f"{rel}: laadt {sorted(laadt)}, verwacht {sorted(verwacht)}"


def test_overzicht_zonder_bewerklink_en_zonder_onbekende_datum(pagina, server):
    pagina.goto(server + "praktijkvoorbeelden/")
    assert pagina.locator("aside.hr-paginavoet a[rel=edit]").count() == 0
    assert "nog niet vastgelegd" not in pagina.locator("article").inner_text()


def test_begrip_heeft_een_tooltip_alleen_de_eerste_keer(site):
    """Glossary tooltips (<abbr>) once per term per page, never in headings or links."""
    for pad in site.rglob("index.html"):
        html = pad.read_text("utf-8")
        termen = re.findall(r"<abbr\b[^>]*>(.*?)</abbr>", html, re.S)
        dubbel = {t for t in termen if termen.count(t) > 1}
        assert not dubbel, f"{pad.relative_to(site)}: tooltip meer dan één keer voor {sorted(dubbel)}"
        for kop in re.findall(r"<(h[1-6]|a)\b[^>]*>(.*?)</\1>", html, re.S):
            assert "<abbr" not in kop[1], f"{pad.relative_to(site)}: tooltip in een kop of link: {kop[1][:80]}"


# -- Fonts ---------------------------------------------------------------------------

def test_lettertype_meteen_goed(browser, server):
    """First visit: the fonts of the first screen are preloaded and in use once the page has
    loaded; the fallback is metric-matched (size-adjust) so a late font does not move text."""
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.goto(server, wait_until="load")
    geladen = page.evaluate("""async () => { await document.fonts.ready;
        return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '') + ' ' + f.weight); }""")
    assert "Source Sans 3 400" in geladen and "Source Sans 3 700" in geladen, geladen
    for selector in ("h1", ".md-tabs__link", "article p"):
        familie = page.evaluate(f"getComputedStyle(document.querySelector('{selector}')).fontFamily")
        assert familie.startswith('"Source Sans 3"'), f"{selector}: {familie}"
        assert "Source Sans 3 reserve" in familie, f"{selector}: geen reserveletter op maat: {familie}"
    preloads = page.eval_on_selector_all("link[rel=preload][as=font]", "els => els.map(e => e.href)")
    assert len(preloads) == 2
    css = page.evaluate("""() => [...document.styleSheets].flatMap(s => { try { return [...s.cssRules]; } catch (e) { return []; } })
        .filter(r => r instanceof CSSFontFaceRule).map(r => r.cssText)""")
    assert all("font-display: swap" in r for r in css if "Source Sans 3\"" in r and "reserve" not in r), css
    assert any("size-adjust" in r for r in css if "reserve" in r), "geen reserveletter met size-adjust"
    context.close()


# -- HTML validity -------------------------------------------------------------------

def test_html_geldig_volgens_nu_html_checker(site):
    java = vereist("java")
    assert VNU.is_file(), f"{VNU} ontbreekt: draai 'make npm'"
    uit = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html", str(site)],
                         capture_output=True, text=True, timeout=600)
    berichten = json.loads(uit.stderr or uit.stdout)["messages"]
    assert all(m.get("type") == "error" for m in berichten if m.get("type") != "info"), berichten[:3]

    def gefilterd(m) -> bool:
        return any(re.search(bericht, m.get("message", "")) and re.search(opmaak, m.get("extract", ""))
                   for bericht, opmaak, _ in VNU_GEFILTERD)

    fouten = [m for m in berichten if not gefilterd(m)]
    leesbare = [f"- {Path(urlsplit(m.get('url', '')).path).relative_to(site) if m.get('url') else '?'}"
                f":{m.get('lastLine')}: {m.get('message')}  [{(m.get('extract') or '').strip()[:80]}]"
                for m in fouten[:40]]
    assert not fouten, f"{len(fouten)} HTML-fouten:\n" + "\n".join(leesbare)
    assert all(reden.strip() for *_, reden in VNU_GEFILTERD)
    assert len(list(site.rglob("*.html"))) > 40, "de checker heeft te weinig pagina's gezien"


def test_geen_links_naar_een_andere_host_door_dubbele_slash(site):
    """'{{ base_url }}/x' becomes '//x' on the 404 page: a link to the host 'x'."""
    for pad in site.rglob("*.html"):
        m = re.search(r'(?:href|src)="//[^"]*"', pad.read_text("utf-8"))
        assert not m, f"{pad.relative_to(site)}: {m.group(0)} wijst naar een andere host"


# -- Print -------------------------------------------------------------------------

def test_printweergave_van_een_pijler(pagina, server, tmp_path):
    pagina.goto(server + PIJLERPAGINA)
    pagina.emulate_media(media="print")
    for selector in (".md-banner", ".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary",
                     ".md-footer", ".hr-balk"):
        zichtbaar = pagina.evaluate("(s) => [...document.querySelectorAll(s)].some(e => e.offsetParent !== null)",
                                    selector)
        assert not zichtbaar, f"{selector} hoort niet op papier"
    hokjes = pagina.evaluate("""() => [...document.querySelectorAll('.task-list-indicator')].map(e => {
        const s = getComputedStyle(e, '::before');
        return {rand: s.borderTopStyle, breedte: parseFloat(s.borderTopWidth), kleur: s.borderTopColor,
                w: parseFloat(s.width), h: parseFloat(s.height), display: s.display, zichtbaar: s.visibility};
    })""")
    assert hokjes, f"geen afvinklijst op {PIJLERPAGINA}"
    for h in hokjes:
        assert (h["rand"] == "solid" and h["breedte"] >= 1 and h["kleur"] != "rgba(0, 0, 0, 0)" and h["w"] >= 8
                and h["h"] >= 8 and h["display"] != "none" and h["zichtbaar"] == "visible"), \
            f"afvinkhokje niet zichtbaar als hokje op papier: {h}"
    pdf = tmp_path / "pijler.pdf"
    pagina.pdf(path=str(pdf), format="A4", print_background=True)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftoppm"):  # a PNG of the first pages, to look at by hand
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-l", "3", str(pdf), "/tmp/handreiking-print"], check=False)


@pytest.mark.parametrize("pad", [HULPMIDDEL, "werkkaarten/piw-mentor/"])
def test_printen_van_een_hulpmiddel_of_werkkaart(browser, server, tmp_path, pad):
    """A handout printed from the browser: title, version and source on a clean sheet; a
    print button on screen only with JavaScript."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    page = context.new_page()
    page.goto(server + pad)
    knop = page.locator("button[data-hr-print]")
    assert knop.is_visible(), "geen printknop op een hulpmiddel of werkkaart"
    page.emulate_media(media="print")
    assert not knop.is_visible(), "de printknop hoort niet op papier"
    # A phone number is plain text on paper: no underline, the colour of the text around it
    # (after Material's 125 ms colour transition on links).
    page.wait_for_timeout(400)
    bellen = page.eval_on_selector_all("article a.hr-bel", """els => els.map(a => { const s = getComputedStyle(a);
        return [s.textDecorationLine, s.color === getComputedStyle(a.parentElement).color]; })""")
    assert bellen and all(b == ["none", True] for b in bellen), f"belknoppen zien er op papier uit als link: {bellen}"
    assert not page.locator("aside.hr-paginavoet").is_visible(), "bewerk- en meldlinks horen niet op papier"
    kop = page.locator(".hr-printkop")
    assert kop.is_visible() and "versie" in kop.inner_text()
    voet = page.locator(".hr-printvoet")
    assert voet.is_visible() and page.url in voet.inner_text(), "de bron (het webadres) staat niet op papier"
    assert page.locator("h1").is_visible()
    pdf = tmp_path / "handout.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-l", "1", str(pdf), f"/tmp/handreiking-print-{pad.split('/')[0]}"],
                       check=False)
    context.close()
    # Without JavaScript the button is not there (it would do nothing).
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + pad)
    assert not page.locator("button[data-hr-print]").is_visible()
    context.close()


@pytest.mark.parametrize("kaart", ["piw-mentor", "bezoek-portier", "casemanager", "mmd"])
def test_werkkaart_print_op_een_a4(browser, server, tmp_path, kaart):
    """A werkkaart printed from the browser fits one A4 sheet, as it does as a handout PDF."""
    import pikepdf

    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    page = context.new_page()
    page.goto(server + f"werkkaarten/{kaart}/")
    pdf = tmp_path / f"{kaart}.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    context.close()
    with pikepdf.open(pdf) as doc:
        assert len(doc.pages) == 1, f"werkkaart {kaart} print op {len(doc.pages)} A4-pagina's in plaats van één"


# The subjects that have one home: searching for them puts that home first, not a page
# that only mentions them (issues 11 and 12).
EERSTE_TREFFER = [
    ("gezag", GEZAG),
    ("omgangsregeling", GEZAG),
    ("meldcode", VEILIG),
    ("bezoekregels", "pijlers/faciliteiten-en-ondersteuning/bezoek-en-contact/"),
    ("huis van bewaring", "situaties/de-eerste-dagen/"),
    ("moeders in detentie", "situaties/moeders-babys-en-jonge-ouders/"),
    ("school informeren", VERTELLEN),
    ("wat vertel ik mijn kind", VERTELLEN),
    ("AVG", "hulpmiddelen/vastleggen-en-delen/"),
]


def test_zoeken_zet_de_eigen_plek_bovenaan(pagina, server):
    open_zoeken(pagina, server)
    missers = []
    for vraag, thuis in EERSTE_TREFFER:
        resultaten = zoek(pagina, vraag)
        if not resultaten or resultaten[0] != thuis:
            missers.append(f"'{vraag}': verwacht {thuis} bovenaan, kreeg {resultaten[:3]}")
    assert not missers, "\n".join(missers)
