"""Keep the Thai translation of the UI in step with the code.

    python scripts/translations.py update    # collect tr() strings from ui/ into resources/i18n/th.ts
    python scripts/translations.py release   # compile th.ts into th.qm (committed; loaded at start)

Translate new strings in th.ts with Qt Linguist (``pyside6-linguist resources/i18n/th.ts``), then release.
tests/test_translations.py fails while any UI string has no Thai translation or th.qm is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "th.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update(ts: Path = TS) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "th_TH",
            *ui_sources(),
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT, capture_output=True)


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        release()
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
