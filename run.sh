#!/usr/bin/env bash
# The main job: install into .venv, build the graph from data/documents, serve it on http://127.0.0.1:8000/
# Extra arguments go to `kg serve` (e.g. `bash run.sh --port 9000`).
set -euo pipefail
cd "$(dirname "$0")"
bash setup.sh
.venv/bin/kg build
exec .venv/bin/kg serve "$@"
