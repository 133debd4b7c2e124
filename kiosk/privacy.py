"""Citizens' personal data at rest: pseudonyms, encryption, and forgetting it on time (PDPA).

The counter keeps as little as the job needs. A visit keeps only a pseudonym of the citizen (:attr:`citizen_ref`,
an HMAC of the citizen ID under a key of this counter): enough to count repeat visits and to find a citizen's
requests by typing their ID, useless to anyone without the key. A request keeps the three fields an officer needs
to follow it up and call the citizen back - name, citizen ID, phone - each encrypted with AES-256-GCM in a local
table that never travels to the province and that :func:`purge_expired` empties once the retention period is over.
Scanned attachments are encrypted the same way.

The key lives in the OS keyring and is handed in by the caller (the core never touches the keyring). Demo mode and
tests use :meth:`CitizenVault.ephemeral`: a key that exists only in memory for the life of the process, never in a
file or the database. Without a keyring in production the counter refuses to capture personal data
(:class:`NoCitizenKey`) rather than keep it unprotected.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.cid import compact as compact_cid
from kiosk.db.models import Attachment, Request, RequestPersonal, VisitItem
from kiosk.errors import KioskError
from kiosk.i18n import Text

MASTER_KEY_BYTES = 32
KEYRING_NAME = "citizen-data-key"
"""The name under which the master key is kept in the OS keyring."""
_TOKEN_PREFIX = "v1."
_NONCE_BYTES = 12


class NoCitizenKey(KioskError):
    def __init__(self, detail: Text | None = None) -> None:
        super().__init__(
            Text(
                "บันทึกข้อมูลส่วนบุคคลของผู้รับบริการไม่ได้ เพราะไม่มีกุญแจเข้ารหัสในที่เก็บรหัสลับของระบบ"
                + (f" ({detail.th})" if detail else ""),
                "Citizens' personal data cannot be saved: there is no encryption key in the OS keyring"
                + (f" ({detail.en})." if detail else "."),
            ),
            Text(
                "เปิดใช้ที่เก็บรหัสลับของระบบ (ดูผล selftest) ระหว่างนี้บันทึกได้เฉพาะงานที่เสร็จ ณ จุดบริการ",
                "Enable the OS keyring (see selftest); until then only services completed on the spot can be saved.",
            ),
        )


class UnreadablePersonalData(KioskError):
    def __init__(self) -> None:
        super().__init__(
            Text(
                "อ่านข้อมูลส่วนบุคคลนี้ไม่ได้ (เข้ารหัสด้วยกุญแจอื่น หรือข้อมูลเสียหาย)",
                "This personal data cannot be read (it was encrypted with another key, or it is damaged).",
            )
        )


@dataclass(frozen=True)
class Citizen:
    """The personal data a request keeps: who to call back, and how an agency identifies them."""

    name: str = field(repr=False)
    cid: str = field(repr=False)
    phone: str = field(repr=False)
    """Normalised (``0812345678``); empty when the citizen gave none."""


class CitizenVault:
    """Pseudonyms and encryption under one master key; holds no state but the derived keys."""

    def __init__(self, master_key: bytes, *, ephemeral: bool = False) -> None:
        if len(master_key) != MASTER_KEY_BYTES:
            raise ValueError("the master key must be 32 bytes")
        self.ephemeral = ephemeral
        self._ref_key = _derive(master_key, b"citizen-ref")
        self._name_key = _derive(master_key, b"attachment-name")
        self._aead = AESGCM(_derive(master_key, b"personal-fields"))

    @classmethod
    def ephemeral_key(cls) -> CitizenVault:
        """A key for demo mode and tests: in memory only, gone (with what it protects) when the process ends."""
        return cls(os.urandom(MASTER_KEY_BYTES), ephemeral=True)

    @staticmethod
    def new_secret() -> str:
        """A fresh master key as text, for the caller to put in the OS keyring."""
        return base64.b64encode(os.urandom(MASTER_KEY_BYTES)).decode("ascii")

    @classmethod
    def from_secret(cls, secret: str) -> CitizenVault:
        try:
            key = base64.b64decode(secret.encode("ascii"), validate=True)
        except ValueError as error:
            raise NoCitizenKey(Text("กุญแจในที่เก็บรหัสลับเสียหาย", "the stored key is damaged")) from error
        if len(key) != MASTER_KEY_BYTES:
            raise NoCitizenKey(Text("กุญแจในที่เก็บรหัสลับเสียหาย", "the stored key is damaged"))
        return cls(key)

    def citizen_ref(self, cid: str) -> str:
        """The pseudonym of a citizen ID: the same ID always gives the same 64 hex digits on this counter."""
        return hmac.new(self._ref_key, compact_cid(cid).encode("ascii"), hashlib.sha256).hexdigest()

    def content_name(self, content: bytes) -> str:
        """A keyed hash of an attachment, used as its file name: identical scans share one file, and the name
        says nothing about the content to someone without the key."""
        return hmac.new(self._name_key, content, hashlib.sha256).hexdigest()

    def seal(self, value: str, *, context: str) -> str:
        """Encrypt ``value``; ``context`` (e.g. ``request-id/name``) binds it to its place so it cannot be moved."""
        return (
            _TOKEN_PREFIX
            + base64.urlsafe_b64encode(self.seal_bytes(value.encode(), context=context)).decode()
        )

    def open(self, token: str, *, context: str) -> str:
        if not token.startswith(_TOKEN_PREFIX):
            raise UnreadablePersonalData
        try:
            data = base64.urlsafe_b64decode(token[len(_TOKEN_PREFIX) :].encode("ascii"))
        except ValueError:
            raise UnreadablePersonalData from None
        return self.open_bytes(data, context=context).decode()

    def seal_bytes(self, data: bytes, *, context: str) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, data, context.encode())

    def open_bytes(self, sealed: bytes, *, context: str) -> bytes:
        try:
            return self._aead.decrypt(sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], context.encode())
        except (InvalidTag, ValueError):
            raise UnreadablePersonalData from None

    def seal_citizen(self, request_id: str, citizen: Citizen) -> tuple[str, str, str]:
        """Name, citizen ID and phone of a request, each sealed to that request and field."""
        return (
            self.seal(citizen.name, context=f"{request_id}/name"),
            self.seal(compact_cid(citizen.cid), context=f"{request_id}/cid"),
            self.seal(citizen.phone, context=f"{request_id}/phone"),
        )

    def open_citizen(self, row: RequestPersonal) -> Citizen:
        return Citizen(
            name=self.open(row.name_sealed, context=f"{row.request_id}/name"),
            cid=self.open(row.cid_sealed, context=f"{row.request_id}/cid"),
            phone=self.open(row.phone_sealed, context=f"{row.request_id}/phone"),
        )


def _derive(master: bytes, purpose: bytes) -> bytes:
    """Independent keys for independent jobs, so a pseudonym never reveals anything about the encryption key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"damrongdham/" + purpose).derive(
        master
    )


