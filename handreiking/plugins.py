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
from handreiking.opschonen import veilig
from handreiking.web import (
    begrippen,
    bellen,
    bijgewerkt,
    bronnen,
    compact,
    markeringen,
    meldingen,
    praktijkvoorbeelden,
    tegels,
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
Tegels = _plugin(tegels)
Markeringen = _plugin(markeringen)
Bellen = _plugin(bellen)
Bijgewerkt = _plugin(bijgewerkt)
Zoektermen = _plugin(zoektermen)
Pdf = _plugin(pdf)
Drukeditie = _plugin(drukeditie)
Handouts = _plugin(handouts)
Compact = _plugin(compact)
