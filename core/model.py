"""The value objects that flow through the pipeline: sides, articles, hunks and pairs."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, StrEnum


class Side(StrEnum):
    """One of the two versions of an issue.

    Its value is how files, JSON and settings spell it (a ``str``, so it
    writes and compares as one); code names a side only through this type.

    >>> Side.LEFT.other
    <Side.RIGHT: 'right'>
    >>> Side("right") is Side.RIGHT, f"{Side.LEFT}"
    (True, 'left')
    """

    LEFT = "left"
    RIGHT = "right"

    # The accessors below (Pair.index, Hunk.text, Comparison.version…) compare with ``==``, so the
    # plain spelling a file or a setting gives reads the same side rather than silently the other.

    @property
    def other(self) -> Side:
        """The side that is not this one."""
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


SIDES = (Side.LEFT, Side.RIGHT)
"""Both sides, left first: the order every listing of the two uses."""


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a document, as spans of the document's text.

    The spans nest: ``start <= content_start <= title_end <= content_end <= end``.

    * ``start:end`` is the article's whole region. Regions tile the document
      after its preamble, so concatenating them gives the text back exactly.
    * ``content_start:content_end`` is what gets compared: the title line and
      the body, without heading markup (``## ``) or the blank lines after it.
    * ``content_start:title_end`` is the title as written (empty when the
      article has none); ``title`` is a cleaned copy for display and pairing.
    """

    index: int
    title: str
    start: int
    end: int
    content_start: int
    content_end: int
    title_end: int


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded text split into a preamble and articles, losslessly."""

    text: str
    articles: tuple[Article, ...]
    format: str = "plain"  # "plain" or "markdown"

    @property
    def preamble_end(self) -> int:
        """Where the first article begins (the whole text when there is none)."""
        return self.articles[0].start if self.articles else len(self.text)

    def content(self, article: Article) -> str:
        """The comparable text of ``article``: its title line and body."""
        return self.text[article.content_start : article.content_end]

    def body(self, article: Article) -> str:
        """The text of ``article`` after its title line."""
        return self.text[article.title_end : article.content_end]


class HunkClass(Enum):
    """What kind of difference a hunk is, so whole classes can be ignored or decided."""

    TEXT = "text"
    PUNCTUATION = "punctuation"
    WHITESPACE = "whitespace"


class FlagKind(Enum):
    """Why a change or an article deserves a second look (see ``core.diffing.flags``)."""

    SPLICE = "splice"
    REPEATED_PHRASE = "repeated-phrase"
    TRUNCATION = "truncation"
    OCR_CONFUSION = "ocr-confusion"
    NUMBER_CHANGE = "number-change"


@dataclass(frozen=True, slots=True)
class Flag:
    """One reason to look twice; ``side`` is the version whose text carries it.

    None for a number or a look-alike changed, which says nothing about the
    side at fault (written ``"both"``).
    """

    kind: FlagKind
    side: Side | None
    note: str  # in English, for the command line; the window words it from the fields
    where: tuple[Side, int] | None = None  # for a splice: (side, article index) it also occurs in
    quote: str = ""  # the text the note quotes: the phrase repeated, where a text stops, the other title

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "side": "both" if self.side is None else self.side,
            "note": self.note,
            "where": list(self.where) if self.where else None,
        }


Span = tuple[int, int]
"""A (start, end) range inside an article's content."""


@dataclass(frozen=True, slots=True)
class Hunk:
    """One difference between the two contents of a pair.

    Offsets index the two compared strings (the articles' contents); ``left``
    and ``right`` are the exact texts there (one may be empty). ``id`` is
    stable across reloads of the same texts, so decisions can be kept.
    """

    id: str
    left_start: int
    left_end: int
    right_start: int
    right_end: int
    left: str
    right: str
    kind: HunkClass
    flags: tuple[Flag, ...] = field(default=())

    def text(self, side: Side) -> str:
        """The text this hunk has on ``side``."""
        return self.left if side == Side.LEFT else self.right

    def span(self, side: Side) -> Span:
        """Where this hunk lies in ``side``'s compared text."""
        return (self.left_start, self.left_end) if side == Side.LEFT else (self.right_start, self.right_end)


@dataclass(frozen=True, slots=True)
class Pair:
    """Articles matched across the two sides; either index is None when one-sided.

    A continued or split article matches two articles on the other side: it
    then appears in two pairs, each with a ``left_part``/``right_part`` saying
    which range of its content belongs to that pair. The parts of one article
    tile its content. ``None`` means the whole content.
    """

    left: int | None
    right: int | None
    similarity: float
    left_part: Span | None = None
    right_part: Span | None = None

    def index(self, side: Side) -> int | None:
        """The article this pair has on ``side`` (None: the pair is one-sided)."""
        return self.left if side == Side.LEFT else self.right

    def part(self, side: Side) -> Span | None:
        """The range of that article's content this pair holds (None: all of it)."""
        return self.left_part if side == Side.LEFT else self.right_part
