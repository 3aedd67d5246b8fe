"""`make release VERSIE=1.1.0`: set a new version of the handreiking.

- checks that the version is groot.klein.herstel (semver) and higher than extra.version;
- rewrites only the `version:` and `release_date:` lines under `extra:` in mkdocs.yml
  (a text edit: comments and the rest of the file stay as they are);
- turns the "Nog niet uitgebracht" section of docs/over/versiegeschiedenis.md into a
  dated version section and puts a fresh, empty "Nog niet uitgebracht" above it;
- sets the same version and date in CITATION.cff;
- prints the git commands to commit and tag.

`python scripts/release.py --notities 1.1.0` prints the section of that version from the
versiegeschiedenis: the release workflow uses it as the text of the GitHub release.

Refuses (exit 1, Dutch message) when there is nothing to release. Writes nothing unless
both files can be changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path, PurePosixPath

from babel.dates import format_date

from offline import lees_config

ROOT = Path(__file__).resolve().parent.parent
VERSIEGESCHIEDENIS = Path("docs/over/versiegeschiedenis.md")
SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
CITATION = Path("CITATION.cff")
ONUITGEBRACHT_KOP = "## Nog niet uitgebracht { #nog-niet-uitgebracht }"
GEEN_WIJZIGINGEN = re.compile(r"^Nog geen wijzigingen na versie [^\s]+\.\s*$")


class ReleaseFout(Exception):
    """A problem the editor must fix; the message is Dutch."""


def versie_tuple(versie: str) -> tuple[int, int, int]:
    m = SEMVER.fullmatch(versie.strip().removeprefix("v").removeprefix("V"))
    if not m:
        raise ReleaseFout(f"'{versie}' is geen geldig versienummer. "
                          "Gebruik drie getallen met punten: groot.klein.herstel, bijvoorbeeld 1.1.0.")
    return tuple(int(g) for g in m.groups())  # type: ignore[return-value]


def datum_nl(datum: dt.date) -> str:
    """29 november 2026"""
    return format_date(datum, "d MMMM y", locale="nl")


def anker(versie: str) -> str:
    return "v" + versie.replace(".", "-")


# -- mkdocs.yml ------------------------------------------------------------------------

def _extra_blok(regels: list[str]) -> tuple[int, int]:
    """Line range (start, end) of the top-level `extra:` block."""
    start = next((i for i, r in enumerate(regels) if re.match(r"^extra:\s*(#.*)?$", r)), None)
    if start is None:
        raise ReleaseFout("In mkdocs.yml staat geen blok 'extra:'. Daar horen version en release_date te staan.")
    einde = len(regels)
    for i in range(start + 1, len(regels)):
        r = regels[i]
        if r.strip() and not r.startswith((" ", "\t", "#")):
            einde = i
            break
    return start, einde


def _inspringing(blok: list[str]) -> str:
    """Indentation of the direct children of `extra:` (nested keys are left alone)."""
    for r in blok:
        if r.strip() and not r.lstrip().startswith("#"):
            return re.match(r"^[ \t]*", r).group(0)
    return "  "


def huidige_versie(mkdocs_tekst: str) -> str:
    regels = mkdocs_tekst.splitlines()
    start, einde = _extra_blok(regels)
    inspringing = _inspringing(regels[start + 1:einde])
    for r in regels[start + 1:einde]:
        m = re.match(rf"^{inspringing}version:\s*['\"]?([^'\"#\s]+)['\"]?\s*(#.*)?$", r)
        if m:
            return m.group(1)
    raise ReleaseFout("In mkdocs.yml staat onder 'extra:' geen regel 'version:'.")


def zet_versie(mkdocs_tekst: str, versie: str, datum: dt.date) -> str:
    """Replace only the values on the version and release_date lines under extra:."""
    regels = mkdocs_tekst.splitlines(keepends=True)
    start, einde = _extra_blok([r.rstrip("\n") for r in regels])
    inspringing = _inspringing([r.rstrip("\n") for r in regels[start + 1:einde]])
    gevonden = set()
    for i in range(start + 1, einde):
        for veld, waarde in (("version", versie), ("release_date", datum.isoformat())):
            m = re.match(rf"^({inspringing}{veld}:\s*)(['\"]?[^'\"#\s]+['\"]?)(\s*(#.*)?)$", regels[i].rstrip("\n"))
            if m:
                regels[i] = m.group(1) + waarde + m.group(3) + ("\n" if regels[i].endswith("\n") else "")
                gevonden.add(veld)
    for veld in ("version", "release_date"):
        if veld not in gevonden:
            raise ReleaseFout(f"In mkdocs.yml staat onder 'extra:' geen regel '{veld}:'.")
    return "".join(regels)


# -- versiegeschiedenis.md ----------------------------------------------------------------

def repo_url(mkdocs_tekst: str) -> str:
    """The repository address from mkdocs.yml (the default of `repo_url`)."""
    m = re.search(r'^repo_url:.*?"(https://[^"]+)"', mkdocs_tekst, re.M) or \
        re.search(r"^repo_url:\s*(https://\S+)", mkdocs_tekst, re.M)
    if not m:
        raise ReleaseFout("In mkdocs.yml staat geen 'repo_url' met een webadres.")
    return m.group(1).rstrip("/")


def pdf_naam(mkdocs_pad: Path) -> str:
    """The file name of the book PDF, from its one place in mkdocs.yml (extra.pdf)."""
    return PurePosixPath(lees_config(mkdocs_pad)["extra"]["pdf"]).name


def pdf_link(repo: str, versie: str, pdf: str) -> str:
    return f"[De pdf van versie {versie}]({repo}/releases/download/v{versie}/{pdf})"


def dateer_versiegeschiedenis(tekst: str, versie: str, datum: dt.date, repo: str = "", pdf: str = "") -> str:
    """Turn the unreleased section into the section of `versie`, with a fresh one above it."""
    regels = tekst.splitlines()
    try:
        kop = next(i for i, r in enumerate(regels) if r.strip() == ONUITGEBRACHT_KOP)
    except StopIteration:
        raise ReleaseFout(f"In {VERSIEGESCHIEDENIS} staat de kop '{ONUITGEBRACHT_KOP}' niet. "
                          "Zet die kop boven de wijzigingen die je wilt uitbrengen.") from None
    einde = next((i for i in range(kop + 1, len(regels)) if regels[i].startswith("## ")), len(regels))
    inhoud = [r for r in regels[kop + 1:einde] if not GEEN_WIJZIGINGEN.match(r.strip())]
    while inhoud and not inhoud[0].strip():
        inhoud.pop(0)
    while inhoud and not inhoud[-1].strip():
        inhoud.pop()
    if not inhoud:
        raise ReleaseFout(f"Er staan geen wijzigingen onder 'Nog niet uitgebracht' in {VERSIEGESCHIEDENIS}. "
                          "Schrijf eerst op wat er is veranderd (Toegevoegd, Gewijzigd, Verwijderd) "
                          "en maak dan de nieuwe versie.")
    if any(f"{{ #{anker(versie)} }}" in r for r in regels):
        raise ReleaseFout(f"Versie {versie} staat al in {VERSIEGESCHIEDENIS}.")
    nieuw = [
        ONUITGEBRACHT_KOP, "",
        f"Nog geen wijzigingen na versie {versie}.", "",
        f"## {versie} — {datum_nl(datum)} {{ #{anker(versie)} }}", "",
        *([pdf_link(repo, versie, pdf), ""] if repo and pdf else []),
        *inhoud, "",
    ]
    uit = regels[:kop] + nieuw + regels[einde:]
    while uit and not uit[-1].strip():
        uit.pop()
    return "\n".join(uit) + "\n"


def release_notities(tekst: str, versie: str) -> str:
    """The text under the heading of `versie` in the versiegeschiedenis, without the heading."""
    regels = tekst.splitlines()
    kop = next((i for i, r in enumerate(regels) if r.startswith("## ") and f"{{ #{anker(versie)} }}" in r), None)
    if kop is None:
        raise ReleaseFout(f"Versie {versie} staat niet in {VERSIEGESCHIEDENIS}. Draai eerst 'make release VERSIE={versie}'.")
    einde = next((i for i in range(kop + 1, len(regels)) if regels[i].startswith("## ")), len(regels))
    return "\n".join(regels[kop + 1:einde]).strip() + "\n"


def zet_citatie(tekst: str, versie: str, datum: dt.date) -> str:
    """Set `version:` and `date-released:` in CITATION.cff."""
    tekst, n1 = re.subn(r'^version:.*$', f'version: "{versie}"', tekst, flags=re.M)
    tekst, n2 = re.subn(r'^date-released:.*$', f'date-released: "{datum.isoformat()}"', tekst, flags=re.M)
    if not (n1 and n2):
        raise ReleaseFout(f"In {CITATION} staan de regels 'version:' en 'date-released:' niet.")
    return tekst


# -- main -----------------------------------------------------------------------------------

def release(root: Path, versie: str, datum: dt.date) -> str:
    """Do the release in `root`; returns the previous version. Raises ReleaseFout."""
    nieuw = versie_tuple(versie)
    versie = ".".join(map(str, nieuw))
    mkdocs_pad = root / "mkdocs.yml"
    geschiedenis_pad = root / VERSIEGESCHIEDENIS
    mkdocs_tekst = mkdocs_pad.read_text(encoding="utf-8")
    vorige = huidige_versie(mkdocs_tekst)
    try:
        oud = versie_tuple(vorige)
    except ReleaseFout:
        raise ReleaseFout(f"De huidige versie in mkdocs.yml ('{vorige}') is geen geldig versienummer. "
                          "Zet daar eerst een nummer als 1.0.0.") from None
    if nieuw <= oud:
        raise ReleaseFout(f"Versie {versie} is niet hoger dan de huidige versie {vorige}. "
                          f"Kies een hoger nummer, bijvoorbeeld {oud[0]}.{oud[1]}.{oud[2] + 1} voor een herstel "
                          f"of {oud[0]}.{oud[1] + 1}.0 voor nieuwe inhoud.")
    nieuwe_mkdocs = zet_versie(mkdocs_tekst, versie, datum)
    nieuwe_geschiedenis = dateer_versiegeschiedenis(geschiedenis_pad.read_text(encoding="utf-8"), versie, datum,
                                                    repo_url(mkdocs_tekst), pdf_naam(mkdocs_pad))
    citatie_pad = root / CITATION
    nieuwe_citatie = zet_citatie(citatie_pad.read_text(encoding="utf-8"), versie, datum) if citatie_pad.exists() else None
    mkdocs_pad.write_text(nieuwe_mkdocs, encoding="utf-8")
    geschiedenis_pad.write_text(nieuwe_geschiedenis, encoding="utf-8")
    if nieuwe_citatie is not None:
        citatie_pad.write_text(nieuwe_citatie, encoding="utf-8")
    return vorige


def edities(map_: Path, dist: Path = ROOT / "dist") -> int:
    """A location edition (website, pdf, Word and Excel in one zip) for every file in `map_`."""
    from bouw import editie
    from handreiking.controles import InhoudFout
    from offline import maak_offline

    bestanden = sorted(map_.glob("*.yml"))
    if not bestanden:
        print(f"In {map_} staan geen locatiebestanden (*.yml).", file=sys.stderr)
        return 1
    for pad in bestanden:  # check them all first: one mistake should not cost a long build
        try:
            editie(pad)
        except InhoudFout as e:
            print(f"Geen edities gemaakt. Het locatiebestand {pad} bevat fouten:\n"
                  + "\n".join(f"  {b}" for b in e.bevindingen), file=sys.stderr)
            return 1
    for pad in bestanden:
        zip_ = maak_offline(dist, locatie=pad)
        print(f"Editie voor {pad.name}: {zip_.relative_to(ROOT) if zip_.is_relative_to(ROOT) else zip_}")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Maak een nieuwe versie van de handreiking.")
    p.add_argument("versie", nargs="?", help="het nieuwe versienummer, bijvoorbeeld 1.1.0")
    p.add_argument("--datum", help="de datum van de versie (JJJJ-MM-DD); standaard vandaag")
    p.add_argument("--root", default=str(ROOT), help="de map van de repository (voor tests)")
    p.add_argument("--notities", action="store_true", help="toon alleen de tekst van deze versie uit de versiegeschiedenis")
    p.add_argument("--edities", metavar="MAP",
                   help="bouw de eigen editie (zip in dist/) voor elk locatiebestand (*.yml) in deze map")
    a = p.parse_args(argv)
    if a.edities:
        return edities(Path(a.edities))
    if a.notities and a.versie:
        try:
            print(release_notities((Path(a.root) / VERSIEGESCHIEDENIS).read_text(encoding="utf-8"), a.versie), end="")
            return 0
        except ReleaseFout as e:
            print(e, file=sys.stderr)
            return 1
    if not a.versie:
        print("Geef het nieuwe versienummer op, bijvoorbeeld: make release VERSIE=1.1.0", file=sys.stderr)
        return 1
    try:
        datum = dt.date.fromisoformat(a.datum) if a.datum else dt.date.today()
    except ValueError:
        print(f"'{a.datum}' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD.", file=sys.stderr)
        return 1
    try:
        vorige = release(Path(a.root), a.versie, datum)
    except ReleaseFout as e:
        print(f"Geen nieuwe versie gemaakt.\n{e}", file=sys.stderr)
        return 1
    versie = ".".join(map(str, versie_tuple(a.versie)))
    print(f"Versie {versie} van {datum_nl(datum)} is klaargezet (was {vorige}).\n")
    print("Aangepast:")
    print("  - mkdocs.yml: extra.version en extra.release_date")
    print(f"  - {CITATION}: version en date-released")
    print(f"  - {VERSIEGESCHIEDENIS}: 'Nog niet uitgebracht' heet nu '{versie} — {datum_nl(datum)}'\n")
    print("Zo ga je verder:")
    print("1. Draai 'make build' en open de pdf in site/pdf/: op de voorkant staan het nieuwe nummer en de datum.")
    print("2. Leg de nieuwe versie vast en zet de tag:\n")
    print(f"   git add mkdocs.yml {VERSIEGESCHIEDENIS} {CITATION}")
    print(f'   git commit -m "Versie {versie}"')
    print(f'   git tag -a v{versie} -m "Versie {versie}"')
    print(f"   git push origin HEAD v{versie}\n")
    print("   Werk je met een pull request? Zet de tag dan pas na het samenvoegen, op de hoofdtak (main).")
    print("   Na de push van de tag maakt GitHub de release met de pdf, de losse hulpmiddelen en de offline-editie.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
