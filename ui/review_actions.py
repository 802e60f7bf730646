"""What the proofreader's commands do: decide, navigate, re-pair, save, resume (a MainWindow mixin)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from core.export import ExportError, encode_clean, write_atomic
from core.model import HunkClass, Pair
from core.report import to_csv, to_html
from core.review import ACCEPT, ARTICLE, REJECT, Choice, custom
from core.session import SUFFIX, SessionError, read_session, save_session
from core.textio import LoadError
from ui.dialogs import EncodingDialog, PartDialog, SaveOptionsDialog
from ui.edit_dialog import EditDialog

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


class ReviewActions:
    """Mixed into MainWindow; uses its controller, view, table and dialog hooks."""

    # The change under the cursor -----------------------------------------------------------------

    def current_change(self) -> tuple[Pair, str] | None:
        pair, model = self.current_pair, self.controller.model
        if pair is None or model is None:
            return None
        if pair.left is None or pair.right is None:
            return pair, ARTICLE
        index = self.view.current_index()
        hunks = model.comparison.hunks(pair)
        return (pair, hunks[index].id) if 0 <= index < len(hunks) else None

    def _decide_current(self, decision, text: str) -> None:
        change = self.current_change()
        if change is None:
            return
        self.controller.decide([change], decision, text)
        self.go_to_next_undecided()

    def accept_change(self) -> None:
        self._decide_current(ACCEPT, self.tr("Accept change"))

    def reject_change(self) -> None:
        self._decide_current(REJECT, self.tr("Reject change"))

    def edit_change(self) -> None:
        change = self.current_change()
        if change is None:
            return
        pair, change_id = change
        model = self.controller.model
        current = model.decision(pair, change_id)
        comparison = model.comparison
        if change_id == ARTICLE:
            start = current.text or comparison.text(pair, model.other) or comparison.text(pair, model.base)
            self.edit_versions = ({"left": comparison.text(pair, "left") or "",
                                   "right": comparison.text(pair, "right") or ""}, ("", ""))
        else:
            hunk = next(h for h in comparison.hunks(pair) if h.id == change_id)
            start = current.text if current.choice is Choice.CUSTOM else model.resolve_hunk(pair, hunk)
            base_text = comparison.text(pair, model.base) or ""
            at = (hunk.left_start, hunk.left_end) if model.base == "left" else (hunk.right_start, hunk.right_end)
            self.edit_versions = ({"left": hunk.left, "right": hunk.right}, (base_text[: at[0]], base_text[at[1]:]))
        text, ok = self.ask_text(self.tr("Edit change"), self.tr("Text for the clean copy:"), start)
        if ok:
            self._decide_current(custom(text), self.tr("Edit change"))

    def ask_text(self, title: str, label: str, text: str) -> tuple[str, bool]:
        """The proofreader's text for the current change (tests replace this hook)."""
        versions, context = getattr(self, "edit_versions", None) or ({"left": "", "right": ""}, ("", ""))
        dialog = EditDialog(versions, context, text, self)
        accepted = dialog.exec() == EditDialog.DialogCode.Accepted
        return dialog.text(), accepted

    def take_part_of_change(self) -> None:
        change = self.current_change()
        if change is None or change[1] == ARTICLE:
            return
        pair, change_id = change
        model = self.controller.model
        hunk = next(h for h in model.comparison.hunks(pair) if h.id == change_id)
        dialog = PartDialog(hunk, model.base, self)
        if dialog.exec():
            self._decide_current(custom(dialog.text()), self.tr("Take part of change"))

    # Batches: each is one undo step ----------------------------------------------------------

    def _batch(self, changes, decision, text: str) -> None:
        self.controller.decide(changes, decision, text)

    def _article_batch(self, decision, text: str, overriding: bool) -> None:
        """Decide this article's changes: the undecided ones, or (asked for by name) all of them."""
        model = self.controller.model
        if self.current_pair is None or model is None:
            return
        changes = model.changes(self.current_pair) if overriding else model.undecided(self.current_pair)
        self._batch(changes, decision, text)

    def accept_article(self) -> None:
        self._article_batch(ACCEPT, self.tr("Accept article"), overriding=False)

    def reject_article(self) -> None:
        self._article_batch(REJECT, self.tr("Reject article"), overriding=False)

    def accept_article_overriding(self) -> None:
        self._article_batch(ACCEPT, self.tr("Accept every change of this article"), overriding=True)

    def reject_article_overriding(self) -> None:
        self._article_batch(REJECT, self.tr("Reject every change of this article"), overriding=True)

    def _accept_class(self, kind: HunkClass, text: str) -> None:
        model = self.controller.model
        if model is None:
            return
        self._batch(model.undecided_of_class(kind), ACCEPT, text)

    def accept_punctuation_class(self) -> None:
        self._accept_class(HunkClass.PUNCTUATION, self.tr("Accept all punctuation changes"))

    def accept_whitespace_class(self) -> None:
        self._accept_class(HunkClass.WHITESPACE, self.tr("Accept all whitespace changes"))

    def _remaining(self):
        model = self.controller.model
        return [] if model is None else model.undecided()

    def accept_remaining(self) -> None:
        self._batch(self._remaining(), ACCEPT, self.tr("Accept all remaining"))

    def reject_remaining(self) -> None:
        self._batch(self._remaining(), REJECT, self.tr("Reject all remaining"))

    def toggle_base(self) -> None:
        base = "right" if self.actions_by_name["base_right"].isChecked() else "left"
        self.settings.setValue("base", base)
        self.controller.set_base(base)

    # Navigation ---------------------------------------------------------------------------------

    def go_to_next_undecided(self) -> None:
        model = self.controller.model
        if model is None or self.current_pair is None:
            return
        change = self.current_change()
        found = model.next_undecided(self.current_pair, change[1] if change else None)
        if found is None:
            self.statusBar().showMessage(self.tr("Every change is decided."), 5000)
            return
        pair, change_id = found
        index = 0 if change_id == ARTICLE else [h.id for h in model.comparison.hunks(pair)].index(change_id)
        self.select_pair(pair, index)

    def _neighbour_pair(self, step: int) -> Pair | None:
        if self.current_pair is None:
            return None
        row = self.table_model.row_of(self.current_pair) + step
        return self.table_model.pair_at(row)

    def next_change(self) -> None:
        if self.view.next_change():
            return
        pair = self._neighbour_pair(1)
        if pair is not None:
            self.select_pair(pair, 0)

    def previous_change(self) -> None:
        if self.view.previous_change():
            return
        pair = self._neighbour_pair(-1)
        if pair is not None:
            self.select_pair(pair, -1)

    def next_article(self) -> None:
        pair = self._neighbour_pair(1)
        if pair is not None:
            self.select_pair(pair, 0)

    def previous_article(self) -> None:
        pair = self._neighbour_pair(-1)
        if pair is not None:
            self.select_pair(pair, 0)

    # Re-pairing -------------------------------------------------------------------------------

    def pair_context_menu(self, position) -> None:
        index = self.table.indexAt(position)
        pair = self.table_model.pair_at(self.proxy.mapToSource(index).row()) if index.isValid() else None
        if pair is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Pair with…"), lambda: self.choose_partner(pair))
        unpair = menu.addAction(self.tr("Unpair"), lambda: self.controller.unpair(pair, self.tr("Unpair")))
        unpair.setEnabled(pair.left is not None and pair.right is not None)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def choose_partner(self, pair: Pair) -> None:
        comparison = self.controller.comparison
        side = "left" if pair.left is not None else "right"
        other = comparison.side("right" if side == "left" else "left")
        names = [f"{i + 1}. {a.title}" for i, a in enumerate(other.articles)]
        choice, ok = QInputDialog.getItem(self, self.tr("Pair with"), self.tr("Article of the other version:"),
                                          names, 0, False)
        if ok and choice in names:
            self.controller.pair_with(pair, side, names.index(choice), self.tr("Pair articles"))

    # Files ----------------------------------------------------------------------------------------

    def choose_left(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open left version"))
        if path:
            self.open_side("left", path)

    def choose_right(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open right version"))
        if path:
            self.open_side("right", path)

    def open_demo(self) -> None:
        samples = RESOURCES / "samples"
        self.open_files(samples / "plain-export.txt", samples / "markdown-export.txt")

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for entry in self.recent_files():
            left, _, right = entry.partition("\n")
            self.recent_menu.addAction(f"{Path(left).name} ↔ {Path(right).name}",
                                       lambda l=left, r=right: self.open_files(l, r))

    def swap_sides(self) -> None:
        comparison = self.controller.comparison
        if comparison is not None:
            encodings = self.controller.forced_encodings
            self.open_files(comparison.right.path, comparison.left.path,
                            {"left": encodings["right"], "right": encodings["left"]})

    def reopen_with_encoding(self) -> None:
        comparison = self.controller.comparison
        if comparison is None:
            return
        dialog = EncodingDialog(comparison.left.path, comparison.right.path, self)
        if dialog.exec():
            encodings = dict(self.controller.forced_encodings)
            encodings[dialog.side()] = dialog.encoding()
            self.open_files(comparison.left.path, comparison.right.path, encodings)

    # Saving -------------------------------------------------------------------------------------

    def save_clean_copy(self) -> None:
        model = self.controller.model
        if model is None:
            return
        dialog = SaveOptionsDialog(model, self)
        if dialog.exec():
            self.save_clean_copy_to(dialog.path(), dialog.encoding(), dialog.layout_choice())

    def save_clean_copy_to(self, path: str | os.PathLike[str], encoding: str = "original",
                           layout: str | None = None) -> bool:
        """Write the clean copy after the checks a proofreader needs; True when written."""
        self.controller.settle()
        model = self.controller.model
        comparison = model.comparison
        target = Path(path).resolve()
        inputs = {Path(comparison.left.path).resolve(), Path(comparison.right.path).resolve()}
        if target in inputs and not self.ask(
            self.tr("Overwrite an input file?"),
            self.tr("%1 is one of the files being compared. Replace it with the clean copy?").replace("%1", str(path)),
        ):
            return False
        decided, total = model.progress()
        if decided < total and not self.ask(
            self.tr("Undecided changes"),
            self.tr("%n change(s) are still undecided and will keep the base text. Save anyway?", "", total - decided),
        ):
            return False
        try:
            write_atomic(target, encode_clean(model, encoding, layout))
        except LoadError as exc:  # the message names the file already
            self.show_error(self.tr("Cannot save"), str(exc))
            return False
        except (ExportError, OSError) as exc:
            self.show_error(self.tr("Cannot save"), f"{path}: {exc}")
            return False
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def save_session_as(self) -> None:
        if self.controller.model is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save review session"), self.proposed_session_path(),
                                              self.tr("Duijiao sessions (*%1)").replace("%1", SUFFIX))
        if path:
            self.save_session_to(path if path.endswith(SUFFIX) else path + SUFFIX)

    def proposed_session_path(self) -> str:
        """Where a session of the files on screen would be saved: the last session folder, named after them."""
        comparison = self.controller.comparison
        left, right = Path(comparison.left.path), Path(comparison.right.path)
        folder = self.settings.value("session_folder", "") or str(left.parent)
        return str(Path(folder) / f"{left.stem}+{right.stem}{SUFFIX}")

    def save_session_to(self, path: str | os.PathLike[str]) -> bool:
        try:
            save_session(path, self.controller.session())
        except LoadError as exc:
            self.show_error(self.tr("Cannot save"), str(exc))
            return False
        self.settings.setValue("session_folder", str(Path(path).parent))
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def open_session(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open review session"),
                                              self.settings.value("session_folder", ""),
                                              self.tr("Duijiao sessions (*%1)").replace("%1", SUFFIX))
        if path:
            self.open_session_from(path)

    def open_session_from(self, path: str | os.PathLike[str]) -> None:
        self.settings.setValue("session_folder", str(Path(path).parent))
        try:
            session = read_session(path)
        except SessionError as exc:
            self.show_error(self.tr("Cannot open session"), str(exc))
            return
        self.pending_session = session
        self.open_files(session.left.path, session.right.path,
                        {"left": session.left.encoding, "right": session.right.encoding})

    def export_report(self) -> None:
        if self.controller.model is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export change report"), "",
                                              self.tr("Web page (*.html);;Spreadsheet (*.csv)"))
        if path:
            self.export_report_to(path)

    def export_report_to(self, path: str | os.PathLike[str]) -> None:
        self.controller.settle()
        model = self.controller.model
        if str(path).lower().endswith(".csv"):
            data = ("\ufeff" + to_csv(model)).encode("utf-8")  # BOM: spreadsheets then read Chinese
        else:
            data = to_html(model, self.tr("Duijiao change report")).encode("utf-8")
        try:
            write_atomic(Path(path), data)
        except LoadError as exc:
            self.show_error(self.tr("Cannot save"), str(exc))

    # Help and language ------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        from ui.menus import shortcut_sheet

        QMessageBox.information(self, self.tr("Keyboard shortcuts"), shortcut_sheet(self.actions_by_name))

    def set_language(self, language: str) -> None:
        from ui.i18n import install_language

        self.settings.setValue("language", language)
        install_language(language)
        self.retranslate()
