from __future__ import annotations

import pytest
from sqlalchemy import select

from kiosk import settings
from kiosk.audit import recent
from kiosk.db import Store
from kiosk.db.models import Officer, Setting
from kiosk.district import District, InvalidDistrict, load_district, require_district, save_district
from kiosk.errors import NeedsDistrictProfile
from kiosk.officers import InvalidAccount, LoginFailed, Role, authenticate, create_officer, set_active


def test_officer_password_is_hashed_with_argon2_and_verifies(store: Store) -> None:
    with store.write() as session:
        created = create_officer(
            session, username="Somchai ", full_name="นายสมชาย ใจดี", password="secret123", role=Role.OFFICER
        )
    with store.read() as session:
        row = session.get(Officer, created.id)
        assert row is not None
        assert row.username == "somchai"
        assert row.password_hash.startswith("$argon2id$")
        assert "secret123" not in row.password_hash
    with store.write() as session:
        assert authenticate(session, "SOMCHAI", "secret123").id == created.id
        with pytest.raises(LoginFailed):
            authenticate(session, "somchai", "wrong-password1")
        with pytest.raises(LoginFailed):
            authenticate(session, "nobody", "secret123")


def test_deactivated_officer_cannot_log_in(store: Store) -> None:
    with store.write() as session:
        created = create_officer(
            session, username="a", full_name="A", password="secret123", role=Role.OFFICER
        )
        set_active(session, created.id, False, by=created.id)
    with pytest.raises(LoginFailed), store.write() as session:
        authenticate(session, "a", "secret123")


@pytest.mark.parametrize("password", ["short1", "onlyletters", "1234567890"])
def test_weak_passwords_are_refused(store: Store, password: str) -> None:
    with pytest.raises(InvalidAccount), store.write() as session:
        create_officer(session, username="b", full_name="B", password=password, role=Role.OFFICER)


def test_duplicate_username_is_refused(store: Store) -> None:
    with store.write() as session:
        create_officer(session, username="c", full_name="C", password="secret123", role=Role.OFFICER)
    with pytest.raises(InvalidAccount), store.write() as session:
        create_officer(session, username="C", full_name="C2", password="secret123", role=Role.SUPERVISOR)


def test_district_profile_round_trip_and_validation(store: Store) -> None:
    with store.read() as session:
        assert load_district(session) is None
        with pytest.raises(NeedsDistrictProfile):
            require_district(session)
    district = District(
        "ยโสธร", "เมืองยโสธร", "ศูนย์ดำรงธรรมอำเภอเมืองยโสธร", "3501", "2", " ที่อยู่ ", "045-711-111"
    )
    with store.write() as session:
        save_district(session, district, by=None)
    with store.read() as session:
        loaded = require_district(session)
        assert loaded.address == "ที่อยู่"
        assert loaded.counter_code == "2"
        assert [a.action for a in recent(session)] == ["district.saved"]
    with pytest.raises(InvalidDistrict) as caught, store.write() as session:
        save_district(session, District("", "x", "y", "35a1"), by=None)
    assert "DOPA" in caught.value.message("en")


def test_settings_defaults_and_types(store: Store) -> None:
    with store.write() as session:
        assert settings.get(session, settings.LANGUAGE) == "th"
        settings.put(session, settings.LANGUAGE, "en")
        with pytest.raises(TypeError):
            settings.put(session, settings.SURVEY_IDLE_SECONDS, "90")  # type: ignore[arg-type]
    with store.read() as session:
        assert settings.get(session, settings.LANGUAGE) == "en"
        assert settings.get(session, settings.SURVEY_IDLE_SECONDS) == 90


def test_settings_upgrade_steps_run_once_in_order(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def rename(stored: dict[str, object]) -> None:
        calls.append(2)
        stored["ui.language"] = stored.pop("old.language")

    monkeypatch.setattr(settings, "SETTINGS_VERSION", 2)
    monkeypatch.setattr(settings, "UPGRADES", {2: rename})
    with store.write() as session:
        session.get(Setting, "settings.version").value = 1  # type: ignore[union-attr]
        session.add(Setting(key="old.language", value="en"))
    with store.write() as session:
        assert settings.upgrade_settings(session) == 2
        assert settings.upgrade_settings(session) == 2
    with store.read() as session:
        assert calls == [2]
        assert settings.get(session, settings.LANGUAGE) == "en"
        assert session.scalar(select(Setting).where(Setting.key == "old.language")) is None
