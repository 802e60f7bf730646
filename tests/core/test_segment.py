import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from core.text.segment import clean_title, detect_format, is_byline, split_issue

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
    text = (
        "The country precincts of Alexander\ncounty are opposed.\n\nSAYS the Memphis Avalanche.\nFor the first time.\n"
    )
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


_alphabet = st.sampled_from([*"标题正文。，,()（）#\n\r \u3000融媒体讯abc.X", "## ", "\r\n", "(区民政局)"])


@given(st.lists(_alphabet, max_size=200).map("".join), st.sampled_from([None, "plain", "markdown"]))
def test_splitting_is_lossless_for_any_text(text, fmt):
    assert_tiles(split_issue(text, fmt))


@given(st.text(max_size=300))
def test_splitting_is_lossless_for_arbitrary_unicode(text):
    assert_tiles(split_issue(text))


def titles(text: str) -> list[str]:
    """The articles' titles; an untitled article's name (its first words) is marked with "?"."""
    doc = split_issue(text)
    assert_tiles(doc)
    return [a.title if a.title_end > a.content_start else "?" + a.title for a in doc.articles]


def test_one_block_per_item_with_title_and_byline_lines():
    text = (
        "荷蘭跳舞\n（丹翁）\n荷蘭人跳舞、與中國人不同、一步一停。\n又有一說、此舞起於海上。\n\n"
        "◘某君昨在大世界觀劇、失去皮夾一隻、內有鈔票二十元。\n\n"
        "宜昌特稅之特狀\n（寶鳳）\n清理兩湖特稅處、有分處三、其在老河口者最要。\n"
    )
    assert titles(text) == ["荷蘭跳舞", "?◘某君昨在大世界觀劇、失去皮夾一隻、內有鈔票二十…", "宜昌特稅之特狀"]


def test_title_and_byline_on_one_line_and_a_headline_over_several_lines():
    text = (
        "重慶的防空網　（允麗）\n我們的政府，在組織上已是鋼鐵的堅固，現在是抗戰第一。\n\n"
        "中國財部\n將於九月間召開金融重要會議\n滬金融界已奉到通知\n"
        "據金融界傳出可靠消息、我國財政當局、將於本年九月間開會。\n\n"
        "亦\n有\n相\n同\n（澇湖村庸）\n人爲萬物之靈，不獨起居生活，有異於禽獸。\n"
    )
    assert titles(text) == ["重慶的防空網（允麗）", "中國財部將於九月間召開金融重要會議滬金融界已奉到通知", "亦有相同"]


def test_modern_bylines_anywhere():
    text = (
        "全市秋粮收购进度过半\n本报记者 张三\n"
        "记者从市粮食局获悉，全市秋粮收购已过半，农民售粮顺畅。\n\n"
        "新区开通三条公交线路\n记者 李四 通讯员 王五\n昨日起，新区三条公交线路正式开通，方便市民出行。\n\n"
        "冬季供暖准备就绪\n"
        "新华社北京11月16日电 北方各地供暖准备工作已基本就绪，各地陆续开始试供暖。\n（融媒体 裴崇旭）\n"
    )
    assert titles(text) == ["全市秋粮收购进度过半", "新区开通三条公交线路", "冬季供暖准备就绪"]


def test_a_short_name_closing_an_article_is_no_title():
    text = (
        "新聞一束\n（天笑）\n某報記者、昨赴杭州採訪西湖博覽會、歸來言其盛況。\n天笑\n\n"
        "下一篇\n（丹翁）\n正文、又一段。\n"
    )
    assert titles(text) == ["新聞一束", "下一篇"]


def test_notices_and_captions_stand_on_their_own():
    text = (
        "▼代郵\n沙鷗先生：書未收到。\n\n"
        "西湖博覽會會場之一角圖（浩如攝）\n\n"
        "□勘誤　昨報沈淇泉聯仿詩鐘體則，磬誤磐　麋誤糜。\n\n"
        "怕女政客\n（丹翁）\n日本婦人參政權同盟、招待貴族院議員。\n"
    )
    doc = split_issue(text)
    assert len(doc.articles) == 4
    assert doc.articles[3].title == "怕女政客"


