"""The MkDocs entry points: one plugin per behaviour, each a thin shell around a module.

A plugin here only forwards MkDocs events (`on_config`, `on_page_markdown`, …) to the
module that does the work, so the modules stay plain functions that tests import.
The plugins are registered in pyproject.toml (`[project.entry-points."mkdocs.plugins"]`)
and listed under `plugins:` in mkdocs.yml, in the order they run.
"""

from __future__ import annotations

from types import ModuleType

from mkdocs.plugins import BasePlugin

from handreiking.druk import drukeditie, handouts, pdf
from handreiking.kantoor import downloads
from handreiking.locatie import editie
from handreiking.opschonen import veilig
from handreiking.web import (
    begrippen,
    bellen,
    bijgewerkt,
    bronnen,
    compact,
    figuren,
    inhetkort,
    markeringen,
    meldingen,
    praktijkvoorbeelden,
    roliconen,
    typografie,
    voorpagina,
    voorvertoning,
    zelfscan,
)
from handreiking.zoeken import zoektermen


def _plugin(module: ModuleType) -> type[BasePlugin]:
    """A plugin class whose event methods are the module's `on_*` functions (with their
    `event_priority`, which MkDocs reads from the function)."""
    events = {naam: staticmethod(getattr(module, naam)) for naam in dir(module) if naam.startswith("on_")}
    naam = module.__name__.rsplit(".", 1)[-1].capitalize()
    return type(naam, (BasePlugin,), {"__doc__": module.__doc__, **events})


Meldingen = _plugin(meldingen)
Veilig = _plugin(veilig)
Voorvertoning = _plugin(voorvertoning)
Voorpagina = _plugin(voorpagina)
Begrippen = _plugin(begrippen)
Bronnen = _plugin(bronnen)
Praktijkvoorbeelden = _plugin(praktijkvoorbeelden)
Zelfscan = _plugin(zelfscan)
InHetKort = _plugin(inhetkort)
RolIconen = _plugin(roliconen)
Figuren = _plugin(figuren)
Markeringen = _plugin(markeringen)
Locatie = _plugin(editie)
Kantoor = _plugin(downloads)
Bellen = _plugin(bellen)
Typografie = _plugin(typografie)
Bijgewerkt = _plugin(bijgewerkt)
Zoektermen = _plugin(zoektermen)
Pdf = _plugin(pdf)


class Drukeditie(BasePlugin[drukeditie.Instellingen]):
    """The print edition (drukeditie.py): its options are checked by MkDocs."""

    def on_config(self, config):
        return drukeditie.on_config(config, self.config)

    def on_nav(self, nav, config, files):
        return drukeditie.on_nav(nav, config, files)

    def on_post_page(self, output, page, config):
        return drukeditie.on_post_page(output, page, config)

    def on_post_build(self, config):
        drukeditie.on_post_build(config, self.config)


Handouts = _plugin(handouts)
Compact = _plugin(compact)
