"""Issues typed in the layouts real papers and archives use, with the truth of where each story lies.

A story (title, kicker, byline, run-in dateline, paragraphs, caption; or an
untitled brief) is typed by one of eight styles:

* ``page``: a page export, a page marker on top, blank lines around titles;
* ``markdown``: headings, an image line and its caption, briefs opening with ■;
* ``database``: records in database order, each a rule, an article number, a
  ``paper | date | page | section | 字數`` line, headline and kicker, the
  caption inside the story as ``圖片說明：…``;
* ``no-blank``: no blank line anywhere, a section head now and then, each
  report's first words a dateline;
* ``columns``: OCR with one line per printed column (broken mid-sentence,
  blank lines between; kicker, caption and byline each on a line of their
  own), the headline column read as junk;
* ``lines``: one line per paragraph, title and byline lines, no blank lines;
* ``jumped``: a page export whose lead story jumps to a later page, with jump
  lines and a jump headline;
* ``briefs-block``: a page export typing its briefs as one block.

``make_pair`` types one issue in two styles, one side with OCR slips (the
base), the other checked and in another order, and says what accept-all
should give: the base's layout with the checked text. Stories come from a
pool: ``chinese_pool()`` (the product's own sample page) or ``english_pool()``
(short reports written for this file, public domain).
"""

from __future__ import annotations

import random
import re
from collections.abc import Container
from dataclasses import dataclass, field
from pathlib import Path

STYLES = ("page", "markdown", "database", "no-blank", "columns", "lines", "jumped", "briefs-block")
SAMPLE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "markdown-export.txt"


@dataclass(frozen=True)
class Story:
    title: str  # empty for a brief
    paragraphs: tuple[str, ...]
    kicker: str = ""
    byline: str = ""
    dateline: str = ""  # the first paragraph's opening words, in every style
    caption: str = ""

    @property
    def brief(self) -> bool:
        return not self.title


@dataclass
class Typed:
    """One version of an issue: its text, and where each story's text lies in it."""

    text: str
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # story -> its pieces
    titles: dict[int, str] = field(default_factory=dict)  # story -> title as typed on its own line
    structure_lines: list[str] = field(default_factory=list)  # furniture lines, each on its own line

    def add(self, story: int | None, piece: str) -> None:
        if story is not None and piece:
            self.spans.setdefault(story, []).append((len(self.text), len(self.text) + len(piece)))
        self.text += piece


_CJK = re.compile(r"[\u3400-\u9fff]")


def chinese_pool() -> list[Story]:
    """The stories of the product's own sample page (markdown export), with credits and datelines added
    (a story opening with no dateline runs uncredited, as a feature does)."""
    stories = []
    rng = random.Random(7)
    for block in re.split(r"(?m)^#{1,2} ", SAMPLE.read_text(encoding="utf-8"))[1:]:
        title, _, body = block.partition("\n")
        lines = [line.strip() for line in body.splitlines() if line.strip()]
        paragraphs = [line for line in lines if not re.fullmatch(r"[(（].{1,30}[)）]", line)]
        if not paragraphs:
            continue
        dateline = rng.choice(["本报讯　", "【本報訊】", "东昌府讯　", "本报聊城11月17日电　", ""])
        dated = bool(dateline) or bool(re.match(r".{0,8}讯", paragraphs[0]))
        if re.match(r".{0,8}讯", paragraphs[0]):
            dateline = ""  # it has one
        first = paragraphs[0] if not dateline else dateline + paragraphs[0]
        byline = rng.choice(["记者 张三", "融媒体记者 李四", "本报记者 王五 通讯员 赵六"])
        kicker = rng.choice(["", "", "——记我区疫情防控一线工作者"])
        stories.append(
            Story(
                title.strip().replace(" ", "　"),
                (first, *paragraphs[1:]),
                kicker=kicker if dated else "",
                # A feature or a notice runs with neither dateline nor credit: its headline alone opens it.
                byline=byline if dated else "",
                dateline=dateline,
                caption=rng.choice(["", f"{title.strip()[:10]}现场。（记者 张三 摄）"]),
            )
        )
    # Some longer stories carry subheads (a short line of their own inside the story): no article starts.
    subheads = iter(["强化责任落实", "细化防控措施", "群众纷纷点赞", "服务贴心到位"])
    for k, story in enumerate(stories):
        # Before a paragraph (past the second) whose previous one finished its sentence.
        at = next((i for i in range(2, len(story.paragraphs) - 1) if story.paragraphs[i - 1][-1] in "。”！？"), 0)
        if len(story.paragraphs) >= 4 and k % 2 == 0 and at:
            paragraphs = (*story.paragraphs[:at], next(subheads, "持续巩固成果"), *story.paragraphs[at:])
            stories[k] = Story(story.title, paragraphs, story.kicker, story.byline, story.dateline, story.caption)
    briefs = [
        "■据区气象台消息　本周我区以晴到多云天气为主，早晚温差较大，请市民注意添衣保暖。",
        "■区图书馆即日起延长开放时间，每日开放至晚上九点，周末照常开放。",
        "■区人社局提醒，灵活就业人员医疗保险缴费将于本月底截止，请尽快办理。",
        "■据区交通运输局介绍　城区三条公交线路自下周一起恢复原线路运行。",
    ]
    return stories + [Story("", (brief,)) for brief in briefs]


