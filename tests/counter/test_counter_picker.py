"""The service picker: the district's services first and busiest first, then relevance over all 325."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.catalog import load_catalog
from kiosk.offered import OfferedRow
from ui.counter.picker import PickerEntry, ServicePicker


def offered(*keys: str) -> list[OfferedRow]:
    catalog = load_catalog()
    return [
        OfferedRow(
            position=position,
            service_key=key,
            category=catalog[key].category.value,
            number=catalog[key].number,
            agency=catalog[key].agency,
            name=catalog[key].name,
            link=catalog[key].link,
            coordinator_name="นางสาวศิริพร ทองดี" if key == "labour-22" else "",
            coordinator_phone="045-711-023" if key == "labour-22" else "",
            manual_link="",
        )
        for position, key in enumerate(keys, start=1)
    ]


@pytest.fixture
def picker(qtbot: QtBot) -> ServicePicker:
    widget = ServicePicker(load_catalog())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def keys(picker: ServicePicker) -> list[str]:
    return [
        str(picker.results.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(picker.results.count())
    ]


def test_an_empty_box_lists_the_offered_services_busiest_first(picker: ServicePicker) -> None:
    picker.set_usage(
        offered("labour-22", "labour-23", "citizen-2"), {"citizen-2": 5, "labour-23": 1, "citizen-9": 40}
    )
    assert keys(picker) == ["citizen-2", "labour-23", "labour-22"]
    assert picker.current() is not None and picker.current().key == "citizen-2"  # type: ignore[union-attr]


def test_typing_searches_everything_with_the_districts_services_first_within_a_kind_of_match(
    picker: ServicePicker,
) -> None:
    picker.set_usage(offered("labour-22", "labour-26"), {"labour-26": 3})
    picker.search.setText("ประกันสังคม")
    found = keys(picker)
    assert found[0] == "citizen-80"  # the name itself says ประกันสังคม: a name match beats an agency match
    assert found[1:3] == ["labour-26", "labour-22"]  # then the agency's services: offered and used, offered
    assert len(found) > 3 and picker.heading.text().startswith(f"{len(found)} ")


@pytest.mark.parametrize(
    ("typed", "expected"), [("สปส", "labour-22"), ("ขนส่ง ใบขับขี่", "citizen-2"), ("นำประปา", "citizen-51")]
)
def test_abbreviations_and_missing_tone_marks(picker: ServicePicker, typed: str, expected: str) -> None:
    picker.set_usage(offered("labour-22", "citizen-2", "citizen-51"), {})
    picker.search.setText(typed)
    assert keys(picker)[0] == expected


def test_details_follow_the_highlight_with_a_qr_code(qtbot: QtBot, picker: ServicePicker) -> None:
    picker.set_usage(offered("labour-23", "labour-22"), {})
    assert picker.name.text() == load_catalog()["labour-23"].name
    assert not picker.qr.pixmap().isNull()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.coordinator.text() == "นางสาวศิริพร ทองดี  045-711-023"
    assert picker.link.text() == load_catalog()["labour-22"].link
    chosen: list[PickerEntry] = []
    picker.chosen.connect(chosen.append)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert [entry.key for entry in chosen] == ["labour-22"]


def test_an_entry_without_a_link_says_so(picker: ServicePicker) -> None:
    picker.search.setText("ขอใบเบิกทาง")
    assert keys(picker)[0] == "business-67"
    assert "no link" in picker.link.text()
    assert picker.qr.pixmap().isNull() and picker.qr.text()
    assert picker.open.isEnabled() and "Start serving" in picker.open.text()


def test_nothing_found_disables_opening(picker: ServicePicker) -> None:
    picker.search.setText("ไม่มีอะไรตรงกับคำนี้เลย")
    assert picker.results.count() == 0 and not picker.open.isEnabled() and picker.name.text() == ""
