"""The punctuation vocabulary: sentence and clause ends, through closing quotes, and widening."""

from __future__ import annotations

from core.text.punctuation import (
    CLAUSE_BOUNDARY,
    PARAGRAPH_END,
    PAUSE,
    PROSE_END,
    SENTENCE_BOUNDARY,
    ends_with,
    widen_punctuation,
)


def test_a_line_ends_a_paragraph_on_a_sentence_or_clause_mark_even_inside_quotes():
    assert ends_with("他说：“好。”", PARAGRAPH_END)
    assert ends_with("如下：", PARAGRAPH_END)
    assert not ends_with("做好防疫与稳经济“双统筹”", PARAGRAPH_END)  # a title ending in a quote
    assert not ends_with("他说，", PARAGRAPH_END) and ends_with("他说，", PROSE_END)
    assert not ends_with("", PAUSE)


def test_sentence_boundaries_take_their_closing_quotes_and_a_latin_stop_only_before_space():
    text = "第一句。”第二句！第3.5吨。End. Next"
    assert [m.group() for m in SENTENCE_BOUNDARY.finditer(text)] == ["。”", "！", "。", "."]
    assert [m.group() for m in CLAUSE_BOUNDARY.finditer("甲，乙、丙；丁")] == ["，", "、", "；"]


def test_widening_turns_half_width_marks_in_chinese_full_width_and_leaves_latin_alone():
    assert widen_punctuation("你好,世界!") == "你好，世界！"
    assert widen_punctuation("Hello, world!") == "Hello, world!"
    assert widen_punctuation("版本3.5说明") == "版本3.5说明"
