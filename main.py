"""Duijiao (对校): start the window, or run the command line with ``compare`` or ``merge``."""

from __future__ import annotations

import sys

COMMANDS = {"compare", "merge"}


def main(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        from core.cli import main as cli_main

        return cli_main(argv)
    from ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
