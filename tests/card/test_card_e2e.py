"""End to end through the real pcscd and vsmartcard's vpcd driver, as an officer's PC runs it."""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from card_support import EXPECTED_JSON, ROOT, PcscEnv, run_cli, thread_submit, wait_until
from pytestqt.qtbot import QtBot

from services.cardreader import CardEvent, CardEventKind, CardRemovedError, open_session
from services.virtualcard.card import VirtualThaiIdCard
from services.virtualcard.citizens import AtrVariant, profile_named
from services.virtualcard.vpcd import VpcdCard

pytestmark = pytest.mark.e2e

Insert = Callable[..., VirtualThaiIdCard]


def cards_present() -> list[str]:
    from services.cardreader.pcsc import PcscBackend

    return PcscBackend().readers_with_card()


@pytest.fixture
def insert(pcsc_env: PcscEnv) -> Iterator[Insert]:
    """Insert a sample card into a vpcd slot and wait until pcscd has seen it; removed after the test."""
    slots: list[tuple[VpcdCard, str]] = []

    def put(profile: str, *, slot: int = 0, pull_out_after: int | None = None) -> VirtualThaiIdCard:
        card = VirtualThaiIdCard(profile_named(profile))
        card.pull_out_after(pull_out_after)
        vpcd = VpcdCard(card, port=pcsc_env.port + slot)
        vpcd.insert()
        reader = pcsc_env.reader(slot)
        slots.append((vpcd, reader))
        wait_until(lambda: reader in cards_present(), what=f"pcscd to see the card in {reader}")
        return card

    yield put
    for vpcd, reader in slots:
        vpcd.remove()
        wait_until(lambda reader=reader: reader not in cards_present(), what="pcscd to see the card removed")


@pytest.mark.parametrize("profile", sorted(EXPECTED_JSON))
def test_card_read_json_is_correct_for_every_sample_card(insert: Insert, profile: str) -> None:
    card = insert(profile)
    result = run_cli("card", "read", "--json")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    printed = json.loads(lines[0])
    assert printed.pop("photo_sha256") == hashlib.sha256(card.photo).hexdigest()
    assert printed == EXPECTED_JSON[profile]


