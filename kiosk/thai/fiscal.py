"""The Thai government fiscal year: 1 October to 30 September, named by the B.E. year in which it ends.

So fiscal year 2570 runs from 1 October 2569 B.E. (2026 CE) to 30 September 2570 B.E. (2027 CE).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.thai.dates import be_year, ce_year


@dataclass(frozen=True, order=True)
class FiscalYear:
    be: int

    @property
    def start(self) -> date:
        return date(ce_year(self.be) - 1, 10, 1)

    @property
    def end(self) -> date:
        """The last day (inclusive)."""
        return date(ce_year(self.be), 9, 30)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def months(self) -> list[tuple[int, int]]:
        """(CE year, month) of its twelve months, October first."""
        first = ce_year(self.be) - 1
        return [(first, m) for m in (10, 11, 12)] + [(first + 1, m) for m in range(1, 10)]

    def label(self) -> str:
        return f"ปีงบประมาณ พ.ศ. {self.be}"


def fiscal_year_of(day: date) -> FiscalYear:
    year = day.year + 1 if day.month >= 10 else day.year
    return FiscalYear(be_year(year))
