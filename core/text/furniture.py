"""Page furniture: lines that frame articles rather than being their text.

Record rules (``====``), record metadata (``文章編號：…``, ``paper | date | page``),
page markers (``第04版：国际·综合``, ``Page 3``), jump lines (``（下转第4版）``,
``(Continued from Page 1)``) and image lines (``![](images/1.jpg)``) belong to
the article they introduce or sit in, but they are not its text: one export has
them and the other not, and neither is wrong. The segmenter keeps them in an
article's frame (so they stay where the base has them), and the diff never
makes a change of them.
"""

from __future__ import annotations

import re
from enum import Enum


class Furniture(Enum):
    """What a furniture line is, which says which article it goes with."""

    RULE = "rule"  # opens a record
    METADATA = "metadata"  # a record's number, source, date, length
    PAGE = "page"  # a page or section marker: goes with the article after it
    JUMP_IN = "jump-in"  # (上接第1版): opens the continued piece
    JUMP_OUT = "jump-out"  # (下转第4版): closes the piece before the jump
    IMAGE = "image"  # an image reference


_PATTERNS = [
    (Furniture.RULE, re.compile(r"([=\-_*~─━═＝－])\1{3,}")),
    (Furniture.METADATA, re.compile(r"[^|｜\n]{1,40}(?:[ \t]*[|｜][ \t]*[^|｜\n]{1,40}){2,}")),
    (
        Furniture.METADATA,
        re.compile(
            r"(?:文章[編编][號号]|稿件[編编][號号]|來源|来源|出處|出处|版次|版面|欄目|栏目|字[數数]|"
            r"Document ID|Article ID|Source|Section|Length|Words)[ \t]*[：:].{0,80}",
            re.IGNORECASE,
        ),
    ),
    (
        Furniture.PAGE,
        re.compile(
            r"第[ \t]*[0-9０-９一二三四五六七八九十]{1,3}[ \t]*版"
            r"(?:[ \t]*[：:｜|·\-—\t \u3000][ \t]*[^，。,.\n]{1,20})?"
            r"|(?:PAGE|Page|Seite|SEITE|Pagina|Blz\.)[ \t]+[0-9]{1,3}(?:[ \t]*[:.\-—|].{0,30})?"
            r"|[-—–][ \t]*[0-9]{1,3}[ \t]*[-—–]"
        ),
    ),
    (
        Furniture.JUMP_IN,
        re.compile(
            r"[（(]?[ \t]*(?:上接|接上|接第)[^）)\n]{0,12}[）)]?"
            r"|\(?(?:Continued|Concluded) from [Pp]age [0-9]{1,3}\.?\)?"
            r"|\(?(?:Fortsetzung von Seite|Suite de la page) [0-9]{1,3}\.?\)?"
        ),
    ),
    (
        Furniture.JUMP_OUT,
        re.compile(
            r"[（(]?[ \t]*(?:下转|转第|转下|转至)[^）)\n]{0,12}[）)]?"
            r"|\(?(?:Continued|See) on [Pp]age [0-9]{1,3}\.?\)?"
            r"|\(?(?:Fortsetzung auf Seite|Suite en page|Suite page) [0-9]{1,3}\.?\)?"
        ),
    ),
    (Furniture.IMAGE, re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|<img\b[^>\n]*>")),
]
_PAGE_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十]")
TRAILING = frozenset({Furniture.JUMP_OUT})
"""Kinds that close the article before them; every other kind opens the one after it."""


def furniture(line: str) -> Furniture | None:
    """The kind of furniture ``line`` is, or None for a line of text.

    >>> [furniture(x) for x in ["======", "（下转第4版）", "第04版：国际·综合", "![](images/a.jpg)"]]
    [<Furniture.RULE: 'rule'>, <Furniture.JUMP_OUT: 'jump-out'>, <Furniture.PAGE: 'page'>, <Furniture.IMAGE: 'image'>]
    >>> furniture("东昌府报 | 2022-11-18 | 第4版 | 综合")
    <Furniture.METADATA: 'metadata'>
    >>> [furniture(x) for x in ["第一版的故事讲到这里结束了，后来他再没有回来。", "上接", "Page"]]
    [None, None, None]
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 120:
        return None
    if not may_hold_furniture(stripped):
        return None  # most lines: one quick look says so
    for kind, pattern in _PATTERNS:
        if pattern.fullmatch(stripped):
            if kind in (Furniture.JUMP_IN, Furniture.JUMP_OUT) and not _PAGE_NUMBER.search(stripped):
                continue  # 上接… without a page is prose
            return kind
    return None


# A line that could be furniture opens like one, or holds two bars: one search tells a text has none.
_MAYBE = re.compile(
    r"^[ \t\u3000]*(?:[=\-_*~─━═＝－]{4}|第|[（(]?[ \t]*(?:上接|接上|接第|下转|转第|转下|转至)"
    r"|\(?(?:Continued|Concluded|See|Fortsetzung|Suite)|!\[|<img|PAGE|Page|Seite|SEITE|Pagina|Blz"
    r"|[-—–][ \t]*[0-9]|文章|稿件|來源|来源|出處|出处|版次|版面|欄目|栏目|字數|字数"
    r"|Document|Article|Source|Section|Length|Words)",
    re.MULTILINE | re.IGNORECASE,
)
_BARS = re.compile(r"[|｜][^\n]*[|｜]")


def may_hold_furniture(text: str) -> bool:
    """Whether some line of ``text`` could be furniture (False: none is, found in a search or two)."""
    return _MAYBE.search(text) is not None or (("|" in text or "｜" in text) and _BARS.search(text) is not None)


def without_furniture_lines(text: str) -> str:
    """``text`` with each furniture line blanked by spaces of its length (offsets unchanged).

    >>> without_furniture_lines("甲\\n（上接第1版）\\n乙")
    '甲\\n       \\n乙'
    """
    if not may_hold_furniture(text):
        return text  # the usual article: nothing to look at twice
    lines = text.split("\n")
    return "\n".join(" " * len(line) if furniture(line) is not None else line for line in lines)


_LABEL_WORDS = "圖片說明|图片说明|圖片|图片|圖說|图说|照片"
CAPTION_LABEL = re.compile(rf"[ \t\u3000]*(?:(?:{_LABEL_WORDS})[ \t\u3000]*[：:]|[▲△])")
"""The label a caption opens with (``圖片說明：``, ``▲``): layout, which exports set differently."""
_MAY_HOLD_LABEL = re.compile(rf"[▲△]|{_LABEL_WORDS}")


def may_hold_caption_label(text: str) -> bool:
    """Whether some line of ``text`` could open with a caption label (False: none does, seen in one search)."""
    return _MAY_HOLD_LABEL.search(text) is not None


def caption_label_end(line: str) -> int:
    """How many characters of ``line`` its caption label takes (0: none).

    >>> caption_label_end("圖片說明：施工现场。"), caption_label_end("▲施工现场。"), caption_label_end("施工现场。")
    (5, 1, 0)
    """
    label = CAPTION_LABEL.match(line)
    return label.end() if label else 0
