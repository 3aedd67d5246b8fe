"""One real full build: the site and the PDF as a reader gets them."""

from __future__ import annotations

import html as html_lib
import json
import re

import pikepdf
import yaml

from conftest import PDF_NAAM, ROOT, run, vereist

CONFIG = yaml.safe_load(re.sub(r"!!python/name:\S+|!ENV \[[^\]]*\]", "''", (ROOT / "mkdocs.yml").read_text("utf-8")))
VERSIE = str(CONFIG["extra"]["version"])


PDF_CONFIG = next(p["handreiking/drukeditie"] for p in CONFIG["plugins"]
                  if isinstance(p, dict) and "handreiking/drukeditie" in p)
NIET_IN_PDF = [re.compile(p) for p in PDF_CONFIG["exclude_pages"]]
NAWERK = "over/"  # the back matter: chapters without a part divider (handreiking/druk/boek.py)


def nav_paginas(nav=CONFIG["nav"]):
    for item in nav:
        waarde = list(item.values())[0] if isinstance(item, dict) else item
        if isinstance(waarde, list):
            yield from nav_paginas(waarde)
        else:
            yield waarde


def url_van(pagina: str) -> str:
    """docs path -> page URL, as the exclude_pages patterns of the print edition see it."""
    if pagina == "index.md":
        return ""
    return pagina[:-len("index.md")] if pagina.endswith("/index.md") else pagina[:-3] + "/"


def in_pdf(pagina: str) -> bool:
    return not any(p.search(url_van(pagina)) for p in NIET_IN_PDF)


def h1_van(site, pagina: str) -> str:
    html = (site / url_van(pagina) / "index.html").read_text("utf-8")
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    h1 = re.sub(r'<a class="headerlink".*?</a>', "", h1)
    return html_lib.unescape(re.sub(r"<[^>]+>", "", h1)).strip()


def hoofdstuktitels(site):
    """The H1 of every chapter of the print edition: the nav minus the excluded pages and
    minus the index pages (their lead opens the part; the rest follows untitled)."""
    for pagina in nav_paginas():
        if in_pdf(pagina) and not pagina.endswith("index.md"):
            yield h1_van(site, pagina)


def delen():
    """The parts of the print edition: top-level sections with pages in the PDF, minus the back matter."""
    for item in CONFIG["nav"]:
        if not isinstance(item, dict):
            continue
        naam, waarde = next(iter(item.items()))
        if isinstance(waarde, list):
            paginas = [p for p in nav_paginas(waarde) if in_pdf(p)]
            if paginas and not all(p.startswith(NAWERK) for p in paginas):
                yield naam


def pdftekst(pdf) -> str:
    vereist("pdftotext")
    return re.sub(r"\s+", " ", run("pdftotext", "-layout", pdf, "-").stdout)


def test_pdfinfo_getagd_titel_en_paginas(pdf):
    vereist("pdfinfo")
    info = run("pdfinfo", pdf).stdout
    assert re.search(r"^Tagged:\s+yes", info, re.M)
    assert re.search(r"^Title:\s+Handreiking Gezinsgericht werken in detentie$", info, re.M)
    assert re.search(r"^Page size:.*\(A4\)", info, re.M)
    paginas = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert paginas >= len([p for p in nav_paginas() if in_pdf(p)])


def test_pdf_metadata(pdf):
    with pikepdf.open(pdf) as doc:
        meta = doc.open_metadata()
        assert meta.get("dc:title") == "Handreiking Gezinsgericht werken in detentie"
        info = doc.docinfo
        assert "Redactie" in str(info.get("/Author"))
        assert "gezinsgericht werken" in str(info.get("/Keywords"))
        assert str(info.get("/Subject"))


def test_eigen_lettertype_ingesloten(pdf):
    vereist("pdffonts")
    fonts = run("pdffonts", pdf).stdout
    regels = [r for r in fonts.splitlines() if "SourceSans3" in r.replace("-", "")]
    assert regels, fonts
    assert all(" yes " in r for r in regels), "het lettertype moet ingesloten zijn"


