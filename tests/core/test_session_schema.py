"""A session file is checked field by field; a lenient read keeps what is readable and counts the rest."""

from __future__ import annotations

import pytest

from core.storage.session_schema import SchemaError, validate


def _session(**fields: object) -> dict[str, object]:
    data: dict[str, object] = {
        "left": {"path": "a.txt", "sha256": "", "encoding": None},
        "right": {"path": "b.txt"},
        "base": "right",
        "options": {"ignore_whitespace": True},
        "decisions": [{"pair": "0:0", "change": "abc", "choice": "accept"}],
        "structure": {"left": [["split", 10]]},
    }
    data.update(fields)
    return data


def test_a_good_session_comes_back_with_its_values():
    values, skipped = validate(_session())
    assert skipped == 0
    assert values["base"] == "right" and values["left"]["path"] == "a.txt" and values["right"]["encoding"] is None
    assert values["options"] == {"ignore_whitespace": True}
    assert values["structure"] == {"left": [("split", 10)]}
    assert values["decisions"][0]["choice"] == "accept"


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"base": "middle"}, "base"),
        ({"options": {"ignore_everything": True}}, "options.ignore_everything"),
        ({"options": {"ignore_whitespace": "yes"}}, "options.ignore_whitespace"),
        ({"left": {"path": ""}}, "left.path"),
        ({"structure": {"top": []}}, "structure.top"),
        ({"decisions": [{"pair": "0:0"}]}, "decisions[0]"),
    ],
)
def test_each_bad_field_is_named(fields, named):
    with pytest.raises(SchemaError) as raised:
        validate(_session(**fields))
    assert named in str(raised.value)


def test_not_an_object_is_refused():
    with pytest.raises(SchemaError):
        validate(["not", "a", "session"])


def test_a_lenient_read_keeps_the_readable_decisions_and_counts_the_damaged():
    damaged = _session(decisions=[{"pair": "0:0", "change": "a", "choice": "accept"}, {"pair": 7}, "junk"])
    with pytest.raises(SchemaError):
        validate(damaged)
    values, skipped = validate(damaged, lenient=True)
    assert skipped == 2 and [d["change"] for d in values["decisions"]] == ["a"]
