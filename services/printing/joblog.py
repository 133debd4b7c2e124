"""The print job log: what was printed where, when, and how it ended — for "did the receipt print?" questions.

One JSON object per line in ``<data dir>/print-jobs/jobs.jsonl``, appended under a lock so two worker threads
never interleave a line. Entries name the document kind and its reference (a tracking or form number, which
identify a request, not a person); never a name, an ID number or the document itself.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import asdict, dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from kiosk.clock import now_utc
from kiosk.paths import DataLayout

LOG_NAME = "jobs.jsonl"


class Outcome(Enum):
    PRINTED = "printed"  # the queue finished the job
    QUEUED = "queued"  # handed over, still in the queue when we stopped watching
    SENT = "sent"  # handed to a printer we cannot follow (the Qt route)
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class JobEntry:
    at: str
    kind: str
    printer: str
    outcome: str
    route: str
    job_id: str = ""
    media: str = ""
    reference: str = ""
    problem: str = ""


class JobLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> JobLog:
        return cls(DataLayout(data_dir).print_jobs / LOG_NAME)

    def record(
        self,
        *,
        kind: str,
        printer: str,
        outcome: Outcome,
        route: str,
        job_id: str = "",
        media: str = "",
        reference: str = "",
        problem: str = "",
        at: datetime | None = None,
    ) -> JobEntry:
        entry = JobEntry(
            at=(at or now_utc()).isoformat(timespec="seconds"),
            kind=kind,
            printer=printer,
            outcome=outcome.value,
            route=route,
            job_id=job_id,
            media=media,
            reference=reference,
            problem=problem,
        )
        line = json.dumps(asdict(entry), ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as stream:
                stream.write(line)
        return entry

    def recent(self, limit: int = 50) -> list[JobEntry]:
        """The last ``limit`` entries, newest last; a damaged line (a crash mid-write) is skipped."""
        if not self.path.exists():
            return []
        with self._lock, self.path.open(encoding="utf-8") as stream:
            lines = deque(stream, maxlen=limit)
        entries: list[JobEntry] = []
        for line in lines:
            try:
                entries.append(JobEntry(**json.loads(line)))
            except (ValueError, TypeError):
                continue
        return entries
