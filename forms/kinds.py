"""Every printable document kind, with its paper and its sample, in one table.

The CLI (``forms render KIND``), the preview script, the printer settings (which printer and paper per kind)
and the tests all iterate this table, so a new document is added in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class PaperKind(StrEnum):
    """The media a document needs; printer settings map each to a printer tray or roll."""

    ROLL_80 = "80mm"  # the value the receipt paper option stores
    A5 = "A5"
    A4 = "A4"
    A3 = "A3"


@dataclass(frozen=True)
class DocumentKind:
    name: str
    title_th: str
    title_en: str
    paper: PaperKind
    # Receipts go straight to the printer with one keystroke; everything else is previewed first.
    direct: bool
    render_sample: Callable[[], bytes]


def _receipt() -> bytes:
    from forms import samples
    from forms.receipt import render_receipt

    return render_receipt(samples.receipt())


def _receipt_a5() -> bytes:
    from forms import samples
    from forms.receipt import render_receipt_a5

    return render_receipt_a5(samples.receipt())


def _request() -> bytes:
    from forms import samples
    from forms.request_form import render_request_form

    return render_request_form(samples.request_form())


def _survey() -> bytes:
    from forms import samples
    from forms.survey_form import render_survey_form

    return render_survey_form(samples.survey_form())


def _questionnaire() -> bytes:
    from forms import samples
    from forms.questionnaire import render_questionnaire

    return render_questionnaire(samples.questionnaire())


def _poster() -> bytes:
    from forms import samples
    from forms.poster import render_poster

    return render_poster(samples.poster())


def _poster_a3() -> bytes:
    from forms import samples
    from forms.poster import render_poster_a3

    return render_poster_a3(samples.poster())


def _monthly_report() -> bytes:
    from forms import samples
    from forms.monthly_report import render_monthly_report

    return render_monthly_report(samples.monthly_report(), sample=True)


KINDS: dict[str, DocumentKind] = {
    kind.name: kind
    for kind in (
        DocumentKind(
            "receipt",
            "ใบรับเรื่อง (กระดาษม้วน 80 มม.)",
            "Receipt (80 mm roll)",
            PaperKind.ROLL_80,
            True,
            _receipt,
        ),
        DocumentKind("receipt-a5", "ใบรับเรื่อง (A5)", "Receipt (A5)", PaperKind.A5, True, _receipt_a5),
        DocumentKind("request", "แบบคำร้อง", "Request form", PaperKind.A4, False, _request),
        DocumentKind(
            "survey", "แบบสำรวจความพึงพอใจ", "Satisfaction survey form", PaperKind.A4, False, _survey
        ),
        DocumentKind(
            "questionnaire", "แบบสอบถามผู้ให้บริการ", "Officer questionnaire", PaperKind.A4, False, _questionnaire
        ),
        DocumentKind("poster", "โปสเตอร์งานบริการ (A4)", "Service poster (A4)", PaperKind.A4, False, _poster),
        DocumentKind(
            "poster-a3", "โปสเตอร์งานบริการ (A3)", "Service poster (A3)", PaperKind.A3, False, _poster_a3
        ),
        DocumentKind(
            "monthly-report", "รายงานประจำเดือน", "Monthly report", PaperKind.A4, False, _monthly_report
        ),
    )
}


def kind(name: str) -> DocumentKind:
    return KINDS[name]


def warm_up() -> None:
    """Pay every first-use cost now: reportlab and HarfBuzz, the fonts, the Thai dictionary, the shaping cache.

    Call once from a worker thread at app start; the first receipt then prints as fast as the hundredth.
    """
    from forms import linebreak

    linebreak.warm_up()
    kind("receipt").render_sample()


def describe(kinds: dict[str, DocumentKind] = KINDS) -> list[dict[str, Any]]:
    """A plain listing for ``forms list``."""
    return [
        {"kind": k.name, "paper": k.paper.value, "direct": k.direct, "th": k.title_th, "en": k.title_en}
        for k in kinds.values()
    ]