def test_a_headline_with_its_byline_typed_straight_after_the_previous_article_starts_one():
    text = (
        "怕女政客\n（丹翁）\n日本婦人參政權同盟、招待貴族院議員、席間頗多趣語。\n"
        "宜昌特稅之特狀\n（寶鳳）\n清理兩湖特稅處、有分處三。\n"
    )
    assert titles(text) == ["怕女政客", "宜昌特稅之特狀"]


def test_notes_set_off_after_an_article_are_items_but_a_column_of_notes_keeps_them():
    text = (
        "## 平等\n（丹翁）\n\n中國向來編詩集子的、和尚道士雖做得極好的詩、都放在後頭。\n\n◀梅蘭芳化妝小影▶\n\n"
        "## 我之花事談\n\n▲據友言、福裕里美雲、已從良矣。\n\n▲小花園有一個林仙、神氣十足。\n"
    )
    assert titles(text) == ["平等", "?◀梅蘭芳化妝小影▶", "我之花事談"]


def test_a_hard_wrapped_column_is_not_read_as_headlines():
    text = (
        "财政助农：福建茶农迎来又一春\n\n本报记者 蔡茂楷\n\n福建具有“茶之乡”、“茶之祖”等诸多美誉\n"
        "2008年以来，为推进茶产业发展，中央财政\n安排专项资金支持福建现代茶业建设。\n\n"
        "改善生态，构建现代茶产业发展基础\n\n一条条宽敞的机耕路四通八达，装运有机肥\n的车辆穿梭其间。\n"
    )
    assert titles(text) == ["财政助农：福建茶农迎来又一春", "改善生态，构建现代茶产业发展基础"]


def test_a_headline_after_a_closing_credit_starts_an_article_on_a_page_without_blank_lines():
    # The credit closes the report before (its text ended a sentence): the capitals under it open
    # the next one, though a credit right under a headline would open its own article's text.
    page = (
        "HARVEST PROSPECTS IN THE NORTH\nYORK, June 20.—Reports from the northern counties speak well of the crops.\n"
        "Wheat is well forward in most districts, and the hay crop is heavier than was expected.\n"
        "(From our Correspondent)\nLOCAL NEWS\n"
        "The concert given on Thursday evening in aid of the cottage hospital drew a crowded audience.\n"
        "The programme was well chosen and admirably performed, the choral pieces being warmly applauded.\n"
        "FIRE AT A TIMBER YARD\nBRISTOL, June 21.—A fire broke out shortly after midnight in the timber yard.\n"
        "(From our Correspondent)\n"
    )
    titles = [a.title for a in split_issue(page, "plain").articles]
    assert titles == ["HARVEST PROSPECTS IN THE NORTH", "LOCAL NEWS", "FIRE AT A TIMBER YARD"]


def test_a_section_head_the_page_repeats_is_in_no_title():
    page = (
        "本地新闻\n河道清淤工程加快推进\n本报讯　眼下正值枯水期，全区河道清淤工程加快推进。\n"
        "图书馆推出夜间阅读服务\n本报讯　市图书馆自本周起试行夜间开放。\n"
        "本地新闻\n东昌府讯 11月16日，区农业农村局组织退休党员参加创城活动。\n"
    )
    document = split_issue(page, "plain")
    assert [a.title for a in document.articles] == [
        "河道清淤工程加快推进",
        "图书馆推出夜间阅读服务",
        "东昌府讯11月16日，区农业农村局组织退休党员参…",
    ]
    assert all("本地新闻" not in document.content(a) for a in document.articles)
    assert "".join(page[a.start : a.end] for a in document.articles) == page


