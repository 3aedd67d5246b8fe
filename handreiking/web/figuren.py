"""Hook: figures drawn at build time from data, as accessible inline SVG.

The marker `<!-- figuur naam -->` on a page becomes a <figure> with the drawing in the
house font and colours, a caption and a text alternative (role="img", <title> and <desc>;
for the complex ones also the figure in words, in a <details>). Each figure comes in a
wide drawing (screen and paper) and a narrow one for phones; CSS shows one of the two.
The words come from docs/_data/figuren.yml, the pillars from vocabulaire.yml, the step
plan from the titles of its pages and the decision aid from the numbered questions on
the gezag page itself, so editors change words, not drawings. An unknown figure name
stops the build with the file and line.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
from mkdocs.exceptions import PluginError

from handreiking import controles as c
from handreiking.web import tekening as t

MARKER = re.compile(r"<!--\s*figuur\s+([^\s>]*)\s*-->")
BESTAND = "docs/_data/figuren.yml"
BESLISHULP = "situaties/gezag-omgang-en-contact.md"
STAPPENPLAN = "aan-de-slag/stappenplan/"
_data: dict = {}
_vocab: dict = {}
_labels: dict = {}
_template = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent), autoescape=True, trim_blocks=True, lstrip_blocks=True,
).get_template("figuur.html.j2")


def on_config(config):
    global _data, _vocab, _labels
    _vocab = c.lees_vocabulaire(config.docs_dir)
    bronnen = c.lees_yaml(c.data_map(config.docs_dir) / "bronnen.yml") or []
    _data = c.lees_gegevens(config.docs_dir, "figuren.yml", leeg={},
                            controleer=lambda d: controleer_figuren(d, {b["id"] for b in bronnen}))
    from handreiking.druk import drukeditie  # the short source labels, as the book prints them

    _labels = drukeditie.bronlabels(config.docs_dir)
    return config


def on_page_markdown(markdown, page, config, files):
    if "figuur" not in markdown:
        return markdown

    def vervang(m: re.Match) -> str:
        naam = m.group(1)
        if naam not in TEKENAARS:
            regel = markdown[:m.start()].count("\n") + 1
            raise PluginError(f"docs/{page.file.src_uri}: onbekende figuur '{naam}' (regel {regel} van de tekst "
                              f"zonder voorpagina) — kies uit: {', '.join(TEKENAARS)}")
        return "\n\n" + figuur(naam, bronnen_voor(naam, files)) + "\n\n"

    return MARKER.sub(vervang, markdown)


def bronnen_voor(naam: str, files) -> dict:
    """What a figure needs besides figuren.yml: other pages' text, read from the files."""
    if naam == "beslishulp":
        f = files.get_file_from_path(BESLISHULP)
        return {"vragen": beslishulp_vragen(f.content_string if f else "")}
    if naam == "stappenplan":
        stappen = sorted((f for f in files.documentation_pages()
                          if f.src_uri.startswith(STAPPENPLAN + "stap-")), key=lambda f: _stapnummer(f.src_uri))
        return {"stappen": [_titel(f.content_string) for f in stappen]}
    return {}


def figuur(naam: str, extra: dict | None = None) -> str:
    """The <figure> for one figure name, as one block of HTML without blank lines."""
    gegevens = _data.get(naam, {})
    breed, smal, woorden = TEKENAARS[naam](gegevens, extra or {})
    html = _template.render(naam=naam, titel=gegevens.get("titel", ""), beschrijving=gegevens.get("beschrijving", ""),
                            onderschrift=gegevens.get("onderschrift", ""), breed=breed, smal=smal, woorden=woorden,
                            letter="'Source Sans 3', sans-serif")
    return re.sub(r"\n\s*\n", "\n", html).strip()


# -- The figures --------------------------------------------------------------------------

def _bronlabel(bron) -> str:
    ids = c.als_lijst(bron)
    return "; ".join(_labels.get(i, {}).get("label", i) for i in ids)


