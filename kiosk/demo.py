"""Sample data for demo mode and officer training: a district, two officers and the Yasothon services.

The demo district is fictional in its details but shaped like a real one (seed 001's Yasothon example provides the
offered services with their coordinators). Demo passwords are printed on the login screen in demo mode only.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from kiosk.catalog import load_demo_offered
from kiosk.district import District, load_district, save_district
from kiosk.offered import OfferedChoice, set_offered
from kiosk.officers import Role, create_officer, officer_count

DEMO_PASSWORD = "demo1234"
DEMO_SUPERVISOR = "supervisor"
DEMO_OFFICER = "officer"

DEMO_DISTRICT = District(
    province="ยโสธร",
    district="เมืองยโสธร",
    centre_name="ศูนย์ดำรงธรรมอำเภอเมืองยโสธร",
    dopa_code="3501",
    counter_code="1",
    address="ที่ว่าการอำเภอเมืองยโสธร ถนนแจ้งสนิท ตำบลในเมือง อำเภอเมืองยโสธร จังหวัดยโสธร 35000",
    phone="045-711-111",
)


def seed_demo(session: Session) -> bool:
    """Fill an empty data directory with the demo district; returns False if it was not empty."""
    if load_district(session) is not None or officer_count(session) > 0:
        return False
    save_district(session, DEMO_DISTRICT, by=None)
    supervisor = create_officer(
        session,
        username=DEMO_SUPERVISOR,
        full_name="นางสาวมาลี ใจดี",
        password=DEMO_PASSWORD,
        role=Role.SUPERVISOR,
    )
    create_officer(
        session,
        username=DEMO_OFFICER,
        full_name="นายสมชาย รักงาน",
        password=DEMO_PASSWORD,
        role=Role.OFFICER,
        created_by=supervisor.id,
    )
    choices = [
        OfferedChoice(
            service_key=item.service_key,
            coordinator_name=item.coordinator_name or "",
            coordinator_phone=item.coordinator_phone or "",
            manual_link=item.manual_link or "",
        )
        for item in load_demo_offered()
    ]
    set_offered(session, choices, by=supervisor.id)
    return True
