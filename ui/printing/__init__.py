"""The Qt side of printing: one-key receipts, previews with the print dialog, the Printers settings page.

Wiring in the app (the task runner's pool is the ``submit``)::

    controller = app_print_controller(ctx)
    ProblemPrompt(controller, main_window)            # message + Retry on any failure
    controller.print_direct(Document("receipt", pdf, title=f"receipt {number}", reference=number))
    PreviewDialog(Document("survey", pdf, title="survey"), controller, main_window).open()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from services.printing import JobLog, PrinterSettings, load_printer_settings, save_printer_settings
from ui.printing.controller import Document, PrintController, PrintDone, PrintFailed, Submit

if TYPE_CHECKING:
    from ui.context import AppContext

__all__ = [
    "Document",
    "PrintController",
    "PrintDone",
    "PrintFailed",
    "Submit",
    "app_print_controller",
    "settings_loader",
    "settings_saver",
]


def settings_loader(ctx: AppContext) -> PrinterSettings:
    with ctx.store.read() as session:
        return load_printer_settings(session)


def settings_saver(ctx: AppContext, chosen: PrinterSettings) -> None:
    with ctx.store.write() as session:
        save_printer_settings(session, chosen)


def app_print_controller(ctx: AppContext) -> PrintController:
    """The controller for a running app: printer work on the runner's pool, jobs logged in the data dir.

    Settings are read when a print starts (one row each, a few hundred microseconds), so a change on the
    Printers page applies to the very next receipt.
    """
    return PrintController(
        lambda fn, on_done, on_error: ctx.runner.run(fn, on_done, on_error),
        lambda: settings_loader(ctx),
        JobLog.for_data_dir(ctx.data_dir),
    )