def kerncijfers(d: dict, _extra: dict):
    cijfers = d.get("cijfers", [])

    def tegels(breedte: float, kolommen: int, getal: float) -> dict:
        gat = 12
        b = (breedte - gat * (kolommen - 1)) / kolommen
        elementen, y = [], 0.0
        for start in range(0, len(cijfers), kolommen):
            rij = cijfers[start:start + kolommen]
            onderdelen = []
            for i, cijfer in enumerate(rij):
                x = i * (b + gat)
                tekst = t.regels(cijfer["tekst"], b - 24, t.GEWOON)
                bron = t.regels("Bron: " + _bronlabel(cijfer.get("bron")), b - 24, t.KLEIN)
                h = 12 + getal * 1.15 + 6 + t.hoogte_van(len(tekst), t.GEWOON) + 6 + t.hoogte_van(len(bron), t.KLEIN) + 12
                onderdelen.append((x, cijfer, tekst, bron, h))
            rijhoogte = max(o[4] for o in onderdelen)
            for x, cijfer, tekst, bron, _h in onderdelen:
                elementen.append(t.rect(x, y, b, rijhoogte, t.TINT))
                elementen.append(t.rect(x, y, b, 5, t.BLAUW, rx=0))
                elementen.append(t.tekst(x + 12, y + 12, [cijfer["getal"]], getal, vet=True, kleur=t.BLAUW))
                ty = y + 12 + getal * 1.15 + 6
                elementen.append(t.tekst(x + 12, ty, tekst, t.GEWOON))
                ty += t.hoogte_van(len(tekst), t.GEWOON) + 6
                elementen.append(t.tekst(x + 12, ty, bron, t.KLEIN, kleur=t.GRIJS))
            y += rijhoogte + gat
        return t.tekening(breedte, y - gat, elementen)

    woorden = [f"{x['getal']} {x['tekst']} (bron: {_bronlabel(x.get('bron'))})." for x in cijfers]
    return tegels(t.BREED, 3, 30), tegels(t.SMAL, 1, 30), woorden


def tijdlijn(d: dict, _extra: dict):
    stappen = d.get("stappen", [])

    def breed() -> dict:
        n = len(stappen) or 1
        gat = 8
        b = (t.BREED - gat * (n - 1)) / n
        koppen = [t.regels(s["moment"], b - 4, t.KOP, vet=True) for s in stappen]
        kinderen = [t.regels(s["kind"], b - 12, t.KLEIN) for s in stappen]
        wies = [t.regels(s["wie"], b - 12, t.KLEIN, vet=True) for s in stappen]
        # one row of boxes under the highest heading, all as high as the highest box
        rij_y = 38 + max((t.hoogte_van(len(k), t.KOP) for k in koppen), default=0) + 8
        rijhoogte = max((8 + t.hoogte_van(len(k), t.KLEIN) + 8 + t.hoogte_van(len(w), t.KLEIN) + 8
                         for k, w in zip(kinderen, wies, strict=True)), default=0)
        elementen = [t.lijn([(b / 2, 18), (t.BREED - b / 2, 18)], t.BLAUW, 3)]
        for i, (kop, kind, wie) in enumerate(zip(koppen, kinderen, wies, strict=True)):
            x = i * (b + gat)
            elementen += [
                t.cirkel(x + b / 2, 18, 11, t.BLAUW),
                t.tekst(x + b / 2, 9, [str(i + 1)], t.KLEIN, vet=True, kleur=t.WIT, anker="middle"),
                t.tekst(x + b / 2, 38, kop, t.KOP, vet=True, kleur=t.BLAUW, anker="middle"),
                t.rect(x, rij_y, b, rijhoogte, t.TINT),
                t.tekst(x + 6, rij_y + 8, kind, t.KLEIN),
                t.tekst(x + 6, rij_y + 16 + t.hoogte_van(len(kind), t.KLEIN), wie, t.KLEIN, vet=True, kleur=t.GRIJS),
            ]
        return t.tekening(t.BREED, rij_y + rijhoogte, elementen)

    def smal() -> dict:
        elementen, y = [], 0.0
        x_lijn, x_blok = 14, 36
        for i, s in enumerate(stappen):
            elementen_stap, h = t.blok(x_blok, y, t.SMAL - x_blok, s["moment"], s["kind"])
            wie = t.regels("Wie: " + s["wie"], t.SMAL - x_blok - 20, t.KLEIN, vet=True)
            elementen_stap[0]["h"] += t.hoogte_van(len(wie), t.KLEIN) + 4
            elementen_stap.append(t.tekst(x_blok + 10, y + h - 6, wie, t.KLEIN, vet=True, kleur=t.GRIJS))
            h += t.hoogte_van(len(wie), t.KLEIN) + 4
            if i < len(stappen) - 1:
                elementen.append(t.lijn([(x_lijn, y + 14), (x_lijn, y + h + 14 + 12)], t.BLAUW, 3))
            elementen.append(t.cirkel(x_lijn, y + 14, 11, t.BLAUW))
            elementen.append(t.tekst(x_lijn, y + 5, [str(i + 1)], t.KLEIN, vet=True, kleur=t.WIT, anker="middle"))
            elementen += elementen_stap
            y += h + 12
        return t.tekening(t.SMAL, y - 12, elementen)

    woorden = [f"{i + 1}. {s['moment']}: {s['kind']} Wie: {s['wie']}." for i, s in enumerate(stappen)]
    return breed(), smal(), woorden


