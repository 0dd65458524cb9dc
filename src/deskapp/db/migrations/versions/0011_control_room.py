"""control room: alarm/event log, devices, faults (issue 12)

Revision ID: 0011
Revises: 0009
Create Date: 2026-11-27 16:14:49
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The control room's event log 监控(消防)中心 numbered without gaps through control_counter, the devices
    # the admin lists, the faults 故障维修记录 and the notes appended to events.
    op.create_table('control_counter',
    sa.Column('name', sa.String(length=16), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_control_counter'))
    )
    op.create_table('control_device',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(length=32), nullable=False),
    sa.Column('building', sa.String(length=40), nullable=False),
    sa.Column('floor', sa.String(length=16), nullable=False),
    sa.Column('zone', sa.String(length=40), nullable=False),
    sa.Column('device_type', sa.String(length=24), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_station', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('voided_by_id', sa.Integer(), nullable=True),
    sa.Column('void_reason', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_control_device_created_by_id_staff')),
    sa.ForeignKeyConstraint(['voided_by_id'], ['staff.id'], name=op.f('fk_control_device_voided_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_control_device')),
    sa.UniqueConstraint('address', name=op.f('uq_control_device_address'))
    )
    op.create_table('control_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('received_at_reason', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('building', sa.String(length=40), nullable=False),
    sa.Column('floor', sa.String(length=16), nullable=False),
    sa.Column('zone', sa.String(length=40), nullable=False),
    sa.Column('device_address', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('confirm_due_at', sa.DateTime(), nullable=True),
    sa.Column('dispatched_guard', sa.String(length=40), nullable=False),
    sa.Column('dispatched_at', sa.DateTime(), nullable=True),
    sa.Column('dispatched_by_id', sa.Integer(), nullable=True),
    sa.Column('result', sa.String(length=16), nullable=True),
    sa.Column('result_at', sa.DateTime(), nullable=True),
    sa.Column('result_by_id', sa.Integer(), nullable=True),
    sa.Column('cause', sa.String(length=24), nullable=True),
    sa.Column('cause_note', sa.String(length=200), nullable=False),
    sa.Column('fire_call_at', sa.DateTime(), nullable=True),
    sa.Column('fire_call_address', sa.String(length=200), nullable=False),
    sa.Column('fire_call_origin', sa.String(length=200), nullable=False),
    sa.Column('fire_call_burning', sa.String(length=200), nullable=False),
    sa.Column('fire_call_size', sa.String(length=200), nullable=False),
    sa.Column('fire_call_caller', sa.String(length=40), nullable=False),
    sa.Column('fire_call_phone', sa.String(length=20), nullable=False),
    sa.Column('linkage_auto_at', sa.DateTime(), nullable=True),
    sa.Column('linkage_auto_by_id', sa.Integer(), nullable=True),
    sa.Column('plan_started_at', sa.DateTime(), nullable=True),
    sa.Column('plan_started_by_id', sa.Integer(), nullable=True),
    sa.Column('manager_name', sa.String(length=40), nullable=False),
    sa.Column('manager_notified_at', sa.DateTime(), nullable=True),
    sa.Column('handling', sa.Text(), nullable=False),
    sa.Column('reset_at', sa.DateTime(), nullable=True),
    sa.Column('reset_by_id', sa.Integer(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_station', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['closed_by_id'], ['staff.id'], name=op.f('fk_control_event_closed_by_id_staff')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_control_event_created_by_id_staff')),
    sa.ForeignKeyConstraint(['device_id'], ['control_device.id'], name=op.f('fk_control_event_device_id_control_device')),
    sa.ForeignKeyConstraint(['dispatched_by_id'], ['staff.id'], name=op.f('fk_control_event_dispatched_by_id_staff')),
    sa.ForeignKeyConstraint(['linkage_auto_by_id'], ['staff.id'], name=op.f('fk_control_event_linkage_auto_by_id_staff')),
    sa.ForeignKeyConstraint(['plan_started_by_id'], ['staff.id'], name=op.f('fk_control_event_plan_started_by_id_staff')),
    sa.ForeignKeyConstraint(['reset_by_id'], ['staff.id'], name=op.f('fk_control_event_reset_by_id_staff')),
    sa.ForeignKeyConstraint(['result_by_id'], ['staff.id'], name=op.f('fk_control_event_result_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_control_event')),
    sa.UniqueConstraint('number', name=op.f('uq_control_event_number'))
    )
    with op.batch_alter_table('control_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_control_event_cause'), ['cause'], unique=False)
        batch_op.create_index('ix_control_event_device_time', ['device_address', 'received_at'], unique=False)
        batch_op.create_index('ix_control_event_open', ['closed_at', 'received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_control_event_received_at'), ['received_at'], unique=False)
        batch_op.create_index('ix_control_event_result_time', ['result', 'received_at'], unique=False)

    op.create_table('control_event_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['control_event.id'], name=op.f('fk_control_event_note_event_id_control_event')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_control_event_note_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_control_event_note'))
    )
    with op.batch_alter_table('control_event_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_control_event_note_event_id'), ['event_id'], unique=False)

    op.create_table('control_fault',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=False),
    sa.Column('found_by', sa.String(length=40), nullable=False),
    sa.Column('building', sa.String(length=40), nullable=False),
    sa.Column('floor', sa.String(length=16), nullable=False),
    sa.Column('zone', sa.String(length=40), nullable=False),
    sa.Column('device_address', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('handling', sa.Text(), nullable=False),
    sa.Column('out_of_service', sa.Boolean(), nullable=False),
    sa.Column('reported_at', sa.DateTime(), nullable=True),
    sa.Column('reported_to', sa.String(length=80), nullable=False),
    sa.Column('repaired_at', sa.DateTime(), nullable=True),
    sa.Column('repaired_by', sa.String(length=80), nullable=False),
    sa.Column('repair_method', sa.Text(), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(), nullable=True),
    sa.Column('confirmed_by_id', sa.Integer(), nullable=True),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_station', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['confirmed_by_id'], ['staff.id'], name=op.f('fk_control_fault_confirmed_by_id_staff')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_control_fault_created_by_id_staff')),
    sa.ForeignKeyConstraint(['device_id'], ['control_device.id'], name=op.f('fk_control_fault_device_id_control_device')),
    sa.ForeignKeyConstraint(['event_id'], ['control_event.id'], name=op.f('fk_control_fault_event_id_control_event')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_control_fault')),
    sa.UniqueConstraint('number', name=op.f('uq_control_fault_number'))
    )
    with op.batch_alter_table('control_fault', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_control_fault_device_id'), ['device_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_control_fault_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_control_fault_found_at'), ['found_at'], unique=False)
        batch_op.create_index('ix_control_fault_open', ['repaired_at', 'found_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('control_fault', schema=None) as batch_op:
        batch_op.drop_index('ix_control_fault_open')
        batch_op.drop_index(batch_op.f('ix_control_fault_found_at'))
        batch_op.drop_index(batch_op.f('ix_control_fault_event_id'))
        batch_op.drop_index(batch_op.f('ix_control_fault_device_id'))

    op.drop_table('control_fault')
    with op.batch_alter_table('control_event_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_control_event_note_event_id'))

    op.drop_table('control_event_note')
    with op.batch_alter_table('control_event', schema=None) as batch_op:
        batch_op.drop_index('ix_control_event_result_time')
        batch_op.drop_index(batch_op.f('ix_control_event_received_at'))
        batch_op.drop_index('ix_control_event_open')
        batch_op.drop_index('ix_control_event_device_time')
        batch_op.drop_index(batch_op.f('ix_control_event_cause'))

    op.drop_table('control_event')
    op.drop_table('control_device')
    op.drop_table('control_counter')
