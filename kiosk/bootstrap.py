"""Open a data directory ready for work: database migrated, catalogue current, settings upgraded.

Every entry point (GUI, CLI, tests) goes through here, so a fresh empty directory and a years-old one behave the
same way.
"""

from __future__ import annotations

from pathlib import Path

from kiosk import settings
from kiosk.catalog_sync import sync_catalog
from kiosk.db import Store, open_store
from kiosk.paths import DataLayout


def open_data_dir(root: Path) -> Store:
    store = open_store(DataLayout(root))
    try:
        with store.write() as session:
            sync_catalog(session)
            settings.upgrade_settings(session)
    except BaseException:
        store.close()
        raise
    return store
