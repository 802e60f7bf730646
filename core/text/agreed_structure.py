"""Article boundaries from both versions together.

Each version is first split on its own (``core.text.segment``). Where one
marks a boundary the other lacks, the text of the other says whether it holds:

* **Cut where the other version starts an article.** A line of one version
  whose first words open an article of the other (its title or its first
  line), after a line that ends a sentence, starts an article here too, so a
  page with no blank lines facing a page that sets its reports apart is cut at
  the same places. The other version's boundary must be a real one (a title, or
  the article before it ends a sentence), not a column break.
* **Join what the other version runs on.** A piece opened by nothing of its
  own (no dateline, bullet or furniture), whose text runs on from the article
  before it in the other version, joins that article when the other version
  runs both on one line (a short line cut from a column is no headline), or,
  for an untitled piece, when the break falls mid-sentence: a printed column
  broken into lines never makes articles. What either version sets apart is
  never joined: the other must hold both in one article, none starting between.

The result is a list of structure corrections per version (the same kind the
proofreader makes, applied before theirs), so splitting stays lossless: first
the joins, then, on the versions so joined, the cuts.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher

from core.model import Article, Document
from core.text.column_layout import CONTINUING, lines_in_columns
from core.text.headlines import BULLETS, NOTE_MARKS, is_byline, looks_like_title, opens_with_dateline
from core.text.letter_view import Letters
from core.text.lines import Line, split_lines
from core.text.normalize import letters
from core.text.punctuation import closes_line
from core.text.structure import StructureEdits

_KEY = 12  # letters of a window that names a place in the text
_MAX_GAP = 4  # letters the two versions may disagree on across a join (a slip, a dropped mark)
_LETTER = re.compile(r"[^\W_]")


Openings = dict[str, tuple[str, str, int]]
"""The first letters of a version's articles, with what they open and where in the opening they stand
(see ``_article_openings``)."""


class OpeningsCache:
    """The openings of the documents one agreement looks at, made once each."""

    def __init__(self) -> None:
        self._made: dict[int, tuple[Document, Openings]] = {}

    def of(self, document: Document) -> Openings:
        made = self._made.get(id(document))
        if made is None or made[0] is not document:  # (an id is only reused once its object is gone)
            made = self._made[id(document)] = (document, _article_openings(document))
        return made[1]


def join_hints(
    left: Document, right: Document, cache: OpeningsCache | None = None
) -> tuple[StructureEdits, StructureEdits]:
    """The pieces each version should join to the article before, as far as the other's text shows it."""
    cache = cache or OpeningsCache()
    letters_of: dict[int, Letters] = {}

    def view(document: Document) -> Letters:
        if id(document) not in letters_of:
            letters_of[id(document)] = Letters(document)
        return letters_of[id(document)]

    openings = {id(left): cache.of(left), id(right): cache.of(right)}
    endings = {id(left): _article_endings(left), id(right): _article_endings(right)}
    hints = []
    for this, other in ((left, right), (right, left)):
        edits = StructureEdits()
        for offset in _joins(this, other, view, openings[id(other)], endings[id(other)]):
            edits = edits.then("join", offset)
        hints.append(edits)
    return hints[0], hints[1]


def cut_hints(
    left: Document, right: Document, cache: OpeningsCache | None = None
) -> tuple[StructureEdits, StructureEdits]:
    """The lines where each version should start an article because the other starts one there.

    Run on versions already joined (``join_hints``), so a column break is no evidence.
    """
    cache = cache or OpeningsCache()
    openings = {id(left): cache.of(left), id(right): cache.of(right)}
    hints = []
    for this, other in ((left, right), (right, left)):
        # Only the openings this version lacks can call for a cut.
        own = openings[id(this)]
        missing = {key: what for key, what in openings[id(other)].items() if key not in own}
        edits = StructureEdits()
        for operation, offset in _cuts(this, missing):
            edits = edits.then(operation, offset)
        hints.append(edits)
    return hints[0], hints[1]


def _last_line(document: Document, article: Article) -> str:
    return document.text[article.content_start : article.content_end].rsplit("\n", 1)[-1]


def _opened(document: Document, index: int) -> bool:
    """Whether article ``index`` is opened by something of its own: a mark, a dateline, furniture."""
    article = document.articles[index]
    if article.start < article.content_start:
        return True
    first_line = document.text[article.content_start : article.content_end].lstrip().split("\n", 1)[0]
    return first_line[:1] in BULLETS | NOTE_MARKS or opens_with_dateline(first_line)


