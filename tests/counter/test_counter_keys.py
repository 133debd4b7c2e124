"""Where the citizen-data key comes from: the OS keyring in production, memory in demo mode, nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.privacy import KEYRING_NAME
from services.secrets import KeyringUnavailable
from ui.counter import keys


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    stored: dict[str, str] = {}
    monkeypatch.setattr(keys, "keyring_available", lambda: True)
    monkeypatch.setattr(keys, "get_secret", stored.get)
    monkeypatch.setattr(keys, "set_secret", stored.__setitem__)
    monkeypatch.setattr(keys, "_cache", {})
    return stored


def test_production_creates_the_key_once_in_the_keyring(keyring: dict[str, str], tmp_path: Path) -> None:
    first = keys.key_for(tmp_path, demo=False)
    assert first.vault is not None and first.problem is None and not first.vault.ephemeral
    assert set(keyring) == {KEYRING_NAME}
    keys._cache.clear()  # a restart: the same key comes back from the keyring
    again = keys.key_for(tmp_path, demo=False)
    assert again.vault is not None and again.vault.citizen_ref("1101700123452") == first.vault.citizen_ref(
        "1101700123452"
    )
    assert not list(tmp_path.iterdir())  # nothing written next to the data


def test_demo_uses_a_key_in_memory_only(keyring: dict[str, str], tmp_path: Path) -> None:
    state = keys.key_for(tmp_path, demo=True)
    assert state.vault is not None and state.vault.ephemeral
    assert keyring == {}
    assert keys.key_for(tmp_path, demo=True) is state  # one key per data directory and run


def test_without_a_keyring_production_gets_no_key_and_a_reason(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(keys, "_cache", {})
    monkeypatch.setattr(keys, "keyring_available", lambda: False)
    state = keys.key_for(tmp_path, demo=False)
    assert state.vault is None and state.problem is not None
    assert "keyring" in state.problem.message("en")


def test_a_failing_keyring_is_reported_not_bypassed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(_name: str) -> str | None:
        raise KeyringUnavailable("locked")

    monkeypatch.setattr(keys, "_cache", {})
    monkeypatch.setattr(keys, "keyring_available", lambda: True)
    monkeypatch.setattr(keys, "get_secret", broken)
    state = keys.key_for(tmp_path, demo=False)
    assert state.vault is None and state.problem is not None and "locked" in state.problem.message("en")
