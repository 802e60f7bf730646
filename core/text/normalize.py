"""Tokens and equivalences: what the diff compares, and which differences may be ignored.

A text is cut into tokens that tile it exactly (single CJK characters, Latin
words, numbers, single punctuation marks, whitespace runs and line breaks).
Each token also has a comparison *key*; the ignore options work by changing
keys (full- and half-width punctuation fold to one key) or by leaving tokens
out of the compared sequence (whitespace, mid-sentence paragraph breaks).
Offsets always refer to the original text, so nothing is rewritten.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from core.text.punctuation import CLOSING, PARAGRAPH_END

_CJK_RANGES = (
    "\u3040-\u30ff"  # kana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7af"  # hangul syllables
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\U00020000-\U0003134f"  # CJK extensions B..G
)

CJK_CHAR = re.compile(f"[{_CJK_RANGES}]")
"""One CJK character (ideograph, kana or hangul): each is a token of its own."""

TOKEN_REGEX = (
    rf"(?P<newline>\r\n|\r|\n)"
    rf"|(?P<space>[^\S\r\n]+)"
    rf"|(?P<cjk>[{_CJK_RANGES}])"
    rf"|(?P<number>\d+)"
    rf"|(?P<word>[^\W\d_{_CJK_RANGES}]+(?:['’][^\W\d_{_CJK_RANGES}]+)*)"
    rf"|(?P<mark>.)"
)
"""The tokens, a named group per kind (compile with ``re.DOTALL``; see ``token_pattern``)."""


@lru_cache(maxsize=1)
def token_pattern() -> re.Pattern[str]:
    """``TOKEN_REGEX`` compiled, on first use: its CJK classes take milliseconds to compile,
    and the usual diff (``core.diffing.token_diff``) needs only the version without names."""
    return re.compile(TOKEN_REGEX, re.DOTALL)


WHITESPACE_GROUPS = frozenset({"newline", "space"})
"""Names of ``TOKEN_REGEX``'s groups that match whitespace."""


class TokenKind(Enum):
    """What a token is; decides how it is compared and how a hunk is classed."""

    NEWLINE = "newline"
    SPACE = "space"
    CJK = "cjk"
    NUMBER = "number"
    WORD = "word"
    MARK = "mark"  # punctuation, symbols and anything else, one character each

    @property
    def is_whitespace(self) -> bool:
        return self in (TokenKind.NEWLINE, TokenKind.SPACE)


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its kind and its span in the text it was cut from."""

    kind: TokenKind
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Cut ``text`` into tokens that concatenate back to it exactly.

    >>> [text[t.start:t.end] for text in ["东昌府讯 OCR errors，2022年"] for t in tokenize(text)]
    ['东', '昌', '府', '讯', ' ', 'OCR', ' ', 'errors', '，', '2022', '年']
    >>> [t.kind.value for t in tokenize("a\\u3000\\r\\nb")]
    ['word', 'space', 'newline', 'word']
    """
    return [Token(TokenKind(match.lastgroup), match.start(), match.end()) for match in token_pattern().finditer(text)]


def fold_width(text: str) -> str:
    """Full-width forms folded to their half-width equivalents (``，`` → ``,``, ``１`` → ``1``).

    >>> fold_width("（１２，ａ）")
    '(12,a)'
    """
    return unicodedata.normalize("NFKC", text)


def is_punctuation(char: str) -> bool:
    """Punctuation or a symbol (``，`` ``(`` ``“`` ``%``)."""
    return unicodedata.category(char)[0] in "PS"


_BREAK = re.compile(r"[^\S\r\n]*(?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))+[^\S\r\n]*")
_BYLINE_END = re.compile(r"[(（][^()（）\r\n]{1,40}[)）]$")


def broken_paragraph_breaks(text: str) -> list[tuple[int, int]]:
    """Spans of blank-line breaks that cut a sentence in two, as a column or page break does.

    A break counts when the line before it ends without paragraph-ending
    punctuation (and is not a byline) and the line after it carries on with
    text rather than a heading or a list item.

    >>> text = "市民可在社区\\n\\n服务中心办理。\\n\\n下一段。"
    >>> [text[a:b] for a, b in broken_paragraph_breaks(text)]
    ['\\n\\n']
    """
    spans = []
    for match in _BREAK.finditer(text):
        before = text[: match.start()].rstrip()
        after = text[match.end() : match.end() + 1]
        if not before or not after or after in "#>-*+|":
            continue
        last = before[-1]
        if last in CLOSING or last in PARAGRAPH_END or _BYLINE_END.search(before[-42:]):
            continue
        spans.append((match.start(), match.end()))
    return spans


# Full-width ASCII forms and the ideographic space, folded: what NFKC would do for
# matching's purpose, at a fraction of its cost on long CJK texts.
_HALF_WIDTH = {0xFF01 + k: 0x21 + k for k in range(94)} | {0x3000: 0x20}
_FULL_WIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_NOT_LETTERS = re.compile(r"[\W_]+")


def letters(text: str) -> str:
    """``text``'s letters, digits and ideographs alone, lower-cased, full-width forms folded.

    What pairing and the splice search compare: layout, punctuation and width
    say nothing about which article a passage belongs to.

    >>> letters("Ｏｃｒ， 第２版：东昌府")
    'ocr第2版东昌府'
    """
    if _FULL_WIDTH_ALNUM.search(text):  # rare: translating every text costs more than this scan
        text = text.translate(_HALF_WIDTH)
    return _NOT_LETTERS.sub("", text.lower())


def sampled_class(modulus: int) -> str:
    """A regex character class of one code point in ``modulus`` of the scripts newspapers use.

    N-grams starting with such a character are a content-defined sample: the same
    passage samples the same n-grams wherever it sits in a text.
    """
    blocks = [
        (0x30, 0x250),
        (0x370, 0x530),
        (0x3040, 0x3100),
        (0x3400, 0x4DC0),
        (0x4E00, 0xA000),
        (0xAC00, 0xD7B0),
        (0xF900, 0xFB00),
    ]
    chars = "".join(chr(c) for start, stop in blocks for c in range(start, stop) if c % modulus == 0)
    return "[" + re.escape(chars) + "]"
