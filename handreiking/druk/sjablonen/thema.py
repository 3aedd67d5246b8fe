"""mkdocs-to-pdf theme handler: no Material print styles and no PDF button from the
plugin. The book has its own stylesheet (boek.scss, set by handreiking/druk/drukeditie.py)
and the site shows its own "Download als pdf" link, also while serving."""


def get_stylesheet(debug_html: bool) -> str:
    return ""


def get_script_sources() -> list[str]:
    return []


def inject_link(html, href, page, logger):
    return html
