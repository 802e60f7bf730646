"""Stories each version runs on after a different neighbour are cut where the other's order shows it
(core.text.moved_text), and nothing else is."""

from __future__ import annotations

from core.output.render import clean_copy
from core.review.decisions import ACCEPT, ReviewModel
from core.text.moved_text import moved_hints
from core.text.segment import split_issue
from tests.core.test_agreed_structure import UNCREDITED, version
from tests.core.test_suggest import comparison

DREDGING = (
    "河道清淤工程加快推进\n（记者 钱七）\n本报讯　眼下正值枯水期，全区河道清淤工程抓住有利时机加快推进，各施工点位机械轰鸣。\n"
    "工程完工后，河道行洪能力将明显提升，沿岸生态环境也将得到改善。\n"
)
LIBRARY = (
    "图书馆推出夜间阅读服务\n（记者 钱七）\n【本報訊】市图书馆自本周起试行夜间开放，阅览区开放时间延长至晚上十点。\n"
    "试行期间，图书馆将根据读者到馆情况调整开放区域，并增加自助借还设备。\n"
)
# Neither dateline nor credit, and a headline no longer than a subhead: nothing of its own says it starts.
HEADLINE = "农技培训开班"
FEATURE = HEADLINE + "\n" + UNCREDITED[1]


def test_a_story_each_version_runs_on_after_another_neighbour_is_cut_out_of_both():
    # One line per paragraph, no blank lines: on its own each page holds the feature inside the
    # story above it, a different story in each.
    base = (DREDGING + FEATURE + LIBRARY).replace("得到改善", "得到人善")
    checked = LIBRARY + FEATURE + DREDGING
    assert len(version(base).articles) == len(version(checked).articles) == 2
    left, right = moved_hints(split_issue(base), split_issue(checked))
    assert left.edits == (("title", base.index(HEADLINE)),)
    assert right.edits == (("title", checked.index(HEADLINE)),)
    # Taking the checked text keeps the feature where the base has it.
    model = ReviewModel(comparison(base, checked))
    assert len(model.comparison.pairs) == 3
    model.decide_many(model.changes(), ACCEPT)
    assert clean_copy(model) == base.replace("得到人善", "得到改善")


def test_a_heading_both_versions_have_twice_moves_nothing():
    # A section head repeated in two reports: here the OCR spoiled one of them, so the other is found
    # once, in another report, with other words under it. That is no moved story.
    first = (
        "Italian front.\nThe Italians renewed their attacks on the whole line and were repulsed.\n"
        "Balkan front.\nThe Montenegrin communique says the enemy attacked the Lim river.\n"
    )
    second = (
        "Western front.\nNothing of importance happened on the western front yesterday.\n"
        "Balkan front.\nGerman troops of General von Koevess have occupied Novibazar after heavy fighting.\n"
    )
    here = f"WAR REPORTS\n\n{first}\nOFFICIAL NEWS\n\n{second}"
    there = f"WAR REPORTS\n\n{first.replace('Balkan front.', 'Ba1kan fr0nt.')}\nOFFICIAL NEWS\n\n{second}"
    assert moved_hints(split_issue(here), split_issue(there)) == moved_hints(split_issue(there), split_issue(here))
    left, right = moved_hints(split_issue(here), split_issue(there))
    assert not left and not right


def test_a_jumped_story_is_cut_by_its_own_jump_lines_only():
    # Both versions jump the story, at different paragraphs: the paragraph under one version's jump
    # headline follows the one before it in the other version, a jump line between. No move.
    paragraphs = [
        "The nomination of candidates for the school board closed on Saturday with eleven names.",
        "Several of the candidates favour the building of a new school in the northern ward.",
        "Others hold that the present buildings will serve for some years if they are repaired.",
        "A public meeting of the ratepayers is called for Thursday evening in the town hall.",
        "The poll will be taken on the fourteenth, from eight in the morning until eight at night.",
    ]
    brief = "THE MARKET HALL\n\nThe new market hall will be opened to the public on Monday next by the mayor.\n"

    def jumped(at: int) -> str:
        return (
            "SCHOOL BOARD ELECTION\n\n"
            + "\n\n".join(paragraphs[:at])
            + "\n\n(Continued on Page 4)\n\nPage 4\n\n"
            + brief
            + "\nSCHOOL BOARD\n(Continued from Page 1)\n\n"
            + "\n\n".join(paragraphs[at:])
            + "\n"
        )

    left, right = moved_hints(split_issue(jumped(2)), split_issue(jumped(3)))
    assert not left and not right


def test_a_one_paragraph_story_each_version_runs_on_after_another_neighbour_is_cut_out_of_both():
    # Its headline dropped on both no-blank pages, a one-paragraph report follows a different story in
    # each: it ends its article in both, and starts it in neither.
    report = "SCHOOL BOARD ELECTION\nThe nomination of candidates for the school board closed on Saturday.\n"
    brief = "■A meeting of the cricket club will be held at the Crown Hotel on Friday evening next.\n"
    shipping = "The steamer Northern Star arrived in port this morning after a rough passage of nine days.\n"
    base, checked = report + shipping + brief, brief + shipping + report
    left, right = moved_hints(split_issue(base), split_issue(checked))
    assert left.edits == (("split", base.index(shipping)),)
    assert right.edits == (("split", checked.index(shipping)),)


def test_a_caption_one_version_sets_between_headline_and_text_moves_nothing():
    # The text follows the caption here and its headline there: the caption was set in between, and the
    # headline is in the same story here. No move (found by the generated layouts of test_layouts).
    title = "感心活活养解类酸在\u3000（雪獅）\n"
    caption = "◘等装公生美何◘（保进温攝）\n"
    body = "极然亲油成地养己强军书人路本，克维使更后上先火制省至东，改属北九统全根明回，委群算素要组立合效称类质回。\n"
    other = "◘委写亲流示再分律给位，清可对就权运，风好里想热上加，种样但小器又只学边。\n\n"
    left, right = moved_hints(split_issue(other + title + caption + body), split_issue(title + body + "\n" + caption))
    assert not left and not right


def test_a_credit_each_version_sets_under_another_story_starts_nothing():
    # A credit closes a story; where the versions put it under different stories it is no story of
    # its own (the pairs still decide which story's text it is).
    credit = "（本报记者 王五 通讯员 赵六）\n"
    this = DREDGING + credit + "\n" + LIBRARY
    other = LIBRARY + credit + "\n" + DREDGING
    left, right = moved_hints(split_issue(this), split_issue(other))
    assert not left and not right
