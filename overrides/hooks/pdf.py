"""Hook: make the PDF of mkdocs-to-pdf accessible and never half-written.

mkdocs-to-pdf renders the combined HTML with WeasyPrint but sets no language, no
PDF/UA tagging and writes straight to the target. This hook gives the plugin a
WeasyPrint `HTML` class that (1) prepares the combined HTML for print with the pure
function `voor_print`, (2) renders once with `pdf_variant="pdf/ua-1"` (tagged,
/Lang, title shown), and (3) writes to a temporary file that replaces the PDF only
when complete.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import weasyprint
from bs4 import BeautifulSoup

PDF_VARIANT = "pdf/ua-1"
_titel = ""


def on_config(config):
    global _titel
    _titel = config.site_name
    try:
        import mkdocs_to_pdf.generator as generator
    except ImportError:  # the PDF plugin is not installed: nothing to patch
        return config
    generator.HTML = TaggedHTML
    return config


def on_files(files, config):
    """The PDF templates in overrides/pdf/ are for the plugin, not for the website."""
    for f in list(files):
        if f.src_uri.startswith("pdf/") and f.abs_src_path and "overrides" in Path(f.abs_src_path).parts:
            files.remove(f)
    return files


class TaggedHTML(weasyprint.HTML):
    """WeasyPrint HTML that renders as tagged PDF/UA-1 and writes atomically."""

    def __init__(self, *args, string=None, **kwargs):
        if string is not None:
            string = voor_print(string, _titel)
        super().__init__(*args, string=string, **kwargs)

    def render(self, *args, **options):
        options.setdefault("pdf_variant", PDF_VARIANT)
        document = super().render(*args, **options)
        schrijf = document.write_pdf

        def write_pdf(target=None, *a, **kw):
            kw.setdefault("pdf_variant", PDF_VARIANT)
            if target is None:
                return schrijf(None, *a, **kw)
            tijdelijk = Path(f"{target}.deel")
            schrijf(str(tijdelijk), *a, **kw)
            os.replace(tijdelijk, target)
            return None

        document.write_pdf = write_pdf
        return document


def voor_print(html: str, titel: str, taal: str = "nl") -> str:
    """Prepare the combined HTML for print: language, title, no web-only parts,
    flattened tabs, external URLs readable on paper."""
    soup = BeautifulSoup(html, "html.parser")
    root = soup.find("html")
    if root is not None:
        root["lang"] = taal
    head = soup.find("head")
    if head is not None:
        for t in head.find_all("title"):
            t.decompose()
        nieuw = soup.new_tag("title")
        nieuw.string = titel
        head.insert(0, nieuw)
        # Keep stylesheets; scripts, icons and other links are of no use on paper.
        for el in head.find_all(["script", "link"]):
            if el.name == "script" or "stylesheet" not in (el.get("rel") or []):
                el.decompose()
    for el in soup.select(".hr-web, script"):
        el.decompose()
    for tabs in soup.select("div.tabbed-set"):
        labels = [lab.get_text(" ", strip=True) for lab in tabs.select(".tabbed-labels label, label")]
        blokken = tabs.select(".tabbed-block") or tabs.select(".tabbed-content")
        vervanging = soup.new_tag("div", attrs={"class": "hr-tabs-print"})
        for label, blok in zip(labels, blokken):
            kop = soup.new_tag("p", attrs={"class": "hr-tablabel"})
            kop.string = label
            vervanging.append(kop)
            blok.name = "div"
            blok["class"] = ["hr-tabblok"]
            vervanging.append(blok)
        tabs.replace_with(vervanging)
    for a in soup.find_all("a", href=True):
        href = a["href"]
        if re.match(r"^https?://", href) and a.get_text(strip=True) != href:
            a["class"] = (a.get("class") or []) + ["hr-extern"]
    return str(soup)
