"""Issue 16: whatever a contributor sends in cannot take over the website or the PDF, and
every mistake gets one clear Dutch message with file and line, before the PDF render.

Real builds of a small project (the real mkdocs.yml, overrides/ and docs/_data, a few
pages of its own), so the tests do not depend on the content of the day and stay fast.
Three lines of defence, each tested on its own:
1. refusal: each hostile or broken input stops the build with its exact Dutch message;
2. the safety net (HANDREIKING_ALLEEN_VANGNET=1 turns refusals off): the same input is
   built, and the HTML, the search index and the PDF hold nothing harmful;
3. the PDF fetcher: WeasyPrint gets no local file outside the site and no network.
"""

from __future__ import annotations

import http.server
import itertools
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, run

MKDOCS = Path(sys.executable).with_name("mkdocs")
PDF = "pdf/handreiking-gezinsgericht-werken-in-detentie.pdf"

PAGINA = """---
beschrijving: {beschrijving}
paginatype: pagina
eigenaar: Redactie handreiking
laatst_gecontroleerd: 2026-11-29
{extra}---

# {titel}

Kinderen komen graag op bezoek bij hun vader.

{tekst}
"""

NAV = """nav:
  - Home: index.md
  - Proef:
      - proef/index.md
{paginas}
  - Praktijkvoorbeelden:
      - praktijkvoorbeelden/index.md
  - Over:
      - over/bronnen.md
      - over/begrippenlijst.md
      - over/colofon.md
"""


_nummers = itertools.count(1)


def pagina(titel=None, tekst="Een goede bezoekruimte helpt daarbij.", beschrijving="Een proefpagina.",
           extra="") -> str:
    """A page with its own title (two pages with one title are refused)."""
    titel = titel or f"Proefpagina {next(_nummers)}"
    return PAGINA.format(titel=titel, tekst=tekst, beschrijving=beschrijving, extra=extra)


def maak_project(doel: Path, paginas: dict[str, str] | None = None) -> Path:
    """A small copy of the project: the real configuration, theme layer, hooks and data,
    with its own handful of pages (extra pages go in the 'Proef' section)."""
    doel.mkdir(parents=True)
    paginas = paginas or {}
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\n  - redirects:.*?(?=\n  - )", "", config, flags=re.S)
    assert "\nnav:\n" in config, "mkdocs.yml heeft geen nav-blok meer aan het eind"
    config = config[:config.index("\nnav:\n") + 1] + NAV.format(
        paginas="\n".join(f"      - {p}" for p in paginas
                           if p.endswith(".md") and not p.startswith(("praktijkvoorbeelden/", "_"))))
    (doel / "mkdocs.yml").write_text(config, encoding="utf-8")
    negeer = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "overrides", doel / "overrides", ignore=negeer)
    shutil.copytree(ROOT / "scripts", doel / "scripts", ignore=negeer)
    # mkdocs.yml names the PDF templates by a path relative to the project
    shutil.copytree(ROOT / "handreiking" / "druk" / "sjablonen", doel / "handreiking" / "druk" / "sjablonen",
                    ignore=negeer)
    docs = doel / "docs"
    shutil.copytree(ROOT / "docs" / "_data", docs / "_data")
    shutil.copytree(ROOT / "docs" / "_snippets", docs / "_snippets")
    (docs / "_data" / "zelfscan.yml").write_text(
        "niveaus:\n  - {id: nog-niet, label: Nog niet, score: 0}\n  - {id: volledig, label: Volledig, score: 3}\n"
        "stellingen:\n  - id: bezoek\n    pijler: 1\n    tekst: Wij hebben een kindvriendelijke bezoekruimte.\n"
        "    uitleg: Kinderen voelen zich welkom.\n    bouwsteen: proef/index.md\n    stap: proef/index.md\n",
        encoding="utf-8")
    standaard = {
        "index.md": pagina("Handreiking", "Lees verder bij de [proef](proef/index.md)."),
        "proef/index.md": pagina("Proef", "De DJI werkt met de PI samen.\n\n<!-- zelfscan -->"),
        "over/bronnen.md": pagina("Bronnen", "<!-- bronnenlijst -->"),
        "over/begrippenlijst.md": pagina("Begrippenlijst", "<!-- begrippenlijst -->"),
        "over/colofon.md": pagina("Colofon", "Tekst onder licentie CC BY 4.0."),
        "praktijkvoorbeelden/voorbeeld.md": PAGINA.format(
            titel="Bezoek (casus, fictief)", beschrijving="Een fictieve casus.", tekst="Een casus.",
            extra="titel: Bezoek (casus, fictief)\nsoort: casus\npijlers: [1]\nlocatie: PI Zwolle\n"
                  "doelgroep: [casemanager]\n").replace("paginatype: pagina", "paginatype: praktijkvoorbeeld"),
    }
    # Pages that data files of other hooks name (synoniemen.yml, ...) exist as stubs.
    genoemd = {m for f in (docs / "_data").glob("*.yml")
               for m in re.findall(r"[a-z0-9][a-z0-9_/-]*\.md", f.read_text(encoding="utf-8"))}
    stubs = {m: pagina() for m in sorted(genoemd)
             if m not in standaard and m not in paginas}
    config = (doel / "mkdocs.yml").read_text(encoding="utf-8")
    # The kern edition names real pages (mkdocs.yml, drukeditie > kern); a test project has none of them.
    config = re.sub(r"\n      # De kern:.*?(?=\n  - handreiking/handouts)", "", config, flags=re.S)
    (doel / "mkdocs.yml").write_text(config.replace("      - proef/index.md\n", "      - proef/index.md\n" + "".join(
        f"      - {m}\n" for m in stubs if not m.startswith("praktijkvoorbeelden/"))), encoding="utf-8")
    for pad, tekst in {**stubs, **standaard, **paginas}.items():
        (docs / pad).parent.mkdir(parents=True, exist_ok=True)
        if isinstance(tekst, bytes):
            (docs / pad).write_bytes(tekst)
        else:
            (docs / pad).write_text(tekst, encoding="utf-8")
    return doel