def _joins(
    this: Document,
    other: Document,
    view: Callable[[Document], Letters],
    other_openings: Openings,
    other_endings: set[str],
) -> list[int]:
    """Starts of ``this`` to drop: pieces whose text ``other`` runs on from the article before."""
    joins = []
    for index in range(1, len(this.articles)):
        if _opened(this, index):
            continue
        before, piece = this.articles[index - 1], this.articles[index]
        last_line = _last_line(this, before)
        titled = piece.title_end > piece.content_start
        tail = letters(this.text[max(before.content_start, before.content_end - 3 * _KEY) : before.content_end])
        head = letters(this.text[piece.content_start : piece.content_start + 3 * _KEY])
        if len(tail) < _KEY // 2 or len(head) < _KEY // 2:
            continue
        if head[:_KEY] in other_openings or (len(head) < _KEY and head in other_openings):
            continue  # it opens an article there too
        if tail[-_KEY:] in other_endings:
            continue  # the article before ends there too
        other_view = view(other)
        if _separated_there(other_view, tail, head):
            continue
        junction = _run_on(other_view, tail, head)
        if junction is None:
            continue
        if not other_view.inside(junction):
            continue  # the other version separates them too
        if titled and not _headline_there(other_view, junction, letters(piece.title)):
            continue  # the text runs on there, but the headline stands elsewhere (a short one, passed over)
        at = other_view.offset(junction)
        one_line = "\n" not in other.text[max(0, at - 2) : at + 2] and "\r" not in other.text[max(0, at - 2) : at + 2]
        if (
            one_line
            or not (titled or closes_line(last_line))
            or (titled and _runs_on(other_view, junction, this, piece))
        ):
            joins.append(piece.start)
    return joins


def _headline_there(other: Letters, junction: int, title: str) -> bool:
    """Whether ``other``'s letters at ``junction`` open with ``title``'s (a slip or two apart)."""
    there = other.letters[junction : junction + len(title)]
    return SequenceMatcher(None, title, there, autojunk=False).ratio() >= 0.6


def _runs_on(other: Letters, junction: int, this: Document, piece: Article) -> bool:
    """Whether the other version runs ``piece``'s headline on into its next words, on one line: no headline."""
    size = len(letters(this.text[piece.content_start : piece.title_end]))
    # Where the headline would end its line there, the other version's line goes on.
    start, end = other.offset(junction + max(0, size - 2)), other.offset(junction + size + 2)
    return size > 0 and "\n" not in other.text[start:end] and "\r" not in other.text[start:end]


def _separated_there(other: Letters, tail: str, head: str) -> bool:
    """Whether ``other`` ends an article with ``tail`` or opens one with ``head`` too (the usual case, cheap to see)."""
    size = _KEY * 2 // 3
    found = other.finds(head[:size], 3)
    if found and not any(other.inside(at) for at in found):
        return True
    found = other.finds(tail[-size:], 3)
    last = len(other.letters) - 1
    return bool(found) and all(
        at + size > last or other.article_of(at + size - 1) != other.article_of(at + size) for at in found
    )


