"""What every group of the main window's commands shares: the window it acts in, and its texts' context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from ui.control.review_controller import ReviewController
    from ui.window.main_window import MainWindow


class WindowPart(QObject):
    """One group of the window's commands (review, files, structure, loading).

    It reads the window's widgets and changes the review only through the
    controller. Its texts translate in its own class's context, where
    ``pyside6-lupdate`` finds them.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller: ReviewController = window.controller
