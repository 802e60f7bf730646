"""Draw Duijiao's icon (the character 校 on a proof-red square) into resources/duijiao.png.

    QT_QPA_PLATFORM=offscreen python packaging/make_icon.py

Run once when the icon should change; the PNG is kept in the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])
    from ui.widgets.side_by_side import _CJK_FONTS  # the same fonts the window uses for Chinese

    size = 256
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#b3261e"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(8, 8, size - 16, size - 16), 40, 40)
    font = QFont(_CJK_FONTS[0])
    font.setPixelSize(170)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QPen(QColor("white")))
    painter.drawText(QRectF(0, 0, size, size - 6), Qt.AlignmentFlag.AlignCenter, "校")
    painter.end()
    target = ROOT / "resources" / "duijiao.png"
    image.save(str(target))
    print(target)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
