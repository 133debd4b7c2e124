"""The Counter page as the main window adds it: the view with its controller."""

from __future__ import annotations

from kiosk.catalog import load_catalog
from services.browser import Launcher, open_link
from services.cardreader import CardBackend
from ui.context import AppContext
from ui.counter.controller import ChooseFiles, CounterController, PrintDocument, pick_scans
from ui.counter.keys import KeyLoader
from ui.counter.view import CounterView


class CounterPage(CounterView):
    """Dependencies that reach outside the process (card reader, keyring, browser, printer, file dialog) can be
    replaced, so tests drive the page exactly as an officer does without any of them."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        card_backend: CardBackend | None = None,
        keys: KeyLoader | None = None,
        launcher: Launcher = open_link,
        print_document: PrintDocument | None = None,
        choose_files: ChooseFiles = pick_scans,
    ) -> None:
        super().__init__(load_catalog(), demo=ctx.demo)
        self.controller = CounterController(
            ctx,
            self,
            card_backend=card_backend,
            keys=keys,
            launcher=launcher,
            print_document=print_document,
            choose_files=choose_files,
        )
