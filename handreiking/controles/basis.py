"""The shared shape of every content check: a finding (file, line, level, what, fix),
the error that carries findings, and small helpers for values and safe text."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass

import yaml

# libyaml is several times faster than pure-Python YAML; `make serve` rebuilds feel it.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_cache: dict[tuple[str, int], object] = {}

FOUT = "fout"
WAARSCHUWING = "waarschuwing"


@dataclass(frozen=True)
class Bevinding:
    """One finding: file, line, level, what is wrong and how to fix it."""

    bestand: str
    regel: int
    niveau: str
    wat: str
    oplossing: str

    def __str__(self) -> str:
        soort = "FOUT" if self.niveau == FOUT else "let op"
        return f"{self.bestand}:{self.regel}: {soort}: {self.wat} — {self.oplossing}"


class InhoudFout(Exception):
    """Raised by hooks when content has errors; carries the findings."""

    def __init__(self, bevindingen: list[Bevinding]):
        self.bevindingen = bevindingen
        super().__init__("\n".join(str(b) for b in bevindingen))



def _veldregel(tekst: str, veld: str) -> int:
    for i, regel in enumerate(tekst.splitlines()[:60], start=1):
        if regel.startswith(f"{veld}:"):
            return i
    return 1


def _hashbaar(waarde) -> bool:
    return isinstance(waarde, (str, int, float, bool, dt.date)) or waarde is None


def als_lijst(waarde) -> list:
    """A front-matter field that may be one value or a list of values, as a list."""
    if waarde is None:
        return []
    return waarde if isinstance(waarde, list) else [waarde]


def _tekst(waarde) -> str:
    """A value for inside a message: one line, at most 60 characters."""
    s = " ".join(str(waarde).split())
    return s if len(s) <= 60 else s[:57] + "..."


# Front matter fields whose text ends up inside an HTML attribute (meta description,
# title, aria-label): a straight double quote there would end the attribute.
_VELDEN_IN_ATTRIBUUT = ("title", "beschrijving", "description", "subtitle", "titel")


def onveilige_tekst(waarde: str, in_attribuut: bool = False) -> str | None:
    """Why a plain-text value (front matter, data file, title) may not be used, or None.

    Text from editors lands in the navigation, the <head>, overviews and the search
    index, partly without escaping by the theme. So no HTML: no < or >, no character
    references such as &lt; (they turn into < again in some places), and inside an
    attribute no straight double quote.
    """
    if "<" in waarde or ">" in waarde:
        return "bevat het teken < of > (HTML is hier niet toegestaan)"
    if re.search(r"&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", waarde, re.I):
        return "bevat een HTML-code met & en ; (zoals &lt;)"
    if in_attribuut and '"' in waarde:
        return "bevat een recht aanhalingsteken (\")"
    return None


def _strings(waarde, pad: str = ""):
    """All strings in a front matter value, with a readable path (tags[1], search.boost)."""
    if isinstance(waarde, str):
        yield pad, waarde
    elif isinstance(waarde, list):
        for i, w in enumerate(waarde):
            yield from _strings(w, f"{pad}[{i}]")
    elif isinstance(waarde, dict):
        for k, w in waarde.items():
            yield from _strings(k, pad)
            yield from _strings(w, f"{pad}.{k}" if pad else str(k))



# -- YAML: anchors refused, the parser's reason in Dutch --------------------------------------

_YAML_REDENEN = [
    ("mapping values are not allowed", "er staat een dubbele punt (:) op een plek waar dat niet kan",
     "zet tekst met een dubbele punt tussen aanhalingstekens: titel: \"Bezoek: zo werkt het\""),
    ("could not find expected ':'", "er ontbreekt een dubbele punt na de naam van een veld",
     "schrijf elk veld als 'naam: waarde'"),
    ("found character '\\t'", "er staat een tab; YAML kent alleen spaties", "vervang de tab door spaties"),
    ("found a tab character", "er staat een tab; YAML kent alleen spaties", "vervang de tab door spaties"),
    ("unexpected end of stream", "een aanhalingsteken of haakje is niet gesloten",
     "sluit de tekst af met hetzelfde aanhalingsteken als waarmee hij begint"),
    ("expected ',' or ']'", "een lijst tussen [ ] is niet goed gesloten", "schrijf de lijst als [eerste, tweede]"),
    ("expected ',' or '}'", "een blok tussen { } is niet goed gesloten", "schrijf het als {naam: waarde}"),
    ("expected <block end>", "de inspringing klopt niet", "zet velden op hetzelfde niveau recht onder elkaar"),
    ("did not find expected key", "de inspringing klopt niet of er ontbreekt een streepje",
     "zet velden op hetzelfde niveau recht onder elkaar; een lijstitem begint met '- '"),
    ("did not find expected '-' indicator", "een lijstitem begint niet met een streepje", "begin elk item met '- '"),
    ("unknown escape character", "tussen dubbele aanhalingstekens staat een backslash (\\)",
     "gebruik enkele aanhalingstekens of schrijf geen backslash"),
    ("could not determine a constructor", "er staat een YAML-tag (!…)", "haal de tag weg; schrijf gewone tekst"),
    ("that cannot start any token", "een waarde begint met een teken dat YAML niet toestaat (zoals @, ` of %)",
     "zet de tekst tussen aanhalingstekens"),
    ("found duplicate anchor", "een anker (&naam) staat er twee keer", "haal de ankers weg"),
    ("found undefined alias", "er staat een verwijzing (*naam)", "schrijf de waarde zelf uit"),
]


def yaml_reden(probleem: str | None, teken: str = "") -> tuple[str, str]:
    """The YAML parser's reason in Dutch, with a fix; `teken` is the character it stopped at."""
    if teken == "\t":
        return "er staat een tab; YAML kent alleen spaties", "vervang de tab door spaties"
    for engels, wat, oplossing in _YAML_REDENEN:
        if engels in (probleem or ""):
            return wat, oplossing
    return ("de opbouw klopt niet", "controleer inspringing, dubbele punten en aanhalingstekens rond tekst "
            "met een dubbele punt")


