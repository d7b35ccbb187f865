# Pressroom: `make run` serves the site, `make test` runs the suite. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

# `make run` serves plain HTTP on loopback with production code paths (DEBUG off,
# whitenoise, gunicorn); only the HTTPS-only settings are turned off, explicitly.
RUN_ENV := DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-local-run-not-for-production} \
	DJANGO_SECURE_HTTPS=False DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-localhost,127.0.0.1} \
	PRESSROOM_SITE_URL=$${PRESSROOM_SITE_URL:-http://$(HOST):$(PORT)}

.PHONY: install browser-deps run test lint format messages migrations-check deploy-check importer-eval bench nginx-check bench-http clean \
	fuzz-http backup-check fault-test outdated

$(BIN)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed

# The browser tests drive Debian's Chromium, and need CJK fonts or Chinese renders as
# boxes. Installed only when missing; without them the browser tests fail, not skip.
# A prerequisite of `test`, so that `make test` works on a fresh machine; it does nothing
# when both are there. CI also runs it once, as a step of its own.
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then \
		echo "Installing chromium and fonts-noto-cjk"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk; \
	fi

run: install
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput
	$(RUN_ENV) $(BIN)/python manage.py load_reference_release
	$(RUN_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	@echo "Serving Pressroom on http://$(HOST):$(PORT)/ (Ctrl-C stops it)"
	$(RUN_ENV) $(BIN)/gunicorn pressroom.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -

test: install browser-deps
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# After changing interface strings: refresh the English catalogue, translate the new
# entries in locale/en/LC_MESSAGES/django.po, and run it again to compile django.mo
# (committed, so running the site needs no gettext). Needs gettext (msgfmt, xgettext).
messages: install
	DJANGO_SECRET_KEY=messages $(BIN)/python manage.py makemessages -l en --no-obsolete \
		--ignore=.venv --ignore=staticfiles --ignore=tests
	DJANGO_SECRET_KEY=messages $(BIN)/python manage.py compilemessages -l en --ignore=.venv

# Builds 100,000 synthetic releases in bench/data/bench.sqlite3 and in the PostgreSQL
# database pressroom_bench (reused when present), then prints p50/p95 and queries per page kind.
bench: install
	$(BIN)/python bench/run.py

# The shipped nginx config (deploy/nginx/pressroom.conf) in front of gunicorn on loopback:
# caching, session bypass, static/media from disk, client address. Installs nginx with apt
# when missing (no service started). Bounded: the whole check is stopped after 5 minutes.
nginx-check: install
	timeout -k 10 300 $(BIN)/python -m deploy.nginx.check

# Requests per second and CPU per request of Pressroom's pages with and without the nginx
# cache, against nginx serving a file, a bare Django view and the Wagtail peer when set up
# (WAGTAIL_PEER=dir). BENCH_SECONDS (10) per run, BENCH_ROUNDS (3); about 11 minutes.
bench-http: install
	$(BIN)/python -m bench.http_bench

# Precision and recall of the importer per field: the look-alike corpus (tests/importing/corpus,
# in CI), then the real development texts and the last blind round where they are present:
# the state.gov ones are committed, the others are fetched by tests/importing/realtexts/gather.py.
REAL := tests/importing/realtexts
importer-eval: install
	@for s in dev blind blind2 blind3 blind4 blind6 blind5 blind7 blind8 blind9 blind10 blind11 blind12 blind13 blind14 blind15 blind16 blind17 blind18 blind19 blind20 blind21 blind22 blind23 blind24 blind25 blind26 blind27 blind28 blind29 blind30 blind31 blind33 blind32 blind34 blind36 blind35 blind38 blind37 blind39 blind40 blind43 blind42 blind41 blind45 blind44 blind46 blind47 blind49 blind50 blind48 blind51 blind52 blind53 blind54 blind55 blind56 blind58 blind57 blind60 blind59 blind61 blind62 blind63 blind64 blind65 blind66 blind67 blind68 blind69 blind70 blind71 blind72 blind73 blind75 blind74 blind76 blind77 blind78 blind79 blind80 blind81 blind82 blind83 blind84 blind85 blind86 blind87 blind88 blind89 blind90 blind91 blind92 blind93 blind94 blind95 blind96 blind97 blind98 blind99 blind100 blind101 blind102 blind103 blind104 blind105 blind106 blind107 blind108 blind109 blind110 blind111 blind112 blind113 blind114 blind117 blind115 blind116 blind118 blind119 blind120 blind121 blind122 blind123 blind125 blind124 blind126 blind127 blind129 blind128 blind130 blind131; do \
		$(BIN)/python $(REAL)/labels.py build $(REAL)/labels/$$s $(REAL)/local/$$s $(REAL)/federal/$$s; done
	$(BIN)/python -m releases.importing.parser.evaluate tests/importing/corpus \
		$(REAL)/local/dev,$(REAL)/federal/dev $(REAL)/local/blind,$(REAL)/federal/blind \
		$(REAL)/local/blind2,$(REAL)/federal/blind2 $(REAL)/local/blind3,$(REAL)/federal/blind3 \
		$(REAL)/local/blind4,$(REAL)/federal/blind4 $(REAL)/local/blind6,$(REAL)/federal/blind6 \
		$(REAL)/local/blind5,$(REAL)/federal/blind5 $(REAL)/local/blind7,$(REAL)/federal/blind7 \
		$(REAL)/local/blind8,$(REAL)/federal/blind8 \
		$(REAL)/local/blind9,$(REAL)/federal/blind9 \
		$(REAL)/local/blind10,$(REAL)/federal/blind10 \
		$(REAL)/local/blind11,$(REAL)/federal/blind11 \
		$(REAL)/local/blind12,$(REAL)/federal/blind12 \
		$(REAL)/local/blind13,$(REAL)/federal/blind13 \
		$(REAL)/local/blind14,$(REAL)/federal/blind14 \
		$(REAL)/local/blind15,$(REAL)/federal/blind15 \
		$(REAL)/local/blind16,$(REAL)/federal/blind16 \
		$(REAL)/local/blind17,$(REAL)/federal/blind17 \
		$(REAL)/local/blind18,$(REAL)/federal/blind18 \
		$(REAL)/local/blind19,$(REAL)/federal/blind19 \
		$(REAL)/local/blind20,$(REAL)/federal/blind20 \
		$(REAL)/local/blind21,$(REAL)/federal/blind21 \
		$(REAL)/local/blind22,$(REAL)/federal/blind22 \
		$(REAL)/local/blind23,$(REAL)/federal/blind23 \
		$(REAL)/local/blind24,$(REAL)/federal/blind24 \
		$(REAL)/local/blind25,$(REAL)/federal/blind25 \
		$(REAL)/local/blind26,$(REAL)/federal/blind26 \
		$(REAL)/local/blind27,$(REAL)/federal/blind27 \
		$(REAL)/local/blind28,$(REAL)/federal/blind28 \
		$(REAL)/local/blind29,$(REAL)/federal/blind29 \
		$(REAL)/local/blind30,$(REAL)/federal/blind30 \
		$(REAL)/local/blind31,$(REAL)/federal/blind31 \
		$(REAL)/local/blind33,$(REAL)/federal/blind33 \
		$(REAL)/local/blind32,$(REAL)/federal/blind32 \
		$(REAL)/local/blind34,$(REAL)/federal/blind34 \
		$(REAL)/local/blind36,$(REAL)/federal/blind36 \
		$(REAL)/local/blind35,$(REAL)/federal/blind35 \
		$(REAL)/local/blind38,$(REAL)/federal/blind38 \
		$(REAL)/local/blind37,$(REAL)/federal/blind37 \
		$(REAL)/local/blind39,$(REAL)/federal/blind39 \
		$(REAL)/local/blind40,$(REAL)/federal/blind40 \
		$(REAL)/local/blind43,$(REAL)/federal/blind43 \
		$(REAL)/local/blind42,$(REAL)/federal/blind42 \
		$(REAL)/local/blind41,$(REAL)/federal/blind41 \
		$(REAL)/local/blind45,$(REAL)/federal/blind45 \
		$(REAL)/local/blind44,$(REAL)/federal/blind44 \
		$(REAL)/local/blind46,$(REAL)/federal/blind46 \
		$(REAL)/local/blind47,$(REAL)/federal/blind47 \
		$(REAL)/local/blind49,$(REAL)/federal/blind49 \
		$(REAL)/local/blind50,$(REAL)/federal/blind50 \
		$(REAL)/local/blind48,$(REAL)/federal/blind48 \
		$(REAL)/local/blind51,$(REAL)/federal/blind51 \
		$(REAL)/local/blind52,$(REAL)/federal/blind52 \
		$(REAL)/local/blind53,$(REAL)/federal/blind53 \
		$(REAL)/local/blind54,$(REAL)/federal/blind54 \
		$(REAL)/local/blind55,$(REAL)/federal/blind55 \
		$(REAL)/local/blind56,$(REAL)/federal/blind56 \
		$(REAL)/local/blind58,$(REAL)/federal/blind58 \
		$(REAL)/local/blind57,$(REAL)/federal/blind57 \
		$(REAL)/local/blind60,$(REAL)/federal/blind60 \
		$(REAL)/local/blind59,$(REAL)/federal/blind59 \
		$(REAL)/local/blind61,$(REAL)/federal/blind61 \
		$(REAL)/local/blind62,$(REAL)/federal/blind62 \
		$(REAL)/local/blind63,$(REAL)/federal/blind63 \
		$(REAL)/local/blind64,$(REAL)/federal/blind64 \
		$(REAL)/local/blind65,$(REAL)/federal/blind65 \
		$(REAL)/local/blind66,$(REAL)/federal/blind66 \
		$(REAL)/local/blind67,$(REAL)/federal/blind67 \
		$(REAL)/local/blind68,$(REAL)/federal/blind68 \
		$(REAL)/local/blind69,$(REAL)/federal/blind69 \
		$(REAL)/local/blind70,$(REAL)/federal/blind70 \
		$(REAL)/local/blind71,$(REAL)/federal/blind71 \
		$(REAL)/local/blind72,$(REAL)/federal/blind72 \
		$(REAL)/local/blind73,$(REAL)/federal/blind73 \
		$(REAL)/local/blind75,$(REAL)/federal/blind75 \
		$(REAL)/local/blind74,$(REAL)/federal/blind74 \
		$(REAL)/local/blind76,$(REAL)/federal/blind76 \
		$(REAL)/local/blind77,$(REAL)/federal/blind77 \
		$(REAL)/local/blind78,$(REAL)/federal/blind78 \
		$(REAL)/local/blind79,$(REAL)/federal/blind79 \
		$(REAL)/local/blind80,$(REAL)/federal/blind80 \
		$(REAL)/local/blind81,$(REAL)/federal/blind81 \
		$(REAL)/local/blind82,$(REAL)/federal/blind82 \
		$(REAL)/local/blind83,$(REAL)/federal/blind83 \
		$(REAL)/local/blind84,$(REAL)/federal/blind84 \
		$(REAL)/local/blind85,$(REAL)/federal/blind85 \
		$(REAL)/local/blind86,$(REAL)/federal/blind86 \
		$(REAL)/local/blind87,$(REAL)/federal/blind87 \
		$(REAL)/local/blind88,$(REAL)/federal/blind88 \
		$(REAL)/local/blind89,$(REAL)/federal/blind89 \
		$(REAL)/local/blind90,$(REAL)/federal/blind90 \
		$(REAL)/local/blind91,$(REAL)/federal/blind91 \
		$(REAL)/local/blind92,$(REAL)/federal/blind92 \
		$(REAL)/local/blind93,$(REAL)/federal/blind93 \
		$(REAL)/local/blind94,$(REAL)/federal/blind94 \
		$(REAL)/local/blind95,$(REAL)/federal/blind95 \
		$(REAL)/local/blind96,$(REAL)/federal/blind96 \
		$(REAL)/local/blind97,$(REAL)/federal/blind97 \
		$(REAL)/local/blind98,$(REAL)/federal/blind98 \
		$(REAL)/local/blind99,$(REAL)/federal/blind99 \
		$(REAL)/local/blind100,$(REAL)/federal/blind100 \
		$(REAL)/local/blind101,$(REAL)/federal/blind101 \
		$(REAL)/local/blind102,$(REAL)/federal/blind102 \
		$(REAL)/local/blind103,$(REAL)/federal/blind103 \
		$(REAL)/local/blind104,$(REAL)/federal/blind104 \
		$(REAL)/local/blind105,$(REAL)/federal/blind105 \
		$(REAL)/local/blind106,$(REAL)/federal/blind106 \
		$(REAL)/local/blind107,$(REAL)/federal/blind107 \
		$(REAL)/local/blind108,$(REAL)/federal/blind108 \
		$(REAL)/local/blind109,$(REAL)/federal/blind109 \
		$(REAL)/local/blind110,$(REAL)/federal/blind110 \
		$(REAL)/local/blind111,$(REAL)/federal/blind111 \
		$(REAL)/local/blind112,$(REAL)/federal/blind112 \
		$(REAL)/local/blind113,$(REAL)/federal/blind113 \
		$(REAL)/local/blind114,$(REAL)/federal/blind114 \
		$(REAL)/local/blind117,$(REAL)/federal/blind117 \
		$(REAL)/local/blind115,$(REAL)/federal/blind115 \
		$(REAL)/local/blind116,$(REAL)/federal/blind116 \
		$(REAL)/local/blind118,$(REAL)/federal/blind118 \
		$(REAL)/local/blind119,$(REAL)/federal/blind119 \
		$(REAL)/local/blind120,$(REAL)/federal/blind120 \
		$(REAL)/local/blind121,$(REAL)/federal/blind121 \
		$(REAL)/local/blind122,$(REAL)/federal/blind122 \
		$(REAL)/local/blind123,$(REAL)/federal/blind123 \
		$(REAL)/local/blind125,$(REAL)/federal/blind125 \
		$(REAL)/local/blind124,$(REAL)/federal/blind124 \
		$(REAL)/local/blind126,$(REAL)/federal/blind126 \
		$(REAL)/local/blind127,$(REAL)/federal/blind127 \
		$(REAL)/local/blind129,$(REAL)/federal/blind129 \
		$(REAL)/local/blind128,$(REAL)/federal/blind128 \
		$(REAL)/local/blind130,$(REAL)/federal/blind130 \
		$(REAL)/local/blind131,$(REAL)/federal/blind131

# A few thousand malformed requests to a real gunicorn on loopback (throw-away SQLite
# archive); fails on any 5xx. The suite's tests/http/test_malformed_requests.py is the quick one.
fuzz-http: install
	$(BIN)/python -m ops.fuzz_http

# Generate an archive, back it up (backup_database), restore it into a new database
# (restore_database) and compare every public page byte for byte. SQLite; set
# BACKUP_CHECK_POSTGRES=postgres://postgres@127.0.0.1:5432 for PostgreSQL.
backup-check: install
	$(BIN)/python -m ops.backup_check

# gunicorn on a scratch PostgreSQL database under load while PostgreSQL is stopped and
# started again: 503s during the outage, 200s again within seconds. Stops the machine's
# PostgreSQL for a few seconds, so it is not part of CI (which shares that server).
fault-test: install browser-deps
	$(BIN)/python -m ops.fault_test

# Pins with a newer patch release on their major.minor line in the package index. Warns
# only: exits 0, also when the index cannot be reached.
outdated: install
	$(BIN)/python -m ops.outdated

migrations-check: install
	DJANGO_SECRET_KEY=check $(BIN)/python manage.py makemigrations --check --dry-run

# check --deploy with production values: DEBUG off, a long random key, a real host name.
deploy-check: install
	DJANGO_DEBUG=False DJANGO_ALLOWED_HOSTS=pressroom.example.org \
	DJANGO_SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) staticfiles
