"""Generated issues in the layouts real papers use, disagreeing about structure between the versions.

Each issue is a list of items (titled articles, untitled notes, captions). The
left version is typed in one layout, with OCR slips, a truncated article, and
an item glued to the one before it; the right version is the checked text in
another order. Whatever the layout, every item present on both sides must
pair with its counterpart and accepting every change must give back the
right side's text: each of its paragraphs once, none of the left's slips.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from core.comparison import Version, compare_versions
from core.model import SIDES, Document, Side
from core.output.render import clean_copy
from core.review.decisions import ACCEPT, REJECT, ReviewModel
from core.text.segment import split_issue
from core.text.textio import DecodedText

_COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
    "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权"
    "收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连"
    "断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
)
_NAMES = "丹翁天倪寶鳳絳雪一枝殷鑑神獅乃公曼妙小英昭綏允麗老生書奴冷眼"


@dataclass
class Item:
    kind: str  # "article", "note" or "caption"
    title: str = ""
    byline: str = ""
    paragraphs: list[str] = field(default_factory=list)


def _phrase(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(_COMMON) for _ in range(rng.randint(low, high)))


def _sentence(rng: random.Random) -> str:
    return "，".join(_phrase(rng, 6, 14) for _ in range(rng.randint(2, 4))) + "。"


def make_items(seed: int, count: int) -> list[Item]:
    rng = random.Random(seed)
    items = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.6:
            paragraphs = ["".join(_sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 4))]
            byline = "".join(rng.sample(_NAMES, 2))
            items.append(Item("article", _phrase(rng, 4, 12), byline, paragraphs))
        elif roll < 0.8:
            items.append(Item("note", paragraphs=["◘" + "".join(_sentence(rng) for _ in range(rng.randint(1, 3)))]))
        else:
            items.append(Item("caption", paragraphs=["◘" + _phrase(rng, 4, 8) + "◘（" + _phrase(rng, 2, 3) + "攝）"]))
    return items


def render(item: Item, layout: str) -> str:
    """One item as the given layout types it."""
    if item.kind != "article":
        return item.paragraphs[0]
    body = "\n".join(item.paragraphs)
    if layout == "title-byline-lines":
        return f"{item.title}\n（{item.byline}）\n{body}"
    if layout == "title-byline-one-line":
        return f"{item.title}\u3000（{item.byline}）\n{body}"
    if layout == "byline-at-end":
        return f"{item.title}\n\n{body}\n（{item.byline}）"
    assert layout == "markdown"
    return f"## {item.title}\n（{item.byline}）\n\n" + "\n\n".join(item.paragraphs)


def misread(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(max(1, len(chars) // 60)):
        at = rng.randrange(len(chars))
        if chars[at] in _COMMON:
            chars[at] = rng.choice(_COMMON)
    return "".join(chars)


def side(text: str) -> Version:
    decoded = DecodedText(path="generated", text=text, encoding="utf-8", bom=b"", newline="\n")
    return Version(decoded, split_issue(text))


_LAYOUTS = ["title-byline-lines", "title-byline-one-line", "byline-at-end", "markdown"]


@settings(max_examples=200, deadline=None)
@given(
    st.integers(0, 10_000),
    st.sampled_from(_LAYOUTS),
    st.sampled_from(_LAYOUTS),
    st.sampled_from(["apart", "glued", "column", "inside"]),
)
def test_generated_issues_pair_every_shared_item_and_accept_all_gives_the_right_text(
    seed, left_layout, right_layout, structure
):
    rng = random.Random(seed)
    items = make_items(seed, rng.randint(4, 9))
    left = _left_version(items, left_layout, structure, rng)
    # The right: the checked text, its items in another order.
    order = list(range(len(items)))
    rng.shuffle(order)
    right = "\n\n".join(render(items[k], right_layout) for k in order) + "\n"

    comparison = compare_versions(side(left), side(right), workers=0)
    for each in SIDES:  # every article of either side is in some pair
        assert {p.index(each) for p in comparison.pairs} - {None} == set(range(len(comparison.version(each).articles)))
    # No item present on both sides is reported as only on one side.
    one_sided = [(p.left, p.right) for p in comparison.pairs if p.left is None or p.right is None]
    assert not one_sided

    model = ReviewModel(comparison, Side.LEFT)
    model.decide_many(model.changes(), ACCEPT)
    clean = clean_copy(model)
    # Every line of the clean copy is a line of the checked text (nothing garbled left behind,
    # nothing glued together), and every paragraph of it is there once.
    right_lines = {line.lstrip("# ") for line in right.splitlines()}
    assert {line.lstrip("# ") for line in clean.splitlines()} - {""} <= right_lines
    for item in items:
        for paragraph in item.paragraphs:
            assert clean.count(paragraph) == 1, (paragraph, clean)
        if item.kind == "article":
            assert clean.count(item.title) >= 1
    model.decide_many(model.changes(), REJECT)
    assert clean_copy(model) == left


def _left_version(items: list[Item], layout: str, structure: str, rng: random.Random) -> str:
    """The first transcription: OCR slips, one article cut short, and its own idea of the items.

    ``structure`` says how it differs: "apart" (one item per block, as the right),
    "glued" (an untitled item typed as the last line of the article before it),
    "column" (a run of untitled items typed as one block), "inside" (a caption
    typed between two paragraphs of the article before it).
    """
    texts = [misread(render(item, layout), rng) for item in items]
    truncated = next((k for k, item in enumerate(items) if item.kind == "article" and len(item.paragraphs) > 1), None)
    if truncated is not None:
        texts[truncated] = texts[truncated][: len(texts[truncated]) * 2 // 3]
    blocks: list[str] = []
    for k, text in enumerate(texts):
        after_article = k and items[k - 1].kind == "article" and k - 1 != truncated
        untitled = items[k].kind != "article"
        joins = (structure == "glued" and after_article) or (
            structure == "column" and k and items[k - 1].kind != "article"
        )
        if layout != "markdown" and untitled and joins:
            blocks[-1] += "\n" + text
        elif (
            untitled
            and structure == "inside"
            and after_article
            and items[k].kind == "caption"
            and "\n" in blocks[-1].rstrip()
        ):
            head, _, tail = blocks[-1].rpartition("\n")
            blocks[-1] = head + "\n" + text + "\n" + tail
        else:
            blocks.append(text)
    return "\n\n".join(blocks) + "\n"


def test_the_generator_makes_what_it_says():
    items = make_items(1, 6)
    assert {item.kind for item in items} <= {"article", "note", "caption"}
    doc: Document = split_issue("\n\n".join(render(item, "title-byline-lines") for item in items))
    assert len(doc.articles) == len(items)


def test_credits_and_short_titles_do_not_make_a_plain_page_read_as_printed_columns():
    # Found by the property above (seed 959): with a credit line counted as a column's line cut
    # mid-sentence, a plain page of short items and credits set off by blank lines read as printed
    # columns, and a glued note lost its place.
    inner = test_generated_issues_pair_every_shared_item_and_accept_all_gives_the_right_text.hypothesis.inner_test
    inner(959, "title-byline-lines", "byline-at-end", "glued")


def test_a_short_headline_the_other_version_sets_on_its_credit_line_is_not_joined_to_a_caption():
    # Found by the property above (seed 5705): the other version types the four-letter headline with its
    # credit on one line and a caption under it, so the caption runs into the text there; the headline,
    # passed over as if slipped letters, had made this version's headline join the caption.
    inner = test_generated_issues_pair_every_shared_item_and_accept_all_gives_the_right_text.hypothesis.inner_test
    inner(5705, "title-byline-one-line", "byline-at-end", "inside")
