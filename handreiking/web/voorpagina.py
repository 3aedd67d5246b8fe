"""Hook: validate every page's front matter and body before anything is written.

All findings of all pages are collected, then the build stops in `on_env` with a
Dutch list of `bestand:regel: wat — hoe oplossen`. Also maps `beschrijving` to the
page description that Material puts in <meta name="description">, and prepares the quiet
line under the title (kind, pillars, roles: `page.meta["hr_kenmerken"]`, shown by
overrides/partials/kenmerken.html).
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from handreiking import controles as c
from handreiking.geheugen import onthoud, sleutel

_bevindingen: list[c.Bevinding] = []
_vocab: dict = {}
_bron_ids: set[str] = set()


def on_config(config):
    global _vocab, _bron_ids
    _bevindingen.clear()
    try:
        _vocab = c.lees_vocabulaire(config.docs_dir)
        bronnen = c.lees_yaml(c.data_map(config.docs_dir) / "bronnen.yml", "docs/_data/bronnen.yml") or []
    except c.InhoudFout as e:
        raise PluginError(_melding(e.bevindingen)) from None
    _bron_ids = {b["id"] for b in bronnen}
    return config


def on_page_markdown(markdown, page, config, files):
    bestand = f"docs/{page.file.src_uri}"
    bevindingen = controleer_pagina(bestand, page.file.content_string, (Path(config.docs_dir) / page.file.src_uri).parent)
    _bevindingen.extend(bevindingen)
    # Safety net: only the fields of the schema reach the other hooks and the theme, and
    # nothing of front matter that could not be read safely (anchors, broken YAML).
    kapot = any(b.wat.startswith("de voorpagina (front matter)") for b in bevindingen)
    veilig = {} if kapot else c.alleen_toegestane_velden(page.meta)
    page.meta.clear()
    page.meta.update(veilig)
    if page.meta.get("beschrijving"):
        page.meta["description"] = page.meta["beschrijving"]
    page.meta["tags"] = labels(page.meta, _vocab) or page.meta.get("tags", [])

    def url(pad: str) -> str | None:
        bestand = files.get_file_from_path(pad)
        return get_relative_url(bestand.url, page.url) if bestand and bestand.page is not page else None

    page.meta["hr_kenmerken"] = kenmerken(page.meta, _vocab, url)
    if any(c.ONAFGESLOTEN in b.wat for b in bevindingen):
        return ""  # unclosed tags make Markdown and the HTML parser slow; the finding stops the build
    return c.zonder_foute_snippets(markdown, Path(config.docs_dir) / "_snippets")


def labels(meta: dict, vocab: dict) -> list[str]:
    """Tags from the controlled fields: "Pijler N: titel" per pillar and the role names."""
    pijlers = {p["nummer"]: p["kort"] for p in vocab.get("pijlers", [])}
    rollen = {r["id"]: r["naam"] for r in vocab.get("rollen", [])}
    uit = [f"Pijler {n}: {pijlers[n]}" for n in c.als_lijst(meta.get("pijlers")) if n in pijlers]
    uit += [rollen[r] for r in c.als_lijst(meta.get("doelgroep")) if r in rollen]
    return uit


SOORTEN = {"praktijkvoorbeeld": "Praktijkvoorbeeld", "hulpmiddel": "Hulpmiddel", "werkkaart": "Werkkaart",
           "leesroute": "Leesroute"}


def kenmerken(meta: dict, vocab: dict, url=lambda pad: None) -> list[dict]:
    """The quiet line under the title: kind, pillar(s) and roles, each {tekst, url, pijler}.

    A fictional case says so first. A pillar links to its page (url(pad) gives the link,
    or None on that page itself, where the pillar is the title and is left out).
    """
    uit = []
    if meta.get("folder"):  # a leaflet for families and children: no professional metadata
        return uit
    if meta.get("soort") == "casus":
        uit.append({"tekst": "Fictieve casus"})
    elif meta.get("paginatype") in SOORTEN:
        uit.append({"tekst": SOORTEN[meta["paginatype"]]})
    pijlers = {p["nummer"]: p for p in vocab.get("pijlers", [])}
    for n in c.als_lijst(meta.get("pijlers")) + c.als_lijst(meta.get("pijler")):
        if n in pijlers:
            link = url(pijlers[n]["pagina"])
            if link is not None or meta.get("paginatype") != "pijler":
                uit.append({"tekst": f"Pijler {n}: {pijlers[n]['kort']}", "url": link, "pijler": n})
    rollen = {r["id"]: r["naam"] for r in vocab.get("rollen", [])}
    namen = [rollen[r] for r in c.als_lijst(meta.get("doelgroep")) if r in rollen]
    if namen:
        uit.append({"tekst": "Voor " + ", ".join(_klein(n) for n in namen)})
    return uit


def _klein(naam: str) -> str:
    """'Casemanager' -> 'casemanager' inside a sentence; abbreviations (PIW'er, MMD'er) stay."""
    return naam if naam[1:2].isupper() else naam[:1].lower() + naam[1:]



def controleer_pagina(bestand: str, tekst: str, pagina_map: Path) -> list[c.Bevinding]:
    """All build-blocking checks of one page (pure apart from reading image paths).

    While `mkdocs serve` runs, a page is not checked again when nothing the checks read
    changed: its text, the vocabulary and source ids, and the files in its folder and in
    docs/_snippets (names and times: an image or block that appears or goes away counts)."""
    diepte = len(Path(bestand).parts) - 2  # folders between docs/ and the page, as in c.bouwcontroles
    docs = Path(pagina_map).parents[diepte - 1] if diepte > 0 else Path(pagina_map)
    code = sleutel(bestand, tekst, repr(_vocab), repr(sorted(_bron_ids)), _inhoud_van(Path(pagina_map)),
                   _inhoud_van(docs / "_snippets"))
    return list(onthoud(_gecontroleerd, code, lambda: [
        b for b in c.bouwcontroles(bestand, tekst, pagina_map, _vocab, _bron_ids) if b.niveau == c.FOUT]))


_gecontroleerd: dict[bytes, list[c.Bevinding]] = {}


def _inhoud_van(map_: Path) -> str:
    """The names, kinds and times of what is in a folder (for the key above)."""
    try:
        with os.scandir(map_) as items:
            return "\n".join(sorted(f"{i.name}\t{i.is_symlink()}\t{i.is_file()}\t{i.stat().st_mtime_ns if i.is_file() else 0}"
                                    for i in items))
    except OSError:
        return "-"


def on_env(env, config, files):
    if _bevindingen:
        raise PluginError(_melding(_bevindingen))
    return env


def _melding(bevindingen) -> str:
    regels = "\n".join(f"  {b}" for b in bevindingen)
    return f"De inhoud bevat {len(bevindingen)} fout(en). Los ze op en bouw opnieuw:\n{regels}"
