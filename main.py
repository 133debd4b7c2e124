"""Entry point: the counter GUI by default, admin and diagnostic subcommands otherwise.

python main.py                      start the GUI on the officer's data directory
python main.py --demo               start the GUI on a throwaway demo data directory
python main.py --data-dir D CMD     run a subcommand (see --help) against data directory D
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    from cli import command_modules

    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Damrongdham e-Service counter (ศูนย์ดำรงธรรมอำเภอ e-Service). "
        "With no command, starts the GUI.",
    )
    parser.add_argument("--data-dir", type=Path, help="data directory (default: the per-user data directory)")
    parser.add_argument(
        "--demo", action="store_true", help="start on a throwaway demo data directory with sample data"
    )
    parser.add_argument("--lang", choices=["th", "en"], help="language of messages (default: Thai)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    from kiosk.errors import KioskError
    from kiosk.i18n import language_from_environment, set_language
    from kiosk.paths import resolve_data_dir

    args = build_parser().parse_args(argv)
    set_language(args.lang or language_from_environment())
    try:
        if args.command is None:
            from ui.app import run_gui

            return run_gui(data_dir=args.data_dir, demo=args.demo)
        args.data_dir = resolve_data_dir(args.data_dir)
        return int(args.handler(args))
    except KioskError as error:
        print(error.message(), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 141


if __name__ == "__main__":
    sys.exit(main())
