"""A PDF's characters put in reading order: columns, headlines over them, paragraphs, running heads."""

from __future__ import annotations

from core.readers.pdf_layout import Glyph, PdfPage, read_pages

CHAR = 10.0  # every made-up character is a 10-point square


def line(text: str, x: float, y: float, size: float = CHAR) -> tuple[Glyph, ...]:
    """A line of ``text`` starting at ``x`` on baseline-top ``y``, a character every ``size`` points."""
    glyphs = []
    for at, char in enumerate(text):
        left = x + at * size
        glyphs.append(Glyph(char, None if char == " " else (left, y, left + size * 0.9, y + size)))
    return tuple(glyphs)


def across(*parts: tuple[Glyph, ...]) -> tuple[Glyph, ...]:
    """One text-layer line made of pieces standing apart (the layer reads straight across columns)."""
    return tuple(glyph for part in parts for glyph in (*part, Glyph(" ", None)))[:-1]


def page(*lines: tuple[Glyph, ...], height: float = 800.0) -> PdfPage:
    return PdfPage(600.0, height, tuple(lines))


def test_columns_read_one_after_the_other_under_a_headline_across_them():
    rows = [
        ("左栏第一行文字啊", "右栏第一行文字啊"),
        ("左栏第二行文字啊", "右栏第二行文字啊"),
        ("左栏第三行", "右栏第三行"),
    ]
    lines = [line("两栏之上的大标题", 50, 60, size=20)]
    for number, (left, right) in enumerate(rows):
        lines.append(across(line(left, 50, 120 + 14 * number), line(right, 300, 120 + 14 * number)))
    text = read_pages([page(*lines)]).text()
    assert (
        text
        == "# 两栏之上的大标题\n\n左栏第一行文字啊左栏第二行文字啊左栏第三行\n\n右栏第一行文字啊右栏第二行文字啊右栏第三行\n"
    )


def test_paragraphs_open_at_an_indent_or_after_a_short_line_and_go_on_into_the_next_column():
    lines = [
        line("　　第一段开头这一行很长", 50, 100),  # indented (its first glyph, a full-width space, has a box)
        line("第一段的第二行也很长的", 50, 114),
        line("第一段完", 50, 128),  # stops short
        line("第二段从这里开始一直写", 50, 142),
        line("到了下一栏还在第二段里", 300, 100),  # the next column: not indented, so the paragraph goes on
    ]
    blocks = read_pages([page(*lines)])
    assert blocks.parts == [
        "第一段开头这一行很长第一段的第二行也很长的第一段完",
        "第二段从这里开始一直写到了下一栏还在第二段里",
    ]


def test_running_heads_and_page_numbers_are_furniture_said_and_left_out():
    pages = [
        page(
            line("东昌府区报 2022年11月 第1版", 50, 20),
            line("正文第一页的文字内容在这里", 50, 100),
            line(f"{1}", 300, 780),
        ),
        page(
            line("东昌府区报 2022年11月 第2版", 50, 20),
            line("正文第二页的文字内容在这里", 50, 100),
            line(f"{2}", 300, 780),
        ),
    ]
    blocks = read_pages(pages)
    assert blocks.text() == "正文第一页的文字内容在这里正文第二页的文字内容在这里\n"  # one paragraph over the page
    assert blocks.notes == [("furniture", 4)]


def test_a_word_broken_by_a_hyphen_is_joined_and_radicals_read_as_characters():
    lines = [
        line("The big coun-", 50, 100, size=6),
        line("cil met on Mo-", 50, 108, size=6),
        line("nday again", 50, 116, 6),
    ]
    assert read_pages([page(*lines)]).text() == "The big council met on Monday again\n"
    assert read_pages([page(line("第⼆⻚的⽂字", 50, 100))]).text() == "第二页的文字\n"
