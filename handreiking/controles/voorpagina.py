"""Front matter: split it from the body and check every field."""

from __future__ import annotations

import datetime as dt
import re

from .basis import (
    _VELDEN_IN_ATTRIBUUT,
    FOUT,
    Bevinding,
    InhoudFout,
    _hashbaar,
    _strings,
    _tekst,
    _veldregel,
    als_lijst,
    laad_yaml,
    onveilige_tekst,
    weigeren,
)
from .schema import controleer_schema

# -- Front matter ----------------------------------------------------------------

_VOORPAGINA = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)


def splits_voorpagina(tekst: str, bestand: str) -> tuple[dict, str, int]:
    """Split front matter from the body.

    Returns (meta, body, number of lines before the body). Raises InhoudFout when
    the front matter is missing or is not valid YAML.
    """
    m = _VOORPAGINA.match(tekst)
    if not m:
        raise InhoudFout([Bevinding(bestand, 1, FOUT,
            "de voorpagina (front matter) ontbreekt of is niet afgesloten",
            "begin de pagina met een regel '---', dan de velden, dan weer een regel '---'")])
    meta = laad_yaml(m.group(1), bestand, 2, "de voorpagina (front matter) is geen geldige YAML") or {}
    if not isinstance(meta, dict):
        raise InhoudFout([Bevinding(bestand, 2, FOUT,
            "de voorpagina bevat geen velden",
            "schrijf velden als 'naam: waarde', één per regel")])
    return meta, tekst[m.end():], m.group(0).count("\n")

def toegestane_labels(vocab: dict) -> set[str]:
    """Tags (labels) an editor may write under `tags:`: pillar and role names."""
    uit = set()
    for p in vocab.get("pijlers", []):
        uit |= {str(p.get("titel")), str(p.get("kort")), f"Pijler {p.get('nummer')}",
                f"Pijler {p.get('nummer')}: {p.get('kort')}", f"Pijler {p.get('nummer')}: {p.get('titel')}"}
    uit |= {str(r.get("naam")) for r in vocab.get("rollen", [])}
    return uit


def controleer_voorpagina(bestand: str, tekst: str, meta: dict, vocab: dict,
                          bron_ids: set[str]) -> list[Bevinding]:
    """Required fields per page type, controlled vocabularies from vocabulaire.yml,
    the right kind of value in each field and text that is safe to publish."""
    uit: list[Bevinding] = []

    def fout(veld: str, wat: str, oplossing: str) -> None:
        uit.append(Bevinding(bestand, _veldregel(tekst, veld), FOUT, wat, oplossing))

    for veld, waarde in meta.items():
        for pad, s in _strings(waarde, str(veld)):
            hoofdveld = str(veld)
            reden = onveilige_tekst(s, hoofdveld in _VELDEN_IN_ATTRIBUUT)
            if not reden and re.search(r"\]\(|(javascript|vbscript)\s*:", s, re.I):
                reden = "bevat een link; in de voorpagina staat alleen gewone tekst"
            if reden and weigeren():
                fout(hoofdveld, f"het veld '{pad}' {reden}",
                     "schrijf gewone tekst; gebruik „…” of ‘…’ voor aanhalingstekens en "
                     "schrijf 'kleiner dan' in plaats van <")
    uit += controleer_schema(bestand, tekst, meta)
    if "search" in meta:
        zoek = meta["search"]
        if not isinstance(zoek, dict) or not set(zoek) <= {"boost", "exclude"} \
                or not isinstance(zoek.get("boost", 1), (int, float)) or isinstance(zoek.get("boost"), bool):
            fout("search", "het veld 'search' klopt niet",
                 "schrijf 'search: {boost: 2}' (een getal); 'exclude: true' haalt de pagina uit de zoekfunctie")
    if "tags" in meta:
        toegestaan = toegestane_labels(vocab)
        for t in als_lijst(meta["tags"]):
            if not isinstance(t, str):
                fout("tags", f"het label '{_tekst(t)}' is geen tekst (maar een lijst of 'naam: waarde')",
                     "schrijf labels als 'tags: [Casemanager]', of beter: gebruik 'pijlers' en 'doelgroep', "
                     "dan komen de labels vanzelf")
            elif t not in toegestaan:
                fout("tags", f"het label '{_tekst(t)}' staat niet in de vaste lijst (docs/_data/vocabulaire.yml)",
                     "gebruik 'pijlers: [..]' en 'doelgroep: [..]', dan komen de labels vanzelf; of kies uit: "
                     + ", ".join(sorted(toegestaan & {str(r.get('naam')) for r in vocab.get('rollen', [])})))

    types = vocab["paginatypes"]
    basis = ["paginatype", "beschrijving", "eigenaar", "laatst_gecontroleerd"]
    for veld in basis:
        if meta.get(veld) in (None, ""):
            fout(veld, f"het verplichte veld '{veld}' ontbreekt in de voorpagina",
                 f"voeg '{veld}: …' toe tussen de twee regels '---' (zie de schrijfwijzer)")
    paginatype = meta.get("paginatype")
    if paginatype is not None and (not _hashbaar(paginatype) or paginatype not in types):
        fout("paginatype", f"onbekend paginatype '{_tekst(paginatype)}'",
             "kies een van: " + ", ".join(types))
        return uit
    for veld in types.get(paginatype, []):
        if meta.get(veld) in (None, "", []):
            fout(veld, f"het veld '{veld}' is verplicht voor een {paginatype}",
                 f"voeg '{veld}: …' toe aan de voorpagina")
    eigenaar = meta.get("eigenaar")
    if eigenaar and (not _hashbaar(eigenaar) or eigenaar not in vocab["eigenaren"]):
        fout("eigenaar", f"onbekende eigenaar '{_tekst(eigenaar)}'",
             "kies een van: " + ", ".join(vocab["eigenaren"]))
    datum = meta.get("laatst_gecontroleerd")
    if datum is not None and not isinstance(datum, dt.date):
        fout("laatst_gecontroleerd", f"'{_tekst(datum)}' is geen geldige datum",
             "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-29")
    if "beschrijving" in meta and meta["beschrijving"] and len(str(meta["beschrijving"])) > 200:
        fout("beschrijving", "de beschrijving is langer dan 200 tekens",
             "maak er één korte zin van (zoekmachines tonen ongeveer 160 tekens)")

    nummers = {p["nummer"] for p in vocab["pijlers"]}
    if "pijler" in meta and (not _hashbaar(meta["pijler"]) or meta["pijler"] not in nummers):
        fout("pijler", f"onbekende pijler '{_tekst(meta['pijler'])}'", "gebruik een nummer van 1 tot en met 4")
    if "pijlers" in meta:
        for p in als_lijst(meta["pijlers"]):
            if not _hashbaar(p) or p not in nummers:
                fout("pijlers", f"onbekende pijler '{_tekst(p)}'",
                     "gebruik nummers van 1 tot en met 4, bijvoorbeeld 'pijlers: [1, 3]'")
    rollen = {r["id"] for r in vocab["rollen"]}
    for r in als_lijst(meta.get("doelgroep")):
        if not _hashbaar(r) or r not in rollen:
            fout("doelgroep", f"onbekende rol '{_tekst(r)}' in doelgroep", "kies uit: " + ", ".join(sorted(rollen)))
    if "rol" in meta and (not _hashbaar(meta["rol"]) or meta["rol"] not in rollen):
        fout("rol", f"onbekende rol '{_tekst(meta['rol'])}'", "kies uit: " + ", ".join(sorted(rollen)))
    soorten = {s["id"] for s in vocab["soorten"]}
    if "soort" in meta and (not _hashbaar(meta["soort"]) or meta["soort"] not in soorten):
        fout("soort", f"onbekende soort '{_tekst(meta['soort'])}'",
             "kies 'praktijk' (echt, met bron) of 'casus' (fictief)")
    bronnen = meta.get("bronnen") or []
    if meta.get("soort") == "praktijk" and not bronnen:
        fout("bronnen", "een praktijkvoorbeeld zonder bron",
             "noem in 'bronnen' minstens één id uit docs/_data/bronnen.yml, of maak er een casus (fictief) van")
    for b in als_lijst(bronnen):
        if not _hashbaar(b) or b not in bron_ids:
            fout("bronnen", f"onbekende bron '{_tekst(b)}'",
                 "gebruik een id uit docs/_data/bronnen.yml of voeg de bron daar eerst toe")
    uit += controleer_in_het_kort(bestand, tekst, meta)
    return uit


