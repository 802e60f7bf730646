"""The keypress benchmark is a real review: it must end with the expected clean copy and a session that merges to it."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_the_keyboard_review_of_the_sample_saves_the_expected_copy_and_session(qtbot, capsys):
    from bench import keypresses

    assert keypresses.main() == 0, capsys.readouterr().out
    said = capsys.readouterr().out
    assert "matches the expected one" in said and "merges to it" in said


def test_the_expected_copy_is_the_base_corrected_not_a_copy_of_either_version():
    expected = (FIXTURES / "sample-clean-expected.txt").read_bytes()
    for version in ("plain-export.txt", "markdown-export.txt"):
        assert expected != (FIXTURES / version).read_bytes()
