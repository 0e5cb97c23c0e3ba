"""A chart's frame on the trends page: title, a one-line "what to look for", the plot (or a
plain sentence when there is nothing to plot), a legend, hover tooltips and "Save PNG…"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.trends.look import font
from frontdesk.ui.widgets import style

AXIS_COLOUR = "#5F5F5F"
GRID_ALPHA = 0.18
PNG_SCALE = 2  # exported charts are drawn at twice the screen's pixels
CARD_STYLE = ("QFrame#chartCard { background: white; border: 1px solid #D6D6D6; "
              "border-radius: 6px; } QFrame#chartCard QLabel { background: transparent; }")


def style_axis(axis: pg.AxisItem, label: str = "") -> None:
    axis.setPen(pg.mkPen(AXIS_COLOUR, width=1))
    axis.setTextPen(pg.mkPen(style.TEXT))
    axis.setStyle(tickFont=font(9.5), tickTextOffset=6, autoExpandTextSpace=True)
    if label:
        axis.setLabel(label, color=style.TEXT, **{"font-size": "10pt"})


def make_plot(parent: QWidget | None = None, axes: dict | None = None) -> pg.PlotWidget:
    """A white, still plot: no panning or zooming to get lost in, no context menu."""
    plot = pg.PlotWidget(parent, background="w", axisItems=axes or {})
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.vb.setMouseEnabled(x=False, y=False)
    for name in ("left", "bottom"):
        style_axis(item.getAxis(name))
    plot.setAntialiasing(True)
    return plot


class PercentAxis(pg.AxisItem):
    """Ticks in percent (values are already ×100): "5%", "12.5%"."""

    def tickStrings(self, values, scale, spacing):
        return [f"{v:.0f}%" if spacing >= 1 else f"{v:.1f}%" for v in values]


class LabelAxis(pg.AxisItem):
    """An axis with a name at each whole position (categories, weeks, hours)."""

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.names: dict[int, str] = {}
        self.major: list[int] | None = None  # positions to label (None: all)

    def set_names(self, names: dict[int, str], major: list[int] | None = None) -> None:
        self.names, self.major = names, major
        if self.orientation in ("left", "right") and names:
            # Wide enough for the longest name now: pyqtgraph would only widen the axis
            # after a first drawing that leaves the names out.
            metrics = QFontMetrics(self.style.get("tickFont") or font(9.5))
            widest = max(metrics.horizontalAdvance(n) for n in names.values())
            self.setWidth(widest + 18 + (20 if self.label.isVisible() else 0))
        self.picture = None
        self.update()

    def tickValues(self, minVal, maxVal, size):
        lo, hi = sorted((minVal, maxVal))  # an inverted axis gives them the other way round
        keys = self.major if self.major is not None else sorted(self.names)
        return [(1.0, [k for k in keys if lo - 0.5 <= k <= hi + 0.5])]

    def tickStrings(self, values, scale, spacing):
        return [self.names.get(round(v), "") for v in values]


def swatch(colour: str, *, dash: bool = False, hatch: bool = False, line: bool = False,
           border: str = "") -> QLabel:
    """A small legend mark: a filled square, a hatched square or a line."""
    pm = QPixmap(28, 14)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if line:
        pen = QPen(QColor(colour), 3)
        if dash:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(1, 7), QPointF(27, 7))
    else:
        p.setPen(QPen(QColor(border or colour), 1))
        p.setBrush(QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern if hatch
                          else Qt.BrushStyle.SolidPattern))
        p.drawRect(6, 1, 13, 12)
    p.end()
    label = QLabel()
    label.setPixmap(pm)
    return label


class ChartCard(QFrame):
    """One chart. Subclasses fill `self.plot` in `show_report` and answer `tip_at`."""

    hovered = Signal(str)  # the tooltip text shown (empty when it is hidden)
    saved = Signal(str)  # a path the person chose to save the PNG at: the page saves it

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 file_name: str = "chart.png", axes: dict | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.setStyleSheet(CARD_STYLE)
        self.file_name = file_name
        self.ask_path: Callable[[str], str | None] | None = None  # set by the page
        self.title = QLabel(title, self)
        self.title.setFont(font(12, bold=True))
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setFont(font(10.5))
        self.subtitle.setStyleSheet(f"color: {style.TEXT};")
        self.tools = QWidget(self)  # extra controls and Save PNG: left out of the picture
        policy = self.tools.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.tools.setSizePolicy(policy)
        self.tools_row = QHBoxLayout(self.tools)
        self.tools_row.setContentsMargins(0, 0, 0, 0)
        self.save_button = QToolButton(self.tools)
        self.save_button.setText("Save PNG…")
        self.save_button.setToolTip("Save this chart as a picture (PNG)")
        self.save_button.clicked.connect(self._save_clicked)
        self.tools_row.addWidget(self.save_button)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.tools)

        self.plot = make_plot(self, axes)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setFont(font(11))
        self.empty.setStyleSheet(f"color: {style.MUTED_TEXT}; padding: 24px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.empty)
        self.legend = QHBoxLayout()
        self.legend.setSpacing(4)
        self.legend_box = QWidget(self)
        self.legend_box.setLayout(self.legend)
        self.legend.setContentsMargins(0, 0, 0, 0)
        self.legend.addStretch(1)
        self.legend_parts: list[tuple[QLabel, QLabel]] = []

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(4)
        lay.addLayout(header)
        lay.addWidget(self.subtitle)
        lay.addWidget(self.legend_box)
        lay.addWidget(self.stack, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)
        self.last_tip = ""

    # ---- content -------------------------------------------------------------------------
    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def show_empty(self, text: str, subtitle: str = "") -> None:
        self.empty.setText(text)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.legend_box.hide()
        self.stack.setCurrentWidget(self.empty)
        self.stack.setFixedHeight(90)
        self.save_button.setEnabled(False)

    def show_plot(self, subtitle: str, height: int, widget: QWidget | None = None) -> None:
        """Show the plot (or another page of the stack, e.g. small multiples)."""
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.legend_box.setVisible(any(mark.isVisibleTo(self.legend_box)
                                       for mark, _words in self.legend_parts))
        self.stack.setCurrentWidget(widget or self.plot)
        self.stack.setFixedHeight(height)
        self.save_button.setEnabled(True)

    def set_legend(self, entries: list[tuple[QLabel, str]]) -> None:
        """Show these (mark, words) pairs. The legend's own labels are kept and given the
        new marks' pictures and words, so a refresh makes no widgets."""
        while len(self.legend_parts) < len(entries):
            mark, words = QLabel(self.legend_box), QLabel(self.legend_box)
            words.setFont(font(9.5))
            self.legend.insertWidget(2 * len(self.legend_parts), mark)
            self.legend.insertWidget(2 * len(self.legend_parts) + 1, words)
            self.legend_parts.append((mark, words))
        for n, (mark, words) in enumerate(self.legend_parts):
            shown = n < len(entries)
            if shown:
                new_mark, text = entries[n]
                mark.setPixmap(new_mark.pixmap())
                words.setText(text)
                # the gap before the next entry
                words.setContentsMargins(0, 0, 12 if n + 1 < len(entries) else 0, 0)
            mark.setVisible(shown)
            words.setVisible(shown)

    # ---- hover ---------------------------------------------------------------------------
    def tip_at(self, x: float, y: float) -> str:
        """The tooltip for a point in the plot's own coordinates ("" for none)."""
        return ""

    def _mouse_moved(self, pos) -> None:
        vb = self.plot.getPlotItem().vb
        tip = ""
        if vb.sceneBoundingRect().contains(pos):
            p = vb.mapSceneToView(pos)
            tip = self.tip_at(p.x(), p.y())
        self.show_tip(tip)

    def show_tip(self, tip: str) -> None:
        if tip == self.last_tip:
            return
        self.last_tip = tip
        if tip:
            QToolTip.showText(QCursor.pos(), tip, self.plot)
        else:
            QToolTip.hideText()
        self.hovered.emit(tip)

    # ---- saving ----------------------------------------------------------------------------
    def picture(self) -> QPixmap:
        """The card as shown (title, subtitle, legend, chart) without its buttons."""
        self.tools.hide()
        self.legend.activate()
        if self.sizeHint().height() > self.height():  # grown since the page was laid out
            self.resize(self.width(), self.sizeHint().height())
        self.layout().activate()
        try:
            pm = QPixmap(self.size() * PNG_SCALE)
            pm.setDevicePixelRatio(PNG_SCALE)
            pm.fill(Qt.GlobalColor.white)
            self.render(pm)
        finally:
            self.tools.show()
        return pm

    def save_png(self, path: str | Path) -> Path:
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(path.suffix + ".png")
        if not self.picture().save(str(path), "PNG"):
            raise OSError(f"could not write {path.name}")
        return path

    def _save_clicked(self) -> None:
        chosen = self.ask_path(self.file_name) if self.ask_path else None
        if chosen:
            self.saved.emit(chosen)
