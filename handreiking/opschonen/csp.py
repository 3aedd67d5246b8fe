"""The Content-Security-Policy of every page, as a <meta> in the <head> (defence in depth).

Only the site's own scripts run: files from the site ('self') and the few inline scripts
of the theme, allowed by their hash. overrides/main.html renders those theme partials a
second time inside its `site_meta` block and passes them to the Jinja filter `csp`, so the
hashes always match the Material version that is installed. No inline event handler runs,
images, fonts and styles come from the site itself, forms send nothing
(form-action 'none'), and <base>, <object> and frames of other sites are refused.

The hashes are also the allowlist of the check over the built site (uitvoer.py): an
inline script whose hash the theme did not produce is refused there.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from handreiking.opschonen.uitvoer import hash_van

THEMA_HASHES: set[str] = set()


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.code: list[str] = []
        self._in = False

    def handle_starttag(self, tag, attrs):
        if tag == "script" and not dict(attrs).get("src"):
            self._in = True
            self.code.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in = False

    def handle_data(self, data):
        if self._in:
            self.code[-1] += data


def inline_scripts(html: str) -> list[str]:
    p = _Scripts()
    p.feed(html)
    p.close()
    return p.code


def _shim_script(werker: str, thema_map: str) -> str | None:
    """The inline script that the iframe-worker shim (offline edition, file://) writes into
    its hidden frame; it inherits this policy, so it is allowed by hash as well."""
    shim = Path(thema_map) / "assets" / "javascripts" / "iframe-worker.js"
    try:
        tekst = shim.read_text(encoding="utf-8")
    except OSError:
        return None
    post = re.search(r"function c\(s,n\)\{parent\.postMessage\(s,n\|\|\"\*\"\)\}", tekst)
    imp = re.search(r"function d\(\.\.\.s\)\{.*?,Promise\.resolve\(\)\)\}", tekst)
    if not post or not imp:
        return None
    return (f"postMessage={post.group(0)};importScripts={imp.group(0)};addEventListener(\"error\",({{error}})=>"
            f"{{parent.dispatchEvent(new ErrorEvent(\"error\",{{filename:\"{werker}\",error}}))}})")


def beleid(thema_html: str, werker: str = "", offline: bool = False, thema_map: str = "overrides") -> str:
    """The policy for one page: `thema_html` holds the theme's inline scripts as rendered
    for this page; `werker` is the search worker's address as this page writes it;
    `thema_map` is the theme's custom_dir (overrides/), which holds the offline shim."""
    hashes = {hash_van(code) for code in inline_scripts(thema_html)}
    if offline and werker and (shim := _shim_script(werker, thema_map)):
        hashes.add(hash_van(shim))
    THEMA_HASHES.update(hashes)
    scripts = " ".join(["'self'", *sorted(hashes)])
    return ("default-src 'none'; "
            f"script-src {scripts}; "
            "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            "worker-src 'self'; frame-src 'self'; media-src 'self'; manifest-src 'self'; "
            "object-src 'none'; base-uri 'none'; form-action 'none'")


def werker_adres(base_url: str) -> str:
    """The search worker's address relative to a page, as Material's `url` filter writes it."""
    import material

    werkers = sorted((Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers")
                     .glob("search.*.min.js"))
    if not werkers:
        return ""
    pad = f"assets/javascripts/workers/{werkers[0].name}"
    return pad if base_url in ("", ".") else f"{base_url.rstrip('/')}/{pad}"
