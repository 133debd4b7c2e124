from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.db import Store
from kiosk.db.models import TrackingSequence
from kiosk.tracking import (
    InvalidTrackingNumber,
    SequenceExhausted,
    TrackingNumber,
    issue_tracking_number,
    parse_tracking_number,
)

numbers = st.builds(
    TrackingNumber,
    district_code=st.from_regex(r"\A[0-9]{4}\Z"),
    counter=st.sampled_from("123456789"),
    year_be=st.integers(2500, 2599),
    sequence=st.integers(1, 99_999),
)


def test_example_format() -> None:
    number = TrackingNumber("3501", "1", 2569, 42)
    assert number.display == "3501-1-69-00042-3"
    assert number.compact == "3501169000423"
    assert len(number.compact) == 13


@given(numbers)
def test_round_trip_through_every_typed_form(number: TrackingNumber) -> None:
    for typed in (number.display, number.compact, number.display.lower(), " ".join(number.compact)):
        assert parse_tracking_number(typed) == number


@given(numbers, st.data())
def test_any_single_wrong_character_is_rejected(number: TrackingNumber, data: st.DataObject) -> None:
    compact = number.compact
    position = data.draw(st.integers(0, len(compact) - 1))
    wrong = data.draw(st.sampled_from([c for c in string.digits + "X" if c != compact[position]]))
    typed = compact[:position] + wrong + compact[position + 1 :]
    with pytest.raises(InvalidTrackingNumber):
        parse_tracking_number(typed)


@given(numbers, st.data())
def test_any_adjacent_swap_is_rejected(number: TrackingNumber, data: st.DataObject) -> None:
    compact = number.compact
    position = data.draw(st.integers(0, len(compact) - 2))
    if compact[position] == compact[position + 1]:
        return
    typed = compact[:position] + compact[position + 1] + compact[position] + compact[position + 2 :]
    with pytest.raises(InvalidTrackingNumber):
        parse_tracking_number(typed)


@given(st.text(max_size=30))
def test_garbage_is_rejected_with_a_message(typed: str) -> None:
    try:
        parse_tracking_number(typed)
    except InvalidTrackingNumber as error:
        assert "0000-0-00-00000-X" in error.message("en") or "check character" in error.message("en")


def test_issue_is_sequential_and_per_year(store: Store) -> None:
    with store.write() as session:
        first = issue_tracking_number(session, district_code="3501", counter="2", year_be=2569)
        second = issue_tracking_number(session, district_code="3501", counter="2", year_be=2569)
        next_year = issue_tracking_number(session, district_code="3501", counter="2", year_be=2570)
    assert (first.sequence, second.sequence, next_year.sequence) == (1, 2, 1)
    assert first.compact != second.compact


def test_rolled_back_transaction_does_not_consume_a_number(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write() as session:
        issue_tracking_number(session, district_code="3501", counter="1", year_be=2569)
        raise RuntimeError("crash before commit")
    with store.write() as session:
        number = issue_tracking_number(session, district_code="3501", counter="1", year_be=2569)
    assert number.sequence == 1


def test_exhausted_sequence_is_refused(store: Store) -> None:
    with store.write() as session:
        session.add(TrackingSequence(year_be=2569, last=99_999))
    with pytest.raises(SequenceExhausted), store.write() as session:
        issue_tracking_number(session, district_code="3501", counter="1", year_be=2569)
