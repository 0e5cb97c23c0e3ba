"""A font that really is fixed-pitch, for codes a person copies by hand (the recovery code).

"monospace" and Qt's system fixed font are whatever fontconfig's alias resolves to, and on
some machines (Noto Sans Mono, Nimbus Mono, a custom alias) that is not fixed-pitch at all:
1 and l, 0 and O then look alike and columns do not line up. This picks a family the font
database itself says is fixed-pitch, preferring DejaVu Sans Mono (scripts/debian-deps
installs it), and checks the font Qt actually resolves.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

PREFERRED = ("DejaVu Sans Mono", "Liberation Mono", "Consolas", "Menlo", "Courier New")


def _really_fixed(font: QFont) -> bool:
    return QFontInfo(font).fixedPitch()


def code_font(scale: float = 1.8, bold: bool = True) -> QFont:
    """A fixed-pitch font `scale` times the normal size (at least 10 pt before scaling)."""
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = max(system.pointSizeF(), 10.0) * scale
    families = QFontDatabase.families()
    fixed = [f for f in families if QFontDatabase.isFixedPitch(f)]
    candidates = [f for f in PREFERRED if f in fixed] + sorted(fixed)
    for family in candidates:
        font = QFont(family)
        font.setPointSizeF(size)
        font.setStyleHint(QFont.StyleHint.TypeWriter, QFont.StyleStrategy.PreferMatch)
        if _really_fixed(font):
            break
    else:  # no fixed-pitch family known to Qt: the system's choice is the best there is
        font = system
        font.setPointSizeF(size)
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.DemiBold)
    return font