def test_text_after_a_closing_credit_starts_an_article_but_not_after_a_photo_credit():
    # No blank lines; the second report has neither headline nor dateline, only the credit above it
    # that closes the first. A caption's credit on a line of its own closes nothing.
    page = (
        "我区加强体育场所疫情防控力度\n东昌府讯 为进一步加强体育场所疫情防控，我区持续开展督导检查。\n"
        "▲我区加强体育场所疫情现场。\n（记者 张三 摄）\n近日在各个健身场所，工作人员都要求市民出示健康码。\n"
        "（记者 张三）\n为进一步规范志愿服务行为，提高服务质量，助力青年志愿者有序开展志愿服务。\n"
        "（本报记者 王五 通讯员 赵六）\n"
    )
    articles = split_issue(page, "plain").articles
    assert [page[a.content_start : a.content_start + 6] for a in articles] == ["我区加强体育", "为进一步规范"]


def test_a_headline_over_its_dashed_kicker_starts_an_article_mid_block_but_a_subhead_does_not():
    # One paragraph to a line, no blank lines, no dateline or credit: a headline is told from a
    # subhead inside the story by the kicker under it (——记…).
    page = (
        "区财政局扎实开展青年理论学习\n（记者 张三）\n东昌府讯 为进一步强化青年理论武装水平，区财政局创新形式开展学习。\n"
        "聚焦学深悟透\n局党组充分发挥头雁效应，率先垂范，召开青年理论学习小组学习专题会议。\n"
        "我区疫情防控青年突击队参与疫情防控工作\n——记我区疫情防控一线工作者\n"
        "为进一步规范志愿服务行为，提高服务质量，助力青年志愿者科学规范有序地开展疫情防控志愿服务。\n"
    )
    assert titles(page) == [
        "区财政局扎实开展青年理论学习",
        "我区疫情防控青年突击队参与疫情防控工作——记我区疫情防控一线工作者",
    ]


def test_a_brief_set_in_a_narrower_column_runs_on_as_one_brief():
    # One line per printed column: the reports' column is seventeen characters wide, the first
    # brief's twelve, narrower than the lines around it, so none of its lines fills "the" column.
    report = (
        "区委组织部、团区委组织东昌府区疫情防控青年突击队到古楼街道参加志愿服务培训，培训后，青年志愿者前往社"
        "区一线进行疫情防控志愿服务。上午，古楼街道卫生服务中心工作人员围绕山东省全员核酸检测采样登记APP操作"
        "方法、疫情防控相关知识、个人防护注意事项等方面，向志愿者现场演示了如何佩戴口罩、七步洗手法、防护服穿脱"
        "等重点环节，让志愿者更加深入了解疫情防控的主要工作内容、工作方式及工作开展中的注意事项。下午，青年志愿"
        "者奔赴一线，身穿防护服、戴N95口罩、手套，为封控区居民扫码，配合医护人员完成上门核酸采样工作，保障疫"
        "情防控志愿服务高效、有序地开展。"  # (its last line fifteen wide)
    )
    lines = [report[k : k + 17] for k in range(0, len(report), 17)]
    lines += ["■据区气象台消息\u3000本周我", "区以晴到多云天气为主，早", "晚温差较大，请市民注意添", "衣保暖。"]
    lines += ["■区图书馆即日起延长开放时间，每日", "开放至晚上九点，周末照常开放。", "丨区财政局三聚丨"]
    lines += ["——记我区疫情防控一线工作者", "东昌府讯 为进一步强化青年理论武装", "水平，深入开展青年理论学习提升工程"]
    lines += ["，区财政局创新形式开展青年理论学习。"]
    page = "丨我区疫情防控丨\n\n" + "".join(line + "\n\n" for line in lines)
    starts = [page[a.content_start : a.content_start + 6] for a in split_issue(page, "plain").articles]
    assert starts == ["丨我区疫情防", "■据区气象台", "■区图书馆即", "丨区财政局三"]


