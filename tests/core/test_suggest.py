"""Each source of evidence names the right side, whichever file was loaded as left."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.checks.number_forms import NUMBER
from core.checks.suggest import IssueEvidence
from core.cli import main as cli_main
from core.comparison import compare_versions, version_from_text
from core.model import HunkClass
from core.review.decisions import ACCEPT, REJECT, ReviewModel
from core.review.suggested import confident_decisions
from core.text.textio import DecodedText


def comparison(left: str, right: str):
    side = lambda text, name: version_from_text(DecodedText(name, text, "utf-8", b"", "\n"))  # noqa: E731
    return compare_versions(side(left, "left.txt"), side(right, "right.txt"))


def suggestions(left: str, right: str) -> list[tuple[str, str, str]]:
    """(source, side, the change's texts) of every suggestion of the comparison."""
    c = comparison(left, right)
    evidence = IssueEvidence(c)
    found = []
    for pair in c.pairs:
        for hunk in c.hunks(pair):
            s = evidence.suggest(pair, hunk)
            if s is not None:
                found.append((s.source, s.side, f"{hunk.left}|{hunk.right}"))
    return found


def both_ways(good: str, bad: str) -> tuple[list, list]:
    """The suggestions with the right text on the right, then on the left."""
    return suggestions(bad, good), suggestions(good, bad)


ARTICLE = "甲文\n\n{}\n"


def test_a_placeholder_marks_the_side_that_could_not_read():
    good = ARTICLE.format("市政府昨日召開會議，討論本年預算。")
    bad = ARTICLE.format("市政府昨日召〓會議，討論本年預算。")
    as_given, mirrored = both_ways(good, bad)
    assert [(s, side) for s, side, _ in as_given] == [("placeholder", "right")]
    assert [(s, side) for s, side, _ in mirrored] == [("placeholder", "left")]


def test_old_print_forms_are_the_page_s():
    good = ARTICLE.format("他說此事尙未淸楚，眞是可惜。又說明日再議。")
    bad = ARTICLE.format("他説此事尚未清楚，真是可惜。又説明日再議。")
    as_given, mirrored = both_ways(good, bad)
    assert {(s, side) for s, side, _ in as_given} == {("print-form", "right")}
    assert {(s, side) for s, side, _ in mirrored} == {("print-form", "left")}


def test_chinese_text_takes_full_width_punctuation_unless_the_issue_does_otherwise():
    good = ARTICLE.format("今天天气很好，我们去公园。" * 12)
    bad = ARTICLE.format("今天天气很好,我们去公园。" * 12)
    as_given, mirrored = both_ways(good, bad)
    assert as_given and {(s, side) for s, side, _ in as_given} == {("width", "right")}
    assert {(s, side) for s, side, _ in mirrored} == {("width", "left")}
    latin = suggestions(ARTICLE.format("Version 2，release"), ARTICLE.format("Version 2,release"))
    assert not [s for s in latin if s[0] == "width"]  # not Chinese text: either width may be meant


def test_the_words_both_versions_agree_on_elsewhere_decide_a_single_character():
    shared = "昨日入境人员须持核酸证明，每日入境人员到达后隔离。"
    good = ARTICLE.format(shared + "今日入境人员共计三百。")
    bad = ARTICLE.format(shared + "今日人境人员共计三百。")
    as_given, mirrored = both_ways(good, bad)
    assert [(s, side) for s, side, _ in as_given] == [("context", "right")]
    assert [(s, side) for s, side, _ in mirrored] == [("context", "left")]


def test_a_number_repeated_elsewhere_in_the_issue_is_the_likely_one():
    good = ARTICLE.format("共有1506辆车进入。当日1506辆车全部登记。")
    bad = ARTICLE.format("共有1605辆车进入。当日1506辆车全部登记。")
    as_given, mirrored = both_ways(good, bad)
    assert [(s, side) for s, side, _ in as_given] == [("number", "right")]
    assert [(s, side) for s, side, _ in mirrored] == [("number", "left")]


def test_a_repeated_phrase_is_the_wrong_side():
    good = ARTICLE.format("他们认真学习文件精神，并落实到工作中。")
    bad = ARTICLE.format("他们认真学习学习文件精神，并落实到工作中。")
    as_given, mirrored = both_ways(good, bad)
    assert ("repeat", "right") in {(s, side) for s, side, _ in as_given}
    assert ("repeat", "left") in {(s, side) for s, side, _ in mirrored}


def test_without_evidence_there_is_no_suggestion():
    assert suggestions(ARTICLE.format("采取有力措施，保障安全。"), ARTICLE.format("采取有力举措，保障安全。")) == []


def test_the_batch_takes_only_confident_undecided_non_number_changes():
    good = ARTICLE.format("他說此事尙未淸楚，共有1506輛。當日1506輛全部登記，今天天气很好，" * 3)
    bad = ARTICLE.format("他説此事尚未清楚，共有1605輛。當日1506輛全部登記，今天天气很好," * 3)
    c = comparison(bad, good)
    model = ReviewModel(c)
    pair = next(p for p in c.pairs if p.left is not None)
    first = c.hunks(pair)[0]
    model.decide(pair, first.id, REJECT)  # decided already: never touched
    taken = list(confident_decisions(model, IssueEvidence(c)))
    hunks = {h.id: h for h in c.hunks(pair)}
    assert taken and all(change_id != first.id for _, change_id, _ in taken)
    assert all(decision == ACCEPT for _, _, decision in taken)  # the right side is right: take it
    from core.diffing.hunks import is_number_change

    assert not any(is_number_change(hunks[change_id]) for _, change_id, _ in taken)
    assert any(hunks[change_id].kind is HunkClass.PUNCTUATION for _, change_id, _ in taken)


@pytest.mark.parametrize("base", ["left", "right"])
def test_the_batch_decides_by_the_base(base):
    c = comparison(ARTICLE.format("他説此事。"), ARTICLE.format("他說此事。"))
    model = ReviewModel(c, base)
    decisions = [d for _, _, d in confident_decisions(model, IssueEvidence(c))]
    assert decisions == [ACCEPT if base == "left" else REJECT]  # the right side's 說 either way


def test_the_json_carries_the_suggestion(tmp_path, capsys):
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text(ARTICLE.format("他説此事尚未清楚。"), encoding="utf-8")
    right.write_text(ARTICLE.format("他說此事尙未淸楚。"), encoding="utf-8")
    assert cli_main(["compare", str(left), str(right), "--json"]) == 0
    hunks = [h for p in json.loads(capsys.readouterr().out)["pairs"] for h in p["hunks"]]
    assert hunks and all(h["suggestion"]["side"] == "right" and h["suggestion"]["reason"] for h in hunks)


def test_a_character_of_the_other_script_is_the_slip():
    body = "這個問題誰來說明，我們應該認真對待，這樣纔能解決。"
    good = ARTICLE.format(body * 2 + "他們說誰都可以。")
    bad = ARTICLE.format(body * 2 + "他們說谁都可以。")
    as_given, mirrored = both_ways(good, bad)
    assert [(s, side) for s, side, _ in as_given] == [("script", "right")]
    assert [(s, side) for s, side, _ in mirrored] == [("script", "left")]


_SWAPS = [
    ("人", "入"),
    ("，", ","),
    ("說", "説"),
    ("為", "爲"),
    ("己", "已"),
    ("誰", "谁"),
    ("1506", "1605"),
    ("會", "〓"),
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, len(_SWAPS) - 1), st.integers(0, 400), st.booleans(), st.booleans()), max_size=12)
)
def test_a_suggestion_does_not_depend_on_which_file_is_left(edits):
    """The same two texts swapped give the mirrored suggestion, change for change."""
    base = ("今日入境人員共計一千五百零六人，說明會議為期三日。自己的工作已經完成，誰都知道。" * 6)[:400]
    words = list(base)
    other = list(base)
    for which, at, on_left, second in edits:
        written = _SWAPS[which][1 if second else 0]
        target = words if on_left else other
        target[at % len(target)] = written[0]
    left, right = ARTICLE.format("".join(words)), ARTICLE.format("".join(other))
    forward = {texts: (source, side) for source, side, texts in suggestions(left, right)}
    backward = {texts: (source, side) for source, side, texts in suggestions(right, left)}
    flip = {"left": "right", "right": "left"}
    for texts, (source, side) in forward.items():
        mirrored = "|".join(reversed(texts.split("|")))
        if mirrored in backward:  # the same change found both ways (alignment may differ elsewhere)
            assert backward[mirrored] == (source, flip[side])


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="，,。.12３4５ 中國国體体\n", max_size=300),
    st.integers(min_value=1, max_value=40),
)
def test_issue_counts_made_a_piece_at_a_time_are_the_counts_of_the_whole(text, size):
    from unittest.mock import patch

    import core.checks.issue_stats as stats

    with patch.object(stats, "PIECE", size):
        pieces = list(stats._pieces(text))
        assert "".join(pieces) == text and all(piece for piece in pieces)
        forms = stats.traditional_forms()
        assert stats._count(text, forms) == sum(ch in forms for ch in text)
        issue = stats.IssueStats(text, text)  # cut after line breaks: no number is cut in two
        counted, agreed = issue.numbers, issue.agreed_numbers
    assert sum(counted.values()) == 2 * len(NUMBER.findall(text))
    assert sum(agreed.values()) == len(NUMBER.findall(text))


