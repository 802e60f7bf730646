"""What a line of an issue is: a headline, a byline, a dateline, a note opening with a mark."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher

from core.text.furniture import furniture
from core.text.lines import is_wide, visible_length
from core.text.punctuation import PROSE_END, ends_with

_EMPHASIS = re.compile(r"^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$")
_PARENTHESISED = r"[(（][^()（）\n]{1,40}[)）]"
_BYLINE = re.compile(rf"{_PARENTHESISED}(?:[ \t\u3000]*{_PARENTHESISED}){{0,3}}")
_NAME = r"[\u4e00-\u9fff·]{2,4}"
# Modern credit lines: 本报记者 张三, 记者 张三 通讯员 李四, 融媒体记者 王五.
_CREDIT = re.compile(
    rf"(?:(?:本[报報]|融媒体|特约|實習|实习|见习|見習)?(?:记者|記者|通讯员|通訊員|评论员|評論員)"
    rf"[ \t\u3000]*{_NAME}(?:[ 、\t\u3000]+{_NAME})*[ \t\u3000]*)+"
)
# The paper a report is taken from, on a line of its own: 《经济日报》, 来源：《人民日报》.
_SOURCE = re.compile(r"(?:(?:来源|來源|摘自|转自|轉自|转载自|轉載自)[ \t]*[：:]?[ \t]*)?《[^《》\n]{1,20}》")
# A dateline such as 东昌府讯 or 新华社北京11月17日电 opens a body; it is never a title.
DATELINE = re.compile(r".{0,20}(讯|訊|\d+日电|社电|日電|社電)")
# Marks that open or close an untitled note or a caption (◘…◘, ▲…, ◀…▶).
NOTE_MARKS = frozenset("◘▲△◆◇■□●○★☆◀▶►◄")
MAX_TITLE_CHARS = 48
# Bullets that open a brief in a column of briefs typed as one block.
BULLETS = frozenset("■●◆")
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre"
    r"|novembre|d[ée]cembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|januari|februari|maart|mei"
    r"|augustus)"
)
_PLACE = r"[A-ZÀ-Þ][\w'’.\-]+(?:[ \-][A-ZÀ-Þ][\w'’.\-]+){0,2}"
# A report's first words naming where and when it was filed: 本报北京9月29日电, 【本報訊】, LONDON, June 21.—
_RUN_IN_DATELINE = re.compile(
    r"[【\[]?[^\s，。,：:、（(【】]{0,16}?(?:讯|訊|\d{1,2}日[电電]|社[电電])[】\]]?(?=[ \t\u3000（(【]|$)"
    r"|【[^】\n]{1,12}[讯訊电電]】"
    rf"|{_PLACE},?[ \t]+(?:(?:den|le|am|the)[ \t]+)?(?:\d{{1,2}}(?:st|nd|rd|th|er|e)?\.?[ \t]+)?{_MONTH}\.?"
    r"(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?)?(?:,?[ \t]+\d{4})?[ \t]*[.,:]?[ \t]*(?:[—–]+|-{1,2}|\.)"
)
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def clean_title(raw: str) -> str:
    """A title for display and pairing: trimmed, layout spaces between CJK removed.

    >>> clean_title("区综合行政执法局 开展重点街巷及便民市场 专项督导检查活动 ")
    '区综合行政执法局开展重点街巷及便民市场专项督导检查活动'
    >>> clean_title("  The   Cairo  Daily ")
    'The Cairo Daily'
    >>> clean_title("**区民政局组织收看**")
    '区民政局组织收看'
    """
    # Emphasis marks around a whole title (a markdown export without headings) are layout too.
    words = _EMPHASIS.sub("", raw.strip()).split()
    if not words:
        return ""
    joined = words[0]
    for word in words[1:]:
        if is_wide(joined[-1]) or is_wide(word[0]):
            joined += word
        else:
            joined += " " + word
    return joined


def is_byline(line: str) -> bool:
    """A credit line: a short name in parentheses, a reporter's credit, a source paper, or a dateline alone.

    >>> [is_byline(x) for x in ["（丹翁）", "（一枝）", "本报记者 张三", "新华社北京11月16日电", "《经济日报》"]]
    [True, True, True, True, True]
    >>> [is_byline(x) for x in ["(融媒体 裴崇旭)之后还有字", "天笑", "记者节"]]
    [False, False, False]
    """
    stripped = line.strip()
    return bool(stripped) and (
        _BYLINE.fullmatch(stripped) is not None
        or _CREDIT.fullmatch(stripped) is not None
        or DATELINE.fullmatch(stripped) is not None
        or _SOURCE.fullmatch(stripped) is not None
    )


def looks_like_title(line: str, strict: bool = False) -> bool:
    """Whether ``line`` could be (part of) a headline.

    ``strict`` is for a headline with its body right under it, no blank line
    between: a Latin-script line must then be in capitals, since a hard-wrapped
    column's lines are just as short as a headline.
    """
    stripped = line.strip()
    if not stripped or is_byline(stripped) or stripped[0] in NOTE_MARKS or furniture(stripped) is not None:
        return False  # a note or a caption (◘…◘) stands untitled; a page marker is no headline
    if visible_length(stripped) > MAX_TITLE_CHARS or visible_length(stripped) < 2:
        return False
    if "。" in stripped or ends_with(stripped, PROSE_END):
        return False
    # Headlines rarely hold a whole clause list; a line with several commas is prose.
    if sum(stripped.count(c) for c in "，,") >= 2:
        return False
    if strict:
        latin = _LATIN_LETTER.findall(stripped)
        if latin and len(latin) * 2 > visible_length(stripped) and any(c.islower() for c in latin):
            return False
    # A title has letters or ideographs, not just numbers and marks (a page number, a rule).
    return any(unicodedata.category(c).startswith("L") for c in stripped)


def opening_mark(line: str) -> bool:
    stripped = line.lstrip()
    return bool(stripped) and stripped[0] in NOTE_MARKS


def opens_with_dateline(line: str) -> bool:
    """Whether ``line`` opens a report with a run-in dateline (and goes on with its text).

    >>> [opens_with_dateline(x) for x in ["本报北京9月29日电　记者…", "【本報訊】昨日…", "LONDON, June 21.—The…",
    ...  "Parijs den 3 April. Gisteren…", "东昌府讯 11月16日，…"]]
    [True, True, True, True, True]
    >>> [opens_with_dateline(x) for x in ["通讯员 李四说…", "通讯技术的发展…", "London is large.", "本报讯"]]
    [False, False, False, False]
    """
    stripped = line.strip()
    match = _RUN_IN_DATELINE.match(stripped)
    return match is not None and len(stripped) > match.end() + 1


def in_capitals(headline: str, next_line: str) -> bool:
    """Whether ``headline`` is a Latin headline in capitals over ``next_line``: a run-in subhead
    (``THE PARK BILLS`` / ``are all through…``) goes on in lower case; a headline's text opens a sentence.

    >>> in_capitals("THE PARK BILLS", "The council met."), in_capitals("THE PARK BILLS", "are all through")
    (True, False)
    """
    latin = [c for c in headline if c.isalpha() and c.isascii()]
    return len(latin) >= 4 and all(c.isupper() for c in latin) and not next_line.lstrip()[:1].islower()


def only_structure_lines(text: str) -> bool:
    """Whether ``text`` is lines of the page's structure only: bylines, jump lines, rules (no text of a story).

    >>> [only_structure_lines(x) for x in ["\\n（本報記者 張三）\\n", "（下转第4版）", "会议决定。", ""]]
    [True, True, False, False]
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(is_byline(line) or furniture(line) is not None for line in lines)


