"""Which version of a change is likely right, and why, from the evidence of the issue itself.

No comparison tool a proofreader uses says which side of a change is right;
most changes of a real issue can be judged from the issue: the mark a
transcriber types for an illegible character, the old print forms a page
set in metal type uses, the punctuation width of the rest of the issue, the
words a character makes with its neighbours elsewhere in the issue, the
numbers the issue repeats, and the splice, truncation and repeated-phrase
flags. Each source gives a side, a confidence and a reason the proofreader
can check; where the evidence is thin there is no suggestion.

A suggestion never depends on which file was loaded as left: the same two
texts swapped get the mirrored suggestion (the benchmark checks it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.checks.calibration import DEFAULT, Calibration, source_of
from core.checks.issue_stats import LATIN_WORD, IssueStats, print_forms, traditional_forms
from core.checks.marks import full_width_side, placeholder_side
from core.checks.number_forms import NUMBER, form_side, number_at
from core.comparison import Comparison
from core.diffing.flags import looks_alike
from core.diffing.hunks import is_number_change, visible
from core.model import SIDES, FlagKind, Hunk, HunkClass, Pair, Side
from core.text.headlines import only_structure_lines
from core.text.normalize import CJK_CHAR, fold_width

SPELLING_EVIDENCE = 2
"""Times both versions write a word elsewhere before the issue counts as spelling it so."""
WIDTH_EVIDENCE = 8
"""Marks of a kind both versions write, below which the issue's habit for that kind is not said."""
CONVENTION_EVIDENCE = 3
"""Agreed occurrences of two forms below which an issue says nothing about which it writes."""