# Issue 22: rules that held on the development pages and not elsewhere ---------------------------


def test_a_bullet_opening_a_brief_is_no_placeholder():
    good = ARTICLE.format("本市简讯。■据新华社报道　本市今日起调整公交线路。■另讯　明日有雨。")
    bad = ARTICLE.format("本市简讯。■另讯　明日有雨。")
    for found in both_ways(good, bad):
        assert not any(source == "placeholder" for source, _, _ in found), found


def test_a_placeholder_facing_a_character_is_a_question_not_a_sure_thing():
    c = comparison(ARTICLE.format("市政府昨日召〓會議。"), ARTICLE.format("市政府昨日召開會議。"))
    evidence = IssueEvidence(c)
    pair = next(p for p in c.pairs if p.left is not None and p.right is not None)
    (hunk,) = c.hunks(pair)
    suggestion = evidence.suggest(pair, hunk)
    assert suggestion.source == "placeholder" and suggestion.side == "right"
    assert not suggestion.confident  # the character may be a guess: the batch never takes it
    model = ReviewModel(c)
    assert list(confident_decisions(model, evidence)) == []


def test_the_edition_s_own_form_where_both_versions_agree_outweighs_the_table():
    agreed = "温度适中，气温回升，温和天气，温暖如春。"
    good = ARTICLE.format(agreed + "今日温度二十度。")
    bad = ARTICLE.format(agreed + "今日溫度二十度。")
    as_given, mirrored = both_ways(good, bad)
    assert [(s, side) for s, side, _ in as_given] == [("convention", "right")]
    assert [(s, side) for s, side, _ in mirrored] == [("convention", "left")]
    # Where the versions agree on the old form, the old form: the table and the issue say the same.
    old = "溫度適中，氣溫回升，溫和天氣，溫暖如春。"
    as_given, _ = both_ways(ARTICLE.format(old + "今日溫度。"), ARTICLE.format(old + "今日温度。"))
    assert [side for _, side, _ in as_given] == ["right"]
    # Where the issue says nothing, the table of print forms.
    as_given, _ = both_ways(ARTICLE.format("今日溫度。"), ARTICLE.format("今日温度。"))
    assert [(s, side) for s, side, _ in as_given] == [("print-form", "right")]


