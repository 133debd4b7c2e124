"""Alembic revisions of the local store's schema, one per released schema version."""
