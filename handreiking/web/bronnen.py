"""Hook: the bronnenlijst and the numbered source notes, from one data file
(docs/_data/bronnen.yml).

- The marker `<!-- bronnenlijst -->` becomes the list of sources, each with an anchor
  (`#<id>`). Front matter `bronnen:` uses the same ids.
- A note `[^<id>]` in a page, with an id from bronnen.yml, cites that source: the hook
  writes the note's text (author, year, title, link to the bronnenlijst) and puts the
  notes under a heading "Bronnen" at the end of the page. An unknown id stops the build.
"""

from __future__ import annotations

import html
import posixpath
import re

from handreiking import controles as c

MARKER = "<!-- bronnenlijst -->"
VERPLICHT = ("id", "auteurs", "jaar", "titel", "soort")
_bronnen: list[dict] = []
NOOT = re.compile(r"\[\^([^\]\s]+)\]")  # a definition '[^x]:' at the start of a line is not a note
NOOT_DEFINITIE = re.compile(r"^\[\^([^\]\s]+)\]:", re.M)
NOTEN_PLEK = "///Footnotes Go Here///"  # the footnotes extension's PLACE_MARKER


def on_config(config):
    global _bronnen
    _bronnen = c.lees_gegevens(config.docs_dir, "bronnen.yml", c.controleer_bronnen, leeg=[])
    return config


def on_page_markdown(markdown, page, config, files):
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, bronnenlijst(_bronnen))
    try:
        return met_bronnoten(markdown, {b["id"]: b for b in _bronnen}, page.file.src_uri)
    except ValueError:
        # controles.controleer_noten reports the note with its line (counted from the top of
        # the file); the build goes on to find every other mistake and stops in on_env.
        return markdown


def met_bronnoten(markdown: str, bronnen: dict[str, dict], src_uri: str) -> str:
    """Write the text of every source note `[^id]` and place the notes under "Bronnen".

    Notes the page defines itself (`[^x]: ...`) are left alone. An id that is neither
    defined nor in bronnen.yml raises ValueError with the line and the fix.
    """
    eigen = set(NOOT_DEFINITIE.findall(markdown))
    gebruikt = []
    zonder_commentaar = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), markdown, flags=re.S)
    for nr, regel in enumerate(zonder_commentaar.splitlines(), start=1):
        zonder_code = re.sub(r"`[^`]*`", "", regel)
        for m in NOOT.finditer(zonder_code):
            noot = m.group(1)
            if not zonder_code[:m.start()].strip() and zonder_code[m.end():m.end() + 1] == ":":
                continue  # '[^x]: …' defines the note
            if noot in eigen or noot in gebruikt:
                continue
            if noot not in bronnen:
                raise ValueError(f"regel {nr} (zonder voorpagina): onbekende bron '[^{noot}]' — gebruik een id "
                                 "uit docs/_data/bronnen.yml of voeg de bron daar eerst toe")
            gebruikt.append(noot)
    if not gebruikt:
        return markdown
    naar_lijst = posixpath.relpath("over/bronnen.md", posixpath.dirname(src_uri) or ".")
    noten = "\n".join(f"[^{i}]: {bronnoot(bronnen[i], naar_lijst)}" for i in gebruikt)
    if NOTEN_PLEK not in markdown:
        markdown = f"{markdown.rstrip()}\n\n## Bronnen {{ #bronnen .hr-bronnen }}\n\n{NOTEN_PLEK}"
    return f"{markdown.rstrip()}\n\n{noten}\n"


_md = c.markdown_tekst  # plain text for inside Markdown: no accidental emphasis, links or HTML


def bronnoot(b: dict, naar_lijst: str) -> str:
    """A source note: Auteurs (jaar). *Titel*. → the entry in the bronnenlijst."""
    titel = _md(b["titel"])
    return (f"{_md(b['auteurs'])} ({_md(b['jaar'])}). *{titel}*{punt_na(b['titel'])} "
            f"[Naar de bronnenlijst]({naar_lijst}#{b['id']})")


def punt_na(tekst) -> str:
    """The full stop after a title, unless it already ends in one (or in ? or !)."""
    return "" if str(tekst).rstrip().endswith(("?", "!", ".")) else "."


def valideer(bronnen: list[dict]) -> list[str]:
    """Dutch messages for bad data (the checks live in controles.controleer_bronnen)."""
    return [f"{b.wat} — {b.oplossing}" for b in c.controleer_bronnen(bronnen)]


def _sorteer(b: dict):
    return (str(b["auteurs"]).lower(), str(b["jaar"]))


def bronvermelding(b: dict) -> str:
    """One source as HTML: auteurs (jaar). Titel. Uitgave. Link. [opmerking]"""
    e = html.escape
    delen = [f"{e(str(b['auteurs']))} ({e(str(b['jaar']))}). <em>{e(str(b['titel']))}</em>{punt_na(b['titel'])}"]
    if b.get("uitgave"):
        delen.append(f"{e(str(b['uitgave']))}{punt_na(b['uitgave'])}")
    if b.get("url"):
        delen.append(f'<a href="{e(b["url"], quote=True)}">{e(b["url"])}</a>')
    if b.get("opmerking"):
        # an editorial note: on the site, never in print (papier.alleen_web removes it)
        delen.append(f'<span class="hr-alleen-web">[{e(str(b["opmerking"]))}]</span>')
    return " ".join(delen)


def bronnenlijst(bronnen: list[dict]) -> str:
    items = "\n".join(f'<li id="{html.escape(b["id"], quote=True)}">{bronvermelding(b)}</li>'
                      for b in sorted(bronnen, key=_sorteer))
    return f'<ul class="hr-bronnenlijst">\n{items}\n</ul>'
