"""Three versions of a page: how near the majority's copy comes to the true text, and what a review costs.

    python bench/versions.py

Triples with a known true text, on the development pages of
``../shared/samples/ecpo-jingbao/`` (the checked text is the truth):

* *transcription*: the first transcription (its real errors) as the base,
  and two versions made from the truth with independent OCR errors (a
  look-alike character for 1 % of the characters in one, 2 % in the other,
  from the OCR table, never at the same place by design of the seeds);
* *three OCR-like*: all three made from the truth, at 1 %, 2 % and 3 %.

No real triple (one page from two OCR engines and a corrected text) is in
``../shared``: see the closing note of issue 24.

Printed per page: the character error rate of each version and of the copy
the majority makes, against the truth (edits counted on difflib's alignment,
the standard library's, not the product's diff; an article in another
order costs its differences, not its length), and the keys of a review by
a proofreader who knows the truth: with the three versions, one key for the
majority's batch and one for each site the vote leaves open; against two
two-way reviews (the base against the second version, and against the
third), one key for each change. What the majority decides wrongly stays in
its copy: its error rate says how much.
"""

from __future__ import annotations

import random
import sys
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.comparison import compare_versions, version_from_text  # noqa: E402
from core.diffing.flags import confusion_groups  # noqa: E402
from core.readers.documents import load_text  # noqa: E402
from core.text.textio import DecodedText  # noqa: E402
from core.versions.collation import Collation  # noqa: E402

ECPO = ROOT.parent / "shared" / "samples" / "ecpo-jingbao"
GRENZBOTEN = ROOT / "bench" / "data" / "grenzboten-1841"
MOVED = 40
"""Characters from which a stretch left out in one place may have been moved (an article in another order)."""


def edits(text: str, truth: str, moves: bool = True) -> int:
    """Characters to change to turn ``text`` into ``truth``, on difflib's alignment; with ``moves``, a
    stretch one text has in another place (an article in another order) costs its differences, not its
    length twice: stretches left out in one place and put in in another are matched up, best first."""
    text, truth = text.replace("\r\n", "\n"), truth.replace("\r\n", "\n")  # a file's line endings are no error
    matcher = SequenceMatcher(None, text, truth, autojunk=False)
    total = 0
    gone, come = [], []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if moves and a1 - a0 >= MOVED and b1 - b0 >= MOVED:  # a stretch for another: either may have moved
            gone.append(text[a0:a1])
            come.append(truth[b0:b1])
        elif moves and a1 - a0 >= MOVED:
            gone.append(text[a0:a1])
            total += b1 - b0
        elif moves and b1 - b0 >= MOVED:
            come.append(truth[b0:b1])
            total += a1 - a0
        else:
            total += max(a1 - a0, b1 - b0)
    for piece in gone:
        best = max(come, key=lambda other: SequenceMatcher(None, piece, other, autojunk=False).ratio(), default=None)
        if best is not None and SequenceMatcher(None, piece, best, autojunk=False).ratio() >= 0.5:
            come.remove(best)
            total += edits(piece, best, moves=False)
        else:
            total += len(piece)
    return total + sum(len(piece) for piece in come)


def with_errors(truth: str, rate: float, rng: random.Random) -> str:
    groups = confusion_groups()
    out = []
    for ch in truth:
        if ch in groups and rng.random() < rate * 8:  # about one character in eight has look-alikes
            out.append(rng.choice(sorted(groups[ch])))
        else:
            out.append(ch)
    return "".join(out)


def version(text: str, name: str):
    return version_from_text(DecodedText(name, text, "utf-8", b"", "\n"))


def two_way_keys(base: str, other: str) -> int:
    comparison = compare_versions(version(base, "a.txt"), version(other, "b.txt"))
    return sum(len(comparison.hunks(pair)) for pair in comparison.pairs)


