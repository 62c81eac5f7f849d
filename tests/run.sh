#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, types, import contracts, then pytest.
# Prepares the checkout first (packaging/bootstrap.sh). Extra arguments go to pytest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/bootstrap.sh"
cd "$root"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
echo "== ruff" && .venv/bin/ruff check --quiet . && .venv/bin/ruff format --check --quiet .
echo "== mypy" && .venv/bin/mypy --no-error-summary inspector_app
echo "== import contracts" && .venv/bin/lint-imports --no-cache >/dev/null
echo "== pytest" && exec .venv/bin/pytest -q -p no:randomly "$@"