_ENGLISH = [
    (
        "NEW BRIDGE OPENED AT MILL FORD",
        "LONDON, June 21.—",
        [
            "The new iron bridge at Mill Ford was opened to traffic yesterday afternoon in the presence "
            "of a large gathering of the inhabitants, who had waited many years for the crossing.",
            "The structure, which has cost nearly eleven thousand pounds, replaces the old wooden bridge "
            "carried away by the floods of last winter, and will carry both carts and foot passengers.",
        ],
    ),
    (
        "HARVEST PROSPECTS IN THE NORTH",
        "YORK, June 20.—",
        [
            "Reports from the northern counties speak favourably of the growing crops, which have been "
            "much helped by the warm rain of the past fortnight after a dry and backward spring.",
            "THE CORN AND THE HAY.",  # a subhead in capitals, inside the story
            "Wheat is well forward in most districts; barley and oats promise an average yield, and the "
            "hay crop, already being cut on the lower farms, is heavier than was expected.",
        ],
    ),
    (
        "THE SCHOOL BOARD ELECTION",
        "",
        [
            "The nomination of candidates for the school board closed on Saturday, when eleven names "
            "were handed in for the seven seats, the largest number ever put forward in the borough.",
            "Several of the candidates favour the building of a new school on the east side of the town, "
            "where the existing rooms are crowded beyond what the inspectors will allow.",
        ],
    ),
    (
        "FIRE AT A TIMBER YARD",
        "BRISTOL, June 21.—",
        [
            "A fire broke out shortly after midnight in the timber yard of Messrs. Harding and Sons, and "
            "for some hours threatened the houses of the adjoining street before it was got under.",
            "The brigade worked with great spirit, and no lives were lost, though the damage to the stock "
            "is estimated at several thousand pounds, only partly covered by insurance.",
        ],
    ),
    (
        "SHIPPING NEWS",
        "",
        [
            "The steamer Northern Star arrived in port this morning after a rough passage of nine days, "
            "bringing a full cargo of grain and a small number of passengers from the colonies.",
        ],
    ),
    (
        "A CONCERT FOR THE HOSPITAL",
        "",
        [
            "The concert given on Thursday evening in aid of the cottage hospital drew a crowded and "
            "appreciative audience, and the committee will be able to hand over a handsome sum.",
            "The programme was well chosen and admirably performed, the choral pieces in particular being "
            "warmly applauded and several of them repeated at the request of the audience.",
        ],
    ),
]
_ENGLISH_BRIEFS = [
    "■The county magistrates will sit on Tuesday next instead of Monday, owing to the holiday.",
    "■The public library will close at eight o'clock during the summer months.",
    "■A meeting of the cricket club will be held at the Crown Hotel on Friday evening.",
]


def english_pool() -> list[Story]:
    """Short reports written for these tests (public domain), in the manner of a 1890s provincial paper."""
    stories = [
        Story(
            title,
            (dateline + paragraphs[0], *paragraphs[1:]) if dateline else tuple(paragraphs),
            byline="From our Correspondent" if dateline else "",
            dateline=dateline,
            caption="The new bridge at Mill Ford." if title.startswith("NEW BRIDGE") else "",
        )
        for title, dateline, paragraphs in _ENGLISH
    ]
    return stories + [Story("", (brief,)) for brief in _ENGLISH_BRIEFS]


