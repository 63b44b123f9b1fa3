#!/usr/bin/env bash
# The tests: install the project with its test extras into .venv, then run pytest (arguments go to pytest).
set -euo pipefail
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
exec .venv/bin/python -m pytest "$@"
