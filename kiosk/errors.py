"""Errors a person can act on.

Every failure that reaches an officer says what happened and what to do, in Thai and English. Code raises a
:class:`KioskError` subclass with both texts; the GUI shows it through the message bridge and the CLI prints it
on stderr with a non-zero exit code. Anything else that escapes is a bug and goes to the crash handler.
"""

from __future__ import annotations

from kiosk.i18n import Language, Text


class KioskError(Exception):
    """A failure with a bilingual explanation and, ideally, a next step."""

    exit_code = 1

    def __init__(self, what: Text, todo: Text | None = None) -> None:
        super().__init__(what.en)
        self.what = what
        self.todo = todo

    def message(self, lang: Language | None = None) -> str:
        if self.todo is None:
            return self.what.get(lang)
        return f"{self.what.get(lang)} {self.todo.get(lang)}"


class NeedsDistrictProfile(KioskError):
    """Raised by commands that make no sense before the first-run wizard has saved the district."""

    def __init__(self) -> None:
        super().__init__(
            Text("ยังไม่ได้ตั้งค่าข้อมูลอำเภอ", "The district profile has not been set up yet."),
            Text(
                "เปิดโปรแกรมแล้วทำตามขั้นตอนตั้งค่าครั้งแรกก่อน",
                "Start the app and complete the first-run wizard first.",
            ),
        )
