"""``catalog list``: the OPDC e-Service catalogue, or the district's offered services."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("catalog", help="the e-Service catalogue")
    commands = parser.add_subparsers(dest="catalog_command", required=True, metavar="SUBCOMMAND")
    listing = commands.add_parser("list", help="list catalogue entries")
    listing.add_argument("--offered", action="store_true", help="only the services this district offers")
    listing.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    listing.set_defaults(handler=list_catalog)


def list_catalog(args: argparse.Namespace) -> int:
    import json

    from sqlalchemy import select

    from kiosk.bootstrap import open_data_dir
    from kiosk.db.models import Service
    from kiosk.offered import list_offered

    store = open_data_dir(args.data_dir)
    try:
        with store.read() as session:
            if args.offered:
                rows = [
                    {
                        "category": o.category,
                        "number": o.number,
                        "agency": o.agency,
                        "name": o.name,
                        "link": o.link,
                        "position": o.position,
                        "coordinator_name": o.coordinator_name,
                        "coordinator_phone": o.coordinator_phone,
                        "manual_link": o.manual_link,
                    }
                    for o in list_offered(session)
                ]
            else:
                services = session.scalars(
                    select(Service)
                    .where(Service.retired.is_(False))
                    .order_by(Service.category, Service.number)
                )
                rows = [
                    {
                        "category": s.category,
                        "number": s.number,
                        "agency": s.agency,
                        "name": s.name,
                        "link": s.link,
                    }
                    for s in services
                ]
    finally:
        store.close()
    order = {"citizen": 0, "business": 1, "labour": 2}
    if not args.offered:
        rows.sort(key=lambda r: (order.get(str(r["category"]), 9), r["number"]))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        link = row["link"] or "—"
        print(f"{row['category']:<9} {row['number']:>3}  {row['agency']} | {row['name']} | {link}")
    return 0
