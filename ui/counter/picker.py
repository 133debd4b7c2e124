"""Choosing the e-Service: the district's own services first, then live search over the whole catalogue.

With the box empty the list shows the services the district offers, the busiest first, so the common case is
arrow keys and Enter. Typing searches all 325 entries (name, agency or its abbreviation, category; tone marks and
spaces optional) on every keystroke, offered and frequently used services first within each kind of match. The
details of the highlighted service - agency, link, manual, coordinator, and a QR code of the link that the
citizen can scan - follow the highlight, so Enter opens a service the officer has already seen.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import segno
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import Catalog, CatalogEntry
from kiosk.offered import OfferedRow
from kiosk.search import SearchIndex
from ui.widgets import primary_button

OFFERED_BOOST = 1_000_000.0
"""Within one kind of match, a service the district offers always ranks above one it does not."""
RESULT_LIMIT = 50
QR_SCALE = 4


@dataclass(frozen=True)
class PickerEntry:
    key: str
    name: str
    agency: str
    category: str
    link: str | None
    offered: bool = False
    coordinator_name: str = ""
    coordinator_phone: str = ""
    manual_link: str = ""
    uses: int = 0


def entries_for(
    catalog: Catalog, offered: Sequence[OfferedRow], usage: Mapping[str, int]
) -> tuple[dict[str, PickerEntry], list[str]]:
    """Every catalogue entry as the picker shows it, and the offered keys in the order of an empty search."""
    by_offer = {row.service_key: row for row in offered}
    entries: dict[str, PickerEntry] = {}
    for entry in catalog:
        row = by_offer.get(entry.key)
        entries[entry.key] = _entry(entry, row, usage.get(entry.key, 0))
    order = sorted(by_offer, key=lambda key: (-usage.get(key, 0), by_offer[key].position))
    return entries, [key for key in order if key in entries]


def _entry(entry: CatalogEntry, row: OfferedRow | None, uses: int) -> PickerEntry:
    return PickerEntry(
        key=entry.key,
        name=entry.name,
        agency=entry.agency,
        category=entry.category.short_label.get(),
        link=entry.link,
        offered=row is not None,
        coordinator_name=row.coordinator_name if row else "",
        coordinator_phone=row.coordinator_phone if row else "",
        manual_link=row.manual_link if row else "",
        uses=uses,
    )


def qr_pixmap(payload: str) -> QPixmap:
    buffer = io.BytesIO()
    segno.make(payload, error="m").save(buffer, kind="png", scale=QR_SCALE, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class ServicePicker(QWidget):
    chosen = Signal(object)
    """Emits the :class:`PickerEntry` the officer confirmed (Enter or the Open button)."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = SearchIndex.for_catalog(catalog)
        self._catalog = catalog
        self._entries, self._offered = entries_for(catalog, (), {})
        self.search = QLineEdit(objectName="service_search")
        self.search.setPlaceholderText(
            self.tr("Search e-Services: name, agency (e.g. สปส, ขนส่ง) or category")
        )
        self.search.setClearButtonEnabled(True)
        self.heading = QLabel(objectName="results_heading")
        self.heading.setProperty("role", "hint")
        self.results = QListWidget(objectName="service_results")
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.name = QLabel(objectName="detail_name")
        self.name.setWordWrap(True)
        self.name.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.agency = QLabel(objectName="detail_agency")
        self.link = QLabel(objectName="detail_link")
        self.manual = QLabel(objectName="detail_manual")
        self.coordinator = QLabel(objectName="detail_coordinator")
        for label in (self.agency, self.link, self.manual, self.coordinator):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel(objectName="detail_qr")
        self.qr.setFixedSize(150, 150)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open = primary_button(self.tr("Open e-Service (Enter)"))
        self.open.setObjectName("open_service")
        self.open.setAutoDefault(False)
        self.open.setDefault(False)
        form = QFormLayout()
        form.addRow(self.tr("Agency"), self.agency)
        form.addRow(self.tr("Link"), self.link)
        form.addRow(self.tr("Manual"), self.manual)
        form.addRow(self.tr("Coordinator"), self.coordinator)
        text = QVBoxLayout()
        text.addWidget(self.name)
        text.addLayout(form)
        text.addStretch(1)
        details = QHBoxLayout()
        details.addLayout(text, 1)
        details.addWidget(self.qr, alignment=Qt.AlignmentFlag.AlignTop)
        details_box = QWidget(objectName="service_details")
        details_outer = QVBoxLayout(details_box)
        details_outer.setContentsMargins(0, 0, 0, 0)
        details_outer.addLayout(details)
        details_outer.addWidget(self.open, alignment=Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.heading)
        layout.addWidget(self.results, 3)
        layout.addWidget(details_box, 2)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.confirm)
        self.search.installEventFilter(self)
        self.results.currentItemChanged.connect(self._show_current)
        self.results.itemActivated.connect(lambda _item: self.confirm())
        self.open.clicked.connect(self.confirm)
        self.setTabOrder(self.search, self.results)
        self.setTabOrder(self.results, self.open)
        self.refresh()

    def set_usage(self, offered: Sequence[OfferedRow], usage: Mapping[str, int]) -> None:
        self._entries, self._offered = entries_for(self._catalog, offered, usage)
        self.refresh()

    def current(self) -> PickerEntry | None:
        item = self.results.currentItem()
        return None if item is None else self._entries.get(str(item.data(Qt.ItemDataRole.UserRole)))

    def refresh(self) -> None:
        query = self.search.text()
        if query.strip():
            boost = {key: e.uses + (OFFERED_BOOST if e.offered else 0.0) for key, e in self._entries.items()}
            keys = [hit.entry.key for hit in self._index.search(query, limit=RESULT_LIMIT, boost=boost)]
            self.heading.setText(self.tr("%n service(s) found", "", len(keys)))
        else:
            keys = list(self._offered)
            self.heading.setText(self.tr("Services offered at this counter (most used first)"))
        self.results.clear()
        for key in keys:
            entry = self._entries[key]
            mark = "★ " if entry.offered else ""
            item = QListWidgetItem(f"{mark}{entry.name}\n    {entry.agency}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.results.addItem(item)
        if keys:
            self.results.setCurrentRow(0)
        else:
            self._show(None)

    def confirm(self) -> None:
        entry = self.current()
        if entry is not None:
            self.chosen.emit(entry)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down/Page keys in the search box move the highlight, so the hands stay on the keyboard."""
        search: QObject = self.search
        if watched is search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5,
            }.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def _show_current(self, _current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self._show(self.current())

    def _show(self, entry: PickerEntry | None) -> None:
        self.open.setEnabled(entry is not None)
        if entry is None:
            for label in (self.name, self.agency, self.link, self.manual, self.coordinator):
                label.clear()
            self.qr.clear()
            return
        self.name.setText(entry.name)
        self.agency.setText(f"{entry.agency}  ·  {entry.category}")
        if entry.link:
            self.link.setText(entry.link)
            self.qr.setPixmap(qr_pixmap(entry.link))
            self.open.setText(self.tr("Open e-Service (Enter)"))
        else:
            self.link.setText(self.tr("This catalogue entry has no link: serve it without opening a site."))
            self.qr.clear()
            self.qr.setText(self.tr("No link"))
            self.open.setText(self.tr("Start serving (Enter)"))
        self.manual.setText(entry.manual_link or "—")
        if entry.coordinator_name or entry.coordinator_phone:
            self.coordinator.setText(f"{entry.coordinator_name}  {entry.coordinator_phone}".strip())
        else:
            self.coordinator.setText("—")
