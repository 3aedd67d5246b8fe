"""Hook: practice examples (docs/praktijkvoorbeelden/*.md) listed where they belong.

- Adds every example to the navigation (sorted: real practice first, then fictional cases).
- Generates the overview page praktijkvoorbeelden/index.md in memory: every example once,
  in one table that a small script filters by pillar, role and kind.
- Replaces the marker `<!-- praktijkvoorbeelden pijler=N -->` in any page with the
  examples of pillar N; an unknown pillar stops the build.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from handreiking import controles as c

MAP = "praktijkvoorbeelden"
OVERZICHT = f"{MAP}/index.md"
MARKER = re.compile(r"<!--\s*praktijkvoorbeelden\s+pijler=(\S+)\s*-->")
_voorbeelden: list[dict] = []
_vocab: dict = {}


def on_config(config):
    global _voorbeelden, _vocab
    _vocab = c.lees_vocabulaire(config.docs_dir)
    _voorbeelden = lees_voorbeelden(Path(config.docs_dir))
    voeg_toe_aan_nav(config.nav, [v["pad"] for v in _voorbeelden])
    return config


def on_files(files, config):
    files.append(File.generated(config, OVERZICHT, content=overzicht(_voorbeelden, _vocab)))
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri == OVERZICHT:
        page.edit_url = None  # generated: there is no source file to edit
    def vervang(m):
        try:
            pijler = int(m.group(1))
        except ValueError:
            pijler = None
        if pijler not in {p["nummer"] for p in _vocab["pijlers"]}:
            raise PluginError(f"docs/{page.file.src_uri}: onbekende pijler '{m.group(1)}' in de markering "
                              f"'{m.group(0)}' — gebruik pijler=1, 2, 3 of 4")
        return lijst_voor_pijler(_voorbeelden, pijler, posixpath.dirname(page.file.src_uri))
    return MARKER.sub(vervang, markdown)


def lees_voorbeelden(docs: Path) -> list[dict]:
    """Front matter of every example, with its path; unreadable pages are skipped
    here (the voorpagina hook reports them)."""
    uit = []
    for pad in sorted((docs / MAP).glob("*.md")):
        if pad.name == "index.md":
            continue
        try:
            meta, _, _ = c.splits_voorpagina(pad.read_text(encoding="utf-8"), str(pad))
        except c.InhoudFout:
            meta = {}
        meta = dict(meta)
        meta["pad"] = f"{MAP}/{pad.name}"
        meta.setdefault("titel", pad.stem)
        uit.append(meta)
    return sorted(uit, key=lambda v: (v.get("soort") != "praktijk", str(v["titel"]).lower()))


def voeg_toe_aan_nav(nav: list, paden: list[str]) -> None:
    """Append the example pages to the nav section that holds the overview page."""
    for item in nav or []:
        if isinstance(item, dict):
            for waarde in item.values():
                if isinstance(waarde, list):
                    if OVERZICHT in waarde:
                        waarde.extend(p for p in paden if p not in waarde)
                        return
                    voeg_toe_aan_nav(waarde, paden)


_md = c.markdown_tekst  # titles and places come from front matter: plain text only


def _pijlers(v: dict) -> list:
    return c.als_lijst(v.get("pijlers"))


def _soort(v: dict) -> str:
    return "Praktijk" if v.get("soort") == "praktijk" else "Casus (fictief)"


def _rollen(v: dict, vocab: dict) -> str:
    namen = {r["id"]: r["naam"] for r in vocab["rollen"]}
    doelgroep = v.get("doelgroep") or []
    return ", ".join(str(namen.get(r, r)) if isinstance(r, str) else str(r)
                     for r in c.als_lijst(doelgroep))


def lijst_voor_pijler(voorbeelden: list[dict], pijler: int, vanuit: str) -> str:
    """Markdown list of the examples of one pillar, linked relative to `vanuit`."""
    regels = [f"- [{_md(v['titel'])}]({posixpath.relpath(v['pad'], vanuit or '.')}) — {_soort(v)}, "
              f"{_md(v.get('locatie', ''))}" for v in voorbeelden if pijler in _pijlers(v)]
    return "\n".join(regels) if regels else "Voor deze pijler zijn nog geen praktijkvoorbeelden opgenomen."


def overzicht(voorbeelden: list[dict], vocab: dict) -> str:
    """The generated overview page: one table with every example once, its kind, pillars,
    place and roles. assets/javascripts/voorbeelden.js adds a filter (pillar, role, kind)
    on top; without JavaScript, and in the PDF, the whole table shows."""
    datums = [v["laatst_gecontroleerd"] for v in voorbeelden if v.get("laatst_gecontroleerd")]
    delen = [
        "---",
        "beschrijving: Alle praktijkvoorbeelden en fictieve casussen in één lijst, met soort, pijler, locatie en doelgroep.",
        "paginatype: hoofdstuk",
        "eigenaar: Redactie handreiking",
        f"laatst_gecontroleerd: {max(datums) if datums else '2026-11-29'}",
        "---",
        "",
        "# Praktijkvoorbeelden",
        "",
        "Hier staan voorbeelden uit de praktijk en fictieve casussen.",
        "Een **praktijkvoorbeeld** beschrijft een echt initiatief en noemt de bronnen.",
        "Een **casus (fictief)** is verzonnen om over te praten in een teamoverleg of training.",
        "Elk voorbeeld staat één keer in de lijst; de kolom *Pijler* zegt bij welke pijlers het hoort.",
        "",
    ]
    if not voorbeelden:
        return "\n".join(delen + ["Er zijn nog geen voorbeelden opgenomen."]) + "\n"
    delen += ['<div class="hr-voorbeelden" markdown>', "",
              "| Voorbeeld | Soort | Pijler | Locatie | Voor wie |", "| --- | --- | --- | --- | --- |"]
    delen += [f"| [{_md(v['titel'])}]({posixpath.basename(v['pad'])}) | {_soort(v)} "
              f"| {', '.join(str(p) for p in _pijlers(v))} | {_md(v.get('locatie', ''))} "
              f"| {_md(_rollen(v, vocab))} |" for v in voorbeelden]
    delen += ["", "</div>"]
    return "\n".join(delen) + "\n"
