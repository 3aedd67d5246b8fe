"""Search: extra terms, synonyms and labels for the search index."""
