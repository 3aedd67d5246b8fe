# Handreiking Gezinsgericht werken in detentie — de opdrachten voor redactie en ontwikkeling.
# `make build` bouwt website en pdf; `make test` bouwt en test alles. Zie README.md.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SITE   := site
export NO_MKDOCS_2_WARNING := 1

.PHONY: help build serve check lint test bench offline uitgave nieuw-voorbeeld release edities systeem npm clean

help:
	@echo "make build            website en pdf bouwen in site/"
	@echo "make serve            voorbeeld op http://127.0.0.1:8000 (pdf aan met HANDREIKING_PDF=1)"
	@echo "make check            inhoud controleren (voorpagina, koppen, afbeeldingen, spelling, ...)"
	@echo "make test             bouwen en alle tests draaien (met lint)"
	@echo "make lint             Python-code en workflows controleren (ruff, actionlint, zizmor)"
	@echo "make bench            snelheid en grootte meten"
	@echo "make offline          offline-editie als zip in dist/"
	@echo "make nieuw-voorbeeld  nieuw praktijkvoorbeeld uit het sjabloon"
	@echo "make release          nieuwe versie maken (VERSIE=1.1.0)"
	@echo "make edities          eigen editie per inrichting, voor elk bestand in LOCATIES=locaties/ (zips in dist/)"

# Python-omgeving met de vastgepinde pakketten; opnieuw als requirements*.txt verandert.
# Bouwen heeft alleen requirements.txt nodig; de tests ook requirements-test.txt.
# Het pakket handreiking/ (de plugins en controles) komt er bewerkbaar bij: pip install -e .
$(BIN)/.geinstalleerd: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(BIN)/.test-geinstalleerd: $(BIN)/.geinstalleerd requirements-test.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
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

lint: $(BIN)/.test-geinstalleerd
	$(BIN)/ruff check handreiking scripts tests
	$(BIN)/actionlint .github/workflows/*.yml
	$(BIN)/zizmor --offline --quiet .github/

test: $(BIN)/.test-geinstalleerd systeem npm lint
	$(BIN)/python scripts/controleer.py
	$(BIN)/python -m pytest

bench: $(BIN)/.test-geinstalleerd systeem
	$(BIN)/python scripts/bench.py

offline: $(BIN)/.geinstalleerd
	$(BIN)/python scripts/offline.py

# Voor de release-workflow: offline-editie, pdf's en release-tekst samen in dist/ (één bouw).
uitgave: $(BIN)/.geinstalleerd
	$(BIN)/python scripts/offline.py --pdf-naar dist
	$(BIN)/python scripts/release.py --notities $(VERSIE) > dist/release-notities.md

nieuw-voorbeeld: $(BIN)/.geinstalleerd
	$(BIN)/python scripts/nieuw_voorbeeld.py

release: $(BIN)/.geinstalleerd
	$(BIN)/python scripts/release.py $(VERSIE)
	$(if $(LOCATIES),$(BIN)/python scripts/release.py --edities $(LOCATIES))

# Eigen edities: voor elk locatiebestand in LOCATIES een zip dist/handreiking-<inrichting>.zip.
LOCATIES ?=
edities: $(BIN)/.geinstalleerd
	$(BIN)/python scripts/release.py --edities $(or $(LOCATIES),locaties/)

clean:
	rm -rf $(SITE) $(SITE).oud $(SITE)-*/ .site-bouw-* dist .pytest_cache .cache