def review(texts: list[str], truth: str) -> tuple[list[float], float, int, int]:
    """Each version's error rate, the majority copy's, and the keys of the two kinds of review."""
    collation = Collation([version(text, f"v{i}.txt") for i, text in enumerate(texts)])
    copy = collation.majority_copy()
    rates = [edits(text, truth) / len(truth) for text in texts]
    votes = [v for article in collation.articles for v in collation.votes(article)]
    keys = 1 + sum(not v.decided for v in votes)  # the majority's batch, then each open site
    two_way = two_way_keys(texts[0], texts[1]) + two_way_keys(texts[0], texts[2])  # the base against each
    return rates, edits(copy, truth) / len(truth), keys, two_way


def real_triples() -> None:
    """Three OCR engines' readings of each page of Die Grenzboten, 1841 (``bench/data/grenzboten-1841``)."""
    pages = sorted(path.name.split(".")[0] for path in GRENZBOTEN.glob("*.gt.txt"))
    print(f"real triples: {len(pages)} pages of Die Grenzboten (1841), ABBYY (the base), Tesseract, OCRopus")
    print("page        CER ABBYY  Tesseract  OCRopus   majority   keys 3-way  2×2-way")
    totals = [0.0, 0.0, 0, 0]
    for page in pages:
        texts = [load_text(GRENZBOTEN / f"{page}.{kind}").text for kind in ("abbyy.txt", "tess.txt", "ocropus.hocr")]
        truth = load_text(GRENZBOTEN / f"{page}.gt.txt").text
        rates, copy_rate, keys, two_way = review(texts, truth)
        print(
            f"{page:<10} {rates[0]:9.2%}  {rates[1]:9.2%}  {rates[2]:7.2%}  {copy_rate:9.2%}   {keys:9d}  {two_way:7d}"
        )
        totals[0] += min(rates)
        totals[1] += copy_rate
        totals[2] += keys
        totals[3] += two_way
    best, copy, keys, two_way = totals
    verdict = "PASS" if copy < best and keys < two_way else "FAIL"
    print(
        f"{verdict}  real triples: the majority's copy {copy / len(pages):.2%} CER against {best / len(pages):.2%} "
        f"for the best single version of each page; keys {keys} with three versions against {two_way}"
    )


def main() -> int:
    if GRENZBOTEN.is_dir():
        real_triples()
    if not ECPO.is_dir():
        print(f"{ECPO} is absent: the triples made from it are skipped")
        return 0
    print("page                         set              CER base   second   third   majority   keys 3-way  2×2-way")
    totals = {name: [0, 0, 0.0, 0.0, 0.0] for name in ("transcription", "three OCR-like")}
    for case in sorted(p for p in ECPO.iterdir() if p.is_dir()):
        truth = load_text(case / "right.txt").text
        transcription = load_text(case / "left.txt").text
        rng = random.Random(case.name)
        sets = {
            "transcription": [transcription, with_errors(truth, 0.01, rng), with_errors(truth, 0.02, rng)],
            "three OCR-like": [with_errors(truth, rate, rng) for rate in (0.01, 0.02, 0.03)],
        }
        for name, texts in sets.items():
            rates, copy_rate, keys, two_way = review(texts, truth)
            print(
                f"{case.name:<28} {name:<15} {rates[0]:7.2%}  {rates[1]:7.2%}  {rates[2]:6.2%}  {copy_rate:8.2%}"
                f"   {keys:9d}  {two_way:7d}"
            )
            total = totals[name]
            total[0] += keys
            total[1] += two_way
            total[2] += rates[0]
            total[3] += min(rates)
            total[4] += copy_rate
    pages = sum(1 for p in ECPO.iterdir() if p.is_dir())
    keys, two_way, base, best, copy = totals["three OCR-like"]
    verdict = "PASS" if copy < best and keys < two_way else "FAIL"
    print(
        f"{verdict}  three OCR-like: the majority's copy {copy / pages:.2%} CER against {best / pages:.2%} for the "
        f"best single version; keys {keys} with three versions against {two_way} for two two-way reviews"
    )
    keys, two_way, base, best, copy = totals["transcription"]
    verdict = "PASS" if copy < base and keys < two_way else "FAIL"
    print(
        f"{verdict}  transcription: the majority's copy {copy / pages:.2%} CER against {base / pages:.2%} for the "
        f"base it corrects; keys {keys} against {two_way}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
