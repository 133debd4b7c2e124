"""Scanned documents kept with a visit item: checked by what they are, not by what they are called.

Agencies accept jpg/png/pdf up to 5 MB (seeds 001 and 004), so the counter refuses anything else at once, while the
citizen is still at the desk. The type is read from the first bytes of the content (a Word file renamed
``.pdf`` is still a Word file); the size limit applies to the file as the agency will receive it.

Files are encrypted (:class:`~kiosk.privacy.CitizenVault`) and stored under the data directory's ``attachments``
folder by a keyed hash of their content, so a scan attached twice is stored once and a file's name reveals
nothing. A file is written and synced before the transaction that refers to it commits; a crash in between
leaves an unreferenced file, which :meth:`AttachmentFiles.sweep` removes later, never a reference to nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from kiosk.errors import KioskError
from kiosk.i18n import Text
from kiosk.privacy import CitizenVault

MAX_BYTES = 5 * 1024 * 1024
_PDF_HEADER_WINDOW = 1024
"""PDF readers accept the ``%PDF-`` header anywhere in the first kilobyte (some scanners prepend junk)."""


class AttachmentKind(StrEnum):
    JPG = "jpg"
    PNG = "png"
    PDF = "pdf"

    @property
    def label(self) -> str:
        return self.value.upper()


class AttachmentRejected(KioskError):
    pass


def _rejected(name: str, why: Text) -> AttachmentRejected:
    return AttachmentRejected(
        Text(f"แนบไฟล์ “{name}” ไม่ได้: {why.th}", f"“{name}” cannot be attached: {why.en}"),
        Text(
            "สแกนใหม่เป็น JPG, PNG หรือ PDF ขนาดไม่เกิน 5 MB", "Scan it again as JPG, PNG or PDF of at most 5 MB."
        ),
    )


def detect_kind(content: bytes) -> AttachmentKind | None:
    """The type the content really is, from its magic bytes; None for anything but jpg, png and pdf."""
    if content.startswith(b"\xff\xd8\xff"):
        return AttachmentKind.JPG
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return AttachmentKind.PNG
    if b"%PDF-" in content[:_PDF_HEADER_WINDOW]:
        return AttachmentKind.PDF
    return None


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed the checks, held in memory until the outcome is saved."""

    content: bytes = field(repr=False)
    kind: AttachmentKind

    @property
    def size(self) -> int:
        return len(self.content)


def check_content(content: bytes, name: str) -> CheckedFile:
    """Accept ``content`` (``name`` is only for the message) or say why not."""
    if not content:
        raise _rejected(name, Text("ไฟล์ว่างเปล่า", "the file is empty"))
    if len(content) > MAX_BYTES:
        raise _rejected(
            name,
            Text(f"ขนาด {_megabytes(len(content))} เกิน 5 MB", f"{_megabytes(len(content))} is over 5 MB"),
        )
    kind = detect_kind(content)
    if kind is None:
        raise _rejected(name, Text("ไม่ใช่ไฟล์ JPG, PNG หรือ PDF", "it is not a JPG, PNG or PDF file"))
    return CheckedFile(content, kind)


def check_file(path: Path) -> CheckedFile:
    """Read and check a file the officer picked; a huge file is refused before it is read."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _rejected(
                path.name, Text(f"ขนาด {_megabytes(size)} เกิน 5 MB", f"{_megabytes(size)} is over 5 MB")
            )
        with path.open("rb") as stream:
            content = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise _rejected(path.name, Text("เปิดไฟล์ไม่ได้", f"it cannot be opened ({error.strerror})")) from error
    return check_content(content, path.name)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


@dataclass(frozen=True)
class AttachmentFiles:
    """The encrypted attachment files of one data directory."""

    root: Path

    def path_of(self, digest: str) -> Path:
        if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
            raise ValueError(f"not an attachment name: {digest!r}")
        return self.root / digest[:2] / f"{digest}.bin"

    def save(self, vault: CitizenVault, checked: CheckedFile) -> str:
        """Encrypt and store durably; returns the name (digest) to record. Idempotent for identical content."""
        digest = vault.content_name(checked.content)
        target = self.path_of(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        with partial.open("wb") as stream:
            stream.write(vault.seal_bytes(checked.content, context=digest))
            stream.flush()
            os.fsync(stream.fileno())
        partial.replace(target)
        _sync_directory(target.parent)
        return digest

    def load(self, vault: CitizenVault, digest: str) -> bytes:
        return vault.open_bytes(self.path_of(digest).read_bytes(), context=digest)

    def sweep(self, keep: set[str]) -> int:
        """Delete every file not in ``keep`` (purged, or orphaned by a crash before its record committed)."""
        if not self.root.exists():
            return 0
        removed = 0
        for path in self.root.glob("*/*"):
            if path.name.split(".", 1)[0] not in keep or path.suffix == ".part":
                path.unlink(missing_ok=True)
                removed += 1
        return removed


def _sync_directory(directory: Path) -> None:
    """Make the new file's directory entry durable too (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    handle = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
