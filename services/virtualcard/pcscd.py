"""Run a pcscd of our own with vpcd reader slots, for end-to-end tests, the benchmark and demos without systemd.

pcscd's client socket is fixed at ``/run/pcscd/pcscd.comm``, so only one pcscd can serve a machine. We start it
in the foreground with ``-c`` pointing at a config directory that we write (one vpcd entry on a port of our
choosing) and that carries a marker file: a pcscd whose command line names such a directory is "ours" and may be
reused; any other running pcscd belongs to the system and is left alone.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SOCKET_PATH = Path("/run/pcscd/pcscd.comm")
PID_PATH = Path("/run/pcscd/pcscd.pid")
MARKER = "damrongdham-vpcd"
"""Name of our reader config file; its presence in pcscd's ``-c`` directory marks the daemon as ours."""
VPCD_DRIVER_CANDIDATES = (
    Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so"),
    Path("/usr/local/lib/pcsc/drivers/serial/libifdvpcd.so"),
)
VPCD_SLOTS = 2
"""The vpcd driver opens two slots per config entry: ``Virtual PCD 00 00`` on the port, ``00 01`` on port + 1."""


@dataclass(frozen=True)
class PcscdTools:
    pcscd: Path
    vpcd_driver: Path


def find_tools() -> PcscdTools | None:
    """The pcscd binary and the vpcd driver, or None when either is not installed."""
    binary = shutil.which("pcscd") or next(
        (str(p) for p in (Path("/usr/sbin/pcscd"), Path("/usr/local/sbin/pcscd")) if p.exists()), None
    )
    driver = next((p for p in VPCD_DRIVER_CANDIDATES if p.exists()), None)
    if binary is None or driver is None:
        return None
    return PcscdTools(Path(binary), driver)


def reader_name(slot: int) -> str:
    return f"Virtual PCD 00 {slot:02d}"


@dataclass(frozen=True)
class RunningPcscd:
    pid: int
    ours: bool
    port: int | None
    """Base vpcd port when the daemon is ours."""


def running_pcscd() -> RunningPcscd | None:
    """The pcscd serving this machine right now, if any."""
    try:
        pid = int(PID_PATH.read_text().strip(" \n\0"))  # pcscd writes "PID\n\0"
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except (OSError, ValueError):
        return None
    args = [part.decode(errors="replace") for part in cmdline if part]
    config_dir = _config_dir_argument(args)
    marker = Path(config_dir) / MARKER if config_dir else None
    if marker is None or not marker.is_file():
        return RunningPcscd(pid, ours=False, port=None)
    return RunningPcscd(pid, ours=True, port=_port_from_config(marker))


def _config_dir_argument(args: list[str]) -> str | None:
    for index, arg in enumerate(args):
        if arg in ("-c", "--config") and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--config="):
            return arg.split("=", 1)[1]
    return None


def _port_from_config(path: Path) -> int | None:
    for line in path.read_text().splitlines():
        key, _, value = line.partition(" ")
        if key == "CHANNELID":
            return int(value.strip(), 0)
    return None


def free_port_pair() -> int:
    """A port P such that P and P + 1 are both free (vpcd listens on one port per slot)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        if port < 65535 and _port_free(port) and _port_free(port + 1):
            return port
    raise OSError("no free pair of TCP ports")


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


class PcscdStartError(RuntimeError):
    """pcscd could not be started (another pcscd is running, or it exited at once)."""


class PrivatePcscd:
    """A pcscd process with vpcd slots on ``port`` and ``port + 1``; stop it with :meth:`stop`."""

    def __init__(self, tools: PcscdTools, port: int) -> None:
        self.tools = tools
        self.port = port
        self._workdir = Path(tempfile.mkdtemp(prefix="kiosk-pcscd-"))
        self._process: subprocess.Popen[bytes] | None = None
        self.log_path = self._workdir / "pcscd.log"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self, timeout: float = 10.0) -> None:
        existing = running_pcscd()
        if existing is not None:
            raise PcscdStartError(f"a pcscd is already running (pid {existing.pid})")
        config_dir = self._workdir / "reader.conf.d"
        config_dir.mkdir()
        (config_dir / MARKER).write_text(
            'FRIENDLYNAME "Virtual PCD"\n'
            f"DEVICENAME   /dev/null:0x{self.port:04X}\n"
            f"LIBPATH      {self.tools.vpcd_driver}\n"
            f"CHANNELID    0x{self.port:04X}\n"
        )
        SOCKET_PATH.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log_file:
            self._process = subprocess.Popen(
                [str(self.tools.pcscd), "--foreground", "--config", str(config_dir)],
                stdout=log_file,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while not (SOCKET_PATH.exists() and vpcd_listening(self.port) and vpcd_listening(self.port + 1)):
            if self._process.poll() is not None or time.monotonic() > deadline:
                output = self.log_path.read_text(errors="replace")[-2000:]
                self.stop()
                raise PcscdStartError(f"pcscd did not come up:\n{output}")
            time.sleep(0.05)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        shutil.rmtree(self._workdir, ignore_errors=True)

    def __enter__(self) -> PrivatePcscd:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def vpcd_listening(port: int) -> bool:
    """Whether vpcd's slot accepts connections, tested without connecting (a connect would insert a card)."""
    try:
        with Path("/proc/net/tcp").open() as table:
            lines = table.readlines()[1:]
    except OSError:
        return True  # not Linux: trust the socket file and a short grace period
    wanted = f":{port:04X}"
    return any(line.split()[1].endswith(wanted) and line.split()[3] == "0A" for line in lines)


def can_run_private_pcscd() -> bool:
    """Whether this process may start its own pcscd (tools present, /run/pcscd writable, none running)."""
    if find_tools() is None or running_pcscd() is not None:
        return False
    parent = SOCKET_PATH.parent
    target = parent if parent.exists() else parent.parent
    return os.access(target, os.W_OK)
