"""Issues exported in eight styles, each version in its own, paired and merged (issue 20).

``bench/layout_maker.py`` types the same stories as a page export, markdown,
database records, a page with no blank lines, OCR with one line per printed
column, one line per paragraph, a page with a jumped story and a page with its
briefs in one block; one version carries OCR slips, the other is checked and in
another order. The generator knows where every story lies and what accept-all
should give, so nothing here asks the code under test what the truth is.
"""

from __future__ import annotations

import json
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.layout_maker import STYLES, IssuePair, chinese_pool, english_pool, make_pair
from bench.layouts import misplaced_headlines, pairing_score
from core.comparison import Comparison, Version, compare_versions
from core.model import Side
from core.output.render import clean_copy
from core.review.decisions import ACCEPT, REJECT, ReviewModel
from core.text.normalize import letters
from core.text.segment import split_issue
from core.text.textio import DecodedText, load

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
POOLS = {"chinese": chinese_pool(), "english": english_pool()}
# Styles whose own marks (titles set off, headings, rules, datelines, bullets, jump lines)
# say where stories start: every story must pair exactly, whatever the other version's style.
MARKED = ("page", "markdown", "database", "jumped", "briefs-block")


def version(text: str) -> Version:
    return Version(DecodedText("generated", text, "utf-8", b"", "\n"), split_issue(text))


def compared(issue: IssuePair) -> Comparison:
    return compare_versions(version(issue.base.text), version(issue.checked.text), workers=0)


def decided(comparison: Comparison, decision) -> str:
    model = ReviewModel(comparison, Side.LEFT)
    model.decide_many(model.changes(), decision)
    return clean_copy(model)


def assert_structure_kept(issue: IssuePair, clean: str) -> None:
    """The base's furniture lines in the clean copy, in order, each a line; no headline glued to the line above."""
    lines = [line.strip() for line in clean.splitlines()]
    remaining = iter(lines)
    for line in issue.base.structure_lines:
        assert any(line.strip() == got for got in remaining), (line, clean)
    if issue.checked_style == "columns":
        return  # its lines end anywhere, a headline's words in a sentence too
    for title in issue.base.titles.values():
        glued = [got for got in lines if got.endswith(title.strip()) and got.lstrip("#").strip() != title.strip()]
        assert not glued, (title, glued)


@settings(max_examples=160, deadline=None, derandomize=True)
@given(st.sampled_from(STYLES), st.sampled_from(STYLES), st.sampled_from(sorted(POOLS)), st.integers(0, 10_000))
def test_any_two_styles_keep_the_base_exact_and_its_structure_in_place(base_style, checked_style, pool, seed):
    issue = make_pair(POOLS[pool], base_style, checked_style, seed)
    comparison = compared(issue)
    assert decided(comparison, REJECT) == issue.base.text
    clean = decided(comparison, ACCEPT)
    assert_structure_kept(issue, clean)
    assert misplaced_headlines(issue, clean) == 0  # each headline on a line of its own
    score = pairing_score(issue, comparison)
    # However the two versions lay the page out, every story is paired with its counterpart, none
    # is cut into more rows than it has pieces (a printed column broken into lines too), and no row
    # puts two different stories side by side: an uncredited feature each page runs on after
    # another story included (each version is cut where the other's order shows it).
    assert score["fragments"] == 0, score
    assert score["wrong pairs"] == 0, score
    assert score["paired"] == score["stories"], score


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.sampled_from(MARKED), st.sampled_from(MARKED), st.sampled_from(sorted(POOLS)), st.integers(0, 10_000))
def test_marked_styles_pair_every_story_with_its_counterpart(base_style, checked_style, pool, seed):
    issue = make_pair(POOLS[pool], base_style, checked_style, seed)
    score = pairing_score(issue, compared(issue))
    assert score["wrong pairs"] == 0
    assert score["paired"] >= score["stories"] - 1, score  # the sample page's quirks may cost one


