"""Sessions round-trip, survive edits to an input where they can, and refuse foreign files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from core.cli import main as cli_main
from core.comparison import compare_files
from core.output.render import clean_copy
from core.output.report import to_csv, to_html
from core.review.decisions import ACCEPT, ARTICLE, REJECT, ReviewModel, custom
from core.storage.session import (
    SessionError,
    capture,
    read_session,
    restore,
    save_session,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def decided_model(left, right) -> ReviewModel:
    model = ReviewModel(compare_files(left, right))
    changes = [(p, c) for p, c in model.changes() if c != ARTICLE]
    model.decide(*changes[0], ACCEPT)
    model.decide(*changes[1], REJECT)
    model.decide(*changes[2], custom("校对者的文字"))
    one_sided = next(p for p in model.comparison.pairs if p.left is None)
    model.decide(one_sided, ARTICLE, ACCEPT)
    return model


def test_a_session_round_trips(inputs, tmp_path):
    model = decided_model(*inputs)
    path = tmp_path / "review.duijiao.json"
    save_session(path, capture(model))
    fresh = ReviewModel(compare_files(*inputs))
    report = restore(read_session(path), fresh)
    assert report.restored == 4 and not report.dropped and not report.changed_inputs
    assert fresh.decisions == model.decisions
    assert clean_copy(fresh) == clean_copy(model)


def test_after_an_edit_the_decisions_whose_text_still_matches_come_back(inputs, tmp_path):
    left, right = inputs
    model = decided_model(left, right)
    path = tmp_path / "review.duijiao.json"
    save_session(path, capture(model))
    first_pair, first_change = next((p, c) for p, c in model.changes() if c != ARTICLE)
    [hunk] = [h for h in model.comparison.hunks(first_pair) if h.id == first_change]
    # Edit the left file so that the first decided change no longer exists.
    text = left.read_text(encoding="utf-8")
    article = model.comparison.left.articles[first_pair.left]
    offset = article.content_start + hunk.left_start
    edited = text[:offset] + hunk.right + text[offset + len(hunk.left) :]
    left.write_text(edited, encoding="utf-8")
    fresh = ReviewModel(compare_files(left, right))
    report = restore(read_session(path), fresh)
    assert report.changed_inputs == [str(left)]
    assert [d.change for d in report.dropped] == [first_change]
    assert report.restored == 3


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\x01 not json", "not valid JSON"),
        (b'{"format": "something-else"}', "not a Duijiao session"),
        (b'{"format": "duijiao-session", "version": 99}', "unknown version"),
        (b'{"format": "duijiao-session", "version": 1, "left": {}}', "damaged"),
    ],
)
def test_a_corrupt_or_foreign_session_file_is_refused(tmp_path, content, reason):
    path = tmp_path / "bad.duijiao.json"
    path.write_bytes(content)
    with pytest.raises(SessionError) as error:
        read_session(path)
    assert str(path) in str(error.value) and reason in str(error.value)


def test_merge_applies_a_saved_session_headlessly(inputs, tmp_path):
    model = decided_model(*inputs)
    session_path = tmp_path / "review.duijiao.json"
    save_session(session_path, capture(model))
    out = tmp_path / "clean.txt"
    status = cli_main(["merge", *map(str, inputs), "--session", str(session_path), "-o", str(out)])
    assert status == 0
    assert out.read_text(encoding="utf-8") == clean_copy(model)


def test_merge_with_a_corrupt_session_exits_2_and_writes_nothing(inputs, tmp_path, capsys):
    session_path = tmp_path / "bad.duijiao.json"
    session_path.write_text("{", encoding="utf-8")
    out = tmp_path / "clean.txt"
    status = cli_main(["merge", *map(str, inputs), "--session", str(session_path), "-o", str(out)])
    assert status == 2 and not out.exists()
    assert capsys.readouterr().err.startswith(f"error: {session_path}: ")


def test_autosave_paths_differ_per_comparison(tmp_path):
    from core.storage.autosave_slots import autosave_path

    assert autosave_path(tmp_path, "a.txt", "b.txt") != autosave_path(tmp_path, "b.txt", "a.txt")
    assert autosave_path(tmp_path, "a.txt", "b.txt").name.endswith(".duijiao.json")


def test_the_change_report_lists_every_change_with_its_decision(inputs):
    model = decided_model(*inputs)
    rows = list(csv.reader(io.StringIO(to_csv(model))))
    decided, total = model.progress()
    assert len(rows) == total + 1
    decisions = [row[5] for row in rows[1:]]
    assert decisions.count("accepted") == 2 and decisions.count("edited") == 1
    assert decisions.count("undecided") == total - decided
    page = to_html(model)
    assert "校对者的文字" in page and "<table>" in page
    json.dumps(page)  # plain text, no surrogates
