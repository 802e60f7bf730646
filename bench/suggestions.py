"""How often the suggested side of a change is the right one, how sure it says it is, and what it saves.

    python bench/suggestions.py          # score, leave-one-page-out
    python bench/suggestions.py --fit    # also write core/checks/calibration_counts.py from every page

Known answers:

* the development pages of ``../shared/samples/ecpo-jingbao/`` (first
  transcription on the left, checked text on the right: the right side is
  right), each also run mirrored (the files swapped: the left side is right),
  so a guesser that always answers one side scores 50 %;
* other papers (``OTHER_SETS``: third-party OCR or model output against its
  ground truth), both ways;
* the sample pair's text changes judged once by hand
  (``tests/fixtures/sample-judgements.json``), as given and mirrored;
* synthetic issues (look-alike characters seeded into one version): shown,
  never counted for the calibration (the rule and the seeding share a table).

A suggestion's confidence comes from ``core.checks.calibration``: per key of
evidence, the share found right on the pages counted. Here each development
page is scored with the confidences fitted *without it* (leave-one-page-out,
both of its directions held out together), and each other paper with those
fitted without any page of that paper (leave-one-paper-out): the figures are
those of a page the confidences never saw. Printed: precision and coverage
(share of text changes with a suggestion; those a batch takes apart), the
calibration per key (confidence stated against the share found right), and a
simulated proofreader who knows the right text: the keys a review takes
deciding each change one by one; with the suggestions (one key for every
confident suggestion, then each open change by hand); and with D as well
("decide the kind alike", pressed where two or more open changes of the kind
just decided remain). The changes the batch and D decided wrongly are the
errors the help leaves.
"""

from __future__ import annotations

import json
import math
import random
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.checks.calibration import CONFIDENT, DEFAULT, Calibration, source_of  # noqa: E402
from core.checks.suggest import IssueEvidence  # noqa: E402
from core.comparison import compare_files  # noqa: E402
from core.diffing.flags import confusion_groups  # noqa: E402
from core.model import HunkClass  # noqa: E402
from core.review.decisions import ACCEPT, ARTICLE, ReviewModel  # noqa: E402
from core.review.lessons import Lessons, kind_of  # noqa: E402
from core.review.suggested import confident_decisions  # noqa: E402
from core.text.normalize import fold_width  # noqa: E402

SAMPLES = ROOT.parent / "shared" / "samples"
ECPO = SAMPLES / "ecpo-jingbao"
OTHER_SETS = ("omnidocbench-zh", "overproof-chronam", "nzz-blackletter", "icdar2017-periodicals")
SAMPLE_LEFT = ROOT / "resources" / "samples" / "plain-export.txt"
SAMPLE_RIGHT = ROOT / "resources" / "samples" / "markdown-export.txt"
COUNTS_FILE = ROOT / "core" / "checks" / "calibration_counts.py"
FITTED_GROUPS = frozenset({"ecpo", "sample", *OTHER_SETS})
"""What the calibration is fitted on (synthetic pages are not: they are seeded from the rule's own table)."""


@dataclass(frozen=True)
class Outcome:
    """One suggestion made on a page with a known answer."""

    page: str  # held out as one: a page both ways round
    group: str  # ecpo, sample, synthetic, or the other paper's set
    kind: str  # text or punctuation
    key: str
    right: bool


@dataclass(frozen=True)
class Run:
    """One comparison with a known answer: the left and right files and the side right for each change."""

    page: str
    group: str
    left: Path
    right: Path
    truth: str | dict[str, str]  # the side right for every change, or for the changes judged, by id


class Observations:
    """Every suggestion made on the runs, with the changes counted, by page."""

    def __init__(self) -> None:
        self.outcomes: list[Outcome] = []
        self.changes: Counter[tuple[str, str]] = Counter()  # (page, kind)

    def observe(self, run: Run) -> None:
        comparison = compare_files(run.left, run.right)
        evidence = IssueEvidence(comparison)  # the keys do not depend on the confidences
        for pair in comparison.pairs:
            for hunk in comparison.hunks(pair):
                truth = run.truth
                if hunk.kind is HunkClass.WHITESPACE or (isinstance(truth, dict) and hunk.id not in truth):
                    continue
                kind = "punctuation" if hunk.kind is HunkClass.PUNCTUATION else "text"
                self.changes[(run.page, kind)] += 1
                suggestion = evidence.suggest(pair, hunk)
                if suggestion is not None:
                    right_side = truth[hunk.id] if isinstance(truth, dict) else truth
                    self.outcomes.append(
                        Outcome(run.page, run.group, kind, suggestion.key, suggestion.side == right_side)
                    )


