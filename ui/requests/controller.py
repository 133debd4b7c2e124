"""Behaviour of the Requests page: find, look at, update and reprint what the counter has taken in.

Searches and detail loads run on the pool (a name search decrypts rows, which must not stall typing); status
updates, reveals and the retention purge go through the single database thread. A scanned receipt opens its
request at once: the scanner types the number and Enter, and when exactly one request matches, it is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableWidgetItem

from kiosk import audit, settings
from kiosk.attachments import AttachmentFiles
from kiosk.cid import format_cid, mask_cid
from kiosk.clock import now_utc, to_local
from kiosk.counter.queries import (
    AgeBucket,
    RequestDetail,
    RequestFilter,
    SearchResult,
    bucket_counts,
    filter_choices,
    find_requests,
    request_detail,
)
from kiosk.counter.requests import StatusUpdate, change_status, update_problems
from kiosk.counter.vocab import NextStep, RequestStatus
from kiosk.errors import KioskError
from kiosk.i18n import Text
from kiosk.messages import Level
from kiosk.privacy import purge_expired, referenced_attachments
from kiosk.thai.dates import format_thai_date, format_thai_datetime
from kiosk.thai.phone import format_phone
from ui.context import AppContext
from ui.counter.dates import BadDate, parse_day
from ui.counter.keys import KeyLoader, key_for
from ui.counter.receipt import receipt_data, receipt_paper, render
from ui.printing.controller import Document
from ui.requests.view import RequestsView

log = logging.getLogger(__name__)

REVEAL_MS = 10_000
PrintDocument = Callable[[Document], object]


@dataclass(frozen=True)
class Listing:
    result: SearchResult
    counts: dict[AgeBucket, int]
    choices: tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]


class RequestsController(QObject):
    def __init__(
        self,
        ctx: AppContext,
        view: RequestsView,
        *,
        keys: KeyLoader | None = None,
        print_document: PrintDocument | None = None,
    ) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self._keys = keys or (lambda: key_for(ctx.data_dir, demo=ctx.demo))
        self._print_document = print_document
        self.rows: list[str] = []
        self.detail: RequestDetail | None = None
        self._open_single = False
        self._generation = 0
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.timeout.connect(self._show_masked)
        self._fill_static_choices()
        self._wire()
        self._purge()

    # -- wiring ----------------------------------------------------------------------------------------------

    def _fill_static_choices(self) -> None:
        status = self.view.status
        status.addItem(self.tr("All statuses"), None)
        status.addItem(self.tr("Open (not finished)"), "open")
        for item in RequestStatus:
            status.addItem(item.label.get(), item.value)
        for combo, everything in (
            (self.view.agency, self.tr("All agencies")),
            (self.view.service, self.tr("All services")),
            (self.view.officer, self.tr("All officers")),
        ):
            combo.addItem(everything, None)

    def _wire(self) -> None:
        view = self.view
        view.search.returnPressed.connect(self.scanned)
        for bucket, button in view.buckets.items():
            button.clicked.connect(lambda checked, b=bucket: self.bucket_clicked(b, checked))
        for field in (view.contacted_from, view.contacted_to, view.finished_from, view.finished_to):
            field.editingFinished.connect(self.refresh)
        for combo in (view.status, view.agency, view.service, view.officer):
            combo.activated.connect(lambda _index: self.refresh())
        view.clear_filters.clicked.connect(self.clear_filters)
        view.table.itemSelectionChanged.connect(self._selection_changed)
        detail = view.detail
        detail.update_button.clicked.connect(self.open_update)
        detail.reprint.clicked.connect(self.reprint)
        detail.reveal.clicked.connect(self.reveal_cid)
        detail.form.save.clicked.connect(self.save_update)
        detail.form.cancel.clicked.connect(self.close_update)
        for keys, action, scope in (
            ("F4", self.open_update, view),
            ("Ctrl+P", self.reprint, view),
            ("Ctrl+R", self.reveal_cid, view),
            ("Ctrl+F", self.focus_search, view),
            ("Ctrl+Return", self.save_update, detail.form),
            ("Ctrl+Enter", self.save_update, detail.form),
            ("Escape", self.close_update, detail.form),
        ):
            shortcut = QShortcut(QKeySequence(keys), scope, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_detail(None)

    # -- listing ---------------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.view.search.setFocus()
        self.view.search.selectAll()

    def scanned(self) -> None:
        """Enter in the search box: search, and open the request when exactly one matches (a scanned receipt)."""
        self._open_single = True
        self.refresh()

    def bucket_clicked(self, bucket: AgeBucket, checked: bool) -> None:
        for other, button in self.view.buckets.items():
            if other is not bucket:
                button.setChecked(False)
        self.view.buckets[bucket].setChecked(checked)
        self.refresh()

    def clear_filters(self) -> None:
        view = self.view
        for field in (
            view.search,
            view.contacted_from,
            view.contacted_to,
            view.finished_from,
            view.finished_to,
        ):
            field.clear()
        for combo in (view.status, view.agency, view.service, view.officer):
            combo.setCurrentIndex(0)
        for button in view.buckets.values():
            button.setChecked(False)
        self.refresh()

    def current_filter(self) -> RequestFilter | Text:
        view = self.view
        today = self._today()
        try:
            days = [
                parse_day(field.text(), today, ahead=False)
                for field in (view.contacted_from, view.contacted_to, view.finished_from, view.finished_to)
            ]
        except BadDate as error:
            return Text(
                f"วันที่ “{error}” ไม่ถูกต้อง (วว/ดด/ปปปป พ.ศ.)",
                f"The date “{error}” is not valid (dd/mm/yyyy B.E.).",
            )
        status = view.status.currentData()
        if status == "open":
            statuses = frozenset(s for s in RequestStatus if not s.final)
        elif status:
            statuses = frozenset({RequestStatus(status)})
        else:
            statuses = frozenset()
        bucket = next((b for b, button in view.buckets.items() if button.isChecked()), None)
        return RequestFilter(
            contacted_from=days[0],
            contacted_to=days[1],
            finished_from=days[2],
            finished_to=days[3],
            statuses=statuses,
            agency=view.agency.currentData(),
            service_key=view.service.currentData(),
            officer_id=view.officer.currentData(),
            bucket=bucket,
            text=view.search.text(),
        )

    def refresh(self) -> None:
        filt = self.current_filter()
        if isinstance(filt, Text):
            self._show_search_problem(filt)
            return
        self._generation += 1
        generation = self._generation
        today = self._today()

        def load() -> Listing:
            key = self._keys()
            with self.ctx.store.read() as session:
                return Listing(
                    find_requests(session, filt, vault=key.vault, today=today),
                    bucket_counts(session, today),
                    filter_choices(session),
                )

        self.ctx.runner.run(load, lambda listing: self._listed(listing, generation), self._failed)

    def _listed(self, listing: Listing, generation: int) -> None:
        if generation != self._generation:
            return  # a newer search was typed meanwhile
        view = self.view
        result = listing.result
        self._show_search_problem(result.problem)
        for bucket, button in view.buckets.items():
            button.setText(f"{bucket.label.get()}  ({listing.counts[bucket]})")
        self._fill_choices(listing.choices)
        selected = self.detail.id if self.detail else None
        self.rows = [row.id for row in result.rows]
        table = view.table
        table.blockSignals(True)
        table.setRowCount(len(result.rows))
        for number, row in enumerate(result.rows):
            citizen = row.citizen_name or self.tr("(not available)")
            cells = (
                f"{row.tracking}\n{format_thai_date(to_local(row.created_at).date(), short=True)}",
                f"{row.service_name}\n{row.agency}",
                f"{citizen}\n{row.cid_masked}" if row.cid_masked else citizen,
                row.status.label.get()
                + ("" if row.status.final else "\n" + self.tr("%n day(s)", "", row.age_days)),
            )
            for column, text in enumerate(cells):
                table.setItem(number, column, QTableWidgetItem(text))
        table.resizeRowsToContents()
        table.blockSignals(False)
        count = self.tr("%n request(s)", "", len(result.rows))
        view.count.setText(count + (self.tr(" (first 500 shown)") if result.truncated else ""))
        if self._open_single and len(result.rows) == 1:
            table.selectRow(0)
        elif selected in self.rows:
            table.selectRow(self.rows.index(selected))
        elif self.detail is not None and selected not in self.rows:
            self._show_detail(None)
        self._open_single = False

    def _show_search_problem(self, problem: Text | None) -> None:
        self.view.search_problem.setText(problem.get() if problem else "")
        self.view.search_problem.setVisible(problem is not None)

    def _fill_choices(self, choices: tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]) -> None:
        agencies, services, officers = choices
        for combo, items in (
            (self.view.agency, [(a, a) for a in agencies]),
            (self.view.service, [(key, name) for key, name in services]),
            (self.view.officer, [(oid, name) for oid, name in officers]),
        ):
            current = combo.currentData()
            wanted = [(None, combo.itemText(0))] + [(value, text) for value, text in items]
            existing = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
            if existing == wanted:
                continue
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    # -- detail ----------------------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        rows = self.view.table.selectionModel().selectedRows()
        if not rows:
            return
        self.load_detail(self.rows[rows[0].row()])

    def load_detail(self, request_id: str) -> None:
        def load() -> RequestDetail:
            key = self._keys()
            with self.ctx.store.read() as session:
                return request_detail(session, request_id, key.vault)

        self.ctx.runner.run(load, self._show_detail, self._failed)

    def _show_detail(self, detail: RequestDetail | None) -> None:
        self.detail = detail
        view = self.view.detail
        view.show_empty(detail is None)
        if detail is None:
            view.show_form(False)
            for label in view.fields.values():
                label.clear()
            view.history.setRowCount(0)
            return
        view.tracking.setText(detail.tracking)
        view.status.setText(detail.status.label.get())
        fields = view.fields
        fields["service"].setText(f"{detail.service_name}\n{detail.agency}")
        citizen = detail.citizen
        if citizen is None:
            fields["citizen"].setText(detail.personal_state.get() if detail.personal_state else "")
            fields["cid"].setText("—")
            fields["phone"].setText("")
        else:
            fields["citizen"].setText(citizen.name)
            fields["cid"].setText(mask_cid(citizen.cid))
            fields["phone"].setText(
                self.tr("tel. %1").replace("%1", format_phone(citizen.phone)) if citizen.phone else ""
            )
        view.reveal.setEnabled(citizen is not None)
        view.reprint.setEnabled(citizen is not None)
        step = detail.next_step.label.get()
        if detail.next_step is NextStep.PICKUP and detail.pickup_date:
            step += " " + format_thai_date(detail.pickup_date)
        elif detail.pickup_date:
            step += " · " + self.tr("pick-up %1").replace("%1", format_thai_date(detail.pickup_date))
        fields["next_step"].setText(step)
        taken = format_thai_datetime(to_local(detail.created_at), short=True)
        fields["taken"].setText(f"{taken} · {detail.officer_name}" if detail.officer_name else taken)
        finished = (
            format_thai_datetime(to_local(detail.finished_at), short=True) if detail.finished_at else ""
        )
        fields["finished"].setText(finished)
        fields["agency_ref"].setText(detail.agency_ref)
        fields["attachments"].setText(
            ", ".join(f"{kind.upper()} {size / 1024:,.0f} KB" for kind, size in detail.attachments)
        )
        for key, value in (
            ("finished", finished),
            ("agency_ref", detail.agency_ref),
            ("attachments", detail.attachments),
        ):
            view.show_optional(key, bool(value))
        history = view.history
        history.setRowCount(len(detail.history))
        for number, line in enumerate(detail.history):
            text = line.detail
            if line.pickup_date:
                text = (text + " · " if text else "") + self.tr("pick-up %1").replace(
                    "%1", format_thai_date(line.pickup_date)
                )
            moment = to_local(line.at)
            cells = (
                f"{format_thai_date(moment.date(), short=True)}\n{moment:%H:%M} น.",
                f"{line.status.label.get()}\n{line.officer_name or '—'}",
                text,
            )
            for column, value in enumerate(cells):
                history.setItem(number, column, QTableWidgetItem(value))
        history.resizeRowsToContents()

    # -- status update ---------------------------------------------------------------------------------------

    def open_update(self) -> None:
        detail = self.detail
        if detail is None:
            return
        form = self.view.detail.form
        form.status.setCurrentIndex(form.status.findData(detail.status))
        form.pickup.setText("")
        form.detail.clear()
        form.problems.clear()
        self.view.detail.show_form(True)
        form.status.setFocus()

    def close_update(self) -> None:
        self.view.detail.show_form(False)
        self.view.table.setFocus()

    def save_update(self) -> None:
        detail = self.detail
        form = self.view.detail.form
        if detail is None or not form.isVisible():
            return
        today = self._today()
        try:
            pickup = parse_day(form.pickup.text(), today, ahead=True)
        except BadDate:
            form.problems.setText(self.tr("The pick-up date is not valid (dd/mm/yyyy B.E.)."))
            return
        update = StatusUpdate(RequestStatus(form.status.currentData()), form.detail.toPlainText(), pickup)
        problems = update_problems(detail.status, update, today)
        if problems:
            form.problems.setText("\n".join(p.get() for p in problems))
            return
        officer = self.ctx.officer.id if self.ctx.officer else None
        request_id = detail.id

        def job() -> None:
            with self.ctx.store.write() as session:
                change_status(session, request_id, update, officer_id=officer, today=today)

        def done(_result: None) -> None:
            self.view.detail.show_form(False)
            self._say(Level.INFO, Text("บันทึกสถานะแล้ว", "Status saved."))
            self.load_detail(request_id)
            self.refresh()
            self.view.table.setFocus()

        def failed(error: BaseException) -> None:
            if isinstance(error, KioskError):
                form.problems.setText(error.message())
                return
            raise error

        self.ctx.runner.run_db(job, done, failed)

    # -- reveal and reprint ----------------------------------------------------------------------------------

    def reveal_cid(self) -> None:
        detail = self.detail
        if detail is None or detail.citizen is None:
            return
        self.view.detail.fields["cid"].setText(format_cid(detail.citizen.cid))
        self._reveal_timer.start(REVEAL_MS)
        self._audit("citizen.id_revealed", detail.id)

    def _show_masked(self) -> None:
        detail = self.detail
        if detail is not None and detail.citizen is not None:
            self.view.detail.fields["cid"].setText(mask_cid(detail.citizen.cid))

    def reprint(self) -> None:
        detail = self.detail
        if detail is None:
            return
        request_id = detail.id
        officer_name = self.ctx.officer.full_name if self.ctx.officer else ""

        def make() -> Document:
            key = self._keys()
            with self.ctx.store.read() as session:
                data = receipt_data(session, request_id, key.vault, officer_name)
                paper = receipt_paper(session)
            return render(data, paper)

        self.ctx.runner.run(make, self._print, self._failed)

    def _print(self, document: Document) -> None:
        if self._print_document is None:
            self._print_document = self.ctx.printing.print_direct  # failures: the window's print prompt
        self._print_document(document)
        self._say(
            Level.INFO,
            Text(f"กำลังพิมพ์ใบรับเรื่อง {document.reference}", f"Printing receipt {document.reference}…"),
        )
        self._audit("receipt.reprinted", document.reference)

    # -- housekeeping ----------------------------------------------------------------------------------------

    def _purge(self) -> None:
        """Forget expired personal data once per start of the page (the app), before anything is shown."""
        files = AttachmentFiles(self.ctx.layout.attachments)

        def job() -> int:
            with self.ctx.store.write() as session:
                days = settings.get(session, settings.RETENTION_DAYS)
                result = purge_expired(session, now=now_utc(), retention_days=days)
            with self.ctx.store.read() as session:
                keep = referenced_attachments(session)
            files.sweep(keep)
            return result.requests

        self.ctx.runner.run_db(job, None, self._failed)

    def _audit(self, action: str, target: str) -> None:
        officer = self.ctx.officer.id if self.ctx.officer else None

        def job() -> None:
            with self.ctx.store.write() as session:
                audit.record(session, officer, action, target=target)

        self.ctx.runner.run_db(job, None, self._failed)

    def _today(self) -> date:
        return to_local(now_utc()).date()

    def _say(self, level: Level, text: Text) -> None:
        self.view.message.show_message(level, text.get())

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KioskError):
            self.view.message.show_message(Level.ERROR, error.message())
            return
        raise error
