"""Alembic environment: always run in-process on a connection handed over by :mod:`kiosk.db.migrate`."""

from __future__ import annotations

from alembic import context

from kiosk.db.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
