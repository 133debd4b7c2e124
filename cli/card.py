"""``card read | emulate | list``: read a Thai ID card, run the virtual card, list the readers.

``card read --json`` prints exactly one JSON object on stdout (or nothing, with a message on stderr and a
non-zero exit code). ``card emulate`` inserts a virtual card into vsmartcard's vpcd reader so that demos and
officer training go through the real pcscd path.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.cardreader.model import Age, ThaiIdCard


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("card", help="Thai ID card reader and virtual card")
    commands = parser.add_subparsers(dest="card_command", required=True, metavar="SUBCOMMAND")

    read = commands.add_parser("read", help="read the card in the first reader that has one")
    read.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    read.add_argument("--photo", type=Path, metavar="FILE", help="write the JPEG photo to FILE")
    read.add_argument(
        "--reader", metavar="NAME", help="read this reader instead of the first one with a card"
    )
    read.add_argument(
        "--wait", type=float, default=0.0, metavar="SECONDS", help="wait this long for a card (default: 0)"
    )
    read.set_defaults(handler=read_card)

    emulate = commands.add_parser("emulate", help="insert a virtual Thai ID card into the vpcd reader")
    emulate.add_argument("--profile", default="bangkok", help="sample card to insert (see --list-profiles)")
    emulate.add_argument("--list-profiles", action="store_true", help="list the sample cards and exit")
    emulate.add_argument(
        "--atr-variant",
        choices=["profile", "standard", "3b67"],
        default="profile",
        help="ATR to present: the profile's own, the common one, or the 3B 67 generation",
    )
    emulate.add_argument("--host", default="127.0.0.1", help="vpcd host (default: 127.0.0.1)")
    emulate.add_argument("--port", type=int, default=35963, help="vpcd slot port (default: 35963)")
    emulate.add_argument(
        "--remove-after", type=int, metavar="N", help="pull the card out after answering N commands"
    )
    emulate.add_argument(
        "--start-pcscd",
        action="store_true",
        help="start a private pcscd with vpcd slots if none is running (needs root; for demo PCs)",
    )
    emulate.set_defaults(handler=emulate_card)

    listing = commands.add_parser("list", help="list card readers and whether they hold a card")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=list_readers)


def read_card(args: argparse.Namespace) -> int:
    import json
    import os

    from services.cardreader import card_to_json, first_reader_with_card, open_session
    from services.cardreader.pcsc import PcscBackend

    backend = PcscBackend()
    reader = first_reader_with_card(backend, wait=args.wait, reader=args.reader)
    with open_session(backend, reader) as session:
        card = session.read_all()
    if args.photo is not None:
        # The photo is personal data: readable by the owner only, and written only once the read succeeded.
        descriptor = os.open(args.photo, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(card.photo)
    if args.json:
        print(json.dumps(card_to_json(card), ensure_ascii=False))
    else:
        print(_describe(card))
    return 0


def _describe(card: ThaiIdCard) -> str:
    """Text for a person at a terminal: the citizen ID masked, as on every screen (PDPA)."""
    import datetime as dt

    from kiosk.cid import mask_cid
    from kiosk.i18n import Text
    from services.cardreader.model import Sex

    text = card.text
    sexes = {Sex.MALE: Text("ชาย", "male"), Sex.FEMALE: Text("หญิง", "female")}
    if text.lifelong:
        expiry = str(Text("ตลอดชีพ", "lifelong"))
    else:
        expiry = text.expiry_date.isoformat() if text.expiry_date else "-"
    rows = [
        (Text("เลขประจำตัวประชาชน", "Citizen ID"), mask_cid(text.cid)),
        (
            Text("เลขตรวจสอบ", "Check digit"),
            str(Text("ถูกต้อง", "valid") if text.cid_valid else Text("ผิด", "wrong")),
        ),
        (Text("ชื่อ", "Name (Thai)"), text.name_th.full()),
        (Text("ชื่ออังกฤษ", "Name (English)"), text.name_en.full()),
        (Text("อายุ (ปี)", "Age (years)"), _age(text.birth.age_on(dt.date.today()))),
        (Text("เพศ", "Sex"), str(sexes[text.sex]) if text.sex else "-"),
        (Text("ที่อยู่", "Address"), text.address.text),
        (Text("ผู้ออกบัตร", "Issued by"), text.issuer),
        (Text("วันออกบัตร", "Issued on"), text.issue_date.isoformat() if text.issue_date else "-"),
        (Text("วันหมดอายุ", "Expires on"), expiry),
        (Text("รูปถ่าย", "Photo"), f"JPEG {len(card.photo)} bytes"),
    ]
    width = max(len(str(label)) for label, _ in rows)
    return "\n".join(f"{label!s:<{width}}  {value}" for label, value in rows)


def _age(age: Age | None) -> str:
    if age is None:
        return "-"
    return str(age.years) if age.exact else f"{age.years}-{age.max_years}"


def emulate_card(args: argparse.Namespace) -> int:
    import signal
    import sys

    from kiosk.errors import KioskError
    from kiosk.i18n import Text
    from services.virtualcard import pcscd
    from services.virtualcard.card import VirtualThaiIdCard
    from services.virtualcard.citizens import PROFILES, AtrVariant
    from services.virtualcard.vpcd import VpcdCard, VpcdUnavailableError

    if args.list_profiles:
        for known in PROFILES.values():
            print(f"{known.name:<10} {known.description}")
        return 0
    profile = PROFILES.get(args.profile)
    if profile is None:
        raise KioskError(
            Text(f"ไม่มีบัตรตัวอย่างชื่อ {args.profile}", f"There is no sample card called {args.profile}."),
            Text(f"เลือกจาก: {', '.join(PROFILES)}", f"Choose one of: {', '.join(PROFILES)}."),
        )
    atr = None if args.atr_variant == "profile" else AtrVariant(args.atr_variant).atr
    card = VirtualThaiIdCard(profile, atr=atr)
    if args.remove_after is not None:
        card.pull_out_after(args.remove_after)
    daemon = None
    if args.start_pcscd and pcscd.can_run_private_pcscd():
        tools = pcscd.find_tools()
        assert tools is not None
        daemon = pcscd.PrivatePcscd(tools, args.port)
        try:
            daemon.start()
        except pcscd.PcscdStartError as error:
            raise _vpcd_missing(args.host, args.port) from error
    slot = VpcdCard(card, args.host, args.port)
    try:
        slot.insert(timeout=3.0)
    except VpcdUnavailableError as error:
        if daemon is not None:
            daemon.stop()
        raise _vpcd_missing(args.host, args.port) from error
    print(
        Text(
            f"เสียบบัตรจำลอง '{profile.name}' ในช่อง vpcd {args.host}:{args.port} แล้ว กด Ctrl+C เพื่อดึงบัตรออก",
            f"Virtual card '{profile.name}' inserted into vpcd slot {args.host}:{args.port}. "
            "Press Ctrl+C to remove it.",
        ),
        file=sys.stderr,
        flush=True,
    )
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: slot.removed.set())  # Ctrl+C or kill: remove the card, stop pcscd
    try:
        slot.serve_forever()
    finally:
        slot.remove()
        if daemon is not None:
            daemon.stop()
    return 0


def _vpcd_missing(host: str, port: int) -> Exception:
    from kiosk.errors import KioskError
    from kiosk.i18n import Text

    return KioskError(
        Text(
            f"ไม่พบเครื่องอ่านจำลอง vpcd ที่ {host}:{port}",
            f"No vsmartcard vpcd reader is listening on {host}:{port}.",
        ),
        Text(
            "ติดตั้ง vsmartcard-vpcd แล้วเริ่ม pcscd (หรือใช้ --start-pcscd ในฐานะ root)",
            "Install vsmartcard-vpcd and start pcscd (or use --start-pcscd as root).",
        ),
    )


def list_readers(args: argparse.Namespace) -> int:
    import json

    from kiosk.i18n import Text
    from services.cardreader.pcsc import PcscBackend

    backend = PcscBackend()
    readers = backend.list_readers()
    with_card = set(backend.readers_with_card()) if readers else set()
    if args.json:
        print(
            json.dumps([{"reader": name, "card": name in with_card} for name in readers], ensure_ascii=False)
        )
        return 0
    if not readers:
        print(Text("ไม่พบเครื่องอ่านบัตร", "No card reader found."))
        return 0
    for name in readers:
        state = Text("มีบัตร", "card present") if name in with_card else Text("ว่าง", "empty")
        print(f"{name}  [{state}]")
    return 0
