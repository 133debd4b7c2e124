"""Behaviour of the Counter page: one citizen's visit from card to receipt, every step saved as it happens.

Writes go through the task runner's single database thread (``run_db``) and each is one transaction of
:mod:`kiosk.counter.visits`; reads, key lookups, file checks, rendering and the browser go to the pool. Nothing
here waits: the officer keeps typing while the disk, the browser or the printer catch up, and results arrive on
the GUI thread through the runner's callbacks.

The citizen's personal data lives in this object (never in a log) until a request needs it, and then it is
stored encrypted by the domain. A new card while a service is still open does not throw the open service away:
the new citizen waits until the officer saves or discards it.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from forms.data import ReceiptData
from kiosk import audit, settings
from kiosk.attachments import AttachmentFiles, AttachmentRejected, check_file
from kiosk.cid import format_cid, mask_cid
from kiosk.clock import now_utc, to_local
from kiosk.counter.visits import (
    OutcomeForm,
    SavedOutcome,
    VisitSource,
    end_visit,
    open_service,
    record_outcome,
    start_visit,
    usage_counts,
)
from kiosk.counter.vocab import Outcome
from kiosk.errors import KioskError
from kiosk.i18n import Text
from kiosk.messages import Level
from kiosk.offered import OfferedRow, list_offered
from kiosk.privacy import Citizen
from services.browser import Launcher, open_link
from services.cardreader import (
    CardBackend,
    CardConnection,
    CardEvent,
    CardEventCallback,
    CardEventKind,
    NoReaderError,
)
from ui.card.controller import CardPanelController
from ui.card.events import IdentifiedCitizen, PanelState, Phase
from ui.card.panel import CardPanel
from ui.context import AppContext
from ui.counter.keys import KeyLoader, KeyState, key_for
from ui.counter.outcome import AttachedFile
from ui.counter.picker import PickerEntry
from ui.counter.receipt import receipt_data, receipt_paper, render
from ui.counter.view import CounterView
from ui.printing.controller import Document, PrintDone, PrintFailed

if TYPE_CHECKING:
    from services.virtualcard.demo import DemoCardReader

log = logging.getLogger(__name__)

DISCARD_WINDOW_MS = 4000
REVEAL_MS = 10_000
PrintDocument = Callable[[Document], object]
ChooseFiles = Callable[[QWidget], list[Path]]


@dataclass(frozen=True)
class Served:
    service: str
    outcome: Outcome
    tracking: str | None


@dataclass
class ActiveVisit:
    visit_id: str
    citizen: IdentifiedCitizen | None
    served: list[Served] = field(default_factory=list)


@dataclass(frozen=True)
class ActiveItem:
    item_id: str
    entry: PickerEntry
    started: float


@dataclass(frozen=True)
class PickerData:
    offered: list[OfferedRow]
    usage: dict[str, int]


@dataclass(frozen=True)
class Opened:
    visit_id: str
    item_id: str
    browser_command: str
    new_visit: bool


@dataclass(frozen=True)
class Saved:
    outcome: SavedOutcome
    receipt_paper: str
    receipt: ReceiptData | None
    """What the new request's receipt prints, read in the saving transaction."""


@dataclass(frozen=True)
class Checked:
    accepted: list[AttachedFile]
    rejected: list[AttachmentRejected]


