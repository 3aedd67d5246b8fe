"""`make check`: all content checks, with Dutch findings `bestand:regel: wat — oplossing`.

Errors (FOUT) give exit code 1; warnings (let op) do not. Ends with a readability report.
The checks themselves are pure functions in overrides/hooks/controles.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

import controles as c  # noqa: E402

FLESCH_MIN = 40
ZINSLENGTE_MAX = 20


def pagina_bestanden(docs: Path) -> list[Path]:
    return sorted(p for p in docs.rglob("*.md") if not {"_data", "_snippets"} & set(p.parts))


def spelling(woorden: dict[str, list[tuple[str, int]]], woordenlijst: Path) -> list[c.Bevinding]:
    """Dutch spelling with hunspell nl_NL and the project word list."""
    if not shutil.which("hunspell"):
        raise SystemExit("hunspell ontbreekt: draai 'make systeem' (installeert hunspell en hunspell-nl).")
    opdracht = ["hunspell", "-d", "nl_NL", "-l"]
    if woordenlijst.exists():
        opdracht += ["-p", str(woordenlijst)]
    uit = subprocess.run(opdracht, input="\n".join(woorden), capture_output=True, text=True, check=True).stdout
    fout = set(uit.split())
    bevindingen = []
    for woord in sorted(fout):
        for bestand, regel in woorden.get(woord, [])[:3]:
            bevindingen.append(c.Bevinding(bestand, regel, c.FOUT, f"onbekend woord '{woord}'",
                "verbeter de spelling, of zet het woord in docs/_data/woordenlijst.txt als het goed is"))
    return bevindingen


def controleer(docs: Path, vandaag: dt.date, met_spelling: bool = True) -> tuple[list[c.Bevinding], list[tuple]]:
    vocab = c.lees_vocabulaire(docs)
    data = c.data_map(docs)
    bron_ids = {b["id"] for b in c.lees_yaml(data / "bronnen.yml") or []}
    termen = c.lees_yaml(data / "termen.yml") or []
    bevindingen: list[c.Bevinding] = []
    rapport = []
    woorden: dict[str, list[tuple[str, int]]] = {}
    for pad in pagina_bestanden(docs):
        bestand = str(pad.relative_to(docs.parent))
        tekst = pad.read_text(encoding="utf-8")
        bevindingen += c.bouwcontroles(bestand, tekst, pad.parent, vocab, bron_ids)
        try:
            meta, body, eerste = c.splits_voorpagina(tekst, bestand)
        except c.InhoudFout:
            continue
        if meta.get("termen_controleren", True):  # false only where a page lists the discouraged terms
            bevindingen += c.controleer_termen(bestand, body, eerste, termen)
        bevindingen += c.controleer_controledatum(bestand, tekst, meta, vandaag, vocab["controle_termijn_maanden"])
        flesch, zinslengte = c.leesbaarheid(body)
        rapport.append((bestand, flesch, zinslengte))
        if flesch < FLESCH_MIN or zinslengte > ZINSLENGTE_MAX:
            bevindingen.append(c.Bevinding(bestand, eerste + 1, c.WAARSCHUWING,
                f"de tekst is moeilijk leesbaar (Flesch-Douma {flesch}, gemiddeld {zinslengte} woorden per zin)",
                f"maak zinnen korter en woorden eenvoudiger (doel: Flesch-Douma ≥ {FLESCH_MIN}, zinnen ≤ {ZINSLENGTE_MAX} woorden)"))
        for regel, woord in c.woorden_voor_spelling(body):
            woorden.setdefault(woord, []).append((bestand, eerste + regel))
    if met_spelling:
        bevindingen += spelling(woorden, data / "woordenlijst.txt")
    return bevindingen, rapport


def main() -> int:
    p = argparse.ArgumentParser(description="Controleer de inhoud van de handreiking.")
    p.add_argument("--docs", default=str(ROOT / "docs"))
    p.add_argument("--datum", help="doe alsof het vandaag deze datum is (JJJJ-MM-DD)")
    p.add_argument("--zonder-spelling", action="store_true")
    p.add_argument("--rapport", action="store_true", help="toon de leesbaarheid van elke pagina")
    a = p.parse_args()
    vandaag = dt.date.fromisoformat(a.datum) if a.datum else dt.date.today()
    try:
        bevindingen, rapport = controleer(Path(a.docs), vandaag, not a.zonder_spelling)
    except c.InhoudFout as e:
        bevindingen, rapport = e.bevindingen, []
    bevindingen.sort(key=lambda b: (b.niveau != c.FOUT, b.bestand, b.regel))
    for b in bevindingen:
        print(b)
    if a.rapport and rapport:
        print("\nLeesbaarheid per pagina (Flesch-Douma: hoger is makkelijker; zinslengte in woorden)")
        for bestand, flesch, zin in sorted(rapport, key=lambda r: r[1]):
            print(f"  {flesch:6.1f}  {zin:5.1f}  {bestand}")
    fouten = sum(b.niveau == c.FOUT for b in bevindingen)
    waarschuwingen = len(bevindingen) - fouten
    print(f"\nControle klaar: {fouten} fout(en), {waarschuwingen} waarschuwing(en) in {len(rapport)} pagina's.")
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main())
