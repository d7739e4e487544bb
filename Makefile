# The two commands in the README: `make run` and `make test`.
# Both set up what is missing first: Debian packages, a venv, compiled translations.

VENV ?= .venv
PY := $(VENV)/bin/python
# fi-x-selko: Finnish easy language (selkokieli), see kiosk/core/languages.py.
LANGS := fi fi-x-selko sv en ru et uk ar so
QM := $(foreach l,$(LANGS),kiosk/ui/translations/kiosk_$(l).qm)
UI_SOURCES := $(wildcard kiosk/ui/*.py)
ARGS ?=


.PHONY: bench soak
.PHONY: run test setup system-deps venv translations bytecode deb lock i18n-update screenshots lint clean

run: setup
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(VENV)/bin/kiosk run $(ARGS); \
	else \
		echo "No display found: running the kiosk under Xvfb (a virtual screen, 1920x1080)."; \
		xvfb-run -a -s "-screen 0 1920x1080x24" $(VENV)/bin/kiosk run $(ARGS); \
	fi

# Lint first (ruff, ruff format --check, mypy): a type or format slip fails the test run.
# One test process per core (pytest-xdist): a test file goes whole to one process, and
# the screen walks one language to a process (tests/conftest.py), so each walk is built
# once and the walks are shared out. Bytecode is written even where the environment
# says not to (PYTHONDONTWRITEBYTECODE): the kiosks the tests start in subprocesses
# would otherwise compile the whole package again, every time.
test: setup lint
	QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -n auto --dist loadgroup

setup: system-deps venv translations bytecode

# Compiled bytecode for the kiosk and the venv: with PYTHONDONTWRITEBYTECODE set (as on
# the development machines) Python never writes it, and every start compiled kiosk/
# again (+19 % start time, issue 19). Quick when nothing changed. A file that does not
# compile (test data of some package) is only left uncompiled, hence the `|| true`.
bytecode: $(VENV)/.installed
	@$(PY) -m compileall -q -j 0 kiosk $$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])') >/dev/null || true

system-deps:
	@bash scripts/system-deps.sh

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

translations: $(QM)

kiosk/ui/translations/kiosk_%.qm: i18n/kiosk_%.ts $(VENV)/.installed
	@mkdir -p kiosk/ui/translations
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# The Debian package dist/kiosk_<version>_<arch>.deb (packaging/build-deb.sh; see
# docs/INSTALL.md). Needs dpkg-deb and the network (wheels from PyPI).
deb: venv translations
	bash packaging/build-deb.sh $(PY)

# After changing packaging/requirements.in: re-pin packaging/requirements.lock.
lock: venv
	$(PY) packaging/lock_requirements.py

# After changing UI text: refresh the .ts files, then translate the new entries.
i18n-update: venv
	for l in $(LANGS); do \
		$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none \
			-target-language $$l $(UI_SOURCES) -ts i18n/kiosk_$$l.ts; \
	done

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/kiosk screenshots screenshots --lang all $(ARGS)

# Lint, format check and types (mypy settings in pyproject.toml: strict on core, flow
# and journey).
lint: venv
	$(VENV)/bin/ruff check kiosk tests bench
	$(VENV)/bin/ruff format --check kiosk tests bench
	$(VENV)/bin/mypy kiosk

clean:
	rm -rf $(VENV) kiosk/ui/translations/*.qm screenshots build dist

# Every benchmark, one table; figures also in bench/results.json.
# As root it installs Debian's chromium first, for bench/compare.py's side-by-side run.
bench: setup
	@if [ "$$(id -u)" = 0 ] && ! command -v chromium >/dev/null; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium || true; fi
	QT_QPA_PLATFORM=offscreen $(PY) bench/all.py

# The long random-input run (the CI test is a short one): 20 seeds x 5000 events.
soak: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/soak.py --seeds 20 --events 5000
