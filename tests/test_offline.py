"""The offline edition (`make offline`): one zip that works from file:// without internet.

Built once per session with scripts/offline.py into a temporary dist folder, unpacked,
and opened in Chromium with every non-file request blocked.
"""

from __future__ import annotations

import os
import re
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import sync_playwright

import offline
from conftest import PDF_NAAM
from test_browser import CHROMIUM, CHROMIUM_ARGS

VERSIE = str(offline.lees_config()["extra"]["version"])
PIJLER = "pijlers/faciliteiten-en-ondersteuning/index.html"


@pytest.fixture(scope="session")
def offline_zip(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    # In CI the same build is kept as the reviewers' preview (HANDREIKING_VOORBEELD): one build, not two.
    voorbeeld = os.environ.get("HANDREIKING_VOORBEELD")
    return offline.maak_offline(dist, mkdocs=str(Path(sys.executable).with_name("mkdocs")),
                                uitgepakt=Path(voorbeeld) if voorbeeld else None)


@pytest.fixture(scope="session")
def uitgepakt(offline_zip, tmp_path_factory) -> Path:
    doel = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(offline_zip) as z:
        z.extractall(doel)
    mappen = [p for p in doel.iterdir() if p.is_dir()]
    assert len(mappen) == 1, f"de zip hoort één map te bevatten, niet {mappen}"
    return mappen[0]


@pytest.fixture(scope="module")
def browser():
    """Chromium from the system. Module scope: Playwright's sync API allows one instance at
    a time, and test_browser.py and test_offline.py each start their own."""
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def offline_pagina(browser):
    """A page in a context where every request that is not file:// is aborted and recorded."""
    context = browser.new_context(locale="nl-NL")
    verzoeken, geblokkeerd, fouten = [], [], []

    def alleen_bestanden(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            geblokkeerd.append(route.request.url)
            route.abort()

    context.route("**/*", alleen_bestanden)
    context.on("request", lambda r: verzoeken.append(r.url))
    # the CSP holds from file:// too: a violation is an error (overrides/main.html)
    context.add_init_script("addEventListener('securitypolicyviolation', e => console.error("
                            "'CSP-schending: ' + e.violatedDirective + ' ' + e.blockedURI))")
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and fouten.append(m.text))
    page.on("pageerror", lambda e: fouten.append(str(e)))
    page.verzoeken, page.geblokkeerd, page.fouten = verzoeken, geblokkeerd, fouten
    yield page
    context.close()


def test_zip_naam_versie_en_inhoud(offline_zip, uitgepakt):
    assert offline_zip.name == f"handreiking-gezinsgericht-werken-in-detentie-offline-{VERSIE}.zip"
    assert uitgepakt.name == f"handreiking-gezinsgericht-werken-in-detentie-offline-{VERSIE}"
    for pad in ("index.html", "LEESMIJ.txt", PDF_NAAM, "search/search_index.js", PIJLER):
        assert (uitgepakt / pad).is_file(), f"{pad} ontbreekt in de offline-editie"
    assert (uitgepakt / PDF_NAAM).read_bytes()[:5] == b"%PDF-"
    assert "index.html" in (uitgepakt / "LEESMIJ.txt").read_text("utf-8")


def test_word_en_excel_in_de_offline_editie(uitgepakt):
    for naam in ("plan-van-aanpak.docx", "gespreksleidraad-ouder.docx", "zelfscan.xlsx", "indicatoren.xlsx"):
        assert (uitgepakt / "downloads" / naam).read_bytes()[:2] == b"PK", f"downloads/{naam} ontbreekt"


def test_alle_interne_links_wijzen_naar_een_bestand(uitgepakt):
    """From file:// a link to a folder shows a file listing or nothing: every internal
    href and src must name an existing file."""
    kapot = []
    for html in uitgepakt.rglob("*.html"):
        tekst = html.read_text("utf-8")
        for doel in re.findall(r'(?:href|src)="([^"#?]*)[^"]*"', tekst):
            if not doel or re.match(r"^[a-z][a-z0-9+.-]*:", doel):  # external, mailto:, data:
                continue
            pad = (html.parent / unquote(doel)).resolve()
            if not pad.is_file():
                kapot.append(f"{html.relative_to(uitgepakt)} → {doel}")
    assert not kapot, f"{len(kapot)} links werken niet vanaf file://:\n" + "\n".join(sorted(set(kapot))[:30])


def test_laadt_niets_van_internet(uitgepakt):
    """No script, stylesheet, font or image from another host (links in the text may point out)."""
    extern = re.compile(r"""<(?:script|img|iframe|source)\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?//"""
                        r"""|<link\b(?![^>]*rel="(?:canonical|alternate)")[^>]*\bhref\s*=\s*["']?(?:https?:)?//"""
                        r"""|url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:https?:)?//""")
    for pad in [*uitgepakt.rglob("*.html"), *uitgepakt.rglob("*.css")]:
        m = extern.search(pad.read_text("utf-8", errors="ignore"))
        assert not m, f"{pad.relative_to(uitgepakt)} laadt iets van internet: {m.group(0)!r}"


def test_offline_in_chromium_navigatie_zoeken_en_pdf(uitgepakt, offline_pagina):
    page = offline_pagina
    page.goto((uitgepakt / "index.html").as_uri())
    assert page.locator("h1").inner_text().startswith("Handreiking Gezinsgericht werken in detentie")
    # everything below runs under the Content-Security-Policy (scripts only from the zip, by hash)
    beleid = page.evaluate("document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
    assert "script-src 'self' 'sha256-" in beleid and "unsafe-inline" not in beleid

    # Navigation: the tab "De vier pijlers", then pillar 1 in the side menu.
    with page.expect_navigation():
        page.locator(".md-tabs__link", has_text="De vier pijlers").click()
    with page.expect_navigation():
        page.locator(".md-sidebar--primary a.md-nav__link[href$='faciliteiten-en-ondersteuning/index.html']").first.click()
    assert page.url == (uitgepakt / PIJLER).as_uri()
    assert page.locator("h1").inner_text().startswith("Pijler 1")

    # The PDF link in the top bar points to the PDF in the zip.
    href = page.evaluate("document.querySelector('a.hr-balk__pdf').href")
    assert href.startswith("file://")
    pdf = Path(unquote(urlsplit(href).path))
    assert pdf.is_file() and pdf == (uitgepakt / PDF_NAAM), f"de pdf-link wijst naar {pdf}"

    # Search works from file:// (Material's offline plugin with the local iframe-worker shim).
    page.keyboard.press("/")
    page.keyboard.type("meldcode", delay=20)
    eerste = page.locator(".md-search-result__item a.md-search-result__link").first
    eerste.wait_for(timeout=10_000)
    doel = eerste.evaluate("a => a.href")
    assert doel.startswith("file://") and "als-het-niet-veilig-is" in doel, doel  # the one home of the meldcode
    with page.expect_navigation():
        eerste.click()
    assert page.locator("h1").inner_text().startswith("Als het niet veilig is")

    assert not page.fouten, f"fouten in de console: {page.fouten}"
    assert not page.geblokkeerd, f"de offline-editie probeerde internet te gebruiken: {page.geblokkeerd}"
    anders = [u for u in page.verzoeken if not u.startswith("file://")]
    assert not anders, f"verzoeken die geen bestand zijn: {anders}"


def test_offline_zelfscan_werkt(uitgepakt, offline_pagina):
    page = offline_pagina
    page.goto((uitgepakt / "aan-de-slag" / "zelfscan.html").as_uri())
    assert page.locator("#zelfscan-resultaat").is_visible(), "het script van de zelfscan draait niet vanaf file://"
    page.locator(".hr-stelling input[type=radio][value='2']").first.check()
    assert page.locator(".hr-profiel__score").first.inner_text() == "67%"
    assert not page.fouten and not page.geblokkeerd
