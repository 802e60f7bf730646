"""The colours of changes, and the legend that names them."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from core.checks.calibration import NEVER_IN_A_BATCH
from core.checks.suggest import Suggestion
from core.diffing.flags import Flag, FlagKind
from core.model import Hunk
from ui.i18n import fill

# Meld-like, and told apart by lightness as well as hue for colour-blind readers.
CHANGE_COLORS = {
    "removed": "#f4b6b6",  # only the left side has text here
    "added": "#b9e6b0",  # only the right side has text here
    "changed": "#b7d3f5",  # both sides have different text
}
CURRENT_COLOR = "#ffd34d"
DECIDED_COLOR = "#e2e2e2"  # a decided change in the overview strip; the text the clean copy drops
KEPT_COLOR = "#2e7d32"  # decided: the text the clean copy takes, underlined (settled, unlike a pending change)
OWN_COLOR = "#d7c6f2"  # decided: the proofreader typed the text for it
FLAG_COLOR = "#b00020"  # wavy underline under a flagged change
SUGGESTION_COLOR = "#1565c0"  # dotted underline under the side a suggestion names


def change_kind(hunk: Hunk) -> str:
    """``"removed"``, ``"added"`` or ``"changed"``, seen from left to right."""
    if not hunk.right:
        return "removed"
    if not hunk.left:
        return "added"
    return "changed"


def legend(parent: QWidget) -> QWidget:
    """A row of colour swatches with their names: what is undecided, then how decided text looks."""
    names = [
        (CHANGE_COLORS["removed"], QCoreApplication.translate("Legend", "removed"), ""),
        (CHANGE_COLORS["added"], QCoreApplication.translate("Legend", "added"), ""),
        (CHANGE_COLORS["changed"], QCoreApplication.translate("Legend", "changed"), ""),
        (CURRENT_COLOR, QCoreApplication.translate("Legend", "current"), ""),
        ("white", QCoreApplication.translate("Legend", "kept"), f"text-decoration: underline; color:{KEPT_COLOR};"),
        (DECIDED_COLOR, QCoreApplication.translate("Legend", "dropped"), "text-decoration: line-through;"),
        (OWN_COLOR, QCoreApplication.translate("Legend", "own text"), ""),
    ]
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(4, 2, 4, 2)
    for color, name, style in names:
        swatch = QLabel(f"  {name}  ", row)
        swatch.setStyleSheet(f"background:{color}; border:1px solid #999; border-radius:3px; {style}")
        layout.addWidget(swatch)
    layout.addStretch(1)
    return row


def flag_name(kind: FlagKind) -> str:
    """A short, translated badge for a proofreading flag."""
    return {
        FlagKind.SPLICE: QCoreApplication.translate("Flags", "splice"),
        FlagKind.REPEATED_PHRASE: QCoreApplication.translate("Flags", "repeated"),
        FlagKind.TRUNCATION: QCoreApplication.translate("Flags", "truncated"),
        FlagKind.OCR_CONFUSION: QCoreApplication.translate("Flags", "OCR look-alike"),
        FlagKind.NUMBER_CHANGE: QCoreApplication.translate("Flags", "number"),
    }[kind]


def flag_note(flag: Flag) -> str:
    """What a flag says, in the interface's language (the flag's own note is English, for the command line)."""
    if flag.kind is FlagKind.SPLICE and flag.where is not None:
        side = (
            QCoreApplication.translate("Flags", "left")
            if flag.where[0] == "left"
            else QCoreApplication.translate("Flags", "right")
        )
        return fill(
            QCoreApplication.translate("Flags", "also in the %1 version's article %2 “%3”"),
            side,
            str(flag.where[1] + 1),
            flag.quote,
        )
    if flag.kind is FlagKind.REPEATED_PHRASE:
        return fill(QCoreApplication.translate("Flags", "“%1” twice"), flag.quote)
    if flag.kind is FlagKind.TRUNCATION:
        return QCoreApplication.translate("Flags", "stops at “…%1”; the other version goes on").replace(
            "%1", flag.quote
        )
    return flag.note  # numbers and look-alike letters: the same in every language


def suggestion_note(suggestion: Suggestion) -> str:
    """A suggestion in the interface's language: which side, how sure, and why."""
    translate = QCoreApplication.translate
    side = translate("Suggestions", "left") if suggestion.side == "left" else translate("Suggestions", "right")
    values = suggestion.values
    reasons = {
        "placeholder": lambda: translate(
            "Suggestions", "%1 marks a character the other version could not read; %2 may be a reading or a guess"
        ),
        "decisions": lambda: translate("Suggestions", "you took %1 for %2 %3 times in this issue"),
        "spelling": lambda: translate(
            "Suggestions", "both versions write %1 %2 times elsewhere in this issue; %3 neither"
        ),
        "convention": lambda: translate(
            "Suggestions", "both versions write %1 %2 times elsewhere in this issue, %3 %4 times"
        ),
        "print-form": lambda: translate(
            "Suggestions",
            "%1 is the old print form (%2 is what an input method types); that version writes "
            "the print forms in %4 of such characters",
        ),
        "width": lambda: (
            translate("Suggestions", "Chinese text takes full-width punctuation (full-width in %2 of this issue)")
            if values and values[0] == "full-width"
            else translate("Suggestions", "half-width punctuation in %2 of this issue, in both versions")
        ),
        "context": lambda: translate(
            "Suggestions", "both versions write %3 %2 times elsewhere in this issue; %4 neither"
        ),
        "number": lambda: translate("Suggestions", "%1 appears elsewhere in this issue, %2 nowhere"),
        "majority": lambda: translate("Suggestions", "%1 of %2 versions read %3"),
        "number-form": lambda: translate(
            "Suggestions", "both versions write %3 numbers of this issue in the form of %1, %4 in the form of %2"
        ),
        "script": lambda: (
            translate("Suggestions", "this issue is written in traditional characters (%2 of those that differ)")
            if values and values[0] == "traditional"
            else translate("Suggestions", "this issue is written in simplified characters (%2 of those that differ)")
        ),
        "splice": lambda: translate("Suggestions", "the other version's passage also appears in another article"),
        "repeat": lambda: translate("Suggestions", "the other version says “%2” twice"),
        "truncation": lambda: translate("Suggestions", "the other version stops mid-sentence here"),
    }
    reason = reasons[suggestion.source]() if suggestion.source in reasons else suggestion.reason
    for at, value in enumerate(values, start=1):
        reason = reason.replace(f"%{at}", value)
    sure = (
        translate("Suggestions", "Suggests the %1 version (%2 sure, never taken in a batch): %3")
        if suggestion.source in NEVER_IN_A_BATCH
        else translate("Suggestions", "Suggests the %1 version (%2 sure): %3")
    )
    # Measured shares are never certainty: 99.9 % shows as 99 %, not 100 %.
    return fill(sure, side, f"{min(math.floor(suggestion.confidence * 100), 99)}%", reason)
