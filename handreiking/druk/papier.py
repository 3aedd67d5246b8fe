"""Paper versions of a web page: the transforms that the book (drukeditie.py) and the
loose handouts (handouts.py) share. Not a hook itself: those hooks import it.

Every function takes a BeautifulSoup element of one page (or the whole book) and
changes it in place for print:

- `alleen_web`: remove what only works on a screen (`.hr-alleen-web`, also on a heading:
  then its whole section), show `.hr-alleen-print`, drop tags, keywords, edit buttons,
  Markdown code blocks and the zelfscan buttons.
- `bronverwijzingen`: source notes become short citations "(DJI, 2019)" linked to the one
  bibliography; the per-page "Bronnen" heading and note list go. (Page footnotes with
  `float: footnote` were tried: in WeasyPrint 70 they cost 2.5 times the layout time and
  lose their place on long pages.) `bibliografie` gives the list the same labels.
- `externe_links`: a link to a website gets its readable address after it.
- `formulieren`: task lists become checklists with a notes column; tables with empty
  cells become write-in forms with fixed column widths.
- `zelfscan`: the zelfscan form becomes a table per pillar with boxes and a score line.
- `typografie`: Dutch quotation marks and typographic apostrophes, web phrases in their
  paper wording, and only glyphs that the embedded font has.
"""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag

from handreiking.web.typografie import aanhalingstekens

KOPPEN = ("h1", "h2", "h3", "h4", "h5", "h6")
WEG = (".md-tags, p.hr-zoektermen, .hr-web, a.headerlink, a.md-content__button, .footnote-backref, "
       ".hr-zelfscan__knoppen, .hr-zelfscan__resultaat, script, noscript")

# Characters the font lacks, and what paper gets instead.
VERVANG_TEKEN = {"\u2192": "\u203a", "\u2190": "\u2039", "\u21a9": "", "\u2713": "\u00d7", "\u2714": "\u00d7",
                 "\u2610": "", "\u202f": "\u00a0", "\u2011": "-", "\u2002": " ", "\u2003": " ", "\u200b": ""}

# Screen wording with a fixed paper equivalent (whole phrases, case as written).
WEB_NAAR_PAPIER = [("Op deze pagina", "In dit hoofdstuk"), ("Deze pagina ", "Dit hoofdstuk ")]


# -- Web-only parts ----------------------------------------------------------------

def sectie_van(kop: Tag) -> list[Tag]:
    """A heading and everything after it up to the next heading of the same or a higher level."""
    niveau = int(kop.name[1])
    uit = [kop]
    for sib in list(kop.next_siblings):
        if isinstance(sib, Tag) and sib.name in KOPPEN and int(sib.name[1]) <= niveau:
            break
        uit.append(sib)
    return uit


MARKDOWN = re.compile(r"^\s*(#{1,6} \S|\|.*\|\s*$)", re.M)


def _weg_met_codeblok(pre: Tag) -> None:
    """A block of Markdown to copy is of no use on paper; nor is a section that only
    introduces it (heading, a few paragraphs and the block)."""
    blok = pre.find_parent("div", class_="highlight") or pre
    kop = blok.find_previous_sibling(KOPPEN)
    if kop is not None:
        sectie = sectie_van(kop)
        if blok in sectie and all(not isinstance(d, Tag) or d is kop or d is blok or d.name == "p" for d in sectie):
            for deel in sectie:
                deel.extract()
            return
    blok.decompose()


def alleen_web(el: Tag) -> None:
    for weg in el.select(WEG):
        weg.decompose()
    for pre in el.find_all("pre"):
        if pre.parent is not None and MARKDOWN.search(pre.get_text()):
            _weg_met_codeblok(pre)
    for web in el.select(".hr-alleen-web"):
        if web.parent is None:
            continue
        if web.name in KOPPEN:
            for deel in sectie_van(web):
                deel.extract()
            continue
        ouder = web.parent
        web.decompose()
        if ouder.name == "li" and not ouder.get_text(strip=True):
            ouder.decompose()
    for papier in el.select(".hr-alleen-print"):
        del papier["hidden"]


# -- Source notes -------------------------------------------------------------------

_INITIALEN = re.compile(r"^(Lord\s+)?([A-Z][a-z]?\.[\s-]*)+$")


