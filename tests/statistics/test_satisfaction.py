"""The OPDC satisfaction formula (seed 001) on hand-made data, its worked example, and its invariants."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.statistics.satisfaction import ItemTally, from_item_means, from_tallies, satisfaction_of, tally
from kiosk.survey.model import RATING_KEYS

F = Fraction


def test_seed_item_1_1_from_its_counts_is_4_40_not_the_printed_3_70() -> None:
    # Seed 001: 75 respondents, 36 x 5, 33 x 4, 6 x 3 -> 330 points.
    responses = [{"q1_1": 5}] * 36 + [{"q1_1": 4}] * 33 + [{"q1_1": 3}] * 6
    tallies, respondents = tally(responses)
    assert respondents == 75
    assert tallies["q1_1"] == ItemTally(total=330, answered=75)
    assert tallies["q1_1"].mean == F(22, 5)
    assert satisfaction_of(responses).items["q1_1"] == F(22, 5) != F(37, 10)


SEED_MEANS = {
    "q1_2": F(39, 10),
    "q1_3": F(41, 10),
    "q2_1": F(42, 10),
    "q2_2": F(44, 10),
    "q2_3": F(40, 10),
    "q3_1": F(41, 10),
    "q3_2": F(40, 10),
    "q3_3": F(39, 10),
    "q4": F(43, 10),
}


def test_seed_steps_2_to_4_reproduce_the_printed_arithmetic() -> None:
    # With the seed's own (mis-printed) 3.70 for 1.1 the method gives exactly its 3.90, 4.20, 4.00, 4.10 and 82.00.
    result = from_item_means({"q1_1": F(37, 10), **SEED_MEANS})
    assert result.groups == {
        "process": F(39, 10),
        "staff": F(42, 10),
        "facilities": F(4),
        "overall": F(43, 10),
    }
    assert result.score == F(41, 10)
    assert result.percent == 82


def test_seed_example_with_the_correct_item_1_1() -> None:
    result = from_item_means({"q1_1": F(22, 5), **SEED_MEANS})
    assert result.groups["process"] == (F(22, 5) + F(39, 10) + F(41, 10)) / 3 == F(62, 15)
    assert result.score == (F(62, 15) + F(42, 10) + F(4) + F(43, 10)) / 4 == F(499, 120)
    assert result.percent == F(499, 6)
    assert round(float(result.percent), 2) == 83.17


def test_hand_made_responses_with_skipped_items() -> None:
    responses = [
        {
            "q1_1": 5,
            "q1_2": 4,
            "q1_3": 3,
            "q2_1": 5,
            "q2_2": 5,
            "q2_3": 4,
            "q3_1": 3,
            "q3_2": 4,
            "q3_3": 5,
            "q4": 4,
        },
        {
            "q1_1": 4,
            "q1_2": None,
            "q1_3": 3,
            "q2_1": 4,
            "q2_2": 5,
            "q2_3": 4,
            "q3_1": 2,
            "q3_2": 4,
            "q3_3": 5,
            "q4": 5,
        },
        {"q1_1": 3, "q2_1": 3, "q4": 3},
    ]
    result = satisfaction_of(responses)
    # A skipped item is left out of that item's mean only: 1.2 was answered once (4), 3.3 twice (5, 5).
    assert result.items["q1_2"] == 4
    assert result.items["q1_1"] == 4 and result.items["q1_3"] == 3
    assert result.answered["q1_2"] == 1 and result.answered["q4"] == 3
    assert result.groups["process"] == F(11, 3)
    assert result.groups["staff"] == (F(4) + F(5) + F(4)) / 3
    assert result.groups["facilities"] == (F(5, 2) + F(4) + F(5)) / 3
    assert result.groups["overall"] == 4
    expected = (F(11, 3) + F(13, 3) + F(23, 6) + 4) / 4
    assert result.score == expected
    assert result.percent == expected * 20
    assert result.respondents == 3


def test_nobody_answered_gives_nulls_not_zeros() -> None:
    result = from_tallies({}, 0)
    assert all(value is None for value in result.items.values())
    assert all(value is None for value in result.groups.values())
    assert result.score is None and result.percent is None
    json = result.to_json()
    assert json["score"] is None and json["percent"] is None and json["respondents"] == 0


def test_an_issue_nobody_rated_is_left_out_of_the_overall_score() -> None:
    result = satisfaction_of([{"q1_1": 5, "q4": 3}])
    assert result.groups == {"process": 5, "staff": None, "facilities": None, "overall": 3}
    assert result.score == 4 and result.percent == 80


def test_json_carries_unrounded_floats() -> None:
    result = from_item_means({"q1_1": F(22, 5), **SEED_MEANS}).to_json()
    assert result["score"] == float(F(499, 120))
    assert result["percent"] == float(F(499, 6))
    assert set(result["items"]) == set(RATING_KEYS)  # type: ignore[arg-type]


rating = st.one_of(st.none(), st.integers(min_value=1, max_value=5))
response = st.fixed_dictionaries(dict.fromkeys(RATING_KEYS, rating)).filter(
    lambda r: any(v is not None for v in r.values())
)


@given(st.lists(response, min_size=1, max_size=40), st.randoms(use_true_random=False))
def test_scores_stay_on_the_scale_and_ignore_response_order(
    responses: list[dict[str, int | None]], rnd: random.Random
) -> None:
    result = satisfaction_of(responses)
    for value in (*result.items.values(), *result.groups.values(), result.score):
        assert value is None or 1 <= value <= 5
    assert result.score is not None and result.percent is not None
    assert 20 <= result.percent <= 100
    shuffled = list(responses)
    rnd.shuffle(shuffled)
    assert satisfaction_of(shuffled) == result
    assert result.respondents == len(responses)


@given(st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=30))
def test_everyone_giving_the_same_answers_scores_that_answer(ratings: list[int]) -> None:
    level = ratings[0]
    result = satisfaction_of([dict.fromkeys(RATING_KEYS, level)] * len(ratings))
    assert result.score == level and result.percent == level * 20


@pytest.mark.parametrize("level", [1, 5])
def test_the_extremes_are_20_and_100_percent(level: int) -> None:
    assert satisfaction_of([dict.fromkeys(RATING_KEYS, level)]).percent == level * 20
