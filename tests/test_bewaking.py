"""Issue 24: the guard by design. Nine families of payloads that got through version 1.1.0
are refused with a Dutch message naming file and line, or end up as inert text; and the
checks never hang.

Few real builds, each shared by many assertions (module-scoped fixtures):
- `geweigerd`: one build with every payload that the content checks refuse (front matter,
  files, symlinks, snippets, SVG, editor mistakes), with the PDF on: it must stop before it;
- `na_de_bouw`: one build whose payloads only the check over the whole built site sees
  (heading ids in the table of contents, CSS escapes in inline SVG);
- `onschadelijk`: one build whose payloads must come out as inert text (tooltips), which a
  browser test then hovers and focuses.
The CSP is checked on the shared full build (`site` in conftest.py).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import PDF_NAAM
from handreiking import controles as c
from handreiking.opschonen import csp, uitvoer
from handreiking.web import bijgewerkt
from test_veiligheid import bouw, maak_project, pagina, regel

GEHEIM = "root:x:0:0"  # the first line of /etc/passwd


def _meldingen(log: str) -> list[str]:
    return [r.strip() for r in log.splitlines() if re.match(r"\s*\S+:\d+: (FOUT|let op): ", r)]


def _een_keer(log: str, bestand: str, nr: int, tekst: str) -> None:
    """Exactly one message for this mistake: file, line counted from the top, Dutch text."""
    gevonden = [m for m in _meldingen(log) if m.startswith(f"{bestand}:{nr}: FOUT: ") and tekst in m]
    assert len(gevonden) == 1, f"{bestand}:{nr} {tekst!r}: {gevonden}\n\n" + "\n".join(_meldingen(log))


# -- Families 1, 4, 5, 6, 7, 9: refused by the content checks, all in one build ---------------

BOM = ("a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
       "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
       "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nzoektermen: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n")
GEWEIGERD = {
    # 1. front matter into templates
    "proef/doorsturen.md": pagina(extra="template: redirect.html\nlocation: https://example.org/\n"),
    "proef/auteur.md": pagina(extra="author: '\" http-equiv=\"refresh\" content=\"0;url=https://example.org'\n"),
    "proef/status.md": pagina(extra="status: '\" autofocus onfocus=\"alert(1)'\n"),
    "proef/icoon.md": pagina(extra="icon: material/bestaat-niet\n"),
    "proef/onbekend.md": pagina(extra="Template: main.html\nsubtitle: Ondertitel\nhide: [navigation, scripts]\n"),
    # 4. symlinks with a hidden name, and snippets outside docs/_snippets
    "proef/lek.md": pagina(tekst='--8<-- ".x.md"\n\n--8<-- ".etc/hostname"\n\n--8<-- "../../../../etc/passwd"'),
    # 5. SVG files with processing instructions and CSS escapes
    "proef/xslt.svg": '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="#x"?>\n'
                      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
    "proef/import.svg": '<svg xmlns="http://www.w3.org/2000/svg"><style>@\\69mport "//example.org/x.css";</style></svg>',
    # 6. images from outside the build
    "proef/buiten.md": pagina(tekst='<img src="/\\example.org/x.png" alt="Kaart">\n\n![Wachtwoorden](/etc/passwd)'),
    # 7. the alias bomb and the run of '<a '
    "proef/bom.md": pagina(extra=BOM),
    "proef/ankers.md": pagina(tekst="<a " * 2000),
    # 9. editor mistakes
    "proef/dubbel.md": pagina(titel="Bezoek thuis"),
    "proef/dubbel-2.md": pagina(titel="Bezoek thuis"),
    "proef/kaders.md": pagina(tekst='!!!warning "Let op"\n    Tekst.\n\n!!! tip "Goed"\nTekst zonder inspringing.'),
    "proef/noot.md": pagina(tekst="Dit staat in het rapport[^bestaat-niet]."),
    "proef/snippet.md": pagina(tekst='--8<-- "bestaat-niet.md"'),
    "proef/yaml.md": pagina(extra="titel: Bezoek: zo werkt het\n"),
    "proef/stijl.md": pagina(tekst="## Kop { style='background:u\\72l(//example.org/x)' }\n\nTekst."),
}


@pytest.fixture(scope="module")
def geweigerd(tmp_path_factory) -> tuple[Path, int, str]:
    project = maak_project(tmp_path_factory.mktemp("geweigerd") / "p", GEWEIGERD)
    os.symlink("/etc/passwd", project / "docs" / "_snippets" / ".x.md")
    os.symlink("/etc", project / "docs" / "_snippets" / ".etc")
    os.symlink("/proc/self/environ", project / "docs" / "proef" / ".omgeving.md")
    code, log = bouw(project, pdf=True)
    return project, code, log


def test_geweigerd_stopt_voor_de_pdf_zonder_lek(geweigerd):
    project, code, log = geweigerd
    assert code != 0
    assert "Traceback" not in log and "Rendering for PDF" not in log
    assert not (project / "uit" / PDF_NAAM).exists()
    for pad in (project / "uit").rglob("*") if (project / "uit").exists() else []:
        if pad.is_file():
            assert GEHEIM not in pad.read_text(encoding="utf-8", errors="replace"), pad


def test_voorpagina_volgens_schema(geweigerd):
    project, _, log = geweigerd
    r = lambda pad, tekst: (f"docs/{pad}", regel(project, pad, tekst))  # noqa: E731
    _een_keer(log, *r("proef/doorsturen.md", "template:"), "het veld 'template' is niet toegestaan in de voorpagina")
    _een_keer(log, *r("proef/doorsturen.md", "location:"), "het veld 'location' is niet toegestaan")
    _een_keer(log, *r("proef/auteur.md", "author:"), "het veld 'author' is niet toegestaan")
    _een_keer(log, *r("proef/status.md", "status:"), "het veld 'status' is niet toegestaan")
    _een_keer(log, *r("proef/icoon.md", "icon:"), "het veld 'icon' is niet toegestaan")
    _een_keer(log, *r("proef/onbekend.md", "Template:"), "onbekend veld 'Template' in de voorpagina")
    _een_keer(log, *r("proef/onbekend.md", "subtitle:"), "het veld 'subtitle' is niet toegestaan")
    _een_keer(log, *r("proef/onbekend.md", "hide:"), "'scripts' kan niet verborgen worden")
    assert "jinja" not in log.lower()


def test_symlinks_en_snippets_buiten_de_map(geweigerd):
    project, _, log = geweigerd
    for pad in ("docs/_snippets/.x.md", "docs/_snippets/.etc", "docs/proef/.omgeving.md"):
        _een_keer(log, pad, 1, "dit is een snelkoppeling (symlink)")
    for tekst, reden in ((".x.md", "verwijst naar een bestand buiten docs/_snippets"),
                         (".etc/hostname", "verwijst naar een bestand buiten docs/_snippets"),
                         ("../../../../etc/passwd", "verwijst naar een bestand buiten docs/_snippets")):
        _een_keer(log, "docs/proef/lek.md", regel(project, "proef/lek.md", f'"{tekst}"'),
                  f"het gedeelde tekstblok '{tekst}' {reden}")


def test_svg_met_verwerkingsinstructie_of_css_escape(geweigerd):
    _, _, log = geweigerd
    _een_keer(log, "docs/proef/xslt.svg", 1, "deze SVG bevat een verwerkingsinstructie (<?xml-stylesheet …?>)")
    _een_keer(log, "docs/proef/import.svg", 1, "deze SVG haalt in <style> iets van buiten de figuur op")


def test_afbeeldingen_van_buiten_de_bouw(geweigerd):
    project, _, log = geweigerd
    _een_keer(log, "docs/proef/buiten.md", regel(project, "proef/buiten.md", "<img"),
              "de afbeelding '/\\example.org/x.png' staat buiten de handreiking")
    _een_keer(log, "docs/proef/buiten.md", regel(project, "proef/buiten.md", "/etc/passwd"),
              "de afbeelding '/etc/passwd' staat buiten de handreiking")


def test_ankers_en_onafgesloten_tags(geweigerd):
    project, _, log = geweigerd
    _een_keer(log, "docs/proef/bom.md", regel(project, "proef/bom.md", "a: &a"),
              "de voorpagina (front matter) is geen geldige YAML: er staat een anker (&naam) of verwijzing (*naam)")
    _een_keer(log, "docs/proef/ankers.md", regel(project, "proef/ankers.md", "<a "),
              "de pagina bevat een HTML-tag zonder '>' (onafgesloten), 2000 keer")


def test_fouten_van_redacteuren_elk_een_nederlandse_melding(geweigerd):
    project, _, log = geweigerd
    _een_keer(log, "docs/proef/dubbel.md", regel(project, "proef/dubbel.md", "# Bezoek thuis"),
              "de titel 'Bezoek thuis' heeft ook de pagina docs/proef/dubbel-2.md")
    assert sum("de titel 'Bezoek thuis'" in m for m in _meldingen(log)) == 1
    _een_keer(log, "docs/proef/kaders.md", regel(project, "proef/kaders.md", "!!!warning"),
              "het kader '!!!warning \"Let op\"' mist een spatie of een soort")
    _een_keer(log, "docs/proef/kaders.md", regel(project, "proef/kaders.md", "!!! tip"),
              "de tekst van dit kader is niet ingesprongen")
    _een_keer(log, "docs/proef/noot.md", regel(project, "proef/noot.md", "[^bestaat-niet]"),
              "de bronnoot '[^bestaat-niet]' heeft geen bron")
    _een_keer(log, "docs/proef/snippet.md", regel(project, "proef/snippet.md", "--8<--"),
              "het gedeelde tekstblok 'bestaat-niet.md' bestaat niet in docs/_snippets")
    _een_keer(log, "docs/proef/yaml.md", regel(project, "proef/yaml.md", "titel:"),
              "de voorpagina (front matter) is geen geldige YAML: er staat een dubbele punt (:) op een plek waar "
              "dat niet kan")
    _een_keer(log, "docs/proef/stijl.md", regel(project, "proef/stijl.md", "## Kop"),
              "de pagina bevat opmaak met style=…")
    assert "could not be found" not in log and "mapping values" not in log


# -- Family 2 and 5 in the page: only the check over the built site sees them ---------------------

NA_DE_BOUW = {
    "proef/kop-id.md": pagina(tekst="## Kop { id='}\" autofocus onfocus=alert(1)' }\n\nTekst."),
    "proef/svg-css.md": pagina(tekst='<svg viewBox="0 0 10 10" role="img"><title>Vlak</title>'
                                     '<rect width="10" height="10" fill="u\\72l(//example.org/x)"/></svg>'),
}


@pytest.fixture(scope="module")
def na_de_bouw(tmp_path_factory) -> tuple[Path, int, str]:
    project = maak_project(tmp_path_factory.mktemp("nadebouw") / "p", NA_DE_BOUW)
    code, log = bouw(project)
    return project, code, log


def test_check_over_de_gebouwde_site_vindt_kop_id_en_css_escape(na_de_bouw):
    project, code, log = na_de_bouw
    assert code != 0, log[-3000:]
    _een_keer(log, "docs/proef/kop-id.md", regel(project, "proef/kop-id.md", "## Kop"),
              "de pagina bevat een on…=-attribuut (JavaScript): onfocus")
    _een_keer(log, "docs/proef/svg-css.md", regel(project, "proef/svg-css.md", "<svg"),
              "de pagina bevat opmaak met url(…) of @import (dat haalt iets op)")


# -- Family 3 (tooltips) and the safety net: inert text, checked in HTML, index and browser ----

PAYLOAD = "&lt;img src=x onerror=alert(1)&gt;"
ONSCHADELIJK = {
    "proef/tooltips.md": pagina(tekst=(
        "De PIW werkt samen met het gezin.\n\n"
        f'Een [link](https://www.dji.nl "{PAYLOAD}") en een <span title="{PAYLOAD}">woord</span>.\n\n'
        f'![Een figuur](figuur.png "{PAYLOAD}")\n\n'
        f"## Een heel lange kop die in de inhoudsopgave niet past {PAYLOAD} en nog veel meer woorden erachter\n\n"
        f"Tekst.\n\n*[PIW]: Penitentiair inrichtingswerker {PAYLOAD}\n")),
    "proef/figuur.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
}


@pytest.fixture(scope="module")
def onschadelijk(tmp_path_factory) -> Path:
    project = maak_project(tmp_path_factory.mktemp("onschadelijk") / "p", ONSCHADELIJK)
    code, log = bouw(project)
    assert code == 0, log[-4000:]
    return project / "uit"


def test_titels_zijn_tekst_in_html_en_zoekindex(onschadelijk):
    html = (onschadelijk / "proef" / "tooltips" / "index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    titels = [el["title"] for el in soup.find_all(attrs={"title": True})]
    assert "Penitentiair inrichtingswerker " in titels  # the abbreviation keeps its text, without the markup
    assert all("<" not in t and ">" not in t and "onerror" not in t for t in titels), titels
    assert uitvoer.controleer_site(onschadelijk, csp.THEMA_HASHES | _hashes(onschadelijk)) == []
    index = json.loads((onschadelijk / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d for d in index["docs"] if "<img" in d["text"] or "<img" in d["title"]]


def _hashes(site: Path) -> set[str]:
    """The theme's inline-script hashes as each page's CSP names them."""
    uit = set()
    for pad in site.rglob("*.html"):
        if m := re.search(r'Content-Security-Policy" content="[^"]*script-src ([^;"]*)',
                          pad.read_text(encoding="utf-8")):
            uit |= set(re.findall(r"'sha256-[^']+'", m.group(1)))
    return uit


def test_in_chromium_geen_dialoog_en_geen_andere_host(onschadelijk):
    """Hover every title and focus every link of the payload page: no dialog, no request to
    another host, no CSP violation (nothing even tried to run)."""
    from playwright.sync_api import sync_playwright

    from test_browser import CHROMIUM, CHROMIUM_ARGS

    class Stil(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Stil, directory=str(onschadelijk)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    basis = f"http://127.0.0.1:{httpd.server_port}/"
    dialogen, buiten, schendingen, gehoverd, tooltips = [], [], [], [], []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = browser.new_context()

            def route(r):
                if r.request.url.startswith(basis):
                    r.continue_()
                else:
                    buiten.append(r.request.url)
                    r.abort()

            context.route("**/*", route)
            context.add_init_script("addEventListener('securitypolicyviolation', e => "
                                    "console.error('CSP: ' + e.violatedDirective + ' ' + e.blockedURI))")
            page = context.new_page()
            page.on("dialog", lambda d: (dialogen.append(d.message), d.dismiss()))
            page.on("console", lambda m: m.text.startswith("CSP: ") and schendingen.append(m.text))
            for pad in ("proef/tooltips/", ""):
                page.goto(basis + pad, wait_until="load")
                for el in page.query_selector_all("[title]"):
                    if el.is_visible():
                        gehoverd.append(el.evaluate("e => e.title"))
                        el.scroll_into_view_if_needed()
                        el.dispatch_event("mouseenter")  # what Material's tooltip listens to
                        el.hover(force=True)  # and the real pointer, even where the header covers it
                        page.wait_for_timeout(60)
                        tooltips.extend(page.evaluate("""() => [...document.querySelectorAll('.md-tooltip, .md-tooltip2')]
                            .map(t => [t.textContent, t.querySelectorAll('*:not(div)').length])"""))
                for el in page.query_selector_all("a[href]"):
                    el.focus()
                page.wait_for_timeout(300)
            browser.close()
    finally:
        httpd.shutdown()
    assert "Penitentiair inrichtingswerker " in gehoverd
    # Material made its tooltips, with text only: no element inside (no <img>, no <form>)
    assert any("Penitentiair inrichtingswerker" in tekst for tekst, _ in tooltips), tooltips
    assert all(n == 0 for _, n in tooltips), tooltips
    assert dialogen == [] and buiten == [] and schendingen == [], (dialogen, buiten, schendingen)


# -- The Content-Security-Policy on the shared build -------------------------------------------

def test_csp_op_elke_pagina(site):
    paginas = sorted(site.rglob("*.html"))
    assert paginas
    zonder = []
    for pad in paginas:
        html = pad.read_text(encoding="utf-8")
        if "<title>Redirecting...</title>" in html:
            continue  # mkdocs-redirects' own pages: checked by uitvoer.py to hold exactly its template
        meta = BeautifulSoup(html, "html.parser").find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        if meta is None:
            zonder.append(pad.relative_to(site).as_posix())
            continue
        beleid = meta["content"]
        for deel in ("default-src 'none'", "form-action 'none'", "base-uri 'none'", "object-src 'none'",
                     "img-src 'self'", "font-src 'self'", "style-src 'self'"):
            assert deel in beleid, (pad, deel)
        assert "unsafe-inline" not in beleid and "unsafe-eval" not in beleid and "http" not in beleid
        scripts = re.search(r"script-src ([^;]*)", beleid).group(1).split()
        assert scripts[0] == "'self'" and all(s.startswith("'sha256-") for s in scripts[1:])
        # every inline script of the page is allowed by exactly its hash
        for code in csp.inline_scripts(html):
            soup_script = code.strip()
            if soup_script.startswith("{"):
                continue  # the theme's JSON configuration: not run
            assert uitvoer.hash_van(code) in scripts, (pad, code[:60])
    assert zonder == []


# -- Pure checks: payload variants without a build -----------------------------------------------

@pytest.mark.parametrize("html, wat", [
    ('<a href="#" onclick="x()">a</a>', "on…=-attribuut"),
    ('<a href="JaVa&#x09;script:alert(1)">a</a>', "javascript:"),
    ('<img src="data:image/svg+xml,x" alt="x">', "data:"),
    ('<img src="//example.org/x.png" alt="x">', "//"),
    ('<img src="/\\example.org/x.png" alt="x">', "backslash"),
    ('<link rel="stylesheet" href="https://example.org/x.css">', "andere website"),
    ('<script src="https://example.org/x.js"></script>', "<script>"),
    ('<script>alert(1)</script>', "<script>"),
    ('<script src="assets/javascripts/../../x.js">alert(1)</script>', "<script>"),
    ('<meta http-equiv="refresh" content="0;url=https://example.org">', "http-equiv"),
    ('<form class="md-search__form" action="https://example.org"></form>', "formulier"),
    ('<form><input name="x"></form>', "formulier"),
    ('<div style="background:u\\72l(//example.org/x)">x</div>', "url("),
    ('<style>@\\69mport "//example.org/x.css";</style>', "<style>"),
    ('<svg><rect fill="u\\72l(//example.org/x)"/></svg>', "url("),
    ('<abbr title="&lt;img src=x onerror=alert(1)&gt;">x</abbr>', "titel (tooltip)"),
    ('<base href="https://example.org/">', "<base>"),
    ('<iframe src="https://example.org"></iframe>', "<iframe>"),
])
def test_uitvoer_weigert(html, wat):
    vondsten = uitvoer.controleer_html(f"<html><head></head><body>{html}</body></html>", set())
    assert any(wat in v[0] for v in vondsten), vondsten


def test_uitvoer_laat_het_thema_staan():
    code = "var a=1"
    html = (f'<html><head><meta http-equiv="Content-Security-Policy" content="x"><script>{code}</script>'
            '<script id="__config" type="application/json">{"a": 1}</script>'
            '<script src="../assets/javascripts/bundle.js"></script><script src="/h/search/search_index.js"></script>'
            '</head><body><form class="md-search__form" name="search"></form>'
            '<svg><rect fill="url(#g)"/></svg><a href="https://www.dji.nl" title="Sport &amp; cultuur">x</a>'
            '<a href="tel:+31">bel</a></body></html>')
    assert uitvoer.controleer_html(html, {uitvoer.hash_van(code)}) == []
    assert uitvoer.controleer_html(html, set())  # the same inline script without its hash
    dubbel = html.replace("<head>", '<head><meta http-equiv="Content-Security-Policy" content="y">')
    assert any("http-equiv" in v[0] for v in uitvoer.controleer_html(dubbel, {uitvoer.hash_van(code)}))


def test_zoekindex_zonder_levende_markup():
    docs = [{"location": "a/", "title": "A", "text": "<p>&lt;img src=x onerror=alert(1)&gt;</p>"},
            {"location": "b/#x", "title": "B", "text": "<img src=x onerror=alert(1)>"}]
    vondsten = uitvoer.controleer_zoekindex(docs)
    assert [v[0] for v in vondsten] == ["search/search_index.json#b/#x"]


def test_titels_als_tekst_herschreven():
    html = ('<p><abbr title="&lt;img src=x onerror=alert(1)&gt;">PIW</abbr>\n<a href="#" title="Gewoon">x</a>'
            "<img alt='a' src='b.png' title='&lt;b&gt;vet&lt;/b&gt; &amp; meer'></p>")
    uit = uitvoer.tekst_titels(html)
    titels = [el["title"] for el in BeautifulSoup(uit, "html.parser").find_all(attrs={"title": True})]
    assert titels == ["", "Gewoon", "vet & meer"]
    assert uitvoer.tekst_titels("<p>geen titels</p>") == "<p>geen titels</p>"


def test_css_escapes_worden_gelezen_zoals_de_browser():
    assert uitvoer.css_laadt_iets("background: u\\72l(x)")
    assert uitvoer.css_laadt_iets("background: u\\000072 l(x)".replace(" l", "l"))
    assert uitvoer.css_laadt_iets("@\\69mport 'x'")
    assert uitvoer.css_laadt_iets("b/**/ackground: url (x)".replace("url (", "url("))
    assert not uitvoer.css_laadt_iets("fill: url(#verloop)")
    assert not uitvoer.css_laadt_iets("text-align: center")


def test_yaml_ankers_in_gegevens_geweigerd_en_redenen_in_het_nederlands(tmp_path):
    begin = time.monotonic()
    with pytest.raises(c.InhoudFout) as fout:
        c.laad_yaml(BOM, "docs/_data/bom.yml")
    assert time.monotonic() - begin < 1
    assert str(fout.value.bevindingen[0]).startswith("docs/_data/bom.yml:1: FOUT: dit YAML-bestand is niet geldig: "
                                                     "er staat een anker (&naam) of verwijzing (*naam)")
    for tekst, nr, reden in [("a: b: c\n", 1, "dubbele punt"), ("a:\n\tb: 1\n", 2, "tab"),
                             ('a: "open\n', 2, "aanhalingsteken"), ("a: [1, 2\n", 2, "lijst tussen [ ]"),
                             ("a: !!python/object:os.system x\n", 1, "YAML-tag")]:
        with pytest.raises(c.InhoudFout) as fout:
            c.laad_yaml(tekst, "x.yml")
        b = fout.value.bevindingen[0]
        assert (b.regel, reden in b.wat) == (nr, True), (tekst, str(b))


def test_git_log_met_vreemde_bestandsnaam(tmp_path):
    """A file '#notitie.md' added and removed, and one with a newline: no crash, right dates."""
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@t", GIT_COMMITTER_DATE="2026-11-01T12:00:00", GIT_AUTHOR_DATE="2026-11-01T12:00:00")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "#notitie.md").write_text("x", encoding="utf-8")
    (docs / "a\nb.md").write_text("x", encoding="utf-8")
    (docs / "index.md").write_text("x", encoding="utf-8")
    for opdracht in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-qm", "1"],
                     ["git", "rm", "-q", "docs/#notitie.md"], ["git", "commit", "-qm", "2"]):
        subprocess.run(opdracht, cwd=tmp_path, env=env, check=True, capture_output=True)
    datums = bijgewerkt.git_datums(docs)
    assert datums["index.md"].isoformat() == "2026-11-01" and "a\nb.md" in datums and "#notitie.md" in datums


def test_symlink_in_git_index_zonder_werkboom(tmp_path):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@t")
    (tmp_path / "docs").mkdir()
    os.symlink("/etc/passwd", tmp_path / "docs" / ".verborgen.md")
    for opdracht in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-qm", "1"]):
        subprocess.run(opdracht, cwd=tmp_path, env=env, check=True, capture_output=True)
    os.remove(tmp_path / "docs" / ".verborgen.md")  # only git still knows it
    assert [str(b) for b in c.controleer_bestanden(tmp_path / "docs")] == [
        "docs/.verborgen.md:1: FOUT: dit is een snelkoppeling (symlink) — zet het echte bestand op deze plek in "
        "plaats van een snelkoppeling"]


# -- No hangs: make check on the alias bomb, the run of '<a ' and a 1 MB page ----------------------

def _make_check(project: Path) -> tuple[subprocess.CompletedProcess, float]:
    """Run `make check` on the project; returns its result and the CPU seconds it used (its
    own and its children's: hunspell, the trial build). CPU time, not the clock: other jobs
    on a shared machine make the clock slow, not the check. A hang still fails (timeout)."""
    import resource

    voor = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run([sys.executable, project / "scripts" / "controleer.py", "--docs", project / "docs",
                        "--datum", "2026-11-29"], cwd=project, capture_output=True, text=True, timeout=60,
                       env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    na = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r, (na.ru_utime - voor.ru_utime) + (na.ru_stime - voor.ru_stime)


def test_make_check_hangt_niet_op_ankers_en_regex(tmp_path):
    """The issue's inputs: 413 bytes of nested aliases (minutes in 1.1.0) and 60 KB of '<a '
    (3 minutes in 1.1.0): `make check` (checks, spelling and trial build) answers within
    10 seconds (about 3 s of CPU here), with one clear message for each."""
    paginas = {"proef/bom.md": pagina(extra=BOM), "proef/regex.md": pagina(tekst="<a " * 20_000)}
    project = maak_project(tmp_path / "p", paginas)
    r, duur = _make_check(project)
    assert r.returncode == 1, r.stdout[-3000:]
    assert duur < 10, f"make check gebruikte {duur:.1f} s rekentijd"
    _een_keer(r.stdout, "docs/proef/bom.md", regel(project, "proef/bom.md", "a: &a"), "er staat een anker (&naam)")
    _een_keer(r.stdout, "docs/proef/regex.md", regel(project, "proef/regex.md", "<a "),
              "de pagina bevat een HTML-tag zonder '>' (onafgesloten), 20000 keer")


def test_make_check_op_een_pagina_van_1_mb(tmp_path):
    """A page just under the 1 MB limit for files in docs/ goes through every check and the
    trial build in seconds."""
    project = maak_project(tmp_path / "p", {
        "proef/groot.md": pagina(tekst="Kinderen komen graag op bezoek bij hun vader.\n\n" * 21_000)})
    assert 950_000 < (project / "docs" / "proef" / "groot.md").stat().st_size <= c.MAX_BESTAND
    r, duur = _make_check(project)
    assert duur < 15, f"make check gebruikte {duur:.1f} s rekentijd"  # about 7 s here
    assert r.returncode == 0, r.stdout[-3000:]
