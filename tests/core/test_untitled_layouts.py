"""A page that runs its reports without headlines, against one that titles them: the headlines stay."""

from __future__ import annotations

from core.output.render import clean_copy
from core.review.decisions import ACCEPT, ReviewModel
from tests.core.test_suggest import comparison

TITLED = (
    "区农业农村局退休党员开展主题党日活动\n\n东昌府讯 11月16日，区农业农村局离退休干部党总支组织退休党员参加创城活动。"
    "老党员不怕脏、不怕累，清理废弃矿泉水瓶和塑料袋。\n\n"
    "区财政局扎实开展青年理论学习\n\n东昌府讯 为进一步强化青年理论武装水平，区财政局创新形式开展青年理论学习。"
    "局党组充分发挥头雁效应，率先垂范。\n"
)
UNTITLED = (  # the same reports run on, each opening with its dateline; one slip in each
    "东昌府讯 11月16日，区农业农村局离退休干部党总支组织退休党员参加创城活动。"
    "老党员不怕脏、不怕累，清理废弃矿泉水瓶和塑科袋。\n"
    "东昌府讯 为进一步强化青年理论武装水平，区财政局创新形式开展青年理论学习。"
    "局党组充分发挥头雁效应，率先垂笵。\n"
)


def test_taking_an_untitled_layout_s_text_keeps_the_base_s_headlines_on_their_lines():
    model = ReviewModel(comparison(TITLED, UNTITLED))
    model.decide_many(model.changes(), ACCEPT)
    clean = clean_copy(model)
    lines = clean.splitlines()
    assert "区农业农村局退休党员开展主题党日活动" in lines and "区财政局扎实开展青年理论学习" in lines
    assert "塑科袋" in clean and "率先垂笵" in clean  # the other version's text was taken


def test_a_headline_the_untitled_version_opens_with_is_still_compared():
    run_in = UNTITLED.replace("东昌府讯 11月16日", "区农业农村局退休党员开展主题党日活动 东昌府讯 11月16日")
    model = ReviewModel(comparison(TITLED, run_in))
    texts = [(h.left, h.right) for p in model.comparison.pairs for h in model.comparison.hunks(p)]
    assert any("\n" in left or "\n" in right for left, right in texts)  # the line break is a change to decide


def test_a_section_head_the_other_layout_sets_as_a_title_neither_replaces_the_headline_nor_goes_in():
    sectioned = UNTITLED.replace("东昌府讯 为进一步", "本地新闻\n东昌府讯 为进一步")
    model = ReviewModel(comparison(TITLED, sectioned))
    model.decide_many(model.changes(), ACCEPT)
    clean = clean_copy(model)
    assert "区财政局扎实开展青年理论学习" in clean.splitlines() and "本地新闻" not in clean


def test_an_edited_headline_is_still_a_change_to_decide():
    edited = TITLED.replace("扎实开展青年理论学习", "扎实推进青年理论学习")
    model = ReviewModel(comparison(TITLED, edited))
    texts = [(h.left, h.right) for p in model.comparison.pairs for h in model.comparison.hunks(p)]
    assert ("开展", "推进") in texts


def test_a_headline_column_read_in_part_takes_the_whole_headline_on_its_line():
    # The base's OCR read a part of each headline column, between junk strokes.
    junk = TITLED.replace("区农业农村局退休党员开展主题党日活动", "丨区农业农村丨").replace(
        "区财政局扎实开展青年理论学习", "丨区财政丨"
    )
    model = ReviewModel(comparison(junk, TITLED))
    model.decide_many(model.changes(), ACCEPT)
    lines = clean_copy(model).splitlines()
    assert "区农业农村局退休党员开展主题党日活动" in lines and "区财政局扎实开展青年理论学习" in lines


