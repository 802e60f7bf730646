"""The developers' real set: first transcriptions against checked text of 晶報 (ecpo-jingbao).

Third-party material (CC BY 4.0) beside the checkout, never in the repository:
these tests skip where it is absent.
"""

import json
from pathlib import Path

import pytest

from bench.real_pairs import _normalised, accept_all, edit_distance, expected_accept_all, pairs_found
from core.comparison import compare_files
from core.model import Side
from core.output.render import clean_copy
from core.review.decisions import ACCEPT, REJECT, ReviewModel

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "ecpo-jingbao"
CASES = sorted(p.name for p in SAMPLES.iterdir() if (p / "truth.json").is_file()) if SAMPLES.is_dir() else []


@pytest.mark.skipif(not CASES, reason="the shared third-party samples are not on this machine")
@pytest.mark.parametrize("case", CASES)
def test_each_page_pairs_as_checked_by_hand_and_accept_all_gives_the_checked_items(case):
    folder = SAMPLES / case
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    comparison = compare_files(folder / "left.txt", folder / "right.txt", workers=0)
    assert pairs_found(comparison, truth) == len(truth["pairs"])
    assert len(comparison.left.articles) <= len(truth["left_articles"])
    assert len(comparison.right.articles) == len(truth["right_articles"])
    expected = _normalised(expected_accept_all(comparison.right.document.text, truth))
    got = _normalised(accept_all(comparison))
    assert edit_distance(got, expected) == 0


def test_a_story_split_across_two_rows_keeps_each_passage_once_whatever_is_decided():
    # Chronicling America, Cairo Daily Bulletin 1871-06-21: the OCR runs the headline block of
    # FROM SPRINGFIELD into the letter; the corrected text gives them as two items.
    folder = SAMPLES.parent / "overproof-chronam"
    if not folder.is_dir():
        pytest.skip("the shared third-party samples are not on this machine")
    comparison = compare_files(
        folder / "cairo-daily-1871-06-21.a.txt", folder / "cairo-daily-1871-06-21.b.txt", workers=0
    )
    header, letter = [p for p in comparison.pairs if p.left_part is not None][:2]
    # The cut falls where the header ends, so the letter's words are diffed word by word.
    assert (comparison.text(header, Side.LEFT) or "").rstrip().endswith("lock")
    assert all(len(h.left) < 100 and len(h.right) < 140 for h in comparison.hunks(letter))
    model = ReviewModel(comparison, Side.LEFT)
    model.decide_many([(header, c) for c in model.change_ids(header)], REJECT)
    model.decide_many([(letter, c) for c in model.change_ids(letter)], ACCEPT)
    clean = clean_copy(model)
    assert clean.count("This id Saturday, and, a usual, the senate") == 1
    assert "I'liis it Saturday" not in clean and "To the Editor of the Bulletin" not in clean
    model.decide_many([(header, c) for c in model.change_ids(header)], ACCEPT)
    model.decide_many([(letter, c) for c in model.change_ids(letter)], REJECT)
    clean = clean_copy(model)
    assert clean.count("To the Editor of the Bulletin") == 1 and clean.count("I'liis it Saturday") == 1
