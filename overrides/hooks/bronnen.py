"""Hook: the bronnenlijst from one data file (docs/_data/bronnen.yml).

The marker `<!-- bronnenlijst -->` becomes the list of sources, each with an anchor
(`#<id>`) that chapters link to. Front matter `bronnen:` uses the same ids.
"""

from __future__ import annotations

import html

from mkdocs.exceptions import PluginError

import controles as c

MARKER = "<!-- bronnenlijst -->"
VERPLICHT = ("id", "auteurs", "jaar", "titel", "soort")
_bronnen: list[dict] = []


def on_config(config):
    global _bronnen
    try:
        _bronnen = c.lees_yaml(c.data_map(config.docs_dir) / "bronnen.yml", "docs/_data/bronnen.yml") or []
    except c.InhoudFout as e:
        raise PluginError(str(e)) from None
    fouten = valideer(_bronnen)
    if fouten:
        raise PluginError("docs/_data/bronnen.yml:\n" + "\n".join(f"  {f}" for f in fouten))
    return config


def on_page_markdown(markdown, page, config, files):
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, bronnenlijst(_bronnen))
    return markdown


def valideer(bronnen: list[dict]) -> list[str]:
    fouten, ids = [], set()
    for i, b in enumerate(bronnen, start=1):
        for veld in VERPLICHT:
            if not str((b or {}).get(veld, "")).strip():
                fouten.append(f"bron {i} ({(b or {}).get('id', '?')}): het veld '{veld}' ontbreekt — vul het aan")
        if b and b.get("id") in ids:
            fouten.append(f"bron-id '{b['id']}' komt twee keer voor — maak de id uniek (bijvoorbeeld met a/b)")
        ids.add((b or {}).get("id"))
    return fouten


def _sorteer(b: dict):
    return (str(b["auteurs"]).lower(), str(b["jaar"]))


def bronvermelding(b: dict) -> str:
    """One source as HTML: auteurs (jaar). Titel. Uitgave. Link. [opmerking]"""
    e = html.escape
    delen = [f"{e(str(b['auteurs']))} ({e(str(b['jaar']))}). <em>{e(str(b['titel']))}</em>."]
    if b.get("uitgave"):
        delen.append(f"{e(str(b['uitgave']))}.")
    if b.get("url"):
        delen.append(f'<a href="{e(b["url"], quote=True)}">{e(b["url"])}</a>')
    if b.get("opmerking"):
        delen.append(f"[{e(str(b['opmerking']))}]")
    return " ".join(delen)


def bronnenlijst(bronnen: list[dict]) -> str:
    items = "\n".join(f'<li id="{html.escape(b["id"], quote=True)}">{bronvermelding(b)}</li>'
                      for b in sorted(bronnen, key=_sorteer))
    return f'<ul class="hr-bronnenlijst">\n{items}\n</ul>'