def kort_auteur(auteurs: str, afkortingen: dict[str, str]) -> str:
    """'Venema, S. D., Haan, M., & Blaauw, E.' -> 'Venema e.a.'; 'Dienst Justitiële
    Inrichtingen' -> 'DJI' (an abbreviation from the glossary); 'Punt (Avans)' -> 'Punt'."""
    auteurs = " ".join(str(auteurs).split())
    if re.search(r",\s*(Lord\s+)?[A-Z][a-z]?\.", auteurs):
        delen = [d for d in re.split(r",\s*&?\s*|\s*&\s*", auteurs) if d.strip()]
        namen = [d.strip() for d in delen if not _INITIALEN.match(d.strip())]
        if len(namen) == 1:
            return namen[0]
        return f"{namen[0]} & {namen[1]}" if len(namen) == 2 else f"{namen[0]} e.a."
    if auteurs.lower() in afkortingen:
        return afkortingen[auteurs.lower()]
    return re.sub(r"\s*\([^)]*\)$", "", auteurs)


def bronlabels(bronnen: list[dict], afkortingen: dict[str, str]) -> dict[str, dict]:
    """Per source id: the short citation ('DJI, 2018a', 'Venema e.a., 2021') and the year
    as the bibliography shows it. `bronnen` in the order of the bibliography; equal
    author and year get a, b, c (APA; 'z.j.-a' for sources without a year)."""
    groepen: dict[tuple[str, str], list[str]] = {}
    info = {}
    for b in bronnen:
        kort = kort_auteur(b["auteurs"], afkortingen)
        jaar = str(b["jaar"])
        groepen.setdefault((kort, jaar), []).append(b["id"])
        info[b["id"]] = {"kort": kort, "jaar": jaar, "afkorting": kort if kort in afkortingen.values() else ""}
    for (kort, jaar), ids in groepen.items():
        for i, bron_id in enumerate(ids):
            letter = "abcdefghijklmnopqrstuvwxyz"[i % 26] if len(ids) > 1 else ""
            jaar_nu = f"{jaar}-{letter}" if letter and not jaar[-1:].isdigit() else f"{jaar}{letter}"
            info[bron_id].update(jaar_label=jaar_nu, label=f"{kort}, {jaar_nu}")
    return info


def bronverwijzingen(el: Tag, soup: BeautifulSoup, labels: dict[str, dict], naar: str = "") -> list[str]:
    """Every note reference becomes a short citation '(DJI, 2019; Hanze, 2026)' before the
    full stop, linked to the bibliography (`naar` + id); the per-page "Bronnen" heading
    and note list go. Returns the cited source ids in order."""
    eigen = {}
    for li in el.select("div.footnote li[id]"):
        for a in li.select("a"):
            if a.get_text(strip=True) == "Naar de bronnenlijst" or "footnote-backref" in (a.get("class") or []):
                a.decompose()
        eigen[li["id"]] = (li.find("p") or li).decode_contents().strip()
    geciteerd: list[str] = []
    for sup in el.select("sup"):
        a = sup.find("a", href=re.compile(r"fn:"))
        if a is None or sup.parent is None:
            continue
        doel = a["href"].rpartition("fn:")[2]
        houder = _vorige_bron(sup)
        if houder is not None:  # a second note right after the first: one pair of brackets
            houder.contents[-1].replace_with(soup.new_string("; "))
        else:
            houder = soup.new_tag("span", attrs={"class": "hr-bron"})
            houder.append(soup.new_string("("))
            _voor_de_punt(sup, houder, soup)
        if doel in labels:
            link = soup.new_tag("a", attrs={"class": "hr-bronlink", "href": f"#{naar}{doel}"})
            link.string = labels[doel]["label"]
            houder.append(link)
            if doel not in geciteerd:
                geciteerd.append(doel)
        else:
            sleutel = next((k for k in eigen if k.endswith(f"fn:{doel}")), None)
            houder.append(BeautifulSoup(eigen.get(sleutel, ""), "html.parser"))
        houder.append(soup.new_string(")"))
        sup.decompose()
    for blok in el.select("div.footnote"):
        blok.decompose()
    for kop in el.select(".hr-bronnen"):
        if kop.parent is not None and kop.name in KOPPEN:
            for deel in sectie_van(kop):
                deel.extract()
    # Pages that still end with a hand-written "## Bronnen" list.
    for kop in el.find_all(KOPPEN[1:]):
        if kop.parent is not None and kop.get_text(strip=True) == "Bronnen" and str(kop.get("id", "")).endswith("bronnen"):
            for deel in sectie_van(kop):
                deel.extract()
    return geciteerd