def test_a_section_head_under_a_finished_sentence_starts_the_article_under_it():
    # No blank lines; the feature under the second section head has neither dateline nor credit.
    page = (
        "本地新闻\n河道清淤工程加快推进\n本报讯　眼下正值枯水期，全区河道清淤工程加快推进。\n"
        "■区政务服务中心元旦期间照常提供预约办理服务。\n本地新闻\n冬季农业生产技术培训班开班\n"
        "为帮助农户做好冬季设施蔬菜管理，区农业技术推广中心近日举办冬季农业生产技术培训班。\n"
    )
    document = split_issue(page, "plain")
    assert [a.title for a in document.articles] == [
        "河道清淤工程加快推进",
        "■区政务服务中心元旦期间照常提供预约办理服务。",
        "冬季农业生产技术培训班开班",
    ]
    # A short word a column repeats on lines of its own is no section head.
    column = "".join(f"Die Regierung hat am Montag beschlossen.\nder\nVertrag {k} gilt ab heute.\n" for k in range(3))
    assert len(split_issue(column, "plain").articles) == 1


def test_a_headline_wider_than_its_narrow_column_does_not_run_into_the_text():
    # One line per printed column, eleven characters wide; the feature's headline, set across the
    # columns, is thirteen: wider than any line of the column, so no column line.
    def column(text: str) -> str:
        return "".join(text[k : k + 11] + "\n\n" for k in range(0, len(text), 11))

    report = "市图书馆自本周起试行夜间开放，阅览区开放时间延长至晚上十点，满足上班族和学生的阅读需求。"
    feature = "为帮助农户做好冬季设施蔬菜管理，区农业技术推广中心近日举办冬季农业生产技术培训班，技术人员深入田间答疑。"
    page = "图书馆夜间开放\n\n" + column(report + report) + "（记者 钱七）\n\n冬季农业生产技术培训班开班\n\n"
    page += column(feature + feature)
    assert titles(page) == ["图书馆夜间开放", "冬季农业生产技术培训班开班"]


def test_a_headline_as_wide_as_its_column_after_a_closing_credit_stands_alone():
    # One line per printed column, fifteen characters wide: the feature's headline, thirteen, could be
    # a column's line, but it follows a credit closing the report before: the next story starts there.
    def column(text: str) -> str:
        return "".join(text[k : k + 15] + "\n\n" for k in range(0, len(text), 15))

    report = "市图书馆自本周起试行夜间开放，阅览区开放时间延长至晚上十点，满足上班族和学生的阅读需求。"
    feature = "为帮助农户做好冬季设施蔬菜管理，区农业技术推广中心近日举办冬季农业生产技术培训班，技术人员深入田间答疑。"
    page = "图书馆夜间开放\n\n" + column(report * 3) + "（记者 钱七）\n\n冬季农业生产技术培训班开班\n\n"
    page += column(feature * 3)
    assert titles(page) == ["图书馆夜间开放", "冬季农业生产技术培训班开班"]


def test_a_headline_under_a_brief_opens_the_next_story():
    # No blank lines: a bulleted brief is one paragraph, so the headline-like line under it, over a
    # longer line, is the next story's headline (a feature with neither dateline nor credit).
    page = (
        "■区政务服务中心元旦期间照常提供预约办理服务，市民可通过热线电话预约。\n冬季农业生产技术培训班开班\n"
        "为帮助农户做好冬季设施蔬菜管理，区农业技术推广中心近日举办冬季农业生产技术培训班。\n"
        "聚焦田间管理\n培训围绕大棚保温、病虫害绿色防控、水肥一体化等内容展开，技术人员还深入田间现场答疑。\n"
    )
    assert titles(page) == ["?■区政务服务中心元旦期间照常提供预约办理服务，市…", "冬季农业生产技术培训班开班"]


def test_a_latin_column_line_with_more_letters_than_the_rest_still_runs_on():
    # Justified Latin lines hold more or fewer letters as the words fall: one a fifth longer than the
    # column's others is still the column's line, not a headline set across columns.
    report = (
        "The nomination of candidates for the school board closed on Saturday when eleven names were "
        "handed in for the seven seats and the largest number ever put forward in the borough came "
        "forward with a programme of new buildings for the northern ward and a free library besides"
    )
    words = report.split()
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) > 30:
            lines.append(line.strip())
            line = ""
        line += word + " "
    lines.append(line.strip() + ".")
    lines[3] = lines[3] + " illuminating"  # (a longer line, mid-sentence)
    page = "SCHOOL BOARD ELECTION\n\n" + "".join(f"{text}\n\n" for text in lines * 2)
    assert len(split_issue(page, "plain").articles) <= 2


