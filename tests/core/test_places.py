"""Where a clean copy is proposed: beside the base file, but never inside what Duijiao ships."""

from __future__ import annotations

from core.output.places import proposed_folder, proposed_path
from core.resources import resource


def test_beside_the_base_file_when_its_folder_can_be_written(tmp_path):
    base = tmp_path / "issue" / "page.txt"
    base.parent.mkdir()
    base.write_text("x", encoding="utf-8")
    assert proposed_folder(base, tmp_path / "documents") == base.parent.resolve()
    assert proposed_path(base, tmp_path / "documents", ".clean.txt") == base.parent.resolve() / "page.clean.txt"


def test_the_shipped_sample_is_never_the_place(tmp_path):
    for name in ("plain-export.txt", "markdown-export.txt"):
        assert proposed_folder(resource("samples") / name, tmp_path) == tmp_path
