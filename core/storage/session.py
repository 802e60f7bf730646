"""Review sessions: the proofreader's decisions saved to a file and put back later.

A session file (``*.duijiao.json``) names both inputs with a hash of their
bytes, the base side, the diff options, any manual pairing and every decision.
Decisions are keyed by hunk id, and a hunk id depends only on the two texts
of the change, so after an input file is edited the decisions whose texts
still match are restored and the others are reported as dropped.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from core.comparison import Comparison
from core.diffing.diff import DiffOptions
from core.model import SIDES, Pair, Side
from core.review.decisions import ARTICLE, Choice, Decision, ReviewModel, pair_key
from core.runtime.yielding import pause, pausing
from core.storage.session_schema import SchemaError, validate
from core.text.files import write_atomic
from core.text.structure import StructureEdits
from core.text.textio import LoadError, UserError, display_path, read_regular_file

FORMAT = "duijiao-session"
VERSION = 1
SUFFIX = ".duijiao.json"


class SessionError(UserError):
    """A session file that cannot be used; the message names the file and why."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(f"{display_path(path)}: {reason}")
        self.path = os.fspath(path)
        self.reason = reason


def file_digest(path: str | os.PathLike[str]) -> str:
    """The SHA-256 of a regular file's bytes, or "" when it is not one or cannot be read."""
    try:
        return hashlib.sha256(read_regular_file(path)).hexdigest()
    except LoadError:
        return ""


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One input file as the session saw it."""

    path: str
    sha256: str
    encoding: str | None = None  # an encoding the proofreader forced, else None


@dataclass(frozen=True, slots=True)
class SavedDecision:
    """One decision with enough context to find its change again."""

    pair: str  # pair_key at save time
    change: str  # hunk id, or ARTICLE for a one-sided article
    choice: str
    text: str = ""
    left: str = ""  # the change's texts, to report what was dropped
    right: str = ""
    title: str = ""  # the article's title, to find a one-sided article again


@dataclass(slots=True)
class Session:
    """Everything needed to resume a review."""

    left: InputRecord
    right: InputRecord
    base: Side = Side.LEFT
    options: DiffOptions = field(default_factory=DiffOptions)
    pairs: list[Pair] | None = None  # a manual pairing; None means the automatic one
    decisions: list[SavedDecision] = field(default_factory=list)
    structure: dict[Side, StructureEdits] = field(default_factory=dict)  # corrections per side
    skipped: int = 0  # damaged entries a lenient read left out
    journal: str = ""  # an autosave's token naming the journal that goes with it (core.storage.journal)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "left": asdict(self.left),
            "right": asdict(self.right),
            "base": self.base,
            "options": asdict(self.options),
            "pairs": None if self.pairs is None else [_pair_to_json(p) for p in self.pairs],
            "decisions": [decision_json(d) for d in pausing(self.decisions)],
            "structure": {name: edits.to_json() for name, edits in self.structure.items()},
            **({"journal": self.journal} if self.journal else {}),
        }


def _pair_to_json(pair: Pair) -> dict[str, Any]:
    return {
        "left": pair.left,
        "right": pair.right,
        "similarity": pair.similarity,
        "left_part": list(pair.left_part) if pair.left_part else None,
        "right_part": list(pair.right_part) if pair.right_part else None,
    }


def decision_json(decision: SavedDecision) -> dict[str, str]:
    # dataclasses.asdict deep-copies every field: for 70,000 decisions that was most of an autosave.
    return {
        "pair": decision.pair,
        "change": decision.change,
        "choice": decision.choice,
        "text": decision.text,
        "left": decision.left,
        "right": decision.right,
        "title": decision.title,
    }


def capture(
    model: ReviewModel,
    *,
    left_encoding: str | None = None,
    right_encoding: str | None = None,
    manual_pairs: bool = False,
    digests: dict[str, str] | None = None,
    decisions: Mapping[tuple[str, str], Decision] | None = None,
) -> Session:
    """The session for ``model`` as it stands (``digests`` of the inputs, when already known).

    ``decisions``, a copy taken earlier, stands for the model's own: a writer
    thread then builds the session while the proofreader goes on deciding.
    """
    comparison = model.comparison
    digests = digests or {}
    left_digest = digests.get("left") or file_digest(comparison.left.path)
    right_digest = digests.get("right") or file_digest(comparison.right.path)
    return Session(
        left=InputRecord(comparison.left.path, left_digest, left_encoding),
        right=InputRecord(comparison.right.path, right_digest, right_encoding),
        base=model.base,
        options=comparison.options,
        pairs=list(comparison.pairs) if manual_pairs else None,
        decisions=saved_decisions(model, decisions),
        structure={side: comparison.version(side).edits for side in SIDES if comparison.version(side).edits},
    )


def saved_decisions(
    model: ReviewModel, decided: Mapping[tuple[str, str], Decision] | None = None
) -> list[SavedDecision]:
    """Every decision of ``model`` with the context needed to find its change again.

    Decisions are grouped by article first: one pass over each, never the
    product of the two (70,000 decisions over 2,400 articles took minutes).
    """
    comparison = model.comparison
    by_pair: dict[str, list[tuple[str, Decision]]] = {}
    for (key, change_id), decision in (model.decisions if decided is None else decided).items():
        by_pair.setdefault(key, []).append((change_id, decision))
    decisions = []
    for pair in comparison.pairs:
        key = pair_key(pair)
        if key not in by_pair:
            continue
        pause()  # a writer thread makes way for the window here (see core.runtime.yielding)
        hunks = {hunk.id: hunk for hunk in comparison.hunks(pair)}
        title = comparison.title(pair)
        for change_id, decision in by_pair[key]:
            hunk = hunks.get(change_id)
            decisions.append(
                SavedDecision(
                    pair=key,
                    change=change_id,
                    choice=decision.choice.value,
                    text=decision.text,
                    left=hunk.left if hunk else "",
                    right=hunk.right if hunk else "",
                    title=title,
                )
            )
    return decisions


def save_session(path: str | os.PathLike[str], session: Session) -> None:
    """Write ``session`` atomically as JSON."""
    write_atomic(Path(path), encode_session(session))


def encode_session(session: Session) -> bytes:
    """The session file's bytes: a decision per line, by the C encoder (an indented dump is pure Python)."""
    data = session.to_json()
    decisions = data.pop("decisions")
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    head = encode(data)[:-1]  # without its closing brace
    lines = ",\n".join(encode(d) for d in pausing(decisions))
    return f'{head},\n"decisions":[\n{lines}\n]}}\n'.encode()