def test_a_subhead_right_before_a_jump_line_is_no_headline():
    page = (
        "我区加强体育场所疫情防控力度\n\n东昌府讯 为进一步加强体育场所疫情防控，我区持续开展督导检查。\n"
        "近日在各个健身场所，工作人员都要求市民出示行程码、健康码。\n群众纷纷点赞\n（下转第4版）\n\n"
        "区综合行政执法局开展专项督导检查活动\n\n东昌府讯 为进一步推进全国文明城市创建工作，区综合行政执法局开展专项检查。\n"
    )
    assert titles(page) == ["我区加强体育场所疫情防控力度", "区综合行政执法局开展专项督导检查活动"]


def test_a_column_line_ending_on_a_quoted_term_runs_on():
    # The column broke the sentence right after a quoted term (“高效统筹”): the closing quote ends no
    # sentence, so the next line, short and comma-laden as a headline might be, goes on from it.
    lines = [
        "东昌府讯　疫情尚未远去，战“疫”不",
        "能懈怠，发展不能停步。沉着应对疫情",
        "防控新形势带来的新挑战，保障民生等",
        "各项工作提供坚实保障。复杂严峻的背",
        "景，虽然确实增加了“高效统筹”",
        "的难度，但动摇不了我们取得“双胜利”",
        "的决心与信心。高效统筹的目的，在于",
        "妥善解决现实运行中的经济社会发展难",
        "题。疫情防控中一些与实际脱节的做法",
        "、群众的急难愁盼、企业的痛点难点，",
        "都要一一解决。",
    ]
    page = "丨做好防疫丨\n\n" + "".join(line + "\n\n" for line in lines + lines[1:])
    assert len(split_issue(page, "plain").articles) == 1


def test_a_credit_under_a_source_line_closes_the_reprint_and_the_next_headline_opens_a_story():
    # No blank lines: a reprint ends with its source (《经济日报》) and the credit; the feature under them
    # has a headline and a kicker but neither dateline nor credit.
    page = (
        "做好防疫情与稳经济“双统筹”\n东昌府讯　疫情尚未远去，战“疫”不能懈怠，发展不能停步。\n《经济日报》\n（记者 张三）\n"
        "我区疫情防控青年突击队参与疫情防控工作\n——记我区疫情防控一线工作者\n"
        "为进一步规范志愿服务行为，提高服务质量，助力青年志愿者科学规范有序地开展疫情防控志愿服务。\n"
    )
    assert titles(page) == [
        "做好防疫情与稳经济“双统筹”",
        "我区疫情防控青年突击队参与疫情防控工作——记我区疫情防控一线工作者",
    ]


def test_a_long_headline_over_a_longer_paragraph_opens_a_story_but_a_subhead_does_not():
    # One paragraph to a line, no dateline, no credit, no kicker: a line of ideographs with no pause,
    # longer than subheads run (nine characters or more), over a paragraph twice its length, is a
    # story's headline; a short subhead, or a numbered one, stays in its story.
    page = (
        "区财政局扎实开展青年理论学习\n（记者 张三）\n东昌府讯 为进一步强化青年理论武装水平，区财政局创新形式开展学习。\n"
        "强化责任落实\n局党组充分发挥头雁效应，率先垂范，召开青年理论学习小组学习专题会议，传达学习的紧迫性。\n"
        "（二）细化学习任务清单安排\n各支部结合实际制定学习计划，确保每名青年干部每周至少参加一次集中学习，形成长效机制。\n"
        "文化馆举办迎新春书画展\n一幅幅笔墨酣畅的书法作品，一张张色彩明丽的国画小品，吸引了不少市民驻足观赏。\n"
    )
    assert titles(page) == ["区财政局扎实开展青年理论学习", "文化馆举办迎新春书画展"]
