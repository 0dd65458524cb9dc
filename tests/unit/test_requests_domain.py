from datetime import datetime, timedelta

import pytest

from deskapp.domain.errors import InvalidTransition
from deskapp.domain.requests import (
    CALLBACK_DUE_SOON,
    TRANSITIONS,
    Due,
    RequestState,
    Satisfaction,
    Step,
    allowed_steps,
    callback_due,
    callback_step,
    due_state,
    next_state,
    progress_report_due,
    request_number,
    response_due,
)

T0 = datetime(2026, 3, 2, 1, 30)
S = RequestState


def test_the_whole_life_of_a_request():
    state = S.REGISTERED
    for step in (Step.DISPATCH, Step.START, Step.COMPLETE, Step.CALL_BACK, Step.CLOSE):
        state = next_state(state, step)
    assert state is S.CLOSED and not state.open


def test_an_unsatisfied_callback_reopens_the_request():
    assert callback_step(Satisfaction.NOT_SATISFIED) is Step.REOPEN
    assert callback_step(Satisfaction.MOSTLY) is Step.CALL_BACK
    assert next_state(S.COMPLETED, Step.REOPEN) is S.IN_PROGRESS


@pytest.mark.parametrize("state, step", [
    (S.CANCELLED, Step.COMPLETE),  # completing a cancelled request
    (S.IN_PROGRESS, Step.CALL_BACK),  # calling back an open one
    (S.REGISTERED, Step.COMPLETE),
    (S.COMPLETED, Step.CANCEL),  # done work is called back, not cancelled
    (S.CLOSED, Step.REOPEN),
    (S.REGISTERED, Step.CLOSE),
])
def test_impossible_steps_are_refused_with_a_message(state, step):
    with pytest.raises(InvalidTransition) as err:
        next_state(state, step)
    assert err.value.params == {"state": state.value, "step": step.value}


def test_every_final_state_is_final():
    for (state, _step), _target in TRANSITIONS.items():
        assert state.open


def test_the_steps_allowed_in_each_state_come_from_the_transition_table():
    assert allowed_steps(S.REGISTERED) == {Step.DISPATCH, Step.CANCEL}
    assert allowed_steps(S.DISPATCHED) == {Step.DISPATCH, Step.START, Step.CANCEL}
    assert allowed_steps(S.IN_PROGRESS) == {Step.DISPATCH, Step.COMPLETE, Step.CANCEL}
    assert allowed_steps(S.COMPLETED) == {Step.CALL_BACK, Step.REOPEN}
    assert allowed_steps(S.CALLED_BACK) == {Step.CLOSE}
    assert allowed_steps(S.CLOSED) == allowed_steps(S.CANCELLED) == frozenset()
    for state in S:  # exactly the steps next_state accepts
        for step in Step:
            assert (step in allowed_steps(state)) == ((state, step) in TRANSITIONS)


def test_due_times():
    assert response_due(T0) == T0 + timedelta(minutes=5)
    due = callback_due(T0)
    assert due == T0 + timedelta(hours=24)
    assert due_state(due, T0, CALLBACK_DUE_SOON) is Due.NONE
    assert due_state(due, due - timedelta(hours=3), CALLBACK_DUE_SOON) is Due.DUE_SOON
    assert due_state(due, due, CALLBACK_DUE_SOON) is Due.OVERDUE
    assert due_state(None, T0, CALLBACK_DUE_SOON) is Due.NONE


def test_progress_reports_for_long_running_requests():
    assert not progress_report_due(T0, T0 + timedelta(days=2, hours=23))
    assert progress_report_due(T0, T0 + timedelta(days=3))


def test_request_numbers():
    assert request_number(42) == "R0000042"
