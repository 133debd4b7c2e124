"""Benchmark: how fast a Thai ID card reaches the officer, against the one-command-per-field way of reading it.

Runs through the real pcscd with vsmartcard's vpcd driver (a private pcscd is started when none of ours runs;
needs pcscd, vsmartcard-vpcd and root). For every sample card and both plans, in the same run and interleaved:

* insertion -> text delivered: from the virtual card connecting to the vpcd slot, through pcscd noticing it and
  our monitor reporting it, to every text field parsed;
* insertion -> photo delivered: the same, up to the JPEG read through its end-of-image marker;
* exchanges: every APDU transmitted (GET RESPONSE included).

The baseline is what other readers do: SELECT, one READ + GET RESPONSE per field, then the photo as 20 fixed
255-byte chunks. ``--apdu-delay-ms`` adds a fixed delay to every exchange, to see the plans on a slow chip (the
virtual card itself answers in well under a millisecond). Prints Markdown for docs/PERFORMANCE.md.

    .venv/bin/python bench/bench_card.py [--iterations 3] [--apdu-delay-ms 0,20]
"""

from __future__ import annotations

import argparse
import platform
import queue
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.cardreader import CardEvent, CardEventKind, CardSession, open_session
from services.cardreader.layout import MAX_READ, PHOTO_OFFSET, Field, Span, per_field_spans, plan_spans
from services.cardreader.monitor import PcscMonitor
from services.cardreader.pcsc import PcscBackend
from services.virtualcard import pcscd
from services.virtualcard.card import VirtualThaiIdCard
from services.virtualcard.citizens import thai_id_profiles
from services.virtualcard.vpcd import VpcdCard

BASELINE_PHOTO_CHUNKS = 20
"""Peers read the photo as 20 READs of 255 bytes (5100 of the area's 5118 bytes) whatever the JPEG's size."""


@dataclass(frozen=True)
class Plan:
    name: str
    spans: Callable[[Iterable[Field]], list[Span]]
    read_photo: Callable[[CardSession], bytes]


def photo_until_end(session: CardSession) -> bytes:
    return session.read_photo()


def photo_fixed_chunks(session: CardSession) -> bytes:
    """The baseline: every chunk, then the JPEG cut out of it (correctly; peers often do not)."""
    from services.cardreader.jpeg import jpeg_end

    data = b"".join(
        session.read_bytes(PHOTO_OFFSET + i * MAX_READ, MAX_READ) for i in range(BASELINE_PHOTO_CHUNKS)
    )
    end = jpeg_end(data)
    return data[:end] if end else data


PLANS = (
    Plan("merged spans, photo to its end marker (ours)", plan_spans, photo_until_end),
    Plan("one READ per field, 20 photo chunks (baseline)", per_field_spans, photo_fixed_chunks),
)


@dataclass(frozen=True)
class Sample:
    plan: str
    profile: str
    delay_ms: float
    detect: float
    text: float
    photo: float
    text_exchanges: int
    photo_exchanges: int

    @property
    def text_read(self) -> float:
        return self.text - self.detect

    @property
    def photo_read(self) -> float:
        return self.photo - self.text


class Bench:
    def __init__(self, port: int) -> None:
        self.port = port
        self.reader = pcscd.reader_name(0)
        self.backend = PcscBackend()
        self.events: queue.SimpleQueue[tuple[float, CardEvent]] = queue.SimpleQueue()
        self.monitor = PcscMonitor(lambda event: self.events.put((time.perf_counter(), event)))

    def wait_for(self, kind: CardEventKind, timeout: float = 5.0) -> float:
        deadline = time.perf_counter() + timeout
        while True:
            at, event = self.events.get(timeout=max(0.0, deadline - time.perf_counter()))
            if event.kind is kind and event.reader == self.reader:
                return at

    def measure(self, plan: Plan, profile_name: str, delay_ms: float) -> Sample:
        profile = next(p for p in thai_id_profiles() if p.name == profile_name)
        card = VirtualThaiIdCard(profile)
        slot = VpcdCard(card, port=self.port, apdu_delay=delay_ms / 1000)
        start = time.perf_counter()
        slot.insert()
        detected = self.wait_for(CardEventKind.INSERTED)
        with open_session(self.backend, self.reader, plan=plan.spans) as session:
            session.read_text()
            text_done = time.perf_counter()
            text_exchanges = session.exchanges
            photo = plan.read_photo(session)
            photo_done = time.perf_counter()
            photo_exchanges = session.exchanges - text_exchanges
        if photo != card.photo:
            raise AssertionError(f"{plan.name} returned a wrong photo for {profile_name}")
        slot.remove()
        self.wait_for(CardEventKind.REMOVED)
        return Sample(
            plan.name,
            profile_name,
            delay_ms,
            detected - start,
            text_done - start,
            photo_done - start,
            text_exchanges,
            photo_exchanges,
        )


