"""The command line's JSON: a hunk written by hand is exactly what the json module writes for its fields."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from core.checks.suggest import Suggestion
from core.model import Flag, FlagKind, Hunk, HunkClass, Side
from core.output.json_output import _encode, _hunk_json

# Anything a text may hold: quotes, backslashes, control characters, CJK, astral characters, lone surrogates.
texts = st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=20)
offsets = st.integers(min_value=0, max_value=10**9)
suggestions = st.none() | st.builds(
    Suggestion,
    side=st.sampled_from(["left", "right"]),
    confidence=st.floats(min_value=0, max_value=1),
    key=texts,
    reason=texts,
)
flags = st.lists(
    st.builds(
        Flag, kind=st.sampled_from(list(FlagKind)), side=st.sampled_from([Side.LEFT, Side.RIGHT, None]), note=texts
    ),
    max_size=2,
).map(tuple)


def _expected(hunk: Hunk, suggestion: Suggestion | None) -> str:
    """The hunk's fields in the order the format gives them, by the json module."""
    return _encode(
        {
            "id": hunk.id,
            "class": hunk.kind.value,
            "left": hunk.left,
            "right": hunk.right,
            "left_start": hunk.left_start,
            "left_end": hunk.left_end,
            "right_start": hunk.right_start,
            "right_end": hunk.right_end,
            "flags": [f.to_json() for f in hunk.flags],
            "suggestion": None if suggestion is None else suggestion.to_json(),
        }
    )


@given(texts, st.sampled_from(list(HunkClass)), texts, texts, offsets, offsets, offsets, offsets, flags, suggestions)
def test_a_hunk_is_written_as_the_json_module_writes_it(
    name, kind, left, right, left_start, left_end, right_start, right_end, hunk_flags, suggestion
):
    hunk = Hunk(name, left_start, left_end, right_start, right_end, left, right, kind, hunk_flags)
    written = _hunk_json(hunk, suggestion)
    assert written == _expected(hunk, suggestion)
    assert json.loads(written)["left"] == left
