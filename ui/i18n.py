"""The interface language: Chinese where the system is Chinese, English otherwise, or as chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "i18n"
_installed: list[QTranslator] = []


def preferred_language(saved: str | None) -> str:
    """``"zh_CN"`` or ``"en"``: the saved choice, else the system's."""
    if saved in ("zh_CN", "en"):
        return saved
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_language(language: str) -> bool:
    """Load the translation for ``language`` into the application; True when one was loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return False
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / f"duijiao_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False
