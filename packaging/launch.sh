#!/usr/bin/env bash
# Opens the application on the default local database (created on first use), after
# preparing the checkout (packaging/bootstrap.sh). Extra arguments go to inspector-app.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/bootstrap.sh"
exec "$root/.venv/bin/inspector-app" "$@"
