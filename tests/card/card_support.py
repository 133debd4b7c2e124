"""Helpers shared by the card tests: a scripted card connection and a thread-per-task runner."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def apdu(text: str) -> bytes:
    return bytes.fromhex(text.replace(" ", ""))


class ScriptedConnection:
    """A connection that expects exactly the scripted commands, in order, and gives the scripted answers.

    An answer is the raw response (data + SW) or an exception to raise (a transport failure).
    """

    def __init__(self, atr: bytes, script: list[tuple[str, bytes | BaseException]]) -> None:
        self._atr = atr
        self._script = deque(script)
        self.sent: list[bytes] = []
        self.closed = False

    @property
    def atr(self) -> bytes:
        return self._atr

    def transmit(self, command: bytes) -> bytes:
        assert self._script, f"unexpected extra command {command.hex(' ')}"
        expected, answer = self._script.popleft()
        assert command == apdu(expected), f"sent {command.hex(' ')}, script expects {expected}"
        self.sent.append(command)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def close(self) -> None:
        self.closed = True

    @property
    def finished(self) -> bool:
        return not self._script


@dataclass
class PcscEnv:
    """The pcscd the e2e tests talk to: vpcd slot 0 listens on ``port``, slot 1 on ``port + 1``."""

    port: int
    service_down_result: subprocess.CompletedProcess[str] | None
    """``card read --json`` run before pcscd started (None when an existing pcscd was reused)."""

    def reader(self, slot: int = 0) -> str:
        from services.virtualcard.pcscd import reader_name

        return reader_name(slot)


def run_cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """``python main.py --lang en ARGS`` as a separate process, the way an admin or a script runs it."""
    env = {**os.environ, "KIOSK_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", "en", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        cwd=ROOT,
        env=env,
        check=False,
    )


def wait_until(condition: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def thread_submit(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
) -> None:
    """The simplest runner: a thread per task, callbacks on that thread (the controller must cope)."""

    def run() -> None:
        try:
            value = fn()
        except BaseException as error:
            on_error(error)
        else:
            on_done(value)

    threading.Thread(target=run, daemon=True).start()


def _address(
    house_no: str,
    moo: str | None,
    trok: str | None,
    soi: str | None,
    road: str | None,
    subdistrict: str,
    district: str,
    province: str,
    text: str,
) -> dict[str, str | None]:
    return {
        "house_no": house_no,
        "moo": moo,
        "trok": trok,
        "soi": soi,
        "road": road,
        "subdistrict": subdistrict,
        "district": district,
        "province": province,
        "text": text,
    }


EXPECTED_JSON: dict[str, dict[str, Any]] = {
    # Written by hand from the sample data, not produced by the parser: these are the test oracles.
    "bangkok": {
        "cid": "1101401234566",
        "cid_valid": True,
        "name_th": {"title": "นางสาว", "first": "ณัฐธิดา", "middle": None, "last": "วงศ์สวัสดิ์"},
        "name_en": {"title": "Miss", "first": "Natthida", "middle": None, "last": "Wongsawat"},
        "birth": {"year": 1995, "month": 4, "day": 17},
        "sex": "female",
        "issuer": "ท้องถิ่นเขตบางคอแหลม/กรุงเทพมหานคร",
        "issue_date": "2023-05-20",
        "expiry_date": "2031-04-16",
        "lifelong": False,
        "address": _address(
            "2541/189 อาคารริเวอร์ไซด์ทาวเวอร์ ชั้น 12",
            None,
            "โรงน้ำแข็ง",
            "เจริญกรุง 107 แยก 5-4 (ซอยสุวรรณสวัสดิ์)",
            "เจริญกรุง",
            "บางคอแหลม",
            "บางคอแหลม",
            "กรุงเทพมหานคร",
            "2541/189 อาคารริเวอร์ไซด์ทาวเวอร์ ชั้น 12 ตรอกโรงน้ำแข็ง ซอยเจริญกรุง 107 แยก 5-4 (ซอยสุวรรณสวัสดิ์) "
            "ถนนเจริญกรุง แขวงบางคอแหลม เขตบางคอแหลม กรุงเทพมหานคร",
        ),
        "card_number": "10140520123456",
        "atr": "3B 68 00 00 00 73 C8 40 12 00 90 00",
    },
    "yasothon": {
        "cid": "1350100061236",
        "cid_valid": True,
        "name_th": {"title": "นาย", "first": "ประเสริฐ", "middle": None, "last": "บุญมา"},
        "name_en": {"title": "Mr.", "first": "Prasert", "middle": None, "last": "Boonma"},
        "birth": {"year": 1979, "month": 11, "day": 3},
        "sex": "male",
        "issuer": "อำเภอเมืองยโสธร/ยโสธร",
        "issue_date": "2022-01-15",
        "expiry_date": "2030-11-02",
        "lifelong": False,
        "address": _address(
            "45/2",
            "7",
            None,
            None,
            "แจ้งสนิท",
            "ในเมือง",
            "เมืองยโสธร",
            "ยโสธร",
            "45/2 หมู่ที่ 7 ถนนแจ้งสนิท ตำบลในเมือง อำเภอเมืองยโสธร จังหวัดยโสธร",
        ),
        "card_number": "35010115006123",
        "atr": "3B 68 00 00 00 73 C8 40 12 00 90 00",
    },
    "elder": {
        "cid": "3480200045670",
        "cid_valid": True,
        "name_th": {"title": "นาง", "first": "บุญเรือน", "middle": None, "last": "แก้วมณี"},
        "name_en": {"title": "Mrs.", "first": "Boonruean", "middle": None, "last": "Kaewmanee"},
        "birth": {"year": 1942, "month": None, "day": None},
        "sex": "female",
        "issuer": "อำเภอนาแก/นครพนม",
        "issue_date": "2020-08-10",
        "expiry_date": None,
        "lifelong": True,
        "address": _address(
            "12",
            "2",
            None,
            None,
            None,
            "นาแก",
            "นาแก",
            "นครพนม",
            "12 หมู่ที่ 2 ตำบลนาแก อำเภอนาแก จังหวัดนครพนม",
        ),
        "card_number": "48020810004567",
        "atr": "3B 68 00 00 00 73 C8 40 12 00 90 00",
    },
    "middle": {
        "cid": "1509900789010",
        "cid_valid": True,
        "name_th": {"title": "นาย", "first": "อาทิตย์", "middle": "ไมเคิล", "last": "สมิธวงศ์"},
        "name_en": {"title": "Mr.", "first": "Arthit", "middle": "Michael", "last": "Smithwong"},
        "birth": {"year": 1987, "month": 7, "day": None},
        "sex": "male",
        "issuer": "อำเภอเมืองเชียงใหม่/เชียงใหม่",
        "issue_date": "2021-03-02",
        "expiry_date": "2029-07-01",
        "lifelong": False,
        "address": _address(
            "88/8",
            "4",
            None,
            "3",
            "ห้วยแก้ว",
            "สุเทพ",
            "เมืองเชียงใหม่",
            "เชียงใหม่",
            "88/8 หมู่ที่ 4 ซอย 3 ถนนห้วยแก้ว ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่",
        ),
        "card_number": "50990302078901",
        "atr": "3B 67 00 00 73 20 00 46 68 90 00",
    },
}
