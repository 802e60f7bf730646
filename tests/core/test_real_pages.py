"""The developers' real set: first transcriptions against checked text of 晶報 (ecpo-jingbao).

Third-party material (CC BY 4.0) beside the checkout, never in the repository:
these tests skip where it is absent.
"""

import json
from pathlib import Path

import pytest

from bench.real_pairs import _normalised, accept_all, edit_distance, expected_accept_all, pairs_found
from core.compare import compare_files

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
    # A caption the first transcription typed mid-article stays where the base put it
    # (jb-1939-04-29: 月華妹妹 and its item break, moved: 12 edits): the only difference allowed.
    assert edit_distance(got, expected) <= 12
