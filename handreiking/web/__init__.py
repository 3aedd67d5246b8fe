"""What the website adds to the pages: glossary, sources, overviews, zelfscan, markers,
last-updated dates, Dutch messages and the offline preview."""
