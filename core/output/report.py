"""The change report for the editor's records: every change with its decision, as CSV or HTML."""

from __future__ import annotations

import csv
import html
import io
from dataclasses import dataclass

from core.model import Hunk, Pair, Side
from core.review.decisions import ARTICLE, Choice, ReviewModel
from core.versions.candidate import CollatedReview

_CHOICE_NAMES = {
    Choice.PENDING: "undecided",
    Choice.ACCEPT: "accepted",
    Choice.REJECT: "rejected",
    Choice.CUSTOM: "edited",
}


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One change as the report lists it."""

    article: int  # 1-based position in the base side's order
    title: str
    kind: str  # hunk class, or "left only" / "right only" for a one-sided article
    left: str
    right: str
    decision: str
    result: str  # the text the clean copy holds in its place
    flags: str
    readings: str = ""  # three versions or more: every version's reading and the vote


def report_rows(model: ReviewModel, collated: CollatedReview | None = None) -> list[ReportRow]:
    """Every change of the issue, in the base side's order (with ``collated``, each with every reading)."""
    comparison = model.comparison
    rows = []
    for number, pair in enumerate(model.ordered_pairs(), start=1):
        title = comparison.title(pair)
        if pair.left is None or pair.right is None:
            decision = model.decision(pair, ARTICLE)
            content = model.resolved_content(pair)
            rows.append(
                ReportRow(
                    number,
                    title,
                    "left only" if pair.right is None else "right only",
                    comparison.text(pair, Side.LEFT) or "",
                    comparison.text(pair, Side.RIGHT) or "",
                    _CHOICE_NAMES[decision.choice],
                    content or "",
                    "",
                )
            )
            continue
        for hunk in comparison.hunks(pair):
            decision = model.decision(pair, hunk.id)
            rows.append(
                ReportRow(
                    number,
                    title,
                    hunk.kind.value,
                    hunk.left,
                    hunk.right,
                    _CHOICE_NAMES[decision.choice],
                    model.resolve_hunk(pair, hunk),
                    " ".join(_flag_name(flag) for flag in hunk.flags),
                    _readings(collated, pair, hunk) if collated is not None else "",
                )
            )
    return rows


def _readings(collated: CollatedReview, pair: Pair, hunk: Hunk) -> str:
    """Every version's reading of a change, numbered, and the vote: "1: 以 | 2: 议 | 3: 议 (2 of 3)"."""
    found = collated.site_of(pair, hunk)
    if found is None:
        return ""
    site, decided = found
    readings = " | ".join(f"{n}: {'—' if r is None else r}" for n, r in enumerate(site.readings, start=1))
    return f"{readings} ({decided.count} of {decided.voters})" if decided.decided else f"{readings} (no majority)"


def _flag_name(flag: object) -> str:
    kind = getattr(flag, "kind", flag)
    return str(getattr(kind, "value", kind))


_HEADER = ["article", "title", "class", "left", "right", "decision", "result", "flags"]


def to_csv(model: ReviewModel, collated: CollatedReview | None = None) -> str:
    """The report as CSV text (write it with a UTF-8 BOM so spreadsheet programs read Chinese)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(_HEADER + (["readings"] if collated is not None else []))
    for row in report_rows(model, collated):
        cells = [row.article, row.title, row.kind, row.left, row.right, row.decision, row.result, row.flags]
        writer.writerow([_inert(cell) for cell in cells + ([row.readings] if collated is not None else [])])
    return out.getvalue()


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(cell: object) -> object:
    """A text cell a spreadsheet would run as a formula, quoted as OWASP advises (a leading ')."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def to_html(model: ReviewModel, heading: str = "Duijiao change report", collated: CollatedReview | None = None) -> str:
    """The report as a self-contained, printable HTML page."""
    comparison = model.comparison
    decided, total = model.progress()
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{html.escape(heading)}</title>",
        "<style>body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px;"
        "vertical-align:top;white-space:pre-wrap}th{background:#eee}"
        ".left{background:#fdd}.right{background:#dfd}"
        "@media print{tr{page-break-inside:avoid}}</style></head><body>",
        f"<h1>{html.escape(heading)}</h1>",
        f"<p>Left: {html.escape(comparison.left.path)}<br>Right: {html.escape(comparison.right.path)}"
        f"<br>Base: {model.base}; {decided} of {total} changes decided.</p>",
        "<table><tr>"
        + "".join(f"<th>{name}</th>" for name in _HEADER + (["readings"] if collated is not None else []))
        + "</tr>",
    ]
    for row in report_rows(model, collated):
        cells = [
            str(row.article),
            html.escape(row.title),
            html.escape(row.kind),
            f'<span class="left">{html.escape(row.left)}</span>',
            f'<span class="right">{html.escape(row.right)}</span>',
            html.escape(row.decision),
            html.escape(row.result),
            html.escape(row.flags),
            *([html.escape(row.readings)] if collated is not None else []),
        ]
        parts.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    parts.append("</table></body></html>")
    return "\n".join(parts)
