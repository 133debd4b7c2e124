"""Layout of the Requests page: one search box, the age counters, the filters, the list, the detail.

The search box is where a barcode scanner types (it sends the number and Enter); the three age counters are
buttons that filter the list (seed 000's notification counts); the detail shows the request and its history, and
the status update form opens inline under it, never as a window over the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.counter.queries import AgeBucket
from kiosk.counter.vocab import RequestStatus
from ui.widgets import MessageBar, primary_button, title_label

COLUMNS = ("tracking", "service", "citizen", "status")


def _date_field(name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit(objectName=name)
    field.setPlaceholderText(placeholder)
    field.setMaximumWidth(130)
    return field


class StatusForm(QFrame):
    """The status update, inline under the detail: status, pick-up date, what was done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_form")
        self.setStyleSheet(
            "QFrame#status_form { background: #fff8e5; border: 1px solid #c88800; border-radius: 6px; }"
        )
        self.status = QComboBox(objectName="new_status")
        for status in RequestStatus:
            self.status.addItem(status.label.get(), status)
        self.pickup = QLineEdit(objectName="new_pickup")
        self.pickup.setPlaceholderText(self.tr("pick-up date: dd/mm/yyyy (B.E.), dd/mm or +7"))
        self.detail = QPlainTextEdit(objectName="update_detail")
        self.detail.setTabChangesFocus(True)
        self.detail.setFixedHeight(60)
        self.detail.setPlaceholderText(self.tr("What happened (who called, what the agency said)"))
        self.problems = QLabel(objectName="update_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c01c28;")
        self.save = primary_button(self.tr("Save update (Ctrl+Enter)"))
        self.save.setObjectName("save_update")
        self.save.setAutoDefault(False)
        self.cancel = QPushButton(self.tr("Cancel (Esc)"), objectName="cancel_update")
        form = QFormLayout()
        form.addRow(self.tr("New status"), self.status)
        form.addRow(self.tr("Pick-up date"), self.pickup)
        form.addRow(self.tr("Detail"), self.detail)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems, 1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setTabOrder(self.status, self.pickup)
        self.setTabOrder(self.pickup, self.detail)
        self.setTabOrder(self.detail, self.save)


