"""Menu letters (Alt+F, then a letter) for every item of every menu, never two alike in one menu.

The command table marks the letters it cares about (``&Save``); every other
item gets one here, in whatever language the menus are shown: a Latin text
takes the first free letter of one of its words, then any free letter; a
Chinese text gets a free letter after it, the way Chinese software writes
them (``保存校对进度(&P)…``). A marked letter that another item of the menu
already has is given up for a free one, so no letter ever means two items.

>>> with_mnemonics(["&Save clean copy…", "Save review session…", "&Quit", "S&wap"])
['&Save clean copy…', 'Save &review session…', '&Quit', 'S&wap']
>>> with_mnemonics(["保存校对稿(&S)…", "保存校对进度…"], ["&Save clean copy…", "Save review session…"])
['保存校对稿(&S)…', '保存校对进度(&R)…']
"""

from __future__ import annotations

import re
import string

_MARKED = re.compile(r"&([^&\s])")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SPARE = string.ascii_uppercase + string.digits
_TRAILING = ("…", "...")


def mnemonic(text: str) -> str | None:
    """The letter ``text`` marks with ``&`` (lower case), if any (``&&`` is a plain ampersand)."""
    match = _MARKED.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def with_mnemonics(texts: list[str], sources: list[str] | None = None) -> list[str]:
    """``texts`` (one menu's items, in order) each with a letter of its own.

    ``sources``, the English texts they translate, lend their letters: an
    item keeps the letter it has in English where that letter is free, so
    the keys learnt in one language work in the other.
    """
    preferred = [mnemonic(text) for text in with_mnemonics(sources)] if sources else [None] * len(texts)
    used: set[str] = set()
    result: list[str | None] = []
    for text in texts:  # the table's own letters first, in order: the first item keeps a letter two mark
        letter = mnemonic(text)
        if letter is not None and letter not in used:
            used.add(letter)
            result.append(text)
        else:
            result.append(None)
    for index, text in enumerate(texts):
        if result[index] is None:
            result[index] = _given_a_letter(_unmarked(text), used, preferred[index])
    return [text for text in result if text is not None]


def _unmarked(text: str) -> str:
    return _MARKED.sub(r"\1", text.replace("&&", "\0")).replace("\0", "&&")


def _given_a_letter(text: str, used: set[str], preferred: str | None) -> str:
    if not _CJK.search(text):
        words = [m.start() for m in re.finditer(r"\b[A-Za-z0-9]", text)]
        others = [i for i, c in enumerate(text) if c.isascii() and c.isalnum()]
        for position in [*words, *others]:
            letter = text[position].lower()
            if letter not in used:
                used.add(letter)
                return f"{text[:position]}&{text[position:]}"
    spare = [preferred.upper()] if preferred and preferred not in used else []
    free = next((c for c in [*spare, *_SPARE] if c.lower() not in used), None)
    if free is None:
        return text  # more items than letters: this one goes without
    used.add(free.lower())
    stem, tail = text, ""
    for ending in _TRAILING:
        if text.endswith(ending):
            stem, tail = text[: -len(ending)], ending
            break
    return f"{stem}(&{free}){tail}"