def _vorige_bron(sup: Tag) -> Tag | None:
    """The citation just before this note (perhaps with its full stop in between)."""
    vorige = sup.previous_sibling
    if isinstance(vorige, NavigableString) and re.fullmatch(r"[.?!:;,]?", str(vorige).strip()):
        vorige = vorige.previous_sibling if str(vorige).strip() else vorige.previous_sibling
    if isinstance(vorige, Tag) and "hr-bron" in (vorige.get("class") or []):
        return vorige
    return None


def _voor_de_punt(sup: Tag, houder: Tag, soup: BeautifulSoup) -> None:
    """Put the citation where the note stands, but before a full stop that precedes it."""
    vorige = sup.previous_sibling
    if isinstance(vorige, NavigableString):
        m = re.search(r"([.?!:;,])(\s*)$", str(vorige))
        if m and not str(vorige).rstrip().endswith(("e.a.", "z.j.")):
            vorige.replace_with(soup.new_string(str(vorige)[:m.start()] + " "))
            sup.insert_before(houder)
            houder.insert_after(soup.new_string(m.group(1)))
            return
    sup.insert_before(soup.new_string(" ") if not str(vorige or " ")[-1:].isspace() else "")
    sup.insert_before(houder)


def bibliografie(el: Tag, labels: dict[str, dict], volgorde: list[str] | None = None) -> None:
    """The bibliography on paper: the year as cited ('2018a', 'z.j.-b') and the
    abbreviation used in the citations ('Dienst Justitiële Inrichtingen [DJI]')."""
    for li in el.select("ul.hr-bronnenlijst > li[id]"):
        bron_id = li["id"].rpartition(":")[2]
        info = labels.get(bron_id)
        eerste = li.find(string=True)
        if not info or eerste is None:
            continue
        tekst = str(eerste)
        if info["jaar_label"] != info["jaar"]:
            tekst = tekst.replace(f"({info['jaar']})", f"({info['jaar_label']})", 1)
        if info["afkorting"]:
            tekst = tekst.replace(" (", f" [{info['afkorting']}] (", 1)
        eerste.replace_with(tekst)


def leesbaar_adres(url: str) -> str:
    """https://www.dji.nl/a/b/ -> www.dji.nl/a/b"""
    return re.sub(r"^(https?://|mailto:)", "", url).rstrip("/")


def externe_links(el: Tag, soup: BeautifulSoup) -> None:
    """A link to a website whose text is not its address gets the readable address after it."""
    for a in el.find_all("a", href=re.compile(r"^(https?:|mailto:)")):
        if a.find_parent("ul", class_="hr-bronnenlijst"):
            a["class"] = (a.get("class") or []) + ["hr-adres"]
            continue
        tekst = a.get_text(" ", strip=True)
        adres = leesbaar_adres(a["href"])
        if tekst.rstrip("/") in (a["href"].rstrip("/"), adres):
            a["class"] = (a.get("class") or []) + ["hr-adres"]
            continue
        na = soup.new_tag("span", attrs={"class": "hr-adres-na"})
        na.string = f"({adres})"
        a.insert_after(na)
        a.insert_after(soup.new_string(" "))


# -- Forms -------------------------------------------------------------------------

def _is_vragenlijst(items: list[Tag]) -> bool:
    vragen = sum(1 for li in items if li.get_text(" ", strip=True).rstrip(").").endswith("?"))
    return vragen * 2 >= len(items)


TEKSTBREEDTE_MM = 156  # the text column of the book (boek.scss: A4 less two margins of 27 mm)
MM_PER_TEKEN = 1.9     # the width of a character in a table (9.5 pt), generous for bold headers
CEL_MM = 3.0           # the padding of a cell


