"""Screen privacy in the window: with the setting on, nothing always visible (the crisis
banner, To do, Needs attention, the thread list, the schedule) shows a word of the client's
message or the name of the client in crisis; Show on the banner reveals them and is
recorded; Open thread shows the conversation with the name. With it off, the words show.

Every text is read the way a screen shows it: each QLabel's and button's text and tooltip,
and every item view's DisplayRole and ToolTipRole, over the whole window (the Clients tab,
a plain list of every client, aside)."""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QListView
from sqlalchemy import select
from sqlalchemy.orm import Session
from widget_helpers import context_for

from frontdesk.domain import Channel, ConsentStatus
from frontdesk.models import AuditEntry
from frontdesk.services.inbox.dto import ThreadKey
from frontdesk.services.inbox.privacy import OPENED_THREAD, REVEALED_CRISIS
from tests.helpers import BOSTON, client_writes

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
ANA = "+16175550111"
BEN = "+16175550112"
CRISIS_TEXT = "honestly i keep thinking about ending my life tonight"
LATE_TEXT = "Running about 10 min late, sorry! Bus is slow"
SECRET = {"honestly", "thinking", "ending", "life", "tonight", "about", "sorry", "slow"}
_sids = itertools.count(1)




def set_privacy(svc, on: bool) -> None:
    info = svc.practice.settings()
    svc.practice.update_settings(dataclasses.replace(info, screen_privacy=on), "test")


def audit(svc, action: str) -> list[AuditEntry]:
    with Session(svc.engine) as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def screen_texts(win) -> str:
    """Everything the window's widgets would put on the screen, hidden tabs included."""
    skip = win.clients_tab
    out: list[str] = []
    for w in win.findChildren(QLabel) + win.findChildren(QAbstractButton):
        if skip.isAncestorOf(w):
            continue
        out += [w.text(), w.toolTip(), w.accessibleName(), w.accessibleDescription()]
    for view in win.findChildren(QAbstractItemView):
        model = view.model()
        if skip.isAncestorOf(view) or model is None:
            continue
        root = view.rootIndex()
        for r in range(model.rowCount(root)):
            columns = 1 if isinstance(view, QListView) else model.columnCount(root)
            for c in range(columns):
                i = model.index(r, c, root)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(i, role)
                    out.append(value if isinstance(value, str) else "")
    return "\n".join(out)


def leaked(text: str) -> set[str]:
    return {w for w in SECRET if re.search(rf"\b{w}\b", text.lower())}


@pytest.fixture
def desk(practice, book):
    """Annie wrote a crisis message 4 minutes ago; Benjamin is running late today."""
    svc = practice.svc
    for c in (practice.ana, practice.ben):
        svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
    book(practice.ben, datetime(2026, 3, 4, 11, 0, tzinfo=BOSTON))
    client_writes(svc, ANA, CRISIS_TEXT, minutes_ago=4)
    client_writes(svc, BEN, LATE_TEXT)
    return practice


def loaded(qtbot, win):
    """The Messages tab and To do are filled (threads, queue, items)."""
    win.tabs.setCurrentWidget(win.messages)
    qtbot.waitUntil(lambda: win.messages.data is not None, timeout=10_000)
    qtbot.waitUntil(lambda: win.todo.table.rowCount() >= 2, timeout=10_000)
    return win


@pytest.fixture
def beeps(monkeypatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(1)))
    return calls


