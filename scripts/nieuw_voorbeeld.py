"""`make nieuw-voorbeeld`: a new practice example or fictional case from a template.

Asks for a title and a kind (praktijk or casus), or takes --titel and --soort.
Writes docs/praktijkvoorbeelden/<kebab-case-title>.md from scripts/sjablonen/,
with the title and today's date filled in, and never overwrites a file.
Everything the editor sees is Dutch.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SJABLONEN = ROOT / "scripts" / "sjablonen"
SJABLOON = {"praktijk": "praktijkvoorbeeld.md", "casus": "casus.md"}
MAP = "praktijkvoorbeelden"
CASUS = "(casus, fictief)"
PLAATSHOUDER = "VUL-IN"


def bestandsnaam(titel: str) -> str:
    """Kebab-case ASCII file stem: 'Één vader & zijn kind' -> 'een-vader-en-zijn-kind'."""
    tekst = titel.replace(CASUS, "")
    tekst = unicodedata.normalize("NFKD", tekst)
    tekst = "".join(t for t in tekst if not unicodedata.combining(t))
    tekst = tekst.lower().replace("&", " en ")
    tekst = re.sub(r"['’`]", "", tekst)           # PIW'ers -> piwers
    tekst = re.sub(r"[^a-z0-9]+", "-", tekst).strip("-")
    if len(tekst) > 60:                            # keep names short, cut at a hyphen
        tekst = tekst[:61].rsplit("-", 1)[0]
    return tekst


def volledige_titel(titel: str, soort: str) -> str:
    titel = " ".join(titel.split())
    if soort == "casus":
        titel = titel.replace(CASUS, "").strip()
        return f"{titel} {CASUS}"
    return titel


def yaml_tekst(waarde: str) -> str:
    """The title as a YAML value: plain when YAML reads it back unchanged, else double-quoted."""
    try:
        if yaml.safe_load(f"titel: {waarde}") == {"titel": waarde}:
            return waarde
    except yaml.YAMLError:
        pass
    return json.dumps(waarde, ensure_ascii=False)  # a JSON string is a valid YAML string


def vul_sjabloon(sjabloon: str, titel: str, vandaag: dt.date) -> str:
    """Put the title in the `titel:` field and the H1, and today's date in laatst_gecontroleerd."""
    tekst = re.sub(r"^titel:.*$", lambda _: f"titel: {yaml_tekst(titel)}", sjabloon, count=1, flags=re.M)
    tekst = re.sub(r"^laatst_gecontroleerd:.*$", f"laatst_gecontroleerd: {vandaag.isoformat()}", tekst,
                   count=1, flags=re.M)
    return _vervang_hoofdkop(tekst, titel)


def _vervang_hoofdkop(tekst: str, titel: str) -> str:
    """Replace the first '# ' heading after the front matter (YAML comments also start with '#')."""
    einde = tekst.index("\n---", 3) + 4
    body = re.sub(r"^# .*$", lambda _: f"# {titel}", tekst[einde:], count=1, flags=re.M)
    return tekst[:einde] + body


def vraag(prompt: str) -> str:
    try:
        return input(prompt).strip()
    except EOFError:
        raise SystemExit("\nGeen antwoord gekregen. Geef de titel en de soort mee, bijvoorbeeld:\n"
                         "  python scripts/nieuw_voorbeeld.py --titel \"Ouder-kinddag in PI Zwolle\" --soort praktijk") from None


def vraag_titel() -> str:
    while True:
        titel = vraag("Titel van het voorbeeld (bijvoorbeeld: Ouder-kinddag in PI Zwolle): ")
        if bestandsnaam(titel):
            return titel
        print("Vul een titel in met letters of cijfers.")


def vraag_soort() -> str:
    print("Welke soort is het?")
    print("  praktijk = een echt initiatief, dat in een openbare bron staat")
    print("  casus    = een verzonnen voorbeeld om over te praten (fictief)")
    while True:
        soort = vraag("Soort (praktijk of casus): ").lower()
        if soort in SJABLOON:
            return soort
        print("Typ praktijk of casus.")


