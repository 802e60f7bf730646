"""The proofreader's structure corrections: split, join, title, body; lossless, in the session, in the export."""

from hypothesis import given
from hypothesis import strategies as st

from core.comparison import compare_versions, version_from_text
from core.model import Side
from core.output.render import clean_copy
from core.review.decisions import ACCEPT, REJECT, ReviewModel
from core.review.restructuring import carry_over
from core.storage.session import capture, read_session, save_session
from core.text.segment import split_issue
from core.text.structure import StructureEdits
from core.text.textio import DecodedText
from tests.core.test_segment import assert_tiles

LEFT = (
    "怕女政客\n（丹翁）\n日本婦人參政權同盟、招待貴族院議員、席間頗多趣語。\n"
    "宜昌特稅之特狀\n清理兩湖特稅處、有分處三、其在老河口者最要。\n\n"
    "◘下月拆造之上海市政廳◘\n"
)
RIGHT = (
    "怕女政客\n（丹翁）\n日本婦人參政權同盟、招待貴族院議員、席間頗多趣語。\n\n"
    "宜昌特稅之特狀\n（寶鳳）\n清理兩湖特稅處、有分處三、其在老河口者最要。\n\n"
    "◘下月拆造之上海市政廳◘\n"
)


def decoded(text: str, path: str = "generated") -> DecodedText:
    return DecodedText(path=path, text=text, encoding="utf-8", bom=b"", newline="\n")


def line_offset(text: str, line: str) -> int:
    return text.index(line + "\n")


def test_split_join_title_and_body_move_article_boundaries():
    # Without a byline, 宜昌特稅之特狀 reads as a short line of the first article.
    assert split_issue(LEFT).articles[0].title == "怕女政客"
    assert len(split_issue(LEFT).articles) == 2
    at = line_offset(LEFT, "宜昌特稅之特狀")
    split = split_issue(LEFT, edits=StructureEdits().then("split", at))
    assert [a.title for a in split.articles] == ["怕女政客", "宜昌特稅之特狀", "◘下月拆造之上海市政廳◘"]
    assert split.articles[1].title_end > split.articles[1].content_start  # it opens with its title
    joined = split_issue(LEFT, edits=StructureEdits().then("split", at).then("join", at))
    assert [a.title for a in joined.articles] == [a.title for a in split_issue(LEFT).articles]
    body = split_issue(LEFT, edits=StructureEdits().then("title", at).then("body", at))
    assert len(body.articles) == 2
    paragraph = line_offset(LEFT, "清理兩湖特稅處、有分處三、其在老河口者最要。")
    untitled = split_issue(LEFT, edits=StructureEdits().then("split", paragraph))
    assert untitled.articles[1].title_end == untitled.articles[1].content_start


def test_a_correction_naming_no_line_start_is_ignored():
    assert split_issue(LEFT, edits=StructureEdits().then("split", 3)) == split_issue(LEFT)


_ops = st.lists(st.tuples(st.sampled_from(["split", "join", "title", "body"]), st.integers(0, len(LEFT))), max_size=8)


@given(_ops)
def test_any_corrections_keep_the_split_lossless(ops):
    line_starts = [0] + [i + 1 for i, c in enumerate(LEFT) if c == "\n"]
    edits = StructureEdits()
    for operation, offset in ops:
        edits = edits.then(operation, min(line_starts, key=lambda s: abs(s - offset)))
    assert_tiles(split_issue(LEFT, edits=edits))


def test_a_split_pairs_anew_keeps_decisions_goes_into_the_session_and_the_export(tmp_path):
    left_path, right_path = tmp_path / "left.txt", tmp_path / "right.txt"
    left_path.write_text(LEFT, encoding="utf-8")
    right_path.write_text(RIGHT, encoding="utf-8")
    comparison = compare_versions(
        version_from_text(decoded(LEFT, str(left_path))), version_from_text(decoded(RIGHT, str(right_path))), workers=0
    )
    # The automatic pairing already pairs the two stories by parts of the left article.
    assert sorted((p.left, p.right) for p in comparison.pairs) == [(0, 0), (0, 1), (1, 2)]
    model = ReviewModel(comparison, Side.LEFT)
    # Decide the byline only the right has (the other change, an item break, goes with the split).
    with_byline, hunk = next((p, h) for p in comparison.pairs for h in comparison.hunks(p) if "寶鳳" in h.right)
    model.decide(with_byline, hunk.id, ACCEPT)

    corrected = comparison.restructured("left", StructureEdits().then("split", line_offset(LEFT, "宜昌特稅之特狀")))
    assert len(corrected.left.articles) == 3
    assert all(p.left_part is None and p.right_part is None for p in corrected.pairs)
    assert {(p.left, p.right) for p in corrected.pairs} == {(0, 0), (1, 1), (2, 2)}
    carried, dropped = carry_over(model, corrected)
    assert len(carried.decisions) == 1 and not dropped

    carried.decide_many(carried.changes(), ACCEPT)
    assert clean_copy(carried) == RIGHT.replace("\n\n宜昌", "\n宜昌")  # the left's own item break stays
    carried.decide_many(carried.changes(), REJECT)
    assert clean_copy(carried) == LEFT

    session_path = tmp_path / "review.duijiao.json"
    save_session(session_path, capture(carried))
    session = read_session(session_path)
    assert session.structure["left"] == corrected.left.edits
    assert "right" not in session.structure

    # The command line applies the session's corrections before its decisions.
    from core.cli import main

    carried.decide_many(carried.changes(), ACCEPT)
    save_session(session_path, capture(carried))
    out = tmp_path / "clean.txt"
    assert main(["merge", str(left_path), str(right_path), "--session", str(session_path), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == clean_copy(carried)


def test_a_caption_typed_mid_article_goes_after_it_when_every_change_is_taken():
    # The first transcription typed the photo caption between two paragraphs; the checked
    # text gives it as an item after the story.
    story = "春江花乘\n（不平凡公子）\n提起抱月春燕樓，又想到月華一對姊妹，金陵產妹妹小字幗英。\n"
    rest = "張十一景裴，葱玉與景裴姪叔之間，曾因爲一個月華妹妹，大鬧別扭，此亦北里之佳話也。"
    left = story + "月華妹妹\n" + rest + "\n"
    right = story + rest.replace("別扭", "彆扭") + "\n\n月華妹妹\n"
    comparison = compare_versions(version_from_text(decoded(left)), version_from_text(decoded(right)), workers=0)
    assert len([p for p in comparison.pairs if p.left == 0]) == 3  # before, caption, after
    model = ReviewModel(comparison, Side.LEFT)
    model.decide_many(model.changes(), ACCEPT)
    assert clean_copy(model) == right
    model.decide_many(model.changes(), REJECT)
    assert clean_copy(model) == left
    # Anything less than every change taken keeps the base's order.
    first = model.changes()[0]
    model.decide_many(model.changes(), ACCEPT)
    model.decide(*first, REJECT)
    assert "月華妹妹\n張十一" in clean_copy(model)
