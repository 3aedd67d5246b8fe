"""Check the external links of the handreiking and report in Dutch (weekly in CI).

Collects every https URL in docs/**/*.md and docs/_data/bronnen.yml, asks each server
(HEAD, then GET when HEAD is refused), with a timeout and a few retries, and writes a
Markdown table of links that are broken or uncertain. 403 and 429 count as "onzeker":
many sites block automatic visitors, so a person has to look.

Never blocks anything: the exit code is always 0. The report goes to stdout and, when
$GITHUB_STEP_SUMMARY is set, to the job summary on GitHub. Standard library only.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import socket
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
URL = re.compile(r"https://[^\s<>\"'`)\]|]+")
LOKAAL = ("localhost", "127.0.0.1", "0.0.0.0", "example.org", "example.com")
ONZEKERE_CODES = {403, 429}
USER_AGENT = "Mozilla/5.0 (compatible; handreiking-linkcontrole/1.0)"

WERKT, ONZEKER, KAPOT = "werkt", "onzeker", "kapot"


@dataclass
class Resultaat:
    url: str
    status: str                 # werkt, onzeker or kapot
    melding: str                # short Dutch explanation, e.g. "HTTP 404 (niet gevonden)"
    plekken: list[str] = field(default_factory=list)


# -- Collecting URLs ------------------------------------------------------------------------

def urls_in_tekst(tekst: str) -> list[tuple[int, str]]:
    """(line, url) pairs; trailing punctuation that ends a sentence is not part of the URL."""
    uit = []
    for nr, regel in enumerate(tekst.splitlines(), start=1):
        for m in URL.finditer(regel):
            url = m.group(0).rstrip(".,;:!?*_>")
            host = re.sub(r"^https://([^/:?#]+).*$", r"\1", url).lower()
            if host in LOKAAL or "." not in host:
                continue
            uit.append((nr, url))
    return uit


def verzamel(docs: Path) -> dict[str, list[str]]:
    """url -> places 'docs/pad.md:regel', from all pages and the source list, in a stable order."""
    bestanden = sorted(p for p in docs.rglob("*.md") if "_data" not in p.parts)
    bronnen = docs / "_data" / "bronnen.yml"
    if bronnen.is_file():
        bestanden.append(bronnen)
    uit: dict[str, list[str]] = {}
    for pad in bestanden:
        naam = f"{docs.name}/{pad.relative_to(docs).as_posix()}"
        for nr, url in urls_in_tekst(pad.read_text(encoding="utf-8")):
            uit.setdefault(url, []).append(f"{naam}:{nr}")
    return uit


# -- Checking one URL ------------------------------------------------------------------------

REDENEN = {400: "ongeldig verzoek", 401: "inloggen nodig", 403: "toegang geweigerd", 404: "niet gevonden",
           410: "verwijderd", 429: "te veel verzoeken", 500: "fout bij de server", 502: "fout bij de server",
           503: "server niet beschikbaar", 504: "server reageert niet op tijd"}


def beoordeel(code: int) -> tuple[str, str]:
    """Status and Dutch message for an HTTP status code (after redirects)."""
    tekst = f"HTTP {code}" + (f" ({REDENEN[code]})" if code in REDENEN else "")
    if 200 <= code < 400:
        return WERKT, tekst
    if code in ONZEKERE_CODES:
        return ONZEKER, tekst + " — bekijk de link zelf in de browser"
    return KAPOT, tekst


def _vraag(url: str, methode: str, timeout: float) -> int:
    verzoek = urllib.request.Request(url, method=methode, headers={
        "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
        "Accept-Language": "nl,en;q=0.8"})
    try:
        with urllib.request.urlopen(verzoek, timeout=timeout) as antwoord:
            if methode == "GET":
                antwoord.read(1024)
            return antwoord.status
    except urllib.error.HTTPError as e:
        return e.code


def controleer_url(url: str, timeout: float = 15.0, pogingen: int = 3, wacht: float = 2.0) -> Resultaat:
    """HEAD first, GET when HEAD does not give a good answer; retry on network errors and 5xx."""
    laatste = Resultaat(url, KAPOT, "niet gecontroleerd")
    for poging in range(pogingen):
        if poging:
            time.sleep(wacht * poging)
        try:
            code = _vraag(url, "HEAD", timeout)
            if not 200 <= code < 400:
                code = _vraag(url, "GET", timeout)   # many servers refuse or mishandle HEAD
        except (socket.timeout, TimeoutError):
            laatste = Resultaat(url, ONZEKER, f"geen antwoord binnen {timeout:g} seconden")
            continue
        except urllib.error.URLError as e:
            reden = e.reason
            if isinstance(reden, (socket.timeout, TimeoutError)):
                laatste = Resultaat(url, ONZEKER, f"geen antwoord binnen {timeout:g} seconden")
            else:
                laatste = Resultaat(url, KAPOT, f"niet bereikbaar ({reden})")
            continue
        except (OSError, ValueError, http.client.HTTPException) as e:
            laatste = Resultaat(url, KAPOT, f"niet bereikbaar ({e.__class__.__name__}: {e})")
            continue
        status, melding = beoordeel(code)
        laatste = Resultaat(url, status, melding)
        if code < 500 and code != 429:
            break
    return laatste


def controleer_alles(urls: dict[str, list[str]], controleer=controleer_url, parallel: int = 8) -> list[Resultaat]:
    def veilig(url: str) -> Resultaat:
        try:
            return controleer(url)
        except Exception as e:  # one odd server must not stop the whole report
            return Resultaat(url, ONZEKER, f"controle mislukt ({e.__class__.__name__}: {e})")

    with ThreadPoolExecutor(max_workers=parallel) as pool:
        resultaten = list(pool.map(veilig, urls))
    for r in resultaten:
        r.plekken = urls[r.url]
    return resultaten


# -- Report ---------------------------------------------------------------------------------------

def _cel(tekst: str) -> str:
    return tekst.replace("|", "\\|").replace("\n", " ")


def rapport(resultaten: list[Resultaat]) -> str:
    """Dutch Markdown report: a summary line and a table of broken and uncertain links."""
    kapot = [r for r in resultaten if r.status == KAPOT]
    onzeker = [r for r in resultaten if r.status == ONZEKER]
    werkt = len(resultaten) - len(kapot) - len(onzeker)
    regels = [
        "## Controle van externe links",
        "",
        f"{len(resultaten)} links gecontroleerd: {werkt} werken, {len(onzeker)} onzeker, {len(kapot)} kapot.",
        "",
    ]
    if not kapot and not onzeker:
        regels.append("Alle links werken. Er is niets te doen.")
        return "\n".join(regels) + "\n"
    regels += [
        "- **kapot**: de pagina bestaat niet (meer) of de server is niet bereikbaar. "
        "Zoek het nieuwe adres en pas de link aan, meestal in `docs/_data/bronnen.yml`.",
        "- **onzeker**: de website weigert automatische bezoekers of reageert traag. "
        "Open de link zelf in de browser; werkt hij, dan hoef je niets te doen.",
        "",
        "| Status | Link | Melding | Waar |",
        "| --- | --- | --- | --- |",
    ]
    for r in kapot + onzeker:
        plekken = ", ".join(r.plekken[:3]) + (f" en {len(r.plekken) - 3} meer" if len(r.plekken) > 3 else "")
        regels.append(f"| {r.status} | <{_cel(r.url)}> | {_cel(r.melding)} | {_cel(plekken)} |")
    return "\n".join(regels) + "\n"


def schrijf_rapport(tekst: str) -> None:
    print(tekst)
    samenvatting = os.environ.get("GITHUB_STEP_SUMMARY")
    if samenvatting:
        with open(samenvatting, "a", encoding="utf-8") as f:
            f.write(tekst)


def main(argv: list[str] | None = None, controleer=controleer_url) -> int:
    p = argparse.ArgumentParser(description="Controleer de externe links (meldt alleen, blokkeert nooit).")
    p.add_argument("--docs", default=str(ROOT / "docs"))
    p.add_argument("--timeout", type=float, default=15.0, help="seconden per verzoek")
    p.add_argument("--pogingen", type=int, default=3, help="aantal pogingen per link")
    a = p.parse_args(argv)
    try:
        if not Path(a.docs).is_dir():
            raise FileNotFoundError(f"de map {a.docs} bestaat niet")
        urls = verzamel(Path(a.docs))
        resultaten = controleer_alles(
            urls, lambda u: controleer(u, timeout=a.timeout, pogingen=a.pogingen))
        schrijf_rapport(rapport(sorted(resultaten, key=lambda r: r.url)))
    except Exception as e:  # never block: report the problem and stop
        schrijf_rapport(f"## Controle van externe links\n\nDe controle kon niet worden uitgevoerd: {e}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