class DetailView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracking = QLabel(objectName="detail_tracking")
        self.tracking.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1a3a6b;")
        self.tracking.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(objectName="detail_status")
        self.status.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.fields: dict[str, QLabel] = {}
        grid = QFormLayout()
        for key in (
            "service",
            "citizen",
            "cid",
            "phone",
            "next_step",
            "taken",
            "finished",
            "agency_ref",
            "attachments",
        ):
            value = QLabel(objectName=f"detail_{key}")
            value.setWordWrap(key in ("service", "next_step"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
        self.grid = grid
        contact = QHBoxLayout()
        contact.addWidget(self.fields["cid"])
        contact.addWidget(self.fields["phone"], 1)
        grid.addRow(self.tr("Service"), self.fields["service"])
        grid.addRow(self.tr("Citizen"), self.fields["citizen"])
        grid.addRow(self.tr("ID / phone"), contact)
        grid.addRow(self.tr("Next step"), self.fields["next_step"])
        grid.addRow(self.tr("Taken in"), self.fields["taken"])
        grid.addRow(self.tr("Finished"), self.fields["finished"])
        grid.addRow(self.tr("Agency ref."), self.fields["agency_ref"])
        grid.addRow(self.tr("Scans"), self.fields["attachments"])
        self.history = QTableWidget(0, 3, objectName="history")
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Status / by"), self.tr("Detail")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setWordWrap(True)
        self.history.verticalHeader().hide()
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setMinimumHeight(100)
        history_header = self.history.horizontalHeader()
        for column, width in enumerate((105, 140)):
            self.history.setColumnWidth(column, width)
        history_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.update_button = primary_button(self.tr("Update (F4)"))
        self.update_button.setObjectName("update_status")
        self.update_button.setAutoDefault(False)
        self.update_button.setDefault(False)
        self.reprint = QPushButton(self.tr("Reprint (Ctrl+P)"), objectName="reprint")
        self.reveal = QPushButton(self.tr("ID (Ctrl+R)"), objectName="detail_reveal")
        self.form = StatusForm()
        header = QVBoxLayout()
        header.setSpacing(0)
        header.addWidget(self.tracking)
        header.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal)
        buttons.addWidget(self.reprint)
        buttons.addStretch(1)
        buttons.addWidget(self.update_button)
        history_page = QWidget(objectName="history_page")
        history_layout = QVBoxLayout(history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addLayout(buttons)
        history_layout.addWidget(QLabel(self.tr("History"), objectName="history_title"))
        history_layout.addWidget(self.history, 1)
        # The update form takes the place of the history while it is open, so the page never outgrows the screen.
        self.below = QStackedWidget(objectName="detail_lower")
        self.below.addWidget(history_page)
        self.below.addWidget(self.form)
        self.content = QWidget(objectName="detail_content")
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(header)
        content.addLayout(grid)
        content.addWidget(self.below, 1)
        self.empty = QLabel(
            self.tr("Choose a request in the list, or scan its receipt."), objectName="detail_empty"
        )
        self.empty.setProperty("role", "placeholder")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.empty, 1)

    def show_optional(self, key: str, shown: bool) -> None:
        """Rows that are often empty (agency reference, completion, scans) take no room when they are."""
        self.grid.setRowVisible(self.fields[key], shown)

    def show_empty(self, empty: bool) -> None:
        self.content.setVisible(not empty)
        self.empty.setVisible(empty)

    def show_form(self, shown: bool) -> None:
        self.below.setCurrentIndex(1 if shown else 0)


class RequestsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requests_page")
        self.message = MessageBar()
        self.message.setObjectName("requests_message")
        self.search = QLineEdit(objectName="request_search")
        self.search.setPlaceholderText(
            self.tr("Scan or type: tracking number, citizen ID, name, or last 4 digits of the phone")
        )
        self.search.setClearButtonEnabled(True)
        self.search_problem = QLabel(objectName="search_problem")
        self.search_problem.setWordWrap(True)
        self.search_problem.setStyleSheet("color: #c01c28;")
        self.search_problem.hide()
        self.buckets: dict[AgeBucket, QPushButton] = {}
        bucket_row = QHBoxLayout()
        bucket_row.addWidget(QLabel(self.tr("Open, by days since the last update:")))
        for bucket in AgeBucket:
            button = QPushButton(objectName=f"bucket_{bucket.name.lower()}")
            button.setCheckable(True)
            button.setMinimumWidth(150)
            self.buckets[bucket] = button
            bucket_row.addWidget(button)
        bucket_row.addStretch(1)
        self.clear_filters = QPushButton(self.tr("Clear filters"), objectName="clear_filters")
        bucket_row.addWidget(self.clear_filters)
        self.contacted_from = _date_field("contacted_from", self.tr("from dd/mm/yyyy"))
        self.contacted_to = _date_field("contacted_to", self.tr("to dd/mm/yyyy"))
        self.finished_from = _date_field("finished_from", self.tr("from dd/mm/yyyy"))
        self.finished_to = _date_field("finished_to", self.tr("to dd/mm/yyyy"))
        self.status = QComboBox(objectName="filter_status")
        self.agency = QComboBox(objectName="filter_agency")
        self.service = QComboBox(objectName="filter_service")
        self.officer = QComboBox(objectName="filter_officer")
        for combo in (self.agency, self.service):
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Contact date")), 0, 0)
        filters.addWidget(self.contacted_from, 0, 1)
        filters.addWidget(self.contacted_to, 0, 2)
        filters.addWidget(QLabel(self.tr("Status")), 0, 3)
        filters.addWidget(self.status, 0, 4)
        filters.addWidget(QLabel(self.tr("Agency")), 0, 5)
        filters.addWidget(self.agency, 0, 6)
        filters.addWidget(QLabel(self.tr("Completion date")), 1, 0)
        filters.addWidget(self.finished_from, 1, 1)
        filters.addWidget(self.finished_to, 1, 2)
        filters.addWidget(QLabel(self.tr("Officer")), 1, 3)
        filters.addWidget(self.officer, 1, 4)
        filters.addWidget(QLabel(self.tr("Service")), 1, 5)
        filters.addWidget(self.service, 1, 6)
        filters.setColumnStretch(6, 1)
        self.count = QLabel(objectName="result_count")
        self.count.setProperty("role", "hint")
        self.table = QTableWidget(0, len(COLUMNS), objectName="requests_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tracking no. / contact"),
                self.tr("Service / agency"),
                self.tr("Citizen"),
                self.tr("Status / days"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((0, 0, 150, 110)):
            if width:
                self.table.setColumnWidth(column, width)
        # The tracking number is what people read out over the phone: never elide it.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail = DetailView()
        split = QSplitter(Qt.Orientation.Horizontal, objectName="requests_split")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.table, 1)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([660, 380])
        body = QWidget(objectName="requests_body")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.message)
        body_layout.addWidget(self.search)
        body_layout.addWidget(self.search_problem)
        body_layout.addLayout(bucket_row)
        body_layout.addLayout(filters)
        body_layout.addWidget(split, 1)
        # On a small screen (or with a message showing) the page scrolls instead of growing the window.
        scroll = QScrollArea(objectName="requests_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title_label(self.tr("Requests")))
        layout.addWidget(scroll, 1)
        self.setTabOrder(self.search, self.table)
