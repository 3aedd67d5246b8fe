"""Content checks: pure functions that return Dutch findings (file, line, what, fix).

Used by the build (errors stop `mkdocs build`) and by `scripts/controleer.py` (`make check`).
One module per kind of input:

- basis: the finding and the shared helpers;       - codeblokken: which lines are code;
- gegevens: data files in docs/_data;              - voorpagina: front matter;
- markdown: the page body (images, headings, HTML); - tabellen: broken tables;
- titels: titles and generated text;               - begrippen: removed glossary terms;
- bestanden: files in docs/ (names, types, SVG);   - taal: prose, spelling, readability.
"""

from .basis import (
    FOUT,
    WAARSCHUWING,
    Bevinding,
    InhoudFout,
    _tekst,
    als_lijst,
    laad_yaml,
    onveilige_tekst,
    weigeren,
    yaml_reden,
)
from .begrippen import begrippen_uit_git, verwijderde_begrippen
from .bestanden import AFBEELDINGEN, GEGEVENS, MAX_BESTAND, controleer_bestanden, controleer_svg, voorgestelde_naam
from .codeblokken import regels_buiten_code
from .gegevens import (
    controleer_begrippen,
    controleer_bronnen,
    controleer_data,
    controleer_zelfscan,
    data_map,
    lees_gegevens,
    lees_vocabulaire,
    lees_yaml,
    yaml_met_regels,
)
from .markdown import (
    ONAFGESLOTEN,
    PLAATSHOUDERS,
    bouwcontroles,
    controleer_afbeeldingen,
    controleer_controledatum,
    controleer_html,
    controleer_koppen,
    controleer_plaatshouders,
    controleer_snippets,
    controleer_termen,
    zonder_foute_snippets,
)
from .schema import VELDEN, alleen_toegestane_velden, controleer_schema
from .taal import leesbaarheid, proza, woorden_voor_spelling
from .tabellen import controleer_tabellen
from .titels import controleer_titel, markdown_tekst, veilige_titel
from .voorpagina import controleer_voorpagina, splits_voorpagina, toegestane_labels

__all__ = [
    "FOUT",
    "WAARSCHUWING",
    "Bevinding",
    "InhoudFout",
    "als_lijst",
    "_tekst",
    "onveilige_tekst",
    "weigeren",
    "laad_yaml",
    "yaml_reden",
    "regels_buiten_code",
    "lees_yaml",
    "data_map",
    "lees_gegevens",
    "lees_vocabulaire",
    "yaml_met_regels",
    "controleer_bronnen",
    "controleer_begrippen",
    "controleer_zelfscan",
    "controleer_data",
    "splits_voorpagina",
    "toegestane_labels",
    "controleer_voorpagina",
    "VELDEN",
    "alleen_toegestane_velden",
    "controleer_schema",
    "controleer_tabellen",
    "controleer_afbeeldingen",
    "controleer_koppen",
    "PLAATSHOUDERS",
    "ONAFGESLOTEN",
    "controleer_plaatshouders",
    "controleer_html",
    "controleer_snippets",
    "zonder_foute_snippets",
    "controleer_controledatum",
    "controleer_termen",
    "bouwcontroles",
    "markdown_tekst",
    "controleer_titel",
    "veilige_titel",
    "begrippen_uit_git",
    "verwijderde_begrippen",
    "MAX_BESTAND",
    "AFBEELDINGEN",
    "GEGEVENS",
    "voorgestelde_naam",
    "controleer_svg",
    "controleer_bestanden",
    "proza",
    "leesbaarheid",
    "woorden_voor_spelling",
]
