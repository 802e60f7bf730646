"""Articles that are one on one side and several on the other: the pieces found, cut and paired directly."""

from __future__ import annotations

from core.model import Pair, Side
from core.pairing.embedded_items import attach_short_pieces
from core.pairing.pieces import alone, bigrams, contained, dice, locate_parts, lone_on, pair_parts
from core.pairing.split_articles import split_partners

FIRST = (
    "市政府昨日召开全体会议，研究部署今冬明春的供暖保障工作。会议要求各区加强燃料储备，"
    "确保居民家中温度达标，对困难群众给予补贴，并开通热线电话随时受理群众反映的问题。"
)
SECOND = (
    "会议还听取了关于城市道路改造进展的汇报，要求施工单位合理安排工期，减少对交通的影响，"
    "在春节前完成主干道的路面修复，同时做好施工现场的安全防护和环境保护工作。"
)


def test_likeness_measures_on_letter_bigrams():
    assert dice(bigrams("甲乙丙丁"), bigrams("甲乙丙丁")) == 1.0
    assert contained(bigrams("乙丙"), bigrams("甲乙丙丁")) == 1.0
    assert contained(set(), bigrams("甲乙")) == 0.0


def test_two_pieces_are_located_in_the_story_that_holds_both_and_their_parts_tile_it():
    whole = FIRST + "\n" + SECOND
    parts = locate_parts(whole, [SECOND, FIRST])  # in any order, as a page's OCR may read them
    assert parts is not None
    second, first = parts
    assert first[0] == 0 and first[1] == second[0] and second[1] == len(whole)
    assert whole[slice(*first)].strip() == FIRST and whole[slice(*second)] == SECOND
    assert locate_parts(whole, ["完全不相干的一句话，出现在别处的文字。"]) is None


def test_pairs_made_for_a_side_put_the_indices_where_that_side_goes():
    assert pair_parts(Side.LEFT, 1, (0, 5), 2, None, 0.9) == Pair(1, 2, 0.9, (0, 5), None)
    assert pair_parts(Side.RIGHT, 1, (0, 5), 2, None, 0.9) == Pair(2, 1, 0.9, None, (0, 5))
    assert alone(Side.RIGHT, 3) == Pair(None, 3, 0.0)
    assert lone_on(Pair(None, 3, 0.0), Side.RIGHT) == 3 and lone_on(Pair(1, 3, 1.0), Side.RIGHT) is None


def test_a_story_continued_on_one_side_pairs_each_half_with_its_part_of_the_whole():
    left = [FIRST, SECOND]  # the page export: the story in two pieces
    right = [FIRST + "\n" + SECOND]  # the other export: whole
    pairs = split_partners(left, right, [Pair(0, 0, 0.6), Pair(1, None, 0.0)])
    by_left = {p.left: p for p in pairs}
    assert set(by_left) == {0, 1} and all(p.right == 0 for p in pairs)
    parts = sorted(p.right_part for p in pairs if p.right_part is not None)
    assert parts[0][0] == 0 and parts[0][1] == parts[1][0] and parts[1][1] == len(right[0])


def test_a_caption_typed_as_the_last_line_of_an_article_pairs_with_that_line():
    caption = "图为工人在检修供暖管道。"
    left = [FIRST, caption]  # the caption an item of its own
    right = [FIRST + "\n" + caption]  # typed inside the article
    pairs = attach_short_pieces(left, right, [Pair(0, 0, 0.9), Pair(1, None, 0.0)])
    holding = {p.left: p.right_part for p in pairs if p.right == 0}
    assert set(holding) == {0, 1}
    assert right[0][slice(*holding[1])].strip() == caption
    assert holding[0][0] == 0 and holding[0][1] == holding[1][0]
