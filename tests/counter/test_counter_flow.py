"""The whole job, as an officer does it with the keyboard: a virtual card is inserted, a service searched and
opened, the outcome saved; then on the Requests page the request is listed, its status changed and its history
shown. No network anywhere: the browser is a recorder and the store is a local file."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.counter.vocab import RequestStatus
from kiosk.privacy import CitizenVault
from services.virtualcard.card import VirtualThaiIdCard
from services.virtualcard.citizens import DEFAULT_PROFILE, profile_named
from services.virtualcard.inprocess import InProcessBackend
from ui.card.events import Phase
from ui.context import AppContext
from ui.counter.keys import KeyState
from ui.counter.page import CounterPage
from ui.printing.controller import Document
from ui.requests.page import RequestsPage


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to open a network connection fails the test: the counter must work fully offline."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the counter tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def test_card_to_request_history_offline(
    qtbot: QtBot, demo_ctx: AppContext, vault: CitizenVault, no_network: None
) -> None:
    backend = InProcessBackend("test")
    opened: list[str] = []
    printed: list[Document] = []
    keys = lambda: KeyState(vault)  # noqa: E731
    counter = CounterPage(
        demo_ctx,
        card_backend=backend,
        keys=keys,
        launcher=lambda url, _command: opened.append(url),
        print_document=printed.append,
        choose_files=lambda _parent: [],
    )
    qtbot.addWidget(counter)
    counter.resize(1100, 760)
    counter.show()
    qtbot.waitExposed(counter)
    counter.activateWindow()
    card = counter.controller.card
    assert card is not None

    # The citizen inserts the card; the officer confirms consent and uses the details (2 actions).
    backend.insert(VirtualThaiIdCard(profile_named(DEFAULT_PROFILE)))
    qtbot.waitUntil(lambda: card.state.phase is Phase.CONSENT)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.state.phase is Phase.READ)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.picker.search.hasFocus())

    # Search by the agency's abbreviation and open the service (1 action).
    counter.picker.search.insert("สปส ว่างงาน")
    assert "ว่างงาน" in counter.picker.name.text()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.controller.item is not None)
    assert opened == ["https://www.sso.go.th/wpr/main/login"]

    # The outcome: submitted (1 key), the phone (typed), save and print (Ctrl+Enter).
    press(qtbot, Qt.Key.Key_2)
    assert counter.outcome.phone.hasFocus()
    qtbot.keyClicks(counter.outcome.phone, "0812345678")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=15000)
    tracking = counter.saved.tracking.text()
    assert tracking

    # The Requests page lists it in the 1-7 days bucket; the scanner types the compact number and Enter.
    requests = RequestsPage(demo_ctx, keys=keys, print_document=printed.append)
    qtbot.addWidget(requests)
    requests.resize(1100, 760)
    requests.show()
    qtbot.waitExposed(requests)
    requests.activateWindow()
    qtbot.waitUntil(lambda: requests.table.rowCount() == 1)
    assert requests.buckets[next(iter(requests.buckets))].text().endswith("(1)")
    requests.search.setFocus()
    qtbot.keyClicks(requests.search, tracking.replace("-", ""))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: requests.controller.detail is not None)
    detail = requests.controller.detail
    assert detail is not None and detail.tracking == tracking
    assert requests.detail.status.text() == RequestStatus.SENT.label.get()
    assert requests.detail.history.rowCount() == 1

    # F4: the agency is working on it; the officer notes what they heard (Ctrl+Enter saves).
    press(qtbot, Qt.Key.Key_F4)
    form = requests.detail.form
    assert form.isVisible() and form.status.hasFocus()
    form.status.setCurrentIndex(form.status.findData(RequestStatus.IN_PROGRESS))
    form.detail.setFocus()
    form.detail.insertPlainText("สปส. ยโสธร รับเรื่องแล้ว")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: requests.detail.history.rowCount() == 2)
    history = requests.detail.history
    assert history.item(0, 1).text() == f"{RequestStatus.IN_PROGRESS.label.get()}\nนายสมชาย รักงาน"
    assert history.item(0, 2).text() == "สปส. ยโสธร รับเรื่องแล้ว"
    assert history.item(1, 1).text().startswith(RequestStatus.SENT.label.get())
    assert requests.detail.status.text() == RequestStatus.IN_PROGRESS.label.get()
    qtbot.waitUntil(
        lambda: requests.table.item(0, 3).text().startswith(RequestStatus.IN_PROGRESS.label.get())
    )
    assert not form.isVisible()
