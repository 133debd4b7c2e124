"""``db backup`` and ``db status``: the local store from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("db", help="the local database")
    commands = parser.add_subparsers(dest="db_command", required=True, metavar="SUBCOMMAND")
    backup = commands.add_parser("backup", help="write a consistent copy of the database while the app runs")
    backup.add_argument("file", type=Path, help="where to write the backup (an SQLite file)")
    backup.set_defaults(handler=run_backup)
    status = commands.add_parser("status", help="schema version, counts and pending outbox events")
    status.set_defaults(handler=run_status)


def run_backup(args: argparse.Namespace) -> int:
    from kiosk.backup import backup_database
    from kiosk.bootstrap import open_data_dir

    store = open_data_dir(args.data_dir)
    try:
        result = backup_database(store, args.file)
    finally:
        store.close()
    print(f"{result.path} ({result.size_bytes:,} bytes, schema {result.schema})")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from kiosk.bootstrap import open_data_dir
    from kiosk.db.models import Event, Service
    from kiosk.events import pending_outbox_count

    store = open_data_dir(args.data_dir)
    try:
        with store.read() as session:
            print(f"database: {store.path}")
            print(f"schema:   {store.migration.after}")
            print(f"services: {session.scalar(select(func.count()).select_from(Service))}")
            print(f"events:   {session.scalar(select(func.count()).select_from(Event))}")
            print(f"outbox:   {pending_outbox_count(session)} pending")
    finally:
        store.close()
    return 0
