"""The autosave journal: a snapshot plus appended decisions reads back as the review at any cut."""

from __future__ import annotations

import random

import pytest

from core.comparison import compare_files
from core.review.decisions import ACCEPT, PENDING, REJECT, ReviewModel, custom
from core.storage.journal import (
    JournalTaken,
    append_decisions,
    journal_path,
    new_token,
    read_autosave,
    set_aside,
    write_snapshot,
)
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
    write_snapshot(target, capture(review), token := new_token())
    states = [(journal_path(target).stat().st_size, dict(review.decisions))]
    for _ in range(12):
        decide_at_random(review, rng, rng.randint(1, 15))
        append_decisions(target, token, saved_decisions(review, review.take_changed()))
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
    write_snapshot(target, capture(review), token := new_token())
    pair, change_id = review.changes()[0]
    review.decide(pair, change_id, ACCEPT)
    append_decisions(target, token, saved_decisions(review, review.take_changed()))
    old_journal = journal_path(target).read_bytes()
    write_snapshot(target, capture(review), token := new_token())  # compacted; then killed before the new journal...
    journal_path(target).write_bytes(old_journal)  # ...so the old one is still there
    review.decide(pair, change_id, PENDING)  # never saved
    session = read_autosave(target)
    assert restored(session, review.comparison) == {(session.decisions[0].pair, change_id): ACCEPT}


def test_a_taken_back_decision_leaves_the_autosave(review, tmp_path):
    target = tmp_path / "autosave.duijiao.json"
    (pair, first), (_, second) = review.changes()[:2]
    review.decide_many([(pair, first), (pair, second)], REJECT)
    write_snapshot(target, capture(review), token := new_token())
    review.take_changed()
    review.decide(pair, first, PENDING)
    append_decisions(target, token, saved_decisions(review, review.take_changed()))
    assert [(d.change, d.choice) for d in read_autosave(target).decisions] == [(second, "reject")]


def test_a_damaged_journal_line_is_skipped_and_counted(review, tmp_path):
    target = tmp_path / "autosave.duijiao.json"
    write_snapshot(target, capture(review), token := new_token())
    pair, change_id = review.changes()[0]
    with journal_path(target).open("ab") as journal:
        journal.write(b'{"pair": 3}\n')
    review.decide(pair, change_id, ACCEPT)
    append_decisions(target, token, saved_decisions(review, review.take_changed()))
    session = read_autosave(target)
    assert session.skipped == 1 and [d.choice for d in session.decisions] == ["accept"]


def test_without_a_journal_the_snapshot_stands(review, tmp_path):
    target = tmp_path / "autosave.duijiao.json"
    pair, change_id = review.changes()[0]
    review.decide(pair, change_id, ACCEPT)
    write_snapshot(target, capture(review), new_token())
    journal_path(target).unlink()
    assert restored(read_autosave(target), review.comparison) == dict(review.decisions)


def test_every_byte_of_a_damaged_first_line_costs_only_that_line(review, tmp_path):
    target = tmp_path / "autosave.duijiao.json"
    write_snapshot(target, capture(review), token := new_token())
    for pair, change_id in review.changes()[:25]:
        review.decide(pair, change_id, ACCEPT)
        append_decisions(target, token, saved_decisions(review, review.take_changed()))
    whole = journal_path(target).read_bytes()
    header_length = whole.index(b"\n")
    for position in range(header_length + 1):  # its line break too
        damaged = bytearray(whole)
        damaged[position] ^= 0x20 if damaged[position] != 0x0A else 0x01
        journal_path(target).write_bytes(bytes(damaged))
        session = read_autosave(target)
        glued = position == header_length  # no line break: the first entry is part of the damaged line
        assert len(session.decisions) == 25 - glued, position
        assert session.skipped >= 1, position  # said, so the file is kept aside


def test_an_append_never_goes_into_a_journal_another_snapshot_started(review, tmp_path):
    target = tmp_path / "autosave.duijiao.json"
    write_snapshot(target, capture(review), mine := new_token())
    write_snapshot(target, capture(review), new_token())  # another writer's snapshot since
    before = journal_path(target).read_bytes()
    review.decide(*review.changes()[0], ACCEPT)
    with pytest.raises(JournalTaken):
        append_decisions(target, mine, saved_decisions(review, review.take_changed()))
    assert journal_path(target).read_bytes() == before


def test_an_autosave_is_kept_aside_with_its_journal(review, tmp_path):
    target = tmp_path / "autosave.duijiao.json"
    write_snapshot(target, capture(review), token := new_token())
    review.decide(*review.changes()[0], ACCEPT)
    append_decisions(target, token, saved_decisions(review, review.take_changed()))
    kept = set_aside(target, "damaged", copy=True)
    assert kept != target and target.exists()
    assert read_autosave(kept).decisions == read_autosave(target).decisions != []
