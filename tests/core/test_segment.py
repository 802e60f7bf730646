import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from core.segment import clean_title, detect_format, is_byline, split_issue

FIXTURES = Path(__file__).parent.parent / "fixtures"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def assert_tiles(doc):
    text = doc.text
    pieces = [text[: doc.preamble_end]] + [text[a.start : a.end] for a in doc.articles]
    assert "".join(pieces) == text
    position = doc.preamble_end
    for article in doc.articles:
        assert article.start == position
        assert article.start <= article.content_start <= article.title_end
        assert article.title_end <= article.content_end <= article.end
        position = article.end
    assert position == len(text)


def test_sample_titles_match_hand_checked_pairs():
    pairs = json.loads(read("pairs.json"))["pairs"]
    plain = split_issue(read("plain-export.txt"))
    markdown = split_issue(read("markdown-export.txt"))
    assert plain.format == "plain" and markdown.format == "markdown"
    assert sorted(a.title for a in plain.articles) == sorted(p[0] for p in pairs if p[0])
    assert sorted(a.title for a in markdown.articles) == sorted(p[1] for p in pairs if p[1])
    assert_tiles(plain)
    assert_tiles(markdown)


def test_byline_closes_article_and_dateline_stays_in_body():
    text = "标题一\n\n东昌府讯\n\n正文第一段。\n(融媒体 裴崇旭)\n\n标题二\n正文二。\n（区民政局）\n"
    doc = split_issue(text)
    assert [a.title for a in doc.articles] == ["标题一", "标题二"]
    assert "东昌府讯" in doc.body(doc.articles[0])
    assert doc.body(doc.articles[0]).rstrip().endswith("(融媒体 裴崇旭)")


def test_paragraph_broken_by_a_column_stays_in_its_article():
    text = (
        "标题\n\n“新冠肺炎疫情发生后，如何在较短时间内整合力量，如何统筹好\n\n"
        "疫情防控和复工复产，这也是很大的挑战。”\n(经济日报)\n\n下一篇标题\n\n正文。\n"
    )
    doc = split_issue(text)
    assert [a.title for a in doc.articles] == ["标题", "下一篇标题"]
    assert "疫情防控和复工复产" in doc.body(doc.articles[0])
    assert_tiles(doc)


def test_truncated_article_does_not_swallow_the_next_title():
    text = "标题一\n\n“我们深知疫情当前，任何一个细节都\n\n标题二 副题\n\n正文。\n"
    doc = split_issue(text)
    assert [a.title for a in doc.articles] == ["标题一", "标题二副题"]


def test_markdown_preamble_text_becomes_untitled_article():
    text = "报头\n正文开始。\n\n## 第一篇\n\n内容。\n"
    doc = split_issue(text)
    assert len(doc.articles) == 2
    assert doc.articles[0].title_end == doc.articles[0].content_start
    assert doc.articles[1].title == "第一篇"
    assert doc.content(doc.articles[1]) == "第一篇\n\n内容。"


def test_plain_without_titles_splits_on_blank_lines():
    text = "The country precincts of Alexander\ncounty are opposed.\n\nSAYS the Memphis Avalanche.\nFor the first time.\n"
    doc = split_issue(text)
    assert len(doc.articles) == 2
    assert doc.articles[0].title.startswith("The country precincts")


def test_helpers():
    assert is_byline("(融媒体 裴崇旭)") and is_byline("（区民政局）")
    assert not is_byline("(融媒体 裴崇旭)之后还有字")
    assert clean_title("我区严守高速路口 筑牢疫情防控“前哨”防线") == "我区严守高速路口筑牢疫情防控“前哨”防线"
    assert detect_format("# 标题\n正文") == "markdown"
    assert detect_format("#标签 不是标题\n") == "plain"


def test_crlf_offsets():
    text = "标题一\r\n\r\n正文。\r\n(区民政局)\r\n\r\n标题二\r\n\r\n正文二。\r\n"
    doc = split_issue(text)
    assert [a.title for a in doc.articles] == ["标题一", "标题二"]
    assert doc.content(doc.articles[1]) == "标题二\r\n\r\n正文二。"
    assert_tiles(doc)


_alphabet = st.sampled_from(list("标题正文。，,()（）#\n\r \u3000融媒体讯abc.X") + ["## ", "\r\n", "(区民政局)"])


@given(st.lists(_alphabet, max_size=200).map("".join), st.sampled_from([None, "plain", "markdown"]))
def test_splitting_is_lossless_for_any_text(text, fmt):
    assert_tiles(split_issue(text, fmt))


@given(st.text(max_size=300))
def test_splitting_is_lossless_for_arbitrary_unicode(text):
    assert_tiles(split_issue(text))
