"""mkdocs-to-pdf theme handler: Material's print styles, without the plugin's own
PDF button (the site shows its own "Download als pdf" link, also while serving)."""

from mkdocs_to_pdf.themes import material


def get_stylesheet(debug_html: bool) -> str:
    return material.get_stylesheet(debug_html)


def get_script_sources() -> list[str]:
    return []


def inject_link(html, href, page, logger):
    return html
