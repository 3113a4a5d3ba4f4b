# Two commands on a fresh machine: `make run` and `make test`.
# Both create .venv on first use and reinstall when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

TS := resources/translations/clientvault_ja.ts resources/translations/clientvault_en.ts
QM := $(patsubst resources/translations/%.ts,ui/resources/translations/%.qm,$(TS))
UI_SOURCES := $(shell find ui -name '*.py')

.PHONY: run test lint bench clean translations screenshot package package-test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

# Compiled translations are build output: made from the .ts files, never committed.
# They go inside the package, where the app (and a wheel, see setup.py) finds them.
ui/resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	@mkdir -p $(@D)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources after changing user-visible strings.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $(UI_SOURCES) -ts $(TS)

run: $(STAMP) $(QM)
	$(BIN)/clientvault

lint: $(STAMP)
	$(BIN)/ruff check vault ui tests bench packaging
	$(BIN)/ruff format --check vault ui tests bench packaging
	$(BIN)/mypy

test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# README's screenshot and docs/screenshots/, on a virtual X screen (Debian package xvfb).
screenshot: $(STAMP) $(QM)
	LANG=en_US.UTF-8 xvfb-run -a $(BIN)/python packaging/screenshot.py en
	LANG=ja_JP.UTF-8 xvfb-run -a $(BIN)/python packaging/screenshot.py ja

# The one-folder Linux app (PyInstaller) in dist/clientvault, and its tarball.
# Windows and macOS builds: .github/workflows/package.yml (they cannot be built here).
VERSION := $(shell sed -n 's/^VERSION = "\(.*\)"/\1/p' vault/version.py)
TARBALL := dist/clientvault-$(VERSION)-linux-$(shell uname -m).tar.gz
PACKAGE_STAMP := $(VENV)/.package-installed

$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) $(QM)
	rm -rf dist/clientvault $(TARBALL)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/clientvault.spec
	cp packaging/linux/install-desktop-entry.sh dist/clientvault/
	tar -C dist -czf $(TARBALL) clientvault
	@du -sh dist/clientvault $(TARBALL)

# Runs the built app (GUI offscreen, bundled CLI with age and minisign): after `make package`.
package-test: $(STAMP)
	CLIENTVAULT_PACKAGE=dist/clientvault/clientvault QT_QPA_PLATFORM=offscreen \
		$(BIN)/pytest -p no:cacheprovider tests/packaging/test_package.py

bench: $(PACKAGE_STAMP) $(QM)
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache $(QM) build dist
