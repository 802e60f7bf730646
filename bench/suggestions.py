"""How often the suggested side of a change is the right one, per source of evidence.

    python bench/suggestions.py

Known answers:

* the pages of ``../shared/samples/ecpo-jingbao/`` (first transcription on
  the left, checked text on the right: the right side is right), each also
  run mirrored (the files swapped: the left side is right), so a guesser that
  always answers one side scores 50 %;
* the sample pair's text changes judged once by hand
  (``tests/fixtures/sample-judgements.json``), as given and mirrored;
* synthetic issues: the sample pair's right version with look-alike
  characters (the OCR table) seeded into one version or the other, with a
  different seed for each side.

Printed per source and overall: precision (suggestions naming the right
side) and coverage (share of text changes with a suggestion; confident ones,
the ones a batch takes, apart). Punctuation changes are counted on their own.
Target: precision at least 95 % at coverage at least 50 % of text changes on
the mirrored real set.

Then, on the real pages, the calibration (per source: the confidence stated
against the share found right) and a simulated proofreader who knows the right
text (the checked version): the keys a review takes deciding each change one
by one, and with help: one key for every confident suggestion, then each
change still open decided by hand, and D (decide the kind alike) where two or
more open changes of the kind just decided remain. The changes the batch and
D decided wrongly are the errors the help leaves.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.checks.suggest import IssueEvidence  # noqa: E402
from core.comparison import compare_files  # noqa: E402
from core.diffing.flags import confusion_groups  # noqa: E402
from core.model import HunkClass  # noqa: E402
from core.review.decisions import ACCEPT, ARTICLE, ReviewModel  # noqa: E402
from core.review.lessons import Lessons, kind_of  # noqa: E402
from core.review.suggested import confident_decisions  # noqa: E402
from core.text.normalize import fold_width  # noqa: E402

ECPO = ROOT.parent / "shared" / "samples" / "ecpo-jingbao"
OTHER_SETS = ("omnidocbench-zh", "overproof-chronam", "nzz-blackletter", "icdar2017-periodicals")
"""Third-party OCR (or model) output against its ground truth (``.a.txt`` / ``.b.txt``): other papers."""
SAMPLE_LEFT = ROOT / "resources" / "samples" / "plain-export.txt"
SAMPLE_RIGHT = ROOT / "resources" / "samples" / "markdown-export.txt"


class Tally:
    def __init__(self) -> None:
        self.changes: Counter[str] = Counter()  # by class
        self.suggested: Counter[tuple[str, str]] = Counter()  # (class, source)
        self.correct: Counter[tuple[str, str]] = Counter()
        self.confident: Counter[tuple[str, str]] = Counter()
        self.confident_correct: Counter[tuple[str, str]] = Counter()
        self.stated: Counter[str] = Counter()  # by source: the confidences stated, summed
        self.right: Counter[str] = Counter()  # by source: suggestions that named the right side
        self.made: Counter[str] = Counter()

    def add(self, left: Path, right: Path, truth: str | dict[str, str]) -> None:
        """Count the suggestions of the comparison of ``left`` and ``right`` against ``truth``: the side
        right for every change, or, by change id, for the changes judged (the others are not counted)."""
        comparison = compare_files(left, right)
        evidence = IssueEvidence(comparison)
        for pair in comparison.pairs:
            for hunk in comparison.hunks(pair):
                if isinstance(truth, dict) and hunk.id not in truth:
                    continue
                right_side = truth[hunk.id] if isinstance(truth, dict) else truth
                kind = (
                    "punctuation"
                    if hunk.kind is HunkClass.PUNCTUATION
                    else ("text" if hunk.kind is HunkClass.TEXT else "whitespace")
                )
                self.changes[kind] += 1
                suggestion = evidence.suggest(pair, hunk)
                if suggestion is None:
                    continue
                key = (kind, suggestion.source)
                self.stated[suggestion.source] += suggestion.confidence
                self.made[suggestion.source] += 1
                self.right[suggestion.source] += suggestion.side == right_side
                self.suggested[key] += 1
                self.correct[key] += suggestion.side == right_side
                if suggestion.confident:
                    self.confident[key] += 1
                    self.confident_correct[key] += suggestion.side == right_side

    def report(self, title: str) -> tuple[float, float]:
        print(title)
        overall = (0.0, 0.0)
        for kind in ("text", "punctuation"):
            total = self.changes[kind]
            keys = sorted(k for k in self.suggested if k[0] == kind)
            if not total:
                continue
            for key in keys:
                print(
                    f"  {kind:<12} {key[1]:<12} {self.suggested[key]:5d} suggested  precision "
                    f"{self.correct[key] / self.suggested[key]:6.1%}  coverage {self.suggested[key] / total:6.1%}"
                )
            made = sum(self.suggested[k] for k in keys)
            right = sum(self.correct[k] for k in keys)
            sure = sum(self.confident[k] for k in keys)
            sure_right = sum(self.confident_correct[k] for k in keys)
            precision = right / made if made else 0.0
            print(
                f"  {kind:<12} {'all':<12} {made:5d} of {total:5d}   precision {precision:6.1%}  "
                f"coverage {made / total:6.1%}   confident: {sure} at {sure_right / max(sure, 1):6.1%}"
            )
            if kind == "text":
                overall = (precision, made / total)
        return overall

    def calibration(self) -> None:
        print("  calibration: confidence stated (mean) against the share found right, per source")
        for source in sorted(self.made):
            made = self.made[source]
            stated, found = self.stated[source] / made, self.right[source] / made
            print(f"    {source:<12} {made:5d}  stated {stated:6.1%}  found {found:6.1%}  ({found - stated:+.1%})")


class Proofreader:
    """Keys and errors of a review made knowing the right side of every change (see the module)."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, int, int, int, int]] = []

    def review(self, name: str, left: Path, right: Path, right_side: str) -> None:
        comparison = compare_files(left, right)
        base = "left" if right_side == "right" else "right"  # the version to correct is the other one
        changes = [(p, h) for p in comparison.pairs for h in comparison.hunks(p)]
        model = ReviewModel(comparison, base)
        truth = ACCEPT  # the other version is the right one: every change is an accept
        keys = 1  # every confident suggestion, in one key
        taken = list(confident_decisions(model, IssueEvidence(comparison), None, Lessons(model)))
        model.decide_each(taken)
        wrong = sum(decision != truth for _, _, decision in taken)
        lessons = Lessons(model)
        by_id = {(p, h.id): h for p, h in changes}
        for pair, change_id in list(model.undecided()):
            if model.decision(pair, change_id).decided or change_id == ARTICLE:
                continue
            model.decide(pair, change_id, truth)
            keys += 1
            kind = kind_of(by_id[(pair, change_id)])
            if kind is None:
                continue
            alike = list(lessons.same_kind(pair, change_id))
            if len(alike) >= 2:
                keys += 1
                model.decide_each(alike)
                wrong += sum(decision != truth for _, _, decision in alike)
        self.rows.append((name, len(changes), keys, len(taken), wrong))

    def report(self) -> tuple[int, int, int]:
        print("  page                           changes  one by one  with help  saved   batch took  wrong")
        totals = [0, 0, 0, 0]
        for name, changes, keys, taken, wrong in self.rows:
            print(
                f"  {name:<30} {changes:7d}  {changes:10d}  {keys:9d}  {1 - keys / max(changes, 1):6.1%}"
                f"  {taken:10d}  {wrong:5d}"
            )
            for at, value in enumerate((changes, keys, taken, wrong)):
                totals[at] += value
        changes, keys, taken, wrong = totals
        print(
            f"  {'all':<30} {changes:7d}  {changes:10d}  {keys:9d}  {1 - keys / max(changes, 1):6.1%}"
            f"  {taken:10d}  {wrong:5d}"
        )
        return changes, keys, wrong


