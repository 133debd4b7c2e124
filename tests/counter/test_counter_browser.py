"""Opening e-Service links: the configured command or the system browser, web links only, never waiting."""

from __future__ import annotations

import shlex
import sys
import time
from pathlib import Path

import pytest

from services.browser import BrowserError, check_link, command_line, open_link

URL = "https://empui.doe.go.th/auth/index?a=1&b=2"


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("firefox --new-window", ["firefox", "--new-window", URL]),
        ("chromium --app={url}", ["chromium", f"--app={URL}"]),
        ('"/opt/My Browser/browser" --kiosk', ["/opt/My Browser/browser", "--kiosk", URL]),
    ],
)
def test_the_configured_command(command: str, expected: list[str]) -> None:
    assert command_line(URL, command, platform="linux") == expected


def test_the_system_browser_per_platform() -> None:
    assert command_line(URL, "", platform="darwin") == ["open", URL]
    assert command_line(URL, "", platform="win32")[-1] == URL


def test_a_blank_command_means_the_system_browser() -> None:
    assert command_line(URL, "   ", platform="darwin") == ["open", URL]


def test_a_broken_command_is_explained() -> None:
    with pytest.raises(BrowserError) as caught:
        command_line(URL, 'firefox "unclosed', platform="linux")
    assert "Settings" in caught.value.message("en")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "empui.doe.go.th", "https://"])
def test_only_web_links_are_opened(url: str) -> None:
    with pytest.raises(BrowserError, match="not a web address"):
        check_link(url)


def test_open_link_returns_while_the_browser_is_still_running(tmp_path: Path) -> None:
    seen, release = tmp_path / "seen.txt", tmp_path / "release"
    script = (
        "import pathlib, sys, time; "
        f"pathlib.Path({str(seen)!r}).write_text(sys.argv[1]); "
        f"deadline = time.time() + 20\n"
        f"while not pathlib.Path({str(release)!r}).exists() and time.time() < deadline: time.sleep(0.02)"
    )
    command = shlex.join([sys.executable, "-c", script])
    started = time.monotonic()
    open_link(URL, command)
    returned = time.monotonic() - started
    deadline = time.monotonic() + 10
    while not seen.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert seen.read_text() == URL
    assert returned < 1.0
    release.write_text("")


def test_a_missing_browser_is_reported() -> None:
    with pytest.raises(BrowserError, match="could not be started"):
        open_link(URL, "/nonexistent/browser-binary")
