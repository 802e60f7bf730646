"""The punctuation vocabulary every module shares: what ends a sentence, a clause, a quote.

Chinese text mixes full-width marks (。，、「」) with half-width ones from a layout
export (. , " ), and Republican-era text uses 、 as its running comma. Each
module asks a question of its own (does this line read as prose? where may a
long passage be cut? may two changes merge across this?), but they all answer
it from these sets, so a mark added here counts everywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

SENTENCE_END = frozenset("。！？!?…．.")
"""Marks that close a sentence (a Latin full stop only does so before a space or line end)."""

CLAUSE_END = frozenset("；;：:")
"""Marks that close a clause strongly enough to end a paragraph line."""

PAUSE = frozenset("，,、")
"""Commas: the sentence goes on."""

CLOSING = frozenset("”’\"'」』》〉）)]】")
"""Closing quotes and brackets, which may follow a sentence's last mark."""

PARAGRAPH_END = SENTENCE_END | CLAUSE_END
"""A line ending in one of these (perhaps before closing quotes) ends its paragraph."""

PROSE_END = PARAGRAPH_END | PAUSE
"""A line ending in one of these is running text, never a headline."""

MERGE_STOPS = PROSE_END - {"…", ".", "．"} | {"\r", "\n"}
"""Two changes are never merged across these: each closes a clause a reader sees as whole."""


def _class(chars: frozenset[str]) -> str:
    return "[" + re.escape("".join(sorted(chars))) + "]"


_STRONG_END = _class(SENTENCE_END - {".", "．"} | {"；", ";"})
_CLOSERS = _class(CLOSING)

SENTENCE_BOUNDARY = re.compile(rf"(?:{_STRONG_END}+|[.．](?=\s|$)){_CLOSERS}*")
"""Where a sentence ends: its closing marks and any quotes after them."""

CLAUSE_BOUNDARY = re.compile(_class(PAUSE | CLAUSE_END))
"""Where a clause ends inside a sentence."""


def ends_with(text: str, marks: frozenset[str]) -> bool:
    """Whether ``text`` ends in one of ``marks``, looking through closing quotes.

    A closing quote or bracket counts only when a mark precedes it: a title may
    end in a quote (“前哨”防线 does not; 做好“双统筹” does not either).

    >>> ends_with("他说：“好。”", PARAGRAPH_END)
    True
    >>> ends_with("做好防疫与稳经济“双统筹”", PARAGRAPH_END)
    False
    >>> ends_with("東昌府訊　（丹翁）", PARAGRAPH_END)
    False
    """
    stripped = text.rstrip()
    if stripped and stripped[-1] in CLOSING:
        stripped = stripped.rstrip("".join(CLOSING)).rstrip()
        return bool(stripped) and stripped[-1] in marks
    return bool(stripped) and stripped[-1] in marks


def closes_line(line: str) -> bool:
    """Whether ``line`` can end a stretch of text: a full stop or a clause's end, or a closing mark
    (a quotation, a bracket, a credit's parenthesis).

    >>> closes_line("他说：“好。”"), closes_line("（记者 张三）"), closes_line("本周我区以晴")
    (True, True, False)
    """
    stripped = line.rstrip()
    return bool(stripped) and (ends_with(stripped, PARAGRAPH_END) or stripped[-1] in CLOSING)


_WIDE = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


@lru_cache(maxsize=1)
def _narrow_in_chinese() -> re.Pattern[str]:
    """Compiled on first use (by the edit dialog): its CJK classes take milliseconds to compile."""
    return re.compile(
        # A half-width mark with Chinese before it (spaces between allowed), or an opening
        # parenthesis with Chinese after it; a full stop only after Chinese and not inside a number.
        r"(?<=[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef])[ \t]*([,;:?!()])"
        r"|([(])(?=[\u3400-\u9fff])"
        r"|(?<=[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef])(\.)(?![0-9A-Za-z])"
    )


def widen_punctuation(text: str) -> str:
    """Half-width punctuation in Chinese running text, made full-width (as Chinese print sets it).

    Marks in Latin text, numbers (3.5) and code stay as they are.

    >>> widen_punctuation("检查中,按照标准(试行).对照 3.5 版,OK, f(x), fine.")
    '检查中，按照标准（试行）。对照 3.5 版，OK, f(x), fine.'
    """

    def wide(match: re.Match[str]) -> str:
        mark = match.group(1) or match.group(2) or match.group(3)
        return "。" if mark == "." else _WIDE[mark]

    # A mark widened makes the next one Chinese context too: "标准(试行)," takes three passes.
    for _ in range(4):
        widened = _narrow_in_chinese().sub(wide, text)
        if widened == text:
            break
        text = widened
    return text
