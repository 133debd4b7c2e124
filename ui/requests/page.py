"""The Requests page as the main window adds it: the view with its controller, refreshed whenever shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent

from ui.context import AppContext
from ui.counter.keys import KeyLoader
from ui.requests.controller import PrintDocument, RequestsController
from ui.requests.view import RequestsView


class RequestsPage(RequestsView):
    def __init__(
        self, ctx: AppContext, *, keys: KeyLoader | None = None, print_document: PrintDocument | None = None
    ) -> None:
        super().__init__()
        self.controller = RequestsController(ctx, self, keys=keys, print_document=print_document)

    def showEvent(self, event: QShowEvent) -> None:
        """The counter may have saved requests since the page was last looked at."""
        super().showEvent(event)
        self.controller.refresh()
        self.search.setFocus()