def veiligheidsroute(d: dict, _extra: dict):
    acuut, daarna, meldcode = d.get("acuut", []), d.get("daarna", {}), d.get("meldcode", [])

    def teken(breedte: float, naast: bool) -> dict:
        elementen, y = [], 0.0
        kop = "Acuut gevaar voor een kind?"
        elementen.append(t.tekst(0, y, [kop], t.KOP, vet=True, kleur=t.ROOD))
        y += t.hoogte_van(1, t.KOP) + 6
        # the two first actions: side by side (wide) or under each other (narrow)
        b = (breedte - 12) / 2 if naast else breedte
        blokken = [t.blok((i * (b + 12) if naast else 0), 0, b, a["kop"], a["tekst"], vul=t.ROOD_TINT,
                          kopkleur=t.ROOD, streep=t.ROOD) for i, a in enumerate(acuut)]
        if naast:
            h = max((hb for _e, hb in blokken), default=0)
            for e, _hb in blokken:
                e[0]["h"] = h
                e[1]["h"] = h
                elementen += _verschuif(e, y)
            y += h
        else:
            for e, hb in blokken:
                elementen += _verschuif(e, y)
                y += hb + 8
            y -= 8
        elementen += t.pijl_omlaag(breedte / 2, y + 2, y + 26)
        y += 30
        e, h = t.blok(0, y, breedte, daarna.get("kop", ""), daarna.get("tekst", ""), streep=t.BLAUW)
        elementen += e
        y += h
        elementen += t.pijl_omlaag(breedte / 2, y + 2, y + 26)
        y += 30
        elementen.append(t.tekst(0, y, ["De meldcode in vijf stappen"], t.KOP, vet=True, kleur=t.BLAUW))
        y += t.hoogte_van(1, t.KOP) + 6
        for i, s in enumerate(meldcode):
            if naast:  # the heading in a left column, the text beside it
                kop = t.regels(f"{i + 1}. {s['kop']}", 200, t.KOP, vet=True)
                rest = t.regels(s["tekst"], breedte - 230, t.GEWOON)
                h = 16 + max(t.hoogte_van(len(kop), t.KOP), t.hoogte_van(len(rest), t.GEWOON))
                elementen += [t.rect(0, y, breedte, h), t.tekst(10, y + 8, kop, t.KOP, vet=True, kleur=t.BLAUW),
                              t.tekst(220, y + 9, rest, t.GEWOON)]
            else:
                e, h = t.blok(0, y, breedte, f"{i + 1}. {s['kop']}", s["tekst"])
                elementen += e
            y += h
            if i < len(meldcode) - 1:
                elementen += t.pijl_omlaag(24, y + 1, y + 13)
                y += 14
        return t.tekening(breedte, y, elementen)

    woorden = [f"Acuut gevaar, {a['kop'].lower()}: {a['tekst']}" for a in acuut]
    woorden.append(f"{daarna.get('kop', '')}: {daarna.get('tekst', '')}")
    woorden += [f"Meldcode stap {i + 1}, {s['kop'].lower()}: {s['tekst']}" for i, s in enumerate(meldcode)]
    return teken(t.BREED, True), teken(t.SMAL, False), woorden


