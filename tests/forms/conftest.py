"""Fixtures for the documents and printing tests: rendered samples, PDF inspection, a private CUPS scheduler."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


def require_tools(*names: str) -> None:
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt-get install poppler-utils zbar-tools)")


@pytest.fixture(scope="session")
def rendered() -> dict[str, bytes]:
    """Every document kind rendered once from its sample."""
    from forms.kinds import KINDS

    return {name: kind.render_sample() for name, kind in KINDS.items()}


@dataclass(frozen=True)
class PdfFacts:
    pages: int
    width_pt: float
    height_pt: float
    fonts: list[dict[str, str]]


def _pdf_facts(pdf: bytes, tmp_path: Path) -> PdfFacts:
    require_tools("pdfinfo", "pdffonts")
    path = tmp_path / f"{uuid.uuid4().hex}.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    size = fields["Page size"].split()
    fonts_out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    fonts = []
    for line in fonts_out.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: the three yes/no columns are fixed from the right.
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return PdfFacts(int(fields["Pages"]), float(size[0]), float(size[2]), fonts)


def _decode(pdf: bytes, tmp_path: Path, *, dpi: int = 203, page: int | None = None) -> list[str]:
    """Rasterise like a thermal head (1-bit, ``dpi``) and return every symbol zbarimg finds, as TYPE:data."""
    require_tools("pdftoppm", "zbarimg")
    stem = tmp_path / uuid.uuid4().hex
    source = stem.with_suffix(".pdf")
    source.write_bytes(pdf)
    args = ["pdftoppm", "-r", str(dpi), "-mono"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    subprocess.run([*args, str(source), str(stem)], check=True)
    found: list[str] = []
    for image in sorted(tmp_path.glob(f"{stem.name}*.pbm")):
        # zbarimg exits 4 when a page has no symbol; that is an answer (an empty list), not an error.
        out = subprocess.run(["zbarimg", "-q", str(image)], capture_output=True, text=True).stdout
        found += [line.strip() for line in out.splitlines() if line.strip()]
    return found


@pytest.fixture
def pdf_facts(tmp_path: Path) -> Callable[[bytes], PdfFacts]:
    """``pdf_facts(pdf)``: page count, first page size and fonts, as poppler's pdfinfo/pdffonts see them."""
    return lambda pdf: _pdf_facts(pdf, tmp_path)


@pytest.fixture
def barcodes(tmp_path: Path) -> Callable[..., list[str]]:
    """``barcodes(pdf, page=None, dpi=203)``: every symbol zbarimg reads, as ``CODE-128:...``/``QR-Code:...``."""
    return lambda pdf, **options: _decode(pdf, tmp_path, **options)


# -- a private CUPS scheduler with a cups-pdf queue --------------------------------------------------------


@dataclass(frozen=True)
class CupsServer:
    root: Path
    socket: Path
    queue: str
    out: Path

    def outputs(self) -> list[Path]:
        return sorted(self.out.glob("*.pdf"))

    def wait_for_output(self, before: set[Path], timeout: float = 30.0) -> Path:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = [path for path in self.outputs() if path not in before]
            if new and _stable(new[0]):
                return new[0]
            time.sleep(0.2)
        log = (self.root / "log" / "error_log").read_text(errors="replace")[-3000:]
        raise AssertionError(f"no PDF from the queue within {timeout} s; scheduler log tail:\n{log}")


def _stable(path: Path) -> bool:
    size = path.stat().st_size
    time.sleep(0.2)
    return size > 0 and path.stat().st_size == size


CUPSD_CONF = """\
Listen {socket}
LogLevel info
Browsing No
WebInterface No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """\
ServerRoot {root}
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
FileDevice No
"""

# cups-pdf reads /etc/cups/cups-pdf-<instance>.conf for the URI cups-pdf:/<instance> (its path is compiled in).
CUPS_PDF_CONF = """\
Out {out}
AnonDirName {out}
Spool {root}/spool/cups-pdf
Log {root}/log
Grp lp
"""


@pytest.fixture(scope="session")
def cups_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CupsServer]:
    """cupsd on a private socket with a cups-pdf queue; printed jobs land as PDFs in ``out``.

    Sets ``CUPS_SERVER`` for the session so ``lp``/``lpstat`` and Qt's CUPS plugin all talk to it.
    """
    needed = ("cupsd", "lpadmin", "lp", "lpstat", "cupsenable", "cupsdisable", "pdftoppm", "zbarimg")
    missing = [
        tool for tool in needed if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists()
    ]
    backend = Path("/usr/lib/cups/backend/cups-pdf")
    ppd = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
    if missing or not backend.exists() or not ppd.exists():
        pytest.skip(f"needs cups and printer-driver-cups-pdf (missing: {', '.join(missing) or backend.name})")
    if os.geteuid() != 0:
        pytest.skip("the cups-pdf backend only runs under a root cupsd")
    # A short path: the unix socket path must stay under ~100 bytes.
    root = Path(f"/tmp/kiosk-cups-{uuid.uuid4().hex[:8]}")
    for sub in ("spool/tmp", "cache", "state", "log", "out"):
        (root / sub).mkdir(parents=True)
    for path in (root, *root.rglob("*")):
        path.chmod(0o755)
    (root / "out").chmod(0o1777)
    (root / "spool" / "tmp").chmod(0o1777)
    socket = root / "cups.sock"
    instance = f"kiosk{uuid.uuid4().hex[:8]}"
    (root / "cupsd.conf").write_text(CUPSD_CONF.format(socket=socket))
    (root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
    instance_conf = Path(f"/etc/cups/cups-pdf-{instance}.conf")
    instance_conf.write_text(CUPS_PDF_CONF.format(out=root / "out", root=root))
    cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
    process = subprocess.Popen(
        [cupsd, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    previous = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = str(socket)
    try:
        deadline = time.monotonic() + 15
        while (
            subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout.strip()
            != "scheduler is running"
        ):
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail("the private cupsd did not start")
            time.sleep(0.1)
        queue = "KioskTestPDF"
        subprocess.run(
            ["lpadmin", "-p", queue, "-v", f"cups-pdf:/{instance}", "-P", str(ppd), "-E"],
            check=True,
            capture_output=True,
        )
        yield CupsServer(root, socket, queue, root / "out")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        if previous is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = previous
        instance_conf.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)