def test_geen_ander_lettertype(pdf, site):
    """Every glyph comes from Source Sans 3: no DejaVu (or other) fallback, also not in the
    running heads, in hyphens or in the loose handouts."""
    vereist("pdffonts")
    for bestand in [pdf, *sorted((site / "pdf").glob("*/*.pdf"))]:
        regels = run("pdffonts", bestand).stdout.splitlines()[2:]
        anders = [r.split()[0] for r in regels if "SourceSans3" not in r.replace("-", "")]
        assert not anders, f"{bestand.name}: een ander lettertype dan Source Sans 3: {anders}"


def test_pdf_bevat_alle_hoofdstukken_en_het_einde(site, pdf):
    tekst = pdftekst(pdf)
    ontbreekt = [t for t in [*hoofdstuktitels(site), *delen()] if t not in tekst]
    assert not ontbreekt, f"hoofdstuk of deel ontbreekt in de pdf: {ontbreekt}"
    # Sentinel: the last sentence of the last chapter in the PDF (the colofon) must be
    # there; the PDF plugins are known to truncate silently.
    colofon = (ROOT / "docs" / "over" / "colofon.md").read_text("utf-8").strip().splitlines()
    laatste = next(r for r in reversed(colofon) if r.strip() and not r.startswith(("#", "-", "|", "<", "*[", "{", "[^")))
    laatste = re.sub(r"\[\^[^\]]*\]|\]\([^)]*\)|[*_`\[\]]", "", laatste).replace("'", "\u2019")
    woorden = laatste.split()[:6]
    assert tekst.find(" ".join(woorden)) >= 0, f"slotzin van het colofon niet gevonden: {' '.join(woorden)}"


def test_pdf_zonder_redactietekst(pdf):
    """The print edition leaves out the pages for editors (commands, data files, scores)."""
    tekst = pdftekst(pdf)
    gevonden = [v for v in ("make ", ".yml", "Lighthouse") if v in tekst]
    assert not gevonden, f"{gevonden} hoort niet in de drukeditie (pagina's voor de redactie)"


def test_pdf_zonder_webinstructies(pdf):
    """Screen instructions have paper wording in print (.hr-alleen-web / .hr-alleen-print)."""
    tekst = pdftekst(pdf).lower()
    gevonden = [v for v in ("klik erop", "klik op", "houd je muis", "printfunctie van je browser", "kopieerknop")
                if v in tekst]
    assert not gevonden, f"{gevonden}: instructies voor het scherm, niet voor papier (zie .hr-alleen-web)"


def test_pdf_zonder_markdown_en_bronlijstjes(pdf):
    """No raw Markdown table syntax, and no list of source notes after every chapter (one
    bibliography at the end instead)."""
    tekst = run("pdftotext", "-layout", pdf, "-").stdout
    assert not re.search(r"\|\s*-{3,}\s*\|", tekst), "ruwe Markdown-tabel in de pdf"
    assert not ("Naar de bronnenlijst" in tekst or "Terug naar de tekst" in tekst), \
        "de bronnoten van een webpagina staan in de pdf; de bronnen horen in één lijst achterin"


def test_pdf_bladwijzers_per_deel_en_hoofdstuk(pdf):
    with pikepdf.open(pdf) as doc:
        with doc.open_outline() as outline:
            boven = [i.title for i in outline.root]
            hoofdstukken = [c.title for i in outline.root for c in i.children]
            diep = any(len(c.children) >= 2 for i in outline.root for c in i.children)
    for deel in delen():
        assert any(t.endswith(deel) for t in boven), f"geen bladwijzer voor het deel {deel}: {boven}"
    assert len(hoofdstukken) >= 20 and diep, "de bladwijzers hebben geen hoofdstukken met subhoofdstukken"


def pagina_teksten(pdf) -> list[str]:
    """The text of every page, as `pdftotext -f i -l i` gives it, from one run over the
    whole PDF (each page ends with a form feed): one run instead of one per page."""
    vereist("pdftotext")
    paginas = run("pdftotext", pdf, "-").stdout.split("\f")[:-1]
    with pikepdf.open(pdf) as doc:
        assert len(paginas) == len(doc.pages)
    return [p + "\f" for p in paginas]


