#!/usr/bin/env bash
# Set-up shared by run.sh and test.sh: a virtual environment with the project (and the extras named in $1),
# and the pinned YASGUI release from the npm registry into vendor/ (ignored by git) where npm is present.
set -euo pipefail
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${1:-}"
package=$(.venv/bin/python -c "import json; p = json.load(open('kg/serve/yasgui.json')); print(p['package'] + '@' + p['version'])")
if [ -f "vendor/yasgui/node_modules/${package%@*}/build/yasgui.min.js" ] && grep -q "\"version\": \"${package##*@}\"" "vendor/yasgui/node_modules/${package%@*}/package.json"; then
  :
elif command -v npm >/dev/null 2>&1; then
  mkdir -p vendor/yasgui
  npm install --silent --no-save --no-audit --no-fund --ignore-scripts --prefix vendor/yasgui "$package" >/dev/null 2>&1 \
    || echo "setup: could not install $package with npm; the query page will load it from the CDN" >&2
else
  echo "setup: npm not found; the query page will load $package from the CDN" >&2
fi