def _verschuif(elementen: list[dict], dy: float) -> list[dict]:
    for e in elementen:
        if "y" in e:
            e["y"] = round(e["y"] + dy, 1)
    return elementen


def pijlerhuis(d: dict, _extra: dict):
    pijlers = _vocab.get("pijlers", [])

    def teken(breedte: float, staand: bool) -> dict:
        elementen = []
        dakregels = t.regels(d.get("dak", ""), breedte * (0.75 if staand else 0.55), t.KOP + 1, vet=True)
        dakhoogte = 36 + t.hoogte_van(len(dakregels), t.KOP + 1) + 14
        elementen.append(t.vlak([(0, dakhoogte), (breedte / 2, 0), (breedte, dakhoogte)], t.BLAUW))
        elementen.append(t.tekst(breedte / 2, 36, dakregels, t.KOP + 1, vet=True, kleur=t.WIT, anker="middle"))
        y = dakhoogte + 8
        if staand:  # four columns side by side
            gat = 12
            b = (breedte - 24 - gat * 3) / 4
            delen = []
            for i, p in enumerate(pijlers):
                naam = t.regels(p["kort"], b - 10, t.GEWOON, vet=True)
                delen.append((12 + i * (b + gat), p, naam))
            h = 60 + max(t.hoogte_van(len(n), t.GEWOON) for _x, _p, n in delen) + 16
            for x, p, naam in delen:
                kleur = t.PIJLERS.get(p["nummer"], t.BLAUW)
                elementen.append(t.rect(x, y, b, h, kleur, rx=2))
                elementen.append(t.tekst(x + b / 2, y + 12, [str(p["nummer"])], 30, vet=True, kleur=t.WIT,
                                         anker="middle"))
                elementen.append(t.tekst(x + b / 2, y + 60, naam, t.GEWOON, vet=True, kleur=t.WIT, anker="middle"))
            y += h + 8
        else:  # four bands under each other
            for p in pijlers:
                kleur = t.PIJLERS.get(p["nummer"], t.BLAUW)
                naam = t.regels(p["titel"], breedte - 24 - 44, t.GEWOON, vet=True)
                h = max(44, 16 + t.hoogte_van(len(naam), t.GEWOON))
                elementen.append(t.rect(12, y, breedte - 24, h, kleur, rx=2))
                elementen.append(t.tekst(34, y + h / 2 - 14, [str(p["nummer"])], 24, vet=True, kleur=t.WIT,
                                         anker="middle"))
                elementen.append(t.tekst(60, y + (h - t.hoogte_van(len(naam), t.GEWOON)) / 2, naam, t.GEWOON,
                                         vet=True, kleur=t.WIT))
                y += h + 6
            y += 2
        elementen.append(t.rect(0, y, breedte, 44, t.TINT, t.BLAUW, rx=2))
        elementen.append(t.tekst(breedte / 2, y + 12, [d.get("fundament", "")], t.KOP, vet=True, kleur=t.BLAUW,
                                 anker="middle"))
        return t.tekening(breedte, y + 44, elementen)

    woorden = [d.get("dak", "")] + [f"Pijler {p['nummer']}: {p['titel']}" for p in pijlers] + [d.get("fundament", "")]
    return teken(t.BREED, True), teken(t.SMAL, False), woorden


