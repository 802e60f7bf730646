"""Synthetic issues for the benchmark: the sample pair copied many times, each copy distinct.

Copy ``k`` of every article gets its own title suffix and its own variants of
a few words and of its numbers, the same on both sides, so each left article
still has exactly one right partner and the pair's real differences (the
sample's OCR errors, punctuation widths and broken paragraphs) are kept. The
right side's articles are shuffled, as a second export often orders them.

From the command line, to make a big issue to try the window or ``compare`` on
(or to attach to a report about a big issue)::

    python bench/issue_maker.py 200 big-left.txt big-right.md
    python bench/issue_maker.py 50 left.txt right.md --seed 3 --from my-left.txt my-right.md
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # run as a script from anywhere: core is beside bench/

from core.text.segment import split_issue  # noqa: E402 (after the path is set)
from core.text.textio import load  # noqa: E402

_PLACES = [
    "东城",
    "西关",
    "南湖",
    "北街",
    "古楼",
    "柳园",
    "新区",
    "湖西",
    "道口",
    "闫寺",
    "梁水",
    "沙镇",
    "堂邑",
    "郑家",
    "侯营",
    "张炉",
]
_POOL = "安平康宁和顺兴旺丰盛长乐永泰嘉祥瑞德明光华荣昌远"
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[\u4e00-\u9fff]{2}")


def _variant(text: str, words: dict[str, str], shift: int) -> str:
    text = _NUMBER.sub(lambda m: str(int(m.group()) + shift), text)
    for old, new in words.items():
        text = text.replace(old, new)
    return text


def _set_off(block: str) -> str:
    """An article ending in a blank line, so the next one starts on its own line."""
    return block.rstrip("\r\n") + "\n\n"


def _regions(path: Path) -> tuple[str, list[tuple[str, str, str]]]:
    """The preamble and each article as (text before title end, rest, title)."""
    document = split_issue(load(path).text)
    text = document.text
    pieces = [(text[a.start : a.title_end], text[a.title_end : a.end], a.title) for a in document.articles]
    return text[: document.preamble_end], pieces


def make_issue(left: Path, right: Path, scale: int, seed: int = 0) -> tuple[str, str]:
    """The left and right texts of an issue ``scale`` times the sample's size."""
    from core.comparison import compare_files

    pairing = compare_files(left, right).pairs
    left_pre, left_articles = _regions(left)
    right_pre, right_articles = _regions(right)
    rng = random.Random(seed)
    out_left, out_right = [left_pre], [right_pre]
    right_blocks: list[str] = []
    for k in range(scale):
        suffix = f"（{_PLACES[k % len(_PLACES)]}{k // len(_PLACES) + 1}）" if k else ""
        for pair in pairing:
            sample_text = "".join(
                left_articles[pair.left][:2] if pair.left is not None else right_articles[pair.right][:2]
            )
            candidates = sorted(set(_WORD.findall(sample_text)))
            words = (
                {w: rng.choice(_POOL) + rng.choice(_POOL) for w in rng.sample(candidates, min(3, len(candidates)))}
                if k
                else {}
            )
            if pair.left is not None:
                head, rest, _ = left_articles[pair.left]
                out_left.append(_set_off(_variant(head, words, k) + suffix + _variant(rest, words, k)))
            if pair.right is not None:
                head, rest, _ = right_articles[pair.right]
                right_blocks.append(_set_off(_variant(head, words, k) + suffix + _variant(rest, words, k)))
    rng.shuffle(right_blocks)
    out_right.extend(right_blocks)
    return "".join(out_left), "".join(out_right)


def write_issue(left: Path, right: Path, scale: int, out_left: Path, out_right: Path, seed: int = 0) -> None:
    """Write a synthetic issue's two sides as UTF-8 files."""
    left_text, right_text = make_issue(left, right, scale, seed)
    out_left.write_text(left_text, encoding="utf-8")
    out_right.write_text(right_text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python bench/issue_maker.py",
        description="Write a synthetic issue SCALE times the sample pair's size (each copy distinct; the right "
        "side's articles shuffled), as two UTF-8 files.",
    )
    parser.add_argument("scale", type=int, help="how many copies of the sample's articles (200: a week of issues)")
    parser.add_argument("left_out", type=Path, help="where to write the left side")
    parser.add_argument("right_out", type=Path, help="where to write the right side")
    parser.add_argument("--seed", type=int, default=0, help="another seed gives other variants (default 0)")
    parser.add_argument(
        "--from",
        dest="sources",
        nargs=2,
        type=Path,
        metavar=("LEFT", "RIGHT"),
        default=(
            ROOT / "resources" / "samples" / "plain-export.txt",
            ROOT / "resources" / "samples" / "markdown-export.txt",
        ),
        help="the pair to copy (default: the built-in sample)",
    )
    args = parser.parse_args(argv)
    if args.scale < 1:
        parser.error("scale must be 1 or more")
    write_issue(*args.sources, args.scale, args.left_out, args.right_out, args.seed)
    print(f"wrote {args.left_out} and {args.right_out} ({args.scale}x the sample)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
