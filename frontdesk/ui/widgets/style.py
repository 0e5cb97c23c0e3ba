"""One place for how states look: colour-blind-safe palette, glyphs, labels and tooltips.

Every state is shown three ways at once — a glyph, a word and a colour — so it reads at a
glance and still reads without colour (Okabe–Ito palette; tints behind dark text).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from frontdesk.domain import Attendance, Confirmation, Modality

# Okabe–Ito: distinguishable with every common colour-vision deficiency.
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#8A8A8A"

TEXT = "#1F1F1F"
MUTED_TEXT = "#767676"  # cancelled rows: grey, struck through
ATTENTION_ROW = "#FBF5C4"  # past session, attendance not marked yet (a wash of YELLOW)


@dataclass(frozen=True)
class StateStyle:
    glyph: str
    label: str
    colour: str  # Okabe–Ito base colour; cells use a light tint of it
    tooltip: str

    @property
    def text(self) -> str:
        return f"{self.glyph} {self.label}"


def tint(colour: str, alpha: int = 60) -> QColor:
    """A light wash of `colour` for a cell background (dark text stays readable on it)."""
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


CONFIRMATION: dict[Confirmation, StateStyle] = {
    Confirmation.UNCONFIRMED: StateStyle(
        "?", "Unconfirmed", ORANGE,
        "Not confirmed yet and no request sent. Call the client or send a reminder."),
    Confirmation.REQUESTED: StateStyle(
        "…", "Requested", SKY_BLUE,
        "A confirmation request was sent; waiting for the client's reply."),
    Confirmation.CONFIRMED: StateStyle(
        "✔", "Confirmed", BLUISH_GREEN,
        "The client confirmed they are coming."),
    Confirmation.DECLINED: StateStyle(
        "✖", "Declined", VERMILION,
        "The client said they can't come. Cancel the place or call them."),
    Confirmation.RESCHEDULE_REQUESTED: StateStyle(
        "↻", "Reschedule requested", REDDISH_PURPLE,
        "The client asked to move this session. Reschedule it with them."),
}

ATTENDANCE: dict[Attendance, StateStyle] = {
    Attendance.BOOKED: StateStyle(
        "○", "Booked", GREY, "Booked; attendance not recorded yet."),
    Attendance.ARRIVED: StateStyle(
        "●", "Arrived", BLUISH_GREEN, "The client arrived for this session."),
    Attendance.NO_SHOW: StateStyle(
        "⊘", "No-show", VERMILION, "The client did not come and did not cancel."),
    Attendance.CANCELLED: StateStyle(
        "✕", "Cancelled", GREY, "Cancelled in good time; the slot is free."),
    Attendance.LATE_CANCELLED: StateStyle(
        "⚑", "Late cancel", ORANGE,
        "Cancelled by the client inside the practice's late-cancel window."),
}

# A past session whose attendance nobody has recorded: the front desk should act.
OVERDUE = StateStyle(
    "⚠", "Not marked", VERMILION,
    "This session has started and attendance isn't recorded. Mark Arrived or No-show.")

# The schedule's no-show risk badge (services/risk): a plain word with its glyph and colour.
RISK_HIGH = StateStyle("▲", "Risk: high", ORANGE,
                       "This practice's own history says sessions like this are often missed")

MODALITY_LABEL = {Modality.IN_PERSON: "In person", Modality.TELEHEALTH: "Telehealth"}
MODALITY_TOOLTIP = {
    Modality.IN_PERSON: "At the practice.",
    Modality.TELEHEALTH: "By video.",
}

NOTICE: dict[str, StateStyle] = {
    "info": StateStyle("ℹ", "Info", BLUE, ""),
    "success": StateStyle("✔", "Done", BLUISH_GREEN, ""),
    "warning": StateStyle("⚠", "Warning", ORANGE, ""),
    "error": StateStyle("✖", "Problem", VERMILION, ""),
}


def notice_stylesheet(level: str) -> str:
    s = NOTICE.get(level, NOTICE["info"])
    c = QColor(s.colour)
    bg = f"rgba({c.red()}, {c.green()}, {c.blue()}, 40)"
    return (f"background: {bg}; border: 1px solid {s.colour}; border-left: 5px solid "
            f"{s.colour}; border-radius: 3px; color: {TEXT};")


# ---- small painted icons (no image files to ship or lose) ----------------
@cache
def modality_icon(modality: Modality, size: int = 16) -> QIcon:
    """A video camera for telehealth, a building for in person."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 16
    if modality is Modality.TELEHEALTH:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(BLUE))
        p.drawRoundedRect(QRectF(1 * s, 4 * s, 9 * s, 8 * s), 1.5 * s, 1.5 * s)
        p.drawPolygon(QPolygonF([QPointF(10.5 * s, 8 * s), QPointF(15 * s, 4.5 * s),
                                 QPointF(15 * s, 11.5 * s)]))
    else:
        p.setPen(QPen(QColor(TEXT), 1.2 * s))
        p.setBrush(QColor(ORANGE))
        path = QPainterPath()
        path.moveTo(8 * s, 1.5 * s)
        path.lineTo(15 * s, 7 * s)
        path.lineTo(13 * s, 7 * s)
        path.lineTo(13 * s, 14.5 * s)
        path.lineTo(3 * s, 14.5 * s)
        path.lineTo(3 * s, 7 * s)
        path.lineTo(1 * s, 7 * s)
        path.closeSubpath()
        p.drawPath(path)
        p.setBrush(QColor(TEXT))
        p.drawRect(QRectF(6.5 * s, 10 * s, 3 * s, 4.5 * s))
    p.end()
    return QIcon(pm)