@pytest.mark.parametrize("style", STYLES)
def test_each_style_facing_a_page_export_pairs_its_stories(style):
    # One issue per style against the plain page export, both ways round, in both pools.
    found = stories = 0
    for pool in POOLS.values():
        for seed in range(3):
            for base, checked in ((style, "page"), ("page", style)):
                issue = make_pair(pool, base, checked, seed)
                score = pairing_score(issue, compared(issue))
                found += score["paired"]
                stories += score["stories"]
    assert found >= 0.9 * stories, (found, stories)


def test_a_jumped_story_keeps_its_jump_lines_and_never_glues_the_next_headline():
    issue = make_pair(POOLS["chinese"], "jumped", "markdown", 0)
    clean = decided(compared(issue), ACCEPT)
    assert "（下转第4版）" in clean.splitlines() and "（上接第1版）" in clean.splitlines()
    assert_structure_kept(issue, clean)


def test_a_database_export_keeps_each_record_header_above_its_own_story():
    issue = make_pair(POOLS["chinese"], "database", "page", 1)
    comparison = compared(issue)
    document = comparison.left.document
    # One article per record: the rule and metadata in its frame, the headline its title.
    assert len(document.articles) == len(issue.stories)
    for article in document.articles:
        frame = document.text[article.start : article.content_start]
        assert frame.startswith("=" * 40) and "文章編號" in frame and "字數" in frame
    clean = decided(comparison, ACCEPT)
    assert_structure_kept(issue, clean)
    for number, story in enumerate(issue.stories):  # each record's header still opens its own story
        record = clean.split(f"文章編號：2022111804{number:03d}", 1)[1].split("=" * 40, 1)[0]
        assert story.paragraphs[0][:16] in record and (not story.title or story.title in record)


EXAMPLES = FIXTURES / "export-styles"
TRUTH = json.loads((EXAMPLES / "truth.json").read_text(encoding="utf-8"))


def _holds(text: str, words: str) -> bool:
    """Whether ``text`` holds ``words`` (their letters; an OCR slip or two allowed)."""
    key, haystack = letters(words)[:20], letters(text)
    match = SequenceMatcher(None, key, haystack, autojunk=False).find_longest_match(0, len(key), 0, len(haystack))
    return match.size >= len(key) // 2 + 2


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("style", STYLES)
def test_each_example_pairs_every_story_with_the_checked_version(language, style):
    base = load(EXAMPLES / f"{language}.{style}.txt")
    checked = load(EXAMPLES / f"{language}.checked.md")
    comparison = compare_versions(Version(base, split_issue(base.text)), Version(checked, split_issue(checked.text)))
    for story in TRUTH["stories"][language]:
        # The checked article holding the story, and the rows pairing it.
        holder = [
            k
            for k in range(len(comparison.right.articles))
            if _holds(comparison.right.content(k), story["first_words"])
        ]
        assert len(holder) == 1, story
        rows = [p for p in comparison.pairs if p.right == holder[0]]
        assert all(p.left is not None for p in rows), (story, rows)  # never left unpaired
        bases = "".join(comparison.text(p, Side.LEFT) or "" for p in rows)
        assert _holds(bases, story["first_words"]), (story, bases[:80])
        limit = 2 if style == "jumped" else 1  # a jumped story's two pieces, linked
        assert len(rows) <= limit, (story, rows)
    model = ReviewModel(comparison, Side.LEFT)
    model.decide_many(model.changes(), REJECT)
    assert clean_copy(model).encode("utf-8") == (EXAMPLES / f"{language}.{style}.txt").read_bytes()
    model.decide_many(model.changes(), ACCEPT)
    lines = iter(line.strip() for line in clean_copy(model).splitlines())
    for furniture_line in TRUTH["furniture"][f"{language}.{style}"]:
        assert any(furniture_line == line for line in lines), furniture_line