_HELD_OUT_CHINESE = [
    (
        "老城区供暖管网改造全面完工",
        "本报讯　",
        [
            "记者昨日从市住建局获悉，老城区供暖管网改造工程已于本月初全面完工，涉及小区四十二个，惠及居民一万余户。",
            "改造中，施工单位更换老旧管道三十余公里，新建换热站五座，并对楼内立管进行了保温处理。",
            "市住建局有关负责人表示，今年供暖季将重点做好入户测温工作，对室温不达标的住户及时上门排查。",
        ],
    ),
    (
        "社区食堂开进居民家门口",
        "本报聊城12月1日电　",
        [
            "一份荤菜、两份素菜、一碗米饭，只要十二元。在柳园街道的社区食堂里，前来就餐的老人络绎不绝。",
            "据介绍，该食堂由街道提供场地，引入专业餐饮企业运营，六十岁以上老人就餐可享受八折优惠。",
        ],
    ),
    (
        "冬季农业生产技术培训班开班",
        "",
        [
            "为帮助农户做好冬季设施蔬菜管理，区农业技术推广中心近日举办冬季农业生产技术培训班。",
            "培训围绕大棚保温、病虫害绿色防控、水肥一体化等内容展开，技术人员还深入田间现场答疑。",
            "参加培训的种植户表示，课程内容实用，回去后要把学到的技术用到自家大棚里。",
        ],
    ),
    (
        "图书馆推出夜间阅读服务",
        "【本報訊】",
        [
            "市图书馆自本周起试行夜间开放，阅览区开放时间延长至晚上十点，满足上班族和学生的阅读需求。",
            "试行期间，图书馆将根据读者到馆情况调整开放区域，并增加自助借还设备。",
        ],
    ),
    (
        "河道清淤工程加快推进",
        "本报讯　",
        [
            "眼下正值枯水期，全区河道清淤工程抓住有利时机加快推进，各施工点位机械轰鸣、车辆穿梭。",
            "此次清淤共涉及河道十一条，总长度约六十公里，预计明年春汛前全部完工。",
            "工程完工后，河道行洪能力将明显提升，沿岸生态环境也将得到改善。",
        ],
    ),
]
_HELD_OUT_ENGLISH = [
    (
        "THE NEW MARKET HALL",
        "LEEDS, March 3.—",
        [
            "The new market hall, which has been in course of erection for nearly two years, was formally "
            "opened on Saturday by the Mayor in the presence of a numerous company of traders and townspeople.",
            "The building is lighted from the roof throughout, and the stalls are arranged in broad avenues, "
            "so that the crowding complained of in the old market should no longer be felt.",
        ],
    ),
    (
        "ACCIDENT ON THE RAILWAY",
        "",
        [
            "A goods train ran off the line near the junction early yesterday morning, blocking both roads for "
            "several hours; happily no one was injured, and the passenger traffic was worked by a single line.",
        ],
    ),
    (
        "THE WEATHER AND THE CROPS",
        "NORWICH, March 2.—",
        [
            "The severe frost of last week has done less harm than was feared, and the autumn-sown wheat is "
            "reported to be looking well in most parts of the county.",
            "Farmers are now anxious for a spell of dry weather, that the spring sowing may be got forward "
            "without further delay.",
        ],
    ),
]
_HELD_OUT_BRIEFS = [
    "■区政务服务中心元旦期间照常提供预约办理服务，市民可通过热线电话预约。",
    "■据区应急管理局消息　本周将开展冬季消防安全检查，重点检查人员密集场所。",
    "■The annual meeting of the Literary Institute will be held in the Town Hall on Monday evening.",
]


def held_out_pool(language: str) -> list[Story]:
    """Stories written for a last check only ("chinese" or "english"): no test and no tuning uses them."""
    chinese = language == "chinese"
    stories = [
        Story(
            title,
            (dateline + paragraphs[0], *paragraphs[1:]) if dateline else tuple(paragraphs),
            byline=("记者 钱七" if chinese else "From our Correspondent") if dateline else "",
            dateline=dateline,
            caption=("施工现场。（记者 钱七 摄）" if chinese else "The new market hall.") if k == 0 else "",
        )
        for k, (title, dateline, paragraphs) in enumerate(_HELD_OUT_CHINESE if chinese else _HELD_OUT_ENGLISH)
    ]
    briefs = [b for b in _HELD_OUT_BRIEFS if bool(_CJK.search(b)) == chinese]
    return stories + [Story("", (brief,)) for brief in briefs]


