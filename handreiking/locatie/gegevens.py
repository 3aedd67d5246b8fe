"""Read and check a location file (pure functions, Dutch findings with file and line).

The file is plain YAML with three keys:

    inrichting: PI Voorbeeld
    contacten:
      - rol: Aandachtsfunctionaris kindermishandeling
        naam: A. Voorbeeld            # optional
        telefoon: "012 000 00 01"
        bereikbaar: ma–vr 8.30–17.00   # optional
        voor: [medewerkers, gezinnen]  # optional, default: medewerkers
    notities:                          # optional, per werkkaart (file name without .md)
      bezoek-portier: Local agreement in one or two sentences.

Everything is plain text: no HTML, no Markdown links, no URL schemes. Unknown keys,
YAML anchors and aliases are refused (by the shared loader), so what the file says is what the edition shows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from handreiking.controles import FOUT, Bevinding, InhoudFout, _tekst, onveilige_tekst, yaml_met_regels

VELDEN = ("inrichting", "contacten", "notities")
CONTACTVELDEN = ("rol", "naam", "telefoon", "bereikbaar", "voor")
DOELGROEPEN = ("medewerkers", "gezinnen")
MAX_LENGTE = {"inrichting": 80, "rol": 80, "naam": 80, "telefoon": 30, "bereikbaar": 80, "notitie": 200}
_TELEFOON = re.compile(r"^\+?[0-9][0-9 ()\-.]*$")
_SCHEMA = re.compile(r"\b(javascript|vbscript|data|file|https?)\s*:", re.I)
_MARKDOWN = re.compile(r"\]\(|<https?:|\*\[|`")


@dataclass(frozen=True)
class Contact:
    rol: str
    telefoon: str
    naam: str = ""
    bereikbaar: str = ""
    voor: tuple[str, ...] = ("medewerkers",)

    @property
    def tel(self) -> str:
        return tel_link(self.telefoon)


@dataclass(frozen=True)
class Locatie:
    inrichting: str
    contacten: tuple[Contact, ...]
    notities: dict[str, str] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return slug(self.inrichting)

    def contacten_voor(self, doelgroep: str) -> list[Contact]:
        return [c for c in self.contacten if doelgroep in c.voor]


def slug(naam: str) -> str:
    """'PI Voorbeeld' -> 'pi-voorbeeld' (for the folder and zip of the edition)."""
    ascii_ = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "locatie"


def tel_link(nummer: str) -> str:
    """'088 123 45 67' -> 'tel:+31881234567'; '+32 2 …' and '0032 …' stay international;
    a short number (112, an internal extension) stays as it is."""
    cijfers = re.sub(r"[^0-9]", "", nummer)
    if nummer.strip().startswith("+"):
        return f"tel:+{cijfers}"
    if cijfers.startswith("00"):
        return f"tel:+{cijfers[2:]}"
    if cijfers.startswith("0"):
        return f"tel:+31{cijfers[1:]}"
    return f"tel:{cijfers}"


def _regel(regels: dict, *pad) -> int:
    while pad and pad not in regels:
        pad = pad[:-1]
    return regels.get(pad, 1)


def _tekstfout(waarde: str) -> str | None:
    reden = onveilige_tekst(waarde)
    if reden:
        return reden
    if _SCHEMA.search(waarde):
        return "bevat een webadres of een ander adres met een dubbele punt (zoals javascript: of https:)"
    if _MARKDOWN.search(waarde):
        return "bevat een Markdown-link, -afkorting of code"
    return None


def controleer_locatie(data, regels: dict, bestand: str, werkkaarten: set[str] | None = None) -> list[Bevinding]:
    """Every finding in a location file; `werkkaarten` are the ids a note may name."""
    uit: list[Bevinding] = []

    def fout(pad: tuple, wat: str, oplossing: str) -> None:
        uit.append(Bevinding(bestand, _regel(regels, *pad), FOUT, wat, oplossing))

    def tekst(pad: tuple, waarde, veld: str, verplicht: bool) -> None:
        if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
            if verplicht:
                fout(pad, f"het veld '{veld}' is leeg of ontbreekt", f"vul '{veld}' in")
            return
        if isinstance(waarde, (int, float)) and veld == "telefoon":
            fout(pad, "het telefoonnummer staat niet tussen aanhalingstekens (dan valt de 0 aan het begin weg)",
                 'zet het nummer tussen aanhalingstekens, bijvoorbeeld telefoon: "012 000 00 01"')
            return
        if not isinstance(waarde, str):
            fout(pad, f"het veld '{veld}' moet tekst zijn, niet '{_tekst(waarde)}'", f"schrijf '{veld}: gewone tekst'")
            return
        reden = _tekstfout(waarde)
        if reden:
            fout(pad, f"het veld '{veld}' {reden}", "schrijf gewone tekst, zonder opmaak of codes")
        grens = MAX_LENGTE.get(veld, MAX_LENGTE["notitie"])
        if len(waarde) > grens:
            fout(pad, f"het veld '{veld}' is te lang ({len(waarde)} tekens, hooguit {grens})", "maak de tekst korter")

    if not isinstance(data, dict):
        fout((), "het bestand moet beginnen met 'inrichting:' en 'contacten:'",
             "zie het voorbeeld locaties/pi-voorbeeld.yml")
        return uit
    for sleutel in data:
        if sleutel not in VELDEN:
            fout((sleutel,), f"onbekend veld '{_tekst(sleutel)}'",
                 f"gebruik alleen {', '.join(VELDEN)}; controleer de spelling en de inspringing")
    tekst(("inrichting",), data.get("inrichting"), "inrichting", True)

    contacten = data.get("contacten")
    if not isinstance(contacten, list) or not contacten:
        fout(("contacten",), "er staan geen contacten in het bestand ('contacten:')",
             "zet onder 'contacten:' minstens één contact, beginnend met '- rol: …'")
        contacten = []
    for i, c in enumerate(contacten):
        pad = ("contacten", i)
        if not isinstance(c, dict):
            fout(pad, f"contact {i + 1} is geen lijstje velden", "begin het contact met '- rol: …' en zet "
                 "telefoon, naam en bereikbaar eronder, even ver ingesprongen")
            continue
        for sleutel in c:
            if sleutel not in CONTACTVELDEN:
                fout(pad + (sleutel,), f"contact {i + 1}: onbekend veld '{_tekst(sleutel)}'",
                     f"gebruik alleen {', '.join(CONTACTVELDEN)}")
        tekst(pad + ("rol",), c.get("rol"), "rol", True)
        tekst(pad + ("naam",), c.get("naam"), "naam", False)
        tekst(pad + ("bereikbaar",), c.get("bereikbaar"), "bereikbaar", False)
        tekst(pad + ("telefoon",), c.get("telefoon"), "telefoon", True)
        nummer = c.get("telefoon")
        if isinstance(nummer, str) and nummer.strip() and not _tekstfout(nummer):
            cijfers = re.sub(r"[^0-9]", "", nummer)
            if not _TELEFOON.match(nummer.strip()) or not 3 <= len(cijfers) <= 15:
                fout(pad + ("telefoon",), f"contact {i + 1}: '{_tekst(nummer)}' is geen telefoonnummer",
                     "schrijf alleen cijfers, spaties en streepjes, zoals \"012 000 00 01\" of \"112\"; "
                     "tijden horen in 'bereikbaar'")
        voor = c.get("voor", ["medewerkers"])
        voor = [voor] if isinstance(voor, str) else voor
        if not isinstance(voor, list) or not voor or any(v not in DOELGROEPEN for v in voor):
            fout(pad + ("voor",), f"contact {i + 1}: 'voor' moet {' en/of '.join(DOELGROEPEN)} zijn",
                 "bijvoorbeeld 'voor: [medewerkers, gezinnen]'")

    notities = data.get("notities")
    if notities is not None:
        if not isinstance(notities, dict):
            fout(("notities",), "'notities' moet per werkkaart één tekst hebben",
                 "schrijf bijvoorbeeld 'bezoek-portier: Tekst van de afspraak.' ingesprongen onder 'notities:'")
        else:
            for kaart, notitie in notities.items():
                if werkkaarten is not None and kaart not in werkkaarten:
                    fout(("notities", kaart), f"er is geen werkkaart '{_tekst(kaart)}'",
                         f"kies uit {', '.join(sorted(werkkaarten))}")
                tekst(("notities", kaart), notitie, "notitie", True)
    return uit


def lees_locatie(pad: Path, naam: str | None = None, werkkaarten: set[str] | None = None) -> Locatie:
    """Load, check and return a location file; InhoudFout with Dutch findings otherwise."""
    naam = naam or str(pad)
    if not pad.is_file():
        raise InhoudFout([Bevinding(naam, 1, FOUT, "dit locatiebestand bestaat niet",
                                    "controleer het pad in HANDREIKING_LOCATIE (vanaf de map van de handreiking)")])
    data, regels = yaml_met_regels(pad, naam)  # refuses YAML anchors and aliases, with the line
    fouten = controleer_locatie(data, regels, naam, werkkaarten)
    if fouten:
        raise InhoudFout(fouten)

    def schoon(waarde) -> str:
        return " ".join(str(waarde or "").split())

    contacten = tuple(Contact(rol=schoon(c["rol"]), telefoon=schoon(c["telefoon"]), naam=schoon(c.get("naam")),
                              bereikbaar=schoon(c.get("bereikbaar")),
                              voor=tuple([c["voor"]] if isinstance(c.get("voor"), str)
                                         else c.get("voor") or ["medewerkers"]))
                      for c in data["contacten"])
    return Locatie(inrichting=schoon(data["inrichting"]), contacten=contacten,
                   notities={k: schoon(v) for k, v in (data.get("notities") or {}).items()})
