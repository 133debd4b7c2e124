"""Secrets in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service on Linux).

Server tokens and the key that encrypts citizens' data at rest never go into a file or the database. When the
machine has no usable keyring the counter says so instead of falling back to a plaintext file behind the
officer's back.
"""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail

from kiosk.errors import KioskError
from kiosk.i18n import Text

SERVICE_NAME = "damrongdham-counter"


class KeyringUnavailable(KioskError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            Text(f"ไม่มีที่เก็บรหัสลับของระบบปฏิบัติการ ({detail})", f"No OS keyring is available ({detail})."),
            Text(
                "เปิดใช้ Secret Service (เช่น GNOME Keyring) หรือใช้ Windows/macOS ที่มีที่เก็บรหัสลับ",
                "Enable a Secret Service (e.g. GNOME Keyring), or use Windows/macOS with its credential store.",
            ),
        )


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def get_secret(name: str) -> str | None:
    try:
        return keyring.get_password(SERVICE_NAME, name)
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailable(type(error).__name__) from error


def set_secret(name: str, value: str) -> None:
    if not keyring_available():
        raise KeyringUnavailable(backend_name())
    try:
        keyring.set_password(SERVICE_NAME, name, value)
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailable(type(error).__name__) from error
