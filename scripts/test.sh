#!/usr/bin/env bash
# Set up and run every gate: lint, format, types, the layer contract and the whole pytest suite (unit, UI with
# pytest-qt offscreen, end-to-end against real pcscd + vpcd, CUPS and the sync server).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen PYSIDE6_OPTION_PYTHON_ENUM=0x11 PYTHONDONTWRITEBYTECODE=1
echo "== ruff";          .venv/bin/ruff check .
echo "== ruff format";   .venv/bin/ruff format --check .
echo "== mypy (strict)"; .venv/bin/mypy
echo "== import layers"; .venv/bin/lint-imports
echo "== pytest";        .venv/bin/pytest "$@"
