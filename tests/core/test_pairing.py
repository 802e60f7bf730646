"""Pairing: the hand-checked sample, optimality over greedy, scale, and the every-index-once rule."""

from __future__ import annotations

import json
import random
import re
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.pairing.assignment import ArticleText, _assign, pair_articles, similarity
from core.text.segment import split_issue

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "samples"


def articles(path: Path) -> list[ArticleText]:
    document = split_issue(path.read_text(encoding="utf-8"))
    return [ArticleText(a.title, document.content(a)) for a in document.articles]


def test_the_sample_pairs_as_hand_checked():
    left, right = articles(FIXTURES / "plain-export.txt"), articles(FIXTURES / "markdown-export.txt")
    expected = json.loads((FIXTURES / "pairs.json").read_text(encoding="utf-8"))["pairs"]
    got = [
        [
            None if p.left is None else left[p.left].title,
            None if p.right is None else right[p.right].title,
        ]
        for p in pair_articles(left, right)
    ]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_the_assignment_is_optimal_not_greedy():
    story = "市民可在社区服务中心办理医保业务，工作人员耐心解答群众提出的问题。"
    other = "今年秋粮收购工作全面展开，各收储企业严格执行国家收购政策，确保颗粒归仓。"
    left = [ArticleText("", story + other[:16]), ArticleText("", story[:20] + "居民纷纷点赞称好")]
    right = [ArticleText("", story), ArticleText("", story[-14:] + other)]
    # Left 0 likes right 0 best, but left 1 has no other partner: taking the best
    # pair first (greedy) would leave left 1 unpaired and the total lower.
    assert similarity(left[0], right[0]) > similarity(left[1], right[0]) > similarity(left[0], right[1])
    assert similarity(left[1], right[1]) < 0.35
    assert {(p.left, p.right) for p in pair_articles(left, right)} == {(0, 1), (1, 0)}


def _best_total(edges: list[dict[int, float]], i: int = 0, used: frozenset[int] = frozenset()) -> float:
    """The largest total similarity of any matching, by trying them all."""
    if i == len(edges):
        return 0.0
    skip = _best_total(edges, i + 1, used)
    return max([skip] + [s + _best_total(edges, i + 1, used | {j}) for j, s in edges[i].items() if j not in used])


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, 6).flatmap(
        lambda n: st.lists(st.dictionaries(st.integers(0, 5), st.floats(0.35, 1.0), max_size=4), min_size=n, max_size=n)
    )
)
def test_the_assignment_reaches_the_largest_total_similarity(edges):
    match = _assign(len(edges), edges, 6)
    assert len(set(match.values())) == len(match)
    assert sum(edges[i][j] for i, j in match.items()) >= _best_total(edges) - 1e-3  # the place nudge aside


def test_one_sided_articles_and_a_truncated_one():
    body = "区林业发展中心组织人员对辖区内加拿大一枝黄花开展集中铲除行动，确保不留死角。" * 3
    left = [ArticleText("铲除生态杀手", body[:40]), ArticleText("只在左边", "这是一篇只有左边才有的独家报道内容。")]
    right = [ArticleText("只在右边", "右边单独刊登的一则简讯，与其他文章无关。"), ArticleText("铲除 生态杀手", body)]
    pairs = pair_articles(left, right)
    assert [(p.left, p.right) for p in pairs] == [(0, 1), (1, None), (None, 0)]
    assert 0 < pairs[0].similarity <= 1


def test_latin_articles_pair_by_content_despite_ocr_noise():
    a = ArticleText("", "The country precincts of Alexander county arc opposed to the Cairo ami Vincenncs railroad.")
    b = ArticleText("", "The country precincts of Alexander county are opposed to the Cairo and Vincennes railroad.")
    c = ArticleText("", "For the first time in seventeen years the New Hampshire democracy has obtained control.")
    assert similarity(a, b) > 0.6 > similarity(a, c)
    assert [(p.left, p.right) for p in pair_articles([a, c], [c, b])] == [(0, 1), (1, 0)]


def test_a_misread_title_does_not_sink_a_pair_whose_content_agrees():
    body = "Die Gemeindeversammlung hat am Sonntag den Voranschlag für das kommende Jahr genehmigt."
    left = ArticleText("```markdown", "```markdown\n" + body)  # a code fence taken for a title
    right = ArticleText("Gemeindeversammlung", "Gemeindeversammlung\n\n" + body.replace("ü", "u"))
    assert similarity(left, right) > 0.8
    assert [(p.left, p.right) for p in pair_articles([left], [right])] == [(0, 0)]