def test_no_suggestion_from_an_end_or_a_splice_where_the_structure_differs():
    first = "市政府昨日召開會議，討論本年預算，各局長均出席。會議由市長主持，首先報告上年度收支情形，"
    rest = "繼由各局長說明本年度計劃，最後決定增加教育經費十萬元，並於下月實行。"
    whole = f"會議決定增加經費\n\n{first}{rest}\n\n另一新聞\n\n本市明日有雨，氣溫下降。\n"
    jumped = (
        f"會議決定增加經費\n\n{first}\n（下轉第二版）\n\n另一新聞\n\n本市明日有雨，氣溫下降。\n\n"
        f"（上接第一版）會議決定增加經費\n\n{rest}\n"
    )
    for found in both_ways(whole, jumped):  # the story jumped to another page in one version
        assert not any(source in ("truncation", "splice") for source, _, _ in found), found


def test_the_punctuation_width_both_versions_agree_on_is_the_edition_s():
    habit = "今天天气很好,我们去公园;明天下雨,我们在家。" * 6  # half-width in both versions
    good = ARTICLE.format(habit + "他说,好的。")
    bad = ARTICLE.format(habit + "他说，好的。")
    as_given, mirrored = both_ways(good, bad)
    assert {(s, side) for s, side, _ in as_given} == {("width", "right")}
    assert {(s, side) for s, side, _ in mirrored} == {("width", "left")}
    # One version's layout export turning every mark half-width is no habit of the edition's.
    layout = ARTICLE.format(habit.replace(",", "，").replace(";", "；") + "他说，好的。")
    exported = ARTICLE.format(habit + "他说,好的。")
    assert {(s, side) for s, side, _ in suggestions(exported, layout)} == {("width", "right")}