@dataclass(frozen=True)
class PurgeResult:
    requests: int
    """Requests whose personal data was deleted."""
    attachments: int
    """Attachment records deleted; their files go once nothing refers to them (:func:`referenced_attachments`)."""


def purge_expired(
    session: Session, *, now: datetime, retention_days: int, by: str | None = None
) -> PurgeResult:
    """Forget personal data whose last use is older than the retention period.

    The clock starts at a request's last change (an open request still being followed up keeps its data) and at
    the saving of an outcome for attachments of items that never became a request. Events are untouched: they
    carry no personal data, only the pseudonym.
    """
    cutoff = now - timedelta(days=retention_days)
    expired_requests = list(
        session.scalars(
            select(RequestPersonal)
            .join(Request, Request.id == RequestPersonal.request_id)
            .where(Request.updated_at < cutoff)
        )
    )
    for row in expired_requests:
        session.delete(row)
    expired_attachments = list(
        session.scalars(
            select(Attachment)
            .join(VisitItem, VisitItem.id == Attachment.visit_item_id)
            .outerjoin(Request, Request.visit_item_id == VisitItem.id)
            .where(
                ((Request.id.is_(None)) & (VisitItem.saved_at < cutoff))
                | ((Request.id.is_not(None)) & (Request.updated_at < cutoff))
            )
        )
    )
    for attachment in expired_attachments:
        session.delete(attachment)
    if expired_requests or expired_attachments:
        audit.record(
            session,
            by,
            "privacy.purged",
            detail=f"requests={len(expired_requests)} attachments={len(expired_attachments)} days={retention_days}",
        )
    session.flush()
    return PurgeResult(len(expired_requests), len(expired_attachments))


def referenced_attachments(session: Session) -> set[str]:
    """File names still in use; every other file in the attachments folder may go."""
    return set(session.scalars(select(Attachment.digest).distinct()))
