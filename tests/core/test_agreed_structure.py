"""Article boundaries found from both versions together (core.text.agreed_structure), and page furniture."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.comparison import Version, agreed_versions, compare_versions
from core.model import Side
from core.output.render import clean_copy
from core.review.decisions import ACCEPT, REJECT, ReviewModel
from core.text.furniture import Furniture, furniture, may_hold_furniture
from core.text.segment import split_issue
from core.text.textio import DecodedText

REPORTS = [
    (
        "老城区供暖管网改造全面完工",
        "本报讯　记者昨日从市住建局获悉，老城区供暖管网改造工程已于本月初全面完工，惠及居民一万余户。",
    ),
    ("社区食堂开进居民家门口", "本报聊城12月1日电　一份荤菜、两份素菜、一碗米饭，只要十二元，前来就餐的老人络绎不绝。"),
    (
        "冬季农业生产技术培训班开班",
        "为帮助农户做好冬季设施蔬菜管理，区农业技术推广中心近日举办冬季农业生产技术培训班。",
    ),
    ("河道清淤工程加快推进", "眼下正值枯水期，全区河道清淤工程抓住有利时机加快推进，各施工点位机械轰鸣、车辆穿梭。"),
]


def version(text: str) -> Version:
    return Version(DecodedText("x.txt", text, "utf-8", b"", "\n"), split_issue(text))


def set_apart() -> str:
    return "".join(f"{title}\n\n{body}\n\n" for title, body in REPORTS)


def test_a_page_without_blank_lines_is_cut_where_the_other_version_starts_its_reports():
    # No blank line anywhere, and two of the reports open with no dateline under a headline no
    # longer than a subhead: on its own the page reads as fewer articles; the other version sets
    # every report apart.
    reports = [*REPORTS[:2], ("冬季农技培训", REPORTS[2][1]), ("河道清淤提速", REPORTS[3][1])]
    run_on = "".join(f"{title}\n{body}\n" for title, body in reports)
    apart = "".join(f"{title}\n\n{body}\n\n" for title, body in reports)
    assert len(version(run_on).articles) < len(reports)
    left, _ = agreed_versions(version(run_on), version(apart))
    assert [a.title for a in left.articles] == [title for title, _ in reports]
    comparison = compare_versions(version(run_on), version(apart), workers=0)
    assert sorted((p.left, p.right) for p in comparison.pairs) == [(k, k) for k in range(len(reports))]
    # Rows whose boundaries came from the other version say so.
    assert any(comparison.structure_from_other(p) == (Side.LEFT,) for p in comparison.pairs)


def test_lines_of_a_printed_column_join_where_the_other_version_runs_them_on():
    columns = "".join("\n\n".join(body[k : k + 12] for k in range(0, len(body), 12)) + "\n\n" for _, body in REPORTS)
    assert len(version(columns).articles) > len(REPORTS)
    left, _ = agreed_versions(version(columns), version(set_apart()))
    assert len(left.articles) == len(REPORTS)


def test_a_page_of_printed_columns_is_cut_only_where_a_report_starts():
    # One line per printed column (twelve characters, a blank line after each), headlines
    # read as junk or typed whole: a line that fills the column and stops mid-sentence is
    # cut by the column, so what follows it goes on from it, even with no other version.
    # A kicker, a caption and a credit, each cut by the column too, stay in their report.
    def column(text: str) -> str:
        return "".join(text[k : k + 12] + "\n\n" for k in range(0, len(text), 12))

    for headline in (lambda title: title, lambda title: "丨" + title[:4] + "丨"):
        page = ""
        for title, body in REPORTS:
            body += body.split("　", 1)[-1]  # (the dateline once)
            page += headline(title) + "\n\n" + column("——记我区一线工作者的一天") + column(body)
            page += column("▲工作现场。（记者 张三 摄）") + column("（本报记者 王五 通讯员 赵六）")
        articles = version(page).articles
        assert [a.title for a in articles] == [headline(title) for title, _ in REPORTS]
        assert "".join(page[a.start : a.end] for a in articles) == page


def test_a_column_line_starting_mid_way_through_the_other_version_s_headline_starts_nothing():
    # The OCR read the headline column as junk (a kicker under it), and the column breaks the report's first sentence
    # after 区民政局组织, so a line opens with the headline's seventh letter on: the other version's
    # headline does not start there.
    title = "区民政局组织全体党员收看灯塔大课堂第三十六课"
    rest = "党员认真学习课堂内容，纷纷表示，要坚定不移坚持党的全面领导，把党的领导落实到民政各项工作当中。"
    reports = [(headline, body + body.split("　", 1)[-1]) for headline, body in REPORTS]
    columns = "".join(headline + "\n\n" + cut_in_sixteens(body) for headline, body in reports)
    columns += "丨区民政局组织全体丨\n\n——记一堂党课\n\n东昌府讯 11月17日，区民政局组织\n\n全体党员收看灯塔大课堂第三十六课\n\n。\n\n"
    columns += cut_in_sixteens(rest)
    reports.append((title, "东昌府讯 11月17日，区民政局组织" + title[6:] + "。" + rest))
    page = "".join(f"{headline}\n\n{body}\n\n" for headline, body in reports)
    left, _ = agreed_versions(version(columns), version(page))
    assert [a.title for a in left.articles] == [headline for headline, _ in reports[:-1]] + ["丨区民政局组织全体丨"]


def test_a_column_line_holding_the_other_version_s_headline_mid_paragraph_starts_nothing():
    # A paragraph opens with the headline's words, and the column breaks it just after them.
    title = "做好防疫情与稳经济“双统筹”"
    body = "东昌府讯　疫情尚未远去，发展不能停步，决定着我们能否实现今年经济发展目标，各地要一体推进。"
    closing = "，既是统筹发展和安全两件大事的重大实践，也考验着我们的协调能力。"
    reports = [(headline, b + b.split("　", 1)[-1]) for headline, b in REPORTS]
    columns = "".join("丨" + headline[:4] + "丨\n\n" + cut_in_sixteens(b) for headline, b in reports)
    columns += (
        "丨做好防疫丨\n\n" + cut_in_sixteens(body) + "做好防疫情与稳经济“双统筹\n\n" + cut_in_sixteens("”" + closing)
    )
    page = "".join(f"{headline}\n\n{b}\n\n" for headline, b in [*reports, (title, body + title + closing)])
    left, _ = agreed_versions(version(columns), version(page))
    assert len(left.articles) == len(reports) + 1


def test_an_untitled_report_after_a_one_line_brief_is_cut_where_the_other_version_starts_it():
    # No blank lines, and an OCR slip in the report's dateline (讯 read as 夭): nothing here says the
    # report starts, but the other version sets it apart, and its words from the seventh letter on agree.
    brief = "■据区交通运输局介绍　城区三条公交线路自下周一起恢复原线路运行。"
    report = "东昌府讯 “现场核酸采集效率很高、速度很快，我们货车司机下高速后很快完成核酸检测。”11月19日，刘磊说道。"
    lead = "本地新闻\n东昌府讯 为进一步强化青年理论武装水平，深入开展青年理论学习提升工程，创新形式开展学习。\n"
    run_on = lead + brief + "\n" + report.replace("东昌府讯", "东昌府夭") + "\n"
    assert len(version(run_on).articles) == 2
    left, _ = agreed_versions(version(run_on), version(f"{brief}\n\n{lead}\n{report}\n"))
    assert [a.title[:6] for a in left.articles] == ["本地新闻", "■据区交通运", "东昌府夭“现"]


def test_a_credit_both_versions_type_twice_never_runs_one_story_into_the_next():
    # The jumped piece ends with a caption credit the other version also types under another story's
    # caption, right before words that open this version's next headline: that is no run-on.
    jumped = (
        "区民政局组织全体党员收看灯塔大课堂\n\n东昌府讯 11月17日，区民政局组织全体党员收看灯塔大课堂第三十六课。\n"
        "▲区民政局组织全体党员现场。（记者 张三 摄）\n（下转第4版）\n\n"
        "区退役军人事务局开展志愿服务行动\n\n东昌府讯 “这位同志很尽职尽责啊。”近日，志愿者帮助老人录入信息。\n"
        "▲区退役军人事务局开展现场。（记者 张三 摄）\n疫情当前，区退役军人事务局的志愿者积极响应防疫号召。\n"
    )
    run_on = (
        "本地新闻\n区退役军人事务局开展志愿服务行动\n东昌府讯 “这位同志很尽职尽责啊。”近日，志愿者帮助老人录入信息。\n"
        "▲区退役军人事务局开展现场。（记者 张三 摄）\n疫情当前，区退役军人事务局的志愿者积极响应防疫号召。\n"
        "区民政局组织全体党员收看灯塔大课堂\n东昌府讯 11月17日，区民政局组织全体党员收看灯塔大课堂第三十六课。\n"
        "▲区民政局组织全体党员现场。（记者 张三 摄）\n本期灯塔大课堂选取专题讲座作为主课程，帮助大家加深学习理解。\n"
    )
    left, _ = agreed_versions(version(jumped), version(run_on))
    assert [a.title for a in left.articles] == [
        "区民政局组织全体党员收看灯塔大课堂",
        "区退役军人事务局开展志愿服务行动",
    ]


KICKER = "——记我区农业技术推广一线工作者"
CREDITED = "区财政局扎实开展青年理论学习\n（记者 张三）\n东昌府讯 为进一步强化青年理论武装水平，区财政局创新形式开展青年理论学习。\n"
UNCREDITED = (  # a feature: neither dateline nor credit, its headline and kicker alone open it
    "冬季农业生产技术培训班开班",
    "为帮助农户做好冬季设施蔬菜管理，区农业技术推广中心近日举办冬季农业生产技术培训班。\n"
    "培训围绕大棚保温、病虫害绿色防控、水肥一体化等内容展开，技术人员还深入田间现场答疑。\n",
)


def test_a_headline_above_the_kicker_the_other_version_sets_as_its_title_opens_the_story():
    # One paragraph to a line, no blank lines: the feature runs on after the report above. The
    # other version drops the headline and keeps the kicker above the text: the cut is at the headline.
    headline, body = UNCREDITED
    lines = f"{CREDITED}{headline}\n{KICKER}\n{body}"
    kicker_titled = f"{KICKER}\n{body}\n{CREDITED}"
    left, _ = agreed_versions(version(lines), version(kicker_titled))
    assert [a.title for a in left.articles] == ["区财政局扎实开展青年理论学习", headline + KICKER]


def test_a_credit_only_this_version_types_at_a_story_s_end_runs_nothing_into_the_next():
    # Here the credit closes the report and the feature is set apart; the other version types the
    # credit under the headline, so the report's last words run straight into the feature's headline
    # there. The credit's letters, absent there, must not put the junction inside the headline.
    headline, body = UNCREDITED
    lead = "东昌府讯 为进一步强化理论武装水平，切实保障群众生命健康安全。"
    page = f"区财政局三聚焦三推动\n\n{lead}\n（记者 张三）\n\n{headline}\n\n{body}"
    lines = f"区财政局三聚焦三推动\n（记者 张三）\n{lead}\n{headline}\n{body}"
    left, right = agreed_versions(version(page), version(lines))
    assert [a.title for a in left.articles] == ["区财政局三聚焦三推动", headline]
    assert [a.title for a in right.articles] == ["区财政局三聚焦三推动", headline]


def test_a_headline_only_this_version_types_over_the_other_s_untitled_story_opens_it_here():
    # One paragraph to a line: the feature runs on after the report above. The other version runs the
    # feature untitled, under a section head: the cut here is at the feature's headline.
    headline, body = UNCREDITED
    lines = f"{CREDITED}{headline}\n{body}"
    untitled = f"本地新闻\n{CREDITED}本地新闻\n{body}"
    left, _ = agreed_versions(version(lines), version(untitled))
    assert [a.title for a in left.articles] == ["区财政局扎实开展青年理论学习", headline]


def test_an_ocr_slip_in_the_next_article_s_first_letters_joins_nothing():
    # The OCR read "No. 674" as "«M674": where the next article starts there is a guess from its
    # later letters, and it must not fall back into the masthead's last line ("1870."), which
    # would read as one line running on.
    masthead = (
        "NEUE ZEITUNG\n\nSubscriptions are taken at every post office in the country and abroad.\n\n"
        "Zurich,\n\nFriday 30 December 1870.\n\n"
    )
    body = (
        "Of the dimensions of the unhappy national war between France and Germany the great sacrifices bear witness.\n"
    )
    clean = masthead + "No. 674\n\nDaily Report\n\nof the 29th December.\n\n" + body
    ocr = masthead.replace("\n\n", "\n") + "«M674\nDaily Report\nof the 29th December.\n" + body
    left, _ = agreed_versions(version(clean), version(ocr))
    assert [a.title for a in left.articles] == ["NEUE ZEITUNG", "No. 674"]


def test_a_column_s_blank_lines_are_no_boundary_for_the_other_version_s_body():
    # Headline, a kicker the column cut in two, then the report: the other version opens its body with
    # the report's words, and the blank line above them here is the column's, not a boundary.
    kicker = "——记我区疫情防控一线的工作者们"
    reports = [(headline, body + body.split("　", 1)[-1]) for headline, body in REPORTS]
    columns = "".join(f"{h}\n\n" + cut_in_sixteens(kicker + "们") + cut_in_sixteens(b) for h, b in reports)
    page = "".join(f"{h}\n{kicker}们\n\n{b}\n\n" for h, b in reports)
    left, _ = agreed_versions(version(columns), version(page))
    assert [a.title for a in left.articles] == [h for h, _ in reports]


def test_a_headline_in_capitals_as_wide_as_its_column_is_not_run_into_the_report():
    reports = [
        (
            "SCHOOL BOARD ELECTION",
            "The nomination of candidates for the school board closed on Saturday, when eleven names "
            "were handed in for the seven seats, the largest number ever put forward in the borough.",
        ),
        (
            "A CONCERT FOR THE POOR",
            "The concert given on Thursday evening in aid of the cottage hospital drew a crowded "
            "audience, and the committee will be able to hand over a handsome sum to the governors.",
        ),
        (
            "NEW BRIDGE AT MILL FORD",
            "The new iron bridge at Mill Ford was opened to traffic yesterday afternoon in the "
            "presence of a large gathering of the inhabitants, who had waited many years for it.",
        ),
    ]
    # Cut every 21 characters, as wide as the first headline: no blank line, dateline or bullet tells them apart.
    columns = "".join(h + "\n\n" + "".join(b[k : k + 21] + "\n\n" for k in range(0, len(b), 21)) for h, b in reports)
    assert [a.title for a in version(columns).articles] == [h for h, _ in reports]


def cut_in_sixteens(text: str) -> str:
    return "".join(text[k : k + 16] + "\n\n" for k in range(0, len(text), 16))


def test_items_either_version_sets_apart_are_never_merged():
    # The other version types two notes as one block; this one sets them apart: they stay apart,
    # and the block is paired with both by parts rather than cut or merged wrongly.
    notes = ["◘菜市场早市自下月起延长一小时。", "◘区图书馆周末照常开放，欢迎读者前来借阅。"]
    apart = "\n\n".join(notes) + "\n"
    together = "\n".join(notes) + "\n"
    left, _ = agreed_versions(version(apart), version(together))
    assert len(left.articles) == 2
    # A headline the other version types mid-line after a finished sentence is no reason to join either.
    titled = "河道清淤工程加快推进\n\n眼下正值枯水期，工程加快推进。\n\n图书馆推出夜间阅读服务\n\n市图书馆自本周起试行夜间开放。\n"
    other = (
        "河道清淤工程加快推进\n眼下正值枯水期，工程加快推进。\n图书馆推出夜间阅读服务\n市图书馆自本周起试行夜间开放。\n"
    )
    left, _ = agreed_versions(version(titled), version(other))
    assert [a.title for a in left.articles] == ["河道清淤工程加快推进", "图书馆推出夜间阅读服务"]


def test_the_proofreaders_own_corrections_keep_the_last_word():
    run_on = "".join(f"{title}\n{body}\n" for title, body in REPORTS)
    from core.text.structure import StructureEdits

    first_cut = run_on.index(REPORTS[2][0])
    edits = StructureEdits().then("join", first_cut)
    mine = Version(DecodedText("x.txt", run_on, "utf-8", b"", "\n"), split_issue(run_on, None, edits), edits)
    left, _ = agreed_versions(mine, version(set_apart()))
    assert all(a.start != first_cut for a in left.articles)
    assert left.edits == edits  # the session keeps the proofreader's, not the machine's


def test_furniture_lines_are_known_by_their_form():
    assert furniture("=" * 30) is Furniture.RULE
    assert furniture("文章編號：20221118040012") is Furniture.METADATA
    assert furniture("经济日报 | 2022-11-18 | 第4版 | 综合 | 字數：1234") is Furniture.METADATA
    assert furniture("第04版：国际·综合") is Furniture.PAGE
    assert furniture("（上接第1版）") is Furniture.JUMP_IN and furniture("(Continued on Page 3)") is Furniture.JUMP_OUT
    assert furniture("![](images/1.jpg)") is Furniture.IMAGE
    for prose in [
        "第一版的故事讲到这里结束了，后来他再没有回来。",
        "上接下来的话题，我们谈谈天气。",
        "Page after page of it.",
    ]:
        assert furniture(prose) is None


def test_database_records_split_at_their_rules_with_the_header_in_the_frame():
    record = "{rule}\n文章編號：{n}\n东昌府报 | 2022-11-18 | 第4版 | 综合 | 字數：30\n\n{title}\n\n{body}\n\n"
    text = "".join(record.format(rule="=" * 30, n=k, title=title, body=body) for k, (title, body) in enumerate(REPORTS))
    document = split_issue(text)
    assert [a.title for a in document.articles] == [title for title, _ in REPORTS]
    for k, article in enumerate(document.articles):
        assert document.text[article.start : article.content_start].startswith("=" * 30 + f"\n文章編號：{k}")
    # Against a page export: every header stays above its own story, whatever is taken.
    comparison = compare_versions(version(text), version(set_apart()), workers=0)
    model = ReviewModel(comparison, Side.LEFT)
    model.decide_many(model.changes(), ACCEPT)
    clean = clean_copy(model)
    for k, (title, _) in enumerate(REPORTS):
        assert clean.split(f"文章編號：{k}\n", 1)[1].split("=" * 30, 1)[0].count(title) == 1
    model.decide_many(model.changes(), REJECT)
    assert clean_copy(model) == text


def test_a_caption_keeps_the_label_the_base_gives_it():
    # A database record labels its caption 圖片說明：, the page export marks it ▲: taking the page's
    # words keeps the record's label, and a slip in the caption's words is still a change.
    title, body = REPORTS[0]
    record = f"{title}\n\n{body}\n\n圖片說明：施工现场。（记者 钱七 摄）\n\n"
    page = f"{title}\n\n{body}\n▲施工现扬。（记者 钱七 摄）\n\n"
    model = ReviewModel(compare_versions(version(record), version(page), workers=0), Side.LEFT)
    model.decide_many(model.changes(), ACCEPT)
    assert "圖片說明：施工现扬。（记者 钱七 摄）" in clean_copy(model).splitlines()


def test_an_image_line_is_no_article_and_stays_where_the_base_has_it():
    markdown = (
        "![](images/top.jpg)\n\n## 社区食堂开进居民家门口\n\n![](images/1.jpg)\n\n一份荤菜、两份素菜，只要十二元。\n"
    )
    plain = "社区食堂开进居民家门口\n\n一份荤菜、两份素菜，只要十三元。\n"
    assert [a.title for a in split_issue(markdown).articles] == ["社区食堂开进居民家门口"]
    comparison = compare_versions(version(markdown), version(plain), workers=0)
    assert all(not h.left.strip().startswith("![") for p in comparison.pairs for h in comparison.hunks(p))
    model = ReviewModel(comparison, Side.LEFT)
    model.decide_many(model.changes(), ACCEPT)
    assert clean_copy(model) == markdown.replace("十二元", "十三元")


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(["=" * 8, "文章編號：1", "a | b | c", "第04版：国际", "- 12 -", "Page 3", "（上接第1版）"]),
        st.tuples(
            st.sampled_from(["（下转第", "(Continued on Page ", "Fortsetzung auf Seite "]), st.integers(1, 99)
        ).map(lambda parts: f"{parts[0]}{parts[1]}" + ("版）" if parts[0].startswith("（") else ")")),
    )
)
def test_the_quick_look_for_furniture_never_misses_a_furniture_line(line):
    # The diff and the pairing skip texts this says hold none: it must never be wrong that way.
    if furniture(line) is not None:
        assert may_hold_furniture(f"正文。\n{line}\n正文。")
