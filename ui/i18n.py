"""The interface language: Chinese where the system is Chinese, English otherwise, or as chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.resources import resource

TRANSLATIONS = resource("i18n")
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