def _run_on(other: Letters, tail: str, head: str) -> int | None:
    """Where ``head`` starts in ``other``'s letters, if they run from ``tail`` into it there.

    A slip or two is allowed on either side, and a few lines between (an
    image, a caption or a credit the other version types there).
    """
    for size in (_KEY * 2 // 3, _KEY // 2):
        for back in range(0, 2 * size + 1, size // 2):
            tail_key = tail[len(tail) - back - size : len(tail) - back]
            if len(tail_key) < size:
                break
            places = other.finds(tail_key, 2)
            if len(places) > 1:
                continue  # words the other version has twice (a credit, a stock phrase) place nothing
            for found in places:
                end = found + size + back  # where ``tail`` ends in ``other``, if the rest of it is there
                # The words found and the head must lie in one article there.
                article = other.article_of(found + size - 1)
                for at in (end, *other.line_starts_after(end, 3)):
                    # Past a line between, the rest of the tail comes before the head.
                    found_head = _heads(other, head, at, size, 0 if at == end else back)
                    if found_head is not None and other.article_of(found_head[1]) == article:
                        # (An article starting between: the other separates them.) A slip in the
                        # head's first letters makes where it starts a guess: not before the tail's end.
                        return max(found_head[0], found + size)
    return None


def _heads(other: Letters, head: str, at: int, size: int, slack: int) -> tuple[int, int] | None:
    """Where ``other``'s letters near ``at`` (or up to ``slack`` letters later) go on as ``head`` does, if
    they do: where ``head`` starts there (its first letters a slip or two apart, maybe), and where the
    letters of it found are."""
    for ahead in range(0, 2 * size + 1, size // 2):
        head_key = head[ahead : ahead + size]
        if len(head_key) < size:
            return None
        start = max(0, at + ahead - _MAX_GAP)
        found = other.letters.find(head_key, start, at + ahead + _MAX_GAP + slack + size)
        if found >= 0:
            return max(0, found - ahead), found
    return None


def _cuts(this: Document, openings: Openings) -> list[tuple[str, int]]:
    """Lines of ``this`` to start articles at: where the other version starts one (``openings``, those this lacks)."""
    if not openings:
        return []
    lines = split_lines(this.text)
    content = [line.text(this.text) for line in lines]
    found: dict[str, list[int]] = defaultdict(list)
    # Most lines open with no key's letter, and have none where a second window starts: passed over.
    first_letters = {key[0] for key, (_, _, window) in openings.items() if window != 1}
    second_letters = {key[0] for key, (_, _, window) in openings.items() if window != 0}
    for k in range(1, len(lines)):
        first = _LETTER.search(content[k], 0, 2 * _KEY)
        if first is None:
            continue
        if first.group().lower() not in first_letters:
            second = next(itertools.islice(_LETTER.finditer(content[k], 0, 4 * _KEY), _KEY // 2, None), None)
            if second is None or second.group().lower() not in second_letters:
                continue
        for window, key in enumerate(_keys(letters(content[k][: 4 * _KEY]))):
            # The same window of the line as of the opening: a line that starts mid-way through
            # the other's headline is not where it starts.
            if key in openings and openings[key][2] in (window, -1):
                found[key].append(k)
                break
    if not found:
        return []
    line_starts = [line.start for line in lines]
    article_lines = {bisect.bisect_right(line_starts, a.content_start) - 1 for a in this.articles}
    taken = _opening_lines(this, lines, content, {k for at in found.values() for k in at})
    found = {key: [k for k in at if k not in taken] for key, at in found.items()}
    cuts = []
    columns = lines_in_columns(content)  # (where a blank line follows every line of a column, it ends nothing)
    for key, at in found.items():
        what, title, _ = openings[key]
        if len(at) != 1 or what == "several":
            continue  # the same words open several lines here or there: no telling which
        k = at[0]
        above = k - 1
        while above > 0 and not content[above].strip():
            above -= 1
        if what == "body":
            # The other's headline may stand a few lines up here, a caption or byline between.
            headline = next((j for j in _text_above(content, k, 4) if _opens_with(content[j], title)), None)
            if headline is not None:
                headline = _headline_over(content, headline)
                if headline not in article_lines and headline not in taken and _closes_before(content, headline):
                    cuts.append(("title", lines[headline].start))
                continue
            if looks_like_title(content[above], True) and above > 0 and closes_line(content[above - 1]):
                cuts.append(("title", lines[above].start))  # its headline, worded otherwise here
                continue
        elif (
            what == "untitled"
            and above > 0
            and above not in taken
            and closes_line(content[above - 1])
            and looks_like_title(content[above], True)
            and not looks_like_title(content[k], True)
        ):
            cuts.append(("title", lines[above].start))  # the headline only this version types
            continue
        if above in taken and not (what == "untitled" and closes_line(content[above])):
            continue  # the line under a headline and its credits here: this article's own body
            # (but a one-line item above, its sentence finished, may well end before an untitled one)
        if what == "title" and (not looks_like_title(content[k]) or _runs_past(content, k, title)):
            continue  # a paragraph opening with the other's headline words is no headline
        if closes_line(content[above]) or (not content[k - 1].strip() and not columns):
            titled = what == "title" and looks_like_title(content[k], True)
            cuts.append(("title" if titled else "split", lines[k].start))
    return cuts


def _text_above(content: list[str], k: int, count: int) -> list[int]:
    """The ``count`` lines of text above line ``k``, nearest first (blank lines passed over)."""
    return list(itertools.islice((j for j in range(k - 1, -1, -1) if content[j].strip()), count))


def _headline_over(content: list[str], title_line: int) -> int:
    """The line a headline starts at, given a line of it: the line above when that one, under a finished
    sentence, looks like a headline itself (the other version set this one's kicker as its title)."""
    above = _text_above(content, title_line, 1)
    if (
        above
        and not _closes_before(content, title_line)
        and looks_like_title(content[above[0]], True)
        and _closes_before(content, above[0])
    ):
        return above[0]
    return title_line


def _runs_past(content: list[str], k: int, title: str) -> bool:
    """Whether line ``k`` holds the whole of headline ``title`` (its letters) and its sentence goes on,
    on that line or the next: a paragraph opening with the headline's words (``做好防疫情与稳经济“双统筹``
    / ``”，既是…``)."""
    line_letters = letters(content[k])
    following = next((line.strip() for line in content[k + 1 : k + 3] if line.strip()), "")
    return line_letters.startswith(title) and (
        (len(line_letters) > len(title) and any(mark in content[k] for mark in "，,、；;"))
        or following.startswith(CONTINUING)
    )


def _opens_with(line: str, title: str) -> bool:
    """Whether ``line`` opens with the first letters of ``title`` (the rest of a title line may differ)."""
    line_letters = letters(line)
    n = min(6, len(line_letters), len(title))
    same = sum(a == b for a, b in zip(line_letters[:n], title[:n], strict=True))
    return n >= 3 and same >= (n - 1 if n >= 5 else n)  # an OCR slip apart


def _closes_before(content: list[str], line: int) -> bool:
    """Whether the text before line ``line`` ends a sentence (or a blank line or the start comes first)."""
    return line == 0 or not content[line - 1].strip() or closes_line(content[line - 1])


def _opening_lines(document: Document, lines: list[Line], content: list[str], near: set[int]) -> set[int]:
    """Lines that open an article of ``document`` already (its first line, its title, the byline and body
    under it), among the articles holding the lines ``near`` or just before them."""
    line_starts = [line.start for line in lines]
    article_starts = [a.content_start for a in document.articles]
    wanted: set[int] = set()
    for k in near:
        index = bisect.bisect_right(article_starts, lines[k].start) - 1
        wanted.update(i for i in (index - 1, index) if i >= 0)
    taken = set()
    for index in wanted:
        article = document.articles[index]
        first = bisect.bisect_right(line_starts, article.content_start) - 1  # past a heading mark, maybe
        k = first
        titled = article.title_end > article.content_start
        while k < len(lines) and lines[k].start < article.content_end:
            taken.add(k)
            in_title = lines[k].text_end <= article.title_end or (titled and k == first)
            if not in_title and content[k].strip() and not is_byline(content[k]):
                break  # the first line of the body
            k += 1
    return taken


def _article_openings(document: Document) -> Openings:
    """The first letters of each article that starts for real: what they open ("title", "body" or "untitled"),
    the letters of the article's title, and which window of the opening they are (``_keys``).

    An article starts for real when it has a title, or the article before it
    ends a sentence: a piece cut off mid-sentence (a column break) is no
    evidence. Words that open several articles say "several"; short openings
    (a credit line) are keys shorter than the rest.
    """
    keys: Openings = {}
    for index, article in enumerate(document.articles):
        titled = article.title_end > article.content_start
        if not titled and index and not closes_line(_last_line(document, document.articles[index - 1])):
            continue  # a piece cut off mid-sentence
        content = document.text[article.content_start : article.content_end]
        openings = [(content, "title" if titled else "untitled")]
        if titled:
            openings.append((document.text[article.title_end : article.content_end].lstrip(), "body"))
        own: set[str] = set()
        for opening, what in openings:
            opening_letters = letters(opening[: 4 * _KEY])
            short = opening_letters[:_KEY]
            for window, key in enumerate(_keys(opening_letters) or ([short] if len(short) >= _KEY // 2 else [])):
                title = letters(article.title) if titled else ""
                # (A short headline's second window is its body's first: the body's, not several.)
                several = key in keys and key not in own
                keys[key] = ("several", "", -1) if several else (what, title, window)
                own.add(key)
    return keys


def _article_endings(document: Document) -> set[str]:
    """The last letters of each article's text (all of them, for a short one)."""
    return {
        letters(document.text[max(a.content_start, a.content_end - 3 * _KEY) : a.content_end])[-_KEY:]
        for a in document.articles
    }


def _keys(opening: str) -> list[str]:
    """Two windows of a line's first letters, so an OCR slip in one leaves the other to match."""
    return [key for key in (opening[:_KEY], opening[_KEY // 2 : _KEY // 2 + _KEY]) if len(key) == _KEY]
