"""Which key protects citizens' data in this run of the app: the OS keyring's, or in demo mode one in memory.

The key is fetched once per data directory and process (the keyring may prompt or be slow) and shared by the
Counter and Requests pages. A production counter without a keyring gets no key at all: the pages then refuse to
capture personal data and say why, instead of falling back to something weaker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.i18n import Text
from kiosk.privacy import KEYRING_NAME, CitizenVault, NoCitizenKey
from services.secrets import KeyringUnavailable, get_secret, keyring_available, set_secret


@dataclass(frozen=True)
class KeyState:
    """The vault, or why there is none (shown to the officer)."""

    vault: CitizenVault | None
    problem: NoCitizenKey | None = None


KeyLoader = Callable[[], KeyState]
"""Returns the key state; blocking, so only called on worker threads."""

_lock = threading.Lock()
_cache: dict[Path, KeyState] = {}


def key_for(data_dir: Path, *, demo: bool) -> KeyState:
    """Blocking (keyring I/O): call off the GUI thread."""
    with _lock:
        cached = _cache.get(data_dir)
        if cached is None:
            cached = _load(demo)
            _cache[data_dir] = cached
        return cached


def _load(demo: bool) -> KeyState:
    if demo:
        return KeyState(CitizenVault.ephemeral_key())
    if not keyring_available():
        return KeyState(None, NoCitizenKey())
    try:
        secret = get_secret(KEYRING_NAME)
        if secret is None:
            secret = CitizenVault.new_secret()
            set_secret(KEYRING_NAME, secret)
        return KeyState(CitizenVault.from_secret(secret))
    except KeyringUnavailable as error:
        return KeyState(None, NoCitizenKey(Text(error.what.th, error.what.en)))
    except NoCitizenKey as error:
        return KeyState(None, error)