def test_verwijzingen_noemen_de_echte_pagina(pdf):
    """An internal link prints "(zie 2.1, p. 48)": the number is the page the link goes to."""
    with pikepdf.open(pdf) as doc:
        pagina_van = {p.objgen: i for i, p in enumerate(doc.pages, start=1)}
        doelen = {str(k): v for k, v in pikepdf.NameTree(doc.Root.Names.Dests).items()}
        teksten = [re.sub(r"\s+", " ", tekst) for tekst in pagina_teksten(pdf)]
        gecontroleerd = 0
        for i, pagina in enumerate(doc.pages, start=1):
            if "(zie" not in teksten[i - 1]:
                continue
            for a in pagina.obj.get("/Annots") or []:
                naam = str(a.get("/Dest", ""))
                if a.get("/Subtype") != "/Link" or naam.startswith("over/bronnen/:") or naam not in doelen:
                    continue
                doel = doelen[naam]
                doelpagina = pagina_van[(doel.D if isinstance(doel, pikepdf.Dictionary) else doel)[0].objgen]
                hier = teksten[i - 1] + (teksten[i] if i < len(teksten) else "")
                if doelpagina != i:
                    assert f"p. {doelpagina})" in hier, \
                        f"p. {i}: de link naar {naam} gaat naar p. {doelpagina}, maar dat nummer staat er niet"
                gecontroleerd += 1
        assert gecontroleerd > 50, f"te weinig verwijzingen gecontroleerd ({gecontroleerd})"


def test_inhoudsopgaven_noemen_de_echte_pagina(pdf):
    """The table of contents and the contents list of every part divider: each entry's
    page number is the page its link goes to; no placeholder is left."""
    tekst = run("pdftotext", "-layout", pdf, "-").stdout
    assert not re.search(r"(?<=\s)000\s*$|p\.\s000\)", tekst, re.M), "er staat nog een plaatshouder 000 in de pdf"
    with pikepdf.open(pdf) as doc:
        pagina_van = {p.objgen: i for i, p in enumerate(doc.pages, start=1)}
        doelen = {str(k): v for k, v in pikepdf.NameTree(doc.Root.Names.Dests).items()}
        gecontroleerd = 0
        teksten = pagina_teksten(pdf)
        for i, pagina in enumerate(doc.pages, start=1):
            hier = teksten[i - 1]
            if not re.search(r"^(Inhoud|IN DIT DEEL)$", hier, re.M):
                continue
            getallen = set(re.findall(r"\b(\d+)\s*$", hier, re.M))
            for a in pagina.obj.get("/Annots") or []:
                naam = str(a.get("/Dest", ""))
                if naam in doelen and not naam.startswith("over/bronnen/:"):
                    doel = doelen[naam]
                    doelpagina = pagina_van[(doel.D if isinstance(doel, pikepdf.Dictionary) else doel)[0].objgen]
                    assert str(doelpagina) in getallen, f"p. {i}: {naam} staat op p. {doelpagina}, dat nummer ontbreekt"
                    gecontroleerd += 1
        assert gecontroleerd > 40, f"te weinig regels van de inhoudsopgave gecontroleerd ({gecontroleerd})"