_MAX_SESSION_BYTES = 200 * 1024 * 1024


def read_session(path: str | os.PathLike[str], lenient: bool = False) -> Session:
    """Read a session file; raises SessionError naming the file and the problem.

    Every field is checked (see ``core.storage.session_schema``). ``lenient`` keeps
    what can be kept of a damaged file (an autosave cut short) and records in
    ``Session.skipped`` how many entries it left out.
    """
    try:
        raw = read_regular_file(path, _MAX_SESSION_BYTES)
    except LoadError as exc:
        raise SessionError(path, exc.reason) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SessionError(path, "is not a Duijiao session (not valid JSON)") from None
    except (RecursionError, ValueError):  # nested too deep, or a number with thousands of digits
        raise SessionError(path, "is not a Duijiao session (JSON too deeply nested or too large a number)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(path, "is not a Duijiao session file")
    if data.get("version") != VERSION:
        raise SessionError(path, f"is a session of an unknown version ({str(data.get('version'))[:20]!r})")
    try:
        values, skipped = validate(data, lenient)
    except SchemaError as exc:
        raise SessionError(path, f"is damaged: {exc}") from None
    return Session(
        left=InputRecord(**values["left"]),
        right=InputRecord(**values["right"]),
        base=Side(values["base"]),
        options=DiffOptions(**values["options"]),
        pairs=None
        if values["pairs"] is None
        else [Pair(p["left"], p["right"], p["similarity"], p["left_part"], p["right_part"]) for p in values["pairs"]],
        decisions=[SavedDecision(**d) for d in values["decisions"]],
        structure={Side(side): StructureEdits(tuple(edits)) for side, edits in values["structure"].items()},
        skipped=skipped,
        journal=values["journal"],
    )


def fit(session: Session, comparison: Comparison) -> tuple[Comparison, list[str]]:
    """``comparison`` under the session's structure corrections and manual pairing, where they fit.

    A manual pairing saved for other files (an article added or removed since,
    or a hand-edited session) is never applied blind: when it does not cover
    every article exactly once, the articles are paired anew and a note says so.
    """
    notes = []
    if session.structure:
        comparison = comparison.restructured_sides(session.structure)
    if session.pairs is not None:
        problem = pairing_problem(session.pairs, comparison)
        if problem is None:
            comparison = comparison.with_pairs(session.pairs)
        else:
            notes.append(
                f"the session's own pairing does not fit these files ({problem}); the articles were paired anew"
            )
    return comparison, notes


def pairing_problem(pairs: list[Pair], comparison: Comparison) -> str | None:
    """Why ``pairs`` cannot be the pairing of ``comparison`` (None when they can)."""
    for side in SIDES:
        count = len(comparison.version(side).articles)
        holding: dict[int, list[tuple[int, int] | None]] = {}
        for pair in pairs:
            index = pair.index(side)
            if index is None:
                continue
            if index >= count:
                return f"{side} article {index + 1} does not exist"
            holding.setdefault(index, []).append(pair.part(side))
        missing = [i for i in range(count) if i not in holding]
        if missing:
            return f"{side} article {missing[0] + 1} is in no pair"
        for index, parts in holding.items():
            length = len(comparison.version(side).content(index))
            spans = sorted(part or (0, length) for part in parts)
            if len(spans) > 1 and None in parts:
                return f"{side} article {index + 1} is paired more than once"
            if spans[0][0] != 0 or spans[-1][1] != length or any(a[1] != b[0] for a, b in pairwise(spans)):
                return f"the parts of {side} article {index + 1} do not cover it exactly once"
    return None


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """What happened when a session was put back."""

    restored: int
    dropped: list[SavedDecision]
    changed_inputs: list[str]  # paths whose bytes differ from when the session was saved


def changed_inputs(session: Session, comparison: Comparison | None = None) -> list[str]:
    """The inputs whose bytes differ from the session's record: the files given, else those recorded.

    A session applied to other files than it was saved for (another edition)
    is "changed" too.
    """
    given = (
        (comparison.left.path, comparison.right.path)
        if comparison is not None
        else (session.left.path, session.right.path)
    )
    return [
        path
        for path, record in zip(given, (session.left, session.right), strict=True)
        if file_digest(path) != record.sha256
    ]


def restore(session: Session, model: ReviewModel) -> RestoreReport:
    """Put the session's decisions into ``model`` where their changes still exist.

    The model must be built over the session's inputs, base, options and
    pairing (see ``Session.pairs``). A decision goes back on the pair with the
    same key and title when that pair still has the change; otherwise on a pair
    with the same title that has it (an article that moved).
    """
    dropped = _put_back(session.decisions, model)
    return RestoreReport(len(session.decisions) - len(dropped), dropped, changed_inputs(session, model.comparison))


def _put_back(saved: list[SavedDecision], model: ReviewModel) -> list[SavedDecision]:
    """Decide in ``model`` each saved decision whose change is found; returns the ones not found."""
    comparison = model.comparison
    by_key = {pair_key(p): p for p in comparison.pairs}
    dropped = []
    for each in saved:
        pair = _find_pair(comparison, by_key, each)
        if pair is None:
            dropped.append(each)
        else:
            model.decide(pair, each.change, Decision(Choice(each.choice), each.text))
    return dropped


def _find_pair(comparison: Comparison, by_key: dict[str, Pair], saved: SavedDecision) -> Pair | None:
    def has_change(pair: Pair) -> bool:
        if saved.change == ARTICLE:
            return (pair.left is None or pair.right is None) and comparison.title(pair) == saved.title
        return any(hunk.id == saved.change for hunk in comparison.hunks(pair))

    # The same change text can occur in many articles (a comma's width, say), so a
    # decision only goes back to its own article: the one with its key, or,
    # when the articles were renumbered, the one with its title.
    same = by_key.get(saved.pair)
    if same is not None and comparison.title(same) == saved.title and has_change(same):
        return same
    for pair in comparison.pairs:
        if comparison.title(pair) == saved.title and has_change(pair):
            return pair
    return None
