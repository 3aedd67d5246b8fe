"""Front matter by schema: every field a page may set, with its kind of value.

Material and MkDocs read more fields than a page of the handreiking needs (`template`,
`icon`, `status`, `author`, `location` for redirects, …), and print some of them into the
page or into the menus of every other page without escaping. So a page may set only the
fields below; any other field is refused with a Dutch message naming file and line. The
values of the controlled fields (paginatype, eigenaar, pijlers, doelgroep, …) are checked
against docs/_data/vocabulaire.yml in voorpagina.py.
"""

from __future__ import annotations

import datetime as dt

from .basis import FOUT, Bevinding, _tekst, _veldregel

TEKST, GETAL, DATUM, JANEE, LIJST, ZOEKEN = "tekst", "getal", "datum", "ja/nee", "lijst", "zoeken"

# field: (kind of value, what it is for — shown when a field is unknown)
VELDEN: dict[str, tuple[str, str]] = {
    "title": (TEKST, "de titel in menu en tabblad, als die anders is dan de kop"),
    "beschrijving": (TEKST, "één zin over de pagina"),
    "paginatype": (TEKST, "het soort pagina"),
    "eigenaar": (TEKST, "wie de inhoud bijhoudt"),
    "laatst_gecontroleerd": (DATUM, "de datum van de laatste inhoudelijke controle"),
    "zoektermen": (LIJST, "woorden waarop de pagina gevonden moet worden"),
    "tags": (LIJST, "labels (liever via pijlers en doelgroep)"),
    "pijler": (GETAL, "de pijler van een pijlerpagina"),
    "pijlers": (LIJST, "de pijlers waar de pagina bij hoort"),
    "doelgroep": (LIJST, "de rollen voor wie de pagina is"),
    "rol": (TEKST, "de rol van een werkkaart"),
    "bronnen": (LIJST, "ids uit docs/_data/bronnen.yml"),
    "titel": (TEKST, "de titel van een praktijkvoorbeeld in het overzicht"),
    "soort": (TEKST, "praktijk of casus"),
    "locatie": (TEKST, "de inrichting van een praktijkvoorbeeld"),
    "search": (ZOEKEN, "gewicht in de zoekfunctie: {boost: 2} of {exclude: true}"),
    "hide": (LIJST, "onderdelen verbergen: navigation, toc, footer, feedback"),
    "termen_controleren": (JANEE, "false op de pagina die de af te raden termen opsomt"),
    "folder": (JANEE, "true bij een folder voor gezinnen of kinderen: de losse pdf zonder bronnen en zonder regel voor professionals"),
    "een_a4": (JANEE, "true bij een hulpmiddel dat als losse pdf op één A4 moet: de tekst komt in twee kolommen"),
    "in_het_kort": (LIJST, "het kader 'In het kort': 1 tot 5 korte zinnen"),
}
# Fields of the theme that print into templates, with why they are refused.
GEWEIGERD: dict[str, str] = {
    "template": "kiest een ander sjabloon voor de pagina",
    "location": "stuurt lezers door naar een ander adres",
    "author": "komt ongecontroleerd in de <head> van de pagina",
    "status": "komt ongecontroleerd in het menu van elke pagina",
    "icon": "kiest een pictogram uit het thema (een fout laat de bouw van andere pagina's vallen)",
    "subtitle": "komt ongecontroleerd in het menu van elke pagina",
    "description": "wordt gemaakt uit 'beschrijving'",
}
VERBERGEN = {"navigation", "toc", "footer", "feedback"}
KORT_MAX = 5


def controleer_schema(bestand: str, tekst: str, meta: dict) -> list[Bevinding]:
    """Fields that a page may not set, and values of the wrong kind."""
    uit: list[Bevinding] = []

    def fout(veld: str, wat: str, oplossing: str) -> None:
        uit.append(Bevinding(bestand, _veldregel(tekst, veld), FOUT, wat, oplossing))

    for veld, waarde in meta.items():
        naam = str(veld)
        if naam in GEWEIGERD:
            fout(naam, f"het veld '{_tekst(naam)}' is niet toegestaan in de voorpagina: het {GEWEIGERD[naam]}",
                 f"haal de regel '{_tekst(naam)}: …' weg")
            continue
        if naam not in VELDEN:
            fout(naam, f"onbekend veld '{_tekst(naam)}' in de voorpagina",
                 "haal het weg of kies een van: " + ", ".join(VELDEN))
            continue
        soort = VELDEN[naam][0]
        if waarde is None:
            continue
        if soort == TEKST and (isinstance(waarde, bool) or not isinstance(waarde, (str, int, float))):
            fout(naam, f"het veld '{naam}' moet een tekst zijn, geen lijst of 'naam: waarde'",
                 f"schrijf '{naam}: gewone tekst' op één regel")
        elif soort == GETAL and (isinstance(waarde, bool) or not isinstance(waarde, int)):
            fout(naam, f"het veld '{naam}' moet een getal zijn", f"schrijf bijvoorbeeld '{naam}: 1'")
        elif soort == JANEE and not isinstance(waarde, bool):
            fout(naam, f"het veld '{naam}' moet true of false zijn", f"schrijf '{naam}: false'")
        elif soort == DATUM and not isinstance(waarde, dt.date):
            pass  # voorpagina.py: "… is geen geldige datum"
        elif soort == LIJST and isinstance(waarde, dict):
            fout(naam, f"het veld '{naam}' moet een lijst zijn, geen 'naam: waarde'",
                 f"schrijf '{naam}: [eerste, tweede]'")
    if "hide" in meta:
        for w in meta["hide"] if isinstance(meta["hide"], list) else [meta["hide"]]:
            if not isinstance(w, str) or w not in VERBERGEN:
                fout("hide", f"'{_tekst(w)}' kan niet verborgen worden",
                     "kies uit: " + ", ".join(sorted(VERBERGEN)) + ", als lijst: 'hide: [toc]'")
    if "in_het_kort" in meta:
        kort = meta["in_het_kort"]
        if not isinstance(kort, list) or not 1 <= len(kort) <= KORT_MAX \
                or not all(isinstance(z, str) and z.strip() for z in kort):
            fout("in_het_kort", f"'in_het_kort' moet een lijst zijn van 1 tot {KORT_MAX} korte zinnen",
                 "schrijf elke zin op een eigen regel die begint met '  - '")
    return uit


def alleen_toegestane_velden(meta: dict) -> dict:
    """The front matter without the fields a page may not set (the safety net: whatever
    the check missed never reaches a template)."""
    return {k: v for k, v in meta.items() if str(k) in VELDEN}
