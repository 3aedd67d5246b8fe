"""Plugin: smaller pages and stylesheet, without changing what a reader sees.

- Every page: each run of whitespace that holds a line break becomes one line break (the
  theme's templates indent deeply; a browser renders any such run as one space, and a
  line break in a title attribute stays a line break). The inside of <pre>, <textarea>,
  <script> and <style> is left exactly as it is.
- The own stylesheet (overrides/assets/stylesheets/handreiking.css) is written to the
  site without comments and indentation. The source keeps its comments for editors.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.plugins import event_priority

STYLESHEET = "assets/stylesheets/handreiking.css"
_LETTERLIJK = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
_WIT = re.compile(r"[ \t\r\f\v]*\n\s*")


@event_priority(-200)  # after every other plugin changed the page
def on_post_page(output, page, config):
    return compacte_html(output)


def on_post_build(config):
    pad = Path(config.site_dir) / STYLESHEET
    if pad.is_file():
        pad.write_text(compacte_css(pad.read_text("utf-8")), "utf-8")


# -- Pure functions (tested in tests/test_hooks.py) ---------------------------------

def compacte_html(html: str) -> str:
    delen = _LETTERLIJK.split(html)
    uit = []
    for i, deel in enumerate(delen):
        if i % 3 == 0:
            uit.append(_WIT.sub("\n", deel))
        elif i % 3 == 1:
            uit.append(deel)
    return "".join(uit)


def compacte_css(css: str) -> str:
    """Comments out, whitespace to one space, none around { } ; , and >."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"\s+", " ", css)
    css = re.sub(r"\s*([{};])\s*", r"\1", css)
    css = re.sub(r";}", "}", css)
    return css.strip() + "\n"