# ---- messages: the outbox states, read without colour too -------------------------------
MESSAGE_STATE: dict[str, StateStyle] = {
    "planned": StateStyle("◷", "planned", BLUE, "Waiting for its time to go out."),
    "sending": StateStyle("➚", "sending", SKY_BLUE, "Being handed to the provider now."),
    "sent": StateStyle("✔", "sent", BLUISH_GREEN, "The provider accepted it."),
    "delivered": StateStyle("✔✔", "delivered", BLUISH_GREEN,
                            "It reached the client's phone or mailbox."),
    "undelivered": StateStyle(
        "✖", "NOT delivered", VERMILION,
        "The carrier or mailbox refused it. Read the reason, then call or use another channel."),
    "failed": StateStyle("✖", "failed", VERMILION,
                         "It could not be sent. Read the reason; it will not be retried."),
    "uncertain": StateStyle(
        "?", "uncertain", ORANGE,
        "It may or may not have gone. Check with the client before sending it again."),
    "skipped": StateStyle("–", "skipped", GREY, "Not sent on purpose; the reason says why."),
    "withdrawn": StateStyle("⊘", "withdrawn", GREY,
                            "No longer needed: the session changed or was cancelled."),
}
# "sent" to the local outbox: kept on this computer, never reached the client.
RECORDED_ONLY = StateStyle(
    "⚠", "recorded, NOT sent", ORANGE,
    "Messaging wasn't set up, so this was only kept in the local outbox: the client did not "
    "receive it. Set up messaging, then resend it if it still matters.")
UNKNOWN_MESSAGE_STATE = StateStyle("•", "unknown", GREY, "")

# The "messages are not being sent" bar: dark vermilion, white bold text (contrast ~6:1).
ALARM_BACKGROUND = "#A84300"
ALARM_TEXT = "#FFFFFF"


@cache
def warning_icon(size: int = 32) -> QPixmap:
    """A yellow warning triangle with a black "!" (reads on the dark alarm bar)."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 32
    p.setPen(QPen(QColor(TEXT), 1.5 * s))
    p.setBrush(QColor(YELLOW))
    p.drawPolygon(QPolygonF([QPointF(16 * s, 2 * s), QPointF(30.5 * s, 29 * s),
                             QPointF(1.5 * s, 29 * s)]))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(TEXT))
    p.drawRoundedRect(QRectF(14.5 * s, 10 * s, 3 * s, 11 * s), 1.2 * s, 1.2 * s)
    p.drawEllipse(QRectF(14.4 * s, 23 * s, 3.2 * s, 3.2 * s))
    p.end()
    return pm

# ---- the installation check's lines (Help → Check this installation) ---------------------
CHECK_LEVEL: dict[str, StateStyle] = {
    "ok": StateStyle("✔", "OK", BLUISH_GREEN, "Works."),
    "warning": StateStyle("⚠", "WARNING", ORANGE, "Works, but needs looking at."),
    "problem": StateStyle("✖", "PROBLEM", VERMILION, "Does not work: FrontDesk needs it."),
}
