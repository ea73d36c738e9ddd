# Osallistu Pori: `make run` serves the demo site, `make test` runs every check.
VENV ?= .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
TEST_SETTINGS := DJANGO_SETTINGS_MODULE=config.settings.test
I18N_IGNORE := --ignore=.venv --ignore=node_modules --ignore=staticfiles
LANGS := -l fi -l sv -l en

.PHONY: install run test lint messages compilemessages clean cluster cluster-stop bench loadtest

install: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -d $(VENV) || python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt
	touch $@

# axe-core and the Nu Html Checker for the browser tests; install scripts stay off
# (vnu-jar's would download a Java runtime; the system's Java is used instead).
node_modules/.installed: package.json package-lock.json
	tools/system-packages.sh npm
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

compilemessages: $(VENV)/.installed
	tools/system-packages.sh msgfmt
	$(MANAGE) compilemessages $(I18N_IGNORE)

messages: $(VENV)/.installed
	$(MANAGE) makemessages $(LANGS) $(I18N_IGNORE) --no-obsolete

run: $(VENV)/.installed compilemessages
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	@echo ""
	@echo "Osallistu Pori runs at http://127.0.0.1:8000/ (Finnish /fi/, Swedish /sv/, English /en/)."
	@echo "Admin at http://127.0.0.1:8000/admin/: the superuser admin, the council editors nuorisovaltuusto,"
	@echo "vanhusneuvosto and vammaisneuvosto, the communications user viestinta, who approves the"
	@echo "councils' pages, kaantaja, who translates into Swedish and English, and tyoryhma, the"
	@echo "wellbeing money working group. They all have the admin's demo password, printed above."
	@echo ""
	$(MANAGE) runserver 127.0.0.1:8000

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

test: install lint compilemessages
	tools/system-packages.sh java chromium varnishd
	$(PY) tools/audit_dependencies.py
	$(TEST_SETTINGS) $(MANAGE) check --fail-level WARNING
	$(TEST_SETTINGS) $(MANAGE) makemigrations --check --dry-run
	$(TEST_SETTINGS) $(MANAGE) check_translations
	$(VENV)/bin/pytest
	$(VENV)/bin/pytest --demo

# The production setup on this machine, to measure it (README, "Running at scale").
cluster: $(VENV)/.installed compilemessages
	tools/system-packages.sh varnishd
	$(PY) tools/cluster.py

cluster-stop:
	$(PY) tools/cluster.py stop

bench:
	tools/system-packages.sh wrk
	$(PY) tools/bench.py

# Locust in a virtualenv of its own: its dependencies never touch the site's.
.venv-load/.installed: requirements-load.txt
	test -d .venv-load || python3 -m venv .venv-load
	.venv-load/bin/pip install --quiet -r requirements-load.txt
	touch $@

loadtest: $(VENV)/.installed .venv-load/.installed
	$(PY) tools/loadtest.py

clean:
	rm -rf $(VENV) .venv-load node_modules db.sqlite3 staticfiles .test-media