def shares_most(heading: str, other: str) -> bool:
    """Whether two headlines' letters (``normalize.letters``) share most of the shorter one, in order:
    the same headline, an edit of it, or the part of it an OCR read; not a section head or a kicker.

    >>> shares_most("丨图书馆丨", "图书馆推出夜间阅读服务"), shares_most("本地新闻", "图书馆推出夜间阅读服务")
    (True, False)
    """
    return _matched(heading, other) >= 0.5 * min(len(heading), len(other)) > 0


def alike(one: str, other: str) -> bool:
    """Whether two lines' letters are the same, an OCR slip or two apart (not one holding the other).

    >>> alike("记我区疫情防控一线工作者", "记我区疫情防控一线工作看"), alike("区民政局", "东昌府讯区民政局组织")
    (True, False)
    """
    return _matched(one, other) >= 0.8 * max(len(one), len(other)) > 0


def _matched(one: str, other: str) -> int:
    """How many letters of ``one`` and ``other`` match, in order."""
    return sum(block.size for block in SequenceMatcher(None, one, other, autojunk=False).get_matching_blocks())


SECTION_HEAD_CHARS = 12
"""Visible characters a section head (``本地新闻``, ``LOCAL NEWS``) has at most."""


def section_heads(content: list[str]) -> set[int]:
    """Lines naming the section the articles under them stand in: a short headline-like line the page
    repeats word for word, with text right under it each time (no blank line between).

    A layout that sets one above a headline makes the two look like one headline of two lines, and one
    above a report it runs untitled makes it look like that report's headline; it is neither.

    >>> page = ["本地新闻", "河道清淤工程加快推进", "本报讯　眼下正值枯水期。", "本地新闻", "东昌府讯 昨日。"]
    >>> sorted(section_heads(page))
    [0, 3]
    >>> sorted(section_heads(["简讯", "", "菜市场早市延长。", "简讯", "", "图书馆周末开放。"]))
    []
    """
    places: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(content):
        stripped = line.strip()
        if stripped and visible_length(stripped) <= SECTION_HEAD_CHARS:
            places[stripped].append(i)
    heads: set[int] = set()
    for line, at in places.items():
        if len(at) >= 2 and all(k + 1 < len(content) and content[k + 1].strip() for k in at) and looks_like_title(line):
            heads.update(at)
    return heads
