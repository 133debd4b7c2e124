"""Citizen satisfaction exactly by the OPDC method of seed 001, in exact fractions.

1. each item's mean over the respondents who answered it (a skipped item is left out of that item's mean only);
2. each main issue's score = the mean of its items' means (process 1.1–1.3, staff 2.1–2.3, facilities 3.1–3.3;
   the fourth issue, overall satisfaction, is item 4 alone);
3. the overall score = the mean of the four issue scores;
4. percent = overall score x 20 (5 points = 100 %).

An issue nobody rated has no score and is left out of step 3, the way step 1 leaves out a skipped item. The
arithmetic is done in :class:`fractions.Fraction` so the result does not depend on the order of the responses and
matches a hand calculation to the last digit; rounding is for display only.

The seed's worked example prints 3.70 for item 1.1 from 330 points over 75 respondents; 330/75 is 4.40. The
tests reproduce the example from the counts, not from the printed mean.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from kiosk.survey.model import GROUPS, RATING_KEYS

PERCENT_PER_POINT = 20


@dataclass(frozen=True)
class ItemTally:
    total: int
    """The sum of the ratings given."""
    answered: int
    """How many respondents rated the item."""

    @property
    def mean(self) -> Fraction | None:
        return Fraction(self.total, self.answered) if self.answered else None


def _mean(values: Iterable[Fraction | None]) -> Fraction | None:
    present = [value for value in values if value is not None]
    return sum(present, Fraction(0)) / len(present) if present else None


@dataclass(frozen=True)
class Satisfaction:
    respondents: int
    items: Mapping[str, Fraction | None]
    groups: Mapping[str, Fraction | None]
    score: Fraction | None
    answered: Mapping[str, int]

    @property
    def percent(self) -> Fraction | None:
        return None if self.score is None else self.score * PERCENT_PER_POINT

    def to_json(self) -> dict[str, object]:
        """Means as floats, unrounded (round for display only); ``None`` where nobody answered."""

        def number(value: Fraction | None) -> float | None:
            return None if value is None else float(value)

        return {
            "respondents": self.respondents,
            "items": {key: number(self.items[key]) for key in RATING_KEYS},
            "groups": {group.key: number(self.groups[group.key]) for group in GROUPS},
            "score": number(self.score),
            "percent": number(self.percent),
            "answered": {key: self.answered.get(key, 0) for key in RATING_KEYS},
        }


def from_item_means(
    items: Mapping[str, Fraction | None], *, respondents: int = 0, answered: Mapping[str, int] | None = None
) -> Satisfaction:
    """Steps 2–4 from the item means (step 1 already done)."""
    means = {key: items.get(key) for key in RATING_KEYS}
    groups = {group.key: _mean(means[item.key] for item in group.items) for group in GROUPS}
    return Satisfaction(
        respondents=respondents,
        items=means,
        groups=groups,
        score=_mean(groups.values()),
        answered=dict(answered or {}),
    )


def from_tallies(tallies: Mapping[str, ItemTally], respondents: int) -> Satisfaction:
    empty = ItemTally(0, 0)
    return from_item_means(
        {key: tallies.get(key, empty).mean for key in RATING_KEYS},
        respondents=respondents,
        answered={key: tallies.get(key, empty).answered for key in RATING_KEYS},
    )


def tally(responses: Iterable[Mapping[str, int | None]]) -> tuple[dict[str, ItemTally], int]:
    """Per-item sums and counts, and the number of respondents (responses with at least one rating)."""
    totals = dict.fromkeys(RATING_KEYS, 0)
    counts = dict.fromkeys(RATING_KEYS, 0)
    respondents = 0
    for response in responses:
        rated = False
        for key in RATING_KEYS:
            value = response.get(key)
            if value is not None:
                totals[key] += value
                counts[key] += 1
                rated = True
        respondents += rated
    return {key: ItemTally(totals[key], counts[key]) for key in RATING_KEYS}, respondents


def satisfaction_of(responses: Iterable[Mapping[str, int | None]]) -> Satisfaction:
    """The whole method over in-memory responses (the SQL path in :mod:`kiosk.statistics.survey` agrees)."""
    tallies, respondents = tally(responses)
    return from_tallies(tallies, respondents)
