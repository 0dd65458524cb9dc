"""control room: shifts, fire systems, 2-hourly equipment records, daily checks, handovers (issue 12)

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27 16:16:12
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The control room's shifts (at least two operators signed on, at most 8 hours), the fire systems the
    # admin lists, the equipment's state every 2 hours, the controller's daily check and the handovers.
    op.create_table('control_shift',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('planned_end_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_station', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_control_shift_created_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_control_shift'))
    )
    with op.batch_alter_table('control_shift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_control_shift_started_at'), ['started_at'], unique=False)
        batch_op.create_index('ix_control_shift_state_start', ['state', 'started_at'], unique=False)

    op.create_table('fire_system',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('should_be_auto', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_station', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_fire_system_created_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fire_system'))
    )
    op.create_table('control_shift_operator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['shift_id'], ['control_shift.id'], name=op.f('fk_control_shift_operator_shift_id_control_shift')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_control_shift_operator_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_control_shift_operator'))
    )
    with op.batch_alter_table('control_shift_operator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_control_shift_operator_shift_id'), ['shift_id'], unique=False)
        batch_op.create_index('uq_control_shift_operator_staff', ['shift_id', 'staff_id'], unique=True)

    op.create_table('daily_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('checked_at', sa.DateTime(), nullable=False),
    sa.Column('self_test', sa.String(length=8), nullable=False),
    sa.Column('silence', sa.String(length=8), nullable=False),
    sa.Column('reset', sa.String(length=8), nullable=False),
    sa.Column('main_power', sa.String(length=8), nullable=False),
    sa.Column('backup_power', sa.String(length=8), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_station', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_daily_check_created_by_id_staff')),
    sa.ForeignKeyConstraint(['shift_id'], ['control_shift.id'], name=op.f('fk_daily_check_shift_id_control_shift')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_daily_check'))
    )
    with op.batch_alter_table('daily_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_daily_check_checked_at'), ['checked_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_daily_check_shift_id'), ['shift_id'], unique=False)

    op.create_table('equipment_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('controller_state', sa.String(length=8), nullable=False),
    sa.Column('controller_note', sa.String(length=200), nullable=False),
    sa.Column('linkage_mode', sa.String(length=8), nullable=False),
    sa.Column('linkage_note', sa.String(length=200), nullable=False),
    sa.Column('flagged', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_station', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_equipment_record_created_by_id_staff')),
    sa.ForeignKeyConstraint(['shift_id'], ['control_shift.id'], name=op.f('fk_equipment_record_shift_id_control_shift')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_record'))
    )
    with op.batch_alter_table('equipment_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_record_recorded_at'), ['recorded_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_record_shift_id'), ['shift_id'], unique=False)

    op.create_table('equipment_record_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('system_id', sa.Integer(), nullable=False),
    sa.Column('system_name', sa.String(length=40), nullable=False),
    sa.Column('should_be_auto', sa.Boolean(), nullable=False),
    sa.Column('mode', sa.String(length=8), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('explanation', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['equipment_record.id'], name=op.f('fk_equipment_record_line_record_id_equipment_record')),
    sa.ForeignKeyConstraint(['system_id'], ['fire_system.id'], name=op.f('fk_equipment_record_line_system_id_fire_system')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_record_line'))
    )
    with op.batch_alter_table('equipment_record_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_record_line_record_id'), ['record_id'], unique=False)

    op.create_table('handover',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('from_shift_id', sa.Integer(), nullable=False),
    sa.Column('to_shift_id', sa.Integer(), nullable=False),
    sa.Column('handed_at', sa.DateTime(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('equipment_record_id', sa.Integer(), nullable=False),
    sa.Column('daily_check_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_station', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_handover_created_by_id_staff')),
    sa.ForeignKeyConstraint(['daily_check_id'], ['daily_check.id'], name=op.f('fk_handover_daily_check_id_daily_check')),
    sa.ForeignKeyConstraint(['equipment_record_id'], ['equipment_record.id'], name=op.f('fk_handover_equipment_record_id_equipment_record')),
    sa.ForeignKeyConstraint(['from_shift_id'], ['control_shift.id'], name=op.f('fk_handover_from_shift_id_control_shift')),
    sa.ForeignKeyConstraint(['to_shift_id'], ['control_shift.id'], name=op.f('fk_handover_to_shift_id_control_shift')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover')),
    sa.UniqueConstraint('from_shift_id', name=op.f('uq_handover_from_shift_id')),
    sa.UniqueConstraint('to_shift_id', name=op.f('uq_handover_to_shift_id'))
    )
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_handed_at'), ['handed_at'], unique=False)

    op.create_table('handover_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handover_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('summary', sa.String(length=300), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=False),
    sa.Column('acknowledged_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['acknowledged_by_id'], ['staff.id'], name=op.f('fk_handover_item_acknowledged_by_id_staff')),
    sa.ForeignKeyConstraint(['handover_id'], ['handover.id'], name=op.f('fk_handover_item_handover_id_handover')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_item'))
    )
    with op.batch_alter_table('handover_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_item_handover_id'), ['handover_id'], unique=False)

    op.create_table('handover_signature',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handover_id', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=4), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['handover_id'], ['handover.id'], name=op.f('fk_handover_signature_handover_id_handover')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_handover_signature_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_signature'))
    )
    with op.batch_alter_table('handover_signature', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_signature_handover_id'), ['handover_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('handover_signature', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_signature_handover_id'))

    op.drop_table('handover_signature')
    with op.batch_alter_table('handover_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_item_handover_id'))

    op.drop_table('handover_item')
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_handed_at'))

    op.drop_table('handover')
    with op.batch_alter_table('equipment_record_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_record_line_record_id'))

    op.drop_table('equipment_record_line')
    with op.batch_alter_table('equipment_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_record_shift_id'))
        batch_op.drop_index(batch_op.f('ix_equipment_record_recorded_at'))

    op.drop_table('equipment_record')
    with op.batch_alter_table('daily_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_daily_check_shift_id'))
        batch_op.drop_index(batch_op.f('ix_daily_check_checked_at'))

    op.drop_table('daily_check')
    with op.batch_alter_table('control_shift_operator', schema=None) as batch_op:
        batch_op.drop_index('uq_control_shift_operator_staff')
        batch_op.drop_index(batch_op.f('ix_control_shift_operator_shift_id'))

    op.drop_table('control_shift_operator')
    op.drop_table('fire_system')
    with op.batch_alter_table('control_shift', schema=None) as batch_op:
        batch_op.drop_index('ix_control_shift_state_start')
        batch_op.drop_index(batch_op.f('ix_control_shift_started_at'))

    op.drop_table('control_shift')
