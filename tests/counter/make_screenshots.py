"""Screenshots of the Counter and Requests pages for ``docs/screenshots`` (and for looking at them).

Run under a real X server so fonts render as on a counter PC::

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tests/counter/make_screenshots.py docs/screenshots

It drives the real main window in demo mode with the in-process virtual card, exactly through the steps an officer
takes, and saves ``counter-*.png`` and ``requests-*.png``. Nothing opens a browser or prints.
"""

from __future__ import annotations

import functools
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from stdnum.th import pin

from kiosk.attachments import AttachmentFiles, check_content
from kiosk.bootstrap import open_data_dir
from kiosk.clock import now_utc
from kiosk.counter.requests import StatusUpdate, change_status
from kiosk.counter.visits import OutcomeForm, VisitSource, open_service, record_outcome, start_visit
from kiosk.counter.vocab import FailureReason, NextStep, Outcome, RequestStatus
from kiosk.demo import seed_demo
from kiosk.officers import list_officers
from kiosk.privacy import Citizen, CitizenVault
from services.virtualcard.card import VirtualThaiIdCard
from services.virtualcard.citizens import DEFAULT_PROFILE, profile_named
from services.virtualcard.inprocess import InProcessBackend
from ui import mainwindow
from ui.bridge import MessageBridge
from ui.card.events import Phase
from ui.context import AppContext
from ui.counter.keys import KeyState
from ui.counter.page import CounterPage
from ui.look import apply_style, install_translator, register_fonts
from ui.requests.page import RequestsPage
from ui.taskrunner import TaskRunner

HISTORY = [
    # (days ago, service, citizen, phone, outcome, later updates)
    (2, "labour-22", "นายประยูร ศรีสุข", "0891234567", Outcome.SUBMITTED, [RequestStatus.IN_PROGRESS]),
    (5, "citizen-2", "นางสาวพิมพ์ใจ ทองคำ", "0867778888", Outcome.PAID, []),
    (9, "labour-23", "นายสมบัติ ใจดี", "0812223333", Outcome.SUBMITTED, [RequestStatus.IN_PROGRESS]),
    (12, "business-63", "นายเกษม นาดี", "0834445555", Outcome.SUBMITTED, []),
    (20, "citizen-51", "นางบุญมา แก้วกล้า", "0845556666", Outcome.SUBMITTED, [RequestStatus.DONE]),
    (26, "labour-5", "นายวิชัย พรมมา", "0856667777", Outcome.FAILED, []),
]
CIDS = ["1350100234561", "3350100456782", "1359900012343", "3350200345674", "3350100987655", "1350100111116"]


def wait_for(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get there")
        QTest.qWait(20)


def settle() -> None:
    QTest.qWait(300)


def shoot(window: QWidget, out: Path, name: str) -> None:
    settle()
    window.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key, modifier)


def seed_history(ctx: AppContext, vault: CitizenVault) -> None:
    """Requests of the past weeks, so the Requests page shows its counters and a history."""
    files = AttachmentFiles(ctx.layout.attachments)
    officers = {o.username: o.id for o in list_officers_of(ctx)}
    now = now_utc()
    for (days, service, name, phone, outcome, updates), base in zip(HISTORY, CIDS, strict=True):
        cid = base[:12] + str(pin.calc_check_digit(base[:12]))
        when = now - timedelta(days=days, hours=2)
        with ctx.store.write() as session:
            visit = start_visit(
                session,
                officer_id=officers["officer"],
                source=VisitSource.CARD,
                consent=True,
                citizen_ref=vault.citizen_ref(cid),
                consent_at=when,
                now=when,
            )
            item = open_service(
                session, visit_id=visit, service_key=service, officer_id=officers["officer"], now=when
            )
            reason = FailureReason.SITE_DOWN if outcome is Outcome.FAILED else None
            form = OutcomeForm(
                outcome,
                reason=reason,
                phone=phone,
                next_step=NextStep.POST if outcome is Outcome.PAID else NextStep.ONLINE,
                attachments=(check_content(b"%PDF-1.4\n" + b"0" * 40_000, "scan.pdf"),),
            )
            saved = record_outcome(
                session,
                visit_id=visit,
                item_id=item,
                form=form,
                officer_id=officers["officer"],
                citizen=Citizen(name, cid, ""),
                vault=vault,
                files=files,
                now=when + timedelta(minutes=11),
            )
        assert saved.request is not None
        for step, status in enumerate(updates, start=1):
            with ctx.store.write() as session:
                change_status(
                    session,
                    saved.request.request_id,
                    StatusUpdate(status, "หน่วยงานแจ้งความคืบหน้าทางโทรศัพท์"),
                    officer_id=officers["supervisor"],
                    today=(when + timedelta(days=step)).date(),
                    now=when + timedelta(days=step),
                )


