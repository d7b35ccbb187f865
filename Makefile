# Pressroom: `make run` serves the site, `make test` runs the suite. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

# `make run` serves plain HTTP on loopback with production code paths (DEBUG off,
# whitenoise, gunicorn); only the HTTPS-only settings are turned off, explicitly.
RUN_ENV := DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-local-run-not-for-production} \
	DJANGO_SECURE_HTTPS=False DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-localhost,127.0.0.1}

.PHONY: install run test lint format migrations-check deploy-check importer-eval clean

$(BIN)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed

run: install
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput
	$(RUN_ENV) $(BIN)/python manage.py load_reference_release
	$(RUN_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	@echo "Serving Pressroom on http://$(HOST):$(PORT)/ (Ctrl-C stops it)"
	$(RUN_ENV) $(BIN)/gunicorn pressroom.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: install
	DJANGO_SECRET_KEY=check $(BIN)/python manage.py makemigrations --check --dry-run

# check --deploy with production values: DEBUG off, a long random key, a real host name.
deploy-check: install
	DJANGO_DEBUG=False DJANGO_ALLOWED_HOSTS=pressroom.example.org \
	DJANGO_SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) staticfiles
