"""Hook: extra search words per page from front matter `zoektermen: [...]`.

Lunr in Material only matches the start of a word, so "kinddag" does not find
"ouder-kinddag". Editors list the words people type; this hook adds them to the page
as hidden text, which the search index reads and readers and the PDF do not see.
"""

from __future__ import annotations

import html


def on_page_content(content, page, config, files):
    termen = zoektermen(page.meta.get("zoektermen"))
    if not termen:
        return content
    verborgen = f'\n<p class="hr-zoektermen" hidden>{html.escape(" ".join(termen))}</p>'
    # Right after the title, so a search hit on these words leads to the top of the page.
    kop_einde = content.find("</h1>")
    if kop_einde == -1:
        return verborgen + content
    return content[:kop_einde + 5] + verborgen + content[kop_einde + 5:]


def zoektermen(waarde) -> list[str]:
    """Normalise the front matter value to a list of words (a string or a list)."""
    if not waarde:
        return []
    if isinstance(waarde, str):
        waarde = waarde.split(",")
    return [str(t).strip() for t in waarde if str(t).strip()]