def tally(outcomes: Iterable[Outcome]) -> dict[str, tuple[int, int]]:
    """(found right, made) per key."""
    right: Counter[str] = Counter()
    made: Counter[str] = Counter()
    for outcome in outcomes:
        made[outcome.key] += 1
        right[outcome.key] += outcome.right
    return {key: (right[key], made[key]) for key in sorted(made)}


def fitted_without(outcomes: list[Outcome], held_out: set[str]) -> Calibration:
    """The calibration fitted on every counted page but ``held_out``."""
    return Calibration.fitted([tally(o for o in outcomes if o.group in FITTED_GROUPS and o.page not in held_out)])


def wilson(right: int, made: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % interval of a share found right ``right`` times of ``made``."""
    if not made:
        return 0.0, 1.0
    p = right / made
    centre = (p + z * z / (2 * made)) / (1 + z * z / made)
    half = z * math.sqrt(p * (1 - p) / made + z * z / (4 * made * made)) / (1 + z * z / made)
    return centre - half, centre + half


class HeldOut:
    """Suggestions scored with confidences fitted without their own page (or paper)."""

    def __init__(self) -> None:
        self.rows: list[tuple[Outcome, float, bool]] = []  # (outcome, stated, a batch takes it)
        self.changes: Counter[tuple[str, str]] = Counter()

    def score(self, observations: Observations, pages: set[str], calibration: Calibration) -> None:
        for outcome in observations.outcomes:
            if outcome.page in pages:
                stated = calibration.confidence(outcome.key)
                self.rows.append((outcome, stated, calibration.batch_takes(outcome.key, stated)))
        for (page, kind), count in observations.changes.items():
            if page in pages:
                self.changes[(page, kind)] += count

    def report(self, title: str, by_page: bool = True) -> tuple[float, float, float, bool]:
        """Print precision and coverage (per page, then in all) and the calibration; returns the text
        precision, the text coverage, the precision of what a batch takes and whether it is calibrated."""
        print(title)
        pages = sorted({page for page, _ in self.changes})
        print("  page                              text changes  suggested  right    coverage   batch  right")
        for page in [*pages, None] if by_page else [None]:
            rows = [r for r in self.rows if page is None or r[0].page == page]
            text = [r for r in rows if r[0].kind == "text"]
            changes = sum(c for (p, kind), c in self.changes.items() if kind == "text" and (page is None or p == page))
            batch = [r for r in rows if r[2]]
            precision = sum(r[0].right for r in text) / max(len(text), 1)
            batch_right = sum(r[0].right for r in batch) / max(len(batch), 1)
            coverage = len(text) / max(changes, 1)
            print(
                f"  {page or 'all':<34} {changes:11d}  {len(text):9d}  {precision:6.1%}  {coverage:8.1%}"
                f"  {len(batch):6d}  {batch_right:6.1%}"
            )
        punctuation = [r for r in self.rows if r[0].kind == "punctuation"]
        punctuation_changes = sum(c for (_, kind), c in self.changes.items() if kind == "punctuation")
        print(
            f"  punctuation: {len(punctuation)} of {punctuation_changes} suggested, "
            f"right {sum(r[0].right for r in punctuation) / max(len(punctuation), 1):.1%}"
        )
        calibrated = self.calibration()
        return precision, coverage, batch_right, calibrated

    def calibration(self) -> bool:
        """Print stated against found per key; whether every key is within 5 points or, for a key seen
        too rarely to say, whether what was found could be what was stated (its 95 % interval)."""
        print("  calibration per key: confidence stated (mean) against the share found right")
        by_key: dict[str, list[tuple[Outcome, float, bool]]] = defaultdict(list)
        for row in self.rows:
            by_key[row[0].key].append(row)
        good = True
        for key in sorted(by_key, key=lambda k: (source_of(k), k)):
            rows = by_key[key]
            made, right = len(rows), sum(r[0].right for r in rows)
            stated, found = sum(r[1] for r in rows) / made, right / made
            low, high = wilson(right, made)
            within = abs(found - stated) <= 0.05 or low <= stated <= high
            good &= within
            print(
                f"    {key:<18} {made:5d}  stated {stated:6.1%}  found {found:6.1%}  ({found - stated:+6.1%})  "
                f"95 % interval {low:6.1%}-{high:6.1%}  {'ok' if within else 'OFF'}"
            )
        return good


class Proofreader:
    """Keys and errors of a review made knowing the right side of every change (see the module)."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, int, int, int, int, int]] = []
        self.taught: list[Outcome] = []  # what the decisions suggested for each change then decided by hand

    def review(self, run: Run, calibration: Calibration = DEFAULT) -> None:
        comparison = compare_files(run.left, run.right)
        base = "left" if run.truth == "right" else "right"  # the version to correct is the other one
        changes = [(p, h) for p, h in ((p, h) for p in comparison.pairs for h in comparison.hunks(p))]
        model = ReviewModel(comparison, base)
        truth = ACCEPT  # the other version is the right one: every change is an accept
        keys = 1  # every confident suggestion, in one key
        lessons = Lessons(model, calibration)
        taken = list(confident_decisions(model, IssueEvidence(comparison, calibration=calibration), None, lessons))
        model.decide_each(taken)
        wrong = sum(decision != truth for _, _, decision in taken)
        by_id = {(p, h.id): h for p, h in changes}
        open_changes = [(p, c) for p, c in model.undecided() if c != ARTICLE]
        suggestions_only = 1 + len(open_changes)  # the batch, then every open change by hand
        for pair, change_id in open_changes:
            if model.decision(pair, change_id).decided:
                continue  # decided by D
            hunk = by_id[(pair, change_id)]
            said = lessons.suggest(pair, hunk)
            if said is not None:
                kind = "punctuation" if hunk.kind is HunkClass.PUNCTUATION else "text"
                self.taught.append(Outcome(run.page, run.group, kind, said.key, said.side == run.truth))
            model.decide(pair, change_id, truth)
            keys += 1
            if kind_of(hunk) is None:
                continue
            alike = list(lessons.same_kind(pair, change_id))
            if len(alike) >= 2:
                keys += 1
                model.decide_each(alike)
                wrong += sum(decision != truth for _, _, decision in alike)
        name = run.page if run.truth == "right" else run.page + " mirrored"
        self.rows.append((name, len(changes), suggestions_only, keys, len(taken), wrong))

    def report(self) -> tuple[int, int, int]:
        """Print the keys per page (one by one; with the batch of suggestions; with the batch and D) and
        the errors left; returns the changes, the keys with all the help, and the errors."""
        print("  page                              changes  one by one  suggested  and D   saved   batch took  wrong")
        totals = [0, 0, 0, 0, 0]
        for name, *values in [*self.rows, ("all", 0, 0, 0, 0, 0)]:
            if name == "all":
                values = totals
            else:
                totals = [total + value for total, value in zip(totals, values, strict=True)]
            changes, suggested, keys, taken, wrong = values
            saved = 1 - keys / max(changes, 1)
            print(
                f"  {name:<34} {changes:7d}  {changes:10d}  {suggested:9d}  {keys:5d}  {saved:6.1%}"
                f"  {taken:10d}  {wrong:5d}"
            )
        return totals[0], totals[2], totals[4]


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


def both_ways(page: str, group: str, wrong: Path, right: Path) -> list[Run]:
    return [Run(page, group, wrong, right, "right"), Run(page, group, right, wrong, "left")]


def development_runs() -> list[Run]:
    runs = []
    for case in sorted(p for p in ECPO.iterdir() if p.is_dir()) if ECPO.is_dir() else []:
        runs += both_ways(case.name, "ecpo", case / "left.txt", case / "right.txt")
    return runs


def other_runs() -> list[Run]:
    runs = []
    for name in OTHER_SETS:
        folder = SAMPLES / name
        for ocr in sorted(folder.glob("*.a.txt")) if folder.is_dir() else []:
            truth = ocr.with_name(ocr.name.replace(".a.txt", ".b.txt"))
            if truth.exists():
                runs += both_ways(ocr.name.removesuffix(".a.txt"), name, ocr, truth)
    return runs


def sample_runs() -> list[Run]:
    """The sample pair's hand-judged text changes and its width-only punctuation changes, both ways."""
    judged = json.loads((ROOT / "tests" / "fixtures" / "sample-judgements.json").read_text(encoding="utf-8"))
    answers = {change["id"]: change["correct"] for change in judged["changes"]}
    answers.update(width_answers(SAMPLE_LEFT, SAMPLE_RIGHT))
    # Mirrored, a change keeps its id only when its texts are the same both ways; judge by texts then.
    swapped = compare_files(SAMPLE_RIGHT, SAMPLE_LEFT)
    flipped = {
        h.id: ("left" if change["correct"] == "right" else "right")
        for pair in swapped.pairs
        for h in swapped.hunks(pair)
        for change in judged["changes"]
        if (h.left, h.right) == (change["right"], change["left"])
    }
    flipped.update(width_answers(SAMPLE_RIGHT, SAMPLE_LEFT))
    return [
        Run("dongchangfu sample", "sample", SAMPLE_LEFT, SAMPLE_RIGHT, answers),
        Run("dongchangfu sample", "sample", SAMPLE_RIGHT, SAMPLE_LEFT, flipped),
    ]


def synthetic_runs(tmp: Path) -> list[Run]:
    truth = SAMPLE_RIGHT.read_text(encoding="utf-8")
    runs = []
    for seed in range(3):
        wrong, good = tmp / f"seeded-{seed}.md", tmp / f"clean-{seed}.md"
        wrong.write_text(seeded(truth, random.Random(seed), 0.2), encoding="utf-8")
        good.write_text(truth, encoding="utf-8")
        runs += both_ways(f"seeded {seed}", "synthetic", wrong, good)
    return runs


def write_counts(counts: dict[str, tuple[int, int]]) -> None:
    lines = [f'    "{key}": ({right}, {made}),' for key, (right, made) in sorted(counts.items())]
    text = COUNTS_FILE.read_text(encoding="utf-8")
    head = text[: text.index("COUNTS")]
    COUNTS_FILE.write_text(head + "COUNTS: dict[str, tuple[int, int]] = {\n" + "\n".join(lines) + "\n}\n", "utf-8")
    print(f"wrote {COUNTS_FILE.relative_to(ROOT)}: {len(counts)} keys")


def main(argv: list[str]) -> int:
    fit = "--fit" in argv
    observations = Observations()
    development, others = development_runs(), other_runs()
    with tempfile.TemporaryDirectory() as tmp:
        runs = development + others + sample_runs() + synthetic_runs(Path(tmp))
        for run in runs:
            observations.observe(run)
        first = Proofreader()  # what decisions teach, counted with the confidences as committed
        for run in development + others:
            first.review(run)
        taught = Observations()  # what the decisions suggested: a source of its own, calibrated like the others
        taught.outcomes = first.taught
        outcomes = observations.outcomes + first.taught
        verdicts = []
        if development:
            held, lessons = HeldOut(), HeldOut()
            reader = Proofreader()
            for page in sorted({run.page for run in development}):
                calibration = fitted_without(outcomes, {page})
                held.score(observations, {page}, calibration)
                lessons.score(taught, {page}, calibration)
                for run in development:
                    if run.page == page:
                        reader.review(run, calibration)
            precision, coverage, batch, calibrated = held.report(
                "development pages (晶報), as given and mirrored, each scored with confidences fitted without it"
            )
            verdicts.append(("precision >= 97 % at coverage >= 50 %", precision >= 0.97 and coverage >= 0.5))
            verdicts.append(("calibration within 5 points per key (or inside the 95 % interval)", calibrated))
            print("what the proofreader's decisions suggested for the changes still open, fitted without the page")
            calibrated &= lessons.calibration()
            print("a simulated proofreader who knows the checked text, each page with confidences fitted without it")
            changes, keys, wrong = reader.report()
            verdicts.append(
                (f"keys {keys} of {changes} ({1 - keys / changes:.0%} fewer) >= 40 %", keys <= 0.6 * changes)
            )
            verdicts.append(
                (f"wrong {wrong} of {changes} changes <= 1 %; batch right {batch:.1%}", wrong <= 0.01 * changes)
            )
            everything = HeldOut()
            everything.score(observations, {run.page for run in development}, fitted_without(outcomes, set()))
            everything.report("the same pages scored with confidences fitted on every page, these too", by_page=False)
        else:
            print(f"{ECPO} is absent: the development pages are skipped")
        if others:
            held = HeldOut()
            reader = Proofreader()
            for name in OTHER_SETS:
                pages = {run.page for run in others if run.group == name}
                calibration = fitted_without(outcomes, pages)
                held.score(observations, pages, calibration)
                for run in others:
                    if run.page in pages and run.truth == "right":
                        reader.review(run, calibration)
            held.report(
                f"other papers ({', '.join(OTHER_SETS)}), both ways, each paper fitted without any of its pages"
            )
            print("the simulated proofreader on those pages (the OCR corrected against the ground truth)")
            changes, keys, wrong = reader.report()
            print(f"      keys {keys} of {changes} one-by-one ({1 - keys / max(changes, 1):.0%} fewer), wrong {wrong}")
        sample = HeldOut()
        sample.score(observations, {"dongchangfu sample"}, fitted_without(outcomes, {"dongchangfu sample"}))
        sample.report("the sample pair's changes judged by hand, as given and mirrored, fitted without it", False)
        synthetic = HeldOut()
        synthetic.score(observations, {run.page for run in runs if run.group == "synthetic"}, DEFAULT)
        synthetic.report("synthetic: look-alike characters seeded into one version (both orders; not fitted)", False)
    for claim, ok in verdicts:
        print(f"{'PASS' if ok else 'FAIL'}  {claim}")
    if fit:
        write_counts(tally(o for o in outcomes if o.group in FITTED_GROUPS))
    print(f"(a batch takes a suggestion stated at least {CONFIDENT:.0%} sure)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
