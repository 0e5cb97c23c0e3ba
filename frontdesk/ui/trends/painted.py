"""Labels and cells painted by one graphics item per chart, kept from one refresh to the next.

A pyqtgraph TextItem per bar or per cell means hundreds of items made, added to the scene
and removed again on every refresh; these items hold plain lists instead and paint them all
in one pass. Each is a child of the plot's ViewBox, so it paints in the view box's own pixels
(text at its screen size whatever the axes' scale) and maps data points through the view's
transform at paint time: a change of range or size only repaints it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsObject

LABEL_FILL = QColor(255, 255, 255, 230)
PAD_X, PAD_Y = 3.0, 1.0  # pixels around a label's text, inside its fill


@dataclass(frozen=True)
class Label:
    """Words starting at data point (x, y) (left edge, centred vertically)."""

    x: float
    y: float
    text: str
    colour: str


@dataclass(frozen=True)
class Cell:
    """A unit square centred on data point (col, row), with its words in the middle."""

    col: int
    row: int
    brush: QBrush
    text: str = ""
    ink: str = "#000000"
    bold: bool = False


class _OnView(QGraphicsObject):
    """Paints over a ViewBox in its own pixels; repaints when the view moves or resizes."""

    def __init__(self, vb: pg.ViewBox, z: float) -> None:
        super().__init__(vb)
        self.vb = vb
        self.setZValue(z)  # above the view's contents (its childGroup)
        vb.sigTransformChanged.connect(self._moved)
        vb.sigResized.connect(self._moved)

    def _moved(self, *_args) -> None:
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self.vb.rect())

    def transform_to_pixels(self):
        return self.vb.childTransform()


class BarLabels(_OnView):
    """Every bar's label of a bar chart, written `offset_px` to the right of its point."""

    def __init__(self, vb: pg.ViewBox, font: QFont) -> None:
        super().__init__(vb, z=10)
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.labels: list[Label] = []
        self.offset_px = 0.0

    def set_labels(self, labels: list[Label], offset_px: float = 0.0) -> None:
        self.labels, self.offset_px = labels, offset_px
        self.update()

    def width_px(self, words: str) -> float:
        """How wide a label with these words is drawn, its padding included."""
        return self.metrics.horizontalAdvance(words) + 2 * PAD_X

    def paint(self, p: QPainter, *_args) -> None:
        if not self.labels:
            return
        to_px = self.transform_to_pixels()
        height = self.metrics.height() + 2 * PAD_Y
        p.setFont(self.font)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for label in self.labels:
            at = to_px.map(QPointF(label.x, label.y))
            box = QRectF(at.x() + self.offset_px, at.y() - height / 2,
                         self.width_px(label.text), height)
            p.fillRect(box, LABEL_FILL)
            p.setPen(QColor(label.colour))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, label.text)


class CellGrid(_OnView):
    """A heat map's cells: a filled square each (a thin white gap around it), words inside."""

    def __init__(self, vb: pg.ViewBox, font: QFont, gap: float) -> None:
        super().__init__(vb, z=0)
        self.font, self.bold = QFont(font), QFont(font)
        self.bold.setBold(True)
        self.gap = gap
        self.cells: list[Cell] = []

    def set_cells(self, cells: list[Cell]) -> None:
        self.cells = cells
        self.update()

    def paint(self, p: QPainter, *_args) -> None:
        if not self.cells:
            return
        to_px = self.transform_to_pixels()
        edge = QPen(QColor("#FFFFFF"), 1)
        side = 1 - 2 * self.gap
        for c in self.cells:
            box = to_px.mapRect(QRectF(c.col - 0.5 + self.gap, c.row - 0.5 + self.gap,
                                       side, side))
            p.setPen(edge)
            p.setBrush(c.brush)
            p.drawRect(box)
            if c.text:
                p.setFont(self.bold if c.bold else self.font)
                p.setPen(QColor(c.ink))
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, c.text)
