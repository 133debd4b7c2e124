"""Per-keystroke latency of the service picker's catalogue search.

The picker searches on every keystroke, so the budget is per prefix of what the officer types, not per
finished query: each realistic query below is typed one character at a time and every prefix is searched,
as the UI does. The goal is p95 < 10 ms over the 325-entry catalogue on a counter PC.

    .venv/bin/python bench/bench_search.py [--runs 200]

Prints a Markdown table (one row per query, plus all keystrokes together).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.catalog import load_catalog, load_demo_offered
from kiosk.search import SearchIndex

QUERIES: tuple[tuple[str, str], ...] = (
    ("ขอใช้ไฟฟ้า ในเขตต่างจังหวัด", "full name, with tone marks and a space"),
    ("จองคิวทำใบขับขี", "name typed without tone marks"),
    ("สปส", "agency abbreviation"),
    ("ประกันสังคม ว่างงาน", "agency + word from the name"),
    ("ขนส่ง", "short agency name"),
    ("ใบอนุญาต", "common word (many hits)"),
    ("ชำระค่าน้ำประปา", "name with sara am"),
    ("sso connect", "Latin"),
    ("ไม่มีอะไรตรงกับคำนี้เลย", "no match at all"),
)


def _percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _time_typing(index: SearchIndex, query: str, boost: dict[str, float], runs: int) -> list[float]:
    """Milliseconds for each keystroke (each non-empty prefix), over ``runs`` repetitions."""
    prefixes = [query[:end] for end in range(1, len(query) + 1)]
    samples: list[float] = []
    for _ in range(runs):
        for prefix in prefixes:
            start = time.perf_counter_ns()
            index.search(prefix, limit=50, boost=boost)
            samples.append((time.perf_counter_ns() - start) / 1e6)
    return samples


def _row(label: str, samples: Sequence[float]) -> str:
    return (
        f"| {label} | {len(samples)} | {statistics.median(samples):.3f} | "
        f"{_percentile(samples, 0.95):.3f} | {max(samples):.3f} |"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="times each query is typed (default 200)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    catalog = load_catalog()
    loaded = time.perf_counter()
    index = SearchIndex.for_catalog(catalog)
    built = time.perf_counter()
    # A district's usage counts, as the picker passes them: its offered services, most used first.
    boost = {service.service_key: float(100 - service.order) for service in load_demo_offered()}

    everything: list[float] = []
    rows = []
    for query, what in QUERIES:
        samples = _time_typing(index, query, boost, args.runs)
        everything.extend(samples)
        rows.append(_row(f"`{query}` ({what})", samples))

    print(
        f"Catalogue search, {len(index)} entries, {args.runs} runs per query, Python {sys.version.split()[0]}"
    )
    print(
        f"Load catalogue JSON: {(loaded - start) * 1e3:.1f} ms; build index: {(built - loaded) * 1e3:.1f} ms"
    )
    print()
    print("| query, typed one character at a time | keystrokes | p50 ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|---:|")
    print("\n".join(rows))
    print(_row("**all keystrokes**", everything))
    return 0


if __name__ == "__main__":
    sys.exit(main())
