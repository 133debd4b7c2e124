"""One printout through CUPS, start to finish: pick the queue, check it, submit, follow, log.

The printer is checked before the job is sent so that "out of paper" is said at once rather than after a job
has sat in a stopped queue; trouble that appears while the job waits cancels it (see :meth:`Cups.wait`). Either
way the caller gets a :class:`PrintProblem` it can show with a Retry button, and a retry sends one new job.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.printing.cups import Cups, JobOutcome
from services.printing.joblog import JobLog, Outcome
from services.printing.media import Media
from services.printing.problems import PrintProblem, Problem

ROUTE = "cups"


@dataclass(frozen=True)
class PrintJob:
    """A rendered document on its way to a printer. ``title`` shows in the queue: never put a name in it."""

    kind: str
    pdf: bytes
    title: str
    media: Media | None
    printer: str = ""
    reference: str = ""
    copies: int = 1


def resolve_printer(chosen: str, cups: Cups) -> str:
    """The chosen queue, else the system default; no printer at all is a problem the officer must fix."""
    printer = chosen or cups.default_printer()
    if not printer:
        raise PrintProblem(Problem.NO_PRINTER)
    return printer


def print_with_cups(job: PrintJob, cups: Cups, log: JobLog, *, wait_seconds: float = 30.0) -> JobOutcome:
    printer = job.printer
    media = job.media.cups_option if job.media else ""
    try:
        printer = resolve_printer(job.printer, cups)
        problem = cups.status(printer).problem()
        if problem is not None:
            raise problem
        job_id = cups.submit(printer, job.pdf, title=job.title, media=job.media, copies=job.copies)
        outcome = cups.wait(job_id, printer, timeout=wait_seconds)
    except PrintProblem as problem:
        log.record(
            kind=job.kind,
            printer=printer,
            outcome=Outcome.FAILED,
            route=ROUTE,
            media=media,
            reference=job.reference,
            problem=problem.problem.value,
        )
        raise
    log.record(
        kind=job.kind,
        printer=printer,
        outcome=Outcome.PRINTED if outcome.completed else Outcome.QUEUED,
        route=ROUTE,
        job_id=outcome.job_id,
        media=media,
        reference=job.reference,
    )
    return outcome
