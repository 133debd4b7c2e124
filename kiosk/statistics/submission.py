"""Whether a month's report went to the province, and when it was due.

Seed 001 (the Yasothon example): districts send the province their monthly report "every 30th of the month". The
due date of a month's report is therefore the 30th of that month; February has no 30th, so its report is due on
its last day. Only a supervisor, who signs the report, may mark it as sent; the mark is kept once (the first
submission is the one that counts for lateness) and travels to the province as an event.
"""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.clock import now_utc, to_local
from kiosk.db.models import ReportSubmission
from kiosk.errors import KioskError
from kiosk.events import append_event
from kiosk.i18n import Text
from kiosk.officers import OfficerInfo
from kiosk.statistics.period import Period, PeriodKind
from kiosk.thai.dates import format_thai_date

DUE_DAY = 30
EVENT_KIND = "report.submitted"
STREAM_TYPE = "monthly_report"


class SubmissionRefused(KioskError):
    pass


def due_date(period: Period) -> date:
    if period.kind is not PeriodKind.MONTH:
        raise ValueError("only monthly reports have a due date")
    year, month = period.start.year, period.start.month
    return date(year, month, min(DUE_DAY, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class SubmissionState:
    month: str
    due: date
    submitted_at: datetime | None
    officer_id: str | None
    today: date

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None

    @property
    def overdue(self) -> bool:
        """Not sent and the due date has passed."""
        return self.submitted_at is None and self.today > self.due

    @property
    def late(self) -> bool:
        """Sent, but after the due date (local time)."""
        return self.submitted_at is not None and to_local(self.submitted_at).date() > self.due

    def to_json(self) -> dict[str, object]:
        return {
            "month": self.month,
            "due": self.due.isoformat(),
            "submitted_at": self.submitted_at.isoformat() if self.submitted_at else None,
            "overdue": self.overdue,
            "late": self.late,
        }


def submission_state(session: Session, period: Period, today: date) -> SubmissionState:
    row = session.get(ReportSubmission, period.month_key)
    return SubmissionState(
        month=period.month_key,
        due=due_date(period),
        submitted_at=row.submitted_at if row else None,
        officer_id=row.officer_id if row else None,
        today=today,
    )


def _stream_id(month: str) -> str:
    """One stream per month, the same on every reinstall, so the server folds repeated marks together."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"damrongdham:monthly-report:{month}"))


def mark_submitted(
    session: Session, period: Period, officer: OfficerInfo, *, at: datetime | None = None
) -> SubmissionState:
    moment = at or now_utc()
    today = to_local(moment).date()
    if not officer.is_supervisor:
        raise SubmissionRefused(
            Text("เฉพาะหัวหน้า (ปลัดอำเภอ) บันทึกการส่งรายงานได้", "Only a supervisor can mark a report as sent."),
        )
    if period.start > today:
        raise SubmissionRefused(
            Text("ยังไม่ถึงเดือนของรายงานนี้", "That month has not started yet."),
        )
    existing = session.get(ReportSubmission, period.month_key)
    if existing is not None:
        sent_on = format_thai_date(to_local(existing.submitted_at).date())
        raise SubmissionRefused(
            Text(
                f"รายงานเดือนนี้บันทึกว่าส่งแล้วเมื่อ {sent_on}", f"This month's report was marked sent on {sent_on}."
            ),
        )
    session.add(ReportSubmission(month=period.month_key, submitted_at=moment, officer_id=officer.id))
    session.flush()
    append_event(
        session,
        stream_type=STREAM_TYPE,
        stream_id=_stream_id(period.month_key),
        kind=EVENT_KIND,
        payload={"month": period.month_key, "due": due_date(period).isoformat()},
        officer_id=officer.id,
        occurred_at=moment,
    )
    audit.record(session, officer.id, "report.submitted", target=period.month_key)
    return submission_state(session, period, today)
