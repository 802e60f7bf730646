"""The proofreader's review commands: decide, batch, navigate and re-pair, as controller calls."""

from __future__ import annotations

from itertools import chain
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMenu

from core.checks.suggest import Suggestion
from core.model import Hunk, HunkClass, Pair, Side
from core.review.decisions import ACCEPT, ARTICLE, REJECT, Decision, custom
from core.review.edit_context import edit_context
from core.review.search import Found, find_text, next_flagged, place_among_matches
from ui.control.review_controller import ReviewController
from ui.i18n import fill
from ui.widgets.dialogs import PartDialog
from ui.widgets.edit_dialog import EditDialog
from ui.window.part import Desk, WindowPart


class ReviewActions(WindowPart):
    """What A, R, E, P, N, the batches, the navigation and find keys and the list's context menu do."""

    def __init__(self, desk: Desk, controller: ReviewController) -> None:
        super().__init__(desk, controller)
        self._found: Found | None = None  # where the last search landed
        self._last_decided: tuple[Pair, str] | None = None  # the change the last single decision was on

    # The change under the cursor -----------------------------------------------------------------

    def current_change(self) -> tuple[Pair, str] | None:
        pair, model = self.desk.current_pair, self.controller.model
        if pair is None or model is None:
            return None
        if pair.left is None or pair.right is None:
            return pair, ARTICLE
        index = self.desk.view.current_index()
        hunks = model.comparison.hunks(pair)
        return (pair, hunks[index].id) if 0 <= index < len(hunks) else None

    def _decide_current(self, decision: Decision, text: str) -> None:
        change = self.current_change()
        if change is None:
            return
        self.controller.decide([change], decision, text)
        self._last_decided = change
        self.go_to_next_undecided()

    def decide_same_kind(self) -> None:
        """Decide every undecided change of the issue like the current one (or, when it is open, like the
        one just decided): the same substitution, the same text taken."""
        change, model = self.current_change(), self.controller.model
        if change is None or model is None:
            return
        if not model.decision(*change).decided and self._last_decided is not None:
            change = self._last_decided
        alike = self.controller.lessons().same_kind(*change) if model.decision(*change).decided else iter(())
        first = next(alike, None)
        if first is None:
            self.desk.statusBar().showMessage(
                self.tr("No other open change of this kind (a number or a change of spacing is decided alone)."),
                8000,
            )
            return
        self.controller.decide_each(chain([first], alike), self.tr("Decide the same kind alike"))

    def accept_change(self) -> None:
        self._decide_current(ACCEPT, self.tr("Accept change"))

    def reject_change(self) -> None:
        self._decide_current(REJECT, self.tr("Reject change"))

    def edit_change(self) -> None:
        change, model = self.current_change(), self.controller.model
        if change is None or model is None:
            return
        found = edit_context(model, *change)
        text, ok = self.ask_text(found.versions, (found.before, found.after), found.start)
        if ok:
            self._decide_current(custom(text), self.tr("Edit change"))

    def ask_text(self, versions: dict[Side, str], context: tuple[str, str], text: str) -> tuple[str, bool]:
        """The proofreader's text for the current change, and whether they confirmed it (tests replace this)."""
        dialog = EditDialog(versions, context, text, self.desk.window())
        accepted = dialog.exec() == EditDialog.DialogCode.Accepted
        return dialog.text(), accepted

    def take_part_of_change(self) -> None:
        change, model = self.current_change(), self.controller.model
        if change is None or model is None or change[1] == ARTICLE:
            return
        pair, change_id = change
        hunk = next(h for h in model.comparison.hunks(pair) if h.id == change_id)
        dialog = PartDialog(hunk, model.base, self.desk.window())
        if dialog.exec():
            self._decide_current(custom(dialog.text()), self.tr("Take part of change"))

    # Suggestions -----------------------------------------------------------------------------------

    def current_suggestion(self) -> Suggestion | None:
        """The suggestion for the current change: what the decisions taught, else the issue's evidence (once
        it is counted)."""
        change, model = self.current_change(), self.controller.model
        if change is None or model is None or change[1] == ARTICLE:
            return None
        pair, change_id = change
        hunk = next(h for h in model.comparison.hunks(pair) if h.id == change_id)
        taught = self.controller.lessons().suggest(pair, hunk)
        evidence = self.controller.ready_evidence()
        return taught or (evidence.suggest(pair, hunk) if evidence is not None else None)

    # Three versions or more: each change's readings ---------------------------------------------------

    def _current_site(self) -> tuple[Pair, Hunk] | None:
        change, model, collated = self.current_change(), self.controller.model, self.controller.collated
        if change is None or model is None or collated is None or change[1] == ARTICLE:
            return None
        hunk = next(h for h in model.comparison.hunks(change[0]) if h.id == change[1])
        return (change[0], hunk) if collated.site_of(change[0], hunk) is not None else None

    def current_readings(self) -> str:
        """Every version's reading of the current change and the vote, numbered for the keys ("" if none)."""
        found, collated = self._current_site(), self.controller.collated
        if found is None or collated is None:
            return ""
        site, decided = collated.site_of(*found) or (None, None)
        assert site is not None and decided is not None
        names = [Path(v.path).name for v in collated.collation.versions]
        readings = "  ".join(
            f"{n + 1} {name}: {'—' if r is None else (r or '∅')}"
            for n, (name, r) in enumerate(zip(names, site.readings, strict=True))
        )
        if decided.reading is None:
            return fill(self.tr("%1 — no majority"), readings)
        return fill(
            self.tr("%1 — %2 of %3 read %4"), readings, str(decided.count), str(decided.voters), decided.reading or "∅"
        )

    def take_version(self, number: int) -> None:
        """Decide the current change as version ``number`` (1, the base) reads it."""
        found, collated, model = self._current_site(), self.controller.collated, self.controller.model
        if found is None or collated is None or model is None:
            self.desk.statusBar().showMessage(
                self.tr("Versions are taken by number where three or more are open."), 5000
            )
            return
        pair, hunk = found
        text = collated.reading(pair, hunk, number - 1)
        if text is None:
            self.desk.statusBar().showMessage(fill(self.tr("Version %1 has nothing to take here."), str(number)), 5000)
            return
        base_text, other_text = (hunk.left, hunk.right) if model.base is Side.LEFT else (hunk.right, hunk.left)
        decision = REJECT if text == base_text else ACCEPT if text == other_text else custom(text)
        self._decide_current(decision, fill(self.tr("Take version %1"), str(number)))

    def take_suggestion(self) -> None:
        """Decide the current change as its suggestion says (asked for by key: however sure it is)."""
        suggestion, model = self.current_suggestion(), self.controller.model
        if suggestion is None or model is None:
            self.desk.statusBar().showMessage(self.tr("No suggestion for this change."), 5000)
            return
        decision = ACCEPT if suggestion.side == model.other else REJECT
        self._decide_current(decision, self.tr("Take the suggestion"))

    def take_article_suggestions(self) -> None:
        if self.desk.current_pair is not None:
            self.controller.take_suggestions(self.desk.current_pair, self.tr("Take this article's suggestions"))

    def take_all_suggestions(self) -> None:
        self.controller.take_suggestions(None, self.tr("Take every confident suggestion"))

    # Batches: each is one undo step, and the rules of what they take are the controller's -----

    def _article_batch(self, decision: Decision, text: str, replacing: bool) -> None:
        if self.desk.current_pair is not None:
            self.controller.decide_article(self.desk.current_pair, decision, text, replacing)

    def accept_article(self) -> None:
        self._article_batch(ACCEPT, self.tr("Accept article"), replacing=False)

    def reject_article(self) -> None:
        self._article_batch(REJECT, self.tr("Reject article"), replacing=False)

    def accept_article_overriding(self) -> None:
        self._article_batch(ACCEPT, self.tr("Accept every change of this article"), replacing=True)

    def reject_article_overriding(self) -> None:
        self._article_batch(REJECT, self.tr("Reject every change of this article"), replacing=True)

    def accept_punctuation_class(self) -> None:
        self.controller.decide_class(HunkClass.PUNCTUATION, ACCEPT, self.tr("Accept all punctuation changes"))

    def accept_whitespace_class(self) -> None:
        self.controller.decide_class(HunkClass.WHITESPACE, ACCEPT, self.tr("Accept all whitespace changes"))

    def accept_remaining(self) -> None:
        self.controller.decide_remaining(ACCEPT, self.tr("Accept all remaining"))

    def reject_remaining(self) -> None:
        self.controller.decide_remaining(REJECT, self.tr("Reject all remaining"))

    def toggle_base(self) -> None:
        base = Side.RIGHT if self.desk.actions_by_name["base_right"].isChecked() else Side.LEFT
        self.desk.settings.setValue("base", base)
        self.controller.set_base(base)

    # Navigation ---------------------------------------------------------------------------------

    def into_list(self) -> None:
        """From the filter field into the article list, on a listed article (the first, if none is current)."""
        desk = self.desk
        desk.table.setFocus()
        if not desk.table.currentIndex().isValid() and desk.proxy.rowCount() > 0:
            desk.table.setCurrentIndex(desk.proxy.index(0, 0))

    def open_listed(self) -> None:
        """From the filter field to the text of the article listed current (the first, if none is)."""
        self.into_list()
        self.desk.view.left_pane().setFocus()

    def go_to_next_undecided(self) -> None:
        model, pair = self.controller.model, self.desk.current_pair
        if model is None or pair is None:
            return
        change = self.current_change()
        found = model.next_undecided(pair, change[1] if change else None)
        if found is None:
            self.desk.statusBar().showMessage(self.tr("Every change is decided."), 5000)
            return
        pair, change_id = found
        index = 0 if change_id == ARTICLE else [h.id for h in model.comparison.hunks(pair)].index(change_id)
        self.desk.select_pair(pair, index)

    def _neighbour_pair(self, step: int) -> Pair | None:
        if self.desk.current_pair is None:
            return None
        table = self.desk.table_model
        return table.pair_at(table.row_of(self.desk.current_pair) + step)

    def next_change(self) -> None:
        if self.desk.view.next_change():
            return
        pair = self._neighbour_pair(1)
        if pair is not None:
            self.desk.select_pair(pair, 0)

    def previous_change(self) -> None:
        if self.desk.view.previous_change():
            return
        pair = self._neighbour_pair(-1)
        if pair is not None:
            self.desk.select_pair(pair, -1)

    def next_article(self) -> None:
        pair = self._neighbour_pair(1)
        if pair is not None:
            self.desk.select_pair(pair, 0)

    def previous_article(self) -> None:
        pair = self._neighbour_pair(-1)
        if pair is not None:
            self.desk.select_pair(pair, 0)

    def next_flagged(self, backwards: bool = False) -> None:
        """Go to the next (previous) flagged change of the issue, in the list's order."""
        comparison = self.controller.comparison
        if comparison is None:
            return
        found = next_flagged(
            comparison,
            self.desk.table_model.pairs(),
            self.desk.current_pair,
            self.desk.view.current_index(),
            backwards,
        )
        if found is None:
            self.desk.statusBar().showMessage(self.tr("No change is flagged."), 5000)
            return
        self.desk.select_pair(*found)

    def previous_flagged(self) -> None:
        self.next_flagged(backwards=True)

    # Finding ----------------------------------------------------------------------------------

    def find(self) -> None:
        self.desk.find_bar.open_bar()

    def find_next(self, text: str | None = None, backwards: bool = False) -> None:
        """Find ``text`` (None: what the find bar holds) after the last place found, in both versions."""
        comparison, bar = self.controller.comparison, self.desk.find_bar
        text = bar.edit.text() if text is None else text
        if comparison is None or not text:
            bar.open_bar()
            return
        last = self._found if self._found is not None and self._found.pair == self.desk.current_pair else None
        found = find_text(comparison, self.desk.table_model.pairs(), text, last, backwards)
        if found is None:
            bar.say(self.tr("Not found"))
            return
        place, total = place_among_matches(comparison, self.desk.table_model.pairs(), text, found)
        bar.say(fill(self.tr("%1 of %2"), place, total))
        self._found = found
        if found.pair != self.desk.current_pair:
            self.desk.select_pair(found.pair)
        self.desk.view.show_found(found.side, found.start, found.end)

    def find_previous(self) -> None:
        self.find_next(backwards=True)

    # Re-pairing -------------------------------------------------------------------------------

    def pair_context_menu(self, position) -> None:
        desk = self.desk
        index = desk.table.indexAt(position)
        pair = desk.table_model.pair_at(desk.proxy.mapToSource(index).row()) if index.isValid() else None
        if pair is None:
            return
        menu = QMenu(desk.window())
        menu.addAction(self.tr("Pair with…"), lambda: self.choose_partner(pair))
        unpair = menu.addAction(self.tr("Unpair"), lambda: self.controller.unpair(pair, self.tr("Unpair")))
        unpair.setEnabled(pair.left is not None and pair.right is not None)
        menu.exec(desk.table.viewport().mapToGlobal(position))

    def choose_partner(self, pair: Pair) -> None:
        comparison = self.controller.comparison
        if comparison is None:
            return
        side = Side.LEFT if pair.left is not None else Side.RIGHT
        other = comparison.version(side.other)
        names = [f"{i + 1}. {a.title}" for i, a in enumerate(other.articles)]
        choice, ok = QInputDialog.getItem(
            self.desk.window(), self.tr("Pair with"), self.tr("Article of the other version:"), names, 0, False
        )
        if ok and choice in names:
            self.controller.pair_with(pair, side, names.index(choice), self.tr("Pair articles"))
