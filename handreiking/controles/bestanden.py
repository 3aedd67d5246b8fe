"""Files in docs/: names, types, sizes and SVG content."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from .basis import FOUT, Bevinding, _tekst

# -- Files in docs/ ------------------------------------------------------------------

MAX_BESTAND = 1_000_000  # bytes; see controleer_bestanden
AFBEELDINGEN = {".png": (b"\x89PNG",), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",),
                ".gif": (b"GIF87a", b"GIF89a"), ".webp": (b"RIFF",), ".svg": ()}
GEGEVENS = {".yml", ".yaml", ".txt"}


def voorgestelde_naam(naam: str) -> str:
    """A file or folder name without spaces, capitals or accents: 'Foto Bezoek é.PNG' -> 'foto-bezoek-e.png'."""
    stam, punt, ext = naam.rpartition(".") if "." in naam.lstrip(".") else (naam, "", "")
    def schoon(s: str) -> str:
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
        return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9_.-]+", "-", s)).strip("-.") or "bestand"
    return schoon(stam) + (punt + schoon(ext) if punt else "")


def controleer_svg(tekst: str) -> str | None:
    """Why an SVG file may not be published, or None. An SVG opened on its own runs its
    scripts on the website's address, and can load things from elsewhere."""
    if re.search(r"<!DOCTYPE|<!ENTITY", tekst, re.I):
        return "bevat een DOCTYPE of ENTITY"
    try:
        wortel = ET.fromstring(tekst)
    except ET.ParseError as e:
        return f"is geen geldige SVG ({e})"
    for el in wortel.iter():
        naam = str(el.tag).rpartition("}")[2].lower()
        if naam in {"script", "foreignobject", "iframe", "embed", "object", "audio", "video", "handler", "listener"}:
            return f"bevat een <{naam}>-element"
        if naam in {"set", "animate", "animatetransform", "animatemotion"} and \
                re.match(r"(xlink:)?href$|on", str(el.get("attributeName", "")), re.I):
            return "bevat een animatie die een link of script verandert"
        for attr, waarde in el.attrib.items():
            a = attr.rpartition("}")[2].lower()
            if a.startswith("on"):
                return f"bevat een on…=-attribuut ({a})"
            if a in {"href", "src"} and not waarde.strip().startswith("#"):
                return f"verwijst naar iets buiten de figuur ({_tekst(waarde)})"
            if re.search(r"url\(\s*['\"]?\s*(?!#)", waarde, re.I):
                return "gebruikt url(…) naar iets buiten de figuur"
        if naam == "style" and re.search(r"@import|url\(\s*['\"]?\s*(?!#)", el.text or "", re.I):
            return "haalt in <style> iets van buiten de figuur op"
    return None


def controleer_bestanden(docs: str | Path) -> list[Bevinding]:
    """Only Markdown pages, data files and plain images in docs/, with clean names.

    MkDocs publishes every other file in docs/ unchanged (an .html or .svg with a script
    would run on the website's address). Images are capped at 1 MB: a photo 1600 pixels
    wide is 200-500 kB as JPEG or WebP, every image is read on phones in visiting areas and
    embedded in the PDF, and a bigger file is almost always an unedited camera original.
    """
    docs = Path(docs)
    uit: list[Bevinding] = []
    for pad in sorted(docs.rglob("*")):
        rel = pad.relative_to(docs)
        if any(deel.startswith(".") for deel in rel.parts):
            continue  # MkDocs never publishes hidden files
        bestand = f"docs/{rel.as_posix()}"
        if pad.is_symlink():
            uit.append(Bevinding(bestand, 1, FOUT, "dit is een snelkoppeling (symlink)",
                                 "zet het echte bestand in docs/ in plaats van een snelkoppeling"))
            continue
        naam = pad.name
        if not re.fullmatch(r"[a-z0-9_][a-z0-9._-]*", naam):
            uit.append(Bevinding(bestand, 1, FOUT,
                f"de naam '{naam}' bevat spaties, hoofdletters, accenten of andere bijzondere tekens",
                f"noem {'de map' if pad.is_dir() else 'het bestand'} '{voorgestelde_naam(naam)}' "
                "en pas de links ernaar aan"))
        if pad.is_dir():
            continue
        ext = pad.suffix.lower()
        in_data = rel.parts[0] == "_data"
        if not (ext == ".md" or ext in AFBEELDINGEN or (in_data and ext in GEGEVENS)):
            uit.append(Bevinding(bestand, 1, FOUT, f"bestanden van het type '{ext or naam}' horen niet in docs/",
                "zet alleen pagina's (.md), afbeeldingen (.png, .jpg, .gif, .webp, .svg) en in docs/_data "
                "gegevens (.yml, .txt) in docs/; link naar andere bestanden op hun eigen website"))
            continue
        grootte = pad.stat().st_size
        if grootte > MAX_BESTAND:
            uit.append(Bevinding(bestand, 1, FOUT,
                f"het bestand is {grootte / 1_000_000:.1f} MB; het maximum is 1 MB",
                "verklein de afbeelding (bijvoorbeeld 1600 pixels breed, als JPEG of WebP) of splits de pagina"))
            continue
        if ext in AFBEELDINGEN and AFBEELDINGEN[ext]:
            kop = pad.read_bytes()[:12]
            if not kop.startswith(AFBEELDINGEN[ext]) or (ext == ".webp" and kop[8:12] != b"WEBP"):
                uit.append(Bevinding(bestand, 1, FOUT, f"dit is geen echte {ext[1:].upper()}-afbeelding",
                                     "sla de afbeelding opnieuw op in het juiste formaat"))
        elif ext == ".svg":
            reden = controleer_svg(pad.read_text(encoding="utf-8", errors="replace"))
            if reden:
                uit.append(Bevinding(bestand, 1, FOUT, f"deze SVG {reden}",
                    "sla de figuur op als gewone SVG zonder scripts en externe verwijzingen "
                    "(in Inkscape: 'Opslaan als' → 'Geoptimaliseerde SVG'), of als PNG"))
    return uit
