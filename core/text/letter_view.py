"""A document's article letters end to end, to find where one version's words stand in the other's."""

from __future__ import annotations

import bisect
import re

from core.model import Document
from core.text.normalize import letters

_LETTER = re.compile(r"[^\W_]")


class Letters:
    """The letters of a document's articles end to end (as ``normalize.letters`` makes them), and where each begins."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        parts = [letters(document.content(a)) for a in document.articles]
        self.starts: list[int] = []  # the letter number each article's letters begin at
        at = 0
        for part in parts:
            self.starts.append(at)
            at += len(part)
        self.letters = "".join(parts)

    def article_of(self, letter: int) -> int:
        """The number of the article holding letter ``letter``."""
        return max(0, bisect.bisect_right(self.starts, letter) - 1)

    def inside(self, letter: int) -> bool:
        """Whether letter ``letter`` lies inside an article, past its first letters."""
        index = self.article_of(letter)
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.letters)
        return self.starts[index] + 1 < letter < end

    def offset(self, letter: int) -> int:
        """The text offset of letter number ``letter`` (found by walking its article: asked rarely)."""
        index = self.article_of(letter)
        article = self.document.articles[index]
        wanted = letter - self.starts[index]
        for count, match in enumerate(_LETTER.finditer(self.text, article.content_start, article.content_end)):
            if count == wanted:
                return match.start()
        return article.content_end

    def line_starts_after(self, letter: int, count: int) -> list[int]:
        """The letter numbers where the next ``count`` lines of its article after letter ``letter`` begin
        (blank lines aside)."""
        index = self.article_of(letter)
        article = self.document.articles[index]
        offset, found = self.offset(letter), list[int]()
        while len(found) < count:
            offset = self.text.find("\n", offset, article.content_end) + 1
            if offset <= 0:
                break
            start = self.starts[index] + len(letters(self.text[article.content_start : offset]))
            if not found or found[-1] != start:
                found.append(start)
        return found

    def finds(self, key: str, limit: int = 4) -> list[int]:
        """Where ``key`` occurs in the letters (the first ``limit`` times)."""
        found: list[int] = []
        at = self.letters.find(key)
        while at >= 0 and len(found) < limit:
            found.append(at)
            at = self.letters.find(key, at + 1)
        return found
