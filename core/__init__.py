"""Duijiao's engine: load, split, pair, diff, review and export. Pure Python, no Qt."""