IN_HET_KORT_MAX = 5
IN_HET_KORT_TEKENS = 160


def controleer_in_het_kort(bestand: str, tekst: str, meta: dict) -> list[Bevinding]:
    """`in_het_kort`: a list of 1 to 5 lines of plain text, each at most 160 characters."""
    if "in_het_kort" not in meta:
        return []
    regel = _veldregel(tekst, "in_het_kort")
    waarde = meta["in_het_kort"]
    voorbeeld = "schrijf het als een lijst, elke regel op een eigen regel met '  - ' ervoor"
    if not isinstance(waarde, list) or not waarde:
        return [Bevinding(bestand, regel, FOUT, "het veld 'in_het_kort' is geen lijst met regels", voorbeeld)]
    uit = []
    if len(waarde) > IN_HET_KORT_MAX:
        uit.append(Bevinding(bestand, regel, FOUT,
                             f"'in_het_kort' heeft {len(waarde)} regels; het mogen er hooguit {IN_HET_KORT_MAX} zijn",
                             "houd drie tot vijf regels over: wat je doet, wie het doet en wanneer"))
    for i, r in enumerate(waarde, 1):
        if not isinstance(r, str) or not r.strip():
            uit.append(Bevinding(bestand, regel + i, FOUT, f"regel {i} van 'in_het_kort' is geen tekst",
                                 "zet gewone tekst achter '  - '; tekst met een dubbele punt tussen aanhalingstekens"))
        elif len(r) > IN_HET_KORT_TEKENS:
            uit.append(Bevinding(bestand, regel + i, FOUT,
                                 f"regel {i} van 'in_het_kort' is {len(r)} tekens; het mogen er hooguit "
                                 f"{IN_HET_KORT_TEKENS} zijn", "maak er een korte zin van"))
        elif re.search(r"[<>\[\]`*|#]", r):
            uit.append(Bevinding(bestand, regel + i, FOUT,
                                 f"regel {i} van 'in_het_kort' bevat opmaak of een link",
                                 "schrijf gewone tekst, zonder **, [ ], < > of #"))
    return uit
