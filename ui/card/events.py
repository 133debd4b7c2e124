"""The values the card panel hands to the rest of the app, one frozen dataclass per signal emission."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

from kiosk.i18n import Text
from services.cardreader.model import Address, BirthDate, CardText, PersonName


class Phase(Enum):
    WAITING = "waiting"
    CONSENT = "consent"
    READING = "reading"
    READ = "read"
    ERROR = "error"
    MANUAL = "manual"


class ManualReason(Enum):
    """Why the officer typed the details instead of reading a chip (kept with the record for audits)."""

    NO_CARD = "no-card"
    DAMAGED_CHIP = "damaged-chip"
    NON_THAI_CARD = "non-thai-card"


@dataclass(frozen=True)
class Consent:
    """The officer confirmed that the citizen agreed to the use of their ID data for this service (PDPA)."""

    given_at: dt.datetime
    confirmed_by: Literal["officer"] = "officer"


@dataclass(frozen=True)
class PanelState:
    """Everything the panel view shows; the controller emits a new one for every change."""

    phase: Phase
    reader: str | None = None
    readers: tuple[str, ...] = ()
    service_available: bool = True
    text: CardText | None = field(default=None, repr=False)
    photo: bytes | None = field(default=None, repr=False)
    photo_failed: bool = False
    error: Text | None = None
    error_todo: Text | None = None
    suggested_reason: ManualReason = ManualReason.NO_CARD


@dataclass(frozen=True)
class IdentifiedCitizen:
    """A citizen identified at the counter, from the chip or typed by hand, with the consent that covers it."""

    source: Literal["card", "manual"]
    cid: str = field(repr=False)
    cid_valid: bool
    name_th: PersonName
    consent: Consent
    name_en: PersonName | None = None
    birth: BirthDate | None = None
    address: Address | None = None
    photo: bytes | None = field(default=None, repr=False)
    card: CardText | None = field(default=None, repr=False)
    manual_reason: ManualReason | None = None
