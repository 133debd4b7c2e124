"""The district's report for a period as one JSON-ready dict: what ``report monthly --json`` prints, what the
Reports page shows and exports, and what ``forms.monthly_report`` prints.

Keys required by issue 6 — ``period`` {start, end}, ``visits``, ``unique_citizens``, ``per_service`` [{service,
agency, visits}], ``satisfaction`` {respondents, items, groups, score, percent}, ``problems``, ``suggestions`` —
plus ``district`` {centre, district, province} (empty strings before the first-run wizard) and the rest of the
statistics of issue 6 §4. ``period.end`` is the last day, inclusive. Means, scores and percentages are unrounded
floats (``null`` when nobody answered): round them only to display them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.clock import now_utc, to_local
from kiosk.db.models import OfferedService, Service
from kiosk.district import load_district
from kiosk.offered import KPI_MINIMUM
from kiosk.statistics.period import Period, PeriodKind
from kiosk.statistics.submission import submission_state
from kiosk.statistics.survey import SurveyResults, survey_results
from kiosk.statistics.usage import Usage, usage
from kiosk.survey.model import QUESTIONS, SUITABLE_REASONS, Kind

REPORT_FORMAT = 1
"""Bumped when a key changes meaning; readers (forms, the province's tools) can check it."""


def _district(session: Session) -> dict[str, str]:
    district = load_district(session)
    if district is None:
        return {"centre": "", "district": "", "province": "", "dopa_code": ""}
    return {
        "centre": district.centre_name,
        "district": district.district,
        "province": district.province,
        "dopa_code": district.dopa_code,
    }


def _kpi(session: Session) -> dict[str, object]:
    offered = session.scalar(select(func.count()).select_from(OfferedService)) or 0
    return {"offered": offered, "minimum": KPI_MINIMUM, "met": offered >= KPI_MINIMUM}


def _usage_json(found: Usage) -> dict[str, Any]:
    return {
        "visits": found.visits,
        "unique_citizens": found.unique_citizens,
        "repeat_citizens": found.repeat_citizens,
        "per_service": [
            {
                "service": s.service,
                "agency": s.agency,
                "visits": s.visits,
                "key": s.key,
                "category": s.category,
            }
            for s in found.per_service
        ],
        "per_agency": [{"agency": agency, "visits": n} for agency, n in found.per_agency],
        "per_category": [{"category": category, "visits": n} for category, n in found.per_category],
        "outcomes": found.outcomes,
        "service_time": {
            "items": found.service_time.items,
            "mean_s": found.service_time.mean_s,
            "median_s": found.service_time.median_s,
        },
        "per_day": [{"date": day.isoformat(), "visits": n} for day, n in found.per_day],
        "per_weekday": [{"weekday": index, "visits": n} for index, n in enumerate(found.per_weekday)],
        "per_hour": [{"hour": hour, "visits": n} for hour, n in enumerate(found.per_hour)],
    }


def _labelled(counts: dict[str, int], labels: dict[str, str]) -> list[dict[str, object]]:
    return [{"code": code, "label": labels.get(code, code), "count": n} for code, n in counts.items()]


def _choice_labels(key: str) -> dict[str, str]:
    return {choice.code: choice.label.th for choice in QUESTIONS[key].choices}


def _survey_json(session: Session, found: SurveyResults) -> dict[str, Any]:
    service_keys = set(found.demographics.get("services", {}))
    names = session.execute(select(Service.key, Service.name).where(Service.key.in_(service_keys)))
    service_names = {str(row.key): str(row.name) for row in names}
    demographics: dict[str, list[dict[str, object]]] = {}
    for key, counts in found.demographics.items():
        labels = service_names if QUESTIONS[key].kind is Kind.SERVICES else _choice_labels(key)
        demographics[key] = _labelled(counts, labels)
    satisfaction = found.satisfaction.to_json()
    satisfaction["distribution"] = {
        key: {str(level): n for level, n in levels.items()} for key, levels in found.distribution.items()
    }
    return {
        "satisfaction": satisfaction,
        "responses": {"total": found.responses, "by_source": found.by_source},
        "demographics": demographics,
        "suitable": {
            "answers": _labelled(found.suitable, _choice_labels("suitable")),
            "reasons": _labelled(found.suitable_reasons, _choice_labels(SUITABLE_REASONS.key)),
        },
        "problems": found.problems,
        "suggestions": found.suggestions,
        "wanted_services": found.wanted_services,
        "other_answers": found.other_answers,
    }


def build_report(session: Session, period: Period, *, today: date | None = None) -> dict[str, Any]:
    """Everything the district reports for ``period``; works on an empty, never set-up data directory."""
    day = today or to_local(now_utc()).date()
    label = period.label()
    report: dict[str, Any] = {
        "format": REPORT_FORMAT,
        "kind": period.kind.value,
        "month": label.th,
        "label": {"th": label.th, "en": label.en},
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "district": _district(session),
        "generated_at": now_utc().isoformat(),
    }
    report.update(_usage_json(usage(session, period)))
    report.update(_survey_json(session, survey_results(session, period)))
    report["kpi"] = _kpi(session)
    if period.kind is PeriodKind.MONTH:
        report["submission"] = submission_state(session, period, day).to_json()
    return report
