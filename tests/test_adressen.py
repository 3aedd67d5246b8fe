"""Moved pages keep their address: every address the site ever had still answers, as a
page or as a redirect, and every page the site has now is on the list that guards this."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT

LIJST = ROOT / "tests" / "gepubliceerde-adressen.txt"


def gepubliceerd() -> list[str]:
    return [r.strip() for r in LIJST.read_text("utf-8").splitlines() if r.strip() and not r.startswith("#")]


def html_van(site: Path, adres: str) -> Path:
    return site / ("" if adres == "/" else adres) / "index.html"


def test_elk_oud_adres_werkt_nog(site):
    weg = [a for a in gepubliceerd() if not html_van(site, a).is_file()]
    assert not weg, (f"deze adressen werken niet meer: {weg} — geef elke verhuisde pagina een doorverwijzing "
                     "in mkdocs.yml (plugins → redirects → redirect_maps)")


def test_elke_pagina_staat_op_de_lijst(site):
    bekend = set(gepubliceerd())
    nu = {("/" if p.parent == site else p.parent.relative_to(site).as_posix() + "/")
          for p in site.rglob("index.html") if p.parent.relative_to(site).parts[:1] not in (("assets",), ("search",))}
    nieuw = sorted(nu - bekend)
    assert not nieuw, f"zet deze nieuwe adressen in tests/gepubliceerde-adressen.txt, zodat ze bewaakt blijven: {nieuw}"


def test_een_doorverwijzing_wijst_naar_een_bestaande_pagina(site):
    for adres in gepubliceerd():
        html = html_van(site, adres).read_text("utf-8")
        if "Redirecting..." in html:
            doel = html.split('http-equiv="refresh" content="0; url=', 1)[1].split('"', 1)[0]
            assert (html_van(site, adres).parent / doel / "index.html").resolve().is_file(), f"{adres} → {doel}"


def test_sitemap_en_canonieke_links(site):
    """Published with a site_url: the sitemap lists every page with its full address, and
    every page names its canonical address (search engines, shared links)."""
    import re

    basis = re.search(r'site_url: !ENV \[HANDREIKING_SITE_URL, "([^"]+)"\]',
                      (ROOT / "mkdocs.yml").read_text("utf-8")).group(1)
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    adressen = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    paginas = [p for p in site.rglob("index.html")
               if p.parent.relative_to(site).parts[:1] not in (("assets",), ("search",))
               and "Redirecting..." not in p.read_text("utf-8")]
    assert len(paginas) > 60
    for pad in paginas:
        pad_in_site = pad.parent.relative_to(site).as_posix()
        verwacht = basis + ("" if pad_in_site == "." else pad_in_site + "/")
        assert verwacht in adressen, f"{verwacht} staat niet in sitemap.xml"
        assert f'<link rel="canonical" href="{verwacht}">' in pad.read_text("utf-8"), f"{pad_in_site}: canonieke link"
