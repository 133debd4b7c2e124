"""Realistic sample inputs for every document: ``forms render KIND --sample``, the previews and the tests.

The district is Mueang Yasothon and the services come from the Yasothon example in the OPDC manual (seed 001).
The people are invented; the citizen ID is masked as every printout must have it. The monthly report sample has
exactly the shape of ``report monthly --json`` (issue 6) plus the ``district`` and ``month`` fields the printout
adds, and its page says SAMPLE.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from forms.data import (
    DistrictHeader,
    PosterData,
    PosterService,
    QuestionnaireData,
    ReceiptData,
    RequestFormData,
    ServiceLine,
    SurveyFormData,
    survey_form_number,
)
from kiosk.cid import mask_cid

TRACKING_NUMBER = "3501-1-69-00042-3"
TRACKING_BARCODE = "3501169000423"
# Invented, and masked the way every screen and printout shows an ID.
CITIZEN_ID_MASKED = mask_cid("1350100012346")
SURVEY_FORM_NUMBER = survey_form_number("3501", 2569, 123)

DISTRICT = DistrictHeader(
    centre_name="ศูนย์ดำรงธรรมอำเภอเมืองยโสธร",
    district="เมืองยโสธร",
    province="ยโสธร",
    phone="045-712-345",
    address="ที่ว่าการอำเภอเมืองยโสธร ถนนแจ้งสนิท ตำบลในเมือง อำเภอเมืองยโสธร จังหวัดยโสธร 35000",
)

SERVICES = (
    PosterService(
        agency="สำนักงานประกันสังคมจังหวัดยโสธร",
        name="งานขึ้นทะเบียนผู้ประกันตนตามมาตรา 40",
        service_url="https://www.sso.go.th/section40_regist/",
        manual_url="https://www.sso.go.th/wpr/assets/upload/files_storage/section40_manual.pdf",
        coordinator="นางสาวศิริพร ทองดี",
        coordinator_phone="045-711-023",
    ),
    PosterService(
        agency="สำนักงานจัดหางานจังหวัดยโสธร",
        name="งานขึ้นทะเบียนผู้ว่างงาน",
        service_url="https://empui.doe.go.th/auth/index",
        manual_url="https://empui.doe.go.th/manual.pdf",
        coordinator="นายธนากร สุขประเสริฐ",
        coordinator_phone="045-714-561",
    ),
    PosterService(
        agency="สำนักงานปศุสัตว์จังหวัดยโสธร",
        name="งานแจ้งโรคระบาดสัตว์",
        service_url="https://newemove.dld.go.th/req",
        coordinator="นายสมชาย ใจมั่น",
        coordinator_phone="045-712-440",
    ),
    PosterService(
        agency="สถานีพัฒนาที่ดินยโสธร",
        name="งานขอรับสารเร่ง พด. หญ้าแฝก และเมล็ดพันธุ์พืชปุ๋ยสด",
        service_url="http://sql.ddd.go.th/service/",
        coordinator="นางวิไลวรรณ ศรีสุข",
        coordinator_phone="045-756-118",
    ),
    PosterService(
        agency="การไฟฟ้าส่วนภูมิภาคจังหวัดยโสธร",
        name="งานขอใช้ไฟฟ้าในเขตต่างจังหวัด",
        service_url="https://peacos.pea.co.th/",
        manual_url="https://peacos.pea.co.th/manual/peacos-user-manual.pdf",
        coordinator="นายประเสริฐ วงศ์คำ",
        coordinator_phone="045-711-370",
    ),
    PosterService(
        agency="การประปาส่วนภูมิภาคสาขายโสธร",
        name="งานขอใช้น้ำประปาในเขตต่างจังหวัด",
        service_url="https://customer-application.pwa.co.th/register-service/add",
        manual_url="https://customer-application.pwa.co.th/register-service/download/register-service-user-manual.pdf",
        coordinator="นางสาวกมลชนก พรหมมา",
        coordinator_phone="045-711-255",
    ),
    PosterService(
        agency="สำนักงานคลังจังหวัดยโสธร",
        name="งานลงทะเบียนผู้ค้ากับภาครัฐ",
        service_url="https://process3.gprocurement.go.th/EGPWeb/jsp/control.proc",
        manual_url="https://hmc.co.th/register_billdoc.pdf",
        coordinator="นางรัชนี บุญมา",
        coordinator_phone="045-714-007",
    ),
    PosterService(
        agency="ขนส่งจังหวัดยโสธร",
        name="งานจองคิวทำใบขับขี่",
        service_url="https://gecc.dlt.go.th:4449/web_booking/page/",
        coordinator="นายวีระพงษ์ แสงทอง",
        coordinator_phone="045-720-199",
    ),
)


def receipt() -> ReceiptData:
    return ReceiptData(
        district=DISTRICT,
        tracking_number=TRACKING_NUMBER,
        issued_at=datetime(2026, 11, 22, 14, 5),
        services=(
            ServiceLine(SERVICES[0].name, SERVICES[0].agency),
            ServiceLine(SERVICES[1].name, SERVICES[1].agency),
        ),
        status="ส่งคำร้องแล้ว รอหน่วยงานพิจารณา",
        next_step="สำนักงานประกันสังคมจะแจ้งผลทาง SMS ภายใน 7 วันทำการ นำบัตรประชาชนมารับเอกสารที่ศูนย์ฯ",
        officer_name="นางสาวพัชรี เทพบุญ",
        phone_last4="5678",
        citizen_id_masked=CITIZEN_ID_MASKED,
        follow_up_url=f"https://eservice.yasothon.go.th/track/{TRACKING_BARCODE}",
    )


def request_form() -> RequestFormData:
    return RequestFormData(
        district=DISTRICT,
        request_number=TRACKING_NUMBER,
        submitted_at=datetime(2026, 11, 22, 14, 5),
        service=ServiceLine(SERVICES[4].name, SERVICES[4].agency),
        officer_name="นางสาวพัชรี เทพบุญ",
        citizen_name="นางบุญเรือน ศรีสวัสดิ์วงศ์ไพบูลย์",
        citizen_id_masked=CITIZEN_ID_MASKED,
        phone="081-234-5678",
        address="บ้านเลขที่ 49/2 หมู่ที่ 5 บ้านหนองหินโนนสะอาดพัฒนา ตำบลหนองหิน อำเภอเมืองยโสธร จังหวัดยโสธร 35000",
        subject="ขอติดตั้งมิเตอร์ไฟฟ้าใหม่สำหรับบ้านพักอาศัย",
        details=(
            "ผู้ยื่นคำร้องปลูกสร้างบ้านพักอาศัยหลังใหม่ในที่ดินของตนเอง ห่างจากเสาไฟฟ้าต้นสุดท้ายประมาณ 120 เมตร "
            "ประสงค์ขอติดตั้งมิเตอร์ไฟฟ้าขนาด 15(45) แอมแปร์ 1 เฟส พร้อมขยายเขตระบบจำหน่ายไฟฟ้า "
            "ได้แนบสำเนาโฉนดที่ดินและแผนที่แสดงตำแหน่งบ้านมาพร้อมนี้แล้ว"
        ),
        status="ส่งคำร้อง",
        location="แปลงที่ดินโฉนดเลขที่ 12345 หมู่ที่ 5 ตำบลหนองหิน อำเภอเมืองยโสธร (ติดถนนลาดยางสายหนองหิน-ทุ่งแต้)",
        attachments=("สำเนาโฉนดที่ดิน.pdf", "แผนที่ตั้งบ้าน.jpg", "ภาพถ่ายบ้าน.jpg"),
    )


def survey_form() -> SurveyFormData:
    return SurveyFormData(
        district=DISTRICT,
        offered_services=tuple(service.name for service in SERVICES),
        form_number=SURVEY_FORM_NUMBER,
    )


def questionnaire() -> QuestionnaireData:
    return QuestionnaireData(district=DISTRICT, opened_on=date(2026, 2, 14), fiscal_year_be=2569)


def poster() -> PosterData:
    return PosterData(
        district=DISTRICT,
        services=SERVICES,
        since=date(2026, 2, 14),
        portal_url="http://www.yasothon.go.th/web/manage/yasothon_e-service1ok.html",
        contact="กลุ่มงานศูนย์ดำรงธรรมจังหวัด สำนักงานจังหวัดยโสธร สายด่วน 1567",
    )


def monthly_report() -> dict[str, Any]:
    """A month of a busy district, in the JSON shape of ``report monthly --json`` plus district and month."""
    items = {
        "q1_1": 4.4,
        "q1_2": 3.9,
        "q1_3": 4.1,
        "q2_1": 4.2,
        "q2_2": 4.4,
        "q2_3": 4.0,
        "q3_1": 4.1,
        "q3_2": 4.0,
        "q3_3": 3.9,
        "q4": 4.3,
    }
    groups = {"process": 4.1333, "staff": 4.2, "facilities": 4.0, "overall": 4.3}
    score = (groups["process"] + groups["staff"] + groups["facilities"] + groups["overall"]) / 4
    return {
        "district": {
            "centre": DISTRICT.centre_name,
            "district": DISTRICT.district,
            "province": DISTRICT.province,
        },
        "month": "พฤศจิกายน 2569",
        "period": {"start": "2026-11-01", "end": "2026-11-30"},
        "visits": 96,
        "unique_citizens": 88,
        "per_service": [
            {"service": SERVICES[0].name, "agency": SERVICES[0].agency, "visits": 31},
            {"service": SERVICES[1].name, "agency": SERVICES[1].agency, "visits": 24},
            {"service": SERVICES[4].name, "agency": SERVICES[4].agency, "visits": 15},
            {"service": SERVICES[5].name, "agency": SERVICES[5].agency, "visits": 11},
            {"service": SERVICES[7].name, "agency": SERVICES[7].agency, "visits": 9},
            {"service": SERVICES[2].name, "agency": SERVICES[2].agency, "visits": 6},
        ],
        "satisfaction": {
            "respondents": 75,
            "items": items,
            "groups": groups,
            "score": round(score, 4),
            "percent": round(score * 20, 2),
        },
        "problems": [
            "สัญญาณอินเทอร์เน็ตขัดข้องช่วงบ่าย ทำให้ต้องรอนาน",
            "ผู้สูงอายุหลายรายจำรหัสผ่านเว็บไซต์ของหน่วยงานไม่ได้",
        ],
        "suggestions": [
            "ควรเพิ่มงานบริการชำระค่าน้ำประปาและค่าไฟฟ้า",
            "อยากให้มีเจ้าหน้าที่ประจำจุดบริการช่วงพักเที่ยง",
        ],
    }