def formulieren(el: Tag, soup: BeautifulSoup) -> None:
    """Task lists become checklist tables with a notes column; tables with empty cells
    become write-in forms with room to write."""
    for ul in el.select("ul.task-list"):
        items = [li for li in ul.find_all("li", recursive=False)]
        if not items:
            continue
        vragen = _is_vragenlijst(items)
        tabel = soup.new_tag("table", attrs={"class": "hr-checklist" + (" hr-checklist--vragen" if vragen else "")})
        kolommen = soup.new_tag("colgroup")
        for breedte in ("hr-kol-vak", "hr-kol-punt", "hr-kol-notitie"):
            kolommen.append(soup.new_tag("col", attrs={"class": breedte}))
        tabel.append(kolommen)
        kop = soup.new_tag("thead")
        rij = soup.new_tag("tr")
        for tekst in ("Gevraagd" if vragen else "Klaar", "Vraag" if vragen else "Punt",
                      "Antwoord of notitie" if vragen else "Notitie"):
            th = soup.new_tag("th", attrs={"scope": "col"})
            th.string = tekst
            rij.append(th)
        kop.append(rij)
        tabel.append(kop)
        romp = soup.new_tag("tbody")
        for li in items:
            for label in li.select("label.task-list-control, input"):
                label.decompose()
            rij = soup.new_tag("tr")
            vak = soup.new_tag("td", attrs={"class": "hr-vakcel"})
            vak.append(soup.new_tag("span", attrs={"class": "hr-vakje"}))
            punt = soup.new_tag("td")
            for kind in list(li.contents):
                punt.append(kind.extract())
            rij.extend([vak, punt, soup.new_tag("td", attrs={"class": "hr-schrijfcel"})])
            romp.append(rij)
        tabel.append(romp)
        ul.replace_with(tabel)
    for tabel in el.find_all("table"):
        if {"hr-checklist", "hr-scan"} & set(tabel.get("class") or []) or tabel.find_parent("table") \
                or tabel.find("colgroup"):
            continue  # a checklist or the zelfscan has its own column widths
        invulformulier(tabel, soup)


def inleiding_bij_tabel(el: Tag) -> None:
    """The sentence that introduces a table stays with it (class hr-voor-tabel, _basis.scss):
    no heading and its first sentence alone at a page foot, the table on the next page."""
    for tabel in el.find_all("table"):
        vorige = tabel.find_previous_sibling()
        if vorige is not None and vorige.name == "p" and tabel.find_parent("table") is None:
            vorige["class"] = (vorige.get("class") or []) + ["hr-voor-tabel"]


def kolomdelen(gemiddeld: list[float], minimum: list[float]) -> list[float]:
    """Each column's share of the table width: in proportion to its average text length,
    but never less than `minimum` (the share its longest word needs, so that no word is
    broken without a hyphen). Shares add up to 1."""
    if sum(minimum) >= 1:
        return [m / sum(minimum) for m in minimum]
    vast: dict[int, float] = {}
    while True:
        rest = 1 - sum(vast.values())
        vrij = [i for i in range(len(gemiddeld)) if i not in vast]
        totaal = sum(gemiddeld[i] for i in vrij) or 1
        deel = {i: rest * (gemiddeld[i] or 0) / totaal if sum(gemiddeld[j] for j in vrij) else rest / len(vrij)
                for i in vrij}
        te_smal = [i for i in vrij if deel[i] < minimum[i]]
        if not te_smal:
            return [vast.get(i, deel.get(i, 0)) for i in range(len(gemiddeld))]
        for i in te_smal:
            vast[i] = minimum[i]


def gelijke_kolommen(el: Tag, soup: BeautifulSoup) -> int:
    """Tables of the same structure (the same header row, at least twice in `el`) get the
    same column widths, so a reader paging through sees one grid: each column's share
    follows its average text length over all those tables, never less than its longest
    word or header needs (`kolomdelen`). Tables with their own widths (forms, checklists, zelfscan) stay
    as they are. Returns the number of tables given widths."""
    groepen: dict[tuple[str, ...], list[Tag]] = {}
    for tabel in el.find_all("table"):
        koppen = tuple(th.get_text(" ", strip=True) for th in tabel.select("thead th"))
        if len(koppen) < 2 or tabel.find("colgroup") or tabel.find_parent("table"):
            continue
        groepen.setdefault(koppen, []).append(tabel)
    gedaan = 0
    for koppen, tabellen in groepen.items():
        if len(tabellen) < 2:
            continue
        lengtes = [[] for _ in koppen]
        minimum = [max(len(w) for w in (k.split() or [""])) for k in koppen]
        for tabel in tabellen:
            for rij in tabel.select("tbody tr"):
                for i, cel in enumerate(rij.find_all(["td", "th"], recursive=False)[:len(koppen)]):
                    tekst = cel.get_text(" ", strip=True)
                    lengtes[i].append(len(tekst))
                    minimum[i] = max(minimum[i], max((len(w) for w in tekst.split()), default=0))
        delen = kolomdelen([sum(x) / len(x) if x else 0 for x in lengtes],
                           [(m * MM_PER_TEKEN + CEL_MM) / TEKSTBREEDTE_MM for m in minimum])
        for tabel in tabellen:
            kolommen = soup.new_tag("colgroup")
            for d in delen:
                kolommen.append(soup.new_tag("col", attrs={"style": f"width: {100 * d:.1f}%"}))
            tabel.insert(0, kolommen)
            tabel["class"] = (tabel.get("class") or []) + ["hr-gelijk"]
            gedaan += 1
    return gedaan


