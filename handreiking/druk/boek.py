"""The book: the pages of the website, assembled as a print edition. Not a plugin itself:
drukeditie.py collects the pages and calls `maak_boek`.

Shape of the book (from the navigation, minus the pages `exclude_pages` of the
handreiking/drukeditie block in mkdocs.yml leaves out):

- every top-level section is a part: a divider page with its number, title, the lead of
  its index page and the chapters it holds; the rest of the index page follows as the
  part's introduction (titled only when its title differs from the part's);
- every page in a part is a chapter (2.1) that runs on after the one before, with space
  and a rule above it (drukeditie's `doorlopend`); only parts and pillars start a page.
  The pages of a nested section (a pillar, the stappenplan) are its sub-chapters (2.1.1);
- every page of a part carries its thumb tab (boek.scss, page `deelN`; a pillar's in
  its own colour);
- the section "Over" is the back matter: unnumbered chapters, colofon last;
- one table of contents with leaders; internal links print "(zie 2.1, p. 48)"; links to
  pages that are not in the book lose their link but keep their words.

Page numbers: the book is laid out once. Every page number (table of contents, part
dividers, references) is set as a code of tabular figures in a font of its own
(papier.NUMMERFONTS); `paginanummers` replaces each code in the PDF by the page of its
target, read from that one layout. The anchor of a chapter sits on its heading, so a
heading pushed to the next page gives the page it is printed on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin

import pydyf
from bs4 import BeautifulSoup, Tag

from handreiking.druk import papier

NAWERK = "over/"                        # index path of the section that is back matter
SLOT = "over/colofon/"                  # the chapter that closes the book
BRONNENLIJST = "over/bronnen/"
KOPPEN = papier.KOPPEN
GEMAAKT: dict = {}  # facts of the last book (numbers per anchor): the handouts refer into it


@dataclass
class Hoofdstuk:
    pad: str
    el: Tag
    titel: str
    nummer: str = ""
    sub: list[Hoofdstuk] = field(default_factory=list)
    niveau: int = 2

    @property
    def anker(self) -> str:
        return f"{self.pad}:"


@dataclass
class Deel:
    titel: str
    nummer: int | None
    index: Hoofdstuk | None
    hoofdstukken: list[Hoofdstuk]
    inleiding_titel: str = ""

    @property
    def anker(self) -> str:
        return f"deel-{self.nummer}" if self.nummer else ""


def schoon(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst or "").strip().lower().replace(":", "")


def maak_boek(soup: BeautifulSoup, plan: list[dict], sjablonen, css: str, labels: dict[str, dict],
              glyphs: set[int] | None = None, toc_titel: str = "Inhoud", website: str = "") -> dict:
    """Rebuild soup.body as the book. `plan` is the navigation as nested dicts
    ({"titel", "pad"} for a page, {"titel", "kinderen"} for a section). Returns facts
    for the report and the handouts: numbers per anchor, notes, missing glyphs, and the
    target of every page-number code ("doelen", see `paginanummers`). With `website`, a link
    to a page that is not in this book points to that page on the website, its address
    printed after it; without, only its words remain."""
    elementen = {el["id"]: el for el in soup.body.find_all(id=re.compile(r":$"))}
    delen = _delen(plan, elementen)
    geciteerd = set()
    veilig = ""
    for deel in delen:
        for h in _alle(deel):
            veilig = veiligheidsregels(h.el, soup) or veilig
            papier.alleen_web(h.el)
            papier.kopklassen(h.el)
            geciteerd.update(papier.bronverwijzingen(h.el, soup, labels, BRONNENLIJST + ":"))
            if h.pad == BRONNENLIJST:
                papier.bibliografie(h.el, labels)
    body = soup.body
    for kind in list(body.contents):
        kind.extract()
    body["class"] = ["hr-boek"]
    for deel in delen:
        for stuk in _zet_deel(deel, soup, sjablonen):
            body.append(stuk)
    toc = BeautifulSoup(sjablonen.get_template("inhoud.html.j2").render(delen=delen, toc_titel=toc_titel),
                        "html.parser")
    body.insert(0, toc)
    nummers = _nummers_per_anker(delen)
    _verwijzingen(body, nummers, website)
    for sectie in body.select("section.hr-hoofdstuk, section.hr-deelinleiding"):
        papier.externe_links(sectie, soup)
        papier.zelfscan(sectie, soup)
        papier.formulieren(sectie, soup)
    papier.inleiding_bij_tabel(body)
    papier.gelijke_kolommen(body, soup)
    for abbr in body.find_all("abbr"):
        abbr.unwrap()  # the glossary explains the term; on paper a tooltip does nothing
    ontbreekt = papier.typografie(body, glyphs)
    for deel in body.select(".hr-deel__inleiding, section.hr-deelinleiding"):
        papier.vervang_tekst(deel, [("In dit hoofdstuk", "In dit deel"), ("in dit hoofdstuk", "in dit deel"),
                                    ("Dit hoofdstuk", "Dit deel"), ("dit hoofdstuk", "dit deel")])
    _kop(soup, css)
    _ankers_op_koppen(body, delen)
    return {"nummers": nummers, "bronnen": len(geciteerd), "ontbreekt": ontbreekt, "doelen": codes(body),
            "veiligheid": veilig,
            "hoofdstukken": sum(1 + len(h.sub) for d in delen for h in d.hoofdstukken)}


# -- Structure ---------------------------------------------------------------------

def _hoofdstuk(item: dict, elementen: dict) -> Hoofdstuk | None:
    el = elementen.get(f"{item['pad']}:")
    if el is None:
        return None
    h1 = el.find("h1")
    titel = h1.get_text(" ", strip=True) if h1 else item["titel"]
    return Hoofdstuk(pad=item["pad"], el=el, titel=titel)


def _is_index(item: dict) -> bool:
    return "pad" in item and item.get("index", False)


def _delen(plan: list[dict], elementen: dict) -> list[Deel]:
    delen, nummer = [], 0
    for sectie in plan:
        if "kinderen" not in sectie:
            h = _hoofdstuk(sectie, elementen)
            if h:  # a loose top-level page: a chapter of its own in the back matter
                delen.append(Deel(titel=h.titel, nummer=None, index=None, hoofdstukken=[h]))
            continue
        kinderen = sectie["kinderen"]
        index = _hoofdstuk(kinderen[0], elementen) if kinderen and _is_index(kinderen[0]) else None
        rest = kinderen[1:] if index or (kinderen and _is_index(kinderen[0])) else kinderen
        hoofdstukken = []
        for kind in rest:
            if "kinderen" in kind:
                kk = kind["kinderen"]
                kop = _hoofdstuk(kk[0], elementen) if kk and _is_index(kk[0]) else None
                subs = [s for s in (_hoofdstuk(k, elementen) for k in (kk[1:] if kop else kk) if "pad" in k) if s]
                if kop is None and subs:
                    kop, subs = subs[0], subs[1:]
                if kop:
                    kop.sub = subs
                    hoofdstukken.append(kop)
            else:
                h = _hoofdstuk(kind, elementen)
                if h:
                    hoofdstukken.append(h)
        if not hoofdstukken and index is None:
            continue
        nawerk = index is not None and index.pad == NAWERK or any(h.pad.startswith(NAWERK) for h in hoofdstukken[:1])
        if nawerk:
            hoofdstukken.sort(key=lambda h: h.pad == SLOT)
            delen.append(Deel(titel=sectie["titel"], nummer=None, index=None, hoofdstukken=hoofdstukken))
            continue
        nummer += 1
        deel = Deel(titel=sectie["titel"], nummer=nummer, index=index, hoofdstukken=hoofdstukken)
        if index and schoon(index.titel) != schoon(sectie["titel"]):
            deel.inleiding_titel = index.titel
        delen.append(deel)
    for deel in delen:
        for i, h in enumerate(deel.hoofdstukken, start=1):
            h.nummer = f"{deel.nummer}.{i}" if deel.nummer else ""
            for j, s in enumerate(h.sub, start=1):
                s.nummer = f"{h.nummer}.{j}" if h.nummer else ""
                s.niveau = 3
    return delen


def _alle(deel: Deel):
    if deel.index:
        yield deel.index
    for h in deel.hoofdstukken:
        yield h
        yield from h.sub


def _verschuif(el: Tag, stap: int) -> None:
    if stap:
        for kop in el.find_all(KOPPEN):
            kop.name = f"h{min(6, int(kop.name[1]) + stap)}"


def _lead(index: Hoofdstuk) -> list[Tag]:
    """The paragraphs of an index page before its first H2 (the part's introduction)."""
    uit = []
    h1 = index.el.find("h1")
    start = h1.next_sibling if h1 else (index.el.contents[0] if index.el.contents else None)
    knoop = start
    while knoop is not None and not (isinstance(knoop, Tag) and knoop.name in KOPPEN):
        volgende = knoop.next_sibling
        if isinstance(knoop, Tag) and knoop.name in ("p", "ul", "ol") :
            uit.append(knoop.extract())
        knoop = volgende
    return uit


def _zet_deel(deel: Deel, soup: BeautifulSoup, sjablonen) -> list[Tag]:
    stukken = []
    if deel.nummer:
        lead = _lead(deel.index) if deel.index else []
        html = sjablonen.get_template("deel.html.j2").render(
            deel=deel, inleiding="".join(str(p) for p in lead))
        stukken.append(BeautifulSoup(html, "html.parser"))
        if deel.index and deel.index.el.find(["p", "ul", "ol", "table", "div", "figure"]):
            intro = deel.index.el
            h1 = intro.find("h1")
            intro.name = "section"
            intro["class"] = ["hr-deelinleiding", f"hr-deel-{deel.nummer}"]
            intro["data-deel"] = f"{deel.nummer} {deel.titel}"
            if deel.inleiding_titel and h1:
                h1.name = "h2"
                h1["class"] = ["hr-deelinleiding__kop"]
                for kop in intro.find_all(KOPPEN[1:]):
                    if kop is not h1:
                        kop.name = f"h{min(6, int(kop.name[1]) + 1)}"
            elif h1:
                h1.decompose()
            stukken.append(intro)
        elif deel.index:
            # Nothing but the lead: keep the page's anchor so links to it still land.
            anker = soup.new_tag("span", attrs={"id": deel.index.anker})
            stukken[-1].find("section").insert(0, anker)
    for h in deel.hoofdstukken:
        stukken.append(_zet_hoofdstuk(h, deel, soup))
    return stukken


def _nummer_kop(h: Hoofdstuk, deel: Deel, soup: BeautifulSoup) -> None:
    kop = h.el.find("h1")
    if kop is None:
        kop = soup.new_tag("h1")
        kop.string = h.titel
        h.el.insert(0, kop)
    _verschuif(h.el, h.niveau - 1)
    kop["class"] = (kop.get("class") or []) + [f"hr-kop-{'hoofdstuk' if h.niveau == 2 else 'sub'}"]
    if h.nummer:
        nr = soup.new_tag("span", attrs={"class": "hr-nummer"})
        nr.string = h.nummer
        kop.insert(0, nr)
        kop.insert(1, " ")
    kop["data-kop"] = f"{h.nummer} {h.titel}".strip()
    kop["data-deel"] = f"{deel.nummer} {deel.titel}" if deel.nummer else h.titel


def _zet_hoofdstuk(h: Hoofdstuk, deel: Deel, soup: BeautifulSoup) -> Tag:
    _nummer_kop(h, deel, soup)
    h.el.name = "section"
    klassen = ["hr-hoofdstuk"]
    if not deel.nummer:
        klassen.append("hr-nawerk")
    if h.pad == SLOT:
        klassen.append("hr-colofon")
    if deel.nummer:
        klassen.append(f"hr-deel-{deel.nummer}")
    if re.match(r"pijlers/[^/]+/$", h.pad) and pijlernummer(h):
        klassen.append(f"hr-pijler-{pijlernummer(h)}")
    h.el["class"] = klassen
    for s in h.sub:
        _nummer_kop(s, deel, soup)
        s.el.name = "section"
        s.el["class"] = ["hr-subhoofdstuk"]
        h.el.append(s.el.extract())
    return h.el


def pijlernummer(h: Hoofdstuk) -> str:
    m = re.search(r"Pijler (\d)", h.titel)
    return m.group(1) if m else ""


# -- The safety box ----------------------------------------------------------------

VEILIG_TITEL = "Is een kind niet veilig?"
VEILIG_REGEL = ("Zorgen over de veiligheid van een kind? Bij acuut gevaar alarm of 112; zorgt er vandaag niemand voor "
                "het kind, dan Veilig Thuis 0800-2000. Wat je doet: ")


def veiligheidsblokken(el: Tag) -> list[Tag]:
    """The shared safety boxes in `el`: `danger` admonitions titled VEILIG_TITEL."""
    return [box for box in el.select("div.admonition.danger")
            if (titel := box.find(class_="admonition-title")) is not None
            and titel.get_text(" ", strip=True) == VEILIG_TITEL]


def veiligheidsregels(el: Tag, soup: BeautifulSoup) -> str:
    """The shared safety box (docs/_snippets/veiligheid.md, a `danger` admonition titled
    VEILIG_TITEL) is printed in full once, on the inside cover; in the chapters it becomes
    one line with a sign and a reference to the safety chapter. Returns the HTML of the
    first full box found ("" when there is none)."""
    eerste = ""
    for box in veiligheidsblokken(el):
        eerste = eerste or str(box)
        link = box.find("a", href=re.compile(r"^#"))  # the safety chapter, not the tel: links
        regel = soup.new_tag("p", attrs={"class": "hr-veiligregel"})
        regel.append(soup.new_string(VEILIG_REGEL))
        if link is not None:
            a = soup.new_tag("a", attrs={"href": link["href"]})
            a.string = link.get_text(" ", strip=True)
            regel.append(a)
        regel.append(soup.new_string("."))
        box.replace_with(regel)
    return eerste


# -- Cross-references --------------------------------------------------------------

def _nummers_per_anker(delen: list[Deel]) -> dict[str, dict]:
    """Every anchor in the book -> {"nr": "2.1" or "deel 2" or "", "hoofdstuk": chapter id}."""
    uit = {}
    for deel in delen:
        if deel.nummer:
            uit[deel.anker] = {"nr": f"deel {deel.nummer}", "hoofdstuk": deel.anker}
            if deel.index:
                for el in deel.index.el.find_all(id=True):
                    uit[el["id"]] = {"nr": "", "hoofdstuk": deel.anker}
                uit[deel.index.anker] = dict(uit[deel.anker], href=deel.anker)
        for h in deel.hoofdstukken:
            for el in [h.el] + h.el.find_all(id=True):
                uit[el["id"]] = {"nr": h.nummer, "hoofdstuk": h.anker}
            for s in h.sub:
                for el in [s.el] + s.el.find_all(id=True):
                    uit[el["id"]] = {"nr": s.nummer, "hoofdstuk": s.anker}
    return uit


def _verwijzingen(body: Tag, nummers: dict[str, dict], website: str = "") -> None:
    for a in body.find_all("a", href=True):
        href = a["href"]
        if not href.startswith("#") or a.find_parent(class_=["hr-inhoud", "hr-deel__inhoud"]):
            continue
        if a.find_parent(class_="hr-kenmerken"):
            a.unwrap()  # a label, not a reference
            continue
        doel = href[1:]
        if doel.startswith(BRONNENLIJST) and doel != BRONNENLIJST + ":":
            a["class"] = (a.get("class") or []) + ["hr-bronlink"]
            continue
        info = nummers.get(doel)
        if info is None:  # the target is not in this book: its address on the website, or only the words
            pad = unquote(doel.partition(":")[0])
            if website:
                a["href"] = urljoin(website, "" if pad == "." else pad)
            else:
                a.unwrap()
            continue
        eigen = a.find_parent("section", class_=["hr-subhoofdstuk", "hr-hoofdstuk", "hr-deelinleiding"])
        eigen_id = eigen.get("id") if eigen else None
        a["class"] = (a.get("class") or []) + ["hr-verwijzing"]
        if info.get("href"):
            a["href"] = f"#{info['href']}"
        nr = info["nr"] if info["nr"] and info["hoofdstuk"] != eigen_id else ""
        a.append(_zie(nr, a["href"], binnen=_binnen_zie(a)))


def _binnen_zie(a: Tag) -> str:
    """Is the link the last words inside an editor's brackets ("(zie de [indicatoren])",
    "(pijler [2])")? Then its number joins those brackets ("(zie de indicatoren, 4.5, p. 75)",
    "(pijler 2, zie 2.2, p. 44)"), never a second pair inside the first: the editor's ")"
    moves into the reference. Returns how the reference begins there ("" when not inside)."""
    voor, na = a.previous_sibling, a.next_sibling
    if not (isinstance(voor, str) and isinstance(na, str)):
        return False
    if not (re.search(r"\([^()]*$", str(voor)) and str(na).startswith(")")):
        return ""
    na.replace_with(str(na)[1:])
    return "," if re.search(r"\(zie\b[^()]*$", str(voor)) else ", zie"


def _zie(nr: str, href: str, binnen: str = "") -> Tag:
    """' (zie 2.1, p. 48)', or inside an editor's brackets ', 2.1, p. 48)' or ', zie 2.1,
    p. 48)' (`binnen`): the page number is a placeholder until `paginanummers`."""
    begin = binnen.replace(" ", "\u00a0") if binnen else "\u00a0(zie"
    zie = BeautifulSoup(f'<span class="hr-zie">{begin}\u00a0{nr + ", " if nr else ""}p.\u00a0'
                        f'<span class="hr-p" data-doel="{href}">{PLEK})</span></span>', "html.parser")
    return zie.span


# -- Page numbers --------------------------------------------------------------------
# CSS target-counter() would do this in WeasyPrint 70, but it lays out every page with a
# reference two or three times (each pending counter marks its page for another round).
# So the book is laid out once with a code in place of each number; the code has as many
# tabular figures as the longest code, so the real number (never longer: a book has fewer
# pages than references) fits in its place without moving anything else.

PLEK = "000"


def _ankers_op_koppen(body: Tag, delen: list[Deel]) -> None:
    """A chapter's anchor moves from its section to its heading: a run-on sub-chapter
    whose heading does not fit at the bottom of a page starts on the next one, and so does
    its number. Links to the heading's own id go to the chapter anchor."""
    naar = {}
    for deel in delen:
        for h in [x for hs in deel.hoofdstukken for x in (hs, *hs.sub)]:
            kop = h.el.find(KOPPEN)
            anker = h.el.get("id")
            if kop is None or not anker:
                continue
            if kop.get("id"):
                naar[f"#{kop['id']}"] = f"#{anker}"
            del h.el["id"]
            kop["id"] = anker
    for el in body.find_all(attrs={"href": True}):
        el["href"] = naar.get(el["href"], el["href"])
    for el in body.find_all(attrs={"data-doel": True}):
        el["data-doel"] = naar.get(el["data-doel"], el["data-doel"])


def codes(body: Tag) -> list[str]:
    """Number every placeholder (span.hr-p, in document order) with a code of equal length:
    000, 001, ... Returns the target anchor of each code."""
    plekken = body.select("span.hr-p")
    breedte = max(len(PLEK), len(str(len(plekken) - 1)))
    doelen = []
    for i, plek in enumerate(plekken):
        slot = ")" if plek.get_text().endswith(")") else ""
        plek.string = f"{i:0{breedte}d}{slot}"
        doelen.append(_anker(plek["data-doel"]))
    return doelen


def _anker(naam: str) -> str:
    return naam.lstrip("#").replace("%25", "-").replace("%", "-")


def ontbrekende_ankers(soup: BeautifulSoup) -> list[str]:
    """Internal links of the book whose target is not in it."""
    ankers = {el["id"] for el in soup.find_all(id=True)}
    return sorted({a["href"] for a in soup.find_all("a", href=re.compile(r"^#")) if a["href"][1:] not in ankers})


def paginas_van(document) -> dict[str, int]:
    """Anchor name -> page number (1-based) in a laid-out WeasyPrint document."""
    uit: dict[str, int] = {}
    for nummer, pagina in enumerate(document.pages, start=1):
        for anker in pagina.anchors:
            uit.setdefault(anker, nummer)
    return uit


_TF = re.compile(rb"^/(\S+) \S+ Tf$")
_TJ = re.compile(rb"^\[(.*)\] TJ$", re.S)
_HEX = re.compile(rb"<([0-9a-fA-F]*)>|(-?[\d.]+)")


def paginanummers(doelen: list[str], document, fonts=None):
    """The finisher (pdf.schrijf's `nabewerking`) that writes the page numbers: in the
    content streams of the PDF being written, every text run in a page-number font holds
    a code; it becomes the page of that code's target in this layout. In the table of
    contents (no ')') the number is right-aligned in the room of the code."""
    from handreiking.druk import drukeditie, papier

    paginas = paginas_van(document)
    naar_teken, naar_glyph, breedtes = fonts or papier.cijferglyphs(drukeditie.FONTS)

    def nabewerking(doc, uit) -> None:
        namen = {}
        for obj in uit.objects:
            if isinstance(obj, dict) and obj.get("Type") == "/Font" and "BaseFont" in obj:
                basis = bytes(obj["BaseFont"]).lstrip(b"/")
                for familie in sorted(breedtes, key=len, reverse=True):
                    if b"+" + familie.encode() in basis:
                        namen[basis.split(b"+")[0]] = breedtes[familie]
                        break
        gedaan = 0
        for obj in uit.objects:
            if isinstance(obj, pydyf.Stream) and namen:
                gedaan += _vervang(obj, namen, doelen, paginas, naar_teken, naar_glyph)
        if gedaan != len(doelen):
            raise ValueError(f"Drukeditie: {gedaan} van de {len(doelen)} paginanummers gevonden in de pdf")

    return nabewerking


def _vervang(stream, namen: dict[bytes, int], doelen, paginas, naar_teken, naar_glyph) -> int:
    font, gedaan, vorige = None, 0, None
    for i, regel in enumerate(stream.stream):
        if not isinstance(regel, bytes):
            continue
        if m := _TF.match(regel):
            font = m.group(1)
            continue
        if not (m := _TJ.match(regel)):
            continue
        if font not in namen:
            vorige = i
            continue
        tekst = "".join(naar_teken.get(int(h[j:j + 4], 16), "?")
                        for h, _ in _HEX.findall(m.group(1)) for j in range(0, len(h), 4))
        code, slot = tekst.rstrip(")"), tekst[len(tekst.rstrip(")")):]
        if not code.isdigit() or int(code) >= len(doelen):
            raise ValueError(f"Drukeditie: onbekende code {tekst!r} voor een paginanummer")
        nummer = str(paginas.get(doelen[int(code)], "?"))
        if nummer == "?":
            raise ValueError(f"Drukeditie: het doel {doelen[int(code)]} van een verwijzing staat niet in de pdf")
        glyphs = "".join(f"{naar_glyph[t]:04x}" for t in nummer + slot)
        ruimte = (len(code) - len(nummer)) * namen[font]
        if ruimte and slot and vorige is not None:  # " (zie 2.1, p. 9)": the room goes to the spaces before
            stream.stream[vorige] = _spreid(stream.stream[vorige], ruimte, naar_glyph["\u00a0"])
            stream.stream[i] = f"[{-ruimte} <{glyphs}>] TJ".encode()
        elif ruimte and not slot:  # a table of contents: the number right-aligned
            stream.stream[i] = f"[{-ruimte} <{glyphs}>] TJ".encode()
        else:
            stream.stream[i] = f"[<{glyphs}>] TJ".encode()
        gedaan += 1
    return gedaan


def _spreid(regel: bytes, ruimte: int, spatie: int) -> bytes:
    """The TJ of ' (zie 2.1, p. ' with `ruimte` (1/1000 em) spread over its no-break spaces;
    the number that follows starts `ruimte` earlier, so the line keeps its length."""
    delen = _HEX.findall(_TJ.match(regel).group(1))
    gids = [h[j:j + 4] for h, _ in delen for j in range(0, len(h), 4)]
    aantal = sum(int(g, 16) == spatie for g in gids)
    if not aantal:
        return regel
    stap = -ruimte / aantal
    uit = []
    for h, getal in delen:
        if getal:
            uit.append(getal.decode())
            continue
        stuk = ""
        for j in range(0, len(h), 4):
            stuk += h[j:j + 4].decode()
            if int(h[j:j + 4], 16) == spatie:
                uit.append(f"<{stuk}>")
                uit.append(f"{stap:.1f}")
                stuk = ""
        if stuk:
            uit.append(f"<{stuk}>")
    return f"[{' '.join(uit)}] TJ".encode()


# -- Head ----------------------------------------------------------------------------

def _kop(soup: BeautifulSoup, css: str) -> None:
    """Only the print stylesheet: Material's web CSS and the plugin's report styles go."""
    head = soup.head
    for el in head.find_all(["style", "link", "script"]):
        if el.name != "link" or "stylesheet" in (el.get("rel") or []) or el.get("rel") != ["alternate"]:
            el.decompose()
    stijl = soup.new_tag("style")
    stijl.string = css
    head.append(stijl)
