"""Which reading of a site most versions give: where two of three independent versions agree, the third
is almost always the one that is wrong.

A reading wins only with a strict majority of the versions that have the
text there (two of three, three of four or five). Versions that are not
independent (the same text twice: one OCR engine run twice, a file copied)
count as one, so they cannot outvote the rest by repeating one another.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from core.versions.alignment import Site, align


@dataclass(frozen=True, slots=True)
class Vote:
    """The reading a strict majority gives (None: no majority), how many gave it, of how many voting."""

    reading: str | None
    count: int
    voters: int

    @property
    def decided(self) -> bool:
        return self.reading is not None


def vote(site: Site, same_as: Sequence[int] | None = None) -> Vote:
    """The majority reading of ``site``; ``same_as[i]`` is the first version version ``i`` copies (itself
    when independent), so copies vote once.

    >>> from core.versions.alignment import Site, align
    >>> vote(Site(0, 1, ("员", "贝", "员")))
    Vote(reading='员', count=2, voters=3)
    >>> vote(Site(0, 1, ("员", "贝", "见")))
    Vote(reading=None, count=1, voters=3)
    >>> vote(Site(0, 1, ("员", "贝", "贝")), same_as=[0, 1, 1])  # a copy of version 1 is one voice
    Vote(reading=None, count=1, voters=2)
    """
    seen: set[int] = set()
    counts: Counter[str] = Counter()
    for index, reading in enumerate(site.readings):
        voice = same_as[index] if same_as is not None else index
        if reading is None or voice in seen:
            continue
        seen.add(voice)
        counts[reading] += 1
    voters = sum(counts.values())
    if not counts:
        return Vote(None, 0, 0)
    reading, count = counts.most_common(1)[0]
    if 2 * count > voters:
        return Vote(reading, count, voters)
    return Vote(None, count, voters)


def settle(site: Site, same_as: Sequence[int] | None = None) -> Vote:
    """The vote on ``site``, or, where no reading wins it whole, on its pieces: the review's diff joins
    changes a few characters apart (长在2020 / 早在20召0 / 早在2020), which character by character two of
    three versions decide each (早, 2). Decided only where every piece is.

    >>> settle(Site(0, 6, ("长在2020", "早在20召0", "早在2020")))
    Vote(reading='早在2020', count=2, voters=3)
    """
    whole = vote(site, same_as)
    base = site.readings[0]
    if whole.decided or base is None or sum(r is not None for r in site.readings) < 3:
        return whole
    pieces = align(base, site.readings[1:], by_character=True)
    votes = [vote(piece, same_as) for piece in pieces]
    if not pieces or not all(v.decided for v in votes):
        return whole
    out, at = [], 0
    for piece, decided in zip(pieces, votes, strict=True):
        out += [base[at : piece.start], decided.reading or ""]
        at = piece.end
    out.append(base[at:])
    return Vote("".join(out), min(v.count for v in votes), whole.voters)


def copies(texts: Sequence[str | None]) -> list[int]:
    """For each version, the first version with the same text (itself if none before it has): a version
    that repeats another word for word is no independent witness.

    >>> copies(["a", "b", "a", None])
    [0, 1, 0, 3]
    """
    first: dict[str, int] = {}
    found = []
    for index, text in enumerate(texts):
        if text is None:
            found.append(index)
        else:
            found.append(first.setdefault(text, index))
    return found
