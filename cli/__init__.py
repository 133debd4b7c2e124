"""Admin and diagnostic subcommands of ``main.py``.

Each module here owns one command group and exposes ``register(subparsers)``, which adds its parser and sets
``handler`` to a function ``(args) -> int``. Modules import only argparse and the standard library at top level
and import their real work inside the handler, so ``main.py`` with no arguments starts the GUI without paying for
every command's dependencies.

Every handler gets ``args.data_dir`` (a :class:`pathlib.Path`, already resolved) and ``args.lang``. Failures a
person can act on are :class:`kiosk.errors.KioskError`; ``main.py`` prints them on stderr and exits non-zero.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Protocol, cast

Handler = Callable[[argparse.Namespace], int]


class CommandModule(Protocol):
    def register(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


def command_modules() -> list[CommandModule]:
    """All command groups, in the order ``--help`` lists them."""
    import importlib

    names = ["catalog", "card", "db", "forms", "report", "survey", "selftest"]
    return [cast("CommandModule", importlib.import_module(f"cli.{name}")) for name in names]
