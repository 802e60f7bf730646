"""Three or more versions: aligned on the base, every difference one site, the majority's reading taken."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from core.comparison import version_from_text
from core.diffing.diff import diff_texts
from core.text.textio import DecodedText
from core.versions.alignment import align
from core.versions.collation import Collation
from core.versions.vote import vote

CHARS = "市政府昨日召开会议讨论本年预算各局长均出席教育经费增加万元"
texts = st.text(alphabet=CHARS + "，。", min_size=1, max_size=60)


def version(text: str, name: str):
    return version_from_text(DecodedText(name, text, "utf-8", b"", "\n"))


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(min_value=2, max_value=5))
def test_copies_of_one_version_differ_nowhere(text, count):
    assert align(text, [text] * (count - 1)) == []


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_with_two_versions_the_sites_are_the_two_way_changes(base, other):
    sites = [(s.start, s.end, s.readings) for s in align(base, [other])]
    expected: list[tuple[int, int, tuple[str, str]]] = []
    for h in diff_texts(base, other):
        if expected and h.left_start == h.left_end == expected[-1][0] == expected[-1][1]:
            # The one difference: insertions the diff gives side by side at one point are one site.
            expected[-1] = (h.left_start, h.left_end, ("", expected[-1][2][1] + h.right))
        else:
            expected.append((h.left_start, h.left_end, (h.left, h.right)))
    assert sites == expected


def _with_errors(truth: str, places: list[int], rng: random.Random) -> str:
    chars = list(truth)
    for at in places:
        chars[at] = rng.choice([c for c in CHARS if c != truth[at]])
    return "".join(chars)


SAMPLE = "".join(
    line
    for line in (Path(__file__).resolve().parents[1] / "fixtures" / "markdown-export.txt")
    .read_text("utf-8")
    .split("\n")
    if len(line) > 40 and not line.startswith("#")
)


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=len(SAMPLE) - 200), st.integers(min_value=30, max_value=200), st.integers())
def test_the_majority_copy_is_the_truth_wherever_at_most_one_version_is_wrong(start, length, seed):
    truth = SAMPLE[start : start + length]  # real running text: a diff of repeated characters is ambiguous
    rng = random.Random(seed)
    # Each place wrong in at most one version, the places apart (errors side by side are one site).
    places = list(range(1, len(truth) - 1, 4))
    rng.shuffle(places)
    places = places[: rng.randint(3, max(3, len(places) // 2))]
    owners = [places[i::3] for i in range(3)]  # each version has errors of its own: no two are copies
    made = [_with_errors(truth, sorted(owned), rng) for owned in owners]
    article = "标题\n\n{}\n"
    collation = Collation([version(article.format(t), f"v{i}.txt") for i, t in enumerate(made)])
    assert collation.majority_copy() == article.format(truth)


@settings(max_examples=100, deadline=None)
@given(texts, texts)
def test_without_a_majority_the_copy_is_the_base_byte_for_byte(base, other):
    article = "标题\n\n{}\n"
    collation = Collation([version(article.format(base), "a.txt"), version(article.format(other), "b.txt")])
    assert collation.majority_copy() == article.format(base)  # two versions: never a strict majority of one


def test_a_version_copied_word_for_word_is_one_voice_and_a_tie_waits():
    base, other = "标题\n\n市政府召开会议。\n", "标题\n\n市政府召开会仪。\n"
    copied = Collation([version(base, "a.txt"), version(other, "b.txt"), version(other, "c.txt")])
    assert copied.same_as == [0, 1, 1]
    (article,) = copied.articles
    assert [v.decided for v in copied.votes(article)] == [False]  # b and c are one witness
    three = Collation([version(base, "a.txt"), version(other, "b.txt"), version(base.replace("议", "以"), "c.txt")])
    assert [(s.readings, vote(s, three.same_as).reading) for s in three.articles[0].sites] == [
        (("议", "仪", "以"), None)
    ]


def _three(tmp_path):
    truth = SAMPLE[:300]
    rng = random.Random(7)
    places = list(range(2, 298, 5))
    rng.shuffle(places)
    places = places[:24]
    made = [_with_errors(truth, sorted(places[i::3]), rng) for i in range(3)]
    paths = []
    for index, text in enumerate(made):
        path = tmp_path / f"v{index + 1}.txt"
        path.write_text(f"# 标题\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return truth, paths


def test_the_command_line_compares_and_merges_three_versions_by_majority(tmp_path, capsys):
    import json

    from core.cli import main

    truth, paths = _three(tmp_path)
    assert main(["compare", *map(str, paths), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert len(result["versions"]) == 3 and result["base"] == 0
    sites = [site for article in result["articles"] for site in article["sites"]]
    assert len(sites) == 24 and all(len(site["readings"]) == 3 for site in sites)
    assert all(site["vote"]["count"] == 2 and site["vote"]["voters"] == 3 for site in sites)
    out = tmp_path / "clean.txt"
    assert main(["merge", *map(str, paths), "--majority", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == f"# 标题\n\n{truth}\n"
    assert main(["merge", *map(str, paths), "--reject-all", "--base", "2", "-o", str(out)]) == 0
    assert out.read_bytes() == paths[1].read_bytes()
    assert main(["merge", *map(str, paths[:2]), "--majority", "-o", str(out)]) == 2
    assert "three versions or more" in capsys.readouterr().err


def test_an_article_the_base_lacks_goes_into_the_copy_where_the_majority_has_it():
    first = "# 市政新闻\n\n市政府昨日召开会议，讨论本年预算，各局长均出席。\n\n"
    extra = "# 天气预报\n\n本市明日有雨，气温下降，请市民注意添衣保暖。\n\n"
    last = "# 体育消息\n\n本市运动会昨日开幕，共有两千名运动员参加比赛。\n"
    base, with_it = first + last, first + extra + last
    collation = Collation(
        [version(base, "a.txt"), version(with_it, "b.txt"), version(with_it.replace("两千", "两干"), "c.txt")]
    )
    assert [m.title for m in collation.missing_from_base] == ["天气预报"]
    assert collation.majority_copy() == with_it  # in its place; the 干 of one version outvoted
    alone = Collation(
        [version(base, "a.txt"), version(with_it, "b.txt"), version(base.replace("两千", "两干"), "c.txt")]
    )
    assert alone.missing_from_base == () and alone.majority_copy() == base  # one version of three has it


def test_reviewed_as_two_each_change_is_a_site_with_every_version_s_reading(tmp_path):
    from core.output.render import clean_copy
    from core.review.decisions import ACCEPT, REJECT, ReviewModel
    from core.versions.candidate import review_of

    truth, paths = _three(tmp_path)
    collation = Collation([version(p.read_text(encoding="utf-8"), str(p)) for p in paths])
    review = review_of(collation, str(tmp_path / "candidate.txt"))
    comparison = review.comparison
    changes = [(p, h) for p in comparison.pairs for h in comparison.hunks(p)]
    sites = [s for article in collation.articles for s in article.sites]
    votes = [v for article in collation.articles for v in collation.votes(article)]
    # A change wherever the base does not read as the majority: here its own errors, a third of the sites.
    assert (
        len(sites) == 24
        and len(changes) == sum(v.reading != s.readings[0] for s, v in zip(sites, votes, strict=True)) == 8
    )
    for pair, hunk in changes:
        site, decided = review.site_of(pair, hunk)
        assert (hunk.left, hunk.right) == (site.readings[0], decided.reading)  # the base against the majority
        assert [review.reading(pair, hunk, k) for k in range(3)] == list(site.readings)
    model = ReviewModel(comparison)
    assert clean_copy(model) == paths[0].read_text(encoding="utf-8")  # nothing taken: the base
    model.decide_many([(p, h.id) for p, h in changes], ACCEPT)
    assert clean_copy(model) == collation.majority_copy() == f"# 标题\n\n{truth}\n"
    model.decide_many([(p, h.id) for p, h in changes], REJECT)
    assert clean_copy(model) == paths[0].read_text(encoding="utf-8")


def test_the_majority_is_a_suggestion_the_batch_takes_and_a_tie_is_left_to_the_proofreader(tmp_path):
    from core.review.decisions import ACCEPT, ReviewModel
    from core.review.suggested import confident_decisions
    from core.versions.candidate import review_of
    from core.versions.evidence import MajorityEvidence

    text = "标题\n\n市政府召开会议，讨论预算，各局长出席。\n"
    base = text.replace("会议", "会以").replace("局长", "局甲")  # 以: the others read 议
    second = text.replace("局长", "局乙")
    third = text.replace("讨论", "讨伦").replace("局长", "局丙")  # 伦: outvoted; 甲/乙/丙: no majority
    collation = Collation([version(base, "a.txt"), version(second, "b.txt"), version(third, "c.txt")])
    review = review_of(collation, str(tmp_path / "candidate.txt"))
    evidence = MajorityEvidence(review)
    changes = {h.left: (p, h) for p in review.comparison.pairs for h in review.comparison.hunks(p)}
    assert sorted(changes) == ["以", "甲"]  # 论: the base is the majority, nothing to change
    majority = evidence.suggest(*changes["以"])
    assert (majority.source, majority.side, majority.values) == ("majority", "right", ("2", "3", "议"))
    tie = evidence.suggest(*changes["甲"])
    assert tie is None or tie.source != "majority"
    taken = list(confident_decisions(ReviewModel(review.comparison), evidence))
    assert [(c, d) for _, c, d in taken] == [(changes["以"][1].id, ACCEPT)]


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_a_character_alignment_rebuilds_the_other_text(base, other):
    from core.versions.alignment import _character_changes

    out, at = [], 0
    for change in _character_changes(base, other):
        out += [base[at : change.base_start], other[change.start : change.end]]
        at = change.base_end
    assert "".join([*out, base[at:]]) == other


def test_where_short_patterns_repeat_the_alignment_takes_the_fewest_edits():
    from core.versions.alignment import _character_changes

    changes = _character_changes("电话办”“网上办”“日上办”等不见面方式", "电话办”“网万办”“掌上办”长不见面方式")
    assert [(c.base_start, c.base_end, c.start, c.end) for c in changes] == [
        (6, 7, 6, 7),
        (10, 11, 10, 11),
        (14, 15, 14, 15),
    ]


def test_four_versions_need_three_to_agree(tmp_path, capsys):
    import json

    from core.cli import main

    text = "标题\n\n市政府召开会议，讨论本年预算，各局长均出席。\n"
    readings = {"a": "会以", "b": "会议", "c": "会议", "d": "会仪"}  # 议 2 of 4: no strict majority
    paths = []
    for name, reading in readings.items():
        path = tmp_path / f"{name}.txt"
        own = {"c": ("出席", "出度"), "d": ("预算", "预筭")}.get(name, ("", ""))  # no two versions are copies
        path.write_text(
            text.replace("会议", reading).replace(*own) if own[0] else text.replace("会议", reading), "utf-8"
        )
        paths.append(str(path))
    assert main(["compare", *paths, "--json"]) == 0
    sites = [s for a in json.loads(capsys.readouterr().out)["articles"] for s in a["sites"]]
    votes = {tuple(s["readings"]): s["vote"] for s in sites}
    assert votes[("以", "议", "议", "仪")]["reading"] is None and votes[("以", "议", "议", "仪")]["voters"] == 4
    assert votes[("算", "算", "算", "筭")] == {"reading": "算", "count": 3, "voters": 4}


def test_reviewed_as_two_an_article_only_the_majority_has_is_one_to_take(tmp_path):
    from core.output.render import clean_copy
    from core.review.decisions import ACCEPT, ReviewModel
    from core.versions.candidate import review_of

    first = "# 市政新闻\n\n市政府昨日召开会议，讨论本年预算，各局长均出席。\n\n"
    extra = "# 天气预报\n\n本市明日有雨，气温下降，请市民注意添衣保暖。\n\n"
    last = "# 体育消息\n\n本市运动会昨日开幕，共有两千名运动员参加比赛。\n"
    base, with_it = first + last, first + extra + last
    collation = Collation(
        [version(base, "a.txt"), version(with_it, "b.txt"), version(with_it.replace("两千", "两干"), "c.txt")]
    )
    review = review_of(collation, str(tmp_path / "candidate.txt"))
    model = ReviewModel(review.comparison)
    inserted = [p for p in review.comparison.pairs if p.left is None]
    assert len(inserted) == 1 and review.comparison.title(inserted[0]) == "天气预报"
    model.decide_many(model.changes(), ACCEPT)
    assert clean_copy(model) == collation.majority_copy() == with_it


def test_a_phrase_said_twice_is_not_matched_to_its_other_copy():
    truth = "思想、习近平新时代中国特色社会主义思想、习近平新时代中国特色社会主义经济思想等方面"
    # The base's slip in the first copy, the second version's in the second: each phrase is in all three.
    made = [truth.replace("特色", "特育", 1), truth.replace("主义经济", "主义经齐"), truth.replace("等方面", "等方而")]
    article = "标题\n\n{}\n"
    collation = Collation([version(article.format(t), f"v{i}.txt") for i, t in enumerate(made)])
    assert collation.majority_copy() == article.format(truth)
    for start, length, seed in ((1436, 31, 486202047), (1410, 177, 989297407), (1610, 199, 10_000_000_000)):
        truth = SAMPLE[start : start + length]  # cases generated triples found
        rng = random.Random(seed)
        places = list(range(1, len(truth) - 1, 4))
        rng.shuffle(places)
        places = places[: rng.randint(3, max(3, len(places) // 2))]
        made = [_with_errors(truth, sorted(places[i::3]), rng) for i in range(3)]
        collation = Collation([version(article.format(t), f"v{i}.txt") for i, t in enumerate(made)])
        assert collation.majority_copy() == article.format(truth)
