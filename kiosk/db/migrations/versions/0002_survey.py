"""survey responses, officer questionnaire, report submissions (v2)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "officer_questionnaires",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fiscal_year_be", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.String(length=26), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("fiscal_year_be"),
    )
    op.create_table(
        "report_submissions",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("submitted_at", sa.String(length=26), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("month"),
    )
    op.create_table(
        "survey_responses",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("survey_date", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.String(length=26), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("form_number", sa.String(length=32), nullable=True),
        sa.Column("import_key", sa.String(length=64), nullable=True),
        sa.Column("service_key", sa.String(length=32), nullable=True),
        sa.Column("q1_1", sa.Integer(), nullable=True),
        sa.Column("q1_2", sa.Integer(), nullable=True),
        sa.Column("q1_3", sa.Integer(), nullable=True),
        sa.Column("q2_1", sa.Integer(), nullable=True),
        sa.Column("q2_2", sa.Integer(), nullable=True),
        sa.Column("q2_3", sa.Integer(), nullable=True),
        sa.Column("q3_1", sa.Integer(), nullable=True),
        sa.Column("q3_2", sa.Integer(), nullable=True),
        sa.Column("q3_3", sa.Integer(), nullable=True),
        sa.Column("q4", sa.Integer(), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.CheckConstraint("source IN ('kiosk', 'paper', 'import')", name="survey_source"),
        sa.CheckConstraint("q1_1 IS NULL OR q1_1 BETWEEN 1 AND 5", name="rating_q1_1"),
        sa.CheckConstraint("q1_2 IS NULL OR q1_2 BETWEEN 1 AND 5", name="rating_q1_2"),
        sa.CheckConstraint("q1_3 IS NULL OR q1_3 BETWEEN 1 AND 5", name="rating_q1_3"),
        sa.CheckConstraint("q2_1 IS NULL OR q2_1 BETWEEN 1 AND 5", name="rating_q2_1"),
        sa.CheckConstraint("q2_2 IS NULL OR q2_2 BETWEEN 1 AND 5", name="rating_q2_2"),
        sa.CheckConstraint("q2_3 IS NULL OR q2_3 BETWEEN 1 AND 5", name="rating_q2_3"),
        sa.CheckConstraint("q3_1 IS NULL OR q3_1 BETWEEN 1 AND 5", name="rating_q3_1"),
        sa.CheckConstraint("q3_2 IS NULL OR q3_2 BETWEEN 1 AND 5", name="rating_q3_2"),
        sa.CheckConstraint("q3_3 IS NULL OR q3_3 BETWEEN 1 AND 5", name="rating_q3_3"),
        sa.CheckConstraint("q4 IS NULL OR q4 BETWEEN 1 AND 5", name="rating_q4"),
        sa.ForeignKeyConstraint(
            ["service_key"],
            ["services.key"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("form_number"),
        sa.UniqueConstraint("import_key"),
    )
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_responses_survey_date"), ["survey_date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_responses_survey_date"))

    op.drop_table("survey_responses")
    op.drop_table("report_submissions")
    op.drop_table("officer_questionnaires")