def test_a_section_head_over_the_other_version_s_headline_is_neither_title_nor_text():
    # The checked page sets 本地新闻 over each report (no blank lines); the base's OCR read the
    # headline columns in part: taking the checked text gives the headlines, without the section head.
    sectioned = "".join(
        f"本地新闻\n{title}\n{body}\n"
        for title, body in (
            ("区农业农村局退休党员开展主题党日活动", TITLED.split("\n\n")[1]),
            ("区财政局扎实开展青年理论学习", TITLED.split("\n\n")[3].rstrip("\n")),
        )
    )
    junk = TITLED.replace("区农业农村局退休党员开展主题党日活动", "丨区农业丨").replace(
        "区财政局扎实开展青年理论学习", "丨区财政丨"
    )
    model = ReviewModel(comparison(junk, sectioned))
    model.decide_many(model.changes(), ACCEPT)
    clean = clean_copy(model)
    lines = clean.splitlines()
    assert "区农业农村局退休党员开展主题党日活动" in lines and "区财政局扎实开展青年理论学习" in lines
    assert "本地新闻" not in clean


def test_a_jumped_story_s_headline_stays_when_the_other_version_runs_the_story_untitled():
    # The base jumps the first report to page 4; the other version runs it whole, untitled, so the
    # first piece faces the first part of an article with no headline to compare.
    lead = "东昌府讯 11月16日，区农业农村局离退休干部党总支组织退休党员到新区街道凤苑社区参加创城活动。"
    rest = (
        "活动现场，老党员不怕脏、不怕累，拿着扫帚、烟头夹子、垃圾袋，清理废弃矿泉水瓶、塑料袋、果皮和杂草，"
        "主动向群众宣传创城意义、普及文明卫生知识，倡导市民养成良好的卫生清洁习惯。"
    )
    other = (
        "东昌府讯 为进一步强化青年理论武装水平，区财政局创新形式开展青年理论学习。局党组充分发挥头雁效应，率先垂范。"
    )
    jumped = (
        f"区农业农村局退休党员开展主题党日活动\n\n{lead}\n（下转第4版）\n\n区财政局扎实开展青年理论学习\n\n{other}\n\n"
        f"第04版\n\n（上接第1版）\n{rest}\n"
    )
    model = ReviewModel(comparison(jumped, f"{lead}{rest}\n{other}\n"))
    assert any(p.right_part is not None for p in model.comparison.pairs)  # the pieces face parts
    model.decide_many(model.changes(), ACCEPT)
    lines = clean_copy(model).splitlines()
    assert "区农业农村局退休党员开展主题党日活动" in lines and "区财政局扎实开展青年理论学习" in lines


KICKED = TITLED.replace(
    "区财政局扎实开展青年理论学习\n\n", "区财政局扎实开展青年理论学习\n——记我区青年理论学习工作者\n\n"
)


def test_a_kicker_the_other_layout_sets_as_the_title_keeps_the_headline_above_it():
    # A page without headlines keeps the kicker (the dashed subtitle, which repeats the
    # headline's words) as the line above the report: its title there.
    kicker_titled = UNTITLED.replace("东昌府讯 为进一步", "——记我区青年理论学习工作者\n东昌府讯 为进一步")
    for base in (KICKED, KICKED.replace("区财政局扎实开展青年理论学习\n", "## 区财政局扎实开展青年理论学习\n\n")):
        model = ReviewModel(comparison(base, kicker_titled.replace("学习工作者", "学习工作看")))
        model.decide_many(model.changes(), ACCEPT)
        lines = clean_copy(model).splitlines()
        assert any(line.endswith("区财政局扎实开展青年理论学习") for line in lines), lines
        assert "——记我区青年理论学习工作看" in lines  # the kicker itself compared, the other's text taken


def test_a_headline_broken_over_other_lines_is_compared_whole():
    # The same three-line headline set on two lines by the other version: one change (the line
    # break), never a headline line dropped as if it were the other version's kicker.
    left = "中國財部\n將於九月間召開金融重要會議\n滬金融界已奉到通知\n據金融界傳出可靠消息、我國財政當局、為謀發展西南各省經濟。\n"
    right = "中國財部\n將於九月間召開金融重要會議滬金融界已奉到通知\n據金融界傳出可靠消息、我國財政當局、爲謀發展西南各省經濟。\n"
    model = ReviewModel(comparison(left, right))
    model.decide_many(model.changes(), ACCEPT)
    assert clean_copy(model).splitlines()[0] == "中國財部"