LABEL_MAX = 36  # % of the column for a label column in a form (50 % next to a notes column)
VINKKOLOM = re.compile(r"(gedaan\b|afgevinkt\b|klaar\??$)", re.I)  # the header of a tick column
NOTITIE = re.compile(r"\b(notitie|notities|opmerking|opmerkingen)\b", re.I)


def _alleen_vet(cel: Tag) -> bool:
    tekst = cel.get_text(" ", strip=True)
    vet = " ".join(b.get_text(" ", strip=True) for b in cel.find_all(["strong", "b"]))
    return bool(tekst) and tekst == vet


def invulformulier(tabel: Tag, soup: BeautifulSoup) -> None:
    """A table with empty body cells: rows of at least 12 mm to write in (9 mm when the
    empty column is a notes column, "Notitie"), label columns as wide as their words need
    (up to 36 %), the answer columns sharing the rest. A row with only a bold first cell
    is a group heading."""
    rijen = [tr for tr in tabel.select("tbody tr")] or tabel.find_all("tr")[1:]
    if not rijen:
        return
    cellen = [tr.find_all(["td", "th"], recursive=False) for tr in rijen]
    leeg = [[not c.get_text(strip=True) for c in rij] for rij in cellen]
    if not any(any(r) for r in leeg):
        return
    kopcellen = (tabel.find("thead") or tabel).find("tr").find_all(["th", "td"])
    notities = any(NOTITIE.search(k.get_text(" ", strip=True)) for k in kopcellen)
    tabel["class"] = (tabel.get("class") or []) + ["hr-invultabel"] + (["hr-invultabel--notities"] if notities else [])
    for tr, rij, r in zip(rijen, cellen, leeg, strict=True):
        if len(rij) > 1 and not r[0] and all(r[1:]) and _alleen_vet(rij[0]):
            tr["class"] = (tr.get("class") or []) + ["hr-groepsregel"]  # a group heading inside the table
        elif any(r):
            tr["class"] = (tr.get("class") or []) + ["hr-schrijfregel"]
    for k, kop in enumerate(kopcellen):
        if VINKKOLOM.match(kop.get_text(" ", strip=True)):  # "Gedaan": a box to tick in every row
            for tr, rij in zip(rijen, cellen, strict=True):
                if k < len(rij) and not rij[k].get_text(strip=True) and "hr-groepsregel" not in (tr.get("class") or []):
                    rij[k]["class"] = (rij[k].get("class") or []) + ["hr-vakcel"]
                    rij[k].append(soup.new_tag("span", attrs={"class": "hr-vakje"}))
    aantal = max(len(r) for r in cellen)
    # Widths in % of the text column; one character of table text is about 1.1 % (the
    # longest word gets MM_PER_TEKEN, as in `gelijke_kolommen`: "Telefoonnummer" stays whole),
    # the cell padding about 2.8 %.
    minst, gewenst, antwoord = [], [], []
    for k in range(aantal):
        teksten = [rij[k].get_text(" ", strip=True) for rij in cellen if k < len(rij)]
        kop = kopcellen[k].get_text(" ", strip=True) if k < len(kopcellen) else ""
        woorden = [len(w) for t in teksten + [kop] for w in t.split()] or [3]
        minst.append(max(woorden) * 100 * MM_PER_TEKEN / TEKSTBREEDTE_MM + 2.8)
        gewenst.append(min(max(len(t) for t in teksten + [kop]) * 1.1 + 2.8, 50 if notities else LABEL_MAX))
        antwoord.append(all(not t for t in teksten))
    vast = [max(m, g) if not a else 0 for m, g, a in zip(minst, gewenst, antwoord, strict=True)]
    ruimte = 100 - sum(max(m, 14) for m, a in zip(minst, antwoord, strict=True) if a)
    if sum(vast) > ruimte:  # shrink the label columns towards their longest word
        boven = sum(v - m for v, m, a in zip(vast, minst, antwoord, strict=True) if not a)
        teveel = sum(vast) - ruimte
        vast = [v - (v - m) * min(1, teveel / boven) if not a and boven else v
                for v, m, a in zip(vast, minst, antwoord, strict=True)]
    rest = 100 - sum(vast)
    aantal_antwoord = sum(antwoord) or 1
    kolommen = soup.new_tag("colgroup")
    for v, a in zip(vast, antwoord, strict=True):
        breedte = rest / aantal_antwoord if a else v * (100 / sum(vast) if not any(antwoord) else 1)
        kolommen.append(soup.new_tag("col", attrs={"style": f"width: {breedte:.1f}%"}))
    tabel.insert(0, kolommen)


