"""Changes never take in or drop page furniture.

A page marker, a jump line (``（下转第4版）``), a record's metadata or an image
line inside an article's text is layout, which one export has and the other
not (see ``core.text.furniture``). The diff's edits are cut around such lines,
so accepting every change keeps the base's furniture where it is and brings in
none of the other version's. So too where a caption's label faces another
label (``圖片說明：`` in a database record, ``▲`` on a page): that part of
the change is dropped, and the caption's words are still compared.
"""

from __future__ import annotations

from core.text.furniture import caption_label_end, furniture, may_hold_caption_label, may_hold_furniture

Edit = tuple[int, int, int, int]  # left start, left end, right start, right end


def without_furniture(left: str, right: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` with every furniture line of either text cut out of them.

    >>> left, right = "甲\\n（下转第4版）\\n", "乙\\n"
    >>> without_furniture(left, right, [(0, 10, 0, 2)])
    [(0, 1, 0, 2)]
    """
    if not edits:
        return edits
    left_spans = _spans(left, edits, 0) if may_hold_furniture(left) else []
    right_spans = _spans(right, edits, 2) if may_hold_furniture(right) else []
    if not left_spans and not right_spans:
        return edits
    result: list[Edit] = []
    for l1, l2, r1, r2 in edits:
        left_parts = _outside((l1, l2), left_spans)
        right_parts = _outside((r1, r2), right_spans)
        if len(left_parts) == 1 and len(right_parts) == 1:
            result.append((*left_parts[0], *right_parts[0]))
            continue
        # Pieces of text on both sides face each other in order; the rest are one-sided.
        left_at, right_at = l2, r2
        for k in range(max(len(left_parts), len(right_parts))):
            a1, a2 = left_parts[k] if k < len(left_parts) else (left_at, left_at)
            b1, b2 = right_parts[k] if k < len(right_parts) else (right_at, right_at)
            if a1 != a2 or b1 != b2:
                result.append((a1, a2, b1, b2))
    result.sort()
    return result


def _spans(text: str, edits: list[Edit], side: int) -> list[tuple[int, int]]:
    """The furniture lines of ``text`` that some edit reaches into (or inserts within), each with its line break."""
    spans: set[tuple[int, int]] = set()
    for edit in edits:
        start, end = edit[side], edit[side + 1]
        line_start = text.rfind("\n", 0, start) + 1
        while line_start < end or line_start == start:
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end + 1
            if furniture(text[line_start:line_end]) is not None:
                # With the line break before it (no change joins it to the line above) and the
                # blank lines after it (nor takes away the space the page leaves under it).
                blank_end = line_end
                while blank_end < len(text) and text[blank_end] in "\r\n":
                    blank_end += 1
                spans.add((line_start - 1 if line_start > 0 else line_start, blank_end))
            if line_end <= line_start:
                break
            line_start = line_end
    return sorted(spans)


def _outside(span: tuple[int, int], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``span`` outside ``holes``; where none is left, one empty part after the holes it fell in."""
    start, end = span
    parts = []
    for hole_start, hole_end in holes:
        if hole_end <= start or hole_start >= end:
            continue
        if hole_start > start:
            parts.append((start, hole_start))
        start = max(start, hole_end)
    if start < end:
        parts.append((start, end))
    return parts or [(start, start)]  # (all furniture: what it faced goes in after it)


def without_label_changes(left: str, right: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` less any part that turns one caption label into another at a line's start.

    >>> left, right = "圖片說明：施工現場。", "▲施工现场。"
    >>> without_label_changes(left, right, [(0, 5, 0, 1), (8, 9, 4, 5)])
    [(8, 9, 4, 5)]
    """
    if not edits or not (may_hold_caption_label(left) and may_hold_caption_label(right)):
        return edits  # most pairs: no label on one side or the other, found in one search each
    result: list[Edit] = []
    for l1, l2, r1, r2 in edits:
        left_label, right_label = _label_end(left, l1), _label_end(right, r1)
        if left_label and right_label:
            l1, r1 = max(l1, left_label), max(r1, right_label)
            if l1 >= l2 and r1 >= r2:
                continue
            l2, r2 = max(l1, l2), max(r1, r2)
        result.append((l1, l2, r1, r2))
    return result


def _label_end(text: str, at: int) -> int:
    """Where the caption label that offset ``at`` falls in ends (0: it falls in none)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", line_start)
    end = line_start + caption_label_end(text[line_start : len(text) if line_end < 0 else line_end])
    return end if line_start <= at < end else 0
