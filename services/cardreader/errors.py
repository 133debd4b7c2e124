"""What can go wrong between the counter and a citizen's ID card, said so an officer knows what to do next.

Every failure of the card path is one of these :class:`~kiosk.errors.KioskError` subclasses; PC/SC result codes
and status words are translated here and never reach a person. None of the messages carries data read from the
card (PDPA: errors end up in logs and crash reports).
"""

from __future__ import annotations

from kiosk.errors import KioskError
from kiosk.i18n import Text


class CardReaderError(KioskError):
    """Base class: anything the card path raises for a person to act on."""


class PcscUnavailableError(CardReaderError):
    def __init__(self) -> None:
        super().__init__(
            Text("บริการสมาร์ตการ์ด (PC/SC) ไม่ทำงาน", "The smart card service (PC/SC) is not running."),
            Text(
                "เริ่มบริการ pcscd (Linux) หรือ Smart Card (Windows) แล้วลองอีกครั้ง",
                "Start the pcscd service (Linux) or the Smart Card service (Windows) and try again.",
            ),
        )


class NoReaderError(CardReaderError):
    def __init__(self) -> None:
        super().__init__(
            Text("ไม่พบเครื่องอ่านบัตร", "No card reader was found."),
            Text(
                "เสียบเครื่องอ่านบัตรเข้ากับเครื่องคอมพิวเตอร์ แล้วลองอีกครั้ง",
                "Plug the card reader into the computer and try again.",
            ),
        )


class NoCardError(CardReaderError):
    def __init__(self) -> None:
        super().__init__(
            Text("ไม่มีบัตรอยู่ในเครื่องอ่าน", "There is no card in the reader."),
            Text(
                "เสียบบัตรประชาชนโดยหันชิปเข้าเครื่อง แล้วลองอีกครั้ง",
                "Insert the ID card chip first and try again.",
            ),
        )


class CardRemovedError(CardReaderError):
    """The card left the reader (or lost contact) before the read finished; nothing read so far is kept."""

    def __init__(self) -> None:
        super().__init__(
            Text(
                "บัตรถูกดึงออกหรือหลุดการเชื่อมต่อก่อนอ่านเสร็จ ข้อมูลที่อ่านได้บางส่วนถูกทิ้งแล้ว",
                "The card was removed or lost contact before reading finished; the partial data was discarded.",
            ),
            Text(
                "เสียบบัตรใหม่และวางไว้จนกว่าจะอ่านเสร็จ",
                "Insert the card again and leave it in the reader until reading finishes.",
            ),
        )


class NotThaiIdCardError(CardReaderError):
    def __init__(self) -> None:
        super().__init__(
            Text("บัตรนี้ไม่ใช่บัตรประจำตัวประชาชนไทย", "This is not a Thai national ID card."),
            Text(
                "ตรวจสอบว่าเสียบบัตรถูกใบ หรือกรอกข้อมูลด้วยตนเอง",
                "Check that the right card is inserted, or enter the details by hand.",
            ),
        )


class UnreadableFieldError(CardReaderError):
    """The card answered, but refused or garbled one field (a damaged chip, or a card we do not know)."""

    def __init__(self, field_th: str, field_en: str) -> None:
        super().__init__(
            Text(f"อ่านข้อมูล{field_th}จากบัตรไม่ได้", f"The card's {field_en} could not be read."),
            Text(
                "ทำความสะอาดชิปแล้วลองอีกครั้ง หากยังไม่ได้ให้กรอกข้อมูลด้วยตนเอง",
                "Clean the chip and try again; if it still fails, enter the details by hand.",
            ),
        )
        self.field_en = field_en


class CardCommunicationError(CardReaderError):
    """The reader could not talk to the card at all (mute card, card inserted the wrong way, busy reader)."""

    def __init__(self) -> None:
        super().__init__(
            Text("ติดต่อกับบัตรไม่ได้", "The reader could not communicate with the card."),
            Text(
                "ดึงบัตรออก ตรวจว่าหันชิปถูกด้าน แล้วเสียบใหม่",
                "Take the card out, check that the chip faces the right way and insert it again.",
            ),
        )
