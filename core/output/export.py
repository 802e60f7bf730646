"""Writing the clean copy: encoding it as asked (the file is replaced atomically, see ``core.text.files``)."""

from __future__ import annotations

from core.output.render import clean_copy
from core.review.decisions import ReviewModel
from core.text.textio import UserError


class ExportError(UserError):
    """The clean copy could not be written; the message says why."""


def encode_clean(model: ReviewModel, encoding: str = "original", layout: str | None = None) -> bytes:
    """The clean copy as bytes.

    ``"original"`` writes the base file's encoding and byte-order mark (its
    newline style is kept already, as the text is built from the base file);
    ``"utf-8"`` writes UTF-8 without a BOM. ``layout`` is passed to ``render``.
    """
    text = clean_copy(model, layout)
    if encoding == "utf-8":
        return text.encode("utf-8")
    if encoding != "original":
        raise ValueError(f"encoding must be 'original' or 'utf-8', not {encoding!r}")
    decoded = model.comparison.version(model.base).decoded
    try:
        return decoded.bom + text.encode(decoded.encoding)
    except UnicodeEncodeError as exc:
        bad = text[exc.start : exc.end]
        raise ExportError(f"the text contains {bad!r}, which {decoded.encoding} cannot encode; save as UTF-8") from exc
