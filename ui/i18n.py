"""The interface language: Chinese where the system is Chinese, English otherwise, or as chosen."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.resources import resource

TRANSLATIONS = resource("i18n")

# Qt's own texts that its Chinese translation lacks (the file dialog's labels as Qt 6 writes them, with
# their letters, and the type of a folder): ours translates them, and is looked in before Qt's.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
)
_PLACE = re.compile(r"%(\d)")
_installed: list[QTranslator] = []


def preferred_language(saved: str | None) -> str:
    """``"zh_CN"`` or ``"en"``: the saved choice, else the system's."""
    if saved in ("zh_CN", "en"):
        return saved
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_language(language: str) -> bool:
    """Load the translation for ``language`` into the application; True when one was loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return False
    # Qt's own strings too (Yes, No, OK, Cancel in message boxes and dialogs), from the
    # translations that come with PySide6.
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / f"duijiao_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False


def current_language() -> str:
    """The language the interface shows now."""
    return "zh_CN" if _installed else "en"


def fill(text: str, *values: object) -> str:
    """A translated ``text`` with its places ``%1``, ``%2`` … filled by ``values``, as ``QString.arg`` does.

    All places are filled in one pass, so a value that itself holds ``%2`` (a
    file name, say) is shown as it is; a place without a value stays.

    >>> fill("%1 of %2 decided", 3, "50%2")
    '3 of 50%2 decided'
    """

    def value(place: re.Match[str]) -> str:
        number = int(place.group(1))
        return str(values[number - 1]) if 0 < number <= len(values) else place.group()

    return _PLACE.sub(value, text)
