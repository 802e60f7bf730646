"""The candidate of a review of three versions or more: a file beside the automatic saves, its versions listed."""

from __future__ import annotations

from core.storage.versions_file import candidate_path, versions_of, write_candidate


def test_the_same_versions_make_the_same_file_and_it_says_which_they_are(tmp_path):
    versions = [str(tmp_path / name) for name in ("a.txt", "b.txt", "c.txt")]
    path = candidate_path(tmp_path / "state", versions)
    assert path == candidate_path(tmp_path / "state", list(versions))
    assert path != candidate_path(tmp_path / "state", [versions[1], versions[0], versions[2]])
    assert path.name == "majority of 3 versions.txt"
    write_candidate(path, "标题\n\n正文。\n", versions)
    assert path.read_text(encoding="utf-8") == "标题\n\n正文。\n"
    assert versions_of(path) == versions
    assert versions_of(tmp_path / "a.txt") is None  # any other file