def doelpad(titel: str, docs: Path) -> Path:
    """The new file's path; SystemExit(1) with a Dutch message if it cannot or may not be made."""
    naam = bestandsnaam(titel)
    if not naam:
        print("De titel bevat geen letters of cijfers. Kies een andere titel.", file=sys.stderr)
        raise SystemExit(1)
    map_ = docs / MAP
    if not map_.is_dir():
        print(f"De map {map_} bestaat niet. Draai dit vanuit de map van de handreiking.", file=sys.stderr)
        raise SystemExit(1)
    pad = map_ / f"{naam}.md"
    if pad.exists():
        print(f"Het bestand {_toon(pad)} bestaat al. Er is niets overschreven.\n"
              f"Kies een andere titel, of open het bestaande bestand als je dat voorbeeld wilt aanvullen.",
              file=sys.stderr)
        raise SystemExit(1)
    return pad


def maak(titel: str, soort: str, docs: Path, vandaag: dt.date) -> Path:
    """Write the new page and return its path; SystemExit(1) with a Dutch message on problems."""
    if soort not in SJABLOON:
        print(f"Onbekende soort '{soort}'. Kies praktijk (echt, met bron) of casus (verzonnen).", file=sys.stderr)
        raise SystemExit(1)
    pad = doelpad(titel, docs)
    sjabloon = (SJABLONEN / SJABLOON[soort]).read_text(encoding="utf-8")
    with pad.open("x", encoding="utf-8") as f:  # "x": never overwrite, even in a race
        f.write(vul_sjabloon(sjabloon, volledige_titel(titel, soort), vandaag))
    return pad


def _toon(pad: Path) -> str:
    try:
        return str(pad.resolve().relative_to(ROOT))
    except ValueError:
        return str(pad)


def volgende_stappen(pad: Path, soort: str) -> str:
    aantal = sum(PLAATSHOUDER in regel for regel in pad.read_text(encoding="utf-8").splitlines()
                 if f"`{PLAATSHOUDER}`" not in regel)
    regels = [
        "",
        f"Klaar: {_toon(pad)} is gemaakt.",
        "",
        "Zo ga je verder:",
        f"1. Open het bestand. Op {aantal} regels staat nog {PLAATSHOUDER}: vervang dat overal door je eigen tekst.",
        "   Bij elk veld bovenaan staat uitgelegd wat erin moet; onder elke kop staat wat je daar schrijft.",
    ]
    if soort == "praktijk":
        regels.append("2. Noem bij elk feit een bron uit docs/_data/bronnen.yml. Een nieuwe bron zet je onderaan dat bestand.")
    else:
        regels.append("2. Gebruik geen echte namen of herkenbare details. Laat de melding 'Fictieve casus' staan.")
    regels += [
        "3. Draai 'make check'. Zolang er nog VUL-IN staat, meldt de controle een FOUT met het regelnummer.",
        "   Met 'make serve' zie je de pagina op http://127.0.0.1:8000.",
        "4. Je hoeft het voorbeeld nergens aan toe te voegen: het komt vanzelf in de navigatie,",
        "   in het overzicht van de praktijkvoorbeelden en bij de pijlers die je in 'pijlers' noemt.",
        "5. Zet een regel over het nieuwe voorbeeld onder 'Nog niet uitgebracht' in docs/over/versiegeschiedenis.md.",
    ]
    return "\n".join(regels)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Maak een nieuw praktijkvoorbeeld of een fictieve casus uit het sjabloon.")
    p.add_argument("--titel", help="de titel van het voorbeeld")
    p.add_argument("--soort", help="praktijk (echt, met bron) of casus (verzonnen)")
    p.add_argument("--docs", default=str(ROOT / "docs"), help="de map docs/ (voor tests)")
    a = p.parse_args(argv)
    titel = a.titel if a.titel is not None else vraag_titel()
    doelpad(titel, Path(a.docs))  # refuse before asking more questions
    soort = (a.soort if a.soort is not None else vraag_soort()).strip().lower()
    pad = maak(titel, soort, Path(a.docs), dt.date.today())
    print(volgende_stappen(pad, soort))
    return 0


if __name__ == "__main__":
    sys.exit(main())