def laad_yaml(tekst: str, bestand: str, eerste_regel: int = 1, wat: str = "dit YAML-bestand is niet geldig"):
    """Load YAML text safely. Anchors and aliases (&naam, *naam) are refused before
    anything is built: nested aliases make a few hundred bytes expand to billions of
    values for every check that walks them. `eerste_regel` is the file line of the text's
    first line; an error becomes one Dutch finding with that file and line."""
    try:
        for gebeurtenis in yaml.parse(tekst, Loader=_LOADER):
            if isinstance(gebeurtenis, yaml.AliasEvent) or getattr(gebeurtenis, "anchor", None):
                raise InhoudFout([Bevinding(bestand, gebeurtenis.start_mark.line + eerste_regel, FOUT,
                    f"{wat}: er staat een anker (&naam) of verwijzing (*naam)",
                    "schrijf elke waarde zelf uit; ankers en verwijzingen zijn niet toegestaan")])
        return yaml.load(tekst, Loader=_LOADER)
    except yaml.MarkedYAMLError as e:
        plek = e.problem_mark or e.context_mark
        teken = tekst[plek.index:plek.index + 1] if plek and 0 <= plek.index < len(tekst) else ""
        reden, oplossing = yaml_reden(e.problem, teken)
        raise InhoudFout([Bevinding(bestand, (plek.line if plek else 0) + eerste_regel, FOUT,
                                    f"{wat}: {reden}", oplossing)]) from None
    except yaml.YAMLError as e:
        raise InhoudFout([Bevinding(bestand, eerste_regel, FOUT, f"{wat}: de opbouw klopt niet",
                                    yaml_reden(str(e))[1])]) from None


def weigeren() -> bool:
    """False only in the safety-net test (HANDREIKING_ALLEEN_VANGNET=1): then hostile
    text and HTML are not refused but only made harmless, so the tests can prove that
    the second line of defence (sanitiser, escaping, PDF fetcher) holds on its own."""
    return os.environ.get("HANDREIKING_ALLEEN_VANGNET") != "1"


