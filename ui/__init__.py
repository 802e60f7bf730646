"""Duijiao's window (PySide6): a thin view over ``core``."""
