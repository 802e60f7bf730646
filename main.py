"""Duijiao (对校): ``python main.py [--demo | LEFT RIGHT]`` opens the window, ``compare`` / ``merge`` do not.

See ``ui.launch`` (installed, the ``duijiao`` command runs the same).
"""

from __future__ import annotations

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
