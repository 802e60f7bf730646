"""Proofreading flags fire where a proofreader should look twice, and stay quiet elsewhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main as cli_main
from core.comparison import compare_files, compare_versions, version_from_text
from core.diffing.diff import diff_texts
from core.diffing.flags import FlagKind, IssueFlagger, looks_alike
from core.text.textio import decode_bytes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def sample():
    return compare_files(FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt", workers=0)


def flags_of(comparison, title_part: str) -> list:
    pair = next(p for p in comparison.pairs if title_part in comparison.title(p))
    return comparison.all_flags(pair)


def kinds(flags) -> set[FlagKind]:
    return {flag.kind for flag in flags}


def test_the_spliced_passage_in_the_highway_article_is_flagged_with_its_source(sample):
    flags = flags_of(sample, "高速路口")
    [splice] = [f for f in flags if f.kind is FlagKind.SPLICE]
    assert splice.side == "right"
    assert "财政局" in splice.note  # the finance article it came from
    assert any(f.kind is FlagKind.NUMBER_CHANGE and "1506" in f.note for f in flags)


def test_the_truncated_hotel_article_is_flagged_on_the_left(sample):
    [truncation] = [f for f in flags_of(sample, "酒店") if f.kind is FlagKind.TRUNCATION]
    assert truncation.side == "left"


def test_ren_ru_is_a_likely_ocr_confusion(sample):
    confusions = [f for f in flags_of(sample, "高速路口") if f.kind is FlagKind.OCR_CONFUSION]
    assert any("人" in f.note and "入" in f.note for f in confusions)


def test_a_clean_pair_has_no_flags():
    text = "区民政局组织全体党员收看“灯塔大课堂”第三十六课，大家纷纷表示收获很大。"
    left = version_from_text(decode_bytes("l.txt", ("标题\n\n" + text).encode()))
    right = version_from_text(decode_bytes("r.txt", ("标题\n\n" + text.replace("，", ",")).encode()))
    comparison = compare_versions(left, right)
    [pair] = comparison.pairs
    assert comparison.hunks(pair) and not comparison.all_flags(pair)


def test_a_phrase_repeated_on_one_side_is_flagged():
    left, right = "坚持往深里走、往深里走，往实里走。", "坚持往深里走，往实里走。"
    flagger = IssueFlagger([left], [right])
    flagged = flagger.flag_hunks(0, 0, left, right, diff_texts(left, right))
    assert any(f.kind is FlagKind.REPEATED_PHRASE and f.side == "left" for h in flagged for f in h.flags)
    latin = IssueFlagger(["the the cat"], ["the cat"]).flag_hunks(
        0, 0, "the the cat", "the cat", diff_texts("the the cat", "the cat")
    )
    assert any(f.kind is FlagKind.REPEATED_PHRASE for h in latin for f in h.flags)


def test_look_alikes_come_from_the_table():
    assert looks_alike("己", "已") and looks_alike("末", "未") and looks_alike("0", "O")
    assert looks_alike("modern", "rnodern")
    assert not looks_alike("人民", "入民日") and not looks_alike("东", "西")


def test_numbers_are_flagged_but_width_is_not():
    flagger = IssueFlagger(["共有1506辆车。"], ["共有1605辆车。"])
    [hunk] = flagger.flag_hunks(
        0, 0, "共有1506辆车。", "共有1605辆车。", diff_texts("共有1506辆车。", "共有1605辆车。")
    )
    assert kinds(hunk.flags) == {FlagKind.NUMBER_CHANGE}
    wide = IssueFlagger(["共有１５０６辆"], ["共有1506辆"])
    assert not [
        h.flags
        for h in wide.flag_hunks(0, 0, "共有１５０６辆", "共有1506辆", diff_texts("共有１５０６辆", "共有1506辆"))
        if h.flags
    ]


def test_the_command_line_json_carries_the_flags(capsys):
    assert (
        cli_main(["compare", str(FIXTURES / "plain-export.txt"), str(FIXTURES / "markdown-export.txt"), "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    hunk_kinds = {f["kind"] for p in data["pairs"] for h in p["hunks"] for f in h["flags"]}
    pair_kinds = {f["kind"] for p in data["pairs"] for f in p["flags"]}
    assert {"splice", "ocr-confusion", "number-change"} <= hunk_kinds
    assert "truncation" in pair_kinds


def test_latin_ocr_pairs_give_word_level_hunks():
    left = "The country precincts of Alexander county arc opposed to the Cairo ami Vincenncs railroad."
    right = "The country precincts of Alexander county are opposed to the Cairo and Vincennes railroad."
    hunks = diff_texts(left, right)
    # Whole words; neighbouring changed words separated by one space read as one change.
    assert [(h.left, h.right) for h in hunks] == [("arc", "are"), ("ami Vincenncs", "and Vincennes")]
    for hunk in hunks:
        assert not left[hunk.left_start - 1].isalpha() and not left[hunk.left_end].isalpha()


def test_the_splice_index_made_from_letters_the_pairing_kept_is_the_same(sample):
    from core.text.normalize import letters

    texts = {
        side: [sample.version(side).content(i) for i in range(len(sample.version(side).articles))]
        for side in ("left", "right")
    }
    fresh, given = IssueFlagger(texts["left"], texts["right"]), IssueFlagger(texts["left"], texts["right"])
    fresh.prepare()
    # Some made already (as a worker made them for the articles it paired), the rest left to make.
    given.prepare({"left": [letters(t) if k % 2 else None for k, t in enumerate(texts["left"])], "right": []})
    assert given._where() == fresh._where() and len(fresh._where()) > 500
