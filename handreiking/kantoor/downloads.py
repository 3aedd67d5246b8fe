"""Hook: Word and Excel versions of the templates, made from the same sources in every build.

- plan van aanpak and gespreksleidraad (their pages) -> downloads/<naam>.docx (word.py);
- zelfscan (docs/_data/zelfscan.yml) and indicators (their page) -> downloads/<naam>.xlsx (excel.py).

The files are added to the site in memory (`File.generated`, MkDocs 1.6): nothing is written
into docs/, MkDocs copies them into site/downloads/ with the rest, and links to them are
checked like any other link. Each page gets a "Download als Word/Excel" link under its title
(class hr-web: not in the book), and `<!-- downloads -->` becomes the list of all of them.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from pathlib import Path

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from handreiking import controles as c
from handreiking.kantoor import bron, excel, word

MAP = "downloads"
MARKER = "<!-- downloads -->"
SOORTEN = {"docx": ("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
           "xlsx": ("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}
# page -> (file in downloads/, sections of the page left out of the file)
DOCUMENTEN: dict[str, tuple[str, tuple[str, ...]]] = {
    "aan-de-slag/plan-van-aanpak.md": ("plan-van-aanpak.docx", ("sjabloon-in-markdown",)),
    "hulpmiddelen/gespreksleidraad-ouder.md": ("gespreksleidraad-ouder.docx", ()),
    "aan-de-slag/zelfscan.md": ("zelfscan.xlsx", ()),
    "aan-de-slag/indicatoren.md": ("indicatoren.xlsx", ()),
}


def _datum(config) -> dt.date:
    datum = config.extra.get("release_date")
    return dt.date.fromisoformat(datum) if isinstance(datum, str) else datum


def maak(docs: Path, bestand: str, weglaten: tuple[str, ...], config) -> bytes:
    """The bytes of one download, made from its source."""
    versie, datum, url = str(config.extra.get("version")), _datum(config), config.site_url or ""
    auteur = config.site_author or ""
    pagina = next(p for p, (b, _) in DOCUMENTEN.items() if b == bestand)
    markdown = (docs / pagina).read_text(encoding="utf-8")
    if bestand.endswith(".docx"):
        blokken = bron.blokken(markdown, docs / "_snippets", weglaten)
        titel = bron.platte_tekst(blokken[0].tekst)
        meta = c.splits_voorpagina(markdown, f"docs/{pagina}")[0]
        return word.maak_docx(
            blokken, titel=titel, auteur=auteur, onderwerp=str(meta.get("beschrijving", "")),
            trefwoorden=", ".join(map(str, meta.get("zoektermen") or [])), datum=datum,
            bron=f"Handreiking Gezinsgericht werken in detentie, versie {versie} \u00b7 "
                 f"{excel.pagina_url(url, pagina)}")
    if bestand == "zelfscan.xlsx":
        pijlers = c.lees_vocabulaire(docs)["pijlers"]
        scan = c.lees_yaml(c.data_map(docs) / "zelfscan.yml", "docs/_data/zelfscan.yml")
        return excel.zelfscan_xlsx(scan, pijlers, site_url=url, auteur=auteur, versie=versie, datum=datum)
    secties = [(bron.platte_tekst(kop.tekst), tabel.kolommen, tabel.rijen)
               for kop, inhoud in bron.secties(bron.blokken(markdown, docs / "_snippets", weglaten))
               for tabel in inhoud if tabel.soort == "tabel" and kop.anker.startswith("pijler-")]
    return excel.indicatoren_xlsx(secties, site_url=url, auteur=auteur, versie=versie, datum=datum)


_cache: dict[str, tuple[tuple, bytes]] = {}  # file -> (what it was made of, its bytes)


def _sleutel(docs: Path, pagina: str, bestand: str, config) -> tuple:
    """What a download is made of: its page, the data and snippets, version, date and address."""
    bronnen = [docs / pagina, *sorted((docs / "_data").glob("*.yml")), *sorted((docs / "_snippets").glob("*.md"))]
    return (bestand, tuple((str(p), p.stat().st_mtime_ns) for p in bronnen if p.is_file()),
            str(config.extra.get("version")), str(config.extra.get("release_date")), config.site_url)


def on_files(files, config):
    """Made again only when a source changed, so `make serve` stays quick."""
    docs = Path(config.docs_dir)
    for pagina, (bestand, weglaten) in DOCUMENTEN.items():
        if not (docs / pagina).is_file() or (bestand == "zelfscan.xlsx" and not (docs / "_data" / "zelfscan.yml").is_file()):
            continue  # a site without that page (a test project, a fork) has no download for it
        sleutel = _sleutel(docs, pagina, bestand, config)
        if _cache.get(bestand, ((),))[0] != sleutel:
            _cache[bestand] = (sleutel, maak(docs, bestand, weglaten, config))
        files.append(File.generated(config, f"{MAP}/{bestand}", content=_cache[bestand][1]))
    return files


def on_page_markdown(markdown, page, config, files):
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, overzicht(files, page.file.src_uri))
    return markdown


def overzicht(files, vanuit: str) -> str:
    """Markdown list of the downloads, each with the title of its page (links relative to `vanuit`)."""
    regels = []
    for pagina, (bestand, _) in DOCUMENTEN.items():
        bronbestand = files.get_file_from_path(pagina)
        if bronbestand is None or files.get_file_from_path(f"{MAP}/{bestand}") is None:
            continue
        titel = re.search(r"^# (.+?)\s*(\{.*\})?\s*$", bronbestand.content_string, re.M).group(1)
        link = posixpath.relpath(f"{MAP}/{bestand}", posixpath.dirname(vanuit) or ".")
        regels.append(f"- [{titel} ({SOORTEN[bestand.rsplit('.', 1)[1]][0]})]({link})")
    return ('\n<div class="hr-web hr-handouts-lijst" markdown>\n\n'
            '<p class="hr-handouts__kop"><strong>Om in te vullen op de computer: Word en Excel</strong></p>\n\n'
            + "\n".join(regels) + "\n\n</div>\n")


def on_page_content(html, page, config, files):
    gevonden = DOCUMENTEN.get(page.file.src_uri)
    if not gevonden:
        return html
    bestand = gevonden[0]
    soort, mime = SOORTEN[bestand.rsplit(".", 1)[1]]
    link = get_relative_url(f"{MAP}/{bestand}", page.file.url)
    knop = (f'<p class="hr-web hr-losblad-link"><a class="md-button" href="{link}" download type="{mime}">'
            f'Download als {soort}</a> <span>(om zelf in te vullen)</span></p>')
    return re.sub(r"(</h1>)", lambda m: m.group(1) + "\n" + knop, html, count=1)
