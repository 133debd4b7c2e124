"""The Thai UI stays complete: every tr() string has a Thai translation, compiled into the th.qm the app loads.

Officers read the counter in Thai; an English label slipping through is a bug they see. These tests fail the
build when a developer adds a string without translating it (fix: ``python scripts/translations.py update``,
translate in ``resources/i18n/th.ts``, then ``python scripts/translations.py release``).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.context import AppContext

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "th.ts"
QM = TS.with_suffix(".qm")

PLACEHOLDER = re.compile(r"%(?:n|L?\d)")
"""Qt's arguments: %1..%9 (the UI replaces them) and %n (the count of a plural message)."""

SHORTCUT = re.compile(r"\b(?:(?:Ctrl|Alt|Shift)\+)+\w+|\bF\d{1,2}\b|\((?:Esc|Enter)(?: Esc)?\)")
"""Keys named on buttons: the key does not change with the language, so its name must not either ("Enter"
alone is also an English verb, so it counts only as a button's "(Enter)")."""

MARKUP = re.compile(r"<[^>]+>|&\w+;")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    kind: str | None
    numerus: bool


def load_script() -> ModuleType:
    """scripts/ is not a package; load the one tool both the developer and this test use."""
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_messages(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    translations=tuple(forms) if forms else (translation.text or "",),
                    kind=translation.get("type"),
                    numerus=message.get("numerus") == "yes",
                )
            )
    return messages


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script()


@pytest.fixture(scope="module")
def current(script: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What th.ts would hold after collecting the strings of today's ui/ (the committed file is not touched)."""
    ts = tmp_path_factory.mktemp("i18n") / "th.ts"
    shutil.copyfile(TS, ts)
    script.update(ts)
    return read_messages(ts)


def test_every_ui_string_has_a_thai_translation(current: list[Message]) -> None:
    assert len(current) > 300, "lupdate found too few strings: is scripts/translations.py scanning ui/?"
    missing = [
        f"{m.context}: {m.source!r}"
        for m in current
        if m.kind is not None or not all(t.strip() for t in m.translations)
    ]
    assert missing == [], "untranslated (run scripts/translations.py update, translate th.ts):\n" + "\n".join(
        missing
    )


def test_thai_has_one_plural_form(current: list[Message]) -> None:
    plurals = [m for m in current if m.numerus]
    assert plurals, "no %n message found: the check below would prove nothing"
    assert [m.source for m in plurals if len(m.translations) != 1] == []


def test_translations_keep_placeholders_shortcuts_and_markup(current: list[Message]) -> None:
    def tokens(text: str) -> Counter[str]:
        return Counter([*PLACEHOLDER.findall(text), *SHORTCUT.findall(text), *MARKUP.findall(text)])

    broken = [
        f"{m.context}: {m.source!r} -> {translation!r}"
        for m in current
        for translation in m.translations
        if tokens(translation) != tokens(m.source)
    ]
    assert broken == []


def test_edge_spaces_are_kept(current: list[Message]) -> None:
    """Labels such as the year prefix "B.E. " are glued to a value; losing the space glues the words."""
    broken = [
        m.source
        for m in current
        for t in m.translations
        if (m.source[:1] == " ") != (t[:1] == " ") or (m.source[-1:] == " ") != (t[-1:] == " ")
    ]
    assert broken == []


def ui_class_names() -> set[str]:
    return {
        node.name
        for path in (ROOT / "ui").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    }


def test_every_context_is_a_ui_class(current: list[Message]) -> None:
    """PySide6 looks a tr() string up under the class names of the object it is called on, while lupdate files
    ``view.tr("...")`` under the context "view": such a string is translated in th.ts but never shown in Thai.
    Call ``self.tr`` inside the widget's own class, or ``QCoreApplication.translate("ClassName", "...")``.
    """
    classes = ui_class_names()
    strays = sorted({f"{m.context}: {m.source!r}" for m in current if m.context not in classes})
    assert strays == [], "tr() called on a variable; these strings stay English:\n" + "\n".join(strays)


def test_committed_qm_is_compiled_from_the_committed_ts(script: ModuleType, tmp_path: Path) -> None:
    """lrelease output is byte-for-byte reproducible, so a stale th.qm shows as a difference."""
    qm = tmp_path / "th.qm"
    script.release(TS, qm)
    assert qm.read_bytes() == QM.read_bytes(), "th.qm is stale: run python scripts/translations.py release"


@pytest.fixture
def thai_translator(qapp: QApplication) -> Iterator[None]:
    from ui.look import install_translator

    locale = QLocale()
    translator = install_translator(qapp, "th")
    assert translator is not None, "th.qm could not be loaded"
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_without_the_translator_the_ui_speaks_english() -> None:
    """The baseline for the test below: it proves the Thai comes from th.qm, not from the source code."""
    assert QCoreApplication.translate("MainWindow", "Settings") == "Settings"


@pytest.mark.usefixtures("thai_translator")
def test_the_running_ui_speaks_thai(qtbot: QtBot, ctx: AppContext) -> None:
    from ui.login import LoginView
    from ui.mainwindow import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    navigation = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert navigation == ["งานบริการ", "ติดตามเรื่อง", "แบบสำรวจ", "รายงาน", "ตั้งค่า"]
    login = LoginView("")
    qtbot.addWidget(login)
    assert login.submit.text() == "เข้าสู่ระบบ"
    assert login.title.text() == "จุดบริการ e-Service ศูนย์ดำรงธรรมอำเภอ"
    assert QCoreApplication.translate("PreviewDialog", "%n page(s)", "", 3) == "3 หน้า"