def pick_scans(parent: QWidget) -> list[Path]:
    """The file dialog: the one modal window of the counter, because picking a file needs one."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("CounterController", "Attach scanned documents"),
        str(Path.home()),
        QCoreApplication.translate("CounterController", "Scans (*.jpg *.jpeg *.png *.pdf);;All files (*)"),
    )
    return [Path(name) for name in names]


class _NoReader:
    """Stands in for a card reader that could not be set up: the panel still offers manual entry."""

    def list_readers(self) -> list[str]:
        return []

    def readers_with_card(self) -> list[str]:
        return []

    def connect(self, reader: str) -> CardConnection:
        raise NoReaderError()

    def start_monitor(self, callback: CardEventCallback) -> _NoMonitor:
        callback(CardEvent(CardEventKind.SERVICE_UNAVAILABLE))
        return _NoMonitor()


class _NoMonitor:
    def stop(self) -> None:
        return None


class CounterController(QObject):
    card_state = Signal(object)
    """Every :class:`PanelState` of the card reader, for the main window's status bar."""
    visit_ended = Signal(object)
    """The catalogue key of the last service saved in the visit that just ended (None if none was), so the
    citizen's survey can be started for it."""

    def __init__(
        self,
        ctx: AppContext,
        view: CounterView,
        *,
        card_backend: CardBackend | None = None,
        keys: KeyLoader | None = None,
        launcher: Launcher = open_link,
        print_document: PrintDocument | None = None,
        choose_files: ChooseFiles = pick_scans,
    ) -> None:
        super().__init__(view)
        self._last_service_key: str | None = None
        self.ctx = ctx
        self.view = view
        self._keys = keys or (lambda: key_for(ctx.data_dir, demo=ctx.demo))
        self._launcher = launcher
        self._print_document = print_document
        self._choose_files = choose_files
        self.visit: ActiveVisit | None = None
        self.item: ActiveItem | None = None
        self.pending: IdentifiedCitizen | None = None
        self.last_receipt: Document | None = None
        self.card: CardPanelController | None = None
        self.panel: CardPanel | None = None
        self._demo_reader: DemoCardReader | None = None
        self._busy = False
        self._discard_armed = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._discard_timer = QTimer(self)
        self._discard_timer.setSingleShot(True)
        self._discard_timer.timeout.connect(self._disarm_discard)
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.timeout.connect(self._show_citizen)
        self._wire()
        self.refresh_picker()
        self.ctx.runner.run(self._keys, self._key_loaded)
        if card_backend is not None:
            self._install_card(card_backend)
        else:
            self.ctx.runner.run(self._make_backend, self._backend_ready, self._backend_failed)

    # -- wiring ----------------------------------------------------------------------------------------------

    def _wire(self) -> None:
        view = self.view
        view.picker.chosen.connect(self.choose)
        view.outcome.save_requested.connect(self.save)
        view.outcome.discard_requested.connect(self.discard)
        view.outcome.attach_requested.connect(self.attach)
        view.citizen.end.clicked.connect(self.end_visit)
        view.citizen.reveal.clicked.connect(self.reveal_cid)
        view.identify.without_id.clicked.connect(self.serve_without_id)
        view.saved.print.clicked.connect(self.print_receipt)
        view.saved.another.clicked.connect(self.another_service)
        view.saved.end.clicked.connect(self.end_visit)
        shortcuts: list[tuple[str, Callable[[], object]]] = [
            ("F2", self.serve_without_id),
            ("Ctrl+F", self.search),
            ("F8", self.end_visit),
            ("Ctrl+P", self.print_receipt),
            ("Ctrl+R", self.reveal_cid),
            ("Ctrl+M", self.manual_entry),
        ]
        if self.ctx.demo:
            shortcuts += [("F9", self.insert_demo_card), ("F10", self.remove_demo_card)]
        for keys, action in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), view, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), view.outcome, self.discard)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), view.saved, self._saved_enter)
            enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _make_backend(self) -> tuple[CardBackend, DemoCardReader | None]:
        if self.ctx.demo:
            from services.virtualcard.demo import start_demo_reader

            reader = start_demo_reader("demo")
            return reader.backend, reader
        from services.cardreader.pcsc import PcscBackend

        return PcscBackend(), None

    def _backend_ready(self, made: tuple[CardBackend, DemoCardReader | None]) -> None:
        backend, self._demo_reader = made
        self._install_card(backend)

    def _backend_failed(self, error: BaseException) -> None:
        log.warning("card reader unavailable: %s", type(error).__name__)
        self._install_card(_NoReader())

    def _install_card(self, backend: CardBackend) -> None:
        self.card = CardPanelController(
            backend, lambda fn, done, failed: self.ctx.runner.run(fn, done, failed), parent=self
        )
        self.panel = CardPanel(self.card)
        self.view.identify.connecting.hide()
        self.view.identify.holder.addWidget(self.panel)
        self.card.citizenIdentified.connect(self.identified)
        self.card.stateChanged.connect(self._card_state)
        self.card.stateChanged.connect(self.card_state)
        stop = functools.partial(_shut_down, self.card, self._demo_reader)
        # Whichever comes first: the page goes (logout, language switch), the app quits, the interpreter exits.
        # A demo's private pcscd must never outlive the app.
        self.view.destroyed.connect(lambda: stop())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop)
        atexit.register(stop)
        self.card.start()

    # -- identify --------------------------------------------------------------------------------------------

    def _card_state(self, state: PanelState) -> None:
        if state.phase is Phase.WAITING:
            if self.view.steps.currentWidget() is self.view.identify and self.visit is not None:
                self._show_step(self.view.picker)
            return
        if self.item is not None:
            if state.phase is Phase.CONSENT:
                self._say(
                    Level.WARNING,
                    Text(
                        "มีบัตรใหม่เสียบอยู่: บันทึกหรือยกเลิกงานบริการที่เปิดอยู่ก่อน แล้วจึงอ่านบัตร",
                        "A new card is in the reader: save or discard the open service first, then read it.",
                    ),
                )
            return
        self._show_step(self.view.identify)

    def identified(self, citizen: IdentifiedCitizen) -> None:
        if self._busy and self.item is None:  # a visit is starting or a service opening: take the card next
            QTimer.singleShot(100, lambda: self.identified(citizen))
            return
        if self.item is not None:
            self.pending = citizen
            self._say(
                Level.WARNING,
                Text(
                    "ผู้รับบริการคนใหม่รออยู่: บันทึก (Ctrl+Enter) หรือยกเลิก (Esc Esc) งานบริการที่เปิดอยู่ก่อน",
                    "The next citizen is waiting: save (Ctrl+Enter) or discard (Esc Esc) the open service first.",
                ),
            )
            return
        self._start(citizen)

    def serve_without_id(self) -> None:
        if self.visit is None and self.item is None and not self._busy:
            self._start(None)
        else:
            self.search()

    def manual_entry(self) -> None:
        if self.card is not None and self.item is None:
            self.card.start_manual()

    def _start(self, citizen: IdentifiedCitizen | None) -> None:
        previous = self.visit.visit_id if self.visit else None
        officer = self._officer_id()
        self._busy = True

        def job() -> str:
            key = self._keys()
            ref = (
                key.vault.citizen_ref(citizen.cid) if citizen is not None and key.vault is not None else None
            )
            with self.ctx.store.write() as session:
                if previous is not None:
                    end_visit(session, visit_id=previous, officer_id=officer)
                if citizen is None:
                    return start_visit(
                        session,
                        officer_id=officer,
                        source=VisitSource.ANONYMOUS,
                        consent=False,
                        citizen_ref=None,
                    )
                return start_visit(
                    session,
                    officer_id=officer,
                    source=VisitSource.CARD if citizen.source == "card" else VisitSource.MANUAL,
                    consent=True,
                    citizen_ref=ref,
                    consent_at=citizen.consent.given_at,
                    manual_reason=citizen.manual_reason.value if citizen.manual_reason else None,
                )

        def started(visit_id: str) -> None:
            self._busy = False
            self.visit = ActiveVisit(visit_id, citizen)
            self.last_receipt = None
            self._show_citizen()
            self.search()

        self.ctx.runner.run_db(job, started, self._failed)

    # -- choose and open ---------------------------------------------------------------------------------------

    def search(self) -> None:
        if self.item is not None:
            self._show_step(self.view.outcome)
            self.view.outcome.focus_first()
            return
        self._show_step(self.view.picker)
        self.view.picker.search.setFocus()
        self.view.picker.search.selectAll()

    def _saved_enter(self) -> None:
        """Enter after a save presses the focused button (Print, End visit), by default "Another service"."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and self.view.saved.isAncestorOf(focused):
            focused.click()
        else:
            self.another_service()

    def another_service(self) -> None:
        self.view.picker.search.clear()
        self.search()

    def refresh_picker(self) -> None:
        def load() -> PickerData:
            with self.ctx.store.read() as session:
                return PickerData(list_offered(session), usage_counts(session))

        self.ctx.runner.run(load, lambda data: self.view.picker.set_usage(data.offered, data.usage))

    def choose(self, entry: PickerEntry) -> None:
        if self.item is not None or self._busy:
            self.search()
            return
        visit_id = self.visit.visit_id if self.visit else None
        officer = self._officer_id()
        self._busy = True

        def job() -> Opened:
            with self.ctx.store.write() as session:
                new_visit = visit_id is None
                current = visit_id or start_visit(
                    session, officer_id=officer, source=VisitSource.ANONYMOUS, consent=False, citizen_ref=None
                )
                item_id = open_service(session, visit_id=current, service_key=entry.key, officer_id=officer)
                command = settings.get(session, settings.BROWSER_COMMAND)
            return Opened(current, item_id, command, new_visit)

        def opened(result: Opened) -> None:
            self._busy = False
            if result.new_visit:
                self.visit = ActiveVisit(result.visit_id, None)
                self._show_citizen()
            self.item = ActiveItem(result.item_id, entry, time.monotonic())
            self.view.outcome.today = to_local(now_utc()).date()
            self.view.outcome.reset(entry.name)
            self._show_step(self.view.outcome)
            self.view.outcome.focus_first()
            self._ticker.start()
            if entry.link:
                link = entry.link
                self.ctx.runner.run(lambda: self._launcher(link, result.browser_command), None, self._failed)

        self.ctx.runner.run_db(job, opened, self._failed)

    def _tick(self) -> None:
        if self.item is None:
            self._ticker.stop()
            return
        seconds = int(time.monotonic() - self.item.started)
        self.view.outcome.timer.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")

    # -- the outcome -------------------------------------------------------------------------------------------

    def attach(self) -> None:
        if self.item is None:
            return
        paths = self._choose_files(self.view)
        if not paths:
            return

        def check() -> Checked:
            accepted: list[AttachedFile] = []
            rejected: list[AttachmentRejected] = []
            for path in paths:
                try:
                    accepted.append(AttachedFile(path.name, check_file(path)))
                except AttachmentRejected as problem:
                    rejected.append(problem)
            return Checked(accepted, rejected)

        self.ctx.runner.run(check, self._attached, self._failed)

    def _attached(self, checked: Checked) -> None:
        for attached in checked.accepted:
            self.view.outcome.add_file(attached)
        if checked.rejected:
            self._say(
                Level.ERROR,
                Text(
                    " ".join(r.message("th") for r in checked.rejected),
                    " ".join(r.message("en") for r in checked.rejected),
                ),
            )

    def save(self) -> None:
        item, visit = self.item, self.visit
        if item is None or visit is None or self._busy:
            return
        form = self.view.outcome.read()
        if isinstance(form, list):
            self.view.outcome.show_problems(form)
            return
        problems = form.problems(self.view.outcome.today)
        if form.request_status is not None and visit.citizen is None:
            problems.append(
                Text(
                    "ผลนี้ต้องรับเรื่องไว้ ซึ่งต้องมีข้อมูลผู้รับบริการ: อ่านบัตร หรือกรอกข้อมูลเอง (Ctrl+M)",
                    "This result creates a request, which needs the citizen: read the card or type the details (Ctrl+M).",
                )
            )
        if problems:
            self.view.outcome.show_problems(problems)
            return
        self.view.outcome.show_problems([])
        self._busy = True
        self._save(item, visit, form)

    def _save(self, item: ActiveItem, visit: ActiveVisit, form: OutcomeForm) -> None:
        officer = self._officer_id()
        officer_name = self.ctx.officer.full_name if self.ctx.officer else ""
        citizen = visit.citizen
        files = AttachmentFiles(self.ctx.layout.attachments)

        def job() -> Saved:
            key = self._keys()
            person = Citizen(citizen.name_th.full(), citizen.cid, "") if citizen is not None else None
            with self.ctx.store.write() as session:
                saved = record_outcome(
                    session,
                    visit_id=visit.visit_id,
                    item_id=item.item_id,
                    form=form,
                    officer_id=officer,
                    citizen=person,
                    vault=key.vault,
                    files=files,
                )
                receipt = (
                    receipt_data(session, saved.request.request_id, key.vault, officer_name)
                    if saved.request
                    else None
                )
                return Saved(saved, receipt_paper(session), receipt)

        self.ctx.runner.run_db(job, lambda saved: self._saved(item, visit, form, saved), self._save_failed)

    def _save_failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, KioskError):
            self.view.outcome.show_problems([error.what] + ([error.todo] if error.todo else []))
            return
        raise error

    def _saved(self, item: ActiveItem, visit: ActiveVisit, form: OutcomeForm, result: Saved) -> None:
        self._busy = False
        self._ticker.stop()
        self.item = None
        self._last_service_key = item.entry.key
        outcome = result.outcome
        request = outcome.request
        visit.served.append(
            Served(item.entry.name, form.outcome, request.tracking.display if request else None)
        )
        self._show_citizen()
        saved = self.view.saved
        minutes, seconds = divmod(int(outcome.duration_s), 60)
        saved.detail.setText(
            f"{item.entry.name}\n{form.outcome.label.get()} · "
            + self.tr("time with the service %1").replace("%1", f"{minutes}:{seconds:02d}")
        )
        saved.show_receipt(None)
        self.last_receipt = None
        if request is None:
            saved.headline.setText(self.tr("Saved — final result, no request needed"))
            saved.tracking.setText("")
            saved.receipt_status.setText("")
            saved.print.setEnabled(False)
        else:
            saved.headline.setText(
                self.tr("Saved — request taken in, status: %1").replace("%1", request.status.label.get())
            )
            saved.tracking.setText(request.tracking.display)
            saved.print.setEnabled(False)
            saved.receipt_status.setText(self.tr("Preparing the receipt…"))
            auto_print = self.view.outcome.print_receipt.isChecked()
            receipt, paper = result.receipt, result.receipt_paper
            assert receipt is not None, "a saved request always has its receipt data"
            self.ctx.runner.run(
                lambda: render(receipt, paper),
                lambda document: self._receipt_ready(document, auto_print, visit),
                self._failed,
            )
        self._show_step(saved)
        saved.another.setFocus()
        self.refresh_picker()
        if self.pending is not None:
            citizen, self.pending = self.pending, None
            self._start(citizen)

    def _receipt_ready(self, document: Document, auto_print: bool, visit: ActiveVisit) -> None:
        if visit is not self.visit:  # the next citizen's visit has started: print, but show nothing of it
            if auto_print:
                self._send_to_printer(document)
            return
        self.last_receipt = document
        saved = self.view.saved
        saved.show_receipt(document.pdf)
        saved.print.setEnabled(True)
        saved.receipt_status.setText(self.tr("Receipt ready: Ctrl+P prints it."))
        if auto_print:
            self.print_receipt()

    def discard(self) -> None:
        if self.item is None:
            return
        if not self._discard_armed:
            self._discard_armed = True
            self._discard_timer.start(DISCARD_WINDOW_MS)
            self._say(
                Level.WARNING,
                Text(
                    "กด Esc อีกครั้งเพื่อยกเลิกงานบริการนี้โดยไม่บันทึกผล",
                    "Press Esc again to discard this service without saving its outcome.",
                ),
            )
            return
        self._disarm_discard()
        self.item = None
        self._ticker.stop()
        self._say(Level.INFO, Text("ยกเลิกแล้ว ไม่ได้บันทึกผลงานบริการนี้", "Discarded: no outcome was saved."))
        self.search()
        if self.pending is not None:
            citizen, self.pending = self.pending, None
            self._start(citizen)

    def _disarm_discard(self) -> None:
        self._discard_armed = False

    # -- receipt, visit end, reveal ----------------------------------------------------------------------------

    def print_receipt(self) -> None:
        if self.last_receipt is not None:
            self._send_to_printer(self.last_receipt)

    def _send_to_printer(self, document: Document) -> None:
        if self._print_document is None:
            printing = self.ctx.printing
            printing.done.connect(self._printed)
            printing.failed.connect(self._print_failed)
            self._print_document = printing.print_direct
        self._print_document(document)
        self.view.saved.receipt_status.setText(self.tr("Printing the receipt…"))
        self._audit("receipt.printed", document.reference)

    def _printed(self, done: PrintDone) -> None:
        if self.last_receipt is not None and done.document.reference == self.last_receipt.reference:
            self.view.saved.receipt_status.setText(
                self.tr("Receipt printed on %1.").replace("%1", done.printer)
            )

    def _print_failed(self, failure: PrintFailed) -> None:
        """The main window's print prompt offers Retry; the step says what happened to this receipt."""
        if self.last_receipt is not None and failure.document.reference == self.last_receipt.reference:
            self.view.saved.receipt_status.setText(failure.message)

    def end_visit(self) -> None:
        visit = self.visit
        if visit is None or self._busy:
            return
        if self.item is not None:
            self._say(
                Level.WARNING,
                Text(
                    "บันทึก (Ctrl+Enter) หรือยกเลิก (Esc Esc) งานบริการที่เปิดอยู่ก่อนปิดการรับบริการ",
                    "Save (Ctrl+Enter) or discard (Esc Esc) the open service before ending the visit.",
                ),
            )
            return
        officer = self._officer_id()

        def job() -> bool:
            with self.ctx.store.write() as session:
                return end_visit(session, visit_id=visit.visit_id, officer_id=officer)

        def ended(_changed: bool) -> None:
            self.visit_ended.emit(self._last_service_key)
            self._last_service_key = None
            self.visit = None
            self.last_receipt = None
            self.view.citizen.hide()
            self.view.picker.search.clear()
            if self.card is not None:
                self.card.clear()
            self._show_step(self.view.identify)
            self._say(
                Level.INFO,
                Text("ปิดการรับบริการแล้ว พร้อมรับผู้รับบริการคนถัดไป", "Visit ended; ready for the next citizen."),
            )

        self.ctx.runner.run_db(job, ended, self._failed)

    def reveal_cid(self) -> None:
        visit = self.visit
        if visit is None or visit.citizen is None:
            return
        self.view.citizen.cid.setText(self.tr("Citizen ID: %1").replace("%1", format_cid(visit.citizen.cid)))
        self._reveal_timer.start(REVEAL_MS)
        self._audit("citizen.id_revealed", visit.visit_id)

    def insert_demo_card(self) -> None:
        reader = self._demo_reader
        if reader is not None:
            self.ctx.runner.run(reader.insert, None, self._failed)

    def remove_demo_card(self) -> None:
        reader = self._demo_reader
        if reader is not None:
            self.ctx.runner.run(reader.remove, None, self._failed)

    # -- helpers -----------------------------------------------------------------------------------------------

    def _key_loaded(self, key: KeyState) -> None:
        bar = self.view.citizen.key_problem
        bar.setVisible(key.problem is not None)
        if key.problem is not None:
            bar.setText(key.problem.message())

    def _show_citizen(self) -> None:
        visit = self.visit
        bar = self.view.citizen
        if visit is None:
            bar.hide()
            return
        citizen = visit.citizen
        if citizen is None:
            bar.name.setText(self.tr("Citizen not identified"))
            bar.cid.setText(self.tr("No personal data is kept for this visit."))
            bar.consent.setText("")
            bar.reveal.setEnabled(False)
        else:
            bar.name.setText(citizen.name_th.full())
            bar.cid.setText(self.tr("Citizen ID: %1").replace("%1", mask_cid(citizen.cid)))
            source = self.tr("ID card") if citizen.source == "card" else self.tr("typed by hand")
            given = to_local(citizen.consent.given_at).strftime("%H:%M")
            bar.consent.setText(
                self.tr("Consent given at %1 (%2)").replace("%1", given).replace("%2", source)
            )
            bar.reveal.setEnabled(True)
        lines = [
            f"{number}. {served.service} — {served.outcome.label.get()}"
            + (f" · {served.tracking}" if served.tracking else "")
            for number, served in enumerate(visit.served, start=1)
        ]
        bar.served.setText("\n".join(lines) if lines else self.tr("No service saved yet in this visit."))
        bar.show()

    def _show_step(self, step: QWidget) -> None:
        self.view.steps.setCurrentWidget(step)

    def _officer_id(self) -> str | None:
        return self.ctx.officer.id if self.ctx.officer else None

    def _audit(self, action: str, target: str) -> None:
        officer = self._officer_id()

        def job() -> None:
            with self.ctx.store.write() as session:
                audit.record(session, officer, action, target=target)

        self.ctx.runner.run_db(job, None, self._failed)

    def _say(self, level: Level, text: Text) -> None:
        self.view.message.show_message(level, text.get())

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, KioskError):
            self.view.message.show_message(Level.ERROR, error.message())
            return
        raise error


def _shut_down(card: CardPanelController, reader: DemoCardReader | None) -> None:
    """Stop watching readers and stop the demo's pcscd; safe to call more than once, from any of the hooks."""
    with contextlib.suppress(RuntimeError):  # the controller's C++ side may already be gone
        card.stop()
    if reader is not None:
        reader.stop()