def _woorden_per_pagina(pdf) -> list[list[tuple[float, float, float, float, str]]]:
    """Every word of the PDF with its box (x0, top, x1, bottom in points from the top left), per page."""
    vereist("pdftotext")
    uit = run("pdftotext", "-bbox", pdf, "-").stdout
    paginas = []
    for pagina in re.findall(r"<page [^>]*>(.*?)</page>", uit, re.S):
        paginas.append([(float(a), float(b), float(c), float(d), html_lib.unescape(w)) for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', pagina)])
    return paginas


def _linkvlakken(pagina) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The internal links of a page, one area per link and line: WeasyPrint writes a link
    annotation for each inline part of a link (its number, its text), here joined."""
    uit: list[tuple[str, list[float]]] = []
    for a in pagina.obj.get("/Annots") or []:
        if a.get("/Subtype") != "/Link" or "/Dest" not in a:
            continue
        xa, ya, xb, yb = (float(v) for v in a.Rect)
        vlak = [min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)]
        naam = str(a.Dest)
        if uit and uit[-1][0] == naam and vlak[1] < uit[-1][1][3] and vlak[3] > uit[-1][1][1]:
            oud = uit[-1][1]
            uit[-1] = (naam, [min(oud[0], vlak[0]), min(oud[1], vlak[1]), max(oud[2], vlak[2]), max(oud[3], vlak[3])])
        else:
            uit.append((naam, vlak))
    return [(naam, tuple(vlak)) for naam, vlak in uit]


def _kop_van(site, anker: str) -> str | None:
    """The heading text a book anchor points at ("inleiding/aanleiding/:" is the page's H1,
    "pad:id" the heading with that id); None for anchors that are not headings."""
    pad, _, ident = anker.partition(":")
    bestand = site / ("" if pad == "." else pad) / "index.html"
    if not bestand.is_file():
        return None
    html = bestand.read_text("utf-8")
    m = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S) if not ident else \
        re.search(rf'<(h[1-6])[^>]*\bid="{re.escape(ident)}"[^>]*>(.*?)</\1>', html, re.S)
    if not m:
        return None
    tekst = re.sub(r'<a class="headerlink".*?</a>|<[^>]+>', "", m.group(m.lastindex))
    return html_lib.unescape(tekst).strip()


def _vergelijkbaar(tekst: str) -> str:
    return re.sub(r"[^\w]+", "", tekst.lower())


def test_paginanummers_kloppen_met_de_kop_op_die_pagina(site, pdf):
    """The book is laid out once and its page numbers are written in afterwards. For every
    cross-reference "(zie 2.1, p. 48)" and every line of a table of contents: the number
    printed inside the link is the page its link goes to, and the heading it points at is
    printed on that page (a heading pushed to the next page counts on that next page)."""
    woorden = _woorden_per_pagina(pdf)
    teksten = [_vergelijkbaar(" ".join(w[4] for w in p)) for p in woorden]
    gecontroleerd = {"verwijzing": 0, "inhoud": 0, "kop": 0}
    with pikepdf.open(pdf) as doc:
        pagina_van = {p.objgen: i for i, p in enumerate(doc.pages, start=1)}
        doelen = {str(k): v for k, v in pikepdf.NameTree(doc.Root.Names.Dests).items()}
        for i, pagina in enumerate(doc.pages, start=1):
            hoogte = float(pagina.mediabox[3])
            for naam, (x0, y0, x1, y1) in _linkvlakken(pagina):
                if naam not in doelen or naam.startswith("over/bronnen/:"):
                    continue
                doel = doelen[naam]
                doelpagina = pagina_van[(doel.D if isinstance(doel, pikepdf.Dictionary) else doel)[0].objgen]
                binnen = " ".join(w[4] for w in woorden[i - 1] if x0 - 1 <= w[0] < x1
                                  and w[1] >= hoogte - y1 - 1 and w[3] <= hoogte - y0 + 1)
                if m := re.search(r"p\.\s*(\d+)\)", binnen):
                    soort = "verwijzing"
                elif m := re.search(r"(\d+)$", binnen):
                    soort = "inhoud"
                else:
                    continue  # a link that prints no number (same page, or the first line of a wrapped link)
                assert int(m.group(1)) == doelpagina, \
                    f"p. {i}: '{binnen}' noemt p. {m.group(1)}, maar de link naar {naam} gaat naar p. {doelpagina}"
                gecontroleerd[soort] += 1
                kop = _kop_van(site, naam)
                if kop:
                    assert _vergelijkbaar(kop)[:40] in teksten[doelpagina - 1], \
                        f"p. {i}: de kop '{kop}' ({naam}) staat niet op p. {doelpagina}, het nummer in '{binnen}'"
                    gecontroleerd["kop"] += 1
    assert gecontroleerd["verwijzing"] > 500 and gecontroleerd["inhoud"] > 100 and gecontroleerd["kop"] > 500, \
        gecontroleerd


def losse_paginas():
    for map_ in ("hulpmiddelen", "werkkaarten"):
        for md in sorted((ROOT / "docs" / map_).glob("*.md")):
            if md.name != "index.md":
                yield f"{map_}/{md.stem}"


def test_losse_pdfs_getagd_en_kort(site):
    """Every hulpmiddel and werkkaart is also a loose PDF: tagged PDF/UA, Dutch, titled, with
    version and page numbers: a werkkaart on one A4, a hulpmiddel on one or two (one when
    its front matter says `een_a4: true`, as the meldcode map does)."""
    vereist("pdfinfo")
    for naam in losse_paginas():
        bestand = site / "pdf" / f"{naam}.pdf"
        assert bestand.is_file(), f"de losse pdf ontbreekt: pdf/{naam}.pdf"
        info = run("pdfinfo", bestand).stdout
        assert re.search(r"^Tagged:\s+yes", info, re.M), f"{naam}.pdf is niet getagd"
        assert re.search(r"^Page size:.*\(A4\)", info, re.M)
        with pikepdf.open(bestand) as doc:
            assert str(doc.Root.get("/Lang", "")).startswith("nl")
            assert doc.open_metadata().get("pdfuaid:part") == "1"
            assert doc.open_metadata().get("dc:title") == h1_van(site, naam + ".md")
        tekst = pdftekst(bestand)
        assert f"versie {VERSIE}" in tekst and "pagina 1 van" in tekst, f"{naam}.pdf: versie of paginanummer ontbreekt"
        paginas = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        een_a4 = "een_a4: true" in (ROOT / "docs" / f"{naam}.md").read_text("utf-8")
        grens = 1 if naam.startswith("werkkaarten/") or een_a4 else 2  # a werkkaart is one A4, and so is a map
        assert paginas <= grens, f"docs/{naam}.md: de losse pdf heeft {paginas} pagina's — maak de tekst korter"


def test_losse_pdf_gelinkt_vanaf_de_pagina(site):
    for naam in losse_paginas():
        html = (site / naam / "index.html").read_text("utf-8")
        m = re.search(r'<a class="md-button" href="([^"]+\.pdf)"[^>]*>Download als pdf</a>', html)
        assert m, f"geen 'Download als pdf' op {naam}"
        assert (site / naam / m.group(1)).resolve() == (site / "pdf" / f"{naam}.pdf").resolve()


def test_versie_in_voettekst_en_pdf(site, pdf):
    html = (site / "index.html").read_text("utf-8")
    voet = html[html.index('class="md-copyright"'):]
    assert f"versie {VERSIE}" in voet
    assert f"Versie {VERSIE}" in pdftekst(pdf)


def test_pdf_link_op_elke_pagina(site):
    for pad in site.rglob("index.html"):
        html = pad.read_text("utf-8")
        if 'class="md-content' not in html:
            continue
        m = re.search(r'<a class="hr-balk__pdf" href="([^"]+)"', html)
        assert m, f"geen pdf-link op {pad}"
        assert (pad.parent / m.group(1)).resolve() == (site / PDF_NAAM).resolve()


def test_geen_verzoeken_naar_andere_hosts(site):
    """No generated HTML, CSS or JS loads anything from another host; only links the
    content itself writes (sources) may point outside."""
    extern = re.compile(r"""(?:src|href)\s*=\s*["'](https?:)?//|url\(\s*["']?(https?:)?//|@import\s+["']?https?:""")
    for pad in list(site.rglob("*.html")) + list(site.rglob("*.css")) + list(site.rglob("*.js")):
        tekst = pad.read_text("utf-8", errors="ignore")
        if pad.suffix == ".html":
            tekst = re.sub(r"<a\s[^>]*>", "", tekst)  # links to sources are navigation, not requests
            tekst = re.sub(r'<link rel="(canonical|alternate)"[^>]*>', "", tekst)
        for m in extern.finditer(tekst):
            regel = tekst[max(0, m.start() - 80):m.end() + 80]
            assert "w3.org/2000/svg" in regel, f"{pad.relative_to(site)} laadt iets van buiten: {regel!r}"
    assert "fonts.googleapis" not in (site / "index.html").read_text("utf-8")


def test_zoekindex_bevat_nederlandse_woorden(site):
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    assert index["config"]["lang"] == ["nl"]
    tekst = " ".join(d["text"] + " " + d["title"] for d in index["docs"]).lower()
    for woord in ("kindcheck", "vadervleugel", "meldcode", "ouder-kinddag", "stappenplan", "bezoek"):
        assert woord in tekst, woord


def test_html_is_nederlands(site):
    assert '<html lang="nl"' in (site / "index.html").read_text("utf-8")


def test_telefoonnummers_zijn_belknoppen(site):
    """Every number of docs/_data/vocabulaire.yml in the text of a page is a tel: link,
    on the website and in the offline edition alike (the same HTML); not in the source notes
    and the source list, and never inside a web address such as 113.nl."""
    from handreiking.web import bellen

    vocab = yaml.safe_load((ROOT / "docs" / "_data" / "vocabulaire.yml").read_text("utf-8"))
    tel = bellen.belnummers(vocab["telefoonnummers"])
    gevonden, los = set(), []
    for pad in site.rglob("index.html"):
        html = pad.read_text("utf-8")
        artikel = html[html.find("<article"):html.find("</article>")]
        for m in re.finditer(r'<a class="hr-bel" href="tel:(\d+)">([^<]+)</a>', artikel):
            assert tel[html_lib.unescape(m.group(2))] == m.group(1), m.group(0)
            gevonden.add(m.group(2))
        assert not re.search(r'class="hr-bel"[^>]*>[^<]*</a>[.,]?\w', artikel), f"{pad}: een belknop midden in een woord of webadres"
        # Source notes and the source list: a number there is part of a title or an address, not a number to call.
        bronnen = re.findall(r'<div class="footnote">.*?</div>|<ul class="hr-bronnenlijst">.*?</ul>', artikel, flags=re.S)
        assert not any("hr-bel" in b for b in bronnen), f"{pad}: een belknop in de bronnen"
        artikel = re.sub(r'<div class="footnote">.*?</div>|<ul class="hr-bronnenlijst">.*?</ul>', " ", artikel, flags=re.S)
        zonder = re.sub(r"<(a|h[1-6]|code|pre|svg)\b.*?</\1>|<[^>]+>", " ", artikel, flags=re.S)
        los += [f"{pad.parent.relative_to(site)}: {m.group(0)}" for m in bellen.patroon(tel).finditer(zonder)]
    assert not los, "telefoonnummers zonder belknop:\n" + "\n".join(los[:10])
    assert {"112", "0800-2000", "0800-0432"} <= gevonden, gevonden


def test_nederlandse_aanhalingstekens_op_de_website(site):
    """smarty (mkdocs.yml) makes "…" into „…” at build time; code stays as it was typed.
    The bronnenlijst is HTML made from bronnen.yml (titles as the source wrote them), which
    Markdown does not touch: it is left out here."""
    recht, gezien = [], 0
    for pad in site.rglob("index.html"):
        html = pad.read_text("utf-8")
        artikel = html[html.find("<article"):html.find("</article>")]
        gezien += artikel.count("„")
        artikel = re.sub(r'<(code|pre)\b.*?</\1>|<ul class="hr-bronnenlijst">.*?</ul>', "", artikel, flags=re.S)
        tekst = html_lib.unescape(re.sub(r"<[^>]+>", " ", artikel))
        recht += [f"{pad.parent.relative_to(site)}: …{m.group(0)}…" for m in re.finditer(r'.{0,25}".{0,25}', tekst)]
    assert gezien > 20, "geen Nederlandse aanhalingstekens („…”) op de website"
    assert not recht, "rechte aanhalingstekens op de website:\n" + "\n".join(recht[:10])
    code = (site / "redactie" / "schrijfwijzer" / "index.html").read_text("utf-8")
    assert '<code>--8&lt;-- "veiligheid.md"</code>' in code, "smarty veranderde een codefragment"
