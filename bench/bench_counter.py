"""How long the counter makes an officer wait: saving an outcome, and finding requests in a busy year.

Saving is one SQLite transaction with ``synchronous=FULL`` (events, outbox, read models, encrypted personal data,
tracking number), so it costs at least one fsync; the budget is well under 100 ms so Ctrl+Enter feels instant.
Finding requests runs on every Enter in the Requests page's search box; a name search decrypts every row the
other filters leave, so it is measured over a year of requests at a busy counter (default 5,000).

    .venv/bin/python bench/bench_counter.py [--requests 5000] [--saves 50]

Prints a Markdown table of median and p95 milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from stdnum.th import pin

from kiosk.attachments import AttachmentFiles
from kiosk.bootstrap import open_data_dir
from kiosk.counter.queries import RequestFilter, bucket_counts, find_requests
from kiosk.counter.visits import OutcomeForm, VisitSource, open_service, record_outcome, start_visit
from kiosk.counter.vocab import Outcome
from kiosk.db import Store
from kiosk.demo import seed_demo
from kiosk.paths import DataLayout
from kiosk.privacy import Citizen, CitizenVault

SERVICES = ("labour-22", "labour-23", "labour-5", "citizen-2", "citizen-51", "business-63")
FIRST_NAMES = ("สมชาย", "สมหญิง", "ประยูร", "บุญมา", "พิมพ์ใจ", "วิชัย", "อำไพ", "เกษม")


def _percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _cid(number: int) -> str:
    base = f"1{number:011d}"
    return base + str(pin.calc_check_digit(base))


def _serve(store: Store, vault: CitizenVault, files: AttachmentFiles, number: int, when: datetime) -> str:
    citizen = Citizen(f"นาย{FIRST_NAMES[number % len(FIRST_NAMES)]} ทดสอบ{number}", _cid(number), "")
    with store.write() as session:
        visit = start_visit(
            session,
            officer_id=None,
            source=VisitSource.CARD,
            consent=True,
            citizen_ref=vault.citizen_ref(citizen.cid),
            now=when,
        )
        item = open_service(
            session, visit_id=visit, service_key=SERVICES[number % len(SERVICES)], officer_id=None, now=when
        )
    with store.write() as session:
        saved = record_outcome(
            session,
            visit_id=visit,
            item_id=item,
            form=OutcomeForm(Outcome.SUBMITTED, phone=f"08{number % 100_000_000:08d}"),
            officer_id=None,
            citizen=citizen,
            vault=vault,
            files=files,
            now=when,
        )
    assert saved.request is not None
    return saved.request.tracking.compact


def _time(action: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--saves", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        store = open_data_dir(data_dir)
        with store.write() as session:
            seed_demo(session)
        vault = CitizenVault.ephemeral_key()
        files = AttachmentFiles(DataLayout(data_dir).attachments)
        now = datetime.now(UTC)
        rows: list[tuple[str, list[float]]] = []

        number = iter(range(10**9))
        save_times = []
        for _ in range(args.saves):
            index = next(number)
            when = now - timedelta(minutes=index)
            citizen = Citizen("นายทดสอบ เวลา", _cid(index), "")
            with store.write() as session:
                visit = start_visit(
                    session,
                    officer_id=None,
                    source=VisitSource.CARD,
                    consent=True,
                    citizen_ref=None,
                    now=when,
                )
                item = open_service(
                    session, visit_id=visit, service_key="labour-22", officer_id=None, now=when
                )
            start = time.perf_counter()
            with store.write() as session:
                record_outcome(
                    session,
                    visit_id=visit,
                    item_id=item,
                    form=OutcomeForm(Outcome.SUBMITTED, phone="0812345678"),
                    officer_id=None,
                    citizen=citizen,
                    vault=vault,
                    files=files,
                    now=when,
                )
            save_times.append((time.perf_counter() - start) * 1000)
        rows.append(("save an outcome that creates a request (one transaction, fsync)", save_times))

        trackings = []
        started = time.perf_counter()
        for _ in range(args.requests - args.saves):
            index = next(number)
            trackings.append(_serve(store, vault, files, index, now - timedelta(hours=index * 1.7)))
        fill = time.perf_counter() - started
        today = now.date()

        def search(text: str) -> Callable[[], object]:
            def run() -> object:
                with store.read() as session:
                    return find_requests(session, RequestFilter(text=text), vault=vault, today=today)

            return run

        def counts() -> object:
            with store.read() as session:
                return bucket_counts(session, today)

        rows += [
            ("find by scanned tracking number", _time(search(trackings[len(trackings) // 2]), 30)),
            ("find by citizen ID (pseudonym index)", _time(search(_cid(1234)), 30)),
            ("find by last 4 phone digits", _time(search("1234"), 30)),
            (f"find by part of a name (decrypts all {args.requests})", _time(search("ประยูร"), 10)),
            ("list the 500 most recent (no filter)", _time(search(""), 10)),
            ("age-bucket counts", _time(counts, 30)),
        ]
        store.close()
    print(f"{args.requests} requests ({fill:.1f} s to create them)\n")
    print("| operation | median ms | p95 ms |")
    print("|---|---:|---:|")
    for name, samples in rows:
        print(f"| {name} | {statistics.median(samples):.1f} | {_percentile(samples, 0.95):.1f} |")


if __name__ == "__main__":
    main()
