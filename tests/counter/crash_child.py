"""The process the crash test kills: it serves citizens in a loop and says so after each commit.

``python crash_child.py DATA_DIR [pause]``: prints ``ready`` once the store is open, then the compact tracking
number of every request as soon as its transaction has committed. With ``pause`` it stops for good in the middle
of the third outcome's transaction - after the request and its event are written, before the commit - and prints
``paused``, so the test can kill it exactly between two writes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from counter_support import serve

from kiosk.attachments import AttachmentFiles
from kiosk.bootstrap import open_data_dir
from kiosk.counter import visits
from kiosk.counter.visits import OutcomeForm
from kiosk.counter.vocab import Outcome
from kiosk.demo import seed_demo
from kiosk.paths import DataLayout
from kiosk.privacy import CitizenVault


def main() -> None:
    data_dir = Path(sys.argv[1])
    pause = len(sys.argv) > 2 and sys.argv[2] == "pause"
    store = open_data_dir(data_dir)
    with store.write() as session:
        seed_demo(session)
    vault = CitizenVault.ephemeral_key()
    files = AttachmentFiles(DataLayout(data_dir).attachments)
    form = OutcomeForm(Outcome.SUBMITTED, phone="0812345678")
    real_create = visits.create_request
    served = 0

    def create_then_maybe_pause(*args: object, **kwargs: object) -> object:
        row = real_create(*args, **kwargs)  # type: ignore[arg-type]
        if pause and served == 2:
            print("paused", flush=True)
            time.sleep(600)
        return row

    visits.create_request = create_then_maybe_pause  # type: ignore[assignment]
    print("ready", flush=True)
    while True:
        saved = serve(store, vault, files, form)
        assert saved.request is not None
        served += 1
        print(saved.request.tracking.compact, flush=True)


if __name__ == "__main__":
    main()
