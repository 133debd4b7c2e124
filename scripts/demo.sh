#!/usr/bin/env bash
# Set up and start the counter on a throwaway demo data directory (sample district, officers, virtual ID card).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/python main.py --demo "$@"