def zelfscan(el: Tag, soup: BeautifulSoup, nummer_kop=None) -> None:
    """The zelfscan form as a table per pillar: the statement, four boxes, and a score
    line to add up by hand; then a summary table for the four pillars."""
    form = el.find("form", class_="hr-zelfscan")
    if form is None:
        return
    maximum = int(form.get("data-max-score") or 3)
    pijlers = []
    for sectie in form.select("section.hr-zelfscan__pijler"):
        kop = sectie.find(KOPPEN)
        stellingen = sectie.select("fieldset.hr-stelling")
        if not stellingen:
            continue
        niveaus = [(lab.get_text(" ", strip=True), lab.find("input").get("value", ""))
                   for lab in stellingen[0].select(".hr-stelling__niveaus label")]
        tabel = soup.new_tag("table", attrs={"class": "hr-scan"})
        kolommen = soup.new_tag("colgroup")
        kolommen.append(soup.new_tag("col", attrs={"class": "hr-scan__kol-stelling"}))
        for _ in niveaus:
            kolommen.append(soup.new_tag("col", attrs={"class": "hr-scan__kol-niveau"}))
        tabel.append(kolommen)
        thead = soup.new_tag("thead")
        tr = soup.new_tag("tr")
        th = soup.new_tag("th", attrs={"scope": "col"})
        th.string = "Stelling"
        tr.append(th)
        for label, score in niveaus:
            th = soup.new_tag("th", attrs={"scope": "col", "class": "hr-scan__niveau"})
            th.append(soup.new_string(label))
            th.append(soup.new_tag("br"))
            punten = soup.new_tag("span", attrs={"class": "hr-scan__punten"})
            punten.string = f"{score} {'punt' if score == '1' else 'punten'}"
            th.append(punten)
            tr.append(th)
        thead.append(tr)
        tabel.append(thead)
        tbody = soup.new_tag("tbody")
        for nr, fs in enumerate(stellingen, start=1):
            tr = soup.new_tag("tr")
            td = soup.new_tag("td", attrs={"class": "hr-scan__stelling"})
            tekst = soup.new_tag("p", attrs={"class": "hr-scan__tekst"})
            tekst.append(soup.new_string(f"{nr}. "))
            legend = fs.find("legend")
            tekst.extend(list(legend.contents) if legend else [])
            td.append(tekst)
            uitleg = fs.find("p", class_="hr-stelling__uitleg")
            if uitleg is not None:
                uitleg["class"] = ["hr-scan__uitleg"]
                td.append(uitleg.extract())
            tr.append(td)
            for label, _ in niveaus:
                vak = soup.new_tag("td", attrs={"class": "hr-vakcel"})
                vak.append(soup.new_tag("span", attrs={"class": "hr-vakje", "title": label}))
                tr.append(vak)
            tbody.append(tr)
        tabel.append(tbody)
        tfoot = soup.new_tag("tfoot")
        tr = soup.new_tag("tr", attrs={"class": "hr-scan__totaal"})
        td = soup.new_tag("td", attrs={"colspan": str(len(niveaus) + 1)})
        titel = kop.get_text(" ", strip=True) if kop else "deze pijler"
        td.append(soup.new_string(f"Score {titel.split(':')[0].lower()}: tel de punten van de aangekruiste vakjes op."))
        lijn = soup.new_tag("span", attrs={"class": "hr-scan__invul"})
        lijn.string = f"______ van de {len(stellingen) * maximum} punten"
        td.append(lijn)
        tr.append(td)
        tfoot.append(tr)
        tabel.append(tfoot)
        pijlers.append((titel, len(stellingen) * maximum))
        if kop is not None and pijlers[:-1]:
            kop["class"] = (kop.get("class") or []) + ["hr-scan__kop"]  # from the second pillar: a new page
        sectie.replace_with(kop, tabel) if kop else sectie.replace_with(tabel)
    overzicht = soup.new_tag("table", attrs={"class": "hr-invultabel hr-scan-overzicht"})
    overzicht.append(BeautifulSoup(
        '<colgroup><col style="width: 46%"><col style="width: 18%"><col style="width: 18%"><col style="width: 18%"></colgroup>'
        '<thead><tr><th scope="col">Pijler</th><th scope="col">Jouw score</th><th scope="col">Maximaal</th>'
        '<th scope="col">Percentage</th></tr></thead>', "html.parser"))
    tbody = soup.new_tag("tbody")
    for titel, hoogste in pijlers:
        tr = soup.new_tag("tr", attrs={"class": "hr-schrijfregel"})
        for tekst in (titel, "", str(hoogste), ""):
            td = soup.new_tag("td")
            td.string = tekst
            tr.append(td)
        tbody.append(tr)
    totaal = BeautifulSoup(f'<tr class="hr-schrijfregel hr-scan__som"><td>Totaal</td><td></td>'
                           f'<td>{sum(h for _, h in pijlers)}</td><td></td></tr>', "html.parser")
    tbody.append(totaal)
    overzicht.append(tbody)
    samen = soup.new_tag("div", attrs={"class": "hr-scan-samenvatting"})
    uitleg = soup.new_tag("p")
    uitleg.string = ("Zet de score van elke pijler in deze tabel. Deel je score door het maximum en vermenigvuldig "
                     "met 100: dat is het percentage. De pijler met het laagste percentage vraagt het eerst aandacht.")
    samen.extend([uitleg, overzicht])
    form.insert_after(samen)
    form.unwrap()


