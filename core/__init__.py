"""Duijiao's engine: load, split, pair, diff, review and export. Pure Python, no Qt."""

__version__ = "0.2.0"
