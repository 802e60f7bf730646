"""Pairing and accept-all on the real two-version pages in ``../shared/samples/ecpo-jingbao``.

    python bench/real_pairs.py [--samples DIR]

For each case (``left.txt``, ``right.txt`` and a hand-checked ``truth.json``) it prints:

* pairs found / true pairs: a true pair counts when the tool pairs the two
  articles that hold most of each true item (the measure of
  ``../shared/tools/pairing-score``);
* articles found on each side against the true item counts;
* the character error rate of accept-all (base left, every change taken)
  against the right side's items in the left's order, which is what a
  proofreader who trusts the checked text should get back.

The set is third-party (CC BY 4.0) and not part of the repository; the script
says so and exits 0 when it is absent.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.comparison import Comparison, compare_files  # noqa: E402
from core.model import Side  # noqa: E402
from core.output.render import clean_copy  # noqa: E402
from core.review.decisions import ACCEPT, ReviewModel  # noqa: E402

DEFAULT_SAMPLES = ROOT.parent / "shared" / "samples" / "ecpo-jingbao"


def item_spans(text: str, items: list[dict]) -> list[tuple[int, int]]:
    """(start, end) of each true item, from its 1-based start line."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    spans = []
    for k, item in enumerate(items):
        end = starts[items[k + 1]["start_line"] - 1] if k + 1 < len(items) else len(text)
        spans.append((starts[item["start_line"] - 1], end))
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pairs_found(comparison: Comparison, truth: dict) -> int:
    """True pairs whose items the tool pairs (each item by the article holding most of it)."""
    owners = {}
    for side in ("left", "right"):
        document = comparison.version(side).document
        spans = item_spans(document.text, truth[f"{side}_articles"])
        articles = [(a.start, a.end) for a in document.articles]
        item_to_article = [max(range(len(articles)), key=lambda j: _overlap(s, articles[j])) for s in spans]
        article_to_item = [max(range(len(spans)), key=lambda i: _overlap(spans[i], a)) for a in articles]
        owners[side] = (item_to_article, article_to_item)
    tool = {(p.left, p.right) for p in comparison.pairs if p.left is not None and p.right is not None}
    found = 0
    for i, j in truth["pairs"]:
        a, b = owners["left"][0][i], owners["right"][0][j]
        if (a, b) in tool and (owners["left"][1][a] == i or owners["right"][1][b] == j):
            found += 1
    return found


def expected_accept_all(right_text: str, truth: dict) -> str:
    """The right side's items in the left's order, right-only ones after their right neighbour."""
    spans = item_spans(right_text, truth["right_articles"])
    items = [right_text[a:b].strip() for a, b in spans]
    first_left = {}
    for i, j in truth["pairs"]:
        first_left[j] = min(first_left.get(j, i), i)
    keys = []
    previous = (-1.0, -1)
    for j in range(len(items)):
        key = (float(first_left[j]), j) if j in first_left else (previous[0] + 0.5, j)
        keys.append(key)
        previous = key
    order = sorted(range(len(items)), key=lambda j: keys[j])
    return "\n\n".join(items[j] for j in order if items[j])


def _levenshtein(a: str, b: str) -> int:
    if not a or not b:
        return len(a) + len(b)
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def edit_distance(a: str, b: str) -> int:
    """Character edit distance, computed exactly inside each region a line diff finds changed."""
    lines_a, lines_b = a.splitlines(keepends=True), b.splitlines(keepends=True)
    total = 0
    matcher = difflib.SequenceMatcher(None, lines_a, lines_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        left, right = "".join(lines_a[i1:i2]), "".join(lines_b[j1:j2])
        if len(left) * len(right) > 4_000_000:
            chars = difflib.SequenceMatcher(None, left, right, autojunk=False)
            same = sum(block.size for block in chars.get_matching_blocks())
            total += max(len(left), len(right)) - same
        else:
            total += _levenshtein(left, right)
    return total


def accept_all(comparison: Comparison) -> str:
    model = ReviewModel(comparison, Side.LEFT)
    model.decide_many(model.changes(), ACCEPT)
    return clean_copy(model)


def _normalised(text: str) -> str:
    """Items as paragraphs: line ends unified, blank-line runs as one blank line, ends trimmed."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=Path, default=DEFAULT_SAMPLES)
    args = parser.parse_args()
    if not args.samples.is_dir():
        print(f"{args.samples}: not here (third-party set kept beside the checkout); nothing measured")
        return 0
    total_found = total_pairs = 0
    print("| case | pairs found / true | articles L (true) | articles R (true) | accept-all CER |")
    print("|---|---|---|---|---|")
    for case in sorted(p for p in args.samples.iterdir() if (p / "truth.json").is_file()):
        truth = json.loads((case / "truth.json").read_text(encoding="utf-8"))
        comparison = compare_files(case / "left.txt", case / "right.txt", workers=0)
        found = pairs_found(comparison, truth)
        expected = _normalised(expected_accept_all(comparison.right.document.text, truth))
        got = _normalised(accept_all(comparison))
        cer = edit_distance(got, expected) / max(len(expected), 1)
        total_found += found
        total_pairs += len(truth["pairs"])
        print(
            f"| {case.name} | {found}/{len(truth['pairs'])} | {len(comparison.left.articles)} "
            f"({len(truth['left_articles'])}) | {len(comparison.right.articles)} "
            f"({len(truth['right_articles'])}) | {cer:.4f} |"
        )
    print(f"all cases: pairs {total_found}/{total_pairs} ({100 * total_found / max(total_pairs, 1):.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
