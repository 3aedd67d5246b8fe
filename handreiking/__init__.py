"""The engine of the handreiking: MkDocs plugins and the pure functions behind them.

Stages, each a subpackage (see docs/redactie/techniek.md for the picture):

- controles: content checks with Dutch messages (make check, and the build);
- opschonen: the guard: sanitising the rendered HTML, refusing hostile input;
- web: what the website adds (glossary, sources, overviews, zelfscan, dates, messages);
- zoeken: extra search terms and synonyms for the search index;
- druk: the print edition (the book, its page numbers, the handouts, tagging);
- plugins: the thin MkDocs entry points that call the above.
"""
