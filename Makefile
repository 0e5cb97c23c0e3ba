# FrontDesk — two commands: `make run` and `make test`.
PYTHON  := $(shell scripts/find-python)
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed

.PHONY: run test lint bench screenshot first-run-screenshots package clean

run: $(STAMP)
	@scripts/debian-deps runtime
	@scripts/run-app $(PY) $(ARGS)

test: $(STAMP)
	@scripts/debian-deps test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen scripts/with-test-keyring $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen scripts/with-test-keyring $(PY) -m frontdesk --demo \
		--data-dir $$(mktemp -d) --screenshot docs/screenshot.png

# The first-run walk on a real X server (Xvfb, xdotool), a screenshot of each step.
first-run-screenshots: $(STAMP)
	@scripts/debian-deps test
	FRONTDESK_SCREENSHOTS=docs/first-run QT_QPA_PLATFORM=offscreen scripts/with-test-keyring \
		$(PY) -m pytest -q -p no:cacheprovider tests/e2e/test_first_run.py

# The PyInstaller bundle (dist/frontdesk/) and, on Debian or Ubuntu, the .deb around it.
# Windows and macOS installers are built on those systems: installer/README.md.
package: $(STAMP)
	@scripts/debian-deps package
	installer/build.sh
	@if command -v dpkg-deb >/dev/null 2>&1; then \
		deb=$$(installer/deb/build-deb.sh dist/frontdesk dist) && \
		echo "Bundle: dist/frontdesk/ ($$(du -sh dist/frontdesk | cut -f1))" && \
		echo "Debian package: $$deb ($$(du -h $$deb | cut -f1))"; \
	else echo "Bundle: dist/frontdesk/ (no dpkg-deb here: no .deb)"; fi

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen scripts/with-test-keyring $(PY) bench/run.py

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "No supported Python found (need 3.11+, 3.12+ recommended)."; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info
