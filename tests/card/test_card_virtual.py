"""The virtual card and the in-process reader: the same chip behind both transports."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from card_support import EXPECTED_JSON, apdu, wait_until

from services.cardreader import (
    CardEvent,
    CardEventKind,
    CardRemovedError,
    NoCardError,
    NoReaderError,
    NotThaiIdCardError,
    card_to_json,
    first_reader_with_card,
    open_session,
    read_card,
)
from services.virtualcard.card import VirtualThaiIdCard
from services.virtualcard.citizens import PROFILES, AtrVariant, profile_named, thai_id_profiles
from services.virtualcard.inprocess import READER_NAME, FakeReaderNotAllowedError, InProcessBackend

SELECT = apdu("00 A4 04 00 08 A0 00 00 00 54 48 00 01")


def test_every_sample_citizen_has_a_valid_cid_and_fits_the_card() -> None:
    from kiosk.cid import is_valid_cid

    for profile in thai_id_profiles():
        card = VirtualThaiIdCard(profile)
        assert profile.citizen is not None and is_valid_cid(profile.citizen.cid)
        assert card.photo.startswith(b"\xff\xd8") and card.photo.endswith(b"\xff\xd9")


def test_samples_cover_the_cases_peers_get_wrong() -> None:
    tags = set().union(*(profile.tags for profile in PROFILES.values()))
    assert {
        "long-address",
        "provincial",
        "lifelong",
        "unknown-birth",
        "middle-name",
        "3b67",
        "foreign",
    } <= tags
    bangkok = profile_named("bangkok").citizen
    assert bangkok is not None
    assert len("#".join(bangkok.address).encode("cp874")) > 100  # longer than the 100 bytes peers read


def test_read_needs_select_first() -> None:
    card = VirtualThaiIdCard(profile_named("bangkok"))
    assert card.process(apdu("80 B0 00 04 02 00 0D")) == bytes.fromhex("6986")


def test_get_response_variant_is_enforced_and_6c_reports_the_length() -> None:
    card = VirtualThaiIdCard(profile_named("middle"))
    assert card.atr.startswith(bytes.fromhex("3B67"))
    assert card.process(SELECT) == bytes.fromhex("610A")
    assert card.process(apdu("80 B0 00 04 02 00 0D")) == bytes.fromhex("610D")
    assert card.process(apdu("00 C0 00 00 0D")) == bytes.fromhex("6A86")
    assert card.process(apdu("00 C0 00 01 20")) == bytes.fromhex("6C0D")
    assert card.process(apdu("00 C0 00 01 0D")) == b"1509900789010\x90\x00"


def test_atr_variant_can_be_overridden() -> None:
    card = VirtualThaiIdCard(profile_named("bangkok"), atr=AtrVariant.B67.atr)
    card.process(SELECT)
    card.process(apdu("80 B0 00 04 02 00 0D"))
    assert card.process(apdu("00 C0 00 01 0D")).endswith(b"\x90\x00")


def test_foreign_card_refuses_the_thai_applet() -> None:
    card = VirtualThaiIdCard(profile_named("foreign"))
    assert card.process(SELECT) == bytes.fromhex("6A82")


def test_pull_out_after_n_commands() -> None:
    from services.virtualcard.card import CardPulledOut

    card = VirtualThaiIdCard(profile_named("bangkok"))
    card.pull_out_after(1)
    card.process(SELECT)
    with pytest.raises(CardPulledOut):
        card.process(SELECT)


def test_in_process_reader_refuses_production_mode() -> None:
    with pytest.raises(FakeReaderNotAllowedError):
        InProcessBackend("production")  # type: ignore[arg-type]


@pytest.mark.parametrize("name", sorted(EXPECTED_JSON))
def test_every_sample_card_reads_correctly_in_process(name: str) -> None:
    backend = InProcessBackend("test")
    card = VirtualThaiIdCard(profile_named(name))
    backend.insert(card)
    result = card_to_json(read_card(backend))
    photo_sha = result.pop("photo_sha256")
    assert result == EXPECTED_JSON[name]
    assert photo_sha == hashlib.sha256(card.photo).hexdigest()


def test_exchanges_used_by_each_card_generation() -> None:
    counts = {}
    for name in ("bangkok", "yasothon", "elder", "middle"):
        backend = InProcessBackend("test")
        backend.insert(VirtualThaiIdCard(profile_named(name)))
        with open_session(backend, READER_NAME) as session:
            session.read_text()
            counts[name] = session.exchanges
    assert counts == {"bangkok": 7, "yasothon": 4, "elder": 22, "middle": 7}


def test_errors_of_the_in_process_reader() -> None:
    backend = InProcessBackend("test")
    with pytest.raises(NoCardError):
        first_reader_with_card(backend)
    with pytest.raises(NoReaderError):
        backend.connect("some other reader")
    backend.insert(VirtualThaiIdCard(profile_named("foreign")))
    with pytest.raises(NotThaiIdCardError):
        read_card(backend)


def test_card_pulled_out_mid_read_raises_and_is_reported_removed() -> None:
    backend = InProcessBackend("test")
    card = VirtualThaiIdCard(profile_named("bangkok"))
    card.pull_out_after(3)
    backend.insert(card)
    with open_session(backend, READER_NAME) as session, pytest.raises(CardRemovedError):
        session.read_text()
    assert backend.readers_with_card() == []


def test_monitor_reports_from_its_own_thread_in_order() -> None:
    backend = InProcessBackend("test")
    backend.insert(VirtualThaiIdCard(profile_named("bangkok")))
    seen: list[tuple[CardEvent, str]] = []
    done = threading.Event()

    def record(event: CardEvent) -> None:
        seen.append((event, threading.current_thread().name))
        if event.kind is CardEventKind.REMOVED:
            done.set()

    monitor = backend.start_monitor(record)
    backend.remove()
    assert done.wait(5)
    monitor.stop()
    assert [event.kind for event, _ in seen] == [
        CardEventKind.READER_ADDED,
        CardEventKind.INSERTED,
        CardEventKind.REMOVED,
    ]
    assert {thread for _, thread in seen} == {"card-monitor-inprocess"}
    backend.insert(VirtualThaiIdCard(profile_named("bangkok")))  # no callback after stop
    assert len(seen) == 3


def test_a_freshly_inserted_card_gets_time_to_settle() -> None:
    from services.cardreader.errors import CardCommunicationError

    backend = InProcessBackend("test")
    backend.insert(VirtualThaiIdCard(profile_named("bangkok")))
    failures = [CardCommunicationError(), CardCommunicationError()]
    real_connect = backend.connect
    slept: list[float] = []

    def flaky_connect(reader: str) -> object:
        if failures:
            raise failures.pop()
        return real_connect(reader)

    backend.connect = flaky_connect  # type: ignore[method-assign,assignment]
    with open_session(backend, READER_NAME, sleep=slept.append) as session:
        assert session.read_text().cid_valid
    assert slept == [0.1, 0.2]


def test_connect_gives_up_after_the_settle_retries() -> None:
    backend = InProcessBackend("test")
    slept: list[float] = []
    with pytest.raises(NoCardError):
        open_session(backend, READER_NAME, sleep=slept.append)
    assert slept == [0.1, 0.2, 0.4]


def test_waiting_for_a_card_in_a_named_reader() -> None:
    backend = InProcessBackend("test")
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds
        if now[0] >= 0.3:
            backend.insert(VirtualThaiIdCard(profile_named("bangkok")))

    found = first_reader_with_card(backend, wait=1.0, reader=READER_NAME, clock=lambda: now[0], sleep=sleep)
    assert found == READER_NAME
    with pytest.raises(NoReaderError):
        first_reader_with_card(backend, reader="Some USB reader")


def test_demo_falls_back_to_the_in_process_reader_without_pcscd(monkeypatch: pytest.MonkeyPatch) -> None:
    from services.virtualcard import demo, pcscd

    monkeypatch.setattr(pcscd, "running_pcscd", lambda: None)
    monkeypatch.setattr(pcscd, "can_run_private_pcscd", lambda: False)
    monkeypatch.setattr(pcscd, "SOCKET_PATH", Path("/nonexistent/pcscd.comm"))
    reader = demo.start_demo_reader("demo")
    try:
        assert reader.kind == "in-process"
        reader.insert("middle")
        assert card_to_json(read_card(reader.backend))["name_en"]["middle"] == "Michael"
        reader.remove()
        assert reader.backend.readers_with_card() == []
    finally:
        reader.stop()
    with pytest.raises(FakeReaderNotAllowedError):
        demo.start_demo_reader("production")  # type: ignore[arg-type]


def test_a_pcscd_is_ours_only_when_its_config_directory_carries_our_marker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    from services.virtualcard import pcscd

    config = tmp_path / "reader.conf.d"
    config.mkdir()
    (config / pcscd.MARKER).write_text('FRIENDLYNAME "Virtual PCD"\nCHANNELID    0x9C40\n')
    pid_file = tmp_path / "pcscd.pid"
    monkeypatch.setattr(pcscd, "PID_PATH", pid_file)
    assert pcscd.running_pcscd() is None
    stand_in = tmp_path / "stand_in.py"  # a process whose command line we choose, playing pcscd
    stand_in.write_text("import time\ntime.sleep(30)\n")
    for args, ours, port in (([], False, None), (["--config", str(config)], True, 0x9C40)):
        process = subprocess.Popen([sys.executable, str(stand_in), *args])
        try:
            pid_file.write_bytes(f"{process.pid}\n\0".encode())  # as pcscd writes it
            cmdline = Path(f"/proc/{process.pid}/cmdline")
            wait_until(
                lambda cmdline=cmdline: b"stand_in.py" in cmdline.read_bytes(), what="the stand-in to start"
            )
            assert pcscd.running_pcscd() == pcscd.RunningPcscd(process.pid, ours=ours, port=port)
        finally:
            process.kill()
            process.wait()
