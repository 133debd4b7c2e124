"""Printers and print jobs through the CUPS command-line tools (``lpstat``, ``lp``, ``cancel``).

On Linux and macOS every printer the desktop knows is a CUPS queue, and the CUPS tools are the stable interface
to it: they report what Qt's ``QPrinterInfo`` cannot (why a printer is stopped: ``media-empty``, ``offline``),
hand a PDF to the queue as vector data (Qt's route rasterises it), and let us follow a job to completion. The
tools run with ``LC_ALL=C`` so their output parses the same on a Thai desktop; ``CUPS_SERVER`` in the
environment selects another scheduler (the tests run their own).

Nothing here touches a widget; every call blocks for at most ``timeout`` seconds and belongs on a worker thread.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from services.printing.media import Media
from services.printing.problems import PrintProblem, Problem, problem_for_reason

Run = Callable[..., subprocess.CompletedProcess[bytes]]

_PRINTER_LINE = re.compile(r"^printer (?P<name>\S+) (?P<rest>.*)$")
_JOB_ID = re.compile(r"request id is (?P<job>\S+)")
_NOT_FOUND_MARKERS = ("does not exist", "Unknown destination", "Invalid destination", "Bad printer")


class PrinterState(Enum):
    IDLE = "idle"
    PRINTING = "printing"
    DISABLED = "disabled"


@dataclass(frozen=True)
class PrinterStatus:
    """One queue as ``lpstat`` reports it."""

    name: str
    state: PrinterState
    reasons: tuple[str, ...] = ()
    message: str = ""
    accepting: bool = True
    is_default: bool = False

    def problem(self) -> PrintProblem | None:
        """Why a job sent now would not print, if anything stands in the way."""
        for reason in self.reasons:
            found = problem_for_reason(reason)
            if found is not None:
                return PrintProblem(found, self.name, self.message)
        if self.state is PrinterState.DISABLED:
            return PrintProblem(Problem.PAUSED, self.name, self.message)
        if not self.accepting:
            return PrintProblem(Problem.NOT_ACCEPTING, self.name, self.message)
        return None


def parse_printers(text: str) -> list[PrinterStatus]:
    """Parse ``LC_ALL=C lpstat -l -p``: one block per printer, detail lines indented by a tab."""
    printers: list[PrinterStatus] = []
    name = ""
    state = PrinterState.IDLE
    reasons: tuple[str, ...] = ()
    message_lines: list[str] = []
    in_header = False

    def flush() -> None:
        if name:
            printers.append(PrinterStatus(name, state, reasons, " ".join(message_lines).strip()))

    for line in text.splitlines():
        header = _PRINTER_LINE.match(line)
        if header:
            flush()
            name = header["name"]
            rest = header["rest"]
            state = (
                PrinterState.DISABLED
                if rest.startswith("disabled")
                else PrinterState.PRINTING
                if rest.startswith("now printing")
                else PrinterState.IDLE
            )
            reasons = ()
            message_lines = []
            in_header = True
            continue
        detail = line.strip()
        if not name or not detail:
            continue
        if ":" in detail and detail.split(":", 1)[0] in _DETAIL_KEYS:
            in_header = False
            key, value = (part.strip() for part in detail.split(":", 1))
            if key == "Alerts":
                reasons = tuple(r.strip() for r in value.split(",") if r.strip() and r.strip() != "none")
        elif in_header:
            # The lines between the header and the first "Key:" line are the reason an admin gave.
            message_lines.append(detail)
    flush()
    return printers


_DETAIL_KEYS = frozenset(
    {
        "Form mounted",
        "Content types",
        "Printer types",
        "Description",
        "Alerts",
        "Location",
        "Connection",
        "Interface",
        "On fault",
        "After fault",
        "Users allowed",
        "Forms allowed",
        "Charset sets",
        "Default pitch",
        "Default page size",
        "Default port settings",
    }
)


def parse_accepting(text: str) -> dict[str, bool]:
    """Parse ``LC_ALL=C lpstat -a``: ``NAME accepting requests since ...`` / ``NAME not accepting ...``."""
    accepting: dict[str, bool] = {}
    for line in text.splitlines():
        if line.startswith(("\t", " ")) or not line.strip():
            continue
        name, _, rest = line.partition(" ")
        accepting[name] = rest.startswith("accepting")
    return accepting


def parse_default(text: str) -> str | None:
    """Parse ``LC_ALL=C lpstat -d``."""
    for line in text.splitlines():
        if line.startswith("system default destination:"):
            return line.split(":", 1)[1].strip() or None
    return None


def parse_job_ids(text: str) -> set[str]:
    """Job ids (``PRINTER-12``) from ``lpstat -o`` listings: the first word of each line."""
    return {
        line.split()[0] for line in text.splitlines() if line.strip() and not line.startswith((" ", "\t"))
    }


@dataclass(frozen=True)
class JobOutcome:
    job_id: str
    printer: str
    completed: bool


class Cups:
    """The CUPS tools, with a timeout on every call; ``run`` is injectable so parsing is testable without CUPS."""

    def __init__(self, *, timeout: float = 10.0, run: Run = subprocess.run) -> None:
        self.timeout = timeout
        self._run = run

    @staticmethod
    def available() -> bool:
        """True when the CUPS client tools are installed (Linux, macOS); Windows prints through Qt."""
        return shutil.which("lp") is not None and shutil.which("lpstat") is not None

    def _call(self, args: Sequence[str], *, stdin: bytes | None = None, printer: str = "") -> str:
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
        try:
            done = self._run(
                list(args), input=stdin, capture_output=True, timeout=self.timeout, env=env, check=False
            )
        except subprocess.TimeoutExpired:
            raise PrintProblem(Problem.TIMEOUT, printer) from None
        except OSError as error:
            raise PrintProblem(Problem.FAILED, printer, error.strerror or str(error)) from None
        out = bytes(done.stdout or b"").decode("utf-8", "replace")
        err = bytes(done.stderr or b"").decode("utf-8", "replace")
        if done.returncode != 0:
            message = (err or out).strip()
            if any(marker in message for marker in _NOT_FOUND_MARKERS):
                raise PrintProblem(Problem.NOT_FOUND, printer)
            if "No destinations added" in message:
                return ""
            if "Scheduler is not running" in message or "Unable to connect" in message:
                raise PrintProblem(Problem.OFFLINE, printer or "CUPS", message)
            raise PrintProblem(Problem.FAILED, printer, message)
        return out

    def printers(self) -> list[PrinterStatus]:
        """Every queue with its state, whether it accepts jobs and which one is the default."""
        listed = parse_printers(self._call(["lpstat", "-l", "-p"]))
        accepting = parse_accepting(self._call(["lpstat", "-a"])) if listed else {}
        default = self.default_printer() if listed else None
        return [
            PrinterStatus(
                p.name, p.state, p.reasons, p.message, accepting.get(p.name, True), p.name == default
            )
            for p in listed
        ]

    def status(self, printer: str) -> PrinterStatus:
        listed = parse_printers(self._call(["lpstat", "-l", "-p", printer], printer=printer))
        if not listed:
            raise PrintProblem(Problem.NOT_FOUND, printer)
        accepting = parse_accepting(self._call(["lpstat", "-a", printer], printer=printer))
        found = listed[0]
        return PrinterStatus(
            found.name, found.state, found.reasons, found.message, accepting.get(printer, True)
        )

    def default_printer(self) -> str | None:
        return parse_default(self._call(["lpstat", "-d"]))

    def submit(self, printer: str, pdf: bytes, *, title: str, media: Media | None, copies: int = 1) -> str:
        """Queue a PDF (given on stdin: no spool file of ours holds a citizen's data) and return the job id."""
        args = ["lp", "-d", printer, "-t", title, "-n", str(copies)]
        if media is not None:
            args += ["-o", f"media={media.cups_option}", "-o", "fit-to-page=false"]
        out = self._call([*args, "-"], stdin=pdf, printer=printer)
        found = _JOB_ID.search(out)
        if found is None:
            raise PrintProblem(Problem.FAILED, printer, out.strip())
        return found["job"]

    def active_jobs(self, printer: str) -> set[str]:
        return parse_job_ids(self._call(["lpstat", "-W", "not-completed", "-o", printer], printer=printer))

    def cancel(self, job_id: str) -> None:
        self._call(["cancel", job_id])

    def wait(
        self,
        job_id: str,
        printer: str,
        *,
        timeout: float,
        poll: float = 0.25,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> JobOutcome:
        """Follow a job until it leaves the queue, the printer reports trouble, or ``timeout`` passes.

        On trouble the job is cancelled before the problem is raised, so that a Retry prints one copy, not the
        stuck one plus the new one once paper is loaded.
        """
        deadline = clock() + timeout
        while True:
            if job_id not in self.active_jobs(printer):
                return JobOutcome(job_id, printer, completed=True)
            problem = self.status(printer).problem()
            if problem is not None:
                self.cancel(job_id)
                raise problem
            if clock() >= deadline:
                return JobOutcome(job_id, printer, completed=False)
            sleep(poll)
