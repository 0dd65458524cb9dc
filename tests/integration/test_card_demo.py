"""The demo site's access cards: cards in every state and an application at every step, read by the service."""

from sqlalchemy import func, select

from deskapp.db.models import AccessCard, CardApplication
from deskapp.domain.cards import AppState, CardState, Step
from deskapp.domain.roles import Role
from deskapp.services.demo import DemoSize, demo_card_no, seed_cards, seed_directory


def test_demo_cards_in_every_state_and_applications_at_every_step(world, admin):
    desk = world.member(admin, "8001", Role.SUPERVISOR, Role.RECEPTIONIST, name="赵敏")
    seed_directory(world.db, DemoSize(buildings=2, floors=3))
    assert seed_cards(world.db, cards=200) == 200
    with world.db.read() as s:
        states = dict(s.execute(select(AccessCard.state, func.count()).group_by(AccessCard.state)).all())
        steps = set(s.scalars(select(CardApplication.state)))
    assert set(states) == {state.value for state in CardState}, states
    assert steps == {state.value for state in AppState}
    lost = world.cards.lookup(desk, demo_card_no(1))
    assert lost.state is CardState.LOST and [e.kind.value for e in lost.history] == ["authorised", "lost"]
    open_ = world.cards.open_applications(desk)
    assert {a.state for a in open_} == {s for s in AppState if s.is_open}
    waiting = next(a for a in open_ if a.state is AppState.NOTIFY)
    assert waiting.next_step is Step.COLLECT and waiting.card_no
    done = world.cards.collect(desk, waiting.id, receipt=waiting.number,
                               signature="10,200 60,120 120,260 180,140 240,250;300,200 360,150 420,230 480,180")
    assert done.state is AppState.COLLECT
    world.services.card_printing.handover(desk, done.id)
    assert world.cards.door_list(desk).authorised is not None