def ms(values: Iterable[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f}"


def report(samples: list[Sample], iterations: int) -> str:
    lines = [
        "## Thai ID card: insertion to data on screen",
        "",
        f"Real pcscd ({_pcscd_version()}) with vsmartcard vpcd, virtual card over TCP; Python "
        f"{platform.python_version()} on {platform.machine()}; median of {iterations} insertions per card and "
        "plan, plans interleaved in the same run. Times in ms from the card connecting to the vpcd slot.",
        "",
        "| APDU delay | card | plan | detect | → text | → photo | text read | photo read | text exch. | photo exch. |",
        "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    keys = sorted({(s.delay_ms, s.profile) for s in samples})
    for delay, profile in keys:
        for plan in PLANS:
            group = [s for s in samples if (s.delay_ms, s.profile, s.plan) == (delay, profile, plan.name)]
            lines.append(
                f"| {delay:g} ms | {profile} | {plan.name} | {ms(s.detect for s in group)} | "
                f"{ms(s.text for s in group)} | {ms(s.photo for s in group)} | "
                f"{ms(s.text_read for s in group)} | {ms(s.photo_read for s in group)} | "
                f"{group[0].text_exchanges} | {group[0].photo_exchanges} |"
            )
    lines += [
        "",
        "*detect*: until our monitor reported the card (pcscd polls vpcd every 400 ms); *→ text*, *→ photo*: "
        "from insertion; *text read*, *photo read*: the read alone, after detection.",
        "",
        "Ratio baseline / ours (medians over all cards; higher is better for us):",
        "",
        "| APDU delay | text exchanges | photo exchanges | text read | photo read | → text | → photo |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for delay in sorted({s.delay_ms for s in samples}):
        ours = [s for s in samples if s.delay_ms == delay and s.plan == PLANS[0].name]
        base = [s for s in samples if s.delay_ms == delay and s.plan == PLANS[1].name]
        lines.append(
            f"| {delay:g} ms | {_ratio(base, ours, 'text_exchanges')} | {_ratio(base, ours, 'photo_exchanges')} | "
            f"{_ratio(base, ours, 'text_read')} | {_ratio(base, ours, 'photo_read')} | "
            f"{_ratio(base, ours, 'text')} | {_ratio(base, ours, 'photo')} |"
        )
    return "\n".join(lines)


def _ratio(base: list[Sample], ours: list[Sample], attribute: str) -> str:
    numerator = statistics.median(getattr(s, attribute) for s in base)
    denominator = statistics.median(getattr(s, attribute) for s in ours)
    return f"{numerator / denominator:.2f}×"


def _pcscd_version() -> str:
    tools = pcscd.find_tools()
    if tools is None:
        return "pcscd"
    output = subprocess.run(
        [str(tools.pcscd), "--version"], capture_output=True, text=True, check=False
    ).stdout
    first = output.splitlines()[0] if output else "pcscd"
    return first.rstrip(".")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--iterations", type=int, default=3)
    parser.add_argument("--apdu-delay-ms", default="0,20", help="comma-separated per-exchange delays")
    args = parser.parse_args(argv)
    delays = [float(value) for value in args.apdu_delay_ms.split(",")]
    tools = pcscd.find_tools()
    if tools is None:
        print("pcscd or the vsmartcard vpcd driver is not installed", file=sys.stderr)
        return 2
    running = pcscd.running_pcscd()
    daemon = None
    if running is None:
        daemon = pcscd.PrivatePcscd(tools, pcscd.free_port_pair())
        daemon.start()
        port = daemon.port
    elif running.ours and running.port is not None:
        port = running.port
    else:
        print(f"a system pcscd (pid {running.pid}) is running; stop it first", file=sys.stderr)
        return 2
    bench = Bench(port)
    bench.monitor.start()
    samples: list[Sample] = []
    try:
        bench.wait_for(CardEventKind.READER_ADDED)
        for delay in delays:
            for profile in (p.name for p in thai_id_profiles()):
                for _ in range(args.iterations):
                    for plan in PLANS:
                        samples.append(bench.measure(plan, profile, delay))
    finally:
        bench.monitor.stop()
        if daemon is not None:
            daemon.stop()
    print(report(samples, args.iterations))
    return 0


if __name__ == "__main__":
    sys.exit(main())
