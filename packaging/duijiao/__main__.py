"""``python -m duijiao`` and the ``duijiao`` command: the window, or ``compare`` / ``merge``."""

from __future__ import annotations

import sys

import duijiao  # noqa: F401  (registers core and ui)
from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