def test_on_ocr_pages_a_number_read_into_letters_or_a_single_digit_suggests_nothing():
    common = "Lot 1 and lot 4 were sold; the fire of 1846 destroyed the old mill, and 4 men and 1 boy rebuilt it. "
    for bad, good in (("in 1M1U the town", "in 1846 the town"), ("it cost $4 then", "it cost $24 then")):
        found = suggestions(ARTICLE.format(common * 3 + bad), ARTICLE.format(common * 3 + good))
        assert not [s for s in found if s[0] == "number"], found


def test_a_repeated_phrase_suggests_dropping_it_only_where_the_other_version_has_nothing_there():
    ocr = ARTICLE.format("We went to the market and bought vtluhle the fresh fish there today.")
    truth = ARTICLE.format("We went to the market and bought the the fresh fish there today.")
    found = suggestions(ocr, truth)
    assert not [s for s in found if s[0] == "repeat"], found  # a misreading, not a word said twice


def test_a_full_width_sign_is_no_punctuation_to_widen_either_way():
    for left, right in (("甲组＜乙组，丙组。", "甲组 <乙组，丙组。"), ("甲组 <乙组，丙组。", "甲组＜乙组，丙组。")):
        assert not [s for s in suggestions(ARTICLE.format(left), ARTICLE.format(right)) if s[0] == "width"]


def test_a_word_both_versions_write_elsewhere_is_the_issue_s_spelling_of_an_ocr_misreading():
    common = "The council met on Monday. The council agreed that the harbour works go on. "
    as_given, mirrored = both_ways(
        ARTICLE.format(common * 2 + "The council adjourned."), ARTICLE.format(common * 2 + "The conncil adjourned.")
    )
    assert [(s, side) for s, side, _ in as_given] == [("spelling", "right")]
    assert [(s, side) for s, side, _ in mirrored] == [("spelling", "left")]
    # A word neither version writes elsewhere (a name, say) is no spelling to go by.
    assert suggestions(ARTICLE.format(common + "Mr. Dale spoke."), ARTICLE.format(common + "Mr. Dalo spoke.")) == []


def test_the_form_of_a_number_is_the_one_both_versions_write_elsewhere():
    grouped = "去年产粮12,500吨，今年13,800吨，明年预计15,200吨，人口2,400,000人。"
    as_given, mirrored = both_ways(
        ARTICLE.format(grouped + "共有45,000人。"), ARTICLE.format(grouped + "共有45000人。")
    )
    assert [(s, side) for s, side, _ in as_given] == [("number-form", "right")]
    assert [(s, side) for s, side, _ in mirrored] == [("number-form", "left")]
    solid = grouped.replace(",", "")  # an edition that sets long numbers solid
    as_given, _ = both_ways(ARTICLE.format(solid + "共有45000人。"), ARTICLE.format(solid + "共有45,000人。"))
    assert [(s, side) for s, side, _ in as_given] == [("number-form", "right")]
    wide = "１２人，３４人，５６人，７８人。"  # full-width digits throughout
    as_given, mirrored = both_ways(ARTICLE.format(wide + "共有９０人。"), ARTICLE.format(wide + "共有90人。"))
    assert [(s, side) for s, side, _ in as_given] == [("number-form", "right")]
    assert [(s, side) for s, side, _ in mirrored] == [("number-form", "left")]


def test_a_number_form_is_not_said_where_the_issue_writes_both_or_the_digits_differ():
    mixed = "去年产粮12,500吨，今年13800吨，明年预计15,200吨，人口2400000人。"
    assert not suggestions(ARTICLE.format(mixed + "共有45,000人。"), ARTICLE.format(mixed + "共有45000人。"))
    assert not suggestions(ARTICLE.format("共有９０人。"), ARTICLE.format("共有90人。"))  # no other number
    grouped = "去年产粮12,500吨，今年13,800吨，明年预计15,200吨，人口2,400,000人。"
    found = suggestions(ARTICLE.format(grouped + "共有3.5吨。"), ARTICLE.format(grouped + "共有35吨。"))
    assert not [s for s in found if s[0] == "number-form"]  # 3.5 and 35 are two numbers, not two forms