def test_a_story_continued_on_another_page_pairs_one_to_two_with_parts_that_tile_it():
    first = (
        "区政府召开专题会议，研究部署今冬明春农田水利基本建设工作。会议指出，要坚持规划先行，统筹推进高标准农田建设。"
    )
    second = "会议要求，各镇街要压实责任，倒排工期，确保十二月底前完成全部沟渠清淤任务，切实保障群众生命财产安全。"
    other = "本报讯 市图书馆近日推出冬季阅读季活动，共安排讲座、展览和亲子阅读等三十余场，欢迎市民踊跃参加。"
    whole = "农田水利建设会议召开\n\n" + first + second
    left = [
        ArticleText("农田水利建设会议召开", whole),
        ArticleText("图书馆推出冬季阅读季", "图书馆推出冬季阅读季\n\n" + other),
    ]
    right = [
        ArticleText("农田水利建设会议召开", "农田水利建设会议召开\n\n" + first + "（下转第2版）"),
        ArticleText("图书馆推出冬季阅读季", "图书馆推出冬季阅读季\n\n" + other),
        ArticleText("农田水利建设会议召开（上接第1版）", "农田水利建设会议召开（上接第1版）\n\n" + second),
    ]
    pairs = pair_articles(left, right)
    assert [(p.left, p.right, p.right_part) for p in pairs] == [(0, 0, None), (0, 2, None), (1, 1, None)]
    story = pairs[:2]
    # The parts of the whole story tile it, in order, each ending where its page does.
    assert story[0].left_part[0] == 0 and story[0].left_part[1] == story[1].left_part[0]
    assert story[1].left_part[1] == len(whole)
    assert whole[slice(*story[0].left_part)].rstrip().endswith(first[-8:])
    assert whole[slice(*story[1].left_part)].lstrip().startswith(second[:8])
    assert pairs[2].left_part is None and all(0.5 < p.similarity <= 1 for p in pairs)
    # The other way round, the whole story on the right: the same parts, as right_part.
    mirrored = pair_articles(right, left)
    assert [(p.left, p.right, p.left_part, p.right_part) for p in mirrored] == [
        (0, 0, None, story[0].left_part),
        (1, 1, None, None),
        (2, 0, None, story[1].left_part),
    ]


def _synthetic(count: int, seed: int) -> tuple[list[ArticleText], list[ArticleText], list[int]]:
    rng = random.Random(seed)
    pool = (
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
        "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
        "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"
    )
    lefts, rights = [], []
    for _ in range(count):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(150, 400))) + "。"
        title = "".join(rng.choice(pool) for _ in range(rng.randint(8, 16)))
        lefts.append(ArticleText(title, title + "\n\n" + text))
        edited = list(text)
        for _ in range(5):
            edited[rng.randrange(len(edited))] = rng.choice(pool)
        right_text = "".join(edited)[: rng.choice([len(edited), len(edited) * 2 // 3])]  # some truncated
        rights.append(ArticleText(" ".join(title), " ".join(title) + "\n\n" + right_text))
    order = list(range(count))
    rng.shuffle(order)
    return lefts, [rights[k] for k in order], order


def test_a_thousand_articles_a_side_pair_correctly():
    lefts, rights, order = _synthetic(1000, seed=7)
    pairs = pair_articles(lefts, rights)
    wanted = {(k, order.index(k)) for k in range(1000)}
    assert {(p.left, p.right) for p in pairs} == wanted


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(["", "标题", "Title", "区民政局"]), st.text(max_size=60)), max_size=8),
    st.lists(st.tuples(st.sampled_from(["", "标题", "Title", "区民政局"]), st.text(max_size=60)), max_size=8),
)
def test_every_index_appears_once_or_in_parts_that_tile_it(left, right):
    pairs = pair_articles([ArticleText(*a) for a in left], [ArticleText(*a) for a in right])
    for side, articles in (("left", left), ("right", right)):
        assert sorted({getattr(p, side) for p in pairs} - {None}) == list(range(len(articles)))
        for index in range(len(articles)):
            holding = [p for p in pairs if getattr(p, side) == index]
            parts = sorted(getattr(p, f"{side}_part") or (0, len(articles[index][1])) for p in holding)
            assert parts[0][0] == 0 and parts[-1][1] == len(articles[index][1])
            assert all(a[1] == b[0] for a, b in pairwise(parts))
    assert all(0.0 <= p.similarity <= 1.0 for p in pairs)


