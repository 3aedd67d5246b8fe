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

# Search quality: what a professional types, and the pages of which at least one must
# be among the first three results. Paths are relative to the site root.
ZOEKVRAGEN: list[tuple[str, set[str]]] = [
    ("bezoek kinderen", {"hulpmiddelen/checklist-kindvriendelijk-bezoek/", "pijlers/faciliteiten-en-ondersteuning/"}),
    ("kindcheck", {"pijlers/verankering-in-het-dr-proces/", "hulpmiddelen/vragen-bij-binnenkomst/"}),
    ("meldcode", {"hulpmiddelen/signalen-en-meldcode/"}),
    ("D&R-plan sociaal netwerk", {"pijlers/verankering-in-het-dr-proces/"}),
    ("scholing personeel", {"pijlers/bewustwording-en-deskundigheid/"}),
    ("vadervleugel", {"praktijkvoorbeelden/vadervleugels/"}),
    ("stappenplan", {"aan-de-slag/stappenplan/"}),
    ("ouder-kinddag", {"hulpmiddelen/ouder-kinddag-voorbereiden/", "praktijkvoorbeelden/ouder-kinddagen/"}),
    ("verlof gezin", {"pijlers/verankering-in-het-dr-proces/"}),
    ("signalen onveiligheid", {"hulpmiddelen/signalen-en-meldcode/"}),
    ("zelfscan", {"aan-de-slag/zelfscan/"}),
    ("voorlezen", {"praktijkvoorbeelden/voorlezen-vanuit-de-gevangenis/", "pijlers/faciliteiten-en-ondersteuning/"}),
    ("beeldbellen", {"pijlers/faciliteiten-en-ondersteuning/"}),
    ("informatie voor kinderen", {"hulpmiddelen/informatie-voor-gezinnen/"}),  # needs search.boost 2 there
    # Words that are only in the front matter `zoektermen` of the page:
    ("quickscan", {"aan-de-slag/zelfscan/"}),
    ("bezoekzaal", {"hulpmiddelen/checklist-kindvriendelijk-bezoek/", "pijlers/faciliteiten-en-ondersteuning/"}),
]

ZELFSCAN = "aan-de-slag/zelfscan/"
PIJLERPAGINA = "pijlers/faciliteiten-en-ondersteuning/"


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


def axe(page: Page) -> list[dict]:
    """Run axe-core (WCAG 2.0-2.2 A and AA) on the page as it is now; return the violations."""
    page.add_script_tag(path=str(AXE))
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
        afbeeldingen = page.eval_on_selector_all("article img", """els => els.map(e => ({
            src: e.getAttribute('src'), alt: e.getAttribute('alt'), role: e.getAttribute('role'),
            verborgen: !!e.closest('[aria-hidden=true]')}))""")
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
    pagina.wait_for_function("getComputedStyle(document.activeElement).opacity === '1'", timeout=2000)
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
    pagina.add_script_tag(path=str(AXE))
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

def zoek(page: Page, vraag: str) -> list[str]:
    """Type a query in the open search field; return the result pages in order."""
    veld = page.locator("input.md-search__input")
    if not veld.evaluate("e => e === document.activeElement"):
        page.keyboard.press("/")
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.wait_for_function("() => !document.querySelector('.md-search-result__item')")
    page.keyboard.type(vraag, delay=15)
    page.wait_for_function("() => /overeenkom/.test(document.querySelector('.md-search-result__meta').textContent)")
    vorige, stabiel = None, 0
    for _ in range(40):  # results arrive per keystroke from a web worker: wait until they settle
        page.wait_for_timeout(100)
        nu = page.eval_on_selector_all(  # one item per page; its first link is the page itself
            ".md-search-result__item",
            "els => els.map(li => new URL(li.querySelector('a.md-search-result__link').href).pathname)")
        stabiel = stabiel + 1 if nu == vorige else 0
        vorige = nu
        if stabiel >= 3:
            break
    return [pad_van(u) for u in vorige or []]


