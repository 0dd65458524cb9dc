"""access cards

Revision ID: 0013
Revises: 0009
Create Date: 2026-11-27 16:15:58
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Access cards 业户卡 (issue 13): applications and their eight steps, the cards, each card's events.
    op.create_table('card_application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('card_type', sa.String(length=12), nullable=False),
    sa.Column('requirements', sa.Text(), nullable=False),
    sa.Column('limit_override', sa.String(length=200), nullable=True),
    sa.Column('limit_override_by_id', sa.Integer(), nullable=True),
    sa.Column('applicant_resident_id', sa.Integer(), nullable=True),
    sa.Column('applicant_name', sa.String(length=40), nullable=False),
    sa.Column('applicant_phone', sa.String(length=20), nullable=True),
    sa.Column('applicant_is_owner', sa.Boolean(), nullable=False),
    sa.Column('id_type', sa.String(length=20), nullable=True),
    sa.Column('id_masked', sa.String(length=24), nullable=True),
    sa.Column('identity_at', sa.DateTime(), nullable=True),
    sa.Column('identity_by_id', sa.Integer(), nullable=True),
    sa.Column('identity_station', sa.String(length=64), nullable=True),
    sa.Column('consent_method', sa.String(length=12), nullable=True),
    sa.Column('consent_owner_id', sa.Integer(), nullable=True),
    sa.Column('consent_phone', sa.String(length=20), nullable=True),
    sa.Column('consent_at', sa.DateTime(), nullable=True),
    sa.Column('consent_by_id', sa.Integer(), nullable=True),
    sa.Column('consent_recorded_at', sa.DateTime(), nullable=True),
    sa.Column('consent_station', sa.String(length=64), nullable=True),
    sa.Column('fee_cents', sa.Integer(), nullable=True),
    sa.Column('pickup_at', sa.DateTime(), nullable=True),
    sa.Column('remarks', sa.String(length=200), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=True),
    sa.Column('registered_by_id', sa.Integer(), nullable=True),
    sa.Column('registered_station', sa.String(length=64), nullable=True),
    sa.Column('receipt_prints', sa.Integer(), nullable=False),
    sa.Column('paid_cents', sa.Integer(), nullable=True),
    sa.Column('pay_method', sa.String(length=12), nullable=True),
    sa.Column('pay_reference', sa.String(length=40), nullable=True),
    sa.Column('exempt_reason', sa.String(length=200), nullable=True),
    sa.Column('paid_at', sa.DateTime(), nullable=True),
    sa.Column('paid_by_id', sa.Integer(), nullable=True),
    sa.Column('paid_station', sa.String(length=64), nullable=True),
    sa.Column('authorised_at', sa.DateTime(), nullable=True),
    sa.Column('authorised_by_id', sa.Integer(), nullable=True),
    sa.Column('authorised_station', sa.String(length=64), nullable=True),
    sa.Column('notify_method', sa.String(length=12), nullable=True),
    sa.Column('notify_note', sa.String(length=200), nullable=False),
    sa.Column('notified_at', sa.DateTime(), nullable=True),
    sa.Column('notified_by_id', sa.Integer(), nullable=True),
    sa.Column('notified_station', sa.String(length=64), nullable=True),
    sa.Column('signature', sa.Text(), nullable=True),
    sa.Column('collected_at', sa.DateTime(), nullable=True),
    sa.Column('collected_by_id', sa.Integer(), nullable=True),
    sa.Column('collected_station', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_station', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('voided_by_id', sa.Integer(), nullable=True),
    sa.Column('void_reason', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['applicant_resident_id'], ['resident.id'], name=op.f('fk_card_application_applicant_resident_id_resident')),
    sa.ForeignKeyConstraint(['authorised_by_id'], ['staff.id'], name=op.f('fk_card_application_authorised_by_id_staff')),
    sa.ForeignKeyConstraint(['collected_by_id'], ['staff.id'], name=op.f('fk_card_application_collected_by_id_staff')),
    sa.ForeignKeyConstraint(['consent_by_id'], ['staff.id'], name=op.f('fk_card_application_consent_by_id_staff')),
    sa.ForeignKeyConstraint(['consent_owner_id'], ['resident.id'], name=op.f('fk_card_application_consent_owner_id_resident')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_card_application_created_by_id_staff')),
    sa.ForeignKeyConstraint(['identity_by_id'], ['staff.id'], name=op.f('fk_card_application_identity_by_id_staff')),
    sa.ForeignKeyConstraint(['limit_override_by_id'], ['staff.id'], name=op.f('fk_card_application_limit_override_by_id_staff')),
    sa.ForeignKeyConstraint(['notified_by_id'], ['staff.id'], name=op.f('fk_card_application_notified_by_id_staff')),
    sa.ForeignKeyConstraint(['paid_by_id'], ['staff.id'], name=op.f('fk_card_application_paid_by_id_staff')),
    sa.ForeignKeyConstraint(['registered_by_id'], ['staff.id'], name=op.f('fk_card_application_registered_by_id_staff')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_card_application_unit_id_unit')),
    sa.ForeignKeyConstraint(['voided_by_id'], ['staff.id'], name=op.f('fk_card_application_voided_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card_application'))
    )
    with op.batch_alter_table('card_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_application_applicant_name'), ['applicant_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_application_state'), ['state'], unique=False)
        batch_op.create_index('ix_card_application_unit_state', ['unit_id', 'state'], unique=False)

    op.create_table('access_card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_no', sa.String(length=20), nullable=False),
    sa.Column('live_no', sa.String(length=20), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('holder_name', sa.String(length=40), nullable=False),
    sa.Column('holder_resident_id', sa.Integer(), nullable=True),
    sa.Column('card_type', sa.String(length=12), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_station', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['card_application.id'], name=op.f('fk_access_card_application_id_card_application')),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_access_card_created_by_id_staff')),
    sa.ForeignKeyConstraint(['holder_resident_id'], ['resident.id'], name=op.f('fk_access_card_holder_resident_id_resident')),
    sa.ForeignKeyConstraint(['replaces_id'], ['access_card.id'], name=op.f('fk_access_card_replaces_id_access_card')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_access_card_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_card')),
    sa.UniqueConstraint('live_no', name=op.f('uq_access_card_live_no'))
    )
    with op.batch_alter_table('access_card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_card_card_no'), ['card_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_card_unit_id'), ['unit_id'], unique=False)

    op.create_table('access_card_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('reported_by', sa.String(length=40), nullable=False),
    sa.Column('fee_cents', sa.Integer(), nullable=True),
    sa.Column('pay_method', sa.String(length=12), nullable=True),
    sa.Column('pay_reference', sa.String(length=40), nullable=True),
    sa.Column('other_card_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_access_card_event_by_id_staff')),
    sa.ForeignKeyConstraint(['card_id'], ['access_card.id'], name=op.f('fk_access_card_event_card_id_access_card')),
    sa.ForeignKeyConstraint(['other_card_id'], ['access_card.id'], name=op.f('fk_access_card_event_other_card_id_access_card')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_card_event'))
    )
    with op.batch_alter_table('access_card_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_card_event_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_card_event_card_id'), ['card_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('access_card_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_card_event_card_id'))
        batch_op.drop_index(batch_op.f('ix_access_card_event_at'))

    op.drop_table('access_card_event')
    with op.batch_alter_table('access_card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_card_unit_id'))
        batch_op.drop_index(batch_op.f('ix_access_card_card_no'))

    op.drop_table('access_card')
    with op.batch_alter_table('card_application', schema=None) as batch_op:
        batch_op.drop_index('ix_card_application_unit_state')
        batch_op.drop_index(batch_op.f('ix_card_application_state'))
        batch_op.drop_index(batch_op.f('ix_card_application_applicant_name'))

    op.drop_table('card_application')