def stappenplan(d: dict, extra: dict):
    stappen = [re.sub(r"^Stap \d+:\s*", "", s) for s in extra.get("stappen", [])]

    def teken(breedte: float, per_rij: int) -> dict:
        elementen, y = [], 0.0
        gat = 16
        b = (breedte - gat * (per_rij - 1)) / per_rij
        for start in range(0, len(stappen), per_rij):
            rij = stappen[start:start + per_rij]
            naast = per_rij == 1
            namen = [t.regels(s, b - (56 if naast else 16), t.GEWOON, vet=True) for s in rij]
            h = (16 + max(30, max(t.hoogte_van(len(n), t.GEWOON) for n in namen)) if naast
                 else 48 + max(t.hoogte_van(len(n), t.GEWOON) for n in namen) + 10)
            for i, naam in enumerate(namen):
                x = i * (b + gat)
                nummer = start + i + 1
                elementen.append(t.rect(x, y, b, h, t.TINT))
                elementen.append(t.cirkel(x + 24, y + (h / 2 if naast else 24), 15, t.BLAUW))
                elementen.append(t.tekst(x + 24, y + (h / 2 - 11 if naast else 13), [str(nummer)], t.KOP, vet=True,
                                         kleur=t.WIT, anker="middle"))
                ty = y + (h - t.hoogte_van(len(naam), t.GEWOON)) / 2 - 1 if naast else y + 46
                elementen.append(t.tekst(x + (48 if naast else 8), ty, naam, t.GEWOON, vet=True, kleur=t.BLAUW))
                if i < len(rij) - 1:
                    elementen += t.pijl_rechts(x + b + 2, x + b + gat - 2, y + 24)
            y += h
            if start + per_rij < len(stappen):
                if naast:
                    elementen += t.pijl_omlaag(24, y + 1, y + 13)
                    y += 14
                else:  # from the last box of this row back to the first of the next
                    eind = (len(rij) - 1) * (b + gat) + b / 2
                    midden = y + gat / 2 + 2
                    elementen.append(t.lijn([(eind, y + 2), (eind, midden), (24, midden)], t.GRIJS, 2))
                    elementen += t.pijl_omlaag(24, midden, y + gat + 6)
                    y += gat + 8
        return t.tekening(breedte, y, elementen)

    woorden = [f"Stap {i + 1}: {s}" for i, s in enumerate(stappen)]
    return teken(t.BREED, 4), teken(t.SMAL, 1), woorden


def beslishulp(d: dict, extra: dict):
    vragen = extra.get("vragen", [])

    def teken(breedte: float, naast: bool) -> dict:
        elementen, y = [], 0.0
        vb = breedte * 0.5 - 16 if naast else breedte
        for i, v in enumerate(vragen):
            e, h = t.blok(0, y, vb, f"{i + 1}. {v['vraag']}", "", vul=t.WIT, rand=t.BLAUW, binnen=8)
            elementen += e
            actie = ("Ja: " if v.get("ja") else "") + (v.get("ja") or v.get("anders", ""))
            if actie:
                if naast:
                    x = vb + 32
                    ja, hj = t.blok(x, y, breedte - x, "", actie, streep=t.BLAUW, binnen=8)
                    elementen += t.pijl_rechts(vb + 2, x - 2, y + h / 2)
                    elementen += ja
                    h = max(h, hj)
                else:
                    ja, hj = t.blok(24, y + h + 4, breedte - 24, "", actie, streep=t.BLAUW, binnen=8)
                    elementen += ja
                    h += 4 + hj
            y += h
            if i < len(vragen) - 1:
                x = vb / 2 if naast else 12
                elementen += t.pijl_omlaag(x, y + 2, y + 20)
                y += 24
        return t.tekening(breedte, y, elementen)

    woorden = [f"{i + 1}. {v['vraag']} " + (f"Ja: {v['ja']}" if v.get("ja") else v.get("anders", ""))
               for i, v in enumerate(vragen)]
    return teken(t.BREED, True), teken(t.SMAL, False), woorden


