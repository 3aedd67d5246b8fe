"""Hook: search that finds what readers mean, in Material's own search index.

After the search plugin has written search/search_index.json, this hook rewrites it:
- the front matter `zoektermen` of a page and the best answers (`beste_antwoorden`) of
  docs/_data/synoniemen.yml go into a hidden field `zoektermen` of the page entry;
- per section, the words readers type for the words the section uses (`synoniemen`) go
  into a hidden field `synoniemen`: "angstig" finds the section that says "bang";
- the labels (pillar, roles) move from `tags` to a hidden field `labels` on the page entry
  only, so result cards show no tag pills and a label cannot outrank a title;
- word forms and compounds from docs/_data/woordvormen.yml go into `synoniemen` too:
  "gescheiden" finds the section that says "scheiding", "reiskosten" the section with
  "reis" and "kosten", "kosten" the section with "reiskosten";
- each page entry gets one tag, its kind ("Hulpmiddel", "Casus", "Situatie"), which the
  result list shows as a label (zoeklabels in docs/_data/vocabulaire.yml);
- the source notes ("Bronnen" at the end of each page), the footnote numbers and the pages
  in ZONDER_ZOEKEN (the editors' pages among them) leave the index: smaller, and no hits on
  the titles of sources or on pages readers do not look for. Shared blocks (the safety box)
  carry data-search-exclude, so they are indexed on their own page only.
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
from handreiking.geheugen import onthoud, sleutel

BESTAND = "docs/_data/synoniemen.yml"
# Pages left out of the index, each with its reason.
ZONDER_ZOEKEN = {
    "redactie/": "de pagina's voor de redactie (werkwijze, techniek, prestaties): lezers zoeken die niet, "
                 "en ze gaven treffers op gewone woorden als 'doelen' of 'verbetering'",
    "over/bronnen/": "de bronnenlijst (ruim 10% van de index): elke bron staat al als bronnoot op de pagina die "
                     "haar gebruikt, en titels van bronnen gaven valse treffers",
    "over/trefwoorden/": "alleen paginatitels per label, die de zoekfunctie al kent",
}
# Pages indexed with their title and opening text only. Their sections repeat what other
# pages say (overviews, reading routes, the zelfscan statements point to the bouwstenen), or
# are about the publication itself: they gave false hits and made the index larger.
ALLEEN_PAGINA = {
    "aan-de-slag/zelfscan/": "de stellingen herhalen de bouwstenen van de pijlers, waar de zoekfunctie al naar wijst",
    "praktijkvoorbeelden/": "het overzicht herhaalt titel en samenvatting van elk praktijkvoorbeeld",
    "leesroutes/zorg/": "een leesroute is een lijst links naar pagina's die zelf gevonden worden",
    "leesroutes/directie-beleid/": "idem",
    "leesroutes/ketenpartners/": "idem",
    "leesroutes/trainer/": "idem",
    "over/colofon/": "wie de handreiking maakte en onder welke licentie",
    "over/toegankelijkheid/": "de toegankelijkheidsverklaring van de website",
    "over/privacy/": "de privacyverklaring van de website",
    "over/versiegeschiedenis/": "wat er per versie veranderde: noemt elk onderwerp nog eens",
}
VELDEN = ("zoektermen", "synoniemen", "labels")
_synoniemen: dict[str, list[str]] = {}
_beste: dict[str, list[str]] = {}      # src_uri -> search words
_per_pagina: dict[str, dict] = {}      # page url -> {"zoektermen": [...], "labels": [...], "soort": "..."}
_vormen: dict[str, list] = {}          # woordvormen.yml: families and samenstellingen
_zoeklabels: dict[str, dict] = {}      # vocabulaire.yml: zoeklabels


def on_config(config):
    global _synoniemen, _beste, _vormen, _zoeklabels
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
    _vormen = c.lees_gegevens(config.docs_dir, "woordvormen.yml", controleer=valideer_vormen, leeg={})
    _zoeklabels = (c.lees_gegevens(config.docs_dir, "vocabulaire.yml", leeg={}) or {}).get("zoeklabels") or {}
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
        "soort": soort_label(page.url, page.meta, _zoeklabels),
    }
    return context


@event_priority(-100)  # after the search plugin has written the index
def on_post_build(config):
    pad = Path(config.site_dir) / "search" / "search_index.json"
    if not pad.is_file():
        return
    index = json.loads(pad.read_text("utf-8"))
    index["docs"] = verrijk(index["docs"], _per_pagina, _synoniemen, _vormen)
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


def valideer_vormen(data: dict) -> list[str]:
    """Dutch messages for a malformed woordvormen.yml."""
    if not isinstance(data, dict):
        return ["het bestand moet de kopjes 'families' en 'samenstellingen' hebben"]
    fouten = []
    for i, familie in enumerate(data.get("families") or [], start=1):
        if not isinstance(familie, list) or len(familie) < 2 or not all(str(w).strip() for w in familie):
            fouten.append(f"families {i}: zet minstens twee woorden tussen haken, bijvoorbeeld [scheiden, gescheiden]")
    for woord, delen in (data.get("samenstellingen") or {}).items():
        if not isinstance(delen, list) or len(delen) < 2 or not all(str(d).strip() for d in delen):
            fouten.append(f"samenstellingen > {woord}: zet rechts de delen van het woord, bijvoorbeeld [reis, kosten]")
    return fouten


def soort_label(url: str, meta: dict, zoeklabels: dict) -> str:
    """The kind of a page for the result list: by soort, then folder, then paginatype."""
    soort = zoeklabels.get("soort", {}).get(str(meta.get("soort")))
    if soort:
        return soort
    mappen = [m for m in zoeklabels.get("map", {}) if url.startswith(m)]
    if mappen:
        return zoeklabels["map"][max(mappen, key=len)]
    return zoeklabels.get("paginatype", {}).get(str(meta.get("paginatype")), "")


@functools.cache
def _patroon(woord: str, deel: bool) -> re.Pattern:
    w = re.escape(woord.lower())
    return re.compile(rf"(?<![\w&-]){w}|{w}(?![\w&-])" if deel else rf"(?<![\w&-]){w}(?![\w&-])")


def _heel(woord: str, tekst: str) -> bool:
    return woord.lower() in tekst and _patroon(woord, False).search(tekst) is not None


def _deel(woord: str, tekst: str) -> bool:
    """The word as a whole word, or as the start or the end of a longer word."""
    return woord.lower() in tekst and _patroon(woord, True).search(tekst) is not None


def woordvormen(tekst: str, vormen: dict) -> list[str]:
    """The word forms and compounds that find this text but are not in it."""
    laag = f" {tekst.lower()} "
    uit = []
    for familie in vormen.get("families") or []:
        if any(_heel(str(w), laag) for w in familie):
            uit += [str(w) for w in familie if not _heel(str(w), laag)]
    for woord, delen in (vormen.get("samenstellingen") or {}).items():
        if str(woord).lower() in laag:  # the compound, also inside a longer word
            uit += [str(d) for d in delen if not _heel(str(d), laag)]
        elif all(_deel(str(d), laag) for d in delen):
            uit.append(str(woord))
    return uit


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


_gevonden: dict[bytes, list[str]] = {}  # per entry text and word lists, while `mkdocs serve` runs


def verrijk(docs: list[dict], per_pagina: dict[str, dict], synoniemen: dict[str, list[str]],
            vormen: dict | None = None) -> list[dict]:
    """The index entries with hidden fields added and source notes removed."""
    uit = []
    woorden_code = sleutel(repr((synoniemen, vormen or {})))
    for doc in docs:
        pagina, _, anker = doc["location"].partition("#")
        if anker == "bronnen" or any(pagina.startswith(p) for p in ZONDER_ZOEKEN) or (anker and pagina in ALLEEN_PAGINA):
            continue
        doc = dict(doc)
        doc.pop("tags", None)
        # Plain text: the result list shows a few lines of it, and markup is a fifth of the index.
        doc["text"] = platte_tekst(re.sub(r"<sup>\d+</sup>", "", doc["text"]))
        tekst = platte_tekst(f"{doc['title']} {doc['text']}")
        gevonden = list(onthoud(_gevonden, sleutel(tekst) + woorden_code,
                                lambda tekst=tekst: gevonden_synoniemen(tekst, synoniemen) + woordvormen(tekst, vormen or {})))
        if gevonden:
            doc["synoniemen"] = uniek(" ".join(gevonden))
        if not anker and pagina in per_pagina:
            extra = per_pagina[pagina]
            if extra["zoektermen"]:
                woorden = " ".join(extra["zoektermen"])
                doc["zoektermen"] = uniek(f"{woorden} {' '.join(gevonden_synoniemen(woorden, synoniemen))}")
            if extra["labels"]:
                doc["labels"] = " ".join(extra["labels"])
            if extra.get("soort"):
                doc["tags"] = [extra["soort"]]
        uit.append(doc)
    return uit