def bouw(project: Path, pdf: bool = False, **env) -> tuple[int, str]:
    omgeving = {"PATH": str(MKDOCS.parent) + ":/usr/bin:/bin", "HANDREIKING_PDF": "1" if pdf else "0",
                "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "HOME": str(project), **env}
    r = run(MKDOCS, "build", "--strict", "-d", project / "uit", cwd=project, env=omgeving)
    return r.returncode, r.stdout + r.stderr


def regel(project: Path, pad: str, tekst: str) -> int:
    """The line of `tekst` in docs/`pad` (so the expected messages stay exact)."""
    for nr, r in enumerate((project / "docs" / pad).read_text(encoding="utf-8").splitlines(), start=1):
        if tekst in r:
            return nr
    raise AssertionError(f"{tekst!r} staat niet in {pad}")


# -- The hostile pull request ------------------------------------------------------------

VIJANDIG = {
    "proef/js-link.md": pagina(tekst="Lees [het protocol](javascript:alert(document.cookie)) goed."),
    "proef/attr-list.md": pagina(tekst='Zie [de DJI](https://www.dji.nl){ onclick="alert(1)" }.'),
    "proef/gesplitst.md": pagina(tekst='Dit is <SPAN class="x"\nonMouseOver="alert(1)">een gesplitste tag</SPAN>.'),
    "proef/hek.md": pagina(tekst="Tekst.\n\n    ```\n\n<script>alert(1)</script>\n\nMeer tekst."),
    "proef/beschrijving.md": pagina(beschrijving='"Goed\\"><script>alert(1)</script>"'),
    "proef/titel.md": pagina(extra="title: <svg onload=alert(1)>\n"),
    "proef/bijlage.md": pagina(tekst='<a rel="attachment" href="file:///etc/passwd">voorwaarden</a>'),
    "proef/formulier.md": pagina(tekst='<form action="https://phish.example/inloggen">\n'
                                       '<input type="password" name="wachtwoord">\n</form>'),
    "proef/extern.md": pagina(tekst='<div markdown="1">\n![Logo](http://127.0.0.1:9/logo.png)\n</div>'),
}
WEIGEREN = {
    **VIJANDIG,
    "proef/tabel.md": pagina(tekst="| Wie | Wat |\n|-----|-----|\n| PIW'er | bezoek | extra |\n\n| Kapot | tabel |\n"
                                   "geen streepjes"),
    "proef/img.md": pagina(tekst='<img src="../pijlers.png">\n\n<img src="../foto.png" alt="Foto">'),
    "proef/label.md": pagina(extra="tags: [Pijler negen]\n"),
    "proef/mapping.md": pagina(extra="tags:\n  - {Pijler: 1}\n"),
    "proef/pijlers.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 1_200_000,
    "proef/Foto bezoek é.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
    "proef/los.html": "<script>alert(1)</script>",
    "proef/figuur.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "proef/groot.md": pagina(tekst="![Foto](data:image/png;base64," + "A" * 1_100_000 + ")"),
}


def test_vijandige_pagina_en_bestanden_geweigerd_met_nederlandse_melding(tmp_path):
    """Every hostile page, front matter field and file type of the issue is refused, all
    in one build, each with its exact Dutch message naming file and line."""
    project = maak_project(tmp_path / "p", WEIGEREN)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  - Proef:\n", "  - Kwaad: 'javascript:alert(1)'\n  - 'Proef <img src=x onerror=alert(1)>':\n"), encoding="utf-8")
    nav_regel = next(nr for nr, r in enumerate(config.read_text(encoding="utf-8").splitlines(), start=1)
                     if "Proef <img" in r)
    code, log = bouw(project)
    assert code != 0
    r = lambda pad, tekst: f"docs/{pad}:{regel(project, pad, tekst)}: FOUT: "  # noqa: E731
    verwacht = [
        r("proef/js-link.md", "javascript:") + "de pagina bevat een link of afbeelding met javascript:, data: of file:",
        r("proef/attr-list.md", "onclick") + "de pagina bevat een on…=-attribuut (JavaScript) tussen { } — "
                                             "haal het attribuut tussen { } weg",
        r("proef/gesplitst.md", "onMouseOver") + "de pagina bevat een on…=-attribuut (JavaScript) — haal het attribuut weg",
        r("proef/hek.md", "<script>") + "de pagina bevat een <script>-element — haal het script weg",
        r("proef/beschrijving.md", "beschrijving:") + "het veld 'beschrijving' bevat het teken < of > "
                                                      "(HTML is hier niet toegestaan)",
        r("proef/titel.md", "title:") + "het veld 'title' bevat het teken < of > (HTML is hier niet toegestaan)",
        r("proef/bijlage.md", "file:///") + "de pagina bevat een link of afbeelding met javascript:, data: of file:",
        r("proef/formulier.md", "<form") + "de pagina bevat een formulier of invoerveld",
        r("proef/extern.md", "127.0.0.1") + "de afbeelding 'http://127.0.0.1:9/logo.png' komt van een andere "
                                             "website of is ingebed",
        r("proef/tabel.md", "| extra |") + "deze tabelrij heeft 3 cellen en de kopregel maar 2: de laatste cellen "
                                           "vallen weg",
        r("proef/tabel.md", "| Kapot |") + "deze regels met | vormen geen tabel en worden als losse tekst met "
                                           "strepen getoond",
        r("proef/img.md", "<img") + "de afbeelding '../pijlers.png' heeft geen alt-tekst",
        r("proef/img.md", "foto.png") + "de afbeelding '../foto.png' bestaat niet",
        r("proef/label.md", "tags:") + "het label 'Pijler negen' staat niet in de vaste lijst "
                                       "(docs/_data/vocabulaire.yml)",
        r("proef/mapping.md", "tags:") + "het label '{'Pijler': 1}' is geen tekst (maar een lijst of 'naam: waarde')",
        "docs/proef/pijlers.png:1: FOUT: het bestand is 1.2 MB; het maximum is 1 MB",
        "docs/proef/Foto bezoek é.png:1: FOUT: de naam 'Foto bezoek é.png' bevat spaties, hoofdletters, accenten "
        "of andere bijzondere tekens — noem het bestand 'foto-bezoek-e.png' en pas de links ernaar aan",
        "docs/proef/los.html:1: FOUT: bestanden van het type '.html' horen niet in docs/",
        "docs/proef/figuur.svg:1: FOUT: deze SVG bevat een <script>-element",
        "docs/proef/groot.md:1: FOUT: het bestand is 1.1 MB; het maximum is 1 MB",
        f"mkdocs.yml:{nav_regel}: FOUT: de titel 'Proef <img src=x onerror=alert(1)>' bevat het teken < of > "
        "(HTML is hier niet toegestaan) — schrijf de titel als gewone tekst, zonder HTML",
        f"mkdocs.yml:{nav_regel - 1}: FOUT: de link 'javascript:alert(1)' in de navigatie is niet toegestaan",
    ]
    ontbreekt = [v for v in verwacht if v not in log]
    assert not ontbreekt, "\n".join(ontbreekt) + "\n\n" + log[-6000:]
    # once each, and no English traceback
    for v in verwacht:
        assert log.count(v) == 1, v
    assert "Traceback" not in log and "Error reading tags" not in log


def test_vijandige_gegevensbestanden_geweigerd(tmp_path):
    """docs/_data: a javascript: source URL and a script in a glossary explanation."""
    project = maak_project(tmp_path / "p")
    data = project / "docs" / "_data"
    with open(data / "bronnen.yml", "a", encoding="utf-8") as f:
        f.write("\n- id: kwaad-2026\n  auteurs: Iemand\n  jaar: 2026\n  titel: Kwaad\n  soort: rapport\n"
                "  url: javascript:alert(1)\n")
    with open(data / "begrippen.yml", "a", encoding="utf-8") as f:
        f.write("\n- term: kwaadterm\n  uitleg: Uitleg <script>alert(1)</script>\n")
    code, log = bouw(project)
    assert code != 0
    bronnen = (data / "bronnen.yml").read_text(encoding="utf-8").splitlines()
    begrippen = (data / "begrippen.yml").read_text(encoding="utf-8").splitlines()
    nr_url = len(bronnen)
    nr_uitleg = len(begrippen)
    n = sum(1 for r in bronnen if r.startswith("- "))
    assert (f"docs/_data/bronnen.yml:{nr_url}: FOUT: bron {n} (kwaad-2026): de url 'javascript:alert(1)' is geen "
            "gewoon webadres — gebruik een adres dat begint met https://") in log, log[-3000:]
    assert (f"docs/_data/begrippen.yml:{nr_uitleg}: FOUT: het veld 'uitleg' bevat het teken < of > "
            "(HTML is hier niet toegestaan)") in log, log[-3000:]
    assert "Traceback" not in log


# -- The safety net ----------------------------------------------------------------------

class _Teller(http.server.BaseHTTPRequestHandler):
    verzoeken: list[str] = []

    def do_GET(self):  # noqa: N802
        _Teller.verzoeken.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


def _onschadelijk(html: str) -> list[str]:
    """What would be harmful in a built page: script of our own making, handlers,
    javascript: links, forms, frames, remote resources, password fields, attachments."""
    soup = BeautifulSoup(html, "html.parser")
    fout = []
    for el in soup.find_all(True):
        for attr, waarde in el.attrs.items():
            waarde = " ".join(waarde) if isinstance(waarde, list) else str(waarde)
            if attr.lower().startswith("on"):
                fout.append(f"{el.name} {attr}")
            if attr in ("href", "src", "action", "formaction", "xlink:href", "data") and \
                    re.match(r"\s*(javascript|vbscript|data:text|file)", waarde, re.I):
                fout.append(f"{el.name} {attr}={waarde}")
            if "127.0.0.1" in waarde:
                fout.append(f"{el.name} {attr}={waarde}")
        if el.name in ("iframe", "object", "embed"):
            fout.append(el.name)
        if el.name == "input" and el.get("type") == "password":
            fout.append("password")
        if el.name == "form" and not {"md-search__form", "hr-zelfscan"} & set(el.get("class") or []):
            fout.append("form")
        if "attachment" in (el.get("rel") or []):
            fout.append("rel=attachment")
        if el.name == "script" and ("alert" in (el.string or "")
                                    or not re.match(r"^(\.\./)*(/[\w-]+/)?(assets|search)/", el.get("src") or "assets/")):
            fout.append(f"script {(el.get('src') or el.string or '')[:60]}")
    return fout


def test_vangnet_maakt_alles_onschadelijk_in_site_zoekindex_en_pdf(tmp_path):
    """With the refusals off, the hostile pages and data are built, website and PDF: no
    script, handler, form, javascript: link or remote image remains, the PDF has no
    attachment (no /etc/passwd), and nothing was fetched from the network."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Teller)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    poort = server.server_address[1]
    _Teller.verzoeken = []
    paginas = {p: t.replace("127.0.0.1:9", f"127.0.0.1:{poort}") for p, t in VIJANDIG.items()}
    paginas["proef/extern-css.md"] = pagina(
        tekst=f'<div style="background:url(http://127.0.0.1:{poort}/achtergrond.png)">x</div>\n\n'
              f'<link rel="attachment" href="file:///proc/self/environ">\n\n'
              f'<img src="http://127.0.0.1:{poort}/foto.png" alt="Foto">')
    paginas["praktijkvoorbeelden/kwaad.md"] = PAGINA.format(
        titel="Kwaad voorbeeld", beschrijving="Een kwaad voorbeeld.", tekst="Tekst.",
        extra="titel: '[klik](javascript:alert(1)) <img src=x onerror=alert(1)>'\nsoort: casus\npijlers: [1]\n"
              "locatie: '<script>alert(1)</script> | extra cel'\ndoelgroep: [casemanager]\n",
    ).replace("paginatype: pagina", "paginatype: praktijkvoorbeeld")
    project = maak_project(tmp_path / "p", paginas)
    data = project / "docs" / "_data"
    with open(data / "bronnen.yml", "a", encoding="utf-8") as f:
        f.write("\n- id: kwaad-2026\n  auteurs: Iemand\n  jaar: 2026\n  titel: Kwaad <script>alert(1)</script>\n"
                "  soort: rapport\n  url: javascript:alert(1)\n")
    with open(data / "begrippen.yml", "a", encoding="utf-8") as f:
        f.write("\n- term: bezoek\n  uitleg: Uitleg <script>alert(1)</script> <b onmouseover=alert(1)>vet</b>\n")
    try:
        code, log = bouw(project, pdf=True, HANDREIKING_ALLEEN_VANGNET="1")
    finally:
        server.shutdown()
    assert code == 0, log[-5000:]
    uit = project / "uit"
    for pad in sorted(uit.rglob("*.html")):
        fouten = _onschadelijk(pad.read_text(encoding="utf-8"))
        assert not fouten, f"{pad.relative_to(uit)}: {fouten}"
    assert "<a>het protocol</a>" in (uit / "proef" / "js-link" / "index.html").read_text(encoding="utf-8")
    assert "[klik](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;</a>" in \
        (uit / "praktijkvoorbeelden" / "index.html").read_text(encoding="utf-8")
    assert "<a>javascript:alert(1)</a>" in (uit / "over" / "bronnen" / "index.html").read_text(encoding="utf-8")
    titel = (uit / "proef" / "titel" / "index.html").read_text(encoding="utf-8")
    assert "<svg onload" not in titel and "svg onload=alert(1)" in titel  # shown as text, not markup
    beschrijving = BeautifulSoup((uit / "proef" / "beschrijving" / "index.html").read_text(encoding="utf-8"),
                                 "html.parser").find("meta", attrs={"name": "description"})
    assert "<script>" in beschrijving["content"] and len(beschrijving.attrs) == 2  # one attribute, no breakout
    zoekindex = json.loads((uit / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in zoekindex["docs"]:
        assert not _onschadelijk(doc["text"]) and not _onschadelijk(doc["title"]), doc["location"]
    import pikepdf

    with pikepdf.open(uit / PDF) as pdf:
        assert len(pdf.attachments) == 0
        bijlagen = [a for p in pdf.pages for a in p.get("/Annots", []) if a.get("/Subtype") == "/FileAttachment"]
        assert not bijlagen
        for p in pdf.pages:
            for a in p.get("/Annots", []):
                uri = str(a.get("/A", {}).get("/URI", ""))
                assert not uri.lower().startswith(("javascript", "file")), uri
    assert _Teller.verzoeken == [], _Teller.verzoeken


# -- The PDF fetcher --------------------------------------------------------------------

def test_pdf_fetcher_weigert_lokale_bestanden_en_internet(tmp_path):
    """Rendering HTML with a file:// attachment or a remote image stops with a Dutch message
    naming the page; a file inside the site is fine. No request reaches the network."""
    from mkdocs.exceptions import PluginError

    from handreiking.druk import pdf as pdfhook

    site = tmp_path / "site"
    (site / "over").mkdir(parents=True)
    (site / "over" / "logo.png").write_bytes((ROOT / "overrides" / "assets" / "favicon.svg").read_bytes())
    pdfhook._site_dir = str(site)
    pdfhook._titel = "Proef"
    pdfhook._paginas.clear()
    pdfhook._paginas["/over/privacy/"] = "docs/over/privacy.md"
    pdfhook._melder.begin()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Teller)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Teller.verzoeken = []
    poort = server.server_address[1]

    def render(body: str, doel: Path) -> None:
        html = f'<html><head></head><body><article data-url="/over/privacy/"><h1>Privacy</h1>{body}</article></body></html>'
        pdfhook.TaggedHTML(string=html).render().write_pdf(str(doel))

    try:
        with pytest.raises(PluginError) as fout:
            render('<a rel="attachment" href="file:///etc/passwd">voorwaarden</a>', tmp_path / "a.pdf")
        assert str(fout.value).startswith("docs/over/privacy.md: FOUT: de pdf mag alleen bestanden van de website "
                                          "zelf gebruiken; geweigerd: file:///etc/passwd")
        with pytest.raises(PluginError) as fout:
            render(f'<img alt="Foto" src="http://127.0.0.1:{poort}/foto.png">', tmp_path / "b.pdf")
        assert str(fout.value).startswith("docs/over/privacy.md: FOUT: de pdf haalt niets van internet; geweigerd: "
                                          f"http://127.0.0.1:{poort}/foto.png")
        with pytest.raises(PluginError):
            render(f'<link rel="attachment" href="file://{tmp_path}/../../etc/hostname">', tmp_path / "c.pdf")
        render(f'<img alt="Logo" src="file://{site}/over/logo.png">', tmp_path / "d.pdf")
    finally:
        server.shutdown()
    assert _Teller.verzoeken == []
    assert not (tmp_path / "a.pdf").exists() and not list(tmp_path.glob("*.deel"))
    assert (tmp_path / "d.pdf").is_file()
    fetcher = pdfhook.veilige_fetcher(site)
    with pytest.raises(pdfhook.GeweigerdeBron):
        fetcher.fetch(f"file://{site}/../geheim.txt")
    with pytest.raises(pdfhook.GeweigerdeBron):
        fetcher.fetch("file://andere-computer/share/x.png")


# -- Every error early: no PDF render after a website error ------------------------------

def test_fout_in_website_stopt_voor_de_pdf(tmp_path):
    """A broken link: the Dutch line, no PDF render, no English traceback."""
    project = maak_project(tmp_path / "p", {"proef/link.md": pagina(tekst="Zie [dit](bestaat-niet.md).")})
    begin = time.monotonic()
    code, log = bouw(project, pdf=True)
    assert code != 0
    assert f"docs/proef/link.md:{regel(project, 'proef/link.md', 'bestaat-niet')}: FOUT: de link 'bestaat-niet.md' " \
           "verwijst naar een pagina die niet bestaat" in log
    assert "De website heeft 1 fout(en) (zie hierboven); de pdf is daarom niet gemaakt." in log
    assert "Rendering for PDF" not in log and "Traceback" not in log
    assert not (project / "uit" / PDF).exists()
    assert time.monotonic() - begin < 60


# -- make check: links, navigation and data in seconds --------------------------------------

def test_make_check_vindt_links_data_en_verwijderd_begrip(tmp_path):
    """`make check` reports the build-only mistakes (broken link) and the data checks, and a
    glossary abbreviation removed while a page still uses it (compared with git)."""
    if not shutil.which("git") or not shutil.which("hunspell"):
        pytest.skip("git en hunspell zijn nodig")
    project = maak_project(tmp_path / "p", {"proef/link.md": pagina(tekst="Zie [dit](bestaat-niet.md).")})
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@t", NO_MKDOCS_2_WARNING="1")
    for opdracht in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-qm", "begin"]):
        subprocess.run(opdracht, cwd=project, env=env, check=True, capture_output=True)
    pad = project / "docs" / "_data" / "begrippen.yml"
    tekst = pad.read_text(encoding="utf-8")
    blok = re.search(r"\n- term: DJI\n(  .*\n)+", tekst)
    pad.write_text(tekst.replace(blok.group(0), "\n"), encoding="utf-8")
    r = run(sys.executable, project / "scripts" / "controleer.py", "--docs", project / "docs",
            "--datum", "2026-11-29", cwd=project, env=env)
    uit = r.stdout
    assert r.returncode == 1
    nr = regel(project, "proef/index.md", "De DJI")
    assert (f"docs/proef/index.md:{nr}: FOUT: de afkorting 'DJI' (Dienst Justitiële Inrichtingen) is uit "
            "docs/_data/begrippen.yml gehaald, maar deze pagina gebruikt hem nog — zet het begrip terug in "
            "begrippen.yml, of schrijf de afkorting op die pagina's voluit") in uit, uit
    assert "Uit de proefbouw van de website" in uit
    assert f"docs/proef/link.md:{regel(project, 'proef/link.md', 'bestaat-niet')}: FOUT: de link " \
           "'bestaat-niet.md' verwijst naar een pagina die niet bestaat" in uit, uit


# -- Robust output ---------------------------------------------------------------------

def _bouwscript(project: Path, *args, **kwargs):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    return subprocess.Popen([sys.executable, str(project / "scripts" / "bouw.py"), "--zonder-pdf", *args],
                            cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            **kwargs)


def test_site_is_leesbaar_en_oude_bouwmappen_verdwijnen(tmp_path):
    """site/ is 0755/0644 even with umask 077; folders of killed builds are removed."""
    project = maak_project(tmp_path / "p")
    dood = project / ".site-bouw-999999999-abc"
    dood.mkdir()
    (project / ".site-bouw-k3j2h1").mkdir()  # the old name format, without a process id
    p = _bouwscript(project, preexec_fn=lambda: os.umask(0o077))
    uit, _ = p.communicate(timeout=120)
    assert p.returncode == 0, uit[-3000:]
    site = project / "site"
    assert site.stat().st_mode & 0o777 == 0o755
    for pad in site.rglob("*"):
        assert pad.stat().st_mode & 0o777 == (0o755 if pad.is_dir() else 0o644), pad
    assert not list(project.glob(".site-bouw-*"))


def test_sigterm_laat_geen_bouwmap_achter(tmp_path):
    project = maak_project(tmp_path / "p")
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("vorige goede versie", encoding="utf-8")
    p = _bouwscript(project)
    for _ in range(400):
        if list(project.glob(".site-bouw-*")):
            break
        time.sleep(0.02)
    p.send_signal(signal.SIGTERM)  # mkdocs is starting or building: that takes over a second
    uit, _ = p.communicate(timeout=60)
    assert p.returncode != 0
    assert "afgebroken" in uit
    assert not list(project.glob(".site-bouw-*"))
    assert (project / "site" / "index.html").read_text(encoding="utf-8") == "vorige goede versie"


def test_serve_toont_de_fout_in_plaats_van_te_hangen(tmp_path):
    """`mkdocs serve`: after a broken save the browser gets the Dutch error page at once
    (not a request that hangs), and the site again once the error is fixed."""
    project = maak_project(tmp_path / "p")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true", HANDREIKING_PDF="0")
    p = subprocess.Popen([str(MKDOCS), "serve", "--strict", "-a", f"127.0.0.1:{poort}"], cwd=project, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    adres = [f"http://127.0.0.1:{poort}/"]

    def haal() -> tuple[int, str]:
        try:
            with urllib.request.urlopen(adres[0], timeout=20) as antwoord:
                adres[0] = antwoord.url  # "/" redirects to the site's own path (site_url) once
                return antwoord.status, antwoord.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def wacht(voorwaarde, seconden=90):
        eind, resultaat = time.monotonic() + seconden, None
        while time.monotonic() < eind:
            try:
                resultaat = haal()
                if voorwaarde(resultaat):
                    return resultaat
            except OSError as e:
                resultaat = e
            time.sleep(0.5)
        raise AssertionError(f"de voorvertoning antwoordde niet zoals verwacht: {str(resultaat)[:3000]}")

    try:
        wacht(lambda r: r[0] == 200 and "Lees verder bij de" in r[1])
        pad = project / "docs" / "proef" / "index.md"
        goed = pad.read_text(encoding="utf-8")
        pad.write_text(goed.replace("paginatype: pagina", "paginatype: [pagina"), encoding="utf-8")
        status, tekst = wacht(lambda r: "De bouw is mislukt" in r[1])
        assert "docs/proef/index.md:4: FOUT: de voorpagina (front matter) is geen geldige YAML" in tekst, tekst
        assert "GET /" not in tekst
        pad.write_text(goed, encoding="utf-8")
        wacht(lambda r: r[0] == 200 and "Lees verder bij de" in r[1])
    finally:
        p.terminate()
        try:
            p.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()
