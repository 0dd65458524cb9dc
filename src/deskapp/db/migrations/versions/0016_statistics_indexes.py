"""statistics indexes

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-27 19:30:00
"""

from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

# Statistics with charts (issue 14) count ten years of records: covering indexes let SQLite and PostgreSQL
# read the few columns a count needs from the index instead of a million wide rows.
INDEXES = (
    ('ix_call_stats', 'call', ['started_at', 'direction', 'voided_at', 'category', 'unit_id']),
    ('ix_visit_stats', 'visit', ['visited_at', 'voided_at', 'purpose', 'unit_id']),
    ('ix_request_stats', 'request', ['registered_at', 'cancelled_at', 'department', 'category', 'unit_id',
                                     'dispatched_at', 'response_due_at', 'completed_at', 'promised_at',
                                     'complaint_class']),
    ('ix_request_called_back_stats', 'request', ['called_back_at', 'satisfaction', 'unit_id']),
    ('ix_request_note_step_at', 'request_note', ['step', 'at', 'request_id']),
    ('ix_move_pass_stats', 'move_pass', ['created_at', 'voided_at', 'unit_id']),
    ('ix_card_application_stats', 'card_application', ['registered_at', 'voided_at', 'unit_id']),
    ('ix_control_event_result_stats', 'control_event', ['result', 'received_at', 'building', 'zone', 'cause',
                                                         'device_address']),
    ('ix_control_event_kind_time', 'control_event', ['kind', 'received_at', 'building']),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
