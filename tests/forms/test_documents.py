"""Every document kind renders on its paper, with Sarabun embedded and barcodes that decode from a paper-like
rendering (203 dpi, 1 bit: a thermal receipt head)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
from reportlab.lib.pagesizes import A3, A4, A5
from reportlab.lib.units import mm

from forms import samples
from forms.data import ReceiptData, ServiceLine, SurveyFormData, survey_form_number
from forms.kinds import KINDS
from forms.monthly_report import ReportDataError, render_monthly_report
from forms.receipt import render_receipt
from forms.survey_form import render_survey_form
from kiosk.tracking import InvalidTrackingNumber, TrackingNumber

# Fixtures from conftest: pdf_facts(pdf) -> PdfFacts, barcodes(pdf, page=, dpi=) -> ["CODE-128:...", ...].
Facts = Callable[[bytes], Any]
Barcodes = Callable[..., list[str]]

PAGE_SIZES = {
    "receipt-a5": A5,
    "request": A4,
    "survey": A4,
    "questionnaire": A4,
    "poster": A4,
    "poster-a3": A3,
    "monthly-report": A4,
}


def test_the_sample_tracking_number_is_a_valid_one() -> None:
    number = TrackingNumber("3501", "1", 2569, 42)
    assert number.display == samples.TRACKING_NUMBER
    assert number.compact == samples.TRACKING_BARCODE


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_is_a_pdf_on_its_paper_with_only_sarabun_embedded(
    kind: str, rendered: dict[str, bytes], pdf_facts: Facts
) -> None:
    facts = pdf_facts(rendered[kind])
    if kind == "receipt":
        assert facts.width_pt == pytest.approx(80 * mm, abs=1)
        assert 100 * mm < facts.height_pt < 300 * mm
    else:
        width, height = PAGE_SIZES[kind]
        assert (facts.width_pt, facts.height_pt) == pytest.approx((width, height), abs=1)
    names = {font["name"].split("+")[-1] for font in facts.fonts}
    assert names <= {"Sarabun-Regular", "Sarabun-Bold"}
    assert "Sarabun-Regular" in names
    assert all(font["emb"] == "yes" and font["sub"] == "yes" for font in facts.fonts)


@pytest.mark.parametrize(
    ("kind", "pages"),
    [
        ("receipt", 1),
        ("receipt-a5", 1),
        ("request", 1),
        ("survey", 2),
        ("questionnaire", 1),
        ("poster-a3", 1),
    ],
)
def test_page_counts(kind: str, pages: int, rendered: dict[str, bytes], pdf_facts: Facts) -> None:
    assert pdf_facts(rendered[kind]).pages == pages


@pytest.mark.parametrize("kind", ["receipt", "receipt-a5", "request"])
def test_the_barcode_decodes_to_the_compact_tracking_number(
    kind: str, rendered: dict[str, bytes], barcodes: Barcodes
) -> None:
    assert f"CODE-128:{samples.TRACKING_BARCODE}" in barcodes(rendered[kind])


def test_the_receipt_qr_code_carries_the_follow_up_address(
    rendered: dict[str, bytes], barcodes: Barcodes
) -> None:
    assert f"QR-Code:{samples.receipt().follow_up_url}" in barcodes(rendered["receipt"])


def test_every_survey_page_carries_the_form_number(rendered: dict[str, bytes], barcodes: Barcodes) -> None:
    for page in (1, 2):
        assert barcodes(rendered["survey"], page=page) == [f"CODE-128:{samples.SURVEY_FORM_NUMBER}"]


def test_a_receipt_with_many_services_grows_the_roll_and_stays_one_page(pdf_facts: Facts) -> None:
    one = replace(samples.receipt(), services=samples.receipt().services[:1])
    many = replace(
        samples.receipt(),
        services=tuple(ServiceLine(service.name, service.agency) for service in samples.SERVICES),
    )
    short, long = pdf_facts(render_receipt(one)), pdf_facts(render_receipt(many))
    assert long.pages == short.pages == 1
    assert long.height_pt > short.height_pt + 60 * mm


def test_rendering_is_deterministic(rendered: dict[str, bytes]) -> None:
    assert render_receipt(samples.receipt()) == rendered["receipt"]


def test_a_survey_for_another_district_and_number(barcodes: Barcodes) -> None:
    number = survey_form_number("1001", 2570, 999_999)
    data = SurveyFormData(samples.DISTRICT, ("งานขึ้นทะเบียนผู้ว่างงาน",) * 12, number)
    pdf = render_survey_form(data)
    assert number == "S-1001-70-999999"
    assert f"CODE-128:{number}" in barcodes(pdf, page=1)


def test_a_printout_refuses_an_unmasked_citizen_id() -> None:
    with pytest.raises(ValueError, match="masked"):
        replace(samples.receipt(), citizen_id_masked="1-3501-00012-34-6")


def test_a_printout_refuses_a_tracking_number_with_a_wrong_check_character() -> None:
    with pytest.raises(InvalidTrackingNumber):
        replace(samples.receipt(), tracking_number="3501-1-69-00042-4")


@pytest.mark.parametrize("number", ["S-3501-69-123", "3501-69-000123", "S-35O1-69-000123"])
def test_survey_form_numbers_have_one_shape(number: str) -> None:
    with pytest.raises(ValueError, match="S-3501-69-000123"):
        SurveyFormData(samples.DISTRICT, (), number)


def test_receipt_data_needs_four_phone_digits_and_a_service() -> None:
    base = samples.receipt()
    with pytest.raises(ValueError, match="four digits"):
        replace(base, phone_last4="56789")
    with pytest.raises(ValueError, match="at least one service"):
        ReceiptData(
            base.district, base.tracking_number, datetime(2026, 1, 1), (), "", "", "", "1234", "x" * 13, "u"
        )


def test_the_monthly_report_without_respondents_or_district_renders(pdf_facts: Facts) -> None:
    data = samples.monthly_report()
    data["satisfaction"] = {
        "respondents": 0,
        "items": dict.fromkeys(data["satisfaction"]["items"]),
        "groups": dict.fromkeys(data["satisfaction"]["groups"]),
        "score": None,
        "percent": None,
    }
    del data["district"], data["month"]
    assert pdf_facts(render_monthly_report(data)).pages >= 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("period"), "period"),
        (lambda d: d["satisfaction"]["items"].update(q1_1=7.5), "1-5"),
        (lambda d: d.update(visits="many"), "many"),
    ],
)
def test_malformed_report_data_is_refused_with_a_message(change: object, message: str) -> None:
    data = samples.monthly_report()
    change(data)  # type: ignore[operator]
    with pytest.raises(ReportDataError) as raised:
        render_monthly_report(data)
    assert message in raised.value.message("en")
