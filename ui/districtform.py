"""The district profile form, shared by the first-run wizard and the Settings page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from kiosk.district import District


class DistrictForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.province = QLineEdit(objectName="province")
        self.district = QLineEdit(objectName="district")
        self.centre_name = QLineEdit(objectName="centre_name")
        self.centre_name.setPlaceholderText(self.tr("e.g. Damrongdham Centre, Mueang Yasothon District"))
        self.dopa_code = QLineEdit(objectName="dopa_code")
        self.dopa_code.setInputMask("9999")
        self.dopa_code.setToolTip(
            self.tr("The 4-digit DOPA code of the district (province 2 digits + district 2)")
        )
        self.counter = QSpinBox(objectName="counter")
        self.counter.setRange(1, 9)
        self.counter.setToolTip(self.tr("Give each counter PC of the district its own number"))
        self.address = QLineEdit(objectName="address")
        self.phone = QLineEdit(objectName="phone")
        self.problems = QLabel(objectName="problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c01c28")
        form = QFormLayout(self)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("Centre name"), self.centre_name)
        form.addRow(self.tr("DOPA district code"), self.dopa_code)
        form.addRow(self.tr("Counter number"), self.counter)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Centre phone"), self.phone)
        form.addRow(self.problems)
        for edit in (self.province, self.district, self.centre_name, self.dopa_code):
            edit.textChanged.connect(self.changed)

    def value(self) -> District:
        return District(
            province=self.province.text(),
            district=self.district.text(),
            centre_name=self.centre_name.text(),
            dopa_code=self.dopa_code.text().strip(),
            counter_code=str(self.counter.value()),
            address=self.address.text(),
            phone=self.phone.text(),
        )

    def set_value(self, district: District) -> None:
        self.province.setText(district.province)
        self.district.setText(district.district)
        self.centre_name.setText(district.centre_name)
        self.dopa_code.setText(district.dopa_code)
        self.counter.setValue(int(district.counter_code))
        self.address.setText(district.address)
        self.phone.setText(district.phone)

    def check(self) -> bool:
        """Show what is wrong, if anything; True when the profile can be saved."""
        problems = self.value().problems()
        self.problems.setText("\n".join(p.get() for p in problems))
        return not problems
