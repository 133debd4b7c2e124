"""Render every document kind from its sample and rasterise each page to ``docs/forms/<kind>-<page>.png``.

    .venv/bin/python scripts/render_forms.py [--out docs/forms] [--dpi 100]

The previews are how a reviewer checks Thai shaping, line breaks and layout without a printer: look at every
page after changing a document. Needs ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "docs" / "forms", help="folder for the PNG previews"
    )
    parser.add_argument("--dpi", type=int, default=100, help="resolution of A4/A3/A5 previews")
    args = parser.parse_args(argv)

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found: install poppler-utils", file=sys.stderr)
        return 1

    from forms.kinds import KINDS, PaperKind

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for name, kind in KINDS.items():
            started = time.perf_counter()
            pdf = kind.render_sample()
            elapsed = time.perf_counter() - started
            source = Path(scratch) / f"{name}.pdf"
            source.write_bytes(pdf)
            for stale in args.out.glob(f"{name}-*.png"):
                stale.unlink()
            # A roll is narrow: render it sharper so the preview is as legible as a page.
            dpi = 150 if kind.paper is PaperKind.ROLL_80 else args.dpi
            subprocess.run([pdftoppm, "-r", str(dpi), "-png", str(source), str(args.out / name)], check=True)
            pages = sorted(args.out.glob(f"{name}-*.png"))
            print(
                f"{name:<16} {len(pages)} page(s)  {elapsed * 1000:6.0f} ms  {', '.join(p.name for p in pages)}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
