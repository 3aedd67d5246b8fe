# Handreiking Gezinsgericht werken in detentie — de opdrachten voor redactie en ontwikkeling.
# `make build` bouwt website en pdf; `make test` bouwt en test alles. Zie README.md.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SITE   := site
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: help build serve check test bench offline nieuw-voorbeeld release systeem npm clean

help:
	@echo "make build            website en pdf bouwen in site/"
	@echo "make serve            voorbeeld op http://127.0.0.1:8000 (pdf aan met HANDREIKING_PDF=1)"
	@echo "make check            inhoud controleren (voorpagina, koppen, afbeeldingen, spelling, ...)"
	@echo "make test             bouwen en alle tests draaien"
	@echo "make bench            snelheid en grootte meten"
	@echo "make offline          offline-editie als zip in dist/"
	@echo "make nieuw-voorbeeld  nieuw praktijkvoorbeeld uit het sjabloon"
	@echo "make release          nieuwe versie maken (VERSIE=1.1.0)"

# Python-omgeving met de vastgepinde pakketten; opnieuw als requirements.txt verandert.
$(BIN)/.geinstalleerd: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# Systeempakketten (poppler-utils, chromium, hunspell-nl, Java): installeren of duidelijk stoppen.
systeem:
	@bash scripts/systeem.sh

# npm-pakketten voor de tests (axe-core, vnu-jar), vastgelegd in package-lock.json.
node_modules/.geinstalleerd: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@
npm: node_modules/.geinstalleerd

build: $(BIN)/.geinstalleerd
	$(BIN)/python scripts/bouw.py

serve: $(BIN)/.geinstalleerd
	HANDREIKING_PDF=$${HANDREIKING_PDF:-0} $(BIN)/mkdocs serve --strict -a 127.0.0.1:8000

check: $(BIN)/.geinstalleerd systeem
	$(BIN)/python scripts/controleer.py

test: $(BIN)/.geinstalleerd systeem npm
	$(BIN)/python scripts/controleer.py
	$(BIN)/python -m pytest

bench: $(BIN)/.geinstalleerd systeem
	$(BIN)/python scripts/bench.py

offline: $(BIN)/.geinstalleerd
	$(BIN)/python scripts/offline.py

nieuw-voorbeeld: $(BIN)/.geinstalleerd
	$(BIN)/python scripts/nieuw_voorbeeld.py

release: $(BIN)/.geinstalleerd
	$(BIN)/python scripts/release.py $(VERSIE)

clean:
	rm -rf $(SITE) $(SITE).oud .site-bouw-* dist .pytest_cache
