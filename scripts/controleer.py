"""`make check`: all content checks, with Dutch findings `bestand:regel: wat — oplossing`.

Errors (FOUT) give exit code 1; warnings (let op) do not. Ends with a readability report.
The checks themselves are pure functions in the package handreiking/controles/. Besides the
pages it checks the data files (docs/_data), the files in docs/ (types, names, sizes,
SVGs), glossary terms removed while still used (against git), and then builds the website
once into a temporary folder (no PDF, a few seconds) for what only a build sees: links,
anchors, navigation, markers and the rendered HTML. Each message is shown once. The location
files of the own editions (locaties/*.yml) are checked too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
from handreiking import controles as c  # noqa: E402

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


def locatiebestanden(map_: Path, docs: Path) -> list[c.Bevinding]:
    """The location files of the own editions (locaties/*.yml), checked as the build does."""
    from handreiking.locatie.editie import werkkaarten
    from handreiking.locatie.gegevens import lees_locatie

    uit: list[c.Bevinding] = []
    for pad in sorted(map_.glob("*.yml")):
        try:
            lees_locatie(pad, f"{map_.name}/{pad.name}", werkkaarten(docs))
        except c.InhoudFout as e:
            uit += e.bevindingen
    return uit


def controleer(docs: Path, vandaag: dt.date, met_spelling: bool = True) -> tuple[list[c.Bevinding], list[tuple]]:
    bevindingen: list[c.Bevinding] = c.controleer_data(docs) + c.controleer_bestanden(docs)
    bevindingen += locatiebestanden(docs.parent / "locaties", docs)
    if any(b.bestand.startswith("docs/_data/") and b.niveau == c.FOUT for b in bevindingen):
        return bevindingen, []  # the pages cannot be checked against broken data
    vocab = c.lees_vocabulaire(docs)
    data = c.data_map(docs)
    bron_ids = {b["id"] for b in c.lees_yaml(data / "bronnen.yml") or []}
    termen = c.lees_yaml(data / "termen.yml") or []
    oud = c.begrippen_uit_git(docs)
    if oud is not None:
        paginas = {str(p.relative_to(docs.parent)): p.read_text(encoding="utf-8") for p in pagina_bestanden(docs)}
        bevindingen += c.verwijderde_begrippen(oud, c.lees_yaml(data / "begrippen.yml") or [], paginas)
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


_MELDING = re.compile(r"^(WARNING|ERROR)\s+-\s+(.*)$")
_GEEN_BEVINDING = ("Aborted with", "De inhoud bevat", "De website heeft", "without generate PDF")


def proefbouw(docs: Path) -> list[str] | None:
    """Build the website once into a temporary folder (strict, no PDF) and return the
    messages of what went wrong, one per line; None when docs/ has no mkdocs.yml beside it."""
    project = docs.resolve().parent
    if not (project / "mkdocs.yml").is_file():
        return None
    mkdocs = Path(sys.executable).with_name("mkdocs")
    env = dict(os.environ, HANDREIKING_PDF="0", NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    with tempfile.TemporaryDirectory(prefix="controle-") as uit:
        r = subprocess.run([str(mkdocs), "build", "--strict", "--site-dir", uit], cwd=project, env=env,
                           capture_output=True, text=True)
    if r.returncode == 0:
        return []
    berichten: list[str] = []
    in_melding = False
    for regel in (r.stdout + r.stderr).splitlines():
        if m := _MELDING.match(regel):
            in_melding = True
            regel = m.group(2)
        elif re.match(r"^(INFO|DEBUG)\s+-", regel) or not regel.strip():
            in_melding = False
            continue
        elif not in_melding:
            continue
        regel = regel.strip()
        if regel and not regel.startswith(_GEEN_BEVINDING):
            berichten.append(regel)
    if not berichten:  # not an editor's error: show the end of the log as it is
        berichten = [(r.stdout + r.stderr).strip().splitlines()[-1] if (r.stdout + r.stderr).strip()
                     else f"mkdocs build stopte met code {r.returncode}"]
    return berichten


_REGEL = re.compile(r"^(?P<bestand>[^:\s]+):(?P<regel>\d+): (?P<soort>FOUT|let op): (?P<tekst>.+)$")


def annotatie(melding: str) -> str | None:
    """A printed finding as a GitHub annotation on the changed line, in the same words:
    `::error file=docs/a.md,line=3,title=make check::…`. None for a line without file and line."""
    m = _REGEL.match(melding)
    if not m:
        return None
    def eigenschap(s: str) -> str:
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").replace(":", "%3A").replace(",", "%2C")
    tekst = m["tekst"].replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    soort = "error" if m["soort"] == "FOUT" else "warning"
    return f"::{soort} file={eigenschap(m['bestand'])},line={m['regel']},title=make check::{tekst}"


def main() -> int:
    p = argparse.ArgumentParser(description="Controleer de inhoud van de handreiking.")
    p.add_argument("--docs", default=str(ROOT / "docs"))
    p.add_argument("--datum", help="doe alsof het vandaag deze datum is (JJJJ-MM-DD)")
    p.add_argument("--zonder-spelling", action="store_true")
    p.add_argument("--rapport", action="store_true", help="toon de leesbaarheid van elke pagina")
    p.add_argument("--zonder-bouw", action="store_true", help="sla de proefbouw van de website over")
    a = p.parse_args()
    vandaag = dt.date.fromisoformat(a.datum) if a.datum else dt.date.today()
    try:
        bevindingen, rapport = controleer(Path(a.docs), vandaag, not a.zonder_spelling)
    except c.InhoudFout as e:
        bevindingen, rapport = e.bevindingen, []
    bevindingen.sort(key=lambda b: (b.niveau != c.FOUT, b.bestand, b.regel))
    gedrukt = set()
    for b in bevindingen:
        if str(b) not in gedrukt:
            print(b)
            gedrukt.add(str(b))
    extra = []
    if not a.zonder_bouw:
        extra = [m for m in proefbouw(Path(a.docs)) or [] if m not in gedrukt]
        if extra:
            print("\nUit de proefbouw van de website (links, navigatie, markeringen, HTML):")
            for m in extra:
                print(m)
    if a.rapport and rapport:
        print("\nLeesbaarheid per pagina (Flesch-Douma: hoger is makkelijker; zinslengte in woorden)")
        for bestand, flesch, zin in sorted(rapport, key=lambda r: r[1]):
            print(f"  {flesch:6.1f}  {zin:5.1f}  {bestand}")
    if os.environ.get("GITHUB_ACTIONS") == "true":  # in a pull request: the same words beside the changed lines
        for regel in [str(b) for b in bevindingen] + extra:
            if (a_ := annotatie(regel)) is not None:
                print(a_)
    fouten = len({str(b) for b in bevindingen if b.niveau == c.FOUT}) + len(extra)
    waarschuwingen = len({str(b) for b in bevindingen if b.niveau != c.FOUT})
    print(f"\nControle klaar: {fouten} fout(en), {waarschuwingen} waarschuwing(en) in {len(rapport)} pagina's.")
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main())
