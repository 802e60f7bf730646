"""Corrections handed back as tracked changes: accept them all and Word shows the clean copy, reject them
all and it shows the base text; read back with the project's own .docx reader and checked as a package."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.cli import main as cli_main
from core.comparison import compare_files
from core.output.render import clean_copy
from core.output.tracked_docx import paragraph_text, tracked_document, tracked_docx
from core.readers.word import read_docx
from core.review.decisions import ACCEPT, ReviewModel
from tests.core import written_documents as written
from tests.core.test_suggest import comparison as compare_texts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PLAIN, MARKDOWN = FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def both_views(data: bytes) -> tuple[str, str]:
    """The text of a .docx with every revision accepted, and with every one rejected."""
    return read_docx("out.docx", data).text(), read_docx("out.docx", data, accepted=False).text()


def check_package(data: bytes) -> ElementTree.Element:
    """The OOXML structure: every part declared, every relationship's target there, the XML well formed,
    every revision with an id of its own, an author and a date. Returns the document's root."""
    package = zipfile.ZipFile(io.BytesIO(data))
    names = set(package.namelist())
    types = ElementTree.fromstring(package.read("[Content_Types].xml"))
    defaults = {d.get("Extension") for d in types if d.tag.endswith("Default")}
    overrides = {o.get("PartName") for o in types if o.tag.endswith("Override")}
    for name in names:
        assert f"/{name}" in overrides or name.rsplit(".", 1)[-1] in defaults, name
        if name.endswith((".xml", ".rels")):
            ElementTree.fromstring(package.read(name))
    assert "/word/document.xml" in overrides
    for rels in (n for n in names if n.endswith(".rels")):
        folder = rels.replace("_rels/", "").removesuffix(".rels").rpartition("/")[0]
        for relation in ElementTree.fromstring(package.read(rels)):
            target = f"{folder}/{relation.get('Target')}".lstrip("/")
            assert target in names, (rels, target)
    document = ElementTree.fromstring(package.read("word/document.xml"))
    ids = []
    for revision in (e for e in document.iter() if e.tag in (f"{W}ins", f"{W}del")):
        assert revision.get(f"{W}author") and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", revision.get(f"{W}date"))
        ids.append(revision.get(f"{W}id"))
    assert len(ids) == len(set(ids))
    return document


@pytest.mark.parametrize("base", ["left", "right"])
def test_accepting_every_revision_gives_the_clean_copy_and_rejecting_every_one_the_base(base):
    comparison = compare_files(PLAIN, MARKDOWN)
    model = ReviewModel(comparison, base)
    model.decide_many(model.changes(), ACCEPT)
    data = tracked_docx(model, "校对员")
    document = check_package(data)
    accepted, rejected = both_views(data)
    assert accepted == paragraph_text(clean_copy(model))
    assert rejected == paragraph_text(comparison.version(base).decoded.text)
    assert accepted != rejected
    authors = {e.get(f"{W}author") for e in document.iter() if e.tag in (f"{W}ins", f"{W}del")}
    assert authors == {"校对员"}


def test_a_paragraph_split_or_joined_is_a_tracked_paragraph_mark():
    base_text = "# 标题\n\n第一段。第二段。\n\n第三段，\n\n接着第三段。\n"
    other_text = "# 标题\n\n第一段。\n\n第二段。\n\n第三段，接着第三段。\n"
    c = compare_texts(base_text, other_text)
    model = ReviewModel(c)
    model.decide_many(model.changes(), ACCEPT)
    data = tracked_docx(model, "me")
    document = check_package(data)
    marks = [child.tag for p in document.iter(f"{W}p") for rpr in p.findall(f"{W}pPr/{W}rPr") for child in rpr]
    assert f"{W}ins" in marks and f"{W}del" in marks
    accepted, rejected = both_views(data)
    assert accepted == paragraph_text(clean_copy(model)) and rejected == paragraph_text(base_text)


def test_a_word_base_keeps_its_styles_and_each_paragraph_its_own(tmp_path):
    styles = (
        f'<?xml version="1.0"?><w:styles xmlns:w="{written.W}">'
        '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="BodyLead"><w:name w:val="Body Lead"/></w:style></w:styles>'
    )
    body = (
        '<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>市政新聞</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="BodyLead"/></w:pPr><w:r><w:t>市政府昨日召〓會議。</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>各局長均出席。</w:t></w:r></w:p>"
    )
    base = tmp_path / "manuscript.docx"
    base.write_bytes(
        written.zipped(
            {
                "word/document.xml": f'<w:document xmlns:w="{written.W}"><w:body>{body}</w:body></w:document>',
                "word/styles.xml": styles,
            }
        )
    )
    other = tmp_path / "proof.txt"
    other.write_text("# 市政新聞\n\n市政府昨日召開會議。\n\n各局長均出席。\n", encoding="utf-8")
    model = ReviewModel(compare_files(base, other))
    model.decide_many(model.changes(), ACCEPT)
    data = tracked_docx(model, "me")
    document = check_package(data)
    assert zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml") == styles.encode()
    kept = [p.find(f"{W}pPr/{W}pStyle") for p in document.iter(f"{W}p")]
    assert [None if s is None else s.get(f"{W}val") for s in kept] == ["1", "BodyLead", None]
    assert both_views(data) == (
        "# 市政新聞\n\n市政府昨日召開會議。\n\n各局長均出席。\n",
        model.comparison.left.decoded.text,
    )


def test_merge_writes_tracked_changes_when_asked_for_a_docx(tmp_path, capsys):
    out = tmp_path / "corrections.docx"
    status = cli_main(["merge", str(PLAIN), str(MARKDOWN), "--accept-all", "--author", "王编辑", "-o", str(out)])
    assert status == 0, capsys.readouterr().err
    document = check_package(out.read_bytes())
    assert {e.get(f"{W}author") for e in document.iter(f"{W}ins")} == {"王编辑"}
    clean = tmp_path / "clean.txt"
    assert cli_main(["merge", str(PLAIN), str(MARKDOWN), "--accept-all", "-o", str(clean)]) == 0
    assert both_views(out.read_bytes())[0] == paragraph_text(clean.read_text(encoding="utf-8"))


paragraphs = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=3),  # heading level (0: body text)
        st.text(alphabet="市政府会议召开溫温 ab\n，。#", min_size=1, max_size=12),
    ),
    max_size=6,
)


def as_text(found: list[tuple[int, str]]) -> str:
    return "\n\n".join(("#" * level + " " if level else "") + text for level, text in found)


@settings(max_examples=300, deadline=None)
@given(paragraphs, paragraphs)
def test_any_two_texts_round_trip_through_their_tracked_document(base, clean):
    base_text, clean_text = as_text(base), as_text(clean)
    data = tracked_document(base_text, clean_text, "me")
    # Accept every revision and it reads as the clean text's own document does; reject them and as the base's.
    # (Each compared with a document of that text alone: how a paragraph reads, "#" and all, is the reader's.)
    assert both_views(data) == tuple(
        read_docx("x", tracked_document(text, text, "me")).text() for text in (clean_text, base_text)
    )
