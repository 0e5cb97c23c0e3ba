"""Fonts of the Trends page, in a module of their own so that the page's frame can be made
without loading the charting library."""

from __future__ import annotations

from PySide6.QtGui import QFont


def font(points: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(points)
    f.setBold(bold)
    return f