@pytest.mark.parametrize(
    "stem", ["cairo-daily-1871-06-21", "cairo-daily-1872-04-05", "independent-honolulu-1896-07-21"]
)
def test_real_english_ocr_pairs_with_its_correction(stem):
    folder = SHARED / "overproof-chronam"
    if not folder.exists():
        pytest.skip("the shared third-party samples are not on this machine")
    left, right = articles(folder / f"{stem}.a.txt"), articles(folder / f"{stem}.b.txt")
    pairs = [p for p in pair_articles(left, right) if p.left is not None and p.right is not None]
    # Most articles pair, and every pair found is alike (a part of an article, as the pairing scored it).
    assert len(pairs) >= 0.6 * min(len(left), len(right))
    for p in pairs:
        whole = p.left_part is None and p.right_part is None
        assert (similarity(left[p.left], right[p.right]) if whole else p.similarity) >= 0.35


def test_real_french_ocr_cut_into_articles_pairs_despite_order_loss_and_truncation():
    # ICDAR 2017 gives an OCR line and its correction aligned character by character;
    # cutting both at the same places makes untitled articles with real OCR noise.
    path = SHARED / "icdar2017-periodicals" / "fr-periodical-22.aligned-original.txt"
    if not path.exists():
        pytest.skip("the shared third-party samples are not on this machine")
    lines = {line[:14]: line[14:] for line in path.read_text(encoding="utf-8-sig").splitlines() if line}
    ocr, gold = lines["[OCR_aligned] "], lines["[ GS_aligned] "]
    cuts = [0]
    while len(gold) - cuts[-1] > 800:
        cuts.append(gold.index(" ", cuts[-1] + 500) + 1)
    cuts.append(len(gold))
    # "#" marks text the correctors could not read: such a stretch has nothing to pair with.
    spans = [(a, b) for a, b in pairwise(cuts) if gold[a:b].count("#") < (b - a) // 5]
    left = [ArticleText("", ocr[a:b].replace("@", "")) for a, b in spans]
    right = [ArticleText("", gold[a:b].replace("@", "")) for a, b in spans]
    assert len(left) >= 15
    left[5] = ArticleText("", left[5].content[: len(left[5].content) * 2 // 5])  # truncated
    kept = [k for k in range(len(right)) if k != 3]  # one article missing on the right
    random.Random(3).shuffle(kept)
    pairs = pair_articles(left, [right[k] for k in kept])
    got = {(p.left, None if p.right is None else kept[p.right]) for p in pairs}
    assert got == {(k, k) for k in range(len(left)) if k != 3} | {(3, None)}


def _org_sections(path: Path) -> list[ArticleText]:
    # Kanripo's org-mode headings (*, **, ***) are not headings split_issue knows.
    chunks = re.split(r"(?m)^(?=\*+ )", path.read_text(encoding="utf-8"))[1:]
    return [ArticleText(chunk.splitlines()[0].lstrip("* ").rstrip("¶"), chunk) for chunk in chunks]


@pytest.mark.parametrize("juan", ["004", "005"])
def test_two_editions_of_a_classical_text_pair_section_by_section_in_any_order(juan):
    folder = SHARED / "kanripo-lushanji-editions"
    if not folder.exists():
        pytest.skip("the shared third-party samples are not on this machine")
    left = _org_sections(folder / f"lushanji-juan{juan}.a.txt")
    right = _org_sections(folder / f"lushanji-juan{juan}.b.txt")
    assert len(left) == len(right) >= 40  # many short, formulaic stele entries
    order = list(range(len(right)))
    random.Random(5).shuffle(order)
    pairs = pair_articles(left, [right[k] for k in order])
    assert {(p.left, None if p.right is None else order[p.right]) for p in pairs} == {(k, k) for k in range(len(left))}


def test_a_chinese_newspaper_page_pairs_plain_lines_with_its_markdown_rendering():
    folder = SHARED / "omnidocbench-zh"
    if not folder.exists():
        pytest.skip("the shared third-party samples are not on this machine")
    left = articles(folder / "zh-newspaper-1cddf9d2-p1.a.txt")
    right = articles(folder / "zh-newspaper-1cddf9d2-p1.b.txt")
    pairs = pair_articles(left, right)
    squeeze = lambda text: "".join(text.split())  # noqa: E731
    heading = {squeeze(a.title): j for j, a in enumerate(right)}
    for i, article in enumerate(left):
        partners = [p.right for p in pairs if p.left == i]
        assert partners != [None], article.title  # every left article finds a partner
        if squeeze(article.title) in heading:
            assert heading[squeeze(article.title)] in partners, article.title
    # "老外现场讲授“剪枝”" is no heading in the markdown: its text is the second part of an article there.
    (piece,) = [p for p in pairs if p.left is not None and left[p.left].title.startswith("老外")]
    assert piece.right_part is not None and piece.right_part[1] == len(right[piece.right].content)


@pytest.mark.parametrize("date", ["1830-07-28", "1870-12-30", "1939-06-11"])
def test_two_ocr_readings_of_a_german_front_page_pair_region_by_region(date):
    # a2 (a second OCR) keeps the gold's regions and their order, under heavy black-letter noise.
    folder = SHARED / "nzz-blackletter"
    if not folder.exists():
        pytest.skip("the shared third-party samples are not on this machine")
    left, right = articles(folder / f"nzz-{date}.a2.txt"), articles(folder / f"nzz-{date}.b.txt")
    both = [(p.left, p.right) for p in pair_articles(left, right) if p.left is not None and p.right is not None]
    assert len(both) >= min(len(left), len(right)) - 1
    assert [r for _, r in sorted(both)] == sorted(r for _, r in both)  # in reading order on both sides


_SENTENCES = [
    "区政府召开专题会议研究部署农田水利建设工作。",
    "会议要求各镇街压实责任确保按期完成清淤任务。",
    "市图书馆推出冬季阅读季活动欢迎市民踊跃参加。",
    "The council approved the budget for the coming year.",
    "Les agriculteurs de la commune ont récolté le blé.",
    "疫情防控青年突击队深入社区开展志愿服务活动。",
    "Die Gemeinde hat den Voranschlag genehmigt und vertagt.",
    "（下转第2版）",
]
_composed = st.lists(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=6), max_size=6)


@settings(max_examples=80, deadline=None)
@given(_composed, _composed, st.booleans())
def test_articles_sharing_sentences_every_way_still_give_each_index_once_or_in_tiling_parts(left, right, titled):
    # Shared sentences make candidates, contests and one-to-two splits likely.
    def build(side: list[list[str]]) -> list[ArticleText]:
        return [ArticleText(s[0][:6] if titled else "", "\n".join(s)) for s in side]

    lefts, rights = build(left), build(right)
    pairs = pair_articles(lefts, rights)
    for side, texts in (("left", lefts), ("right", rights)):
        for index, article in enumerate(texts):
            holding = [p for p in pairs if getattr(p, side) == index]
            assert holding, (side, index)
            parts = sorted(getattr(p, f"{side}_part") or (0, len(article.content)) for p in holding)
            assert parts[0][0] == 0 and parts[-1][1] == len(article.content)
            assert all(a[1] == b[0] and a[0] < a[1] for a, b in pairwise(parts))
            if len(holding) > 1:  # a split article: each part goes to a different whole partner,
                other = "right" if side == "left" else "left"  # or to a part of a partner cut too
                assert all(getattr(p, other) is not None for p in holding)
                wholes = [getattr(p, other) for p in holding if getattr(p, f"{other}_part") is None]
                assert len(set(wholes)) == len(wholes)
    assert all(0.0 <= p.similarity <= 1.0 for p in pairs)
    keys = [(p.left is None, p.left if p.left is not None else p.right) for p in pairs]
    assert keys == sorted(keys)


def test_a_thousand_untitled_latin_articles_with_ocr_noise_truncation_and_gaps_pair_correctly():
    # Words drawn with their real frequencies from the English, French and German samples,
    # so common n-grams ("tion", "ung ", "the ") are as common as in a real paper.
    if not SHARED.exists():
        pytest.skip("the shared third-party samples are not on this machine")
    counts: dict[str, int] = {}
    folders = ("overproof-chronam", "icdar2017-periodicals", "nzz-blackletter")
    for path in sorted(path for folder in folders for path in (SHARED / folder).glob("*.b.txt")):
        for word in re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8").lower()):
            counts[word] = counts.get(word, 0) + 1
    vocabulary, weights = list(counts), list(counts.values())
    rng = random.Random(11)

    def misread(text: str) -> str:
        chars = list(text)
        for _ in range(len(chars) // 30):
            chars[rng.randrange(len(chars))] = rng.choice("ilrnmce1.,' ")
        return "".join(chars)

    lefts, rights = [], []
    for k in range(1000):
        body = " ".join(rng.choices(vocabulary, weights, k=rng.randint(60, 250)))
        lefts.append(ArticleText("", misread(body)))
        rights.append(ArticleText("", body[: len(body) // 2] if k % 10 == 0 else body))
    order = list(range(1000))
    rng.shuffle(order)
    missing, kept = set(order[:20]), order[20:]
    pairs = pair_articles(lefts, [rights[k] for k in kept])
    got = {(p.left, None if p.right is None else kept[p.right]) for p in pairs}
    assert got == {(k, None if k in missing else k) for k in range(1000)}
