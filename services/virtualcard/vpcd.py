"""Put a virtual card into a vsmartcard ``vpcd`` reader, so pcscd and everything above it is the real thing.

vpcd is a pcscd driver whose reader slot listens on TCP (port 35963 for the first slot, +1 for the next); a
virtual card "is inserted" while it is connected. Every message is a 2-byte big-endian length and a payload. A
1-byte payload is a control message (00 power off, 01 power on, 02 reset, 04 get ATR; only the last is answered);
anything longer is a command APDU, answered with data + SW. vpcd asks for the ATR every few hundred milliseconds
to see whether the card is still there, so insertion and removal are noticed by pcscd's own polling.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time

from services.virtualcard.card import CardPulledOut, VirtualThaiIdCard

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 35963
CTRL_OFF = 0x00
CTRL_ON = 0x01
CTRL_RESET = 0x02
CTRL_ATR = 0x04


class VpcdUnavailableError(OSError):
    """No vpcd reader is listening on the port (pcscd not running, or without the vpcd driver)."""


class VpcdCard:
    """Inserts ``card`` into the vpcd slot at ``host:port`` until :meth:`remove` (or the card pulls itself out)."""

    def __init__(
        self,
        card: VirtualThaiIdCard,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        *,
        apdu_delay: float = 0.0,
    ) -> None:
        self.card = card
        self.host = host
        self.port = port
        self.apdu_delay = apdu_delay
        """Seconds to wait before answering each APDU, to play a slow contact chip in the benchmark."""
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.removed = threading.Event()
        self.removed.set()

    @property
    def inserted(self) -> bool:
        return not self.removed.is_set()

    def insert(self, timeout: float = 5.0) -> None:
        """Connect to the slot, retrying until ``timeout`` while pcscd is still starting its reader."""
        sock = connect_to_vpcd(self.host, self.port, timeout)
        with self._lock:
            self._sock = sock
            self.removed.clear()
            self._thread = threading.Thread(target=self._serve, args=(sock,), name="vpcd-card", daemon=True)
            self._thread.start()

    def remove(self) -> None:
        """Pull the card out: close the connection and wait for the serving thread to end."""
        with self._lock:
            sock, self._sock = self._sock, None
            thread, self._thread = self._thread, None
        if sock is not None:
            _close(sock)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)
        self.removed.set()

    def serve_forever(self) -> None:
        """Block until the card is removed (``card emulate`` runs this)."""
        self.removed.wait()

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                message = _receive(sock)
                if message is None:
                    break
                answer = self._handle(message)
                if answer is not None:
                    sock.sendall(len(answer).to_bytes(2, "big") + answer)
        except CardPulledOut:
            log.info("virtual card pulled out of vpcd slot %d on command", self.port)
        except OSError:
            pass  # vpcd or pcscd went away; the card counts as removed
        finally:
            _close(sock)
            with self._lock:
                if self._sock is sock:
                    self._sock = None
            self.removed.set()

    def _handle(self, message: bytes) -> bytes | None:
        if len(message) == 1:
            if message[0] == CTRL_ATR:
                return self.card.atr
            if message[0] in (CTRL_ON, CTRL_OFF, CTRL_RESET):
                self.card.reset()
            return None
        if self.apdu_delay:
            time.sleep(self.apdu_delay)
        return self.card.process(message)


def connect_to_vpcd(host: str, port: int, timeout: float) -> socket.socket:
    deadline = time.monotonic() + timeout
    while True:
        try:
            sock = socket.create_connection((host, port), timeout=1.0)
        except OSError as error:
            if time.monotonic() >= deadline:
                raise VpcdUnavailableError(f"no vpcd reader listening on {host}:{port}") from error
            time.sleep(0.05)
            continue
        sock.settimeout(None)
        # vpcd writes the length and the APDU in two sends; without quick ACKs Nagle + delayed ACK add 40 ms to
        # every exchange and the benchmark would measure TCP rather than the read plan.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        _quick_ack(sock)
        return sock


def _quick_ack(sock: socket.socket) -> None:
    option = getattr(socket, "TCP_QUICKACK", None)
    if option is not None:
        sock.setsockopt(socket.IPPROTO_TCP, option, 1)


def _receive(sock: socket.socket) -> bytes | None:
    header = _receive_exactly(sock, 2)
    if header is None:
        return None
    return _receive_exactly(sock, int.from_bytes(header, "big"))


def _receive_exactly(sock: socket.socket, size: int) -> bytes | None:
    data = bytearray()
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        _quick_ack(sock)  # Linux turns quick ACK off again after each receive
        if not chunk:
            return None
        data += chunk
    return bytes(data)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
