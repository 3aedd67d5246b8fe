"""Hook: `make serve` answers with the build error instead of hanging.

When a rebuild fails, MkDocs' preview server keeps every browser request waiting until
the error is fixed ("the server will appear stuck"). This hook wraps the rebuild: on a
failure the preview folder gets one Dutch error page (every address answers with it,
and it reloads itself every few seconds), and the server carries on. As soon as the
editor fixes the error, the next build replaces the error page with the site.
A failing first build stops `mkdocs serve` with the message in the terminal.
"""

from __future__ import annotations

import html
import logging
import shutil
from pathlib import Path

import jinja2

log = logging.getLogger("mkdocs.hooks.voorvertoning")


def on_env(env, config, files):
    """The theme's templates compiled once per process: `mkdocs serve` makes a new Jinja
    environment for every rebuild, which would compile all of them again (the key of a
    compiled template is its name and a hash of its source, so a changed template is
    compiled anew)."""
    if env.bytecode_cache is None:
        env.bytecode_cache = jinja2.MemcachedBytecodeCache(_gecompileerd)
    return env


class _Sjablonen(dict):
    """In-memory store with the two methods jinja2.MemcachedBytecodeCache uses."""

    def set(self, sleutel, waarde, timeout=None):
        self[sleutel] = waarde


_gecompileerd = _Sjablonen()


def on_serve(server, config, builder):
    server.builder = met_foutpagina(server.builder, Path(server.root))
    return server


class _Verzamelaar(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.berichten: list[str] = []

    def emit(self, record):
        if not record.name.startswith("mkdocs.livereload"):  # the server's own request log
            self.berichten.append(record.getMessage())


def met_foutpagina(bouw, site: Path):
    """A builder that, when `bouw` fails, writes the error page into `site` and returns.

    With --strict, MkDocs also counts the preview server's own warnings (a request that
    got a 302 or 404 while the site was being built): such a build is simply run again."""
    def bouwer(*args, **kwargs):
        for poging in (1, 2):
            verzamelaar = _Verzamelaar()
            logging.getLogger("mkdocs").addHandler(verzamelaar)
            try:
                return bouw(*args, **kwargs)
            except (Exception, SystemExit) as e:  # MkDocs' Abort is a SystemExit
                berichten = [b for b in verzamelaar.berichten if not b.startswith("Aborted with")]
                if not berichten and poging == 1:
                    continue
                schrijf_foutpagina(site, berichten or [str(e) or type(e).__name__])
                log.error("De bouw is mislukt; de browser toont de fout tot die is opgelost.")
                return None
            finally:
                logging.getLogger("mkdocs").removeHandler(verzamelaar)
    return bouwer


def foutpagina(berichten: list[str]) -> str:
    items = "\n".join(f"<li><pre>{html.escape(b)}</pre></li>" for b in berichten)
    return f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="3">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>De bouw is mislukt</title>
<style>body{{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}}
pre{{white-space:pre-wrap;background:#fdecea;border-left:4px solid #b3261e;padding:.5rem 1rem}}</style>
</head>
<body>
<h1>De bouw is mislukt</h1>
<p>Los de fout hieronder op en sla het bestand op. Deze pagina laadt zichzelf opnieuw
en toont de handreiking zodra de bouw weer lukt.</p>
<ul>
{items}
</ul>
</body>
</html>
"""


def schrijf_foutpagina(site: Path, berichten: list[str]) -> None:
    """Empty the preview folder and leave only the error page (index.html and 404.html,
    which the preview server shows for every address that does not exist)."""
    site.mkdir(parents=True, exist_ok=True)
    for pad in site.iterdir():
        if pad.is_dir() and not pad.is_symlink():
            shutil.rmtree(pad, ignore_errors=True)
        else:
            pad.unlink(missing_ok=True)
    tekst = foutpagina(berichten)
    for naam in ("index.html", "404.html"):
        (site / naam).write_text(tekst, encoding="utf-8")
