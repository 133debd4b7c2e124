"""Reading Thai national ID cards through PC/SC.

Typical use (off the GUI thread)::

    backend = PcscBackend()             # from services.cardreader.pcsc
    with open_session(backend, first_reader_with_card(backend)) as session:
        text = session.read_text()      # ~7 exchanges: show the name now
        photo = session.read_photo()    # then the photo

:mod:`~services.cardreader.monitor` reports insertions and removals; :mod:`~services.virtualcard` supplies a
virtual card for demos and tests behind the same :class:`CardBackend` interface. The PC/SC backend lives in
:mod:`~services.cardreader.pcsc` and is imported only by whoever needs it, so that the rest works (demo mode, the
tests of the parser) on a machine without the PC/SC library.
"""

from services.cardreader.backend import (
    CardBackend,
    CardConnection,
    CardEvent,
    CardEventCallback,
    CardEventKind,
    Monitor,
)
from services.cardreader.errors import (
    CardCommunicationError,
    CardReaderError,
    CardRemovedError,
    NoCardError,
    NoReaderError,
    NotThaiIdCardError,
    PcscUnavailableError,
    UnreadableFieldError,
)
from services.cardreader.export import card_to_json
from services.cardreader.model import Address, Age, BirthDate, CardText, PersonName, Sex, ThaiIdCard
from services.cardreader.reader import CardSession, first_reader_with_card, open_session, read_card

__all__ = [
    "Address",
    "Age",
    "BirthDate",
    "CardBackend",
    "CardCommunicationError",
    "CardConnection",
    "CardEvent",
    "CardEventCallback",
    "CardEventKind",
    "CardReaderError",
    "CardRemovedError",
    "CardSession",
    "CardText",
    "Monitor",
    "NoCardError",
    "NoReaderError",
    "NotThaiIdCardError",
    "PcscUnavailableError",
    "PersonName",
    "Sex",
    "ThaiIdCard",
    "UnreadableFieldError",
    "card_to_json",
    "first_reader_with_card",
    "open_session",
    "read_card",
]
