"""Access cards on SQLite and PostgreSQL: the eight steps in order with every refusal, the unit's limit and
its override, duplicate card numbers (also from two real processes at once), lost / found / replaced /
returned / expired cards and their history, look-up by number, a unit's cards and the door system's list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from deskapp.db.models import AccessCard, AuditLog, CardApplication
from deskapp.domain.cards import (
    DEFAULT_REQUIREMENTS,
    MSG_CARD_NO,
    MSG_LIMIT,
    MSG_MONEY,
    MSG_RECEIPT_NOT_PRINTED,
    MSG_REQUIREMENTS_ALL,
    MSG_SIGNATURE_BAD,
    MSG_SIGNATURE_EMPTY,
    MSG_STEP_DONE,
    MSG_STEP_MISSING,
    MSG_STEP_NOT_NEEDED,
    STEP_LABELS,
    AppState,
    CardEvent,
    CardState,
    CardType,
    Step,
    encode_signature,
    receipt_number,
)
from deskapp.domain.consent import MSG_CONSENT_REQUIRED, Consent, ConsentMethod
from deskapp.domain.errors import (
    Conflict,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from deskapp.domain.identity import IdType
from deskapp.domain.roles import Role
from deskapp.services.cards import (
    MSG_CARD_DUPLICATE,
    MSG_NOT_A_RECEIPT,
    MSG_RECEIPT_MISTYPED,
    MSG_RECEIPT_OTHER,
    MSG_VALID_UNTIL,
    Applicant,
)
from deskapp.services.timeutil import local_date
from tests.conftest import START
from tests.integration.stations import race
from tests.printing.pdfcheck import qr_codes

ID = "110101199003071233"  # a valid resident ID number
TODAY = local_date(START)
PICKUP = datetime(2026, 3, 3, 15, 0)  # local: tomorrow afternoon
SIGNATURE = encode_signature([[(10, 200), (60, 120), (120, 260), (180, 140), (240, 250)],
                              [(300, 200), (360, 150), (420, 230), (480, 180)]])


@pytest.fixture
def estate(world, desk):
    unit = world.directory.create_unit(desk, "3-2-1502")
    owner = world.directory.add_resident(desk, unit.id, name="王建国", role="owner", phones=["13912345678"])
    tenant = world.directory.add_resident(desk, unit.id, name="李租客", role="tenant", phones=["13600001111"])
    other = world.directory.create_unit(desk, "5-1-101")
    neighbour = world.directory.add_resident(desk, other.id, name="陈邻居", role="owner", phones=["13700002222"])
    return {"unit": unit, "owner": owner, "tenant": tenant, "other": other, "neighbour": neighbour}


@pytest.fixture
def receptionist(world, admin):
    return world.member(admin, "2001", Role.RECEPTIONIST, name="孙丽")


def opened(world, actor, room="3-2-1502", kind=CardType.RESIDENT, **kw):
    return world.cards.open_application(actor, unit=room, card_type=kind, requirements=list(DEFAULT_REQUIREMENTS),
                                        **kw)


def to_step(world, actor, estate, last: Step, *, tenant: bool = False, card_no: str = "0012345678",
            room="3-2-1502", kind=CardType.RESIDENT):
    """An application taken through the steps up to and including ``last``."""
    cards = world.cards
    app = opened(world, actor, room, kind)
    order = [Step.IDENTITY, Step.CONSENT, Step.REGISTER, Step.PAY, Step.AUTHORISE, Step.NOTIFY, Step.COLLECT]
    if last is Step.REQUIREMENTS:
        return app
    who = estate["tenant"] if tenant else estate["owner"] if room == "3-2-1502" else estate["neighbour"]
    for step in order:
        if step is Step.IDENTITY:
            app = cards.check_identity(actor, app.id, applicant=Applicant(IdType.RESIDENT_ID, ID, resident_id=who.id))
        elif step is Step.CONSENT:
            if not tenant:
                continue
            app = cards.record_consent(actor, app.id, Consent(ConsentMethod.PHONE, estate["owner"].id,
                                                              world.clock.now(), "139 1234 5678"))
        elif step is Step.REGISTER:
            app = cards.register(actor, app.id, pickup_at=PICKUP, fee="20")
            app = cards.record_receipt_print(actor, app.id)  # the receipt handed to the applicant
        elif step is Step.PAY:
            app = cards.pay(actor, app.id, amount="20.00", method="wechat", reference="WX4200001234")
        elif step is Step.AUTHORISE:
            valid = TODAY + timedelta(days=30) if kind is CardType.TEMPORARY else None
            app = cards.authorise(actor, app.id, card_no=card_no, valid_until=valid)
        elif step is Step.NOTIFY:
            app = cards.notify(actor, app.id, method="phone", note="下午三点后来取")
        elif step is Step.COLLECT:
            app = cards.collect(actor, app.id, receipt=app.number, signature=SIGNATURE)
        if step is last:
            return app
    return app


def count(world, model) -> int:
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


# -- the eight steps -------------------------------------------------------------------------------------

def test_an_owner_goes_through_every_step_each_stamped(world, desk, estate, clock):
    app = to_step(world, desk, estate, Step.REQUIREMENTS)
    assert app.state is AppState.REQUIREMENTS and app.number == receipt_number(app.id)
    assert app.next_step is Step.IDENTITY and app.requirements == DEFAULT_REQUIREMENTS
    clock.advance(minutes=1)
    app = world.cards.check_identity(desk, app.id, applicant=Applicant(IdType.RESIDENT_ID, ID,
                                                                          resident_id=estate["owner"].id))
    assert app.applicant_is_owner and not app.needs_consent and app.next_step is Step.REGISTER
    assert app.id_masked == "1101**********1233"
    app = world.cards.register(desk, app.id, pickup_at=PICKUP, fee="２０")
    assert app.fee_cents == 2000 and app.pickup_at == PICKUP.astimezone(UTC).replace(tzinfo=None)
    with pytest.raises(InvalidTransition) as err:  # registered, but the receipt not yet printed
        world.cards.pay(desk, app.id, amount="20", method="cash", reference="收据 0042")
    assert err.value.message == MSG_RECEIPT_NOT_PRINTED
    assert qr_codes(world.services.card_printing.receipt(desk, app.id).pdf) == [app.number]
    app = world.cards.pay(desk, app.id, amount="20", method="cash", reference="收据 0042")
    app = world.cards.authorise(desk, app.id, card_no="00-1234 5678")
    assert app.card_no == "0012345678" and app.state is AppState.AUTHORISE
    app = world.cards.notify(desk, app.id, method="sms")
    app = world.cards.collect(desk, app.id, receipt=app.number.lower(), signature=SIGNATURE)
    assert app.state is AppState.COLLECT and app.next_step is None and app.signature
    assert [d.step for d in app.steps] == [s for s in Step if s is not Step.CONSENT]
    assert {(d.by, d.station) for d in app.steps} == {("赵敏", "desk-1")}
    assert app.steps[0].at == START and app.steps[1].at == START + timedelta(minutes=1)
    with world.db.read() as s:  # the full ID number is nowhere: not in the row, not in the audit trail
        assert ID not in repr(s.get(CardApplication, app.id).__dict__)
        assert not s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.new_value.contains(ID)))


def test_a_tenant_needs_the_owners_consent_in_the_service(world, desk, estate):
    app = to_step(world, desk, estate, Step.IDENTITY, tenant=True)
    assert app.needs_consent and app.next_step is Step.CONSENT
    with pytest.raises(InvalidTransition) as err:  # registering without the consent
        world.cards.register(desk, app.id, pickup_at=PICKUP)
    assert err.value.message == MSG_STEP_MISSING and err.value.params["missing"] == STEP_LABELS[Step.CONSENT]
    with pytest.raises(ValidationError) as verr:
        world.cards.record_consent(desk, app.id, None)
    assert [p.message for p in verr.value.problems] == [MSG_CONSENT_REQUIRED]
    with pytest.raises(ValidationError):  # consent by phone from a number not on file
        world.cards.record_consent(desk, app.id, Consent(ConsentMethod.PHONE, estate["owner"].id,
                                                         world.clock.now(), "13800000000"))
    for when in (world.clock.now() + timedelta(hours=1), world.clock.now() - timedelta(days=31)):
        with pytest.raises(ValidationError):  # a consent in the future, or too old to count
            world.cards.record_consent(desk, app.id, Consent(ConsentMethod.IN_PERSON, estate["owner"].id, when))
    with pytest.raises(ValidationError):  # the tenant cannot consent for themselves
        world.cards.record_consent(desk, app.id, Consent(ConsentMethod.IN_PERSON, estate["tenant"].id,
                                                         world.clock.now()))
    app = world.cards.record_consent(desk, app.id, Consent(ConsentMethod.WRITTEN, estate["owner"].id,
                                                           world.clock.now() - timedelta(days=2)))
    assert app.consent_owner == "王建国" and app.consent_method is ConsentMethod.WRITTEN
    assert app.done(Step.CONSENT).by == "赵敏"
    app = to_step(world, desk, estate, Step.COLLECT, tenant=True, card_no="A1B2C3D4")
    assert [d.step for d in app.steps] == list(Step)


def test_an_owner_needs_no_consent(world, desk, estate):
    app = to_step(world, desk, estate, Step.IDENTITY)
    with pytest.raises(InvalidTransition) as err:
        world.cards.record_consent(desk, app.id, Consent(ConsentMethod.IN_PERSON, estate["owner"].id,
                                                         world.clock.now()))
    assert err.value.message == MSG_STEP_NOT_NEEDED


STEP_CALLS = {
    Step.IDENTITY: lambda w, a, e, app: w.cards.check_identity(a, app.id, applicant=Applicant(
        IdType.RESIDENT_ID, ID, resident_id=e["owner"].id)),
    Step.REGISTER: lambda w, a, e, app: w.cards.register(a, app.id, pickup_at=PICKUP),
    Step.PAY: lambda w, a, e, app: w.cards.pay(a, app.id, amount="20", method="cash", reference="0042"),
    Step.AUTHORISE: lambda w, a, e, app: w.cards.authorise(a, app.id, card_no="99887766"),
    Step.NOTIFY: lambda w, a, e, app: w.cards.notify(a, app.id, method="phone"),
    Step.COLLECT: lambda w, a, e, app: w.cards.collect(a, app.id, receipt=app.number, signature=SIGNATURE),
}
OWNER_ORDER = [Step.REQUIREMENTS, Step.IDENTITY, Step.REGISTER, Step.PAY, Step.AUTHORISE, Step.NOTIFY,
               Step.COLLECT]


@pytest.mark.parametrize("at", OWNER_ORDER[:-1], ids=lambda s: s.value)
def test_every_step_out_of_order_is_refused_naming_the_missing_one(world, desk, estate, at):
    app = to_step(world, desk, estate, at)
    nxt = OWNER_ORDER[OWNER_ORDER.index(at) + 1]
    before = (count(world, CardApplication), count(world, AccessCard))
    for later in OWNER_ORDER[OWNER_ORDER.index(at) + 2:]:
        with pytest.raises(InvalidTransition) as err:
            STEP_CALLS[later](world, desk, estate, app)
        assert err.value.message == MSG_STEP_MISSING, later
        assert err.value.params["missing"] == STEP_LABELS[nxt]
    for earlier in OWNER_ORDER[1:OWNER_ORDER.index(at) + 1]:  # done already: who did it and when
        with pytest.raises(InvalidTransition) as err:
            STEP_CALLS[earlier](world, desk, estate, app)
        assert err.value.message == MSG_STEP_DONE and err.value.params["name"] == "赵敏"
    assert (count(world, CardApplication), count(world, AccessCard)) == before
    assert world.cards.application(desk, app.id).state is AppState(at.value)


def test_cancel_with_a_reason_and_nothing_after_it(world, desk, estate):
    app = to_step(world, desk, estate, Step.PAY)
    with pytest.raises(ValidationError):
        world.cards.cancel(desk, app.id, reason="  ")
    app = world.cards.cancel(desk, app.id, reason="业主改主意")
    assert app.state is AppState.CANCELLED and app.cancel_reason == "业主改主意" and app.next_step is None
    with pytest.raises(InvalidTransition) as err:
        STEP_CALLS[Step.AUTHORISE](world, desk, estate, app)
    assert "业主改主意" in str(err.value) and err.value.params["name"] == "赵敏"
    with pytest.raises(InvalidTransition):
        world.cards.cancel(desk, app.id, reason="again")
    # cancelling an authorised application takes its card off the doors
    app = to_step(world, desk, estate, Step.AUTHORISE, card_no="11112222")
    world.cards.cancel(desk, app.id, reason="申请人不来取卡")
    card = world.cards.lookup(desk, "11112222")
    assert card.state is CardState.RETURNED
    assert [line.card_no for line in world.cards.door_list(desk).deactivate] == ["11112222"]
    done = to_step(world, desk, estate, Step.COLLECT, card_no="33334444")
    with pytest.raises(InvalidTransition):  # a collected application cannot be cancelled
        world.cards.cancel(desk, done.id, reason="too late")


def test_the_receipt_must_come_back_and_the_applicant_sign(world, desk, estate):
    app = to_step(world, desk, estate, Step.NOTIFY)
    other = to_step(world, desk, estate, Step.REQUIREMENTS)
    cases = [
        (dict(receipt="", signature=SIGNATURE), "receipt", MSG_NOT_A_RECEIPT),
        (dict(receipt=app.number[:-1] + str((int(app.number[-1]) + 1) % 10), signature=SIGNATURE), "receipt",
         MSG_RECEIPT_MISTYPED),
        (dict(receipt=other.number, signature=SIGNATURE), "receipt", MSG_RECEIPT_OTHER),
        (dict(receipt=app.number, signature=""), "signature", MSG_SIGNATURE_EMPTY),
        (dict(receipt=app.number, signature="5,5"), "signature", MSG_SIGNATURE_EMPTY),  # a dot is no signature
        (dict(receipt=app.number, signature="x" * 40_000), "signature", MSG_SIGNATURE_BAD),
        (dict(receipt=app.number, signature="1,2 3,\x00"), "signature", MSG_SIGNATURE_BAD),
        (dict(receipt=app.number, signature="1,2 99999,3"), "signature", MSG_SIGNATURE_BAD),
    ]
    for kwargs, field, message in cases:
        with pytest.raises(ValidationError) as err:
            world.cards.collect(desk, app.id, **kwargs)
        assert (err.value.problems[0].field, err.value.message) == (field, message), kwargs
    assert world.cards.application(desk, app.id).state is AppState.NOTIFY


def test_bad_input_at_each_step_is_refused_and_nothing_changes(world, desk, estate):
    with pytest.raises(ValidationError) as err:
        world.cards.open_application(desk, unit="3-2-1502", card_type="resident", requirements=DEFAULT_REQUIREMENTS[:2])
    assert err.value.message == MSG_REQUIREMENTS_ALL
    for unit in ("", "x" * 10_000, "3-2-15\x0002", "'; DROP TABLE unit; --", "%", "9" * 30):
        with pytest.raises(ValidationError):
            opened(world, desk, unit)
    with pytest.raises(ValidationError):
        opened(world, desk, kind="gold")
    assert count(world, CardApplication) == 0
    app = opened(world, desk)
    for number in ("", "12345678901234567", "4403", "x" * 10_000, "\x00" * 18):
        with pytest.raises(ValidationError):
            world.cards.check_identity(desk, app.id, applicant=Applicant(IdType.RESIDENT_ID, number,
                                                                         resident_id=estate["owner"].id))
    with pytest.raises(ValidationError):  # a resident of another unit
        world.cards.check_identity(desk, app.id, applicant=Applicant(IdType.RESIDENT_ID, ID,
                                                                     resident_id=estate["owner"].id + 2))
    for name in ("", "😀", "x" * 10_000, "张\x00三"):
        with pytest.raises(ValidationError):
            world.cards.check_identity(desk, app.id, applicant=Applicant(IdType.PASSPORT, "E12345678", name=name))
    app = world.cards.check_identity(desk, app.id, applicant=Applicant(IdType.PASSPORT, "E12345678", name="𠀋建国"))
    assert app.id_masked.endswith("5678") and not app.applicant_is_owner
    app = world.cards.record_consent(desk, app.id, Consent(ConsentMethod.IN_PERSON, estate["owner"].id,
                                                           world.clock.now()))
    for fee in ("abc", "-5", "NaN", "1e3", str(2**63), "100000.01", "20.001", "😀", "２０.５５５"):
        with pytest.raises(ValidationError) as err:
            world.cards.register(desk, app.id, pickup_at=PICKUP, fee=fee)
        assert err.value.message == MSG_MONEY, fee
    with pytest.raises(ValidationError):
        world.cards.register(desk, app.id, pickup_at=datetime(2020, 1, 1, 9, 0))
    with pytest.raises(ValidationError):
        world.cards.register(desk, app.id, pickup_at=PICKUP, remarks="x" * 10_000)
    app = world.cards.register(desk, app.id, pickup_at=PICKUP, fee="0", remarks="首卡免费")
    world.cards.record_receipt_print(desk, app.id)
    for kwargs in (dict(amount="0", method="cash", reference="1"), dict(amount="20", method="bitcoin", reference="1"),
                   dict(amount="20", method="cash", reference=""), dict(amount=float("nan"), method="cash",
                                                                          reference="1"),
                   dict(amount="20", method="cash", reference="x" * 41)):
        with pytest.raises(ValidationError):
            world.cards.pay(desk, app.id, **kwargs)
    with pytest.raises(ValidationError):
        world.cards.exempt(desk, app.id, reason="")
    app = world.cards.exempt(desk, app.id, reason="首张卡含在物业费内")
    assert app.exempt_reason and app.paid_cents == 0
    for number in ("", "12", "x" * 10_000, "A1\x00B2C3", "卡号一二三四", "😀1234", "12345678%", "' OR 1=1 --",
                   "1" * 21):
        with pytest.raises(ValidationError) as err:
            world.cards.authorise(desk, app.id, card_no=number)
        assert err.value.message == MSG_CARD_NO, number
    with pytest.raises(ValidationError):
        world.cards.authorise(desk, app.id, card_no="12345678", valid_until=TODAY)  # a resident card has no end
    assert count(world, AccessCard) == 0
    app = world.cards.authorise(desk, app.id, card_no="ａｂ１２３４５６")  # full-width from an input method
    assert app.card_no == "AB123456"
    for method in ("", "carrier pigeon"):
        with pytest.raises(ValidationError):
            world.cards.notify(desk, app.id, method=method)


def test_a_temporary_card_needs_its_last_day_and_expires(world, desk, estate, clock):
    app = to_step(world, desk, estate, Step.PAY, kind=CardType.TEMPORARY)
    for bad in (None, TODAY - timedelta(days=1), TODAY + timedelta(days=1000)):
        with pytest.raises(ValidationError) as err:
            world.cards.authorise(desk, app.id, card_no="T0001", valid_until=bad)
        assert err.value.message == MSG_VALID_UNTIL
    world.cards.authorise(desk, app.id, card_no="T0001", valid_until=TODAY + timedelta(days=2))
    assert world.cards.door_list(desk).authorised[0].card_no == "T0001"
    clock.advance(days=3)
    listed = world.cards.door_list(desk)
    assert [(x.card_no, x.event) for x in listed.deactivate] == [("T0001", CardEvent.EXPIRED)]
    assert world.cards.lookup(desk, "t0001").state is CardState.EXPIRED
    assert world.cards.expire_due(desk) == 0  # once


# -- the unit's limit ------------------------------------------------------------------------------------

def test_the_units_limit_and_a_supervisors_override(world, admin, desk, receptionist, estate):
    world.site.update_settings(admin, idle_lock_minutes=10, card_limit=2)
    to_step(world, desk, estate, Step.COLLECT, card_no="L1000001")
    pending = opened(world, desk)
    with pytest.raises(Conflict) as err:
        opened(world, receptionist)
    assert err.value.message == MSG_LIMIT and err.value.params == {"room": "3-2-1502", "count": 2, "limit": 2}
    with pytest.raises(PermissionDenied):
        opened(world, receptionist, override_reason="业主家里人多")
    with pytest.raises(ValidationError):
        opened(world, desk, override_reason="x" * 300)
    over = opened(world, desk, override_reason="业主家有保姆")
    assert over.limit_override == "业主家有保姆"
    opened(world, desk, "5-1-101")  # another unit has its own limit
    world.cards.cancel(desk, pending.id, reason="重复申请")
    world.cards.cancel(desk, over.id, reason="保姆已离职")
    assert opened(world, receptionist).state is AppState.REQUIREMENTS  # the cancelled one freed its place


def test_the_limit_is_checked_again_when_the_card_is_authorised(world, admin, desk, estate):
    world.site.update_settings(admin, idle_lock_minutes=10, card_limit=2)
    first = to_step(world, desk, estate, Step.PAY)
    second = to_step(world, desk, estate, Step.PAY)
    world.site.update_settings(admin, idle_lock_minutes=10, card_limit=1)  # the site lowered it meanwhile
    world.cards.authorise(desk, first.id, card_no="A0000001")
    with pytest.raises(Conflict) as err:
        world.cards.authorise(desk, second.id, card_no="A0000002")
    assert err.value.message == MSG_LIMIT


def test_site_settings_for_cards_are_checked(world, admin):
    for kwargs in (dict(card_limit=0), dict(card_limit=10**19), dict(card_fee_cents=-1),
                   dict(card_requirements=[]), dict(card_requirements=["x" * 61]), dict(card_requirements=["\x00"])):
        with pytest.raises(ValidationError):
            world.site.update_settings(admin, idle_lock_minutes=10, **kwargs)
    s = world.site.update_settings(admin, idle_lock_minutes=10, card_limit=3, card_fee_cents=1500,
                                   card_requirements=["身份证", "房产证", "身份证"])
    assert (s.card_limit, s.card_fee_cents, s.card_requirements) == (3, 1500, ("身份证", "房产证"))


# -- duplicate card numbers ----------------------------------------------------------------------------

def test_a_live_card_number_is_refused_naming_the_unit_that_holds_it(world, desk, estate):
    to_step(world, desk, estate, Step.AUTHORISE, card_no="0012345678", room="5-1-101")
    app = to_step(world, desk, estate, Step.PAY)
    with pytest.raises(Conflict) as err:
        world.cards.authorise(desk, app.id, card_no="0012-345-678")
    assert err.value.message == MSG_CARD_DUPLICATE
    assert err.value.params == {"card_no": "0012345678", "room": "5-1-101", "holder": "陈邻居"}
    assert world.cards.application(desk, app.id).state is AppState.PAY
    held = world.cards.lookup(desk, "0012345678")
    world.cards.report_lost(desk, held.id, reported_by="业主本人")  # a lost card still holds its number
    with pytest.raises(Conflict):
        world.cards.authorise(desk, app.id, card_no="0012345678")
    world.cards.return_card(desk, held.id, note="搬走时交回")  # a returned card's number may be given out again
    app = world.cards.authorise(desk, app.id, card_no="0012345678")
    assert world.cards.lookup(desk, "0012345678").room_no == "3-2-1502"


def test_a_card_number_authorised_at_two_stations_at_once_is_authorised_once(world, admin, desk, estate):
    url = world.engine.url.render_as_string(hide_password=False)
    apps = [to_step(world, desk, estate, Step.PAY), to_step(world, desk, estate, Step.PAY, room="5-1-101")]
    desks = [world.member(admin, f"70{i}", Role.RECEPTIONIST, name="前台" + "甲乙"[i]) for i in range(2)]
    from dataclasses import replace as with_station
    scripts = [(with_station(d, station=f"desk-{i + 2}"),
                [("authorise_card", {"application_id": a.id, "card_no": "DUP0001"})])
               for i, (d, a) in enumerate(zip(desks, apps, strict=True))]
    reports = race(url, scripts)
    outcomes = [r.outcomes[0] for r in reports]
    assert sorted(o.kind for o in outcomes) == ["ok", "refused"], outcomes
    refused = next(o for o in outcomes if o.kind == "refused")
    winner = apps[[o.kind for o in outcomes].index("ok")]
    assert refused.error == "Conflict" and winner.room_no in refused.message
    with world.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AccessCard).where(AccessCard.card_no == "DUP0001")) == 1
    print(f"\n[race] card DUP0001: {[o.kind for o in outcomes]}; refused: {refused.message}")


def test_the_units_last_place_taken_at_two_stations_at_once_is_taken_once(world, admin, desk, estate):
    world.site.update_settings(admin, idle_lock_minutes=10, card_limit=1)
    url = world.engine.url.render_as_string(hide_password=False)
    desks = [world.member(admin, f"71{i}", Role.RECEPTIONIST, name="前台" + "丙丁"[i]) for i in range(2)]
    from dataclasses import replace as with_station
    scripts = [(with_station(d, station=f"desk-{i + 4}"),
                [("open_card_application", {"room": "3-2-1502", "requirements": list(DEFAULT_REQUIREMENTS)})])
               for i, d in enumerate(desks)]
    outcomes = [r.outcomes[0] for r in race(url, scripts)]
    assert sorted(o.kind for o in outcomes) == ["ok", "refused"], outcomes
    refused = next(o for o in outcomes if o.kind == "refused")
    assert refused.error == "Conflict" and "3-2-1502" in refused.message
    assert count(world, CardApplication) == 1


# -- the card's life ---------------------------------------------------------------------------------------

def test_lost_found_replaced_and_returned_with_the_history(world, desk, estate, clock):
    app = to_step(world, desk, estate, Step.COLLECT, card_no="C0000001")
    card = world.cards.lookup(desk, "c0000001")
    assert (card.state, card.room_no, card.holder_name, card.application_number) == (
        CardState.ACTIVE, "3-2-1502", "王建国", app.number)
    with pytest.raises(ValidationError):
        world.cards.report_lost(desk, card.id, reported_by="")
    clock.advance(minutes=5)
    card = world.cards.report_lost(desk, card.id, reported_by="业主本人电话", note="在地铁上丢的")
    assert card.state is CardState.LOST and not card.state.opens_doors
    with pytest.raises(InvalidTransition):
        world.cards.report_lost(desk, card.id, reported_by="again")
    card = world.cards.found(desk, card.id, note="在车里找到")
    assert card.state is CardState.ACTIVE
    world.cards.report_lost(desk, card.id, reported_by="业主本人")
    with pytest.raises(Conflict):  # the new number is live elsewhere
        to_step(world, desk, estate, Step.AUTHORISE, card_no="C0000009", room="5-1-101")
        world.cards.replace_card(desk, card.id, new_card_no="C0000009", fee="20", method="cash", reference="1")
    for kwargs in (dict(fee="20", method=None, reference="1"), dict(fee="20", method="cash", reference=""),
                   dict(fee="NaN", method="cash", reference="1")):
        with pytest.raises(ValidationError):
            world.cards.replace_card(desk, card.id, new_card_no="C0000002", **kwargs)
    new = world.cards.replace_card(desk, card.id, new_card_no="C0000002", fee="30", method="alipay",
                                   reference="ALI2026", note="补卡")
    assert new.state is CardState.ACTIVE and new.holder_name == "王建国"
    old = world.cards.card(desk, card.id)
    assert old.state is CardState.REPLACED
    assert [e.kind for e in old.history] == [CardEvent.AUTHORISED, CardEvent.LOST, CardEvent.FOUND, CardEvent.LOST,
                                             CardEvent.REPLACED]
    assert old.history[1].reported_by == "业主本人电话" and old.history[-1].other_card_no == "C0000002"
    assert new.history[0].fee_cents == 3000 and new.history[0].other_card_no == "C0000001"
    with pytest.raises(InvalidTransition):  # the old one stays deactivated
        world.cards.found(desk, old.id)
    returned = world.cards.return_card(desk, new.id, note="迁出")
    assert returned.state is CardState.RETURNED
    day = world.cards.door_list(desk)
    assert [(x.card_no, x.event) for x in day.deactivate] == [
        ("C0000001", CardEvent.LOST), ("C0000001", CardEvent.LOST), ("C0000001", CardEvent.REPLACED),
        ("C0000002", CardEvent.RETURNED)]
    assert [(x.card_no, x.event) for x in day.authorised] == [
        ("C0000001", CardEvent.AUTHORISED), ("C0000001", CardEvent.FOUND), ("C0000009", CardEvent.AUTHORISED),
        ("C0000002", CardEvent.AUTHORISED)]
    assert world.cards.door_list(desk, TODAY - timedelta(days=1)).deactivate == ()


def test_look_up_a_unit_and_the_move_out_pass_calls(world, desk, estate):
    with pytest.raises(NotFound):
        world.cards.lookup(desk, "NOPE0001")
    for bad in ("", "x" * 10_000, "%%%%", "😀😀😀😀"):
        with pytest.raises(ValidationError):
            world.cards.lookup(desk, bad)
    to_step(world, desk, estate, Step.COLLECT, card_no="U0000001")
    to_step(world, desk, estate, Step.AUTHORISE, card_no="U0000002", tenant=True)
    pending = to_step(world, desk, estate, Step.REGISTER)
    cards = world.cards.cards_of_unit(desk, estate["unit"].id)
    assert [c.card_no for c in cards.live] == ["U0000002", "U0000001"]
    assert [a.id for a in cards.applications] == [world.cards.lookup(desk, "U0000002").application_id, pending.id]
    live = world.cards.live_cards_of_unit(desk, estate["unit"].id)
    world.cards.return_card(desk, live[0].id, note="迁出，大件放行时交回")
    assert [c.card_no for c in world.cards.live_cards_of_unit(desk, estate["unit"].id)] == ["U0000001"]
    with pytest.raises(NotFound):
        world.cards.cards_of_unit(desk, 2**63)
    with pytest.raises(NotFound):
        world.cards.card(desk, 2**63)
    with pytest.raises(NotFound):
        world.cards.application(desk, -1)


def test_who_may_do_what(world, admin, estate, desk):
    from dataclasses import replace as with_station

    guard = with_station(world.member(admin, "3001", Role.GUARD, name="陈强"), station="north-gate")
    operator = world.member(admin, "4001", Role.CONTROL_OPERATOR, name="周监控")
    app = to_step(world, desk, estate, Step.COLLECT, card_no="G0000001")
    for who in (guard, operator):
        with pytest.raises(PermissionDenied):
            opened(world, who)
        with pytest.raises(PermissionDenied):
            world.cards.report_lost(who, world.cards.lookup(who, "G0000001").id, reported_by="x")
        assert world.cards.lookup(who, "G0000001").room_no == "3-2-1502"  # a card found at the gate
        world.cards.door_list(who)
    assert world.cards.find_receipt(guard, app.number).id == app.id
    assert world.cards.find_receipt(guard, app.number).applicant_phone == "139****5678"  # masked for the gate
    assert world.cards.find_receipt(desk, app.number).applicant_phone == "13912345678"


@pytest.mark.parametrize("bad_id", [2**63, 2**31, -1, 0])
def test_an_id_that_names_nothing_is_not_found_at_every_step(world, desk, estate, bad_id):
    cards = world.cards
    calls = [
        lambda: cards.check_identity(desk, bad_id, applicant=Applicant(IdType.RESIDENT_ID, ID,
                                                                        resident_id=estate["owner"].id)),
        lambda: cards.record_consent(desk, bad_id, Consent(ConsentMethod.IN_PERSON, estate["owner"].id,
                                                           world.clock.now())),
        lambda: cards.register(desk, bad_id, pickup_at=PICKUP),
        lambda: cards.pay(desk, bad_id, amount="20", method="cash", reference="1"),
        lambda: cards.exempt(desk, bad_id, reason="x"),
        lambda: cards.authorise(desk, bad_id, card_no="12345678"),
        lambda: cards.notify(desk, bad_id, method="phone"),
        lambda: cards.collect(desk, bad_id, receipt=receipt_number(1), signature=SIGNATURE),
        lambda: cards.cancel(desk, bad_id, reason="x"),
        lambda: cards.record_receipt_print(desk, bad_id),
        lambda: cards.report_lost(desk, bad_id, reported_by="x"),
        lambda: cards.found(desk, bad_id),
        lambda: cards.return_card(desk, bad_id),
        lambda: cards.replace_card(desk, bad_id, new_card_no="12345679", fee="0", method=None),
        lambda: cards.application(desk, bad_id),
        lambda: cards.card(desk, bad_id),
    ]
    for call in calls:
        with pytest.raises((NotFound, ValidationError)):
            call()
    assert count(world, CardApplication) == 0 and count(world, AccessCard) == 0
    app = opened(world, desk)
    with pytest.raises(ValidationError):  # a resident id past the column's range names nobody
        cards.check_identity(desk, app.id, applicant=Applicant(IdType.RESIDENT_ID, ID, resident_id=bad_id))
