"""The autosave journal: a snapshot plus appended decisions reads back as the review at any cut."""

from __future__ import annotations

import random

import pytest

from core.comparison import compare_files
from core.review.decisions import ACCEPT, PENDING, REJECT, ReviewModel, custom
from core.storage.journal import append_decisions, journal_path, new_token, read_autosave, write_snapshot
from core.storage.session import capture, restore, saved_decisions


@pytest.fixture
def review(inputs):
    return ReviewModel(compare_files(*inputs))


def restored(session, comparison) -> dict:
    model = ReviewModel(comparison)
    restore(session, model)
    return dict(model.decisions)


def decide_at_random(model: ReviewModel, rng: random.Random, count: int) -> None:
    changes = model.changes()
    for _ in range(count):
        pair, change_id = rng.choice(changes)
        model.decide(pair, change_id, rng.choice([ACCEPT, REJECT, PENDING, custom("改")]))


def test_the_journal_reads_back_as_the_last_complete_append_at_any_cut(review, tmp_path):
    rng = random.Random(7)
    target = tmp_path / "autosave.duijiao.json"
    decide_at_random(review, rng, 20)
    review.take_changed()
    write_snapshot(target, capture(review), new_token())
    states = [(journal_path(target).stat().st_size, dict(review.decisions))]
    for _ in range(12):
        decide_at_random(review, rng, rng.randint(1, 15))
        append_decisions(target, saved_decisions(review, review.take_changed()))
        states.append((journal_path(target).stat().st_size, dict(review.decisions)))
    whole = journal_path(target).read_bytes()
    cuts = sorted({size for size, _ in states} | {rng.randrange(len(whole)) for _ in range(40)})
    for cut in cuts:
        journal_path(target).write_bytes(whole[:cut])  # a kill in the middle of an append
        session = read_autosave(target)
        expected = [state for size, state in states if size <= cut][-1]
        assert restored(session, review.comparison) == expected, cut
        assert session.skipped == 0  # a torn last line is not damage


def test_a_journal_of_an_older_snapshot_is_never_applied(review, tmp_path):
    target = tmp_path / "autosave.duijiao.json"
    write_snapshot(target, capture(review), new_token())
    pair, change_id = review.changes()[0]
    review.decide(pair, change_id, ACCEPT)
    append_decisions(target, saved_decisions(review, review.take_changed()))
    old_journal = journal_path(target).read_bytes()
    write_snapshot(target, capture(review), new_token())  # compacted; then killed before the new journal...
    journal_path(target).write_bytes(old_journal)  # ...so the old one is still there
    review.decide(pair, change_id, PENDING)  # never saved
    session = read_autosave(target)
    assert restored(session, review.comparison) == {(session.decisions[0].pair, change_id): ACCEPT}


def test_a_taken_back_decision_leaves_the_autosave(review, tmp_path):
    target = tmp_path / "autosave.duijiao.json"
    (pair, first), (_, second) = review.changes()[:2]
    review.decide_many([(pair, first), (pair, second)], REJECT)
    write_snapshot(target, capture(review), new_token())
    review.take_changed()
    review.decide(pair, first, PENDING)
    append_decisions(target, saved_decisions(review, review.take_changed()))
    assert [(d.change, d.choice) for d in read_autosave(target).decisions] == [(second, "reject")]


def test_a_damaged_journal_line_is_skipped_and_counted(review, tmp_path):
    target = tmp_path / "autosave.duijiao.json"
    write_snapshot(target, capture(review), new_token())
    pair, change_id = review.changes()[0]
    with journal_path(target).open("ab") as journal:
        journal.write(b'{"pair": 3}\n')
    review.decide(pair, change_id, ACCEPT)
    append_decisions(target, saved_decisions(review, review.take_changed()))
    session = read_autosave(target)
    assert session.skipped == 1 and [d.choice for d in session.decisions] == ["accept"]


def test_without_a_journal_the_snapshot_stands(review, tmp_path):
    target = tmp_path / "autosave.duijiao.json"
    pair, change_id = review.changes()[0]
    review.decide(pair, change_id, ACCEPT)
    write_snapshot(target, capture(review), new_token())
    journal_path(target).unlink()
    assert restored(read_autosave(target), review.comparison) == dict(review.decisions)
