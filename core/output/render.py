"""Writing the clean copy: every article's resolved text in the base file's frame and order.

Built on the review's public reading of each pair (``resolved_content``):
whatever was not decided keeps the base's text, so with nothing taken the
base file comes back byte for byte.
"""

from __future__ import annotations

import re

from core.model import Article, Document
from core.review.decisions import Choice, ReviewModel
from core.text.furniture import furniture


def clean_copy(model: ReviewModel, layout: str | None = None) -> str:
    """The whole clean copy, laid out as the base file is.

    ``layout`` ``"plain"`` or ``"markdown"`` writes titles without or with
    ``## `` heading marks whatever the base file used; None keeps the base's.
    """
    side = model.comparison.version(model.base)
    other = model.comparison.version(model.other)
    text = side.document.text
    layout = layout or side.document.format
    newline = model.newline
    out = [text[: side.document.preamble_end]]
    ordered = model.ordered_pairs()
    last_part = {pair.index(model.base): at for at, pair in enumerate(ordered)}
    started: set[int] = set()
    taken: set[int] = set()
    for at, pair in enumerate(ordered):
        content = model.resolved_content(pair)
        base_index = pair.index(model.base)
        if content is None:
            if base_index is not None and base_index not in started:  # left out, but for its page furniture
                started.add(base_index)
                out.append(_furniture_of(text, side.articles[base_index], newline))
            continue
        if base_index is None:
            # An inserted article: set off by a blank line, as articles are.
            if out[-1] and not out[-1].endswith(("\n", "\r")):
                out.append(newline * 2)
            other_index = pair.index(model.other)
            assert other_index is not None  # a pair has at least one side
            inserted = other.articles[other_index]
            titled = inserted.title_end > inserted.content_start
            heading = _heading_mark(side.document) if layout == "markdown" and titled else ""
            out.append(heading + content + newline * 2)
            continue
        # A continued article spans several pairs: its frame is written once, and the
        # text around each pair's compared span (heading mark, blank lines) as it is.
        article = side.articles[base_index]
        span = model.comparison.span(pair, model.base)
        assert span is not None
        if base_index in taken:
            continue  # written whole, as the other version has it
        if base_index not in started:
            started.add(base_index)
            prefix = text[article.start : span[0]]
            # Heading marks change only to write another layout (a markdown base's unmarked titles stay so).
            reframe = span[0] == article.content_start and layout != side.document.format
            out.append(_reframed(prefix, article, layout) if reframe else prefix)
            whole = _as_the_other_has_it(model, base_index, layout)
            if whole is not None:
                taken.add(base_index)
                last_span = model.comparison.span(ordered[last_part[base_index]], model.base)
                assert last_span is not None
                out.append(_with_base_breaks(whole, text[span[0] : last_span[1]]) + text[last_span[1] : article.end])
                continue
        out.append(_with_base_breaks(content, text[span[0] : span[1]]))
        if last_part[base_index] == at:
            out.append(text[span[1] : article.end])
    return "".join(out)


def _furniture_of(text: str, article: Article, newline: str) -> str:
    """The furniture lines in ``article``'s frame (a page marker, a record's rule), each with a line break."""
    frame = text[article.start : article.content_start] + "\n" + text[article.content_end : article.end]
    return "".join(line + newline for line in frame.splitlines() if furniture(line))


def _with_base_breaks(resolved: str, base: str) -> str:
    """``resolved`` ending in the line breaks ``base`` ends in.

    Whatever text is taken, what the base sets apart with a line break (the
    next article's headline, a jump line) is never joined to it.

    >>> _with_base_breaks("最后一段。", "最后一段。\\n\\n")
    '最后一段。\\n\\n'
    """
    stripped = base.rstrip()
    tail = base[len(stripped) :]
    if ("\n" not in tail and "\r" not in tail) or resolved.endswith(tail) or not stripped:
        return resolved
    return resolved.rstrip() + tail


def _as_the_other_has_it(model: ReviewModel, base_index: int, layout: str) -> str | None:
    """A split article whose every change is taken, written as the other version's items, in their order.

    One version may type a caption in the middle of an article that the
    other gives after it: taking every change then gives the other's items
    whole and in its order, not the caption inside the story. Anything less
    than every change taken keeps the base's order (reject-all stays exact), and
    so does furniture inside the base's article.
    """
    pairs = [p for p in model.comparison.pairs if p.index(model.base) == base_index]
    if len(pairs) < 2:
        return None
    base = model.comparison.version(model.base)
    if any(furniture(line) for line in base.content(base_index).splitlines()):
        return None  # the base's furniture inside it (an image line) stays where the base has it
    changes = [(p, h.id) for p in pairs for h in model.comparison.hunks(p)]
    if not changes or any(model.decision(p, c).choice is not Choice.ACCEPT for p, c in changes):
        return None
    other = model.comparison.version(model.other)
    parts: dict[int, list[tuple[int, int]]] = {}
    for pair in pairs:
        index = pair.index(model.other)
        if index is None:
            return None
        part = pair.part(model.other) or (0, len(other.content(index)))
        parts.setdefault(index, []).append(part)
    pieces = []
    for number, index in enumerate(sorted(parts)):
        content = other.content(index)
        piece = "".join(content[a:b] for a, b in sorted(parts[index])).rstrip("\r\n")
        article = other.articles[index]
        if number and layout == "markdown" and article.title_end > article.content_start:
            piece = _heading_mark(model.comparison.version(model.base).document) + piece
        pieces.append(model.from_other(piece))
    return (model.newline * 2).join(pieces)


_HEADING_MARK = re.compile(r"#{1,6}[ \t]+$")
_LEADING_MARK = re.compile(r"#{1,6}[ \t]+")


def _heading_mark(document: Document) -> str:
    """The heading mark the document's articles use (``# ``, ``## ``…), for an article put in."""
    for article in document.articles:
        mark = _LEADING_MARK.fullmatch(document.text, article.start, article.content_start)
        if mark:
            return mark.group()
    return "## "


def _reframed(prefix: str, article: Article, layout: str) -> str:
    """The text before an article's title, with heading marks as ``layout`` wants."""
    titled = article.title_end > article.content_start
    if layout == "plain":
        return _HEADING_MARK.sub("", prefix)
    if titled and not _HEADING_MARK.search(prefix):
        return prefix + "## "
    return prefix
