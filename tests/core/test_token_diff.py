"""The token pass: edits between two regions, token by token, as offsets into each text."""

from __future__ import annotations

from core.diffing.token_diff import Compared, token_edits


def _edits(left: str, right: str, **options: bool) -> list[tuple[str, str]]:
    a = Compared(left, (0, len(left)), [], **options)
    b = Compared(right, (0, len(right)), [], **options)
    return [(left[l0:l1], right[r0:r1]) for l0, l1, r0, r1 in token_edits(a, b)]


def test_chinese_differs_per_character_and_latin_per_word():
    assert _edits("他说己经来了", "他说已经来了") == [("己", "已")]
    assert _edits("the quick brown fox", "the quick brawn fox") == [("brown", "brawn")]


def test_the_same_tokens_give_no_edit_and_a_region_limits_the_comparison():
    assert _edits("同一句话。", "同一句话。") == []
    text = "前文不同。比较这里"
    a = Compared(text, (5, len(text)), [])
    b = Compared("比较那里", (0, 4), [])
    [(l0, l1, r0, r1)] = token_edits(a, b)
    assert (text[l0:l1], "比较那里"[r0:r1]) == ("这", "那")


def test_folded_width_and_skipped_whitespace_hide_those_differences():
    assert _edits("数字１２３", "数字123", fold=True) == []
    assert _edits("数字１２３", "数字123") != []
    assert _edits("两 个字", "两个字", skip_whitespace=True) == []


def test_an_insertion_is_placed_where_it_goes():
    a, b = "他来了。", "他今天来了。"
    edits = token_edits(Compared(a, (0, len(a)), []), Compared(b, (0, len(b)), []))
    assert [(a[l0:l1], b[r0:r1], l0) for l0, l1, r0, r1 in edits] == [("", "今天", 1)]
