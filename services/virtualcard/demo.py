"""Demo mode's card reader: the virtual card through real pcscd + vpcd when possible, in-process otherwise.

Going through pcscd means a demo (and officer training) exercises exactly the production path, monitor included.
On a PC without pcscd or the vpcd driver the same virtual card sits behind the in-process reader instead, so the
demo still shows a card being read by the same parser.
"""

from __future__ import annotations

import logging
import time
from typing import Literal

from services.cardreader.backend import CardBackend
from services.cardreader.errors import CardReaderError
from services.virtualcard import pcscd
from services.virtualcard.card import VirtualThaiIdCard
from services.virtualcard.citizens import DEFAULT_PROFILE, profile_named
from services.virtualcard.inprocess import FakeMode, FakeReaderNotAllowedError, InProcessBackend
from services.virtualcard.vpcd import DEFAULT_HOST, DEFAULT_PORT, VpcdCard

log = logging.getLogger(__name__)

DemoKind = Literal["pcsc", "in-process"]
VPCD_WAIT = 2.0
"""Seconds a socket-activated pcscd gets to open its vpcd slots."""


class DemoCardReader:
    """The demo's reader: :attr:`backend` goes to the card panel, :meth:`insert`/:meth:`remove` to demo buttons."""

    def __init__(
        self,
        backend: CardBackend,
        kind: DemoKind,
        *,
        port: int = DEFAULT_PORT,
        daemon: pcscd.PrivatePcscd | None = None,
        inprocess: InProcessBackend | None = None,
    ) -> None:
        self.backend = backend
        self.kind = kind
        self._port = port
        self._daemon = daemon
        self._inprocess = inprocess
        self._vpcd: VpcdCard | None = None

    def insert(self, profile: str = DEFAULT_PROFILE) -> VirtualThaiIdCard:
        """Insert a fresh card of ``profile`` (removing the one in the reader, if any)."""
        self.remove()
        card = VirtualThaiIdCard(profile_named(profile))
        if self._inprocess is not None:
            self._inprocess.insert(card)
        else:
            self._vpcd = VpcdCard(card, DEFAULT_HOST, self._port)
            self._vpcd.insert()
        return card

    def remove(self) -> None:
        if self._inprocess is not None:
            self._inprocess.remove()
        if self._vpcd is not None:
            self._vpcd.remove()
            self._vpcd = None

    def stop(self) -> None:
        self.remove()
        if self._daemon is not None:
            self._daemon.stop()
            self._daemon = None


def start_demo_reader(
    mode: FakeMode, *, port: int = DEFAULT_PORT, allow_private_pcscd: bool = True
) -> DemoCardReader:
    """Pick the most realistic reader this PC allows; call :meth:`DemoCardReader.insert` to show a card.

    Like every fake, it refuses to run unless the app is in demo or test mode: a virtual card in a production
    counter would let anyone "identify" a made-up citizen, whichever transport carries it.
    """
    if mode not in ("demo", "test"):
        raise FakeReaderNotAllowedError()
    reader = _try_pcsc(port, allow_private_pcscd)
    if reader is not None:
        return reader
    log.info("demo card reader: pcscd with vpcd not available, using the in-process reader")
    backend = InProcessBackend(mode)
    return DemoCardReader(backend, "in-process", inprocess=backend)


def _try_pcsc(port: int, allow_private_pcscd: bool) -> DemoCardReader | None:
    try:
        from services.cardreader.pcsc import PcscBackend
    except ImportError:
        return None
    backend = PcscBackend()
    daemon: pcscd.PrivatePcscd | None = None
    running = pcscd.running_pcscd()
    if running is not None and running.ours and running.port is not None:
        port = running.port
    elif running is None and allow_private_pcscd and pcscd.can_run_private_pcscd():
        tools = pcscd.find_tools()
        if tools is None:
            return None
        daemon = pcscd.PrivatePcscd(tools, port)
        try:
            daemon.start()
        except (pcscd.PcscdStartError, OSError) as error:
            log.info("demo card reader: could not start pcscd: %s", error)
            return None
    elif running is None and pcscd.SOCKET_PATH.exists():
        try:
            backend.list_readers()  # wakes a socket-activated pcscd, which then opens the vpcd slots
        except CardReaderError:
            return None
    elif running is None:
        return None  # no pcscd, and we may not start one
    reader = DemoCardReader(backend, "pcsc", port=port, daemon=daemon)
    deadline = time.monotonic() + VPCD_WAIT
    while not pcscd.vpcd_listening(port):
        if time.monotonic() > deadline:
            reader.stop()
            return None
        time.sleep(0.05)
    return reader
