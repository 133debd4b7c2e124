"""The supervisor's editor for the services the district offers, with their local contacts.

Rows can be added from a live catalogue search, removed, reordered (the order of the poster and of the counter's
picker), and their coordinator, phone and manual link edited in place. Nothing is written until Save, and then in
one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import load_catalog
from kiosk.errors import KioskError
from kiosk.offered import OfferedChoice, OfferedRow, kpi_warning, list_offered, set_offered
from kiosk.search import SearchIndex
from ui.context import AppContext

SERVICE, AGENCY, COORDINATOR, PHONE, MANUAL = range(5)


@dataclass(frozen=True)
class EditorRow:
    key: str
    name: str
    agency: str
    coordinator_name: str = ""
    coordinator_phone: str = ""
    manual_link: str = ""


class OfferedEditorView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5, objectName="offered")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service"),
                self.tr("Agency"),
                self.tr("Coordinator"),
                self.tr("Phone"),
                self.tr("Manual link"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_search = QLineEdit(objectName="add_search")
        self.add_search.setPlaceholderText(
            self.tr("Add a service: type its name or agency, pick it, press Enter")
        )
        self.up = QPushButton(self.tr("Move up"))
        self.down = QPushButton(self.tr("Move down"))
        self.remove = QPushButton(self.tr("Remove"))
        self.save = QPushButton(self.tr("Save services"), objectName="save_offered")
        self.kpi = QLabel(objectName="kpi")
        self.kpi.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_search)
        layout.addLayout(buttons)
        layout.addWidget(self.kpi)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.add_search, self.up, self.down, self.remove, self.save):
            widget.setVisible(editable)
        triggers = QTableWidget.EditTrigger
        self.table.setEditTriggers(
            triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
            if editable
            else triggers.NoEditTriggers
        )


class OfferedEditorController(QObject):
    saved = Signal()

    def __init__(self, ctx: AppContext, view: OfferedEditorView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        catalog = load_catalog()
        self._index = SearchIndex.for_catalog(catalog)
        self._labels: dict[str, str] = {}
        completer = QCompleter([], view)
        # The catalogue search already ranked and filtered (tone marks, abbreviations): show its hits as they are.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer = completer
        view.add_search.setCompleter(completer)
        view.add_search.textEdited.connect(self._suggest)
        view.add_search.returnPressed.connect(self._add_typed)
        view.up.clicked.connect(lambda: self._move(-1))
        view.down.clicked.connect(lambda: self._move(1))
        view.remove.clicked.connect(self._remove)
        view.save.clicked.connect(self.save)
        view.table.itemChanged.connect(self._update_kpi)
        supervisor = ctx.officer is not None and ctx.officer.is_supervisor
        view.set_editable(supervisor)

    def load(self) -> None:
        def read() -> list[OfferedRow]:
            with self.ctx.store.read() as session:
                return list_offered(session)

        self.ctx.runner.run(read, self._show)

    def rows(self) -> list[EditorRow]:
        table = self.view.table
        result: list[EditorRow] = []
        for row in range(table.rowCount()):
            service = table.item(row, SERVICE)
            result.append(
                EditorRow(
                    key=str(service.data(Qt.ItemDataRole.UserRole)),
                    name=service.text(),
                    agency=self._text(row, AGENCY),
                    coordinator_name=self._text(row, COORDINATOR),
                    coordinator_phone=self._text(row, PHONE),
                    manual_link=self._text(row, MANUAL),
                )
            )
        return result

    def add_service(self, key: str) -> bool:
        if key in {r.key for r in self.rows()}:
            return False
        entry = load_catalog().get(key)
        if entry is None:
            return False
        self._append(EditorRow(key=key, name=entry.name, agency=entry.agency))
        self._update_kpi()
        return True

    def save(self) -> None:
        choices = [
            OfferedChoice(r.key, r.coordinator_name, r.coordinator_phone, r.manual_link) for r in self.rows()
        ]
        officer = self.ctx.officer
        self.view.save.setEnabled(False)

        def write() -> None:
            with self.ctx.store.write() as session:
                set_offered(session, choices, by=officer.id if officer else None)

        self.ctx.runner.run_db(write, self._saved, self._failed)

    def _saved(self, _result: None) -> None:
        self.view.save.setEnabled(True)
        self.view.kpi.setText(self.view.kpi.text() + " " + self.tr("Saved."))
        self.saved.emit()

    def _failed(self, error: BaseException) -> None:
        self.view.save.setEnabled(True)
        if not isinstance(error, KioskError):
            raise error
        self.view.kpi.setText(error.message())

    def _text(self, row: int, column: int) -> str:
        item = self.view.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _show(self, offered: list[OfferedRow]) -> None:
        self.view.table.setRowCount(0)
        for o in offered:
            self._append(
                EditorRow(
                    o.service_key, o.name, o.agency, o.coordinator_name, o.coordinator_phone, o.manual_link
                )
            )
        self.view.table.resizeColumnsToContents()
        self._update_kpi()

    def _append(self, row: EditorRow) -> None:
        table = self.view.table
        table.blockSignals(True)
        index = table.rowCount()
        table.insertRow(index)
        values = (row.name, row.agency, row.coordinator_name, row.coordinator_phone, row.manual_link)
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column in (SERVICE, AGENCY):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(index, column, item)
        table.item(index, SERVICE).setData(Qt.ItemDataRole.UserRole, row.key)
        table.blockSignals(False)

    def _suggest(self, text: str) -> None:
        hits = self._index.search(text, limit=15)
        self._labels = {f"{h.entry.name} — {h.entry.agency}": h.entry.key for h in hits}
        model = self._completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(list(self._labels))
        if self._labels:
            self._completer.complete()

    def _add_typed(self) -> None:
        text = self.view.add_search.text()
        key = self._labels.get(text)
        if key is None:
            hits = self._index.search(text, limit=1)
            key = hits[0].entry.key if hits else None
        if key is not None and self.add_service(key):
            self.view.add_search.clear()

    def _move(self, step: int) -> None:
        table = self.view.table
        row = table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        rows = self.rows()
        rows[row], rows[target] = rows[target], rows[row]
        table.setRowCount(0)
        for r in rows:
            self._append(r)
        table.setCurrentCell(target, SERVICE)

    def _remove(self) -> None:
        row = self.view.table.currentRow()
        if row >= 0:
            self.view.table.removeRow(row)
            self._update_kpi()

    def _update_kpi(self) -> None:
        count = self.view.table.rowCount()
        warning = kpi_warning(count)
        self.view.kpi.setText(warning.get() if warning else self.tr("%n service(s) offered.", "", count))
        self.view.kpi.setStyleSheet("color: #a05a00; font-weight: bold" if warning else "")
