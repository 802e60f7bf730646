"""Hunks: exact texts at exact offsets, natural boundaries, classes, ids, ignore options."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.diffing.diff import DiffOptions, diff_texts
from core.model import HunkClass
from core.text.normalize import broken_paragraph_breaks, tokenize

# Texts built from pieces a newspaper pair really has, so diffs are dense and varied.
_PIECES = [
    "人",
    "入",
    "民",
    "日",
    "报",
    "，",
    ",",
    "。",
    "、",
    "（",
    "(",
    "\n",
    "\n\n",
    " ",
    "\u3000",
    "the",
    "teh",
    "word",
    "12",
    "１２",
    "东昌府",
    "讯",
    "；",
    "a",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
all_options = st.builds(DiffOptions, st.booleans(), st.booleans(), st.booleans())


def apply(left: str, right: str, hunks, take: str = "right") -> str:
    out, position = [], 0
    for hunk in hunks:
        out.append(left[position : hunk.left_start])
        out.append(hunk.right if take == "right" else hunk.left)
        position = hunk.left_end
    out.append(left[position:])
    return "".join(out)


@settings(max_examples=300)
@given(texts, texts, all_options)
def test_every_hunk_holds_the_exact_texts_at_its_offsets(left, right, options):
    hunks = diff_texts(left, right, options)
    last_left = last_right = 0
    for hunk in hunks:
        assert left[hunk.left_start : hunk.left_end] == hunk.left
        assert right[hunk.right_start : hunk.right_end] == hunk.right
        assert hunk.left or hunk.right
        assert hunk.left_start >= last_left and hunk.right_start >= last_right
        last_left, last_right = hunk.left_end, hunk.right_end


@settings(max_examples=300)
@given(texts, texts)
def test_taking_every_hunk_turns_left_into_right(left, right):
    hunks = diff_texts(left, right)
    assert apply(left, right, hunks, "right") == right
    assert apply(left, right, hunks, "left") == left


@settings(max_examples=200)
@given(texts, texts)
def test_ignoring_whitespace_leaves_only_visible_differences(left, right):
    hunks = diff_texts(left, right, DiffOptions(ignore_whitespace=True))
    result = apply(left, right, hunks)
    assert re.sub(r"\s", "", result) == re.sub(r"\s", "", right)
    assert all(hunk.kind is not HunkClass.WHITESPACE for hunk in hunks)


@given(texts)
def test_tokens_tile_the_text(text):
    tokens = tokenize(text)
    assert "".join(text[t.start : t.end] for t in tokens) == text


def test_ideographic_space_is_whitespace():
    [hunk] = diff_texts("东昌府\u3000讯", "东昌府 讯")
    assert hunk.kind is HunkClass.WHITESPACE
    assert diff_texts("东昌府\u3000讯", "东昌府讯", DiffOptions(ignore_whitespace=True)) == []


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        ("，", ",", HunkClass.PUNCTUATION),
        ("（", "(", HunkClass.PUNCTUATION),
        ("。", "", HunkClass.PUNCTUATION),
        ("\n\n", "", HunkClass.WHITESPACE),
        ("人", "入", HunkClass.TEXT),
    ],
)
def test_hunks_are_classified(left, right, kind):
    [hunk] = diff_texts(f"甲{left}乙", f"甲{right}乙")
    assert hunk.kind is kind


def test_one_character_equalities_between_changes_are_swallowed():
    [hunk] = diff_texts("推动文化旅游发展", "推动文比旅流发展")
    assert (hunk.left, hunk.right) == ("化旅游", "比旅流")


@pytest.mark.parametrize("stop", ["、", "，", "。", "；", "：", "\n"])
def test_changes_are_never_merged_across_clause_punctuation_or_a_line_break(stop):
    hunks = diff_texts(f"甲乙{stop}丙丁", f"甲戊{stop}己丁")
    assert [(h.left, h.right) for h in hunks] == [("乙", "戊"), ("丙", "己")]


def test_latin_text_differs_by_whole_words():
    hunks = diff_texts("The quick brovvn fox jumps over the lazy dog.", "The quick brown fox jumps over the lazy dog.")
    assert [(h.left, h.right) for h in hunks] == [("brovvn", "brown")]


def test_ids_survive_a_reload_and_an_edit_elsewhere():
    left, right = "人民日报。今天天气好，适合出门散步。", "入民日报。今天天汽好，适合出门散步。"
    ids = [h.id for h in diff_texts(left, right)]
    assert ids == [h.id for h in diff_texts(left, right)]
    # Ids look a few characters around a change, so edit beyond that.
    ending = "本报今日出版十六个版面，欢迎阅读"
    edited = [h.id for h in diff_texts(left + ending + "。", right + ending + "！")]
    assert len(edited) == 3 and set(ids) <= set(edited)


def test_removing_one_of_two_identical_changes_keeps_the_others_id():
    left = "第一处人民，中间隔着很多别的文字，第二处人民。"
    right = "第一处入民，中间隔着很多别的文字，第二处入民。"
    second = diff_texts(left, right)[1].id
    assert [h.id for h in diff_texts(right[:6] + left[6:], right)] == [second]


def test_repeated_identical_changes_get_distinct_ids():
    hunks = diff_texts("人。人。", "入。入。")
    assert len({h.id for h in hunks}) == 2


def test_ignoring_punctuation_width():
    assert diff_texts("（一）１２，", "(一)12,", DiffOptions(ignore_punctuation_width=True)) == []
    assert len(diff_texts("（一）１２，", "(一)12,")) >= 1


def test_joining_broken_paragraphs():
    left = "市民可在社区\n\n服务中心办理。\n\n第二段。"
    right = "市民可在社区服务中心办理。\n\n第二段。"
    assert [h.left for h in diff_texts(left, right)] == ["\n\n"]
    assert diff_texts(left, right, DiffOptions(join_broken_paragraphs=True)) == []


def test_a_break_after_a_full_sentence_is_not_broken():
    assert broken_paragraph_breaks("第一段。\n\n第二段") == []
    assert broken_paragraph_breaks("（融媒体 裴崇旭）\n\n下一篇") == []


def test_text_inserted_after_an_ignored_gap_goes_after_the_gap():
    [hunk] = diff_texts("甲。\n\n乙", "甲。\n\n丙乙", DiffOptions(ignore_whitespace=True))
    assert hunk.left_start == 4


def test_a_passage_replaced_wholesale_is_one_change():
    left = "开头一样。车辆就达到了1506辆，我们不断加强联防联控，做好防控。结尾一样。"
    right = "开头一样。利用党建宣传栏、展板等阵地，弘扬主旋律，传递正能量。结尾一样。"
    [hunk] = diff_texts(left, right)
    assert hunk.left.startswith("车辆") and hunk.right.startswith("利用")


def test_sentences_joined_on_one_side_do_not_misalign_the_rest():
    # Left ends a sentence where right has a comma, and right ends one where left has a
    # comma: both have three sentences, but the first of each is not the other's first.
    left = "会议提出了明确要求,强调统筹发展。贯彻落实会议的决策部署,各地要遵循大逻辑。在高效上想办法,在统筹上出实招,在双胜利上拿高分。"
    right = "会议提出了明确要求，强调统筹发展，贯彻落实会议的科学部署，各地要遵循大逻辑。在高效上想办法，在统筹上出实招。在双胜利上拿高分。"
    hunks = diff_texts(left, right)
    assert ("决策", "科学") in [(h.left, h.right) for h in hunks]
    assert all(len(h.left) <= 2 and len(h.right) <= 2 for h in hunks)


def test_small_changes_next_to_a_missing_ending_stay_small():
    # The left stops mid-sentence; the right goes on for another paragraph. The slips
    # before the cut are changes of their own and the missing rest is one more.
    start = "活动现场,老党员不怕脏、不怕累,主动向群众宣传创城意义。身着红马甲、两鬓斑白的老党"
    left = start + "贝的行动成为城市文明创建的一道温暖的“银发”风景,起到了良好的示范和"
    right = (
        start + "员地行动成为城市文明创建的一道温暖的“银发”风景，起到了良好的示范和带头作用。\n"
        "“老党员辛辛苦苦参加义务劳动,给我们树立了榜样,我们要向他们学习。”社区居民表示。\n(融媒体 裴崇旭)"
    )
    hunks = diff_texts(left, right)
    assert [(h.left, h.right) for h in hunks[:-1]] == [("贝的", "员地"), (",", "，")]
    assert hunks[-1].left == "" and hunks[-1].right.startswith("带头作用。")
    assert apply(left, right, hunks) == right


def test_a_mark_moved_across_a_sentence_break_is_no_change():
    # Found by hypothesis: "（" ends one unit on the left and opens the next on the right.
    hunks = diff_texts("人，（", "人。 （", DiffOptions(ignore_whitespace=True))
    assert [(h.left, h.right) for h in hunks] == [("，", "。")]
