"""Files in docs/: names, types, sizes and SVG content."""

from __future__ import annotations

import re
import unicodedata
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


_SVG_ELEMENTEN = {"svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan",
                  "title", "desc", "defs", "use", "symbol", "lineargradient", "radialgradient", "stop", "clippath",
                  "marker", "style", "metadata", "pattern", "mask"}
_SVG_ATTRIBUTEN = {
    "id", "class", "role", "lang", "xml:lang", "xml:space", "focusable", "tabindex", "version", "xmlns",
    "viewbox", "width", "height", "x", "y", "dx", "dy", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
    "fx", "fy", "d", "points", "transform", "preserveaspectratio", "offset", "gradientunits", "gradienttransform",
    "clippathunits", "patternunits", "patterntransform", "maskunits", "refx", "refy", "markerwidth",
    "markerheight", "orient", "href", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
    "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity",
    "stroke-miterlimit", "opacity", "font-family", "font-size", "font-weight", "font-style", "text-anchor",
    "dominant-baseline", "alignment-baseline", "letter-spacing", "text-decoration", "clip-path", "clip-rule",
    "mask", "marker-start", "marker-mid", "marker-end", "stop-color", "stop-opacity", "style", "display",
    "visibility", "color", "vector-effect", "shape-rendering", "text-rendering", "textlength", "lengthadjust",
}


def controleer_svg(tekst: str | bytes) -> str | None:
    """Why an SVG file may not be published, or None. An SVG opened on its own runs its
    scripts on the website's address, and can load things from elsewhere: only the
    elements and attributes of a plain figure are allowed (an allowlist), no processing
    instruction (<?xml-stylesheet?> runs XSLT or loads CSS), no DOCTYPE or ENTITY, no
    reference outside the figure and no CSS that loads anything (after CSS unescaping)."""
    from lxml import etree

    from handreiking.opschonen.uitvoer import css_laadt_iets

    data = tekst.encode("utf-8") if isinstance(tekst, str) else tekst
    if re.search(rb"<!DOCTYPE|<!ENTITY", data, re.I):
        return "bevat een DOCTYPE of ENTITY"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_pis=False, remove_comments=False)
    try:
        wortel = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        return f"is geen geldige SVG ({_tekst(e.msg)})"
    knopen = list(wortel.itersiblings(preceding=True)) + list(wortel.itersiblings()) + list(wortel.iter())
    for el in knopen:
        if isinstance(el, etree._ProcessingInstruction):
            return f"bevat een verwerkingsinstructie (<?{_tekst(el.target)} …?>)"
        if not isinstance(el.tag, str):
            continue  # a comment
        naam = etree.QName(el).localname.lower()
        if naam not in _SVG_ELEMENTEN:
            return f"bevat een <{_tekst(naam)}>-element"
        if naam == "style" and css_laadt_iets(el.text or ""):
            return "haalt in <style> iets van buiten de figuur op"
        for attr, waarde in el.attrib.items():
            q = etree.QName(attr)
            a = ("xml:" if q.namespace == "http://www.w3.org/XML/1998/namespace" else "") + q.localname.lower()
            if a.startswith("on"):
                return f"bevat een on…=-attribuut ({a})"
            if a not in _SVG_ATTRIBUTEN and not a.startswith(("aria-", "data-")):
                return f"bevat het attribuut '{_tekst(a)}'"
            if a == "href" and not waarde.strip().startswith("#"):
                return f"verwijst naar iets buiten de figuur ({_tekst(waarde)})"
            if css_laadt_iets(waarde):
                return "gebruikt url(…) of @import naar iets buiten de figuur"
    return None


SYMLINK = "dit is een snelkoppeling (symlink)"
_NIET_INHOUD = {".git", ".venv", "node_modules", "site", "dist", "__pycache__",
                ".bench", ".cache"}  # make bench's own Lighthouse install; the handouts' memory (handouts.py)


def controleer_symlinks(project: str | Path) -> list[Bevinding]:
    """No symbolic link anywhere in the repository's content: not in git's index (mode
    120000) and not in the work tree, hidden names (.x.md, .etc) included. A link to
    /etc/passwd or /proc/self/environ in docs/_snippets would put the build machine's
    files into a page, the search index and the PDF."""
    import os
    import subprocess

    project = Path(project)
    gevonden: set[str] = set()
    try:
        uit = subprocess.run(["git", "ls-files", "-s", "-z"], cwd=project, capture_output=True, timeout=30,
                             check=True).stdout
    except (OSError, subprocess.SubprocessError):
        uit = b""
    for regel in uit.split(b"\0"):
        kop, _, pad = regel.partition(b"\t")
        if kop.startswith(b"120000 "):
            gevonden.add(pad.decode("utf-8", "replace"))
    for map_, mappen, bestanden in os.walk(project):
        rel = Path(map_).relative_to(project)
        if rel.parts[:1] and rel.parts[0] in _NIET_INHOUD:
            mappen[:] = []
            continue
        if rel == Path("."):
            mappen[:] = [m for m in mappen if m not in _NIET_INHOUD and not m.startswith(".site-bouw")]
        for naam in mappen + bestanden:
            if os.path.islink(os.path.join(map_, naam)):
                gevonden.add((rel / naam).as_posix())
    return [Bevinding(pad, 1, FOUT, SYMLINK, "zet het echte bestand op deze plek in plaats van een snelkoppeling")
            for pad in sorted(gevonden)]


def controleer_bestanden(docs: str | Path) -> list[Bevinding]:
    """Only Markdown pages, data files and plain images in docs/, with clean names.

    MkDocs publishes every other file in docs/ unchanged (an .html or .svg with a script
    would run on the website's address). Images are capped at 1 MB: a photo 1600 pixels
    wide is 200-500 kB as JPEG or WebP, every image is read on phones in visiting areas and
    embedded in the PDF, and a bigger file is almost always an unedited camera original.
    """
    docs = Path(docs)
    uit: list[Bevinding] = []
    uit += controleer_symlinks(docs.parent)
    for pad in sorted(docs.rglob("*")):
        rel = pad.relative_to(docs)
        if pad.is_symlink() or any(deel.startswith(".") for deel in rel.parts):
            continue  # links: controleer_symlinks; MkDocs never publishes hidden files
        bestand = f"docs/{rel.as_posix()}"
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
            reden = controleer_svg(pad.read_bytes())
            if reden:
                uit.append(Bevinding(bestand, 1, FOUT, f"deze SVG {reden}",
                    "sla de figuur op als gewone SVG zonder scripts en externe verwijzingen "
                    "(in Inkscape: 'Opslaan als' → 'Geoptimaliseerde SVG'), of als PNG"))
    return uit