TEKENAARS = {"kerncijfers": kerncijfers, "tijdlijn": tijdlijn, "veiligheidsroute": veiligheidsroute,
             "pijlerhuis": pijlerhuis, "stappenplan": stappenplan, "beslishulp": beslishulp}


# -- Words from other pages -----------------------------------------------------------------

def beslishulp_vragen(markdown: str) -> list[dict]:
    """The numbered questions under '## Beslishulp': the bold question, and the first
    sentence after 'Ja:' (or else the first sentence after the question) as the action."""
    m = re.search(r"^## Beslishulp.*?$(.*?)(?=^## )", markdown, re.M | re.S)
    if not m:
        return []
    uit = []
    for item in re.split(r"^\d+\.\s+", m.group(1), flags=re.M)[1:]:
        tekst = " ".join(_platte_tekst(item).split())
        vraag = re.match(r"\*\*(.+?)\*\*\s*(.*)", tekst)
        if not vraag:
            continue
        rest = vraag.group(2)
        ja = re.search(r"Ja:\s*(.+?[.!?])(\s|$)", rest)
        actie = ja.group(1) if ja else (re.match(r"(.+?[.!?])(\s|$)", rest) or [None, ""])[1]
        actie = actie.strip()[:1].upper() + actie.strip()[1:]
        uit.append({"vraag": vraag.group(1).strip(), "ja": actie if ja else "", "anders": actie})
    return uit


def _platte_tekst(md: str) -> str:
    md = re.sub(r"\(\[([^\]]+)\]\([^)]*\)\)", "", md)          # "([gezag nagaan](#gezag-nagaan))" goes
    md = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", md)           # other links keep their words
    md = re.sub(r"\[\^[^\]]+\]", "", md)
    return re.sub(r"\s+([.,])", r"\1", md)


def _titel(markdown: str) -> str:
    m = re.search(r"^# (.+?)(\s*\{.*\})?\s*$", markdown, re.M)
    return m.group(1).strip() if m else ""


def _stapnummer(src_uri: str) -> int:
    m = re.search(r"stap-(\d+)", src_uri)
    return int(m.group(1)) if m else 0


# -- Checks ------------------------------------------------------------------------------

def controleer_figuren(data, bron_ids: set[str]) -> list[str]:
    """Dutch findings for figuren.yml: every figure present, with title, caption and description,
    and the lists each drawing needs."""
    if not isinstance(data, dict):
        return ["het bestand moet per figuur een naam met velden bevatten (naam: …)"]
    fouten = []
    for naam in TEKENAARS:
        f = data.get(naam)
        if not isinstance(f, dict):
            fouten.append(f"de figuur '{naam}' ontbreekt — voeg '{naam}:' toe met titel, onderschrift en beschrijving")
            continue
        for veld in ("titel", "onderschrift", "beschrijving"):
            if not isinstance(f.get(veld), str) or not f[veld].strip():
                fouten.append(f"{naam}: het veld '{veld}' ontbreekt of is geen tekst")
    lijsten = {("kerncijfers", "cijfers"): ("getal", "tekst", "bron"), ("tijdlijn", "stappen"): ("moment", "kind", "wie"),
               ("veiligheidsroute", "acuut"): ("kop", "tekst"), ("veiligheidsroute", "meldcode"): ("kop", "tekst")}
    for (naam, lijst), velden in lijsten.items():
        items = (data.get(naam) or {}).get(lijst) if isinstance(data.get(naam), dict) else None
        if not isinstance(items, list) or not items:
            fouten.append(f"{naam}: de lijst '{lijst}' ontbreekt of is leeg")
            continue
        for i, item in enumerate(items, 1):
            for veld in velden:
                if not isinstance(item, dict) or not item.get(veld):
                    fouten.append(f"{naam}: {lijst} nummer {i} mist het veld '{veld}'")
            if isinstance(item, dict) and veld == "bron":
                for b in c.als_lijst(item.get("bron")):
                    if b not in bron_ids:
                        fouten.append(f"{naam}: onbekende bron '{b}' — gebruik een id uit docs/_data/bronnen.yml")
    return fouten
