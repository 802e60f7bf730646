"""The window's settings, recent files and drag-and-drop (a MainWindow mixin)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

from core.diff import DiffOptions
from ui.loader import wait_for_abandoned

MAX_RECENT = 8


class WindowFiles:
    """Mixed into MainWindow: what it remembers between runs and what it takes from a drop."""

    # Options and settings ------------------------------------------------------------------------

    def options(self) -> DiffOptions:
        actions = getattr(self, "actions_by_name", {})

        def checked(name: str) -> bool:
            return bool(actions[name].isChecked()) if name in actions else False

        return DiffOptions(checked("ignore_whitespace"), checked("ignore_punctuation_width"),
                           checked("join_broken_paragraphs"))

    def options_toggled(self) -> None:
        for name in ("ignore_whitespace", "ignore_punctuation_width", "join_broken_paragraphs"):
            self.settings.setValue(f"options/{name}", self.actions_by_name[name].isChecked())
        self.controller.set_options(self.options())

    def _restore_settings(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for name in ("ignore_whitespace", "ignore_punctuation_width", "join_broken_paragraphs"):
            value = self.settings.value(f"options/{name}", False)
            self.actions_by_name[name].setChecked(value in (True, "true"))
        self.view.set_zoom(int(self.settings.value("zoom", 0)))

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember_recent(self, left: str, right: str) -> None:
        entry = f"{left}\n{right}"
        recent = [entry] + [r for r in self.recent_files() if r != entry]
        self.settings.setValue("recent", recent[:MAX_RECENT])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_load()
        wait_for_abandoned()
        self.controller.autosave_now(wait=True)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("zoom", self.view.zoom())
        super().closeEvent(event)

    # Drag and drop -------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        side = "left" if event.position().x() < self.width() / 2 else "right"
        self.drop_paths(paths, side)

    def drop_paths(self, paths: list[str], side: str = "left") -> None:
        """Two paths open as left and right; one replaces the side it was dropped on."""
        if len(paths) >= 2:
            self.open_files(paths[0], paths[1])
        elif len(paths) == 1:
            self.open_side(side, paths[0])

    def open_side(self, side: str, path: str) -> None:
        comparison = self.controller.comparison
        other = None
        if comparison is not None:
            other = comparison.right.path if side == "left" else comparison.left.path
        elif getattr(self, "_half", None) and self._half[0] != side:
            other = self._half[1]
        if other is None:
            self._half = (side, path)
            self.statusBar().showMessage(self.tr("Now open or drop the other version."))
            self.view.clear(self.tr("%1 is ready. Drop or open the other version.").replace("%1", Path(path).name))
            return
        self.open_files(path, other) if side == "left" else self.open_files(other, path)
