"""Hook: one pictogram per role, from the field `icoon` of the roles in vocabulaire.yml.

The icons are Material's bundled SVG icons (pymdownx.emoji with Material's `to_svg`, see
mkdocs.yml): inline, offline, and printed by WeasyPrint. They go, as emoji shortcodes
(`:material-account-group:`) in the Markdown, on:
- a werkkaart or leesroute (front matter `rol:`): a line with the icon and the role under the title;
- a list item that links to such a page (the reading routes overview);
- a table row whose first cell is a role's name ("Wie doet wat").
On the home page only the role tiles get an icon (tegels.py). The icon is decoration next to
the role's name, which is always written out: on screen it is hidden from assistive
technology; on paper it is a figure whose alternative text names the role (PDF/UA wants one),
and it is drawn as inline SVG (class hr-icoon, so the PDF plugin does not turn it into an
<img> without alt text). An icon name that Material does not have stops the build with the file.
"""

from __future__ import annotations

import html as html_lib
import posixpath
import re
from pathlib import Path

import material
from mkdocs.exceptions import PluginError

from handreiking import controles as c
from handreiking.web import tegels

ICONEN = Path(material.__file__).parent / "templates" / ".icons"
_rollen: dict[str, dict] = {}   # id -> {"naam", "icoon"}
_namen_per_tekening: dict[str, str] = {}   # the path of an icon's SVG -> the role's name
_PAD = re.compile(r'<path d="([^"]+)"')
_ICOON = re.compile(r'<span class="twemoji">(<svg\b[^>]*)>(.*?</svg>)</span>', re.S)
_TITEL = re.compile(r"^# .*$")
_LINK = re.compile(r"^(\s*[-*] )\[([^\]]+)\]\(([^)#\s]+\.md)(#[^)]*)?\)")
_RIJ = re.compile(r"^\|\s*([^|]+?)\s*\|")


def on_config(config):
    global _rollen
    vocab = c.lees_vocabulaire(config.docs_dir)
    _rollen = {r["id"]: {"naam": str(r["naam"]), "icoon": r.get("icoon")} for r in vocab.get("rollen", [])}
    _namen_per_tekening.clear()
    for rol_id, r in _rollen.items():
        if r["icoon"] and not bestaat(r["icoon"]):
            raise PluginError(f"docs/_data/vocabulaire.yml: rol '{rol_id}' heeft het onbekende icoon '{r['icoon']}' "
                              "— kies een naam uit de iconen van Material, zoals material-account-group")
        if r["icoon"]:
            m = _PAD.search(_bestand(r["icoon"]).read_text("utf-8"))
            if m:
                _namen_per_tekening[m.group(1)] = r["naam"]
    return config


def _bestand(icoon: str) -> Path | None:
    """'material-account-group' -> material/templates/.icons/material/account-group.svg"""
    delen = icoon.split("-")
    for i in range(1, len(delen)):
        pad = ICONEN.joinpath(*delen[:i]) / ("-".join(delen[i:]) + ".svg")
        if pad.is_file():
            return pad
    return None


def bestaat(icoon: str) -> bool:
    return _bestand(icoon) is not None


def on_page_content(html, page, config, files):
    return als_pictogram(html)


def als_pictogram(html: str) -> str:
    """A role's icon: hidden on screen, named on paper (its <title> becomes the PDF's /Alt)."""
    def vervang(m: re.Match) -> str:
        pad = _PAD.search(m.group(2))
        naam = _namen_per_tekening.get(pad.group(1)) if pad else None
        if naam is None:
            return m.group(0)
        return (f'<span class="hr-icoon">{m.group(1)} aria-hidden="true" focusable="false">'
                f'<title>Pictogram {html_lib.escape(naam)}</title>{m.group(2)}</span>')

    return _ICOON.sub(vervang, html)


def on_page_markdown(markdown, page, config, files):
    def rol_van(pad: str) -> str | None:
        doel = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), pad))
        f = files.get_file_from_path(doel)
        if f is None or not f.content_string.startswith("---"):
            return None
        try:
            meta = c.splits_voorpagina(f.content_string, doel)[0]
        except c.InhoudFout:
            return None
        return meta.get("rol") if isinstance(meta.get("rol"), str) else None

    if page.file.src_uri == tegels.STARTPAGINA:
        return tegels.met_iconen(markdown, rol_van, {i: r["icoon"] for i, r in _rollen.items() if r.get("icoon")})
    return met_iconen(markdown, page.meta.get("rol"), rol_van)


def icoon(rol_id) -> str:
    r = _rollen.get(rol_id) if isinstance(rol_id, str) else None
    return f":{r['icoon']}:" if r and r.get("icoon") else ""


def met_iconen(markdown: str, eigen_rol, rol_van) -> str:
    """The Markdown with role icons on the title line, role links and role table rows."""
    namen = {}
    for rol_id, r in _rollen.items():
        namen[r["naam"].lower()] = rol_id
        namen[r["naam"].lower().removesuffix("s")] = rol_id
    regels = markdown.split("\n")
    titel_gedaan = False
    for nr, regel in c.regels_buiten_code(markdown, -1):
        if not titel_gedaan and _TITEL.match(regel):
            titel_gedaan = True
            if icoon(eigen_rol):
                regels[nr] = (regel + f'\n\n<p class="hr-rol" markdown>{icoon(eigen_rol)} '
                              f'{_rollen[eigen_rol]["naam"]}</p>\n')
            continue
        m = _LINK.match(regel)
        if m and icoon(rol_van(m.group(3))):
            regels[nr] = m.group(1) + icoon(rol_van(m.group(3))) + " " + regel[len(m.group(1)):]
            continue
        m = _RIJ.match(regel)
        if m and m.group(1).lower() in namen and not set(m.group(1)) <= set("-: "):
            rol_id = namen[m.group(1).lower()]
            regels[nr] = regel[:m.start(1)] + icoon(rol_id) + " " + regel[m.start(1):]
    return "\n".join(regels)
