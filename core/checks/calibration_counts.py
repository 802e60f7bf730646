"""Written by ``python bench/suggestions.py --fit``; not edited by hand.

Per evidence key (see ``core.checks.calibration``): suggestions found right, suggestions made, on the
real pages the benchmark reads, each both ways round.
"""

COUNTS: dict[str, tuple[int, int]] = {
    "decisions/few": (281, 281),
    "number": (8, 16),
    "number-form": (2, 2),
    "placeholder": (176, 176),
    "print-form": (484, 484),
    "repeat": (2, 2),
    "script": (2, 2),
    "spelling": (1562, 1585),
    "splice": (4, 4),
    "truncation": (2, 2),
    "width": (498, 500),
}
