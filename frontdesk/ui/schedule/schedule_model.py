"""The day's schedule as a table model over `ScheduleRow`s (read-only; actions live elsewhere)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from frontdesk.domain import Attendance, Modality
from frontdesk.services.dto import ScheduleRow
from frontdesk.ui.schedule.schedule_data import is_overdue
from frontdesk.ui.widgets import fmt, style

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ScheduleRow itself

_Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    TIME = 0
    CLIENT = 1
    CLINICIAN = 2
    TYPE = 3
    MODALITY = 4
    CONFIRMATION = 5
    ATTENDANCE = 6
    LAST_MESSAGE = 7
    FLAGS = 8


HEADERS = {
    Col.TIME: "Time", Col.CLIENT: "Client", Col.CLINICIAN: "Clinician", Col.TYPE: "Type",
    Col.MODALITY: "Modality", Col.CONFIRMATION: "Confirmation", Col.ATTENDANCE: "Attendance",
    Col.LAST_MESSAGE: "Last message", Col.FLAGS: "Flags",
}

HEADER_TIPS = {
    Col.CONFIRMATION: "Has the client confirmed? ✔ confirmed · ? unconfirmed · … requested · "
                      "✖ declined · ↻ reschedule requested",
    Col.ATTENDANCE: "○ booked · ● arrived · ⊘ no-show · ✕ cancelled · ⚑ late cancel · "
                    "⚠ started but not marked",
    Col.LAST_MESSAGE: "The last reminder or reply for this session.",
    Col.FLAGS: "Things in the client's replies that need a person to look; ▲ Risk: high "
               "when this practice's history says the session is often missed like this.",
}


def client_text(row: ScheduleRow) -> str:
    if row.group_size > 1:
        return f"{row.client_name} · group of {row.group_size}"
    return row.client_name


def modality_text(row: ScheduleRow) -> str:
    label = style.MODALITY_LABEL.get(row.modality, str(row.modality))
    if row.modality is Modality.TELEHEALTH and not row.has_link:
        return f"{label} · no link"
    return label


def attendance_style(row: ScheduleRow, now: datetime) -> style.StateStyle:
    return style.OVERDUE if is_overdue(row, now) else style.ATTENDANCE[row.attendance]


class ScheduleModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ScheduleRow] = []
        self._risk: dict = {}  # (appointment, client) -> RiskScore (services/risk)
        self._now = datetime.now(UTC)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._bold = QFont()
        self._bold.setBold(True)

    # ---- data in ------------------------------------------------------------
    def set_rows(self, rows: Sequence[ScheduleRow], now: datetime) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self._risk = {}  # asked for again once the rows are in (set_risk)
        self.endResetModel()

    def set_risk(self, scores: dict) -> None:
        """The day's risk scores: the badge on high-risk upcoming places."""
        self._risk = dict(scores)
        if self._rows:
            self.dataChanged.emit(self.index(0, Col.FLAGS),
                                  self.index(len(self._rows) - 1, Col.FLAGS))

    def risk_of(self, row: ScheduleRow):
        """The place's RiskScore when it is high and still ahead, else None."""
        score = self._risk.get((row.appointment_id, row.client_id))
        if score is None or score.level != "high" or row.attendance is not Attendance.BOOKED:
            return None
        return score if row.start > self._now else None

    def row_at(self, row: int) -> ScheduleRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find(self, appointment_id: int, client_id: int | None = None) -> int:
        for i, r in enumerate(self._rows):
            if r.appointment_id == appointment_id and client_id in (None, r.client_id):
                return i
        return -1

    @property
    def rows(self) -> list[ScheduleRow]:
        return list(self._rows)

    # ---- Qt model API -------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Col):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Col(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(Col(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], Col(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, col)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.DecorationRole and col is Col.MODALITY:
            return style.modality_icon(row.modality)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            cancelled = row.attendance.is_cancelled
            return QColor(style.MUTED_TEXT if cancelled else style.TEXT)
        if role == Qt.ItemDataRole.FontRole:
            if row.attendance.is_cancelled and col is not Col.ATTENDANCE:
                return self._struck
            if col is Col.ATTENDANCE and is_overdue(row, self._now):
                return self._bold
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # ---- cell contents --------------------------------------------------------
    def _text(self, row: ScheduleRow, col: Col) -> str:
        match col:
            case Col.TIME:
                return fmt.time_range(row.start, row.end)
            case Col.CLIENT:
                return client_text(row)
            case Col.CLINICIAN:
                return row.clinician_name
            case Col.TYPE:
                return row.type_name
            case Col.MODALITY:
                return modality_text(row)
            case Col.CONFIRMATION:
                return style.CONFIRMATION[row.confirmation].text
            case Col.ATTENDANCE:
                return attendance_style(row, self._now).text
            case Col.LAST_MESSAGE:
                return row.last_message
            case Col.FLAGS:
                badge = (style.RISK_HIGH.text,) if self.risk_of(row) else ()
                return " · ".join(badge + row.flags)
        return ""

    def _tooltip(self, row: ScheduleRow, col: Col) -> str | None:
        match col:
            case Col.TIME:
                minutes = int((row.end - row.start).total_seconds() // 60)
                tip = f"{fmt.when(row.start, row.end)} ({minutes} min)"
                return tip + (" · part of a repeating series" if row.in_series else "")
            case Col.CLIENT:
                if row.group_size > 1:
                    return f"One of {row.group_size} clients in this group session."
                return None
            case Col.MODALITY:
                tip = style.MODALITY_TOOLTIP.get(row.modality, "")
                if row.modality is Modality.TELEHEALTH and not row.has_link:
                    tip += " No video link yet: add one with Edit… before the session."
                if row.location:
                    tip += f" Location: {row.location}."
                return tip.strip() or None
            case Col.CONFIRMATION:
                return style.CONFIRMATION[row.confirmation].tooltip
            case Col.ATTENDANCE:
                return attendance_style(row, self._now).tooltip
            case Col.FLAGS:
                score = self.risk_of(row)
                if score is None:
                    return None
                why = "".join(f"\n• {r}" for r in score.reasons)
                return (f"{style.RISK_HIGH.tooltip} (about {score.probability:.0%}).{why}\n"
                        "A call the day before helps.")
        return None

    def _background(self, row: ScheduleRow, col: Col) -> QColor | None:
        if col is Col.CONFIRMATION:
            # Colour only where it still matters: once a client came, didn't, or cancelled,
            # whether they confirmed is history (the glyph and word still say it).
            if row.attendance is Attendance.BOOKED:
                return style.tint(style.CONFIRMATION[row.confirmation].colour)
            return QColor(style.ATTENTION_ROW) if is_overdue(row, self._now) else None
        if col is Col.ATTENDANCE:
            s = attendance_style(row, self._now)
            if row.attendance is Attendance.CANCELLED or (
                    row.attendance is Attendance.BOOKED and s is not style.OVERDUE):
                return None
            return style.tint(s.colour, 90 if s is style.OVERDUE else 60)
        if col is Col.FLAGS and self.risk_of(row):
            return style.tint(style.RISK_HIGH.colour)
        if is_overdue(row, self._now):
            return QColor(style.ATTENTION_ROW)
        return None


# ---- column widths (from the header and a few rows, never every row: fast on a big day) ----
SAMPLE_ROWS = 40
CELL_PADDING = 22
MAX_WIDTH = {Col.CLIENT: 320, Col.TYPE: 240, Col.CLINICIAN: 220, Col.LAST_MESSAGE: 320}
MIN_WIDTH = {Col.LAST_MESSAGE: 150}


def fit_columns(table: QTableView, model: ScheduleModel, skip: set[int] | frozenset = frozenset(),
                sample: int = SAMPLE_ROWS) -> None:
    """Size columns from the header, every possible state label and up to `sample` rows
    spread over the day; the last column stretches. Columns in `skip` (sized by hand) stay."""
    fm = table.fontMetrics()
    bold = QFont(table.font())
    bold.setBold(True)
    bfm = QFontMetrics(bold)
    hfm = table.horizontalHeader().fontMetrics()
    n = model.rowCount()
    rows = range(n) if n <= sample else [i * (n - 1) // (sample - 1) for i in range(sample)]
    icon = table.iconSize().width() if table.iconSize().width() > 0 else 16
    for col in Col:
        if col == len(Col) - 1 or col in skip:
            continue
        widths = [hfm.horizontalAdvance(HEADERS[col]) + CELL_PADDING + 8,
                  MIN_WIDTH.get(col, 0)]
        widths += [fm.horizontalAdvance(model.data(model.index(r, col)) or "") + CELL_PADDING
                   for r in rows]
        if col is Col.CONFIRMATION:
            widths += [fm.horizontalAdvance(s.text) + CELL_PADDING
                       for s in style.CONFIRMATION.values()]
        if col is Col.ATTENDANCE:
            widths += [fm.horizontalAdvance(s.text) + CELL_PADDING
                       for s in style.ATTENDANCE.values()]
            widths.append(bfm.horizontalAdvance(style.OVERDUE.text) + CELL_PADDING)
        width = max(widths) + (icon + 6 if col is Col.MODALITY else 0)
        table.setColumnWidth(col, min(width, MAX_WIDTH.get(col, 10_000)))
