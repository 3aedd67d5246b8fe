"""Word and Excel from the same sources, at build time.

bron.py reads a page's Markdown into simple blocks (headings, paragraphs, lists, tables,
boxes); word.py writes those as an accessible DOCX (python-docx); excel.py writes the
zelfscan (from docs/_data/zelfscan.yml) and the indicators (from their page) as XLSX with
formulas and data validation (openpyxl); downloads.py is the MkDocs hook that writes them
into site/downloads/ and links them from their pages.
"""
