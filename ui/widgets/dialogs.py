"""Small dialogs: reopen with an encoding (with a preview), take part of a change, save options."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.model import Hunk, Side
from core.review.decisions import ReviewModel
from core.review.partial import compose, pieces
from core.text.textio import LoadError, decode_bytes, read_regular_file
from ui.i18n import fill
from ui.widgets.side_by_side import cjk_font

ENCODINGS = [
    "utf-8",
    "gb18030",
    "big5",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "shift_jis",
    "euc-kr",
    "cp1252",
    "latin-1",
    "iso-8859-2",
    "koi8-r",
]
PREVIEW_BYTES = 4000
CHECK_WHOLE_BYTES = 32 * 1024 * 1024  # files up to this are decoded whole before OK: it says whether they can be


class EncodingDialog(QDialog):
    """Choose a side and an encoding, seeing the start of the file as that encoding reads it."""

    def __init__(self, left: str, right: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen with encoding"))
        self._paths = {"left": left, "right": right}
        self._side = QComboBox(self)
        self._side.addItem(fill(self.tr("Left: %1"), Path(left).name), "left")
        self._side.addItem(fill(self.tr("Right: %1"), Path(right).name), "right")
        self._encoding = QComboBox(self)
        self._encoding.addItems(ENCODINGS)
        self._encoding.setEditable(True)
        self._preview = QPlainTextEdit(self)
        self._preview.setReadOnly(True)
        self._preview.setFont(cjk_font(10))
        self._warning = QLabel(self)
        self._warning.setWordWrap(True)
        self._warning.setStyleSheet("color:#b00020;")
        self._read: dict[str, bytes | LoadError] = {}
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("File"), self._side)
        form.addRow(self.tr("Encoding"), self._encoding)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Preview:"), self))
        layout.addWidget(self._preview)
        layout.addWidget(self._warning)
        layout.addWidget(self._buttons)
        self._side.currentIndexChanged.connect(self.update_preview)
        self._encoding.currentTextChanged.connect(self.update_preview)
        self.resize(640, 420)
        self.update_preview()

    def side(self) -> str:
        return self._side.currentData()

    def encoding(self) -> str:
        return self._encoding.currentText().strip()

    def set_choice(self, side: str, encoding: str) -> None:
        self._side.setCurrentIndex(0 if side == "left" else 1)
        self._encoding.setCurrentText(encoding)

    def preview_text(self) -> str:
        return self._preview.toPlainText()

    def warning(self) -> str:
        return self._warning.text()

    def update_preview(self) -> None:
        """Show the file as the chosen encoding reads it, and say before OK when it cannot, or garbles it."""
        path = self._paths[self.side()]
        if path not in self._read:
            try:
                self._read[path] = read_regular_file(path)
            except LoadError as exc:  # a pipe or a device is never opened for reading here either
                self._read[path] = exc
        data = self._read[path]
        if isinstance(data, LoadError):
            self._show(str(data), str(data), ok=False)
            return
        whole = len(data) <= CHECK_WHOLE_BYTES
        try:
            decoded = decode_bytes(path, data if whole else data[:PREVIEW_BYTES], self.encoding())
        except LoadError as exc:
            try:
                text = data[:PREVIEW_BYTES].decode(self.encoding() or "utf-8", errors="replace")
            except (LookupError, TypeError, ValueError):
                text = ""
            # A big file's head may end inside a character: only the whole file can be refused.
            self._show(text, fill(self.tr("Cannot be read this way: %1"), exc.reason), ok=not whole)
            return
        warning = ""
        if decoded.garbled:
            warning = fill(
                self.tr("The file's bytes are UTF-8: read as %1, its text is garbled (mojibake)."), self.encoding()
            )
        self._show(decoded.text[:PREVIEW_BYTES], warning, ok=True)

    def _show(self, text: str, warning: str, ok: bool) -> None:
        self._preview.setPlainText(text)
        self._warning.setText(warning)
        self._warning.setVisible(bool(warning))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class PartDialog(QDialog):
    """Tick which character-level pieces of a change to take from the other version."""

    def __init__(self, hunk: Hunk, base: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take part of change"))
        self._pieces = pieces(hunk, base)
        self._boxes: dict[int, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Take these pieces from the other version:"), self))
        for index, piece in enumerate(self._pieces):
            if piece.changed:
                box = QCheckBox(f"{piece.base or '∅'}  →  {piece.other or '∅'}", self)
                box.setFont(cjk_font(12))
                box.toggled.connect(self._update)
                self._boxes[index] = box
                layout.addWidget(box)
        self._result = QLabel(self)
        self._result.setFont(cjk_font(12))
        layout.addWidget(self._result)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def boxes(self) -> list[QCheckBox]:
        return list(self._boxes.values())

    def text(self) -> str:
        return compose(self._pieces, [i for i, box in self._boxes.items() if box.isChecked()])

    def _update(self) -> None:
        self._result.setText(fill(self.tr("Result: %1"), self.text()))


class SaveOptionsDialog(QDialog):
    """Where and how to save the clean copy, warning about undecided changes."""

    def __init__(self, model: ReviewModel, proposed: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save clean copy"))
        base = model.comparison.version(model.base)
        self._path = QLineEdit(str(proposed), self)
        self._path.setCursorPosition(0)
        # The whole name shown (a field cut at its start hid which file it was), up to most of the screen.
        screen = self.screen().availableGeometry().width() if self.screen() else 1280
        wanted = self._path.fontMetrics().horizontalAdvance(str(proposed)) + 24
        self._path.setMinimumWidth(min(wanted, int(screen * 0.6)))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self._encoding = QComboBox(self)
        self._encoding.addItem(fill(self.tr("As the base file (%1)"), base.decoded.encoding), "original")
        self._encoding.addItem("UTF-8", "utf-8")
        self._layout = QComboBox(self)
        self._layout.addItem(self.tr("As the base file"), None)
        self._layout.addItem(self.tr("Plain text"), "plain")
        self._layout.addItem(self.tr("Markdown"), "markdown")
        row = QHBoxLayout()
        row.addWidget(self._path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Encoding"), self._encoding)
        form.addRow(self.tr("Layout"), self._layout)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        decided, total = model.progress()
        if decided < total:
            warning = QLabel(self.tr("%n change(s) are undecided and will keep the base text.", "", total - decided))
            warning.setStyleSheet("color:#b00020;")
            layout.addWidget(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save clean copy"), self._path.text())
        if path:
            self._path.setText(path)

    def path(self) -> str:
        return self._path.text()

    def encoding(self) -> str:
        return self._encoding.currentData()

    def layout_choice(self) -> str | None:
        return self._layout.currentData()