def width_answers(left: Path, right: Path) -> dict[str, str]:
    """The full-width side of every width-only punctuation change (the judgement the fixture states)."""
    comparison = compare_files(left, right)
    answers = {}
    for pair in comparison.pairs:
        for hunk in comparison.hunks(pair):
            if (
                hunk.kind is HunkClass.PUNCTUATION
                and hunk.left != hunk.right
                and fold_width(hunk.left) == fold_width(hunk.right)
            ):
                answers[hunk.id] = "left" if any(ch in "，。；：？！（）" for ch in hunk.left) else "right"
    return answers


def seeded(text: str, rng: random.Random, rate: float) -> str:
    """``text`` with a share of its characters replaced by an OCR look-alike."""
    groups = confusion_groups()
    out = []
    for ch in text:
        if ch in groups and not ch.isascii() and rng.random() < rate:
            out.append(rng.choice(sorted(groups[ch])))
        else:
            out.append(ch)
    return "".join(out)


def main() -> int:
    if ECPO.is_dir():
        real = Tally()
        for case in sorted(p for p in ECPO.iterdir() if p.is_dir()):
            left, right = case / "left.txt", case / "right.txt"
            if not left.exists():
                left, right = sorted(p for p in case.iterdir() if p.name.startswith(("left", "right")))
            real.add(left, right, "right")
            real.add(right, left, "left")  # mirrored
        precision, coverage = real.report("ecpo-jingbao, each page as given and mirrored")
        real.calibration()
        verdict = "PASS" if precision >= 0.95 and coverage >= 0.5 else "FAIL"
        print(f"{verdict}  mirrored real set: precision {precision:.1%} (>= 95 %), coverage {coverage:.1%} (>= 50 %)")
        proofreader = Proofreader()
        for case in sorted(p for p in ECPO.iterdir() if p.is_dir()):
            left, right = case / "left.txt", case / "right.txt"
            proofreader.review(case.name, left, right, "right")
            proofreader.review(case.name + " mirrored", right, left, "left")
        print("a simulated proofreader who knows the checked text, on the same pages")
        changes, keys, wrong = proofreader.report()
        verdict = "PASS" if keys <= 0.6 * changes and wrong <= 0.01 * changes else "FAIL"
        print(
            f"{verdict}  keys {keys} of {changes} one-by-one ({1 - keys / changes:.0%} fewer, >= 40 %), "
            f"wrong {wrong} ({wrong / changes:.1%} of the changes, <= 1 %)"
        )
    else:
        print(f"{ECPO} is absent: the real set is skipped")
    others = Tally()
    elsewhere = Proofreader()
    pages = 0
    for name in OTHER_SETS:
        folder = ROOT.parent / "shared" / "samples" / name
        for ocr in sorted(folder.glob("*.a.txt")) if folder.is_dir() else []:
            truth = ocr.with_name(ocr.name.replace(".a.txt", ".b.txt"))
            if truth.exists():
                others.add(ocr, truth, "right")
                others.add(truth, ocr, "left")
                elsewhere.review(ocr.name.removesuffix(".a.txt"), ocr, truth, "right")
                pages += 1
    if pages:
        others.report(
            f"other papers, never used to make the rules ({pages} pages of {', '.join(OTHER_SETS)}), both ways"
        )
        others.calibration()
        print("the simulated proofreader on those pages (the OCR corrected against the ground truth)")
        changes, keys, wrong = elsewhere.report()
        print(f"      keys {keys} of {changes} one-by-one ({1 - keys / changes:.0%} fewer), wrong {wrong}")
    judged = json.loads((ROOT / "tests" / "fixtures" / "sample-judgements.json").read_text(encoding="utf-8"))
    answers = {change["id"]: change["correct"] for change in judged["changes"]}
    answers.update(width_answers(SAMPLE_LEFT, SAMPLE_RIGHT))
    sample = Tally()
    sample.add(SAMPLE_LEFT, SAMPLE_RIGHT, answers)
    # Mirrored, a change keeps its id only when its texts are the same both ways; judge by texts then.
    mirrored = {c["id"]: c for c in judged["changes"]}
    swapped = compare_files(SAMPLE_RIGHT, SAMPLE_LEFT)
    flipped = {
        h.id: ("left" if mirrored_change["correct"] == "right" else "right")
        for pair in swapped.pairs
        for h in swapped.hunks(pair)
        for mirrored_change in mirrored.values()
        if (h.left, h.right) == (mirrored_change["right"], mirrored_change["left"])
    }
    flipped.update(width_answers(SAMPLE_RIGHT, SAMPLE_LEFT))
    sample.add(SAMPLE_RIGHT, SAMPLE_LEFT, flipped)
    sample.report(
        f"the sample pair's {len(judged['changes'])} text changes judged by hand and its width-only "
        "punctuation changes (the full-width side), as given and mirrored"
    )
    synthetic = Tally()
    truth = SAMPLE_RIGHT.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(3):
            rng = random.Random(seed)
            wrong = Path(tmp) / f"seeded-{seed}.md"
            good = Path(tmp) / f"clean-{seed}.md"
            wrong.write_text(seeded(truth, rng, 0.2), encoding="utf-8")
            good.write_text(truth, encoding="utf-8")
            synthetic.add(wrong, good, "right")
            synthetic.add(good, wrong, "left")
    synthetic.report("synthetic: look-alike characters seeded into one version (both orders)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