def test_photo_file_holds_the_exact_jpeg_and_only_the_owner_may_read_it(
    insert: Insert, tmp_path: Path
) -> None:
    card = insert("middle")
    target = tmp_path / "photo.jpg"
    result = run_cli("card", "read", "--photo", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == card.photo
    assert target.stat().st_mode & 0o777 == 0o600
    assert "1-5099-xxxxx-xx-0" in result.stdout  # the text output masks the citizen ID
    assert "1509900789010" not in result.stdout


def assert_clean_failure(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode != 0
    assert result.stdout == ""
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_foreign_card_is_refused_cleanly(insert: Insert) -> None:
    insert("foreign", slot=1)
    assert_clean_failure(run_cli("card", "read", "--json"), "This is not a Thai national ID card.")


def test_no_card_is_reported_cleanly(pcsc_env: PcscEnv) -> None:
    assert_clean_failure(run_cli("card", "read", "--json"), "There is no card in the reader.")


def test_card_pulled_out_mid_read_is_reported_and_nothing_printed(insert: Insert) -> None:
    insert("bangkok", pull_out_after=4)  # SELECT, READ, GET RESPONSE, READ ... gone
    assert_clean_failure(run_cli("card", "read", "--json"), "removed or lost contact")
    wait_until(lambda: cards_present() == [], what="pcscd to notice the card left")


def test_card_pulled_out_during_the_photo_keeps_no_photo(insert: Insert, pcsc_env: PcscEnv) -> None:
    from services.cardreader.pcsc import PcscBackend

    insert("yasothon", pull_out_after=6)  # direct style: text takes 4 exchanges, photo 2 more then gone
    with open_session(PcscBackend(), pcsc_env.reader()) as session:
        text = session.read_text()
        assert text.name_en.first == "Prasert"
        with pytest.raises(CardRemovedError):
            session.read_photo()


def test_service_not_running_is_reported_cleanly(pcsc_env: PcscEnv) -> None:
    if pcsc_env.service_down_result is None:
        pytest.skip("reused a running pcscd, so the no-service case could not be observed this session")
    assert_clean_failure(pcsc_env.service_down_result, "The smart card service (PC/SC) is not running.")


def test_card_list_shows_the_vpcd_readers(insert: Insert, pcsc_env: PcscEnv) -> None:
    insert("elder")
    result = run_cli("card", "list", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"reader": pcsc_env.reader(0), "card": True},
        {"reader": pcsc_env.reader(1), "card": False},
    ]


def test_monitor_reports_insertion_and_removal_promptly(pcsc_env: PcscEnv) -> None:
    from services.cardreader.monitor import PcscMonitor
    from services.cardreader.pcsc import PcscBackend

    events: list[tuple[float, CardEvent]] = []
    arrived = threading.Condition()

    def record(event: CardEvent) -> None:
        with arrived:
            events.append((time.monotonic(), event))
            arrived.notify_all()

    def wait_for(kind: CardEventKind) -> float:
        with arrived:
            assert arrived.wait_for(lambda: any(e.kind is kind for _, e in events), timeout=5), kind
            return next(t for t, e in events if e.kind is kind)

    monitor = PcscMonitor(record)
    monitor.start()
    try:
        wait_for(CardEventKind.READER_ADDED)
        vpcd = VpcdCard(VirtualThaiIdCard(profile_named("bangkok")), port=pcsc_env.port)
        inserted_at = time.monotonic()
        vpcd.insert()
        seen_at = wait_for(CardEventKind.INSERTED)
        with open_session(PcscBackend(), pcsc_env.reader()) as session:
            session.read_text()  # using the card must not look like a removal
        removed_at = time.monotonic()
        vpcd.remove()
        gone_at = wait_for(CardEventKind.REMOVED)
    finally:
        monitor.stop()
    kinds = [(e.kind, e.reader) for _, e in events]
    assert kinds == [
        (CardEventKind.READER_ADDED, pcsc_env.reader(0)),
        (CardEventKind.READER_ADDED, pcsc_env.reader(1)),
        (CardEventKind.INSERTED, pcsc_env.reader(0)),
        (CardEventKind.REMOVED, pcsc_env.reader(0)),
    ]
    inserted = next(e for _, e in events if e.kind is CardEventKind.INSERTED)
    assert inserted.atr == profile_named("bangkok").atr
    assert seen_at - inserted_at < 1.5
    assert gone_at - removed_at < 1.5


def test_emulate_command_serves_a_card_until_terminated(pcsc_env: PcscEnv) -> None:
    command = [
        sys.executable,
        str(ROOT / "main.py"),
        "--lang",
        "en",
        "card",
        "emulate",
        "--profile",
        "bangkok",
    ]
    emulator = subprocess.Popen(
        [*command, "--atr-variant", "3b67", "--port", str(pcsc_env.port + 1)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        result = run_cli("card", "read", "--json", "--reader", pcsc_env.reader(1), "--wait", "10")
        assert result.returncode == 0, result.stderr
        printed = json.loads(result.stdout)
        assert printed["atr"] == AtrVariant.B67.atr.hex(" ").upper()
        assert printed["name_en"]["first"] == "Natthida"
    finally:
        emulator.send_signal(signal.SIGTERM)
        _, stderr = emulator.communicate(timeout=10)
    assert emulator.returncode == 0, stderr
    assert "inserted into vpcd slot" in stderr
    wait_until(lambda: pcsc_env.reader(1) not in cards_present(), what="the emulated card to leave")


def test_demo_reader_goes_through_pcscd_when_it_can(pcsc_env: PcscEnv) -> None:
    from services.virtualcard.demo import start_demo_reader

    demo = start_demo_reader("test", port=pcsc_env.port, allow_private_pcscd=False)
    try:
        assert demo.kind == "pcsc"
        demo.insert("elder")
        wait_until(lambda: pcsc_env.reader(0) in cards_present(), what="the demo card")
        with open_session(demo.backend, pcsc_env.reader(0)) as session:
            assert session.read_text().lifelong
    finally:
        demo.stop()
    wait_until(lambda: cards_present() == [], what="the demo card to leave")


def test_panel_shows_a_card_from_real_pcscd_within_a_blink(qtbot: QtBot, pcsc_env: PcscEnv) -> None:
    from services.cardreader.pcsc import PcscBackend
    from ui.card.controller import CardPanelController
    from ui.card.events import Phase
    from ui.card.panel import CardPanel

    controller = CardPanelController(PcscBackend(), thread_submit)
    panel = CardPanel(controller)
    qtbot.addWidget(panel)
    controller.start()
    vpcd = VpcdCard(VirtualThaiIdCard(profile_named("middle")), port=pcsc_env.port)
    try:
        qtbot.waitUntil(lambda: pcsc_env.reader(0) in controller.state.readers)
        inserted_at = time.monotonic()
        vpcd.insert()
        qtbot.waitUntil(lambda: controller.state.phase is Phase.CONSENT, timeout=3000)
        assert time.monotonic() - inserted_at < 1.0
        panel.consent.accept.click()
        qtbot.waitUntil(lambda: controller.state.photo is not None, timeout=3000)
        assert panel.read.name_en.text() == "Mr. Arthit Michael Smithwong"  # text and photo on two threads
        vpcd.remove()
        qtbot.wait(100)
        assert controller.state.phase is Phase.READ  # the citizen takes the card back; the data stays
    finally:
        controller.stop()
        vpcd.remove()
    wait_until(lambda: cards_present() == [], what="the card to leave")
