"""No-show risk: features without leakage, the numpy fit, calibration, the figures, training
on a practice's own history, the call item a day ahead, and who may see it."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest

from frontdesk.domain import Confirmation, ItemKind
from frontdesk.domain.access import Person, Role
from frontdesk.services.access import DeskSession, GuardedServices
from frontdesk.services.errors import PermissionDenied
from frontdesk.services.risk import features as F
from frontdesk.services.risk.fit import (
    auc,
    brier,
    fit_logistic,
    fit_platt,
    reliability,
    sigmoid,
)
from frontdesk.services.risk.job import retrain
from frontdesk.services.trends import codes
from frontdesk.ui.schedule.schedule_data import load_risk
from tests.helpers import at
from tests.risk_helpers import seed_history

A, N, B = codes.ARRIVED, codes.NO_SHOW, codes.UNMARKED
DAY = codes.DAY_US


# ---- features ---------------------------------------------------------------------------
def test_a_places_features_never_hold_its_own_outcome_nor_a_later_one():
    client = np.array([1, 1, 1, 1, 2, 1])
    start = np.array([1, 2, 3, 4, 2, 3]) * DAY  # the last: client 1 again at day 3
    outcome = np.array([N, A, N, A, N, B])
    h = F.client_history(client, start, outcome)
    assert h.sessions.tolist() == [0, 1, 2, 3, 0, 2]
    assert h.misses.tolist() == [0, 1, 1, 2, 0, 1]
    assert h.recent_misses.tolist() == [0, 1, 1, 2, 0, 1]
    for i in range(len(client)):  # flip each place's own outcome: its features stay
        flipped = outcome.copy()
        flipped[i] = A if outcome[i] == N else N
        again = F.client_history(client, start, flipped)
        assert (again.sessions[i], again.misses[i]) == (h.sessions[i], h.misses[i])
    later = F.client_history(client, start, np.array([A, A, N, A, N, B]))
    assert later.misses[3] == 1 and later.misses[1] == 0  # only what came before moves


def test_the_last_five_are_the_latest_five():
    start = np.arange(1, 9) * DAY
    outcome = np.array([N, N, N, A, A, A, A, A])  # three misses long ago, then five came
    h = F.client_history(np.ones(8, dtype=int), start, outcome)
    assert (h.sessions[7], h.misses[7], h.recent[7], h.recent_misses[7]) == (7, 3, 5, 1)


def test_shrinkage_starts_at_the_practices_rate_and_moves_to_the_clients():
    assert F.shrunk(np.array([0.0]), np.array([0.0]), 0.1)[0] == pytest.approx(0.1)
    assert F.shrunk(np.array([3.0]), np.array([5.0]), 0.1)[0] == pytest.approx(3.4 / 9)
    many = F.shrunk(np.array([300.0]), np.array([500.0]), 0.1)[0]
    assert many == pytest.approx(0.6, abs=0.005)


# ---- the fit and the figures ---------------------------------------------------------------
def test_irls_recovers_known_coefficients():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(40_000, 3))
    truth = np.array([1.5, -0.8, 0.0])
    y = (rng.random(40_000) < sigmoid(-1.0 + x @ truth)).astype(float)
    m = fit_logistic(x, y, l2=1e-3)
    assert m.intercept == pytest.approx(-1.0, abs=0.05)
    assert np.allclose(m.coef, truth, atol=0.06)


def test_platt_scaling_makes_predicted_match_observed():
    rng = np.random.default_rng(5)
    z = rng.normal(-1.5, 1.0, size=60_000)
    y = (rng.random(60_000) < sigmoid(z)).astype(float)
    raw = sigmoid(2.5 * z + 1.0)  # right order, wrong scale: overconfident and too high
    platt = fit_platt(raw[:30_000], y[:30_000])
    p = platt.apply(raw[30_000:])
    held = y[30_000:]
    assert brier(held, p) < brier(held, raw[30_000:]) - 0.01
    for b in reliability(held, p):
        if b.count >= 500:  # within three standard errors of the bin's share
            se = (b.observed * (1 - b.observed) / b.count) ** 0.5
            assert abs(b.predicted - b.observed) < 3 * se + 0.005, b
    before = [b for b in reliability(held, raw[30_000:]) if b.count >= 500]
    assert max(abs(b.predicted - b.observed) for b in before) > 0.1  # it was off


def test_auc_and_brier_against_hand_worked_values():
    y = np.array([0, 0, 1, 1])
    s = np.array([0.1, 0.4, 0.35, 0.8])
    assert auc(y, s) == pytest.approx(0.75)  # 3 of the 4 (miss, came) pairs in order
    assert auc(np.array([0, 1]), np.array([0.5, 0.5])) == pytest.approx(0.5)  # a tie: half
    assert auc(np.array([1, 0, 1]), np.array([0.9, 0.2, 0.3])) == pytest.approx(1.0)
    assert brier(y, s) == pytest.approx((0.01 + 0.16 + 0.4225 + 0.04) / 4)
    bins = reliability(y, s, bins=2)
    assert [b.count for b in bins] == [3, 1]
    assert bins[0].observed == pytest.approx(1 / 3)


# ---- a practice ---------------------------------------------------------------------------
def test_a_practice_with_little_history_gets_no_model_and_is_told_why(practice, book):
    svc = practice.svc
    [appt] = book(practice.ana, at(5, 14))
    status = svc.risk.train()
    assert not status.has_model
    assert "Not enough history yet: 0 past sessions" in status.text
    assert "200" in status.text
    assert svc.risk.scores([appt]) == {}
    assert svc.risk.call_scores([appt]) == {}


@pytest.fixture
def trained(practice, book):
    seed_history(practice)
    status = practice.svc.risk.train()
    assert status.has_model, status.text
    return practice


def test_a_model_learnt_from_the_practice_scores_its_clients(trained, book):
    p, svc = trained, trained.svc
    status = svc.risk.status()
    assert status.auc is not None and status.auc > 0.7
    assert status.brier is not None and status.base_brier is not None
    assert status.brier < status.base_brier  # better than the practice's rate for everyone
    assert "High risk means" in status.text
    [ana] = book(p.ana, at(5, 14))  # Thursday, 30 hours ahead, not confirmed
    [ben] = book(p.ben, at(5, 15))
    scores = svc.risk.scores([ana, ben])
    a, b = scores[(ana, p.ana.id)], scores[(ben, p.ben.id)]
    assert a.level == "high" and b.level != "high"
    assert a.probability > 2 * b.probability
    assert any(r.startswith("missed ") for r in a.reasons)
    assert "not confirmed yet" in a.reasons
    svc.schedule.set_confirmation(ana, p.ana.id, Confirmation.CONFIRMED, "reception")
    assert svc.risk.scores([ana])[(ana, p.ana.id)].probability < a.probability


def test_far_ahead_not_confirmed_only_means_not_asked_yet(trained, book):
    p, svc = trained, trained.svc
    [soon] = book(p.ana, at(5, 14))
    [later] = book(p.ana, at(19, 14))  # two weeks ahead: nobody has been asked yet
    scores = svc.risk.scores([soon, later])
    assert "not confirmed yet" in scores[(soon, p.ana.id)].reasons
    assert "not confirmed yet" not in scores[(later, p.ana.id)].reasons
    assert scores[(later, p.ana.id)].probability < scores[(soon, p.ana.id)].probability


def test_past_and_cancelled_sessions_are_not_scored(trained, book):
    p, svc = trained, trained.svc
    [gone] = book(p.ana, at(5, 14))
    svc.schedule.cancel(gone, "reception", reason="ill")
    assert svc.risk.scores([gone]) == {}


def test_a_high_risk_unconfirmed_session_gets_its_call_item_the_day_before(trained, book):
    p, svc = trained, trained.svc
    [ana] = book(p.ana, at(5, 14))  # tomorrow, 30 h ahead: outside the 24-hour call window
    [ben] = book(p.ben, at(5, 15))
    [cleo] = book(p.cleo, at(4, 15))  # today, within a day: called as before
    svc.desk.raise_call_items()
    items = {(i.appointment_id, i.kind): i for i in svc.desk.open_items()}
    note = items[(ana, ItemKind.CALL_UNCONFIRMED)].note
    assert note.startswith("Not confirmed yet and at high risk of a no-show (")
    assert "missed " in note
    assert (ben, ItemKind.CALL_UNCONFIRMED) not in items  # low risk: called within a day
    assert items[(cleo, ItemKind.CALL_UNCONFIRMED)].note == (
        "Not confirmed yet and the session is within a day: call.")
    svc.desk.raise_call_items()  # raised again: still one item each
    assert len([i for i in svc.desk.open_items() if i.appointment_id == ana]) == 1


def test_the_practice_can_turn_the_call_ahead_off(trained, book):
    p, svc = trained, trained.svc
    assert svc.risk.status().call_ahead  # on by default
    svc.risk.set_call_ahead(False, "Olivia (#1)")
    [ana] = book(p.ana, at(5, 14))
    svc.desk.raise_call_items()
    assert all(i.appointment_id != ana for i in svc.desk.open_items())
    assert not svc.risk.status().call_ahead


def test_the_weekly_job_trains_once_a_week(trained, clock):
    svc = trained.svc
    first = svc.risk.status().trained_at
    retrain(svc)
    assert svc.risk.status().trained_at == first  # tried today: not again
    clock.advance(timedelta(days=8))
    retrain(svc)
    assert svc.risk.status().trained_at > first


# ---- who may see it -----------------------------------------------------------------------
def test_the_desk_and_owner_see_risk_it_and_clinicians_do_not(trained, book):
    p = trained
    [ana] = book(p.ana, at(5, 14))
    desk = DeskSession()
    guarded = GuardedServices(p.svc, desk)
    people = {Role.FRONT_DESK: Person(2, "Rita", Role.FRONT_DESK),
              Role.CLINICIAN: Person(3, "Dr. Okafor", Role.CLINICIAN, p.okafor.id),
              Role.OWNER: Person(1, "Olivia", Role.OWNER), Role.IT: Person(4, "Ian", Role.IT)}
    desk.signed_in(people[Role.IT])
    for call in (lambda: guarded.risk.scores([ana]), guarded.risk.status, guarded.risk.train,
                 lambda: guarded.risk.set_call_ahead(False, "x")):
        with pytest.raises(PermissionDenied):
            call()
    desk.signed_in(people[Role.CLINICIAN])
    with pytest.raises(PermissionDenied):
        guarded.risk.scores([ana])
    rows = guarded.schedule.day(at(5, 0).date())
    assert load_risk(guarded, rows, p.svc.clock.now()) == {}  # no badge, no error
    desk.signed_in(people[Role.FRONT_DESK])
    assert guarded.risk.scores([ana])[(ana, p.ana.id)].high
    with pytest.raises(PermissionDenied):
        guarded.risk.status()  # the model's standing is the owner's
    desk.signed_in(people[Role.OWNER])
    assert guarded.risk.status().has_model