def test_zoekkwaliteit(pagina, server):
    pagina.goto(server)
    pagina.wait_for_load_state("networkidle")
    pagina.keyboard.press("/")
    missers = []
    for vraag, verwacht in ZOEKVRAGEN:
        top3 = zoek(pagina, vraag)[:3]
        if not verwacht & set(top3):
            missers.append(f"'{vraag}': verwacht een van {sorted(verwacht)} in de top 3, kreeg {top3}")
    assert len(ZOEKVRAGEN) >= 12
    assert not missers, "zoekvragen die hun pagina niet in de top 3 vinden:\n" + "\n".join(missers)
    assert not pagina.verkeer.extern()


def test_zoektermen_staan_verborgen_in_de_zoekindex(site):
    """The zoektermen hook: hidden on the page, present in the index."""
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    zelfscan = " ".join(d["text"] for d in index["docs"] if d["location"].startswith(ZELFSCAN))
    assert "nulmeting" in zelfscan and "quickscan" in zelfscan
    html = (site / ZELFSCAN / "index.html").read_text("utf-8")
    assert re.search(r'<p class="hr-zoektermen" hidden>[^<]*quickscan', html)


# -- The zelfscan ------------------------------------------------------------------

# Answers chosen by keyboard: statement position per pillar -> score (0..3).
# Pillar 1 mixes all levels (ties included), pillar 2 gets two answers, 3 and 4 none.
KEUZES = {1: [0, 1, 2, 3, 1, 2, 3], 2: [2, 2]}


def stellingen_per_pijler(page: Page) -> dict[int, list[dict]]:
    return page.evaluate("""() => {
        const uit = {};
        document.querySelectorAll('.hr-zelfscan__pijler').forEach(s => {
            uit[s.dataset.pijler] = [...s.querySelectorAll('.hr-stelling')].map(f => ({
                id: f.dataset.id, tekst: f.querySelector('legend').textContent.trim(),
                bouwsteen: f.dataset.bouwsteen, stap: f.dataset.stap}));
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
        laag = sorted([(score, s) for score, s in zip(gekozen, lijst) if score < maximum], key=lambda x: x[0])[:3]
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
                tekst: li.textContent, links: [...li.querySelectorAll('a')].map(a => a.getAttribute('href'))}));
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
        for stelling, score in zip(stellingen[str(pijler)], keuzes):
            kies_met_toetsenbord(pagina, stelling["id"], score)
    scores, acties = lees_resultaat(pagina)
    verwacht_scores, verwacht_acties = verwacht_resultaat(stellingen, KEUZES)
    assert scores == verwacht_scores, f"scores per pijler: {scores}, verwacht {verwacht_scores}"
    for pijler, verwacht in verwacht_acties.items():
        gekregen = acties.get(pijler, [])
        assert len(gekregen) == len(verwacht), f"pijler {pijler}: {len(gekregen)} acties, verwacht {len(verwacht)}"
        for actie, stelling in zip(gekregen, verwacht):
            assert actie["tekst"].startswith(stelling["tekst"]), f"pijler {pijler}: actie {actie['tekst']!r}"
            assert actie["links"] == [stelling["bouwsteen"], stelling["stap"]]
    # The action links lead to existing pages.
    for href in pagina.eval_on_selector_all(".hr-zelfscan__acties a", "els => els.map(a => a.href)"):
        assert pagina.request.get(href).status == 200, f"actielink werkt niet: {href}"
    status = pagina.locator(".hr-zelfscan__status").inner_text()
    aantal = sum(map(len, KEUZES.values()))
    totaal = sum(map(len, stellingen.values()))
    assert f"{aantal} van de {totaal} stellingen" in status, status
    pagina.locator("#zelfscan-resultaat").screenshot(path="/tmp/handreiking-zelfscan-resultaat.png")
    violations = axe(pagina)
    assert not violations, f"axe op de zelfscan met resultaat:\n{leesbaar(violations)}"

    # Answers survive a reload (localStorage of this browser only).
    opgeslagen = json.loads(pagina.evaluate("localStorage.getItem('handreiking-zelfscan-antwoorden')"))
    verwacht_opslag = {s["id"]: str(k) for p, ks in KEUZES.items() for s, k in zip(stellingen[str(p)], ks)}
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