def list_officers_of(ctx: AppContext) -> list:  # type: ignore[type-arg]
    with ctx.store.read() as session:
        return list_officers(session)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    register_fonts(app)
    apply_style(app)
    install_translator(app, "th")
    data_dir = Path(tempfile.mkdtemp(prefix="counter-shots-"))
    store = open_data_dir(data_dir)
    with store.write() as session:
        seed_demo(session)
    runner = TaskRunner()
    ctx = AppContext(data_dir=data_dir, store=store, runner=runner, bridge=MessageBridge(), demo=True)
    ctx.officer = next(o for o in list_officers_of(ctx) if o.username == "officer")
    vault = CitizenVault.ephemeral_key()
    seed_history(ctx, vault)
    backend = InProcessBackend("demo")
    keys = functools.partial(KeyState, vault)
    mainwindow.CounterPage = functools.partial(  # type: ignore[misc]
        CounterPage,
        card_backend=backend,
        keys=keys,
        launcher=lambda _url, _command: None,
        print_document=lambda _document: None,
        choose_files=lambda _parent: [],
    )
    mainwindow.RequestsPage = functools.partial(  # type: ignore[misc]
        RequestsPage, keys=keys, print_document=lambda _document: None
    )
    window = mainwindow.MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    counter = window.pages.widget(0)
    assert isinstance(counter, CounterPage)
    card = counter.controller.card
    assert card is not None
    shoot(window, out, "counter-1-waiting")

    backend.insert(VirtualThaiIdCard(profile_named(DEFAULT_PROFILE)))
    wait_for(lambda: card.state.phase is Phase.CONSENT)
    shoot(window, out, "counter-2-consent")
    press(Qt.Key.Key_Return)
    wait_for(lambda: card.state.phase is Phase.READ and card.state.photo is not None)
    shoot(window, out, "counter-3-card")
    press(Qt.Key.Key_Return)
    wait_for(lambda: counter.picker.search.hasFocus())
    shoot(window, out, "counter-4-offered")
    counter.picker.search.insert("สปส")
    shoot(window, out, "counter-5-search")
    counter.picker.search.clear()
    counter.picker.search.insert("ว่างงาน")
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    wait_for(lambda: counter.controller.item is not None)
    press(Qt.Key.Key_2)
    QTest.keyClicks(counter.outcome.phone, "081-234-5678")
    counter.outcome.next_step.setCurrentIndex(counter.outcome.next_step.findData(NextStep.PICKUP))
    counter.outcome.pickup.setText("+7")
    counter.outcome.agency_ref.setText("SSO-35-2569-000318")
    counter.outcome.notes.setPlainText("ยื่นแบบ สปส. 2-01/7 แล้ว นัดรับหนังสือรับรองที่อำเภอ")
    QTest.qWait(2200)
    counter.outcome.focus_first()
    shoot(window, out, "counter-6-outcome")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for(lambda: counter.controller.last_receipt is not None)
    shoot(window, out, "counter-7-saved")
    press(Qt.Key.Key_Return)
    counter.picker.search.insert("ขนส่ง ใบขับขี่")
    press(Qt.Key.Key_Return)
    wait_for(lambda: counter.controller.item is not None)
    press(Qt.Key.Key_4)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle()
    shoot(window, out, "counter-8-problems")

    window.navigation.setCurrentRow(1)
    requests = window.pages.widget(1)
    assert isinstance(requests, RequestsPage)
    wait_for(lambda: requests.table.rowCount() == len(HISTORY) + 1)
    shoot(window, out, "requests-1-list")
    requests.buckets[next(b for b in requests.buckets if b.value == "8-15")].click()
    wait_for(lambda: requests.table.rowCount() == 2)
    shoot(window, out, "requests-2-bucket")
    requests.controller.clear_filters()
    wait_for(lambda: requests.table.rowCount() == len(HISTORY) + 1)
    requests.search.setFocus()
    QTest.keyClicks(requests.search, counter.saved.tracking.text().replace("-", ""))
    press(Qt.Key.Key_Return)
    wait_for(lambda: requests.controller.detail is not None)
    shoot(window, out, "requests-3-scanned")
    press(Qt.Key.Key_F4)
    form = requests.detail.form
    form.status.setCurrentIndex(form.status.findData(RequestStatus.IN_PROGRESS))
    form.detail.setPlainText("สปส. ยโสธร รับเรื่องแล้ว รอตรวจสอบเอกสาร")
    shoot(window, out, "requests-4-update")
    form.detail.setFocus()
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for(lambda: requests.detail.history.rowCount() == 2)
    wait_for(lambda: requests.table.item(0, 3).text().startswith(RequestStatus.IN_PROGRESS.label.get()))
    shoot(window, out, "requests-5-history")
    compact = counter.saved.tracking.text().replace("-", "")
    search_typo = next(
        typo
        for typo in (compact[:i] + compact[i + 1] + compact[i] + compact[i + 2 :] for i in range(11, 0, -1))
        if typo != compact and not pin.is_valid(typo)
    )
    requests.search.setText(search_typo)
    requests.search.setFocus()
    press(Qt.Key.Key_Return)
    wait_for(lambda: requests.search_problem.text() != "")
    shoot(window, out, "requests-6-typo")

    window.close()
    runner.shutdown()
    store.close()
    shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
