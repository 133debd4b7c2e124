"""Officer accounts: who may use the counter, and who may change its setup.

Passwords are hashed with Argon2id (memory-hard, so a stolen database does not give up weak passwords to a GPU
in an afternoon). Failed logins say nothing about which part was wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.clock import now_utc
from kiosk.db.models import Officer
from kiosk.errors import KioskError
from kiosk.events import new_id
from kiosk.i18n import Text

MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class OfficerInfo:
    """What the rest of the app may know about an officer (never the hash)."""

    id: str
    username: str
    full_name: str
    role: Role
    active: bool = True

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR


class LoginFailed(KioskError):
    def __init__(self) -> None:
        super().__init__(
            Text("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "Wrong username or password."),
            Text("โปรดลองอีกครั้ง หรือให้หัวหน้ารีเซ็ตรหัสผ่าน", "Try again, or ask a supervisor to reset it."),
        )


class InvalidAccount(KioskError):
    pass


def password_problem(password: str) -> Text | None:
    """Why a new password is unacceptable, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return Text(
            f"รหัสผ่านต้องยาวอย่างน้อย {MIN_PASSWORD_LENGTH} ตัวอักษร",
            f"The password must be at least {MIN_PASSWORD_LENGTH} characters long.",
        )
    if password.isdigit() or password.isalpha():
        return Text("รหัสผ่านต้องมีทั้งตัวอักษรและตัวเลข", "The password must mix letters and digits.")
    return None


def _info(row: Officer) -> OfficerInfo:
    return OfficerInfo(
        id=row.id, username=row.username, full_name=row.full_name, role=Role(row.role), active=row.active
    )


def create_officer(
    session: Session,
    *,
    username: str,
    full_name: str,
    password: str,
    role: Role,
    created_by: str | None = None,
) -> OfficerInfo:
    username = username.strip().lower()
    if not username or not full_name.strip():
        raise InvalidAccount(Text("ต้องกรอกชื่อผู้ใช้และชื่อ-นามสกุล", "Username and full name are required."))
    problem = password_problem(password)
    if problem is not None:
        raise InvalidAccount(problem)
    if session.scalar(select(Officer.id).where(Officer.username == username)) is not None:
        raise InvalidAccount(Text(f"ชื่อผู้ใช้ {username} มีอยู่แล้ว", f"The username {username} is taken."))
    row = Officer(
        id=new_id(),
        username=username,
        full_name=full_name.strip(),
        role=role.value,
        password_hash=_hasher.hash(password),
        active=True,
        created_at=now_utc(),
    )
    session.add(row)
    audit.record(session, created_by, "officer.created", target=row.id, detail=role.value)
    return _info(row)


def authenticate(session: Session, username: str, password: str) -> OfficerInfo:
    row = session.scalar(select(Officer).where(Officer.username == username.strip().lower()))
    if row is None or not row.active:
        raise LoginFailed
    try:
        _hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise LoginFailed from None
    if _hasher.check_needs_rehash(row.password_hash):
        row.password_hash = _hasher.hash(password)
    return _info(row)


def set_active(session: Session, officer_id: str, active: bool, *, by: str) -> None:
    row = session.get(Officer, officer_id)
    if row is None:
        raise KeyError(officer_id)
    if not active and row.role == Role.SUPERVISOR.value:
        others = session.scalar(
            select(func.count())
            .select_from(Officer)
            .where(Officer.active, Officer.role == Role.SUPERVISOR.value, Officer.id != officer_id)
        )
        if not others:
            raise InvalidAccount(
                Text(
                    "ต้องมีหัวหน้าที่ใช้งานได้อย่างน้อยหนึ่งคน",
                    "At least one active supervisor must remain.",
                )
            )
    row.active = active
    audit.record(session, by, "officer.activated" if active else "officer.deactivated", target=officer_id)


def reset_password(session: Session, officer_id: str, password: str, *, by: str) -> None:
    problem = password_problem(password)
    if problem is not None:
        raise InvalidAccount(problem)
    row = session.get(Officer, officer_id)
    if row is None:
        raise KeyError(officer_id)
    row.password_hash = _hasher.hash(password)
    audit.record(session, by, "officer.password_reset", target=officer_id)


def list_officers(session: Session, *, include_inactive: bool = False) -> list[OfficerInfo]:
    query = select(Officer).order_by(Officer.active.desc(), Officer.full_name)
    if not include_inactive:
        query = query.where(Officer.active)
    return [_info(r) for r in session.scalars(query)]


def officer_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Officer)) or 0
