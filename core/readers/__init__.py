"""Readers for the documents a proofreader is handed (Word, OpenDocument, web pages, OCR files, PDF)."""
