"""Hook: the PDF as a designed print edition (see boek.py for the shape of the book).

mkdocs-to-pdf numbers the headings and writes a flat table of contents (`make_indexes`);
this hook puts `boek.maak_boek` in its place, with the navigation as the plan and
handreiking/druk/sjablonen/boek.scss as the only stylesheet. Pages listed under `exclude_pages` in
the to-pdf block of mkdocs.yml are not in the book. Only active when the PDF is built.
"""

from __future__ import annotations

import logging
from pathlib import Path

import jinja2
import sass

from handreiking import controles as c
from handreiking.druk import boek, papier
from handreiking.web.bronnen import _sorteer

PDF_MAP = Path(__file__).resolve().parent / "sjablonen"
FONTS = Path(__file__).resolve().parents[2] / "overrides" / "assets" / "fonts"
log = logging.getLogger("mkdocs.hooks.drukeditie")
_staat: dict = {}


def on_config(config):
    plugin = config.plugins.get("to-pdf")
    _staat.clear()
    if plugin is None or not getattr(plugin, "enabled", False):
        return config
    import mkdocs_to_pdf.generator as generator

    _staat.update(versie=str(config.extra.get("version", "")),
                  labels=bronlabels(config.docs_dir))
    generator.make_indexes = _maak_boek
    generator.HTML = met_paginanummers(generator.HTML)
    return config


def met_paginanummers(basis):
    """The plugin's HTML class (pdf.py's: tagged, safe, atomic), laid out twice: first with
    placeholders for the page numbers, then with the pages that layout gave. The second
    layout equals the first (see boek.py); a third follows only if a number still moved."""
    if getattr(basis, "drukeditie", False):
        return basis

    class BoekHTML(basis):
        drukeditie = True

        def __init__(self, *args, string=None, **kwargs):
            self._boek = (string, args, kwargs)
            super().__init__(*args, string=string, **kwargs)

        def render(self, *args, **options):
            string, a, kw = self._boek
            document = basis.render(self, *args, **options)
            if not string or boek.PLEK not in string:
                return document
            for ronde in (2, 3):
                string, veranderd = boek.vul_paginanummers(string, boek.paginas_van(document))
                if not veranderd:
                    return document
                log.info("Drukeditie: %s paginanummers ingevuld, opmaak %s", veranderd, ronde)
                document = basis.render(basis(*a, string=string, **kw), *args, **options)
            string, veranderd = boek.vul_paginanummers(string, boek.paginas_van(document))
            if veranderd:
                log.warning("Drukeditie: %s paginanummers in verwijzingen kloppen niet na drie keer opmaken", veranderd)
            return document

    return BoekHTML


def on_nav(nav, config, files):
    if _staat:
        _staat["plan"] = plan(nav.items)
    return nav


def bronlabels(docs_dir: str) -> dict[str, dict]:
    """Short citations per source id, in the order of the bibliography."""
    data = c.data_map(docs_dir)
    bronnen = sorted(c.lees_yaml(data / "bronnen.yml") or [], key=_sorteer)
    begrippen = c.lees_yaml(data / "begrippen.yml") or []
    afkortingen = {str(b["voluit"]).lower(): str(b["term"]) for b in begrippen if b.get("voluit")}
    return papier.bronlabels(bronnen, afkortingen)


def plan(items) -> list[dict]:
    """The navigation as nested dicts: {"titel", "pad", "index"} or {"titel", "kinderen"}."""
    uit = []
    for item in items:
        if item.is_section:
            uit.append({"titel": item.title, "kinderen": plan(item.children)})
        elif item.is_page:
            pad = item.url or "."
            uit.append({"titel": item.title, "pad": pad, "index": item.file.name == "index"})
    return uit


def stylesheet(naam: str, versie: str) -> str:
    """A print stylesheet from handreiking/druk/sjablonen, with the version and the embedded font."""
    bron = f'$versie: "{versie}";\n' + (PDF_MAP / naam).read_text("utf-8")
    css = sass.compile(string=bron, include_paths=[str(PDF_MAP)], output_style="compressed")
    return papier.fontface_css(FONTS) + "\n" + css


def sjablonen() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(PDF_MAP), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True)


def _maak_boek(soup, options) -> None:
    glyphs = papier.glyphs_van(papier.lettertypen(FONTS))
    feiten = boek.maak_boek(soup, _staat.get("plan", []), sjablonen(),
                            stylesheet("boek.scss", _staat["versie"]), _staat["labels"], glyphs)
    boek.GEMAAKT.clear()
    boek.GEMAAKT.update(feiten)
    log.info("Drukeditie: %s hoofdstukken, %s bronnen geciteerd", feiten["hoofdstukken"], feiten["bronnen"])
    for teken in feiten["ontbreekt"]:
        log.warning("Drukeditie: het teken %s staat niet in het lettertype van de pdf (Source Sans 3) — "
                    "schrijf het anders of voeg een vervanging toe in handreiking/druk/papier.py (VERVANG_TEKEN)", teken)