# -- Typography --------------------------------------------------------------------

# "pijler 2", "stap 3", "deel 1", "doel 4", "p. 48", "art. 5": never split over two lines
SAMEN = re.compile(r"\b((?:[Pp]ijler|[Ss]tap|[Dd]eel|[Dd]oel|[Hh]oofdstuk|p\.|art\.|[Aa]rtikel)) (?=\d|$)")


def typografie(el: Tag, glyphs: set[int] | None = None, vervang_web: bool = True) -> list[str]:
    """Dutch quotes, paper wording, and only glyphs the font has. Returns the
    characters (as 'U+XXXX x') that the font lacks and that have no replacement."""
    ontbreekt: set[str] = set()
    vorige_eind = " "
    for tekst in el.find_all(string=True):
        if not isinstance(tekst, NavigableString) or type(tekst) is not NavigableString:
            continue
        ouder = tekst.parent
        if ouder is None or ouder.name in ("style", "script", "code", "pre", "title"):
            continue
        nieuw = str(tekst)
        if not (ouder.name == "a" and ouder.get("href", "").startswith(("http", "mailto"))
                and "hr-adres" in (ouder.get("class") or [])):
            nieuw = aanhalingstekens(nieuw, vorige_eind[-1:].isspace() or vorige_eind[-1:] in "([")
            if vervang_web:
                for web, papier in WEB_NAAR_PAPIER:
                    nieuw = nieuw.replace(web, papier)
        for teken, vervanging in VERVANG_TEKEN.items():
            nieuw = nieuw.replace(teken, vervanging)
        nieuw = SAMEN.sub("\\1\u00a0", nieuw)
        if glyphs is not None:
            for teken in set(nieuw):
                if ord(teken) not in glyphs and not teken.isspace() and ord(teken) >= 0x20:
                    ontbreekt.add(f"U+{ord(teken):04X} {teken}")
        if nieuw != tekst:
            tekst.replace_with(nieuw)
        if nieuw:
            vorige_eind = nieuw
    return sorted(ontbreekt)


def vervang_tekst(el: Tag, paren: list[tuple[str, str]]) -> None:
    for tekst in el.find_all(string=True):
        nieuw = str(tekst)
        for oud, door in paren:
            nieuw = nieuw.replace(oud, door)
        if nieuw != tekst:
            tekst.replace_with(nieuw)


def glyphs_van(lettertypen: list[Path]) -> set[int]:
    """The code points that every one of these font files has."""
    from fontTools.ttLib import TTFont

    sets = [set(TTFont(str(p)).getBestCmap()) for p in lettertypen]
    return set.intersection(*sets) if sets else set()


_TTF: dict[tuple[str, int], str] = {}


def _als_data_url(pad: Path) -> str:
    """The WOFF2 file as a TrueType data: URL, converted once per build: WeasyPrint
    would otherwise unpack the WOFF2 again for every render (0.3 s for each handout)."""
    import base64
    import io

    from fontTools.ttLib import TTFont

    sleutel = (str(pad), pad.stat().st_mtime_ns)
    if sleutel not in _TTF:
        font = TTFont(str(pad))
        font.flavor = None
        buffer = io.BytesIO()
        font.save(buffer)
        _TTF[sleutel] = "data:font/ttf;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
    return _TTF[sleutel]


