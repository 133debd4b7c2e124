"""requests, their personal data, attachments (v3)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_item_id", sa.String(length=36), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.String(length=26), nullable=False),
        sa.CheckConstraint("kind IN ('jpg', 'png', 'pdf')", name="attachment_kind"),
        sa.ForeignKeyConstraint(
            ["visit_item_id"],
            ["visit_items.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_digest"), ["digest"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_visit_item_id"), ["visit_item_id"], unique=False)

    op.create_table(
        "requests",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("tracking", sa.String(length=13), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("visit_item_id", sa.String(length=36), nullable=False),
        sa.Column("service_key", sa.String(length=32), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("citizen_ref", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("next_step", sa.String(length=16), nullable=False),
        sa.Column("pickup_date", sa.Date(), nullable=True),
        sa.Column("agency_ref", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("updated_at", sa.String(length=26), nullable=False),
        sa.Column("finished_at", sa.String(length=26), nullable=True),
        sa.CheckConstraint(
            "status IN ('received', 'sent', 'in_progress', 'appointment', 'done', 'failed')",
            name="request_status",
        ),
        sa.ForeignKeyConstraint(
            ["service_key"],
            ["services.key"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_item_id"],
            ["visit_items.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tracking"),
        sa.UniqueConstraint("visit_item_id"),
    )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_requests_citizen_ref"), ["citizen_ref"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_finished_at"), ["finished_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_officer_id"), ["officer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_service_key"), ["service_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "request_personal",
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("name_sealed", sa.Text(), nullable=False),
        sa.Column("cid_sealed", sa.Text(), nullable=False),
        sa.Column("phone_sealed", sa.Text(), nullable=False),
        sa.Column("phone_last4", sa.String(length=4), nullable=False),
        sa.Column("stored_at", sa.String(length=26), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
        ),
        sa.PrimaryKeyConstraint("request_id"),
    )
    with op.batch_alter_table("request_personal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_personal_phone_last4"), ["phone_last4"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("request_personal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_personal_phone_last4"))

    op.drop_table("request_personal")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_requests_visit_id"))
        batch_op.drop_index(batch_op.f("ix_requests_updated_at"))
        batch_op.drop_index(batch_op.f("ix_requests_status"))
        batch_op.drop_index(batch_op.f("ix_requests_service_key"))
        batch_op.drop_index(batch_op.f("ix_requests_officer_id"))
        batch_op.drop_index(batch_op.f("ix_requests_finished_at"))
        batch_op.drop_index(batch_op.f("ix_requests_created_at"))
        batch_op.drop_index(batch_op.f("ix_requests_citizen_ref"))

    op.drop_table("requests")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_visit_item_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_digest"))

    op.drop_table("attachments")
