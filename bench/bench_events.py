"""Durable event writes per second, each with its outbox row, each its own committed transaction (goal >= 500/s).

``synchronous=FULL`` in WAL mode: a commit has reached the disk when ``write()`` returns, so this is the rate at
which an officer's saves become crash-proof, not the rate of buffered inserts.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.bootstrap import open_data_dir
from kiosk.events import append_event, new_id, pending_outbox_count

EVENTS = 2000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_data_dir(Path(tmp))
        streams = [new_id() for _ in range(200)]
        payload = {"service_key": "citizen-12", "outcome": "completed", "notes": "x" * 200}
        started = time.perf_counter()
        for index in range(EVENTS):
            with store.write() as session:
                append_event(
                    session,
                    stream_type="visit",
                    stream_id=streams[index % len(streams)],
                    kind="visit.item_saved",
                    payload=payload,
                    officer_id=None,
                )
        elapsed = time.perf_counter() - started
        with store.read() as session:
            assert pending_outbox_count(session) == EVENTS
        store.close()
    rate = EVENTS / elapsed
    print("| measure | result | goal |")
    print("|---|---|---|")
    print(
        f"| durable events/s (event + outbox row, one commit each, {EVENTS} events) | {rate:.0f}/s | >= 500/s |"
    )
    print(f"| mean commit latency | {elapsed / EVENTS * 1000:.2f} ms | |")


if __name__ == "__main__":
    main()
