"""Offline edition: the website and the PDF in one zip that works without internet.

`make offline` builds with Material's offline plugin (links work from file://, search
works without a server) into a temporary folder, checks the result and writes
dist/handreiking-gezinsgericht-werken-in-detentie-offline-<versie>.zip. A reader
unzips it and opens index.html; nothing is loaded from the internet.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml

from bouw import ROOT, bouw, editie

NAAM = "handreiking-gezinsgericht-werken-in-detentie"
# Only useful on a web server: the error page (absolute links) and the sitemaps.
WEGLATEN = {"404.html", "sitemap.xml", "sitemap.xml.gz"}
LEESMIJ = """Handreiking Gezinsgericht werken in detentie, versie {versie} (offline-editie)

Open index.html in je browser (dubbelklikken). Je hebt geen internet nodig:
de website, het zoeken en de zelfscan werken vanaf je eigen computer.
De hele handreiking als pdf staat in {pdf}.

Tekst onder licentie CC BY 4.0. Zie over/colofon.html.
"""


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml; its !ENV and !!python tags do not matter here."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def lees_config(pad: Path = ROOT / "mkdocs.yml") -> dict:
    return yaml.load(pad.read_text("utf-8"), Loader=_Loader)


def zipnaam(versie: str) -> str:
    return f"{NAAM}-offline-{versie}.zip"


DOWNLOADS = "downloads"  # Word and Excel versions of the templates (handreiking/kantoor)


def controleer(site: Path, pdf: str) -> list[str]:
    """What an offline edition cannot do without; Dutch messages."""
    fouten = []
    for pad, wat in (("index.html", "de startpagina"), ("search/search_index.js", "de zoekindex voor file://"),
                     ("assets/javascripts/iframe-worker.js", "het zoeken vanaf file://"), (pdf, "de pdf"),
                     (f"{DOWNLOADS}/plan-van-aanpak.docx", "de Word-versie van het plan van aanpak"),
                     (f"{DOWNLOADS}/zelfscan.xlsx", "de Excel-versie van de zelfscan")):
        if not (site / pad).is_file():
            fouten.append(f"{pad} ontbreekt ({wat})")
    start = (site / "index.html").read_text("utf-8") if (site / "index.html").is_file() else ""
    if re.search(r'href="(?![a-z]+:|#)[^"]*/"', start):
        fouten.append("links eindigen op een map en werken niet vanaf file://: stond de offline-plugin aan?")
    return fouten


def pak_in(site: Path, doel: Path, map_in_zip: str, leesmij: str) -> None:
    """Zip the site under one folder; write to a temporary name, then rename."""
    doel.parent.mkdir(parents=True, exist_ok=True)
    tijdelijk = doel.with_name(doel.name + ".deel")
    with zipfile.ZipFile(tijdelijk, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(f"{map_in_zip}/LEESMIJ.txt", leesmij)
        for pad in sorted(p for p in site.rglob("*") if p.is_file() and p.name not in WEGLATEN):
            z.write(pad, f"{map_in_zip}/{pad.relative_to(site).as_posix()}")
    os.replace(tijdelijk, doel)


def maak_offline(dist: Path = ROOT / "dist", mkdocs: str | None = None, pdf_naar: Path | None = None,
                 uitgepakt: Path | None = None, locatie: Path | None = None) -> Path:
    """Build the offline edition with PDF and zip it into `dist`; return the zip.

    With `pdf_naar`, the PDFs (book and handouts) and the Word and Excel files are also
    copied there, for a release; with `uitgepakt`, the unzipped edition is also copied
    there, for a review preview. Both come from the same build. With `locatie` (a location
    file), the edition of that inrichting: dist/handreiking-<inrichting>.zip."""
    config = lees_config()
    versie = str(config["extra"]["version"])
    pdf = config["extra"]["pdf"]
    with tempfile.TemporaryDirectory(prefix="handreiking-offline-") as tmp:
        site = Path(tmp) / "site"
        if bouw(site, pdf=True, offline=True, mkdocs=mkdocs, locatie=locatie) != 0:
            raise SystemExit("De offline-editie is niet gemaakt: de bouw is mislukt (zie de meldingen hierboven).")
        fouten = controleer(site, pdf)
        if fouten:
            raise SystemExit("De offline-editie is niet gemaakt:\n" + "\n".join(f"  {f}" for f in fouten))
        map_in_zip = f"handreiking-{editie(locatie)}" if locatie else f"{NAAM}-offline-{versie}"
        doel = dist / (f"{map_in_zip}.zip" if locatie else zipnaam(versie))
        pak_in(site, doel, map_in_zip, LEESMIJ.format(versie=versie, pdf=pdf))
        if pdf_naar:
            pdf_naar.mkdir(parents=True, exist_ok=True)
            for bestand in sorted((site / pdf).parent.glob("*.pdf")) + sorted((site / DOWNLOADS).glob("*.*")):
                shutil.copy2(bestand, pdf_naar / bestand.name)
        if uitgepakt:
            shutil.rmtree(uitgepakt, ignore_errors=True)
            shutil.copytree(site, uitgepakt, ignore=shutil.ignore_patterns(*WEGLATEN))
    return doel


def main() -> int:
    p = argparse.ArgumentParser(description="Maak de offline-editie (website en pdf) als zip in dist/.")
    p.add_argument("--dist", default=str(ROOT / "dist"), help="map voor de zip (standaard: dist/)")
    p.add_argument("--pdf-naar", help="kopieer ook de pdf's (boek en losse hulpmiddelen) naar deze map")
    p.add_argument("--uitgepakt", help="zet de uitgepakte offline-editie ook in deze map (voorbeeld voor beoordelaars)")
    a = p.parse_args()
    doel = maak_offline(Path(a.dist).resolve(), pdf_naar=Path(a.pdf_naar).resolve() if a.pdf_naar else None,
                        uitgepakt=Path(a.uitgepakt).resolve() if a.uitgepakt else None)
    print(f"Offline-editie: {doel.relative_to(ROOT) if doel.is_relative_to(ROOT) else doel} "
          f"({doel.stat().st_size / 1e6:.1f} MB). Uitpakken en index.html openen.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
