"""Open an e-Service link in a browser without ever making the counter wait for it.

The officer's screen must stay responsive while a browser starts (which can take seconds on an old counter PC),
so the browser is started as a detached process and this module returns at once; a thread reaps the process when
it exits so no zombie is left behind. The supervisor may set a browser command in Settings
(``counter.browser_command``, e.g. ``firefox --new-window`` or ``chromium --app={url}``); otherwise the system's
default browser opens it. Only http(s) links are opened: a damaged catalogue entry must not run a local file.
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

from kiosk.errors import KioskError
from kiosk.i18n import Text

log = logging.getLogger(__name__)

Launcher = Callable[[str, str], None]
"""``launch(url, command)``: what the counter calls; tests pass a recorder instead of starting a browser."""


class BrowserError(KioskError):
    pass


def check_link(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BrowserError(
            Text(f"ลิงก์ “{url}” ไม่ใช่ที่อยู่เว็บไซต์", f"“{url}” is not a web address."),
            Text("แจ้งผู้ดูแลให้แก้ลิงก์ของงานบริการนี้", "Ask the supervisor to correct this service's link."),
        )
    return url.strip()


def command_line(url: str, command: str, platform: str = sys.platform) -> list[str]:
    """The program and arguments that open ``url``: ``{url}`` in the command is replaced, or the URL appended."""
    if command.strip():
        try:
            parts = shlex.split(command, posix=platform != "win32")
        except ValueError as error:
            raise _bad_command(command) from error
        if not parts:
            raise _bad_command(command)
        if any("{url}" in part for part in parts):
            return [part.replace("{url}", url) for part in parts]
        return [*parts, url]
    if platform == "darwin":
        return ["open", url]
    if platform == "win32":
        return ["rundll32", "url.dll,FileProtocolHandler", url]
    opener = shutil.which("xdg-open")
    if opener is None:
        raise BrowserError(
            Text("ไม่พบโปรแกรมเปิดเว็บไซต์ของระบบ (xdg-open)", "No system browser opener (xdg-open) was found."),
            Text(
                "ติดตั้ง xdg-utils หรือกำหนดคำสั่งเปิดเบราว์เซอร์ในหน้าตั้งค่า",
                "Install xdg-utils, or set a browser command in Settings.",
            ),
        )
    return [opener, url]


def _bad_command(command: str) -> BrowserError:
    return BrowserError(
        Text(f"คำสั่งเปิดเบราว์เซอร์ “{command}” ไม่ถูกต้อง", f"The browser command “{command}” is not valid."),
        Text("แก้คำสั่งในหน้าตั้งค่า", "Correct it in Settings."),
    )


def open_link(url: str, command: str = "") -> None:
    """Start the browser on ``url`` and return immediately; raise :class:`BrowserError` if it cannot start."""
    argv = command_line(check_link(url), command)
    try:
        process = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            start_new_session=os.name == "posix",
        )
    except OSError as error:
        raise BrowserError(
            Text(f"เปิดเบราว์เซอร์ไม่ได้ ({argv[0]})", f"The browser could not be started ({argv[0]})."),
            Text("ตรวจสอบคำสั่งเปิดเบราว์เซอร์ในหน้าตั้งค่า", "Check the browser command in Settings."),
        ) from error
    threading.Thread(target=_reap, args=(process,), name="browser-reaper", daemon=True).start()


def _reap(process: subprocess.Popen[bytes]) -> None:
    code = process.wait()
    if code != 0:
        log.info("browser launcher exited with status %d", code)