def _latin(text: str) -> bool:
    return not _CJK.search(text)


def _byline(story: Story) -> str:
    return f"({story.byline})" if _latin(story.byline) else f"（{story.byline}）"


def _page_marker(latin: bool, page: int) -> str:
    return f"Page {page}" if latin else f"第0{page}版：综合新闻"


def _type_story(
    out: Typed,
    number: int,
    story: Story,
    style: str,
    rng: random.Random,
    jump: str = "",
    ocr: bool = True,
    read_headlines: Container[int] = (),
) -> None:
    """Append ``story`` to ``out`` as ``style`` types it (``jump``: "first" or "rest" of a jumped story)."""
    latin = _latin(story.paragraphs[0])
    paragraphs = list(story.paragraphs)
    if jump == "first":
        paragraphs = paragraphs[: max(1, len(paragraphs) // 2)]
    elif jump == "rest":
        paragraphs = paragraphs[max(1, len(paragraphs) // 2) :]
    furniture = out.structure_lines
    if style == "columns":
        width = rng.randint(25, 40) if latin else rng.randint(10, 18)
        if story.title and jump != "rest" and ocr and number not in read_headlines:
            out.add(None, "丨" + story.title[: max(2, len(story.title) // 3)] + "丨\n\n")  # junk
        elif story.title and jump != "rest":
            out.add(number, story.title)
            out.titles[number] = story.title
            out.add(None, "\n\n")
        # The kicker, the body, the caption and the byline each start a column line of their own.
        flows = [story.kicker] if story.kicker and jump != "rest" else []
        joiner = " " if latin else ""
        if story.caption and jump != "rest":  # under its picture, after the first paragraph as on the page
            flows += [paragraphs[0], "▲" + story.caption, joiner.join(paragraphs[1:])]
        else:
            flows.append(joiner.join(paragraphs))
        if story.byline:
            flows.append(_byline(story))
        for flowing in filter(None, flows):
            for line in (flowing[k : k + width] for k in range(0, len(flowing), width)):
                out.add(number, line)
                out.add(None, "\n\n")
        return
    if style == "database":
        rule = "=" * 40
        furniture.extend([rule, f"文章編號：2022111804{number:03d}"])
        meta = f"东昌府报 | 2022-11-18 | 第4版 | 综合 | 字數：{sum(map(len, paragraphs))}"
        furniture.append(meta)
        out.add(None, f"{rule}\n文章編號：2022111804{number:03d}\n{meta}\n\n")
    if story.brief:
        out.add(number, paragraphs[0])
        out.add(None, "\n" if style in ("briefs-block", "no-blank", "lines") else "\n\n")
        return
    blank = "\n" if style in ("no-blank", "lines") else "\n\n"
    if jump == "rest":
        line = "(Continued from Page 1)" if latin else "（上接第1版）"
        furniture.append(line)
        out.add(number, story.title[:8] + "\n")  # the jump headline
        out.add(None, line + "\n\n")
    elif style == "markdown":
        out.add(None, "## ")
        out.add(number, story.title)
        out.titles[number] = story.title
        out.add(None, "\n\n")
    elif not (style == "no-blank" and rng.random() < 0.3):
        out.add(number, story.title)
        out.titles[number] = story.title
        out.add(None, "\n")
    if story.kicker and jump != "rest":
        out.add(number, story.kicker)
        out.add(None, "\n")
    if style in ("page", "jumped", "briefs-block", "database") and jump != "rest":
        out.add(None, "\n")
    if style == "lines" and story.byline and not latin:
        out.add(number, _byline(story))
        out.add(None, "\n")
    for k, paragraph in enumerate(paragraphs):
        out.add(number, paragraph)
        out.add(None, blank if style in ("markdown", "database") else "\n")
        if k == 0 and jump != "rest" and story.caption and style == "database":
            out.add(number, "圖片說明：" + story.caption)
            out.add(None, "\n\n")
        elif k == 0 and jump != "rest" and story.caption and style == "markdown":
            out.add(None, f"![](images/{number}.jpg)\n\n")
            furniture.append(f"![](images/{number}.jpg)")
            out.add(number, story.caption)
            out.add(None, "\n\n")
        elif k == 0 and jump != "rest" and story.caption and style not in ("columns", "database", "markdown"):
            out.add(number, "▲" + story.caption)
            out.add(None, "\n")
    if jump == "first":
        line = "(Continued on Page 4)" if latin else "（下转第4版）"
        furniture.append(line)
        out.add(None, line + "\n")
    elif (story.byline and style not in ("lines", "database")) or (style == "lines" and latin and story.byline):
        out.add(number, _byline(story))
        out.add(None, "\n")
    if style not in ("no-blank", "lines") and not out.text.endswith("\n\n"):
        out.add(None, "\n")


def type_issue(
    stories: list[Story], order: list[int], style: str, seed: int, ocr: bool = True, read_headlines: Container[int] = ()
) -> Typed:
    """The issue typed in ``style``, stories in ``order`` (``database`` keeps its record order).

    With ``ocr``, headline columns are read as junk, except those of the stories in ``read_headlines``.
    """
    rng = random.Random(seed)
    out = Typed("")
    latin = _latin(stories[0].paragraphs[0])
    if style == "database":
        order = sorted(order)
    elif style in ("page", "jumped", "briefs-block", "columns"):
        marker = _page_marker(latin, 1)
        out.structure_lines.append(marker)
        out.add(None, marker + "\n\n")
    jumped = next((k for k in order if len(stories[k].paragraphs) > 1), None) if style == "jumped" else None
    section_every = 4
    for at, number in enumerate(order):
        if style == "no-blank" and at % section_every == 0:
            head = "LOCAL NEWS" if latin else "本地新闻"  # a section head: a headline, as far as a reader can tell
            out.add(None, head + "\n")
        if style == "briefs-block" and not stories[number].brief and not out.text.endswith("\n\n") and out.text:
            out.add(None, "\n")  # the block of briefs ends with a blank line, as every item here
        _type_story(out, number, stories[number], style, rng, "first" if number == jumped else "", ocr, read_headlines)
    if jumped is not None:
        marker = _page_marker(latin, 4)
        out.structure_lines.append(marker)
        out.add(None, marker + "\n\n")
        _type_story(out, jumped, stories[jumped], style, rng, "rest")
    if not out.text.endswith("\n"):
        out.add(None, "\n")
    return out


_SLIPS_CJK = "己已未末土士日曰人入八大天夭"


def misread(story: Story, rng: random.Random) -> Story:
    """The story with OCR slips in its paragraphs (one letter in sixty), the rest as it was."""

    def slip(text: str) -> str:
        chars = list(text)
        start = len(story.dateline) if text == story.paragraphs[0] else 0
        for _ in range(max(1, len(chars) // 60)):
            at = rng.randrange(start, len(chars))
            if chars[at].isalpha():
                chars[at] = rng.choice(_SLIPS_CJK) if _CJK.match(chars[at]) else rng.choice("ceo")
        return "".join(chars)

    return Story(
        story.title, tuple(slip(p) for p in story.paragraphs), story.kicker, story.byline, story.dateline, story.caption
    )


@dataclass
class IssuePair:
    stories: list[Story]
    base: Typed  # the first transcription, with slips: the base of the review
    checked: Typed  # the checked version, in another order
    expected: Typed  # the base's layout with the checked text and headlines: what accept-all should give
    base_style: str
    checked_style: str


def make_pair(pool: list[Story], base_style: str, checked_style: str, seed: int, count: int = 8) -> IssuePair:
    """One issue of ``count`` stories from ``pool``, typed by two styles (see the module)."""
    rng = random.Random(seed)
    titled = [s for s in pool if not s.brief]
    briefs = [s for s in pool if s.brief]
    stories = rng.sample(titled, min(len(titled), max(2, count - 2))) + rng.sample(briefs, min(2, len(briefs)))
    order = list(range(len(stories)))
    rng.shuffle(order)
    if base_style == "briefs-block":
        order.sort(key=lambda k: stories[k].brief)  # the briefs together, typed as one block
    checked_order = order[:]
    rng.shuffle(checked_order)
    slipped = [misread(s, rng) for s in stories]
    layout_seed = rng.randrange(1 << 30)
    checked = type_issue(stories, checked_order, checked_style, rng.randrange(1 << 30), ocr=False)
    return IssuePair(
        stories,
        type_issue(slipped, order, base_style, layout_seed),
        checked,
        # The base's layout with the checked text: where the base's OCR read a headline column
        # as junk, taking the checked text gives the headline the checked version types.
        type_issue(stories, order, base_style, layout_seed, read_headlines=checked.titles),
        base_style,
        checked_style,
    )
