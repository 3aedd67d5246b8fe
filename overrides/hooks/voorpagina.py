"""Hook: validate every page's front matter and body before anything is written.

All findings of all pages are collected, then the build stops in `on_env` with a
Dutch list of `bestand:regel: wat — hoe oplossen`. Also maps `beschrijving` to the
page description that Material puts in <meta name="description">.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

import controles as c

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
    if page.meta.get("beschrijving"):
        page.meta["description"] = page.meta["beschrijving"]
    page.meta["tags"] = labels(page.meta, _vocab) or page.meta.get("tags", [])
    return markdown


def labels(meta: dict, vocab: dict) -> list[str]:
    """Tags from the controlled fields: "Pijler N: titel" per pillar and the role names."""
    pijlers = {p["nummer"]: p["kort"] for p in vocab.get("pijlers", [])}
    rollen = {r["id"]: r["naam"] for r in vocab.get("rollen", [])}
    uit = [f"Pijler {n}: {pijlers[n]}" for n in _lijst(meta.get("pijlers")) if n in pijlers]
    uit += [rollen[r] for r in _lijst(meta.get("doelgroep")) if r in rollen]
    return uit


def _lijst(waarde) -> list:
    if waarde is None:
        return []
    return waarde if isinstance(waarde, list) else [waarde]


def controleer_pagina(bestand: str, tekst: str, pagina_map: Path) -> list[c.Bevinding]:
    """All build-blocking checks of one page (pure apart from reading image paths)."""
    return [b for b in c.bouwcontroles(bestand, tekst, pagina_map, _vocab, _bron_ids) if b.niveau == c.FOUT]


def on_env(env, config, files):
    if _bevindingen:
        raise PluginError(_melding(_bevindingen))
    return env


def _melding(bevindingen) -> str:
    regels = "\n".join(f"  {b}" for b in bevindingen)
    return f"De inhoud bevat {len(bevindingen)} fout(en). Los ze op en bouw opnieuw:\n{regels}"
