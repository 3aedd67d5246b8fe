"""Hook: search that finds what readers mean, in Material's own search index.

After the search plugin has written search/search_index.json, this hook rewrites it:
- the front matter `zoektermen` of a page and the best answers (`beste_antwoorden`) of
  docs/_data/synoniemen.yml go into a hidden field `zoektermen` of the page entry;
- per section, the words readers type for the words the section uses (`synoniemen`) go
  into a hidden field `synoniemen`: "angstig" finds the section that says "bang";
- the labels (pillar, roles) move from `tags` to a hidden field `labels` on the page entry
  only, so result cards show no tag pills and a label cannot outrank a title;
- the source notes ("Bronnen" at the end of each page), the footnote numbers and the pages
  in ZONDER_ZOEKEN leave the index: smaller, and no hits on the titles of sources.
The weights of the hidden fields are set in mkdocs.yml (plugins > search > fields).
Readers, the page HTML and the PDF never see these words.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from handreiking import controles as c

BESTAND = "docs/_data/synoniemen.yml"
# Pages left out of the index, each with its reason.
ZONDER_ZOEKEN = {
    "over/bronnen/": "de bronnenlijst (ruim 10% van de index): elke bron staat al als bronnoot op de pagina die "
                     "haar gebruikt, en titels van bronnen gaven valse treffers",
    "over/trefwoorden/": "alleen paginatitels per label, die de zoekfunctie al kent",
}
VELDEN = ("zoektermen", "synoniemen", "labels")
_synoniemen: dict[str, list[str]] = {}
_beste: dict[str, list[str]] = {}      # src_uri -> search words
_per_pagina: dict[str, dict] = {}      # page url -> {"zoektermen": [...], "labels": [...]}


def on_config(config):
    global _synoniemen, _beste
    zoeken = config.plugins.get("material/search")
    velden = zoeken.config.fields if zoeken else {}
    ontbreekt = [v for v in VELDEN if zoeken and v not in velden]
    if ontbreekt:
        raise PluginError(f"mkdocs.yml: zet de zoekvelden {', '.join(ontbreekt)} met een 'boost' onder "
                          "plugins > search > fields — anders telt de zoekfunctie ze niet mee")
    data = c.lees_gegevens(config.docs_dir, "synoniemen.yml", controleer=valideer, leeg={})
    _synoniemen = {str(k).lower(): [str(w) for w in v] for k, v in (data.get("synoniemen") or {}).items()}
    _beste = {}
    for b in data.get("beste_antwoorden") or []:
        _beste.setdefault(b["pagina"], []).extend(str(w) for w in b["zoekwoorden"])
    return config  # _per_pagina is kept: `mkdocs serve --dirty` rebuilds only the changed page


def on_files(files, config):
    onbekend = [pad for pad in _beste if files.get_file_from_path(pad) is None]
    if onbekend:
        raise PluginError(f"{BESTAND}: beste_antwoorden noemt een pagina die niet bestaat: {', '.join(onbekend)} "
                          "— controleer het pad (vanaf de map docs/, met .md)")
    return files


def on_page_context(context, page, config, nav):
    _per_pagina[page.url] = {
        "zoektermen": zoektermen(page.meta.get("zoektermen")) + _beste.get(page.file.src_uri, []),
        "labels": [str(t) for t in page.meta.get("tags") or []],
    }
    return context


@event_priority(-100)  # after the search plugin has written the index
def on_post_build(config):
    pad = Path(config.site_dir) / "search" / "search_index.json"
    if not pad.is_file():
        return
    index = json.loads(pad.read_text("utf-8"))
    index["docs"] = verrijk(index["docs"], _per_pagina, _synoniemen)
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    pad.write_text(data, "utf-8")
    # The offline edition reads the same index as a script, written by Material's offline
    # plugin just before this hook: write it again from the rewritten index.
    script = pad.with_name("search_index.js")
    if script.is_file():
        script.write_text(f"var __index = {data}", "utf-8")


# -- Pure functions (tested in tests/test_hooks.py) ---------------------------------

def zoektermen(waarde) -> list[str]:
    """Normalise the front matter value to a list of words (a string or a list)."""
    if not waarde:
        return []
    if isinstance(waarde, str):
        waarde = waarde.split(",")
    return [str(t).strip() for t in waarde if str(t).strip()]


def valideer(data: dict) -> list[str]:
    """Dutch messages for a malformed synonym file."""
    fouten = []
    if not isinstance(data, dict):
        return ["het bestand moet de kopjes 'synoniemen' en 'beste_antwoorden' hebben"]
    for woord, doelen in (data.get("synoniemen") or {}).items():
        if not isinstance(doelen, list) or not doelen or not all(str(d).strip() for d in doelen):
            fouten.append(f"synoniemen > {woord}: zet rechts een lijst met woorden, bijvoorbeeld [bang, angst]")
    for i, b in enumerate(data.get("beste_antwoorden") or [], start=1):
        if not isinstance(b, dict) or not str(b.get("pagina") or "").endswith(".md"):
            fouten.append(f"beste_antwoorden {i}: 'pagina' ontbreekt — geef het pad vanaf docs/, met .md")
        elif not isinstance(b.get("zoekwoorden"), list) or not b["zoekwoorden"]:
            fouten.append(f"beste_antwoorden {i} ({b['pagina']}): 'zoekwoorden' ontbreekt — zet een lijst met woorden")
    return fouten


def platte_tekst(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def gevonden_synoniemen(tekst: str, synoniemen: dict[str, list[str]]) -> list[str]:
    """The search words whose target words occur in the text (whole words, any case)."""
    laag = f" {tekst.lower()} "
    return [woord for woord, doelen in synoniemen.items()
            if _heel_woord(tuple(d.lower() for d in doelen)).search(laag) and not _heel_woord((woord,)).search(laag)]


@functools.lru_cache(maxsize=4096)
def _heel_woord(woorden: tuple[str, ...]) -> re.Pattern:
    """One compiled pattern for any of these words as a whole word (compiled once per build,
    not once per index entry: the synonyms outnumber re's own cache)."""
    return re.compile(rf"(?<![\w&-])(?:{'|'.join(re.escape(w) for w in woorden)})(?![\w&-])")


def uniek(woorden: str) -> str:
    """Each word once (the first spelling), in order."""
    gezien, uit = set(), []
    for w in woorden.split():
        if w.lower() not in gezien:
            gezien.add(w.lower())
            uit.append(w)
    return " ".join(uit)


def verrijk(docs: list[dict], per_pagina: dict[str, dict], synoniemen: dict[str, list[str]]) -> list[dict]:
    """The index entries with hidden fields added and source notes removed."""
    uit = []
    for doc in docs:
        pagina, _, anker = doc["location"].partition("#")
        if anker == "bronnen" or pagina in ZONDER_ZOEKEN:
            continue
        doc = dict(doc)
        doc.pop("tags", None)
        doc["text"] = re.sub(r"\s+", " ", re.sub(r"<sup>\d+</sup>", "", doc["text"]))
        gevonden = gevonden_synoniemen(platte_tekst(f"{doc['title']} {doc['text']}"), synoniemen)
        if gevonden:
            doc["synoniemen"] = " ".join(gevonden)
        if not anker and pagina in per_pagina:
            extra = per_pagina[pagina]
            if extra["zoektermen"]:
                woorden = " ".join(extra["zoektermen"])
                doc["zoektermen"] = uniek(f"{woorden} {' '.join(gevonden_synoniemen(woorden, synoniemen))}")
            if extra["labels"]:
                doc["labels"] = " ".join(extra["labels"])
        uit.append(doc)
    return uit