def fontface_css(map_: Path) -> str:
    """@font-face rules for Source Sans 3 (overrides/assets/fonts), embedded as data: URLs."""
    regels = []
    for bestand, stijl, gewicht in (("400-normal", "normal", 400), ("400-italic", "italic", 400),
                                    ("600-normal", "normal", 600), ("700-normal", "normal", 700),
                                    ("700-normal", "italic", 700)):  # bold italic: slanted by WeasyPrint
        url = _als_data_url(map_ / f"source-sans-3-latin-{bestand}.woff2")
        regels.append(f'@font-face {{ font-family: "Source Sans 3"; font-style: {stijl}; font-weight: {gewicht}; '
                      f'src: url("{url}") format("truetype"); }}')
    return "\n".join(regels)


# The page numbers of the book are written into the PDF after its one layout (boek.py):
# the layout sets a code of tabular figures in these fonts, copies of Source Sans 3 under
# their own name, so the code can be found in the PDF and replaced by the page number.
NUMMERFONTS = {"Source Sans 3 Paginanummer": "400-normal", "Source Sans 3 Paginanummer Vet": "600-normal"}
_NUMMERFONT: dict[tuple[str, str, int], str] = {}


def _hernoemd(pad: Path, familie: str) -> str:
    import base64
    import io

    from fontTools.ttLib import TTFont

    sleutel = (str(pad), familie, pad.stat().st_mtime_ns)
    if sleutel not in _NUMMERFONT:
        font = TTFont(str(pad))
        font.flavor = None
        for rec in font["name"].names:
            if rec.nameID in (1, 4, 16):
                rec.string = familie
            elif rec.nameID == 6:
                rec.string = familie.replace(" ", "-")
            elif rec.nameID in (2, 17):
                rec.string = "Regular"
        buffer = io.BytesIO()
        font.save(buffer)
        _NUMMERFONT[sleutel] = "data:font/ttf;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
    return _NUMMERFONT[sleutel]


def nummer_fontface_css(map_: Path) -> str:
    """@font-face rules for the page-number fonts (see NUMMERFONTS)."""
    return "\n".join(f'@font-face {{ font-family: "{familie}"; src: url("{_hernoemd(map_ / f"source-sans-3-latin-{bestand}.woff2", familie)}") '
                     'format("truetype"); }' for familie, bestand in NUMMERFONTS.items())


def cijferglyphs(map_: Path) -> tuple[dict[int, str], dict[str, int], dict[str, int]]:
    """Glyph id -> character and back for the figures and ')' of the page-number fonts
    (the PDF keeps the font's glyph ids), and the advance of a figure per font family
    (in 1/1000 em)."""
    from fontTools.ttLib import TTFont

    naar_teken, naar_glyph, breedte = {}, {}, {}
    for familie, bestand in NUMMERFONTS.items():
        font = TTFont(str(map_ / f"source-sans-3-latin-{bestand}.woff2"))
        cmap = font.getBestCmap()
        for teken in "0123456789)\u00a0":
            gid = font.getGlyphID(cmap[ord(teken)])
            if naar_glyph.setdefault(teken, gid) != gid:
                raise ValueError(f"{familie}: andere glyph voor {teken!r} dan in de andere cijferfont")
            naar_teken[gid] = teken
        eenheden = font["head"].unitsPerEm
        breedte[familie.replace(" ", "-")] = round(font["hmtx"][cmap[ord("0")]][0] * 1000 / eenheden)
    return naar_teken, naar_glyph, breedte


def lettertypen(map_: Path) -> list[Path]:
    return sorted(map_.glob("source-sans-3-latin-*.woff2"))


def kopklassen(el: Tag) -> None:
    """Mark each heading with its level in the page (hr-kop-2 for an H2 ...), so the
    book can shift levels and the style stays with the role."""
    for kop in el.find_all(KOPPEN[1:]):
        kop["class"] = (kop.get("class") or []) + [f"hr-kop-{min(4, int(kop.name[1]))}"]


def voor_papier(el: Tag, soup: BeautifulSoup, labels: dict[str, dict], naar: str = "") -> list[str]:
    """All page-level transforms in order; returns the cited source ids."""
    alleen_web(el)
    kopklassen(el)
    geciteerd = bronverwijzingen(el, soup, labels, naar)
    externe_links(el, soup)
    zelfscan(el, soup)
    formulieren(el, soup)
    inleiding_bij_tabel(el)
    for abbr in el.find_all("abbr"):
        abbr.unwrap()  # the glossary explains the term; on paper a tooltip does nothing
    return geciteerd
