"""Benchmark the printed documents: warm render times, the first document in a fresh process, peak memory,
and the Thai word segmenter's cost against PyThaiNLP's default dictionary trie.

    .venv/bin/python bench/bench_forms.py [--rounds 30]

Goals (issue 5): receipt < 60 ms warm, survey form < 150 ms warm, first document after start < 1.5 s. Prints a
Markdown table for docs/PERFORMANCE.md. Cold numbers run in fresh subprocesses so imports are counted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Each snippet prints a JSON object; run in a fresh interpreter so nothing is imported or cached yet.
FIRST_DOCUMENT = """
import json, resource, time
started = time.perf_counter()
from forms.kinds import kind
pdf = kind("receipt").render_sample()
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

AFTER_WARM_UP = """
import json, time
import sqlalchemy.orm  # the app has its database layer loaded before anyone prints
started = time.perf_counter()
from forms.kinds import kind, warm_up
warm_up()
warmed = time.perf_counter()
kind("receipt").render_sample()
print(json.dumps({"warm_up": warmed - started, "first": time.perf_counter() - warmed}))
"""

ALL_KINDS = """
import json, resource
from forms.kinds import KINDS
for k in KINDS.values():
    k.render_sample()
print(json.dumps({"maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

BASELINE = """
import json, resource
print(json.dumps({"maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

SEGMENTER_OURS = """
import json, resource, time
started = time.perf_counter()
from forms import linebreak
linebreak.warm_up()
print(json.dumps({"seconds": time.perf_counter() - started,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

SEGMENTER_DEFAULT = """
import json, os, resource, time
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
started = time.perf_counter()
from pythainlp.tokenize import word_tokenize
word_tokenize("ศูนย์ดำรงธรรมอำเภอให้บริการประชาชน", engine="newmm")
print(json.dumps({"seconds": time.perf_counter() - started,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _fresh(snippet: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", snippet], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def _fresh_wall(snippet: str) -> float:
    """Wall time of a whole fresh process: interpreter start, imports, first render."""
    started = time.perf_counter()
    _fresh(snippet)
    return time.perf_counter() - started


def _warm(name: str, rounds: int) -> tuple[float, float]:
    from forms.kinds import kind

    render = kind(name).render_sample
    render()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        render()
        times.append(time.perf_counter() - started)
    return statistics.median(times), max(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args(argv)

    first = _fresh(FIRST_DOCUMENT)
    first_wall = statistics.median(_fresh_wall(FIRST_DOCUMENT) for _ in range(3))
    warmed = _fresh(AFTER_WARM_UP)
    baseline = _fresh(BASELINE)["maxrss_mb"]
    all_kinds = _fresh(ALL_KINDS)["maxrss_mb"]
    ours = _fresh(SEGMENTER_OURS)
    default = _fresh(SEGMENTER_DEFAULT)

    from forms.kinds import KINDS

    rows = [("Kind", "median (ms)", "max (ms)", "goal")]
    goals = {"receipt": "< 60", "survey": "< 150"}
    for name in KINDS:
        median, worst = _warm(name, args.rounds)
        rows.append((name, f"{median * 1000:.1f}", f"{worst * 1000:.1f}", goals.get(name, "")))

    print(f"Warm render, {args.rounds} rounds each (Python {sys.version.split()[0]}):\n")
    print(_table(rows))
    print()
    print(
        _table(
            [
                ("Measure", "value", "goal"),
                (
                    "first receipt in a fresh process (imports + render)",
                    f"{first['seconds'] * 1000:.0f} ms",
                    "",
                ),
                (
                    "same, whole process wall time incl. interpreter start",
                    f"{first_wall * 1000:.0f} ms",
                    "< 1.5 s",
                ),
                ("background warm_up() at app start", f"{warmed['warm_up'] * 1000:.0f} ms", ""),
                ("first receipt after warm_up()", f"{warmed['first'] * 1000:.0f} ms", "< 60 ms"),
                ("peak RSS after the first receipt", f"{first['maxrss_mb']:.0f} MB", ""),
                ("peak RSS after rendering every kind", f"{all_kinds:.0f} MB", ""),
                ("bare interpreter RSS (for comparison)", f"{baseline:.0f} MB", ""),
                (
                    "Thai segmenter ready: our frozenset dictionary",
                    f"{ours['seconds'] * 1000:.0f} ms, {ours['maxrss_mb'] - baseline:.0f} MB",
                    "",
                ),
                (
                    "Thai segmenter ready: PyThaiNLP default trie",
                    f"{default['seconds'] * 1000:.0f} ms, {default['maxrss_mb'] - baseline:.0f} MB",
                    "",
                ),
            ]
        )
    )
    return 0


def _table(rows: Sequence[tuple[str, ...]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (width + 2) for width in widths) + "|")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
