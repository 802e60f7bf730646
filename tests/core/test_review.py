import codecs

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.comparison import compare_versions, version_from_text
from core.model import Pair, Side
from core.output.export import encode_clean
from core.output.render import clean_copy
from core.review.decisions import ACCEPT, ARTICLE, REJECT, ReviewModel, custom, order_pairs
from core.text.textio import decode_bytes

ISSUE_LEFT = "区林业发展中心铲除 “生态杀手”\n\n11月16日,我区热心群众反映。\n(融媒体 裴崇旭)\n\n我区加强体育场所 疫情防控力度\n\n为进一步加强体育场所疫情防控,我区持续督导检查。\n(融媒体 裴崇旭)\n"
ISSUE_RIGHT = "## 我区加强体育场所疫情防控力度\n\n东昌府讯 为进一步加强体育场所疫情防控，我区持续督导检查。\n\n## 新的一篇\n\n只有右边有这一篇。\n\n## 区林业发展中心铲除“生态杀手”\n\n11月16日，我区热心群众反映。\n\n(融媒体 裴崇旭)\n"


def model_for(
    left: str, right: str, base: str = "left", left_bytes: bytes | None = None, encoding: str | None = None
) -> ReviewModel:
    # Detection is textio's business (tested there); a tiny GB18030 text is ambiguous, so say it.
    left_side = version_from_text(decode_bytes("left.txt", left_bytes or left.encode("utf-8"), encoding))
    right_side = version_from_text(decode_bytes("right.md", right.encode("utf-8")))
    return ReviewModel(compare_versions(left_side, right_side), base=base)


def decide_all(model: ReviewModel, decision) -> None:
    for pair in model.comparison.pairs:
        for change_id in model.change_ids(pair):
            model.decide(pair, change_id, decision)


def test_undecided_renders_the_base_unchanged():
    model = model_for(ISSUE_LEFT, ISSUE_RIGHT)
    assert clean_copy(model) == ISSUE_LEFT
    assert model.progress()[0] == 0


def test_accept_all_takes_right_text_and_inserts_right_only_article():
    model = model_for(ISSUE_LEFT, ISSUE_RIGHT)
    decide_all(model, ACCEPT)
    clean = clean_copy(model)
    assert "东昌府讯 为进一步加强体育场所疫情防控，我区持续督导检查。" in clean
    assert "只有右边有这一篇。" in clean
    assert "我区热心群众反映" in clean
    decided, total = model.progress()
    assert decided == total > 0


def test_reject_all_is_the_base_even_with_right_as_base():
    model = model_for(ISSUE_LEFT, ISSUE_RIGHT, base=Side.RIGHT)
    decide_all(model, REJECT)
    assert clean_copy(model) == ISSUE_RIGHT


def test_decide_returns_previous_and_custom_text_is_used():
    model = model_for(ISSUE_LEFT, ISSUE_RIGHT)
    pair = next(p for p in model.comparison.pairs if p.left is not None and p.right is not None)
    hunk = model.comparison.hunks(pair)[0]
    assert model.decide(pair, hunk.id, custom("〔改〕")).choice.value == "pending"
    assert "〔改〕" in model.resolved_content(pair)
    assert model.decide(pair, hunk.id, ACCEPT).text == "〔改〕"


def test_one_sided_article_accepted_is_inserted_after_its_neighbour():
    model = model_for(ISSUE_LEFT, ISSUE_RIGHT)
    right_only = next(p for p in model.comparison.pairs if p.left is None)
    model.decide(right_only, ARTICLE, ACCEPT)
    clean = clean_copy(model)
    # The right side puts it after the sports article, which is second on the left.
    assert clean.index("只有右边有这一篇") > clean.index("我区加强体育场所")


def test_order_pairs_puts_other_side_articles_by_their_neighbours():
    pairs = [Pair(0, 2, 1.0), Pair(1, 0, 1.0), Pair(None, 1, 0.0), Pair(None, 3, 0.0), Pair(2, None, 0.0)]
    assert order_pairs(pairs, Side.LEFT) == [
        Pair(0, 2, 1.0),
        Pair(None, 3, 0.0),
        Pair(1, 0, 1.0),
        Pair(None, 1, 0.0),
        Pair(2, None, 0.0),
    ]
    # Left 2 follows left 1 in its own file, and left 1 is paired with right 0.
    assert [p.right for p in order_pairs(pairs, Side.RIGHT)] == [0, None, 1, 2, 3]


ENCODINGS = [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("gb18030", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
]
_pieces = st.sampled_from(
    [
        "标题",
        "正文",
        "。",
        "，",
        ",",
        "\n",
        "\n\n",
        "(区民政局)",
        "## ",
        "东昌府讯 ",
        "abc ",
        "1506",
        "\u3000",
        "人",
        "入",
    ]
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(_pieces, min_size=1, max_size=60).map("".join),
    st.lists(_pieces, min_size=1, max_size=60).map("".join),
    st.sampled_from(ENCODINGS),
    st.booleans(),
)
def test_reject_all_reproduces_base_bytes(left, right, encoding, crlf):
    if crlf:
        left = left.replace("\n", "\r\n")
    name, bom = encoding
    raw = bom + left.encode(name)
    model = model_for(left, right, left_bytes=raw, encoding=None if bom else name)
    decide_all(model, REJECT)
    assert encode_clean(model, "original") == raw


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(_pieces, min_size=1, max_size=60).map("".join), st.lists(_pieces, min_size=1, max_size=60).map("".join))
def test_accept_all_gives_each_paired_article_the_right_text(left, right):
    model = model_for(left, right)
    decide_all(model, ACCEPT)
    comparison = model.comparison
    for pair in comparison.pairs:
        if pair.left is not None and pair.right is not None:
            assert model.resolved_content(pair) == comparison.text(pair, Side.RIGHT)
        for hunk in comparison.hunks(pair):
            assert comparison.text(pair, Side.LEFT)[hunk.left_start : hunk.left_end] == hunk.left
            assert comparison.text(pair, Side.RIGHT)[hunk.right_start : hunk.right_end] == hunk.right


def test_the_clean_copy_can_change_layout_between_plain_and_markdown():
    model = model_for(ISSUE_LEFT, ISSUE_RIGHT)
    as_markdown = clean_copy(model, "markdown")
    assert as_markdown.startswith("## 区林业发展中心铲除 “生态杀手”\n\n11月16日")
    assert "## 我区加强体育场所 疫情防控力度\n" in as_markdown
    right_based = model_for(ISSUE_LEFT, ISSUE_RIGHT, base=Side.RIGHT)
    assert clean_copy(right_based, "plain").startswith("我区加强体育场所疫情防控力度\n\n东昌府讯")
    assert "#" not in clean_copy(right_based, "plain")


def test_an_inserted_article_gets_a_heading_in_a_markdown_base():
    left = ISSUE_LEFT + "\n秋粮收购全面展开\n\n各收储企业严格执行国家收购政策，确保颗粒归仓。\n"
    model = model_for(left, ISSUE_RIGHT, base=Side.RIGHT)
    [left_only] = [p for p in model.comparison.pairs if p.right is None]
    model.decide(left_only, ARTICLE, ACCEPT)
    assert "## 秋粮收购全面展开\n\n各收储企业" in clean_copy(model)
