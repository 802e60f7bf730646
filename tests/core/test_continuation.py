"""A story continued on another page pairs one-to-two, and the clean copy keeps every character."""

from __future__ import annotations

import itertools

from core.comparison import compare_versions, version_from_text
from core.model import Side
from core.output.render import clean_copy
from core.review.decisions import ACCEPT, REJECT, ReviewModel
from core.text.textio import decode_bytes

FIRST = (
    "区政府召开专题会议，研究部署今冬明春农田水利基本建设工作。会议指出，"
    "要坚持规划先行，统筹推进高标准农田建设和小型水利设施改造。"
)
SECOND = (
    "会议要求，各镇街要压实责任，倒排工期，确保十二月底前完成全部沟渠清淤任务，"
    "并做好冬季安全生产和防火工作，切实保障群众生命财产安全。"
)
OTHER = "本报讯 市图书馆近日推出冬季阅读季活动，共安排讲座、展览和亲子阅读等三十余场。"

# Left prints the whole story; right carries it on two pages, the second a continuation.
LEFT = f"农田水利建设会议召开\n\n{FIRST}{SECOND}\n\n图书馆推出冬季阅读季\n\n{OTHER}\n"
RIGHT = (
    f"## 农田水利建设会议召开\n\n{FIRST.replace('，', ',')}（下转第2版）\n\n"
    f"## 图书馆推出冬季阅读季\n\n{OTHER}\n\n"
    f"## 农田水利建设会议召开（上接第1版）\n\n{SECOND}\n"
)


def comparison():
    left = version_from_text(decode_bytes("left.txt", LEFT.encode()))
    right = version_from_text(decode_bytes("right.md", RIGHT.encode()))
    return compare_versions(left, right)


def test_the_whole_story_pairs_with_both_pages():
    pairs = comparison().pairs
    story = [p for p in pairs if p.left == 0]
    assert sorted(p.right for p in story) == [0, 2]
    assert all(p.left_part is not None for p in story)
    assert not [p for p in pairs if p.left is None or p.right is None]


def test_the_parts_tile_the_story_and_diff_against_their_page():
    c = comparison()
    story = sorted((p for p in c.pairs if p.left == 0), key=lambda p: p.left_part)
    assert "".join(c.text(p, Side.LEFT) for p in story) == c.left.content(0)
    first, second = story
    assert c.text(first, Side.LEFT).endswith(FIRST[-10:]) and SECOND[:10] in c.text(second, Side.LEFT)
    assert all(len(h.left) < 20 for p in story for h in c.hunks(p))  # no half-article hunks


def test_reject_all_keeps_either_base_byte_for_byte_and_accept_all_takes_the_pages():
    for base, text in (("left", LEFT), ("right", RIGHT)):
        model = ReviewModel(comparison(), base)
        model.decide_many(model.changes(), REJECT)
        assert clean_copy(model) == text
    model = ReviewModel(comparison(), Side.LEFT)
    model.decide_many(model.changes(), ACCEPT)
    clean = clean_copy(model)
    assert "（下转第2版）" in clean and clean.count("农田水利建设会议召开") == 2


def test_a_page_read_as_one_article_pairs_with_its_regions_in_any_order():
    # NZZ: the OCR reads a whole front page as one text, regions in another order;
    # the corrected version has each region apart.
    from pathlib import Path

    import pytest

    from core.comparison import compare_files

    folder = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "nzz-blackletter"
    if not folder.exists():
        pytest.skip("the shared third-party samples are not on this machine")
    c = compare_files(folder / "nzz-1939-06-11.a.txt", folder / "nzz-1939-06-11.b.txt", workers=0)
    # The page is cut where the corrected regions start (where their words show it), and
    # what stays together pairs with its regions by parts that tile it.
    assert len(c.left.articles) < len(c.right.articles)
    assert len({p.right for p in c.pairs if p.left is not None and p.right is not None}) >= 6
    for index in range(len(c.left.articles)):
        parts = sorted(p.left_part or (0, len(c.left.content(index))) for p in c.pairs if p.left == index)
        assert parts[0][0] == 0 and parts[-1][1] == len(c.left.content(index))
        assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
