"""The words of the counter: what happened to a service, why it failed, what comes next, where a request stands.

Values are stored in events and read models, so they never change; labels are bilingual :class:`Text`, and the
Thai ones are what receipts and reports print. :func:`request_status_for` is the one rule that decides which
outcomes leave the citizen waiting for something (a request with a tracking number) and which are final.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from kiosk.i18n import Text


class Outcome(StrEnum):
    """What the officer achieved for one e-Service during the visit (seed 001 §2.2, the three service groups)."""

    COMPLETED = "completed"
    """Done on the spot: nothing more to wait for (group 3: the agency issued the result online)."""
    SUBMITTED = "submitted"
    """Submitted online; the agency still has to decide or act (group 1)."""
    PAID = "paid"
    """Submitted and paid online; the agency still sends the documents (group 2, e.g. car tax)."""
    FAILED = "failed"
    """Could not be completed; :class:`FailureReason` says why."""

    @property
    def label(self) -> Text:
        return _OUTCOME_LABELS[self]


class FailureReason(StrEnum):
    SITE_DOWN = "site_down"
    MISSING_DOCUMENTS = "missing_documents"
    NOT_ELIGIBLE = "not_eligible"
    CITIZEN_LEFT = "citizen_left"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return _REASON_LABELS[self]


class NextStep(StrEnum):
    NONE = "none"
    PICKUP = "pickup"
    """Collect the documents at the district on an appointed date (seed 001 §2.2: the district may hold them)."""
    POST = "post"
    ONLINE = "online"

    @property
    def label(self) -> Text:
        return _NEXT_STEP_LABELS[self]


class RequestStatus(StrEnum):
    """Where a request stands (seed 000's operation history, seed 002's four statuses, plus the two endings)."""

    RECEIVED = "received"
    SENT = "sent"
    IN_PROGRESS = "in_progress"
    APPOINTMENT = "appointment"
    DONE = "done"
    FAILED = "failed"

    @property
    def label(self) -> Text:
        return _STATUS_LABELS[self]

    @property
    def final(self) -> bool:
        """Nothing more is expected; the completion date is set and it leaves the follow-up counts."""
        return self in (RequestStatus.DONE, RequestStatus.FAILED)


_OUTCOME_LABELS: Mapping[Outcome, Text] = {
    Outcome.COMPLETED: Text("เสร็จสิ้น ณ จุดบริการ", "Completed on the spot"),
    Outcome.SUBMITTED: Text("ยื่นเรื่องแล้ว รอหน่วยงานดำเนินการ", "Submitted, waiting for the agency"),
    Outcome.PAID: Text("ชำระเงินแล้ว รอเอกสารจากหน่วยงาน", "Paid, waiting for the documents"),
    Outcome.FAILED: Text("ดำเนินการไม่สำเร็จ", "Could not complete"),
}
_REASON_LABELS: Mapping[FailureReason, Text] = {
    FailureReason.SITE_DOWN: Text("เว็บไซต์ของหน่วยงานใช้งานไม่ได้", "The agency's site is down"),
    FailureReason.MISSING_DOCUMENTS: Text("เอกสารไม่ครบ", "Missing documents"),
    FailureReason.NOT_ELIGIBLE: Text("ไม่เข้าเงื่อนไข / ไม่มีสิทธิ์", "Not eligible"),
    FailureReason.CITIZEN_LEFT: Text("ผู้รับบริการกลับไปก่อน", "The citizen left"),
    FailureReason.OTHER: Text("อื่น ๆ", "Other"),
}
_NEXT_STEP_LABELS: Mapping[NextStep, Text] = {
    NextStep.NONE: Text("ไม่มี", "None"),
    NextStep.PICKUP: Text("มารับเอกสารที่อำเภอ", "Pick up the documents at the district"),
    NextStep.POST: Text("หน่วยงานส่งเอกสารทางไปรษณีย์", "The agency sends the documents by post"),
    NextStep.ONLINE: Text("ติดตามสถานะทางออนไลน์", "Track the status online"),
}
_STATUS_LABELS: Mapping[RequestStatus, Text] = {
    RequestStatus.RECEIVED: Text("รับเรื่อง", "Received"),
    RequestStatus.SENT: Text("ส่งหน่วยงานแล้ว", "Sent to the agency"),
    RequestStatus.IN_PROGRESS: Text("กำลังดำเนินการ", "In progress"),
    RequestStatus.APPOINTMENT: Text("นัดรับเอกสาร", "Documents ready for pick-up"),
    RequestStatus.DONE: Text("เสร็จสิ้น", "Done"),
    RequestStatus.FAILED: Text("ไม่สำเร็จ", "Unsuccessful"),
}


def request_status_for(
    outcome: Outcome, reason: FailureReason | None, next_step: NextStep
) -> RequestStatus | None:
    """The status a new request starts in, or None when the outcome is final and no request is needed.

    * completed on the spot: final;
    * submitted or paid: the agency still owes the citizen something - "sent to the agency", or "pick-up" when
      the officer already gave the citizen a date to collect the documents at the district;
    * could not complete because the agency's site was down: the counter keeps the request ("received") and
      submits it when the site is back, so a dead connection never sends a citizen home empty-handed;
    * could not complete for any other reason (missing documents, not eligible, left): final; the citizen
      comes back as a new visit.
    """
    if outcome is Outcome.COMPLETED:
        return None
    if outcome is Outcome.FAILED:
        return RequestStatus.RECEIVED if reason is FailureReason.SITE_DOWN else None
    return RequestStatus.APPOINTMENT if next_step is NextStep.PICKUP else RequestStatus.SENT