_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The side likely right for one change, how sure, and why.

    ``key`` names the evidence (its source and grade, see
    ``core.checks.calibration``), which says how sure. ``reason`` is English
    (the command line's); ``source`` and ``values`` let the window say the
    same in its own language.
    """

    side: Side
    confidence: float
    key: str  # placeholder, print-form, print-form/mixed, width, context, number, splice, ...
    reason: str
    values: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        return source_of(self.key)

    @property
    def confident(self) -> bool:
        """Whether "take every confident suggestion" takes it."""
        return Calibration.batch_takes(self.key, self.confidence)

    def to_json(self) -> dict[str, object]:
        return {
            "side": self.side,
            "confidence": round(self.confidence, 3),
            "source": self.source,
            "reason": self.reason,
        }


class IssueEvidence:
    """What the two versions of an issue say, gathered once (lazily) and asked about each change."""

    def __init__(
        self, comparison: Comparison, stats: IssueStats | None = None, calibration: Calibration = DEFAULT
    ) -> None:
        self.comparison = comparison
        self.calibration = calibration
        self._stats = stats or IssueStats(comparison.left.decoded.text, comparison.right.decoded.text)
        self._last_text: dict[Side, tuple[Pair | None, str]] = {Side.LEFT: (None, ""), Side.RIGHT: (None, "")}
        self._width_said: dict[tuple[Side, str], Suggestion] = {}

    def prepare(self) -> None:
        """Make every count now (a loading thread calls this, so no keypress waits for them)."""
        stats = self._stats
        _ = stats.agreed_widths(), stats.print_form_share, stats.numbers, stats.traditional_share

    def about(self, comparison: Comparison) -> IssueEvidence:
        """The same evidence (counts made once) asked about ``comparison``, of the same two texts."""
        return self if comparison is self.comparison else IssueEvidence(comparison, self._stats, self.calibration)

    # -------------------------------------------------------------------------------------------

    def suggest(self, pair: Pair, hunk: Hunk) -> Suggestion | None:
        """The suggestion for ``hunk`` of ``pair``, or None when the issue cannot tell."""
        if pair.left is None or pair.right is None or hunk.kind is HunkClass.WHITESPACE:
            return None
        left, right = _visible(hunk.left, hunk.right)
        rules = _PUNCTUATION_RULES if hunk.kind is HunkClass.PUNCTUATION else _TEXT_RULES
        for rule in rules:
            found = rule(self, pair, hunk, left, right)
            if found is not None:
                return found
        return None

    def said(self, side: Side, key: str, reason: str, values: tuple[str, ...] = ()) -> Suggestion:
        """A suggestion of ``side`` on the evidence ``key``, as sure as that evidence has been found."""
        return Suggestion(side, self.calibration.confidence(key), key, reason, values)

    def _text_of(self, pair: Pair, side: Side = Side.LEFT) -> str:
        """The text of ``pair`` on ``side`` (kept for the next change of the same pair)."""
        if self._last_text[side][0] is not pair:
            self._last_text[side] = (pair, self.comparison.text(pair, side) or "")
        return self._last_text[side][1]

    def _placeholder(self, pair: Pair, hunk: Hunk, left: str, right: str) -> Suggestion | None:
        found = placeholder_side(hunk.left, hunk.right)  # as typed: a mark may face a blank of the print
        if found is None:
            return None
        side, mark, read = found
        return self.said(
            side,
            "placeholder",
            f"{mark} marks a character the other version could not read; {read} may be a reading or a guess",
            (mark, read),
        )

    def _flags(self, pair: Pair, hunk: Hunk, left: str, right: str) -> Suggestion | None:
        # Where the versions cut the page differently (a jumped story, a byline one of them moves), a
        # passage found elsewhere or an article that stops says nothing about which side is right.
        # (Asked only of a change that has such a flag: most changes of an issue have none.)
        def structure() -> bool:
            return self._structures_differ(pair) or only_structure_lines(hunk.left) or only_structure_lines(hunk.right)

        for flag in hunk.flags:
            if flag.side is None:
                continue  # a number or a look-alike: says nothing about the side at fault
            other = flag.side.other
            if flag.kind is FlagKind.SPLICE and not structure():
                return self.said(
                    other, "splice", f"the {flag.side} version's passage {flag.note}", (flag.side, flag.note)
                )
            if flag.kind is FlagKind.REPEATED_PHRASE and _dittography(flag.quote, left, right, flag.side):
                return self.said(other, "repeat", f"the {flag.side} version says {flag.note}", (flag.side, flag.quote))
        hunks = self.comparison.hunks(pair)
        if hunks and hunk is hunks[-1]:
            for flag in self.comparison.pair_flags(pair):
                if flag.kind is not FlagKind.TRUNCATION or flag.side is None:
                    continue
                if (left if flag.side is Side.LEFT else right) == "" and not structure():
                    other = flag.side.other
                    return self.said(
                        other, "truncation", f"the {flag.side} version stops mid-sentence here", (flag.side,)
                    )
        return None

    def _structures_differ(self, pair: Pair) -> bool:
        """Whether ``pair`` holds a part of an article, or a boundary taken from the other version."""
        return (
            pair.left_part is not None
            or pair.right_part is not None
            or bool(self.comparison.structure_from_other(pair))
        )

    def _print_form(self, pair: Pair, hunk: Hunk, left: str, right: str) -> Suggestion | None:
        side = _mapped_side(left, right, print_forms())
        if side is None:
            return None
        old, modern = (right, left) if side is Side.RIGHT else (left, right)
        share = self._stats.print_form_share[side]
        table = self.said(
            side,
            "print-form" if share >= 0.9 else "print-form/mixed",
            f"{old} is the old print form ({modern} is what an input method types); "
            f"the {side} version writes the print forms in {share:.0%} of such characters",
            (old, modern, side, f"{share:.0%}"),
        )
        convention = self._convention(old, modern, side)
        if convention is None:
            return table
        # The edition's own usage overrides the table; where the two agree, the surer of them says it.
        return convention if convention.side != side or convention.confidence > table.confidence else table

    def _convention(self, old: str, modern: str, old_side: Side) -> Suggestion | None:
        """Which of two forms the edition writes where both versions agree, when that says: the issue's own
        evidence, before any table (an edition may write 温 throughout where the table says 溫)."""
        swaps = [(o, m) for o, m in zip(old, modern, strict=True) if o != m]
        agreed_old = sum(self._stats.agreed_count(o) for o, _ in swaps)
        agreed_modern = sum(self._stats.agreed_count(m) for _, m in swaps)
        total = agreed_old + agreed_modern
        if total < CONVENTION_EVIDENCE:
            return None  # the issue says nothing: the table may
        if max(agreed_old, agreed_modern) < 4 * min(agreed_old, agreed_modern):
            return None  # the edition writes both: a question, not a convention
        takes_old = agreed_old > agreed_modern
        side, written, other = (old_side, old, modern) if takes_old else (old_side.other, modern, old)
        count, other_count = (agreed_old, agreed_modern) if takes_old else (agreed_modern, agreed_old)
        return self.said(
            side,
            "convention" if count >= 3 * CONVENTION_EVIDENCE else "convention/few",
            f"both versions write {written} {count} times elsewhere in this issue, {other} {other_count} times",
            (written, str(count), other, str(other_count)),
        )

    def _script(self, pair: Pair, hunk: Hunk, left: str, right: str) -> Suggestion | None:
        trad = _mapped_side(left, right, traditional_forms())
        if trad is None:
            return None
        share = self._stats.traditional_share
        if share is None or 0.2 < share < 0.8:
            return None  # an issue of no one script: nothing to go by
        simp = trad.other
        written, other = ("traditional", "simplified") if share >= 0.8 else ("simplified", "traditional")
        side = trad if written == "traditional" else simp
        convention = share if written == "traditional" else 1 - share
        return self.said(
            side,
            "script" if convention >= 0.95 else "script/mixed",
            f"this issue is written in {written} characters ({convention:.0%} of those that differ); "
            f"the other version has a {other} one here",
            (written, f"{convention:.0%}", other),
        )

    def _width(self, pair: Pair, hunk: Hunk, left: str, right: str) -> Suggestion | None:
        full_side = full_width_side(left, right) if hunk.kind is HunkClass.PUNCTUATION else None
        if full_side is None:
            return None
        text = self._text_of(pair)
        around = text[max(0, hunk.left_start - 1) : hunk.left_start] + text[hunk.left_end : hunk.left_end + 1]
        if not CJK_CHAR.search(around):
            return None  # punctuation of Latin text, numbers or code: either width may be meant
        mark = fold_width(left or right)[:1]
        if (full_side, mark) not in self._width_said:  # one suggestion per side and mark for the issue
            self._width_said[(full_side, mark)] = self._width_for(full_side, mark)
        return self._width_said[(full_side, mark)]

    def _width_for(self, full_side: Side, mark: str) -> Suggestion:
        """The width of ``mark``'s kind the edition writes where both versions agree (enough of that kind),
        else of all its marks; full-width where they say nothing."""
        full, half = self._stats.agreed_widths(mark)
        if full + half < WIDTH_EVIDENCE:
            full, half = self._stats.agreed_widths()
        share = full / (full + half) if full + half >= WIDTH_EVIDENCE else None
        if share is not None and share <= 0.1:
            return self.said(
                full_side.other,
                "width/half",
                f"half-width punctuation in {1 - share:.0%} of this issue's Chinese text, in both versions",
                ("half-width", f"{1 - share:.0%}"),
            )
        # Chinese print sets full-width marks in running text (GB/T 15834); a half-width one there
        # comes from a layout or OCR export, whatever share of the issue it has.
        shown = f"{share:.0%}" if share is not None else "—"
        return self.said(
            full_side,
            "width" if share is not None and share >= 0.9 else "width/unsaid",
            f"Chinese text takes full-width punctuation (full-width in {shown} of this issue)",
            ("full-width", shown),
        )

    def _number_form(self, pair: Pair, hunk: Hunk, left: str, right: str) -> Suggestion | None:
        """A number's digits the same, its form not (width, grouping): the form the edition writes."""
        near = self._text_of(pair)[max(0, hunk.left_start - 1) : hunk.left_end + 1]
        if not any(ch.isdigit() for ch in near + right):
            return None  # most punctuation changes are nowhere near a number
        numbers = (
            number_at(self._text_of(pair, Side.LEFT), hunk.left_start, hunk.left_end),
            number_at(self._text_of(pair, Side.RIGHT), hunk.right_start, hunk.right_end),
        )
        found = form_side(*numbers, self._stats.agreed_numbers)
        if found is None:
            return None
        side, count, other_count = found
        written, other = numbers if side is Side.LEFT else numbers[::-1]
        return self.said(
            side,
            "number-form",
            f"both versions write {count} numbers of this issue in the form of {written}, "
            f"{other_count} in the form of {other}",
            (written, other, str(count), str(other_count)),
        )

    def _spelling(self, pair: Pair, hunk: Hunk, left: str, right: str) -> Suggestion | None:
        """A word both versions write elsewhere, facing one neither does: the issue's own spelling."""
        if not (LATIN_WORD.fullmatch(left) and LATIN_WORD.fullmatch(right)):
            return None
        agreed = self._stats.agreed_words
        counts = {Side.LEFT: agreed[left.lower()], Side.RIGHT: agreed[right.lower()]}
        for side in SIDES:
            if counts[side] >= SPELLING_EVIDENCE and counts[side.other] == 0:
                word, other = (left, right) if side is Side.LEFT else (right, left)
                return self.said(
                    side,
                    "spelling",
                    f"both versions write {word} {counts[side]} times elsewhere in this issue; {other} neither",
                    (word, str(counts[side]), other),
                )
        return None

    def _number(self, pair: Pair, hunk: Hunk, left: str, right: str) -> Suggestion | None:
        if not is_number_change(hunk):
            return None
        if _LETTER.search(left) or _LETTER.search(right):
            return None  # a number read into letters (1M1U, lfi) is OCR noise: what it stands for is unknown
        numbers = {side: NUMBER.findall(fold_width(text)) for side, text in ((Side.LEFT, left), (Side.RIGHT, right))}
        if not numbers[Side.LEFT] or len(numbers[Side.LEFT]) != len(numbers[Side.RIGHT]):
            return None
        if any(sum(ch.isdigit() for ch in n) < 2 for found in numbers.values() for n in found):
            return None  # a single digit "elsewhere in the issue" is everywhere: it says nothing
        # Each number counts once for the change itself: what remains is the rest of the issue.
        seen = {side: min(self._stats.numbers[n] - 1 for n in found) for side, found in numbers.items()}
        for side in SIDES:
            other = side.other
            if seen[side] >= 1 and seen[other] <= 0:
                shown = " ".join(numbers[side])
                return self.said(
                    side,
                    "number",
                    f"{shown} appears elsewhere in this issue, {' '.join(numbers[other])} nowhere",
                    (shown, " ".join(numbers[other])),
                )
        return None

    def _context(self, pair: Pair, hunk: Hunk, left: str, right: str) -> Suggestion | None:
        if len(left) != 1 or len(right) != 1 or not CJK_CHAR.match(left) or not looks_alike(left, right):
            return None  # old print forms and variants defeat a neighbour count: look-alikes only
        text = self._text_of(pair)
        before = text[hunk.left_start - 1] if hunk.left_start > 0 else ""
        after = text[hunk.left_end] if hunk.left_end < len(text) else ""
        # Only a Chinese neighbour makes a word with it: "、又" says nothing about 又.
        before = before if CJK_CHAR.match(before or " ") else ""
        after = after if CJK_CHAR.match(after or " ") else ""
        words = {}
        for side, ch in ((Side.LEFT, left), (Side.RIGHT, right)):
            found = [
                (before + ch, self._stats.agreed_pairs(ch)[before + ch]) if before else ("", 0),
                (ch + after, self._stats.agreed_pairs(ch)[ch + after]) if after else ("", 0),
            ]
            words[side] = [(word, count) for word, count in found if word and count > 0]
        wanted = (1 if before else 0) + (1 if after else 0)
        for side in SIDES:
            other = side.other
            support = sum(count for _, count in words[side])
            # Both of its words, not one: "的人" is everywhere, and says nothing about "人聊".
            if support >= 2 and len(words[side]) == wanted and not words[other]:
                ch = left if side is Side.LEFT else right
                wrong = right if side is Side.LEFT else left
                shown = "/".join(word for word, _ in words[side])
                context = f"{before}{wrong}{after}".strip()
                return self.said(
                    side,
                    "context",
                    f"both versions write {shown} {support} times elsewhere in this issue; {context} neither",
                    (ch, str(support), shown, context),
                )
        return None


def _dittography(phrase: str, left: str, right: str, side: Side) -> bool:
    """Whether a phrase said twice on ``side`` is a slip to drop: the other version has nothing there, and
    the phrase is words, not a common short one (OCR text repeats "the" or "000" by chance)."""
    if (right if side is Side.LEFT else left) != "":
        return False
    return len(CJK_CHAR.findall(phrase)) >= 2 or len(re.findall(r"[^\W\d_]{2,}", phrase)) >= 2


def _mapped_side(left: str, right: str, forms: dict[str, str]) -> Side | None:
    """The side whose characters are the ``forms`` values where the two differ in one to three
    characters, each a pair of ``forms`` (key on one side, value on the other), all the same way."""
    if len(left) != len(right) or not left:
        return None
    swaps = [(a, b) for a, b in zip(left, right, strict=True) if a != b]
    if not swaps or len(swaps) > 3:
        return None
    sides: set[Side] = set()
    for a, b in swaps:
        if forms.get(a) == b:
            sides.add(Side.RIGHT)
        elif forms.get(b) == a:
            sides.add(Side.LEFT)
        else:
            return None
    return sides.pop() if len(sides) == 1 else None


# The rules in the order they are asked: the surest first. Punctuation only has marks to weigh.
_TEXT_RULES = (
    IssueEvidence._placeholder,
    IssueEvidence._flags,
    IssueEvidence._print_form,
    IssueEvidence._script,
    IssueEvidence._number_form,
    IssueEvidence._number,
    IssueEvidence._context,
    IssueEvidence._spelling,
)
_PUNCTUATION_RULES = (IssueEvidence._placeholder, IssueEvidence._number_form, IssueEvidence._width)


# An issue's changes are mostly the same few marks ("," / "，") thousands of times: what
# depends on their texts alone is worked out once per pair of texts.
@lru_cache(maxsize=4096)
def _visible(left: str, right: str) -> tuple[str, str]:
    return visible(left), visible(right)
