"""The window's file commands: open, reopen, save the clean copy, sessions, the report, help and language."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from core.model import Side
from core.output.export import ExportError, encode_clean
from core.output.places import clean_copy_suffix, proposed_path
from core.output.report import to_csv, to_html
from core.output.tracked_docx import default_author, tracked_docx
from core.readers.documents import READABLE_SUFFIXES
from core.resources import resource
from core.storage.session import SUFFIX, SessionError, read_session, save_session
from core.text.files import same_file, write_atomic
from core.text.textio import LoadError
from ui.control.review_controller import ReviewController
from ui.i18n import fill, install_language
from ui.widgets.dialogs import EncodingDialog, SaveOptionsDialog
from ui.widgets.sheet_dialog import SheetDialog
from ui.window.part import Desk, WindowPart
from ui.window.shortcut_sheet import shortcut_sheet

MAX_RECENT = 8


SAID_MS = 15_000  # how long the status bar says where a save went


class FileActions(WindowPart):
    """What the File and Help menus do."""

    def __init__(self, desk: Desk, controller: ReviewController) -> None:
        super().__init__(desk, controller)
        self._half: tuple[Side, str] | None = None  # one side chosen before the other: (side, path)
        self._autosave_warned = False  # the dialog about a failing autosave was shown (once until it works)
        controller.autosave.failed.connect(self.autosave_failed)
        controller.autosave.recovered.connect(self.autosave_recovered)

    # Opening ---------------------------------------------------------------------------------------

    def drop_paths(self, paths: list[str], side: Side = Side.LEFT) -> None:
        """Two paths open as left and right; one replaces the side it was dropped on.

        Replacing what is on screen after decisions were made asks first (the
        decisions stay in the automatic save of the files they were made on).
        """
        if not paths or not self._may_replace(side if len(paths) == 1 else None):
            return
        if len(paths) >= 2:
            self.desk.loading.open_files(paths[0], paths[1], more=paths[2:])  # three or more: collated
        else:
            self.open_side(side, paths[0])

    def _may_replace(self, side: Side | None) -> bool:
        model = self.controller.model
        if model is None or model.progress()[0] == 0:
            return True
        which = {"left": self.tr("the left version"), "right": self.tr("the right version")}.get(
            side or "", self.tr("both versions")
        )
        return self.desk.ask(
            self.tr("Replace the files being reviewed?"),
            fill(
                self.tr(
                    "Open another file as %1? The decisions made so far are kept in the automatic save and come back "
                    "when these files are opened together again."
                ),
                which,
            ),
        )

    def open_side(self, side: Side, path: str) -> None:
        """Open ``path`` as one side: beside the other side on screen, or wait for the other."""
        comparison = self.controller.comparison
        other = None
        if comparison is not None:
            other = comparison.version(side.other).path
        elif self._half is not None and self._half[0] != side:
            other = self._half[1]
        if other is None:
            self._half = (side, path)
            self.desk.statusBar().showMessage(self.tr("Now open or drop the other version."))
            self.desk.view.clear(fill(self.tr("%1 is ready. Drop or open the other version."), Path(path).name))
            return
        if side is Side.LEFT:
            self.desk.loading.open_files(path, other)
        else:
            self.desk.loading.open_files(other, path)

    def add_version(self) -> None:
        """Open one more version of the issue: the files open now and it, collated (the base stays first)."""
        path, _ = QFileDialog.getOpenFileName(self.desk.window(), self.tr("Add a version"), "", self.readable_files())
        if path:
            self.add_version_from(path)

    def add_version_from(self, path: str) -> None:
        comparison, collated = self.controller.comparison, self.controller.collated
        if comparison is None:
            self.open_side(Side.LEFT, path)
            return
        if collated is not None:
            versions = [version.path for version in collated.collation.versions]
        else:
            versions = [comparison.left.path, comparison.right.path]
        if self._may_replace(None):
            self.desk.loading.open_files(versions[0], versions[1], more=[*versions[2:], path])

    def choose_left(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.desk.window(), self.tr("Open left version"), "", self.readable_files()
        )
        if path:
            self.open_side(Side.LEFT, path)

    def choose_right(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.desk.window(), self.tr("Open right version"), "", self.readable_files()
        )
        if path:
            self.open_side(Side.RIGHT, path)

    def readable_files(self) -> str:
        """The open dialog's filter: what Duijiao reads first, anything else after."""
        return ";;".join(
            (
                self.tr("Texts and documents (%1)").replace("%1", " ".join(f"*{s}" for s in READABLE_SUFFIXES)),
                self.tr("All files (*)"),
            )
        )

    def open_demo(self) -> None:
        samples = resource("samples")
        self.desk.loading.open_files(samples / "plain-export.txt", samples / "markdown-export.txt")

    def recent_files(self) -> list[str]:
        value = self.desk.settings.value("recent", [])
        if isinstance(value, str):  # QSettings gives a one-item list back as the item
            return [value]
        return [str(each) for each in value] if isinstance(value, list) else []

    def remember_recent(self, left: str, right: str) -> None:
        entry = f"{left}\n{right}"
        recent = [entry] + [r for r in self.recent_files() if r != entry]
        self.desk.settings.setValue("recent", recent[:MAX_RECENT])

    def fill_recent_menu(self) -> None:
        menu = self.desk.recent_menu
        menu.clear()
        for entry in self.recent_files():
            left, _, right = entry.partition("\n")
            menu.addAction(
                f"{Path(left).name} ↔ {Path(right).name}", partial(self.desk.loading.open_files, left, right)
            )

    def swap_sides(self) -> None:
        comparison = self.controller.comparison
        if comparison is not None:
            encodings = self.controller.forced_encodings
            self.desk.loading.open_files(
                comparison.right.path, comparison.left.path, {"left": encodings["right"], "right": encodings["left"]}
            )

    def reopen_with_encoding(self) -> None:
        comparison = self.controller.comparison
        if comparison is None:
            return
        dialog = EncodingDialog(comparison.left.path, comparison.right.path, self.desk.window())
        if dialog.exec():
            encodings = dict(self.controller.forced_encodings)
            encodings[dialog.side()] = dialog.encoding()
            self.desk.loading.open_files(comparison.left.path, comparison.right.path, encodings)

    # Saving -------------------------------------------------------------------------------------

    def save_clean_copy(self) -> None:
        if self.controller.model is None:
            return
        model = self.controller.model
        version = model.comparison.version(model.base)
        base = version.path
        suffix = clean_copy_suffix(base, version.decoded.source_format, version.document.format == "markdown")
        proposed = self.proposed(base, suffix)
        dialog = SaveOptionsDialog(model, proposed, self.desk.window())
        if dialog.exec():
            self.save_clean_copy_to(dialog.path(), dialog.encoding(), dialog.layout_choice())

    def save_clean_copy_to(
        self, path: str | os.PathLike[str], encoding: str = "original", layout: str | None = None
    ) -> bool:
        """Write the clean copy after the checks a proofreader needs; True when written."""
        self.controller.settle()
        model, desk = self.controller.model, self.desk
        if model is None:
            return False
        if not self.may_replace_an_input(path):
            return False
        decided, total = model.progress()
        if decided < total and not desk.ask(
            self.tr("Undecided changes"),
            self.tr("%n change(s) are still undecided and will keep the base text. Save anyway?", "", total - decided),
        ):
            return False
        try:
            write_atomic(Path(path), encode_clean(model, encoding, layout))
        except LoadError as exc:  # the message names the file already
            desk.show_error(self.tr("Cannot save"), str(exc))
            return False
        except (ExportError, OSError) as exc:
            desk.show_error(self.tr("Cannot save"), f"{path}: {exc}")
            return False
        self.saved(path)
        return True

    def save_session_as(self) -> None:
        if self.controller.model is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.desk.window(),
            self.tr("Save review session"),
            self.proposed_session_path(),
            fill(self.tr("Duijiao sessions (*%1)"), SUFFIX),
        )
        if path:
            self.save_session_to(path if path.endswith(SUFFIX) else path + SUFFIX)

    def proposed_session_path(self) -> str:
        """Where a session of the files on screen would be saved: the last session folder, named after them."""
        comparison = self.controller.comparison
        assert comparison is not None
        left, right = Path(comparison.left.path), Path(comparison.right.path)
        folder = self.desk.text_setting("session_folder") or str(self.proposed(str(left), "").parent)
        return str(Path(folder) / f"{left.stem}+{right.stem}{SUFFIX}")

    def save_session_to(self, path: str | os.PathLike[str]) -> bool:
        try:
            save_session(path, self.controller.session())
        except LoadError as exc:
            self.desk.show_error(self.tr("Cannot save"), str(exc))
            return False
        self.desk.settings.setValue("session_folder", str(Path(path).parent))
        self.saved(path)
        return True

    def open_session(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.desk.window(),
            self.tr("Open review session"),
            self.desk.text_setting("session_folder"),
            fill(self.tr("Duijiao sessions (*%1)"), SUFFIX),
        )
        if path:
            self.open_session_from(path)

    def open_session_from(self, path: str | os.PathLike[str]) -> None:
        self.desk.settings.setValue("session_folder", str(Path(path).parent))
        try:
            session = read_session(path)
        except SessionError as exc:
            self.desk.show_error(self.tr("Cannot open session"), str(exc))
            return
        self.desk.loading.open_files(
            session.left.path,
            session.right.path,
            {"left": session.left.encoding, "right": session.right.encoding},
            session=session,
        )

    def proposed(self, base: str, suffix: str) -> Path:
        """Where to propose saving what is made from ``base`` (see ``core.output.places``)."""
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return proposed_path(base, documents if documents and Path(documents).is_dir() else Path.home(), suffix)

    def may_replace_an_input(self, path: str | os.PathLike[str]) -> bool:
        """Whether ``path`` may be written: not an input file, unless the proofreader says so."""
        model = self.controller.model
        assert model is not None
        inputs = (model.comparison.left.path, model.comparison.right.path)
        return not any(same_file(path, each) for each in inputs) or self.desk.ask(
            self.tr("Overwrite an input file?"),
            fill(self.tr("%1 is one of the files being compared. Replace it with the clean copy?"), str(path)),
        )

    def export_for_editing(self) -> None:
        model = self.controller.model
        if model is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.desk.window(),
            self.tr("Export for editing"),
            str(self.proposed(model.comparison.version(model.base).path, ".corrections.docx")),
            self.tr("Word document (*.docx)"),
        )
        if path:
            self.export_for_editing_to(path)

    def export_for_editing_to(self, path: str | os.PathLike[str]) -> bool:
        """Write the base text with every correction as a tracked change, signed with the author setting (the
        system's user name unless set); True when written."""
        self.controller.settle()
        model = self.controller.model
        if model is None or not self.may_replace_an_input(path):
            return False
        author = self.desk.text_setting("author") or default_author()
        try:
            write_atomic(Path(path), tracked_docx(model, author))
        except LoadError as exc:
            self.desk.show_error(self.tr("Cannot save"), str(exc))
            return False
        self.saved(path)
        return True

    def export_report(self) -> None:
        model = self.controller.model
        if model is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.desk.window(),
            self.tr("Export change report"),
            str(self.proposed(model.comparison.version(model.base).path, ".changes.html")),
            self.tr("Web page (*.html);;Spreadsheet (*.csv)"),
        )
        if path:
            self.export_report_to(path)

    def export_report_to(self, path: str | os.PathLike[str]) -> None:
        self.controller.settle()
        model = self.controller.model
        if model is None:
            return
        collated = self.controller.collated
        if str(path).lower().endswith(".csv"):
            data = ("\ufeff" + to_csv(model, collated)).encode("utf-8")  # BOM: spreadsheets then read Chinese
        else:
            data = to_html(model, self.tr("Duijiao change report"), collated).encode("utf-8")
        try:
            write_atomic(Path(path), data)
        except LoadError as exc:
            self.desk.show_error(self.tr("Cannot save"), str(exc))
            return
        self.saved(path)

    def saved(self, path: str | os.PathLike[str]) -> None:
        """Say where a save went, with the whole path, long enough to be read."""
        self.desk.statusBar().showMessage(fill(self.tr("Saved %1"), str(Path(path).resolve())), SAID_MS)

    # The automatic save ----------------------------------------------------------------------------

    def autosave_failed(self, reason: str) -> None:
        """Say that decisions are not being saved: in the status bar each time, in a dialog once."""
        message = self.tr("Automatic save failed (%1); retrying. Decisions since the last save are not on disk.")
        message = fill(message, reason)
        self.desk.statusBar().showMessage(message)
        if not self._autosave_warned:
            self._autosave_warned = True
            advice = self.tr("Save the review session (Ctrl+Shift+S) to another folder to keep your decisions safe.")
            self.desk.inform(self.tr("Automatic save failed"), f"{message}\n\n{advice}")

    def autosave_recovered(self) -> None:
        self._autosave_warned = False
        self.desk.statusBar().showMessage(self.tr("Automatic save works again: every decision is saved."), 10_000)

    # Help and language ------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        self.shortcut_box().exec()

    def shortcut_box(self) -> SheetDialog:
        """The F1 sheet of every key (not shown yet)."""
        return SheetDialog(self.tr("Keyboard shortcuts"), shortcut_sheet(self.desk.actions_by_name), self.desk.window())

    def set_language(self, language: str) -> None:
        self.desk.settings.setValue("language", language)
        install_language(language)
        self.desk.retranslate()
