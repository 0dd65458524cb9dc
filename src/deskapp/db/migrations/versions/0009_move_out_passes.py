"""move-out passes

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 15:25:14
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Move-out passes 大件物品放行条 and their item lines (issue 11); the applicant's ID only masked.
    op.create_table('move_pass',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('applicant_resident_id', sa.Integer(), nullable=True),
    sa.Column('applicant_name', sa.String(length=40), nullable=False),
    sa.Column('applicant_phone', sa.String(length=20), nullable=True),
    sa.Column('applicant_is_owner', sa.Boolean(), nullable=False),
    sa.Column('id_type', sa.String(length=20), nullable=False),
    sa.Column('id_masked', sa.String(length=24), nullable=False),
    sa.Column('consent_method', sa.String(length=12), nullable=True),
    sa.Column('consent_owner_id', sa.Integer(), nullable=True),
    sa.Column('consent_phone', sa.String(length=20), nullable=True),
    sa.Column('consent_at', sa.DateTime(), nullable=True),
    sa.Column('consent_taken_by_id', sa.Integer(), nullable=True),
    sa.Column('arrears_told', sa.Boolean(), nullable=False),
    sa.Column('valid_from', sa.DateTime(), nullable=False),
    sa.Column('valid_until', sa.DateTime(), nullable=False),
    sa.Column('plate', sa.String(length=12), nullable=False),
    sa.Column('movers', sa.String(length=100), nullable=False),
    sa.Column('remarks', sa.String(length=200), nullable=False),
    sa.Column('reprints', sa.Integer(), nullable=False),
    sa.Column('last_printed_at', sa.DateTime(), nullable=True),
    sa.Column('collected_at', sa.DateTime(), nullable=True),
    sa.Column('collected_by_id', sa.Integer(), nullable=True),
    sa.Column('collected_gate', sa.String(length=40), nullable=True),
    sa.Column('collected_station', sa.String(length=64), nullable=True),
    sa.Column('mover_id_masked', sa.String(length=24), nullable=True),
    sa.Column('gate_note', sa.String(length=200), nullable=False),
    sa.Column('red_copy_returned_at', sa.DateTime(), nullable=True),
    sa.Column('red_copy_returned_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_station', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('voided_by_id', sa.Integer(), nullable=True),
    sa.Column('void_reason', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['applicant_resident_id'], ['resident.id'], name=op.f('fk_move_pass_applicant_resident_id_resident')),
    sa.ForeignKeyConstraint(['collected_by_id'], ['staff.id'], name=op.f('fk_move_pass_collected_by_id_staff')),
    sa.ForeignKeyConstraint(['consent_owner_id'], ['resident.id'], name=op.f('fk_move_pass_consent_owner_id_resident')),
    sa.ForeignKeyConstraint(['consent_taken_by_id'], ['staff.id'], name=op.f('fk_move_pass_consent_taken_by_id_staff')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_move_pass_created_by_id_staff')),
    sa.ForeignKeyConstraint(['red_copy_returned_by_id'], ['staff.id'], name=op.f('fk_move_pass_red_copy_returned_by_id_staff')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_move_pass_unit_id_unit')),
    sa.ForeignKeyConstraint(['voided_by_id'], ['staff.id'], name=op.f('fk_move_pass_voided_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_move_pass'))
    )
    with op.batch_alter_table('move_pass', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_move_pass_applicant_name'), ['applicant_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_move_pass_collected_at'), ['collected_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_move_pass_plate'), ['plate'], unique=False)
        batch_op.create_index('ix_move_pass_state_from', ['state', 'valid_from'], unique=False)
        batch_op.create_index('ix_move_pass_unit_time', ['unit_id', 'created_at'], unique=False)

    op.create_table('move_pass_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pass_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=4), nullable=False),
    sa.ForeignKeyConstraint(['pass_id'], ['move_pass.id'], name=op.f('fk_move_pass_item_pass_id_move_pass')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_move_pass_item'))
    )
    with op.batch_alter_table('move_pass_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_move_pass_item_pass_id'), ['pass_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('move_pass_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_move_pass_item_pass_id'))

    op.drop_table('move_pass_item')
    with op.batch_alter_table('move_pass', schema=None) as batch_op:
        batch_op.drop_index('ix_move_pass_unit_time')
        batch_op.drop_index('ix_move_pass_state_from')
        batch_op.drop_index(batch_op.f('ix_move_pass_plate'))
        batch_op.drop_index(batch_op.f('ix_move_pass_collected_at'))
        batch_op.drop_index(batch_op.f('ix_move_pass_applicant_name'))

    op.drop_table('move_pass')
