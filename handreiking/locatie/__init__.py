"""The location edition: one inrichting's name, contacts and local notes in the handreiking.

`HANDREIKING_LOCATIE=locaties/pi-voorbeeld.yml make build` builds the same handreiking for one
inrichting. gegevens.py reads and checks the YAML file (Dutch findings with file and line),
weergave.py renders the contacts box (Jinja, everything escaped), editie.py is the MkDocs hook.
"""
