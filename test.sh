#!/usr/bin/env bash
# The tests: install the project with its test extras into .venv, then run pytest (arguments go to pytest).
set -euo pipefail
cd "$(dirname "$0")"
bash setup.sh "[test]"
exec .venv/bin/python -m pytest "$@"