def test_with_privacy_on_the_screen_shows_no_words_and_no_name_in_crisis(
        desk, window, qtbot, click, beeps):
    svc = desk.svc
    set_privacy(svc, True)
    win = loaded(qtbot, window(svc))
    banner = win.crisis_banner
    assert banner.isVisible() and beeps  # the alarm did not wait for a click
    assert "URGENT: a client's message needs a person now" in banner.title.text()
    assert "received 7:56 AM, 4 min ago" in banner.title.text()
    text = screen_texts(win)
    assert leaked(text) == set()
    assert "Lindqvist" not in text and "Annie" not in text
    assert "Okoro" in text  # running late is not clinical: the desk still sees who
    assert "Running late today" in text
    SHOTS.mkdir(exist_ok=True)
    win.grab().save(str(SHOTS / "screen-privacy-on.png"))

    # Show: the name and the words, on purpose, recorded with who asked.
    assert audit(svc, REVEALED_CRISIS) == []
    click(banner.show_button)
    qtbot.waitUntil(lambda: CRISIS_TEXT in banner.quote.text(), timeout=10_000)
    assert "Annie Lindqvist" in banner.title.text()
    [entry] = audit(svc, REVEALED_CRISIS)
    assert (entry.actor, entry.entity_id) == ("reception", desk.ana.id)
    win.crisis.refresh()  # the next check keeps it shown while the person reads
    assert CRISIS_TEXT in banner.quote.text()
    click(banner.show_button)  # now "Hide name and message"
    assert CRISIS_TEXT not in banner.quote.text() and "Lindqvist" not in banner.title.text()

    # Open thread: the conversation, with the name in its header; recorded.
    click(banner.open_button)
    view = win.messages.view
    qtbot.waitUntil(lambda: view.data is not None and view.data.key == ThreadKey(desk.ana.id),
                    timeout=10_000)
    qtbot.waitUntil(lambda: view.title.text() == "Annie Lindqvist", timeout=10_000)
    assert [e.entity_id for e in audit(svc, OPENED_THREAD)] == [desk.ana.id]


def test_with_privacy_off_the_words_show_as_before(desk, window, qtbot, beeps):
    svc = desk.svc
    set_privacy(svc, False)
    win = loaded(qtbot, window(svc))
    banner = win.crisis_banner
    assert CRISIS_TEXT in banner.quote.text() and "Annie Lindqvist" in banner.title.text()
    assert not banner.show_button.isVisible()
    text = screen_texts(win)
    assert {"slow", "honestly", "tonight"} <= leaked(text)
    assert "Annie Lindqvist" in text


def three_word_runs(text: str) -> set[str]:
    words = re.findall(r"[a-z']+", text.lower())
    return {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}


def test_the_demo_practice_shows_no_run_of_a_clients_words_anywhere(
        services, qtbot, runner, beeps):
    """Every reply in the demo, against every text of every tab; screenshots for the docs."""
    from frontdesk.models import InboundMessage
    from frontdesk.services.demo import seed_demo
    from frontdesk.ui.main_window import MainWindow

    seed_demo(services)
    assert services.practice.settings().screen_privacy  # the demo keeps the default
    with Session(services.engine) as s:
        bodies = [b for b in s.scalars(select(InboundMessage.body)) if len(b.split()) >= 3]
    assert len(bodies) >= 5
    win = MainWindow(context_for(services, runner, "reception"))
    qtbot.addWidget(win)
    win.resize(1440, 860)
    win.show()
    qtbot.waitExposed(win)
    loaded(qtbot, win)
    on_screen = " ".join(re.findall(r"[a-z']+", screen_texts(win).lower()))
    leaks = {run for body in bodies for run in three_word_runs(body) if run in on_screen}
    assert leaks <= {"running late today"}, leaks  # the kind's own words, not the client's
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(100)
    assert win.grab().save(str(SHOTS / "screen-privacy-messages.png"))
    win.tabs.setCurrentWidget(win.todo)
    qtbot.wait(100)
    assert win.grab().save(str(SHOTS / "screen-privacy-todo.png"))


def test_the_setting_is_on_in_practice_settings_and_turning_it_off_is_recorded(
        services, qtbot, runner, click):
    from frontdesk.ui.settings.settings_dialog import PracticeTab

    tab = PracticeTab(context_for(services, runner, "Dana Whitfield"))
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.info is not None, timeout=10_000)
    assert tab.privacy_check.isChecked() and tab.privacy_check.isEnabled()
    tab.name_edit.setText("Harbor Counseling")
    tab.privacy_check.setChecked(False)
    assert tab.is_dirty()
    click(tab.save_button)
    qtbot.waitUntil(lambda: tab.status.text() == "Saved.", timeout=10_000)
    assert services.practice.settings().screen_privacy is False
    [entry] = [e for e in audit(services, "update") if e.detail == "screen_privacy=off"]
    assert entry.actor == "Dana Whitfield"
