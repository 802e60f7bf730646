"""What a review session file must hold, checked field by field before anything trusts it.

A session comes from disk: written by an older version, edited by hand, cut
short by a crash, or not a session at all. ``validate`` turns its parsed JSON
into plain, well-typed values or names the first field that is wrong
(``decisions[3].text must be text``). With ``lenient`` it keeps what can be
kept instead (for an autosave after a crash): a bad decision, pairing or
structure correction is left out and counted.
"""

from __future__ import annotations

from typing import Any

from core.diffing.diff import OPTION_NAMES
from core.model import SIDES
from core.text.structure import OPERATIONS

CHOICES = ("pending", "accept", "reject", "custom")
_MAX_INDEX = 10_000_000


class SchemaError(ValueError):
    """The named field of a session is missing or of the wrong kind."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field} {problem}")
        self.field = field


def validate(data: Any, lenient: bool = False) -> tuple[dict[str, Any], int]:
    """The session's values, checked; and how many damaged entries ``lenient`` left out."""
    if not isinstance(data, dict):
        raise SchemaError("the file", "is not a JSON object")
    skipped = 0
    result: dict[str, Any] = {}
    for side in SIDES:
        record = _object(data.get(side), side)
        result[side] = {
            "path": _text(record.get("path"), f"{side}.path", empty=False),
            "sha256": _text(record.get("sha256", ""), f"{side}.sha256"),
            "encoding": _optional_text(record.get("encoding"), f"{side}.encoding"),
        }
    base = data.get("base", "left")
    if base not in SIDES:
        raise SchemaError("base", 'must be "left" or "right"')
    result["base"] = base
    options = _object(data.get("options", {}), "options")
    for name, value in options.items():
        if name not in OPTION_NAMES:
            raise SchemaError(f"options.{name}", "is not an option Duijiao knows")
        if not isinstance(value, bool):
            raise SchemaError(f"options.{name}", "must be true or false")
    result["options"] = {name: options[name] for name in OPTION_NAMES if name in options}
    pairs = data.get("pairs")
    try:
        checked = None if pairs is None else [_pair(p, f"pairs[{k}]") for k, p in enumerate(_list(pairs, "pairs"))]
        result["pairs"] = checked
    except SchemaError:
        if not lenient:
            raise
        result["pairs"], skipped = None, skipped + 1
    decisions = []
    for k, item in enumerate(_list(data.get("decisions", []), "decisions")):
        try:
            decisions.append(decision_entry(item, f"decisions[{k}]"))
        except SchemaError:
            if not lenient:
                raise
            skipped += 1
    result["decisions"] = decisions
    structure = {}
    for name, edits in _object(data.get("structure") or {}, "structure").items():
        try:
            if name not in SIDES:
                raise SchemaError(f"structure.{name}", "is not a side (left or right)")
            field = f"structure.{name}"
            structure[name] = [_edit(e, f"{field}[{k}]") for k, e in enumerate(_list(edits, field))]
        except SchemaError:
            if not lenient:
                raise
            skipped += 1
    result["structure"] = structure
    result["journal"] = _text(data.get("journal", ""), "journal")
    return result, skipped


def _object(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SchemaError(field, "must be an object" if value is not None else "is missing")
    return value


def _list(value: Any, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise SchemaError(field, "must be a list")
    return value


def _text(value: Any, field: str, empty: bool = True) -> str:
    if not isinstance(value, str):
        raise SchemaError(field, "must be text" if value is not None else "is missing")
    if not empty and not value:
        raise SchemaError(field, "must not be empty")
    return value


def _optional_text(value: Any, field: str) -> str | None:
    return None if value is None else _text(value, field, empty=False)


def _index(value: Any, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < _MAX_INDEX:
        raise SchemaError(field, "must be an article number (0 or more) or null")
    return value


def _span(value: Any, field: str) -> tuple[int, int] | None:
    if value is None:
        return None
    if (
        not isinstance(value, list)
        or len(value) != 2
        or any(isinstance(v, bool) or not isinstance(v, int) for v in value)
        or not 0 <= value[0] <= value[1]
    ):
        raise SchemaError(field, "must be [start, end] with 0 <= start <= end, or null")
    return value[0], value[1]


def _pair(value: Any, field: str) -> dict[str, Any]:
    item = _object(value, field)
    left, right = _index(item.get("left"), f"{field}.left"), _index(item.get("right"), f"{field}.right")
    if left is None and right is None:
        raise SchemaError(field, "pairs nothing (left and right are both null)")
    similarity = item.get("similarity", 0.0)
    if isinstance(similarity, bool) or not isinstance(similarity, int | float) or not 0 <= similarity <= 1:
        raise SchemaError(f"{field}.similarity", "must be a number from 0 to 1")
    return {
        "left": left,
        "right": right,
        "similarity": float(similarity),
        "left_part": _span(item.get("left_part"), f"{field}.left_part"),
        "right_part": _span(item.get("right_part"), f"{field}.right_part"),
    }


def decision_entry(value: Any, field: str) -> dict[str, str]:
    """One saved decision's fields, checked (a session's or an autosave journal's)."""
    item = _object(value, field)
    choice = item.get("choice")
    if choice not in CHOICES:
        raise SchemaError(f"{field}.choice", f"must be one of {', '.join(CHOICES)}")
    result = {"choice": choice}
    for name in ("pair", "change", "text", "left", "right", "title"):
        result[name] = _text(item.get(name, ""), f"{field}.{name}")
    return result


def _edit(value: Any, field: str) -> tuple[str, int]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or value[0] not in OPERATIONS
        or isinstance(value[1], bool)
        or not isinstance(value[1], int)
        or value[1] < 0
    ):
        raise SchemaError(field, f"must be [operation, offset] with an operation among {', '.join(OPERATIONS)}")
    return value[0], value[1]
