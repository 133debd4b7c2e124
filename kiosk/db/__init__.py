"""The local SQLite store: models, migrations and the open store."""

from kiosk.db.store import Store, open_store

__all__ = ["Store", "open_store"]
