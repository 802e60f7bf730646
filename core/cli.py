"""The headless command line: ``compare`` prints the comparison, ``merge`` writes a clean copy."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core import __version__
from core.comparison import Comparison, compare_versions, version_from_text
from core.diffing.diff import DiffOptions
from core.model import Side
from core.output.json_output import compare_to_json
from core.readers.blocks import note_text
from core.readers.documents import load_text
from core.runtime.collector_pause import collector_paused
from core.text.textio import DecodedText, UserError, display_path

if TYPE_CHECKING:
    from core.review.decisions import ReviewModel

# Merging and sessions load core.output.export, core.review.decisions and core.storage.session when asked for: compare
# --json, the command a script runs most, starts without them.

EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130  # as a shell reports a process ended by Ctrl+C


USAGE = """duijiao [--demo | LEFT RIGHT] [Qt options]   open the window (on the sample pair with --demo)
       duijiao compare LEFT RIGHT [MORE …] [--json] [options]
       duijiao merge LEFT RIGHT (--accept-all | --reject-all | --session FILE) -o OUTPUT [options]
       duijiao merge FIRST SECOND THIRD … (--majority | --reject-all) -o OUTPUT [options]
       duijiao --version"""

COMMANDS = ("compare", "merge")


def build_parser() -> argparse.ArgumentParser:
    """The one command-line parser: the window's arguments and the ``compare`` and ``merge`` commands.

    The window's arguments are the hidden command ``window``, which the
    launcher puts first when no command is named.
    """
    parser = argparse.ArgumentParser(
        prog="duijiao",
        usage=USAGE,
        description="Duijiao (对校): compare two versions of a newspaper issue, review the changes, save a "
        "clean copy. Without a command the window opens; compare and merge need no display.",
        epilog="duijiao compare --help and duijiao merge --help list their options.",
    )
    parser.add_argument("--version", action="version", version=f"duijiao {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="{compare,merge}")
    # Not listed: the default when no command is named.
    window = commands.add_parser("window", prog="duijiao", add_help=False)
    window.add_argument("--demo", action="store_true", help="open the built-in sample pair")
    window.add_argument("files", nargs="*", metavar="FILE", help="the left and right versions (or three and more)")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("left", help="the left version (a text or markdown file)")
    common.add_argument("right", help="the right version")
    common.add_argument(
        "more",
        nargs="*",
        metavar="MORE",
        help="more versions of the issue: three or more are collated, each difference one site with every "
        "version's reading and the majority's",
    )
    common.add_argument("--left-encoding", help="decode LEFT with this encoding, not a guess")
    common.add_argument("--right-encoding", help="decode RIGHT with this encoding, not a guess")
    common.add_argument("--ignore-whitespace", action="store_true", help="ignore whitespace and line breaks")
    common.add_argument(
        "--ignore-punctuation-width", action="store_true", help="ignore full- vs half-width punctuation"
    )
    common.add_argument("--join-broken-paragraphs", action="store_true", help="ignore paragraph breaks mid-sentence")
    # prog named: argparse would build it from the parent's usage, all three lines of it.
    compare = commands.add_parser(
        "compare", parents=[common], prog="duijiao compare", help="show paired articles and hunks"
    )
    compare.add_argument("--json", action="store_true", help="print one JSON object")
    merge = commands.add_parser("merge", parents=[common], prog="duijiao merge", help="write the clean copy")
    decide = merge.add_mutually_exclusive_group(required=True)
    decide.add_argument("--accept-all", action="store_true", help="take the other side for every change")
    decide.add_argument("--reject-all", action="store_true", help="keep the base side for every change")
    decide.add_argument("--session", metavar="FILE", help="apply the decisions of a saved review session")
    decide.add_argument(
        "--majority", action="store_true", help="three or more versions: take every reading a strict majority gives"
    )
    merge.add_argument(
        "--base",
        help="the side to correct: left or right (default: left, or the session's); with three or more "
        "versions, the number of the version (default 1, the first)",
    )
    merge.add_argument(
        "--encoding",
        choices=("original", "utf-8"),
        default="original",
        help="write the base file's own encoding, BOM and newlines, or UTF-8",
    )
    merge.add_argument(
        "-o", "--output", required=True, help="where to write the clean copy (.docx: as tracked changes to the base)"
    )
    merge.add_argument("--author", help="the name a .docx's tracked changes are made by (default: your user name)")
    merge.add_argument("--force", action="store_true", help="allow OUTPUT to be one of the inputs")
    return parser


def _options(args: argparse.Namespace) -> DiffOptions:
    return DiffOptions(
        ignore_whitespace=args.ignore_whitespace,
        ignore_punctuation_width=args.ignore_punctuation_width,
        join_broken_paragraphs=args.join_broken_paragraphs,
    )


def _print_summary(comparison: Comparison) -> None:
    for p in comparison.pairs:
        if p.left is None:
            status = "right only"
        elif p.right is None:
            status = "left only"
        else:
            count = len(comparison.hunks(p))
            status = f"{count} changes" if count else "identical"
        print(f"{comparison.title(p)}\t{status}\t{p.similarity:.2f}")


def _merge(comparison: Comparison, args: argparse.Namespace) -> None:
    from core.output.export import ExportError, encode_clean
    from core.review.decisions import ACCEPT, REJECT, ReviewModel
    from core.text.files import same_file, write_atomic

    if not args.output:
        raise _Refusal(args.output, "no file name given")
    output = Path(args.output)
    protected = {args.left: "one of the input files", args.right: "one of the input files"}
    if args.session:
        protected[args.session] = "the session file"
    clash = next((what for path, what in protected.items() if same_file(output, path)), None)
    if clash and not args.force:
        raise _Refusal(args.output, f"is {clash}; pass --force to overwrite it")
    if args.session:
        model = _model_from_session(comparison, args)
    else:
        model = ReviewModel(comparison, base=Side(args.base or Side.LEFT))
        model.decide_many(model.changes(), ACCEPT if args.accept_all else REJECT)
    try:
        if output.suffix.lower() == ".docx":
            from core.output.tracked_docx import default_author, tracked_docx

            data = tracked_docx(model, args.author or default_author())
        else:
            data = encode_clean(model, args.encoding)
    except ExportError as exc:
        garbled = comparison.version(model.base).decoded
        cause = (
            f"; but first: {display_path(garbled.path)} is garbled, its UTF-8 bytes read as {garbled.encoding}"
            if garbled.garbled
            else ""
        )
        raise _Refusal(args.output, f"{exc}{cause}") from exc
    write_atomic(output, data)


def _model_from_session(comparison: Comparison, args: argparse.Namespace) -> ReviewModel:
    from core.review.decisions import ReviewModel
    from core.storage.session import fit, restore

    session = args.loaded_session
    comparison, notes = fit(session, comparison)
    for note in notes:
        print(f"warning: {display_path(args.session)}: {note}", file=sys.stderr)
    model = ReviewModel(comparison, base=Side(args.base or session.base))
    report = restore(session, model)
    for path in report.changed_inputs:
        print(f"warning: {display_path(path)}: differs from the file the session was saved for", file=sys.stderr)
    if report.dropped:
        print(
            f"warning: {len(report.dropped)} saved decisions no longer match a change and were skipped",
            file=sys.stderr,
        )
    return model


def _garbled_warning(decoded: DecodedText) -> str:
    return (
        f"read as {decoded.encoding} as asked, but its bytes are UTF-8: its text is garbled (mojibake); "
        "drop the forced encoding (or the session's) to read it as UTF-8"
    )


def _compare_to_json(left: DecodedText, right: DecodedText, options: DiffOptions) -> int:
    """Print the comparison as JSON; interrupted (Ctrl+C), say so in one line, and leave no half in a file."""
    from core.text.files import taken_back_on_failure

    try:
        with taken_back_on_failure(sys.stdout) as taken_back:
            compare_to_json(left, right, options, sys.stdout)
    except KeyboardInterrupt:
        if taken_back:
            print("interrupted: nothing was written to the output file", file=sys.stderr)
        else:
            print("interrupted: the JSON printed is incomplete", file=sys.stderr)
        return EXIT_INTERRUPTED
    return 0


def _load_more(path: str) -> DecodedText:
    decoded = load_text(path)
    for kind, count in decoded.notes:
        print(f"note: {display_path(decoded.path)}: {note_text(kind, count)}", file=sys.stderr)
    return decoded


def _collate(texts: list[DecodedText], args: argparse.Namespace, options: DiffOptions) -> int:
    """Compare or merge three versions or more (the base first: ``--base N``, else the first file)."""
    import json

    from core.versions.collation import Collation

    if getattr(args, "session", None) or getattr(args, "accept_all", False):
        raise UserError("with three versions or more, merge takes --majority or --reject-all")
    chosen = getattr(args, "base", None) or ""
    base = int(chosen) - 1 if chosen.isdigit() else {"": 0, "left": 0, "right": 1}.get(chosen, -1)
    if not 0 <= base < len(texts):
        raise UserError(f"--base: a version from 1 to {len(texts)}, not {chosen}")
    texts = [texts[base], *texts[:base], *texts[base + 1 :]]
    collation = Collation([version_from_text(decoded) for decoded in texts], options)
    if args.command == "compare":
        if args.json:
            print(json.dumps(collation.to_json(), ensure_ascii=False))
            return 0
        for article in collation.articles:
            decided = sum(v.decided for v in collation.votes(article))
            print(f"{article.title}\t{len(article.sites)} sites\t{decided} decided by the majority")
        return 0
    from core.output.tracked_docx import default_author, tracked_document
    from core.text.files import same_file, write_atomic
    from core.text.textio import encode_text

    output = Path(args.output)
    if any(same_file(output, decoded.path) for decoded in texts) and not args.force:
        raise _Refusal(args.output, "is one of the input files; pass --force to overwrite it")
    first = texts[0]
    clean = collation.majority_copy() if args.majority else first.text
    if output.suffix.lower() == ".docx":
        data = tracked_document(first.text, clean, args.author or default_author())
    elif args.encoding == "utf-8":
        data = clean.encode("utf-8")
    else:
        try:
            data = encode_text(clean, first.encoding, first.bom)
        except UnicodeEncodeError as exc:
            raise _Refusal(
                args.output,
                f"the majority's text cannot be written in {first.encoding} ({exc.reason}): use --encoding utf-8",
            ) from None
    write_atomic(output, data)
    return 0


class _Refusal(UserError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{display_path(path) or '(no file name)'}: {reason}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command not in COMMANDS:
        parser.error("the window is opened by the launcher (main.py or duijiao), not here")
    try:
        options = _options(args)
        left_encoding, right_encoding = args.left_encoding, args.right_encoding
        if getattr(args, "session", None):
            from core.storage.session import read_session

            args.loaded_session = session = read_session(args.session)
            options = session.options
            left_encoding = left_encoding or session.left.encoding
            right_encoding = right_encoding or session.right.encoding
        with collector_paused():  # a one-shot process: the collector would only walk what it builds
            left = load_text(args.left, left_encoding)
            right = load_text(args.right, right_encoding)
            for name, decoded in (("left", left), ("right", right)):
                for kind, count in decoded.notes:
                    print(f"note: {display_path(decoded.path)}: {note_text(kind, count)}", file=sys.stderr)
                if decoded.garbled:
                    print(f"warning: {display_path(decoded.path)}: {_garbled_warning(decoded)}", file=sys.stderr)
                if decoded.unsure:
                    print(
                        f"warning: {display_path(decoded.path)}: encoding guessed as {decoded.encoding} but "
                        f"another reads it as well (short file); force one with --{name}-encoding",
                        file=sys.stderr,
                    )
            if args.more:
                return _collate([left, right, *(_load_more(path) for path in args.more)], args, options)
            if getattr(args, "majority", False):
                raise UserError("--majority needs three versions or more: two cannot outvote each other")
            if getattr(args, "base", None) not in (None, "left", "right"):
                raise UserError(f"--base: left or right with two versions, not {args.base}")
            if args.command == "compare" and args.json:
                return _compare_to_json(left, right, options)
            comparison = compare_versions(version_from_text(left), version_from_text(right), options)
            if args.command == "compare":
                _print_summary(comparison)
            else:
                _merge(comparison, args)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0
