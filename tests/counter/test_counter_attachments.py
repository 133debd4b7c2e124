"""Attachments are checked by content, limited to 5 MB, stored encrypted under a content name."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from kiosk.attachments import (
    MAX_BYTES,
    AttachmentFiles,
    AttachmentKind,
    AttachmentRejected,
    check_content,
    check_file,
    detect_kind,
)
from kiosk.privacy import CitizenVault

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100
JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 100
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (PNG, AttachmentKind.PNG),
        (JPG, AttachmentKind.JPG),
        (PDF, AttachmentKind.PDF),
        (b"\x00" * 300 + PDF, AttachmentKind.PDF),  # scanner junk before the header
        (_docx(), None),
        (b"GIF89a" + b"\x00" * 20, None),
        (b"%!PS-Adobe-3.0", None),
        (b"just text", None),
    ],
)
def test_kind_comes_from_the_content(content: bytes, kind: AttachmentKind | None) -> None:
    assert detect_kind(content) is kind


def test_a_word_file_renamed_to_pdf_is_refused(tmp_path: Path) -> None:
    disguised = tmp_path / "บัตรประชาชน.pdf"
    disguised.write_bytes(_docx())
    with pytest.raises(AttachmentRejected) as caught:
        check_file(disguised)
    assert "not a JPG, PNG or PDF" in caught.value.message("en")
    assert "บัตรประชาชน.pdf" in caught.value.message("th")


def test_a_pdf_named_jpg_is_taken_for_what_it_is(tmp_path: Path) -> None:
    misnamed = tmp_path / "scan.jpg"
    misnamed.write_bytes(PDF)
    assert check_file(misnamed).kind is AttachmentKind.PDF


def test_five_megabytes_is_the_limit(tmp_path: Path) -> None:
    exact = tmp_path / "exact.pdf"
    exact.write_bytes(PDF + b"\x00" * (MAX_BYTES - len(PDF)))
    assert check_file(exact).size == MAX_BYTES
    over = tmp_path / "over.pdf"
    over.write_bytes(PDF + b"\x00" * (MAX_BYTES - len(PDF) + 1))
    with pytest.raises(AttachmentRejected) as caught:
        check_file(over)
    assert "over 5 MB" in caught.value.message("en") and "เกิน 5 MB" in caught.value.message("th")
    with pytest.raises(AttachmentRejected, match="over 5 MB"):
        check_content(over.read_bytes(), "over.pdf")


def test_empty_and_missing_files_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(AttachmentRejected, match="empty"):
        check_file(empty)
    with pytest.raises(AttachmentRejected, match="cannot be opened"):
        check_file(tmp_path / "gone.png")


def test_files_are_encrypted_named_by_content_and_stored_once(tmp_path: Path) -> None:
    vault = CitizenVault.ephemeral_key()
    files = AttachmentFiles(tmp_path / "attachments")
    checked = check_content(PNG, "a.png")
    digest = files.save(vault, checked)
    assert files.save(vault, check_content(PNG, "copy.png")) == digest
    stored = list((tmp_path / "attachments").glob("*/*"))
    assert [p.name for p in stored] == [f"{digest}.bin"]
    assert PNG not in stored[0].read_bytes()
    assert files.load(vault, digest) == PNG
    other = files.save(vault, check_content(JPG, "b.jpg"))
    assert files.sweep({other}) == 1
    assert not files.path_of(digest).exists() and files.path_of(other).exists()
    with pytest.raises(ValueError, match="not an attachment name"):
        files.path_of("../../etc/passwd")
