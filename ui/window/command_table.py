# mypy: disable-error-code="arg-type"
# (QT_TRANSLATE_NOOP returns its text, typed as object; pyside6-lupdate finds texts only in its literal calls.)
"""Every command the window has, in one table: its name, text, keys, where it acts, and what it calls.

The menus, the F1 sheet and the README's shortcut table are made from
``MENUS``; a test holds the README equal to it (after a change here:
``python -m ui.window.shortcut_sheet --write-readme``). Texts are marked for
``pyside6-lupdate`` in the ``Menus`` context, in which the menus translate them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.window.commands import Action, Command, Menu, Separator, StandardKey

SEPARATOR = Separator()

# Keys 1 to 9 take a version's reading where three or more are open (only the first three in the menu).
VERSION_TEXTS = (
    QT_TRANSLATE_NOOP("Menus", "Take version 1's reading (the base)"),
    QT_TRANSLATE_NOOP("Menus", "Take version 2's reading"),
    QT_TRANSLATE_NOOP("Menus", "Take version 3's reading"),
    QT_TRANSLATE_NOOP("Menus", "Take version 4's reading"),
    QT_TRANSLATE_NOOP("Menus", "Take version 5's reading"),
    QT_TRANSLATE_NOOP("Menus", "Take version 6's reading"),
    QT_TRANSLATE_NOOP("Menus", "Take version 7's reading"),
    QT_TRANSLATE_NOOP("Menus", "Take version 8's reading"),
    QT_TRANSLATE_NOOP("Menus", "Take version 9's reading"),
)

MENUS: tuple[Menu, ...] = (
    Menu(
        QT_TRANSLATE_NOOP("Menus", "&File"),
        (
            Command(
                Action.OPEN_LEFT, QT_TRANSLATE_NOOP("Menus", "Open &left…"), "files.choose_left", (StandardKey.Open,)
            ),
            Command(
                Action.OPEN_RIGHT, QT_TRANSLATE_NOOP("Menus", "Open &right…"), "files.choose_right", ("Ctrl+Shift+O",)
            ),
            Command(
                Action.ADD_VERSION,
                QT_TRANSLATE_NOOP("Menus", "Add a &version…"),
                "files.add_version",
                note="three versions or more: collated, each change with every version's reading, the majority first",
            ),
            Menu(QT_TRANSLATE_NOOP("Menus", "Recent files"), filled_by="files.fill_recent_menu"),
            Command(Action.SWAP, QT_TRANSLATE_NOOP("Menus", "S&wap sides"), "files.swap_sides", ("Ctrl+Shift+W",)),
            Command(
                Action.REOPEN_ENCODING,
                QT_TRANSLATE_NOOP("Menus", "Reopen with &encoding…"),
                "files.reopen_with_encoding",
            ),
            SEPARATOR,
            Command(
                Action.SAVE_CLEAN,
                QT_TRANSLATE_NOOP("Menus", "&Save clean copy…"),
                "files.save_clean_copy",
                (StandardKey.Save,),
                note="UTF-8 or the base file's encoding; plain text or markdown",
            ),
            Command(
                Action.SAVE_SESSION,
                QT_TRANSLATE_NOOP("Menus", "Save review session…"),
                "files.save_session_as",
                ("Ctrl+Shift+S",),
                note="`*.duijiao.json`, to resume later",
            ),
            Command(Action.OPEN_SESSION, QT_TRANSLATE_NOOP("Menus", "Open review session…"), "files.open_session"),
            Command(
                Action.EXPORT_FOR_EDITING,
                QT_TRANSLATE_NOOP("Menus", "Export for editing with &tracked changes…"),
                "files.export_for_editing",
                note="a Word document: the base text with every correction as a tracked change, for Word or WPS",
            ),
            Command(Action.EXPORT_REPORT, QT_TRANSLATE_NOOP("Menus", "Export change report…"), "files.export_report"),
            SEPARATOR,
            Command(Action.QUIT, QT_TRANSLATE_NOOP("Menus", "&Quit"), "close", (StandardKey.Quit,)),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("Menus", "&Edit"),
        (
            Command(
                Action.UNDO,
                QT_TRANSLATE_NOOP("Menus", "&Undo"),
                "controller.undo",
                (StandardKey.Undo,),
                note="a batch is one step",
            ),
            Command(Action.REDO, QT_TRANSLATE_NOOP("Menus", "&Redo"), "controller.redo", (StandardKey.Redo, "Ctrl+Y")),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("Menus", "&Review"),
        (
            Command(
                Action.ACCEPT,
                QT_TRANSLATE_NOOP("Menus", "&Accept change"),
                "review.accept_change",
                ("A",),
                single_key=True,
                note="take the other version's text",
            ),
            Command(
                Action.REJECT,
                QT_TRANSLATE_NOOP("Menus", "&Reject change"),
                "review.reject_change",
                ("R",),
                single_key=True,
                note="keep the base",
            ),
            Command(
                Action.EDIT,
                QT_TRANSLATE_NOOP("Menus", "&Edit change…"),
                "review.edit_change",
                ("E",),
                single_key=True,
                note="type your own text: Ctrl+Enter confirms, Alt+1/Alt+2 start from either side, "
                "Alt+W makes half-width punctuation full-width",
            ),
            Command(
                Action.TAKE_PART,
                QT_TRANSLATE_NOOP("Menus", "Take &part of change…"),
                "review.take_part_of_change",
                ("P",),
                single_key=True,
                note="take only some characters of the change",
            ),
            Command(
                Action.NEXT_UNDECIDED,
                QT_TRANSLATE_NOOP("Menus", "&Next undecided"),
                "review.go_to_next_undecided",
                ("N",),
                single_key=True,
            ),
            SEPARATOR,
            Command(
                Action.TAKE_SUGGESTION,
                QT_TRANSLATE_NOOP("Menus", "Take the suggested side"),
                "review.take_suggestion",
                ("G",),
                single_key=True,
            ),
            *(
                Command(
                    Action(f"take_version_{n}"), text, "review.take_version", (str(n),), True, in_menu=n <= 3, args=(n,)
                )
                for n, text in enumerate(VERSION_TEXTS, start=1)
            ),
            Command(
                Action.TAKE_ARTICLE_SUGGESTIONS,
                QT_TRANSLATE_NOOP("Menus", "Take the confident suggestions of this article"),
                "review.take_article_suggestions",
                ("Shift+G",),
                single_key=True,
                note="never a number, never a decided change",
            ),
            Command(
                Action.TAKE_ALL_SUGGESTIONS,
                QT_TRANSLATE_NOOP("Menus", "Take every confident suggestion of the issue"),
                "review.take_all_suggestions",
                ("Ctrl+Alt+G",),
                note="never a number, never a decided change",
            ),
            Command(
                Action.DECIDE_SAME_KIND,
                QT_TRANSLATE_NOOP("Menus", "Decide every change of this kind alike"),
                "review.decide_same_kind",
                ("D",),
                single_key=True,
                note="the same substitution (溫→温, , → ，) anywhere in the issue, as the current or last "
                "change was decided; never a number, never a decided change; one undo step",
            ),
            SEPARATOR,
            Command(
                Action.ACCEPT_ARTICLE,
                QT_TRANSLATE_NOOP("Menus", "Accept the rest of this article"),
                "review.accept_article",
                ("Shift+A",),
                single_key=True,
                note="its undecided changes",
            ),
            Command(
                Action.REJECT_ARTICLE,
                QT_TRANSLATE_NOOP("Menus", "Reject the rest of this article"),
                "review.reject_article",
                ("Shift+R",),
                single_key=True,
                note="its undecided changes",
            ),
            Command(
                Action.ACCEPT_ARTICLE_ALL,
                QT_TRANSLATE_NOOP("Menus", "Accept every change of this article, replacing decisions"),
                "review.accept_article_overriding",
            ),
            Command(
                Action.REJECT_ARTICLE_ALL,
                QT_TRANSLATE_NOOP("Menus", "Reject every change of this article, replacing decisions"),
                "review.reject_article_overriding",
            ),
            Command(
                Action.ACCEPT_PUNCTUATION,
                QT_TRANSLATE_NOOP("Menus", "Accept all punctuation changes"),
                "review.accept_punctuation_class",
                ("Ctrl+Alt+P",),
                note="of the issue; never a number",
            ),
            Command(
                Action.ACCEPT_WHITESPACE,
                QT_TRANSLATE_NOOP("Menus", "Accept all whitespace and line-break changes"),
                "review.accept_whitespace_class",
                ("Ctrl+Alt+W",),
                note="of the issue",
            ),
            Command(
                Action.ACCEPT_REMAINING,
                QT_TRANSLATE_NOOP("Menus", "Accept all remaining"),
                "review.accept_remaining",
                ("Ctrl+Alt+A",),
            ),
            Command(
                Action.REJECT_REMAINING,
                QT_TRANSLATE_NOOP("Menus", "Reject all remaining"),
                "review.reject_remaining",
                ("Ctrl+Alt+R",),
            ),
            SEPARATOR,
            Menu(
                QT_TRANSLATE_NOOP("Menus", "Article structure"),
                (
                    Command(
                        Action.SPLIT_ARTICLE,
                        QT_TRANSLATE_NOOP("Menus", "Split article here"),
                        "structure.split_article_here",
                        ("Ctrl+Shift+Return",),
                        note="an article starts at the cursor's line",
                    ),
                    Command(
                        Action.JOIN_ARTICLE,
                        QT_TRANSLATE_NOOP("Menus", "Join with next article"),
                        "structure.join_with_next_article",
                        ("Ctrl+Shift+J",),
                    ),
                    Command(
                        Action.MARK_TITLE,
                        QT_TRANSLATE_NOOP("Menus", "Mark line as title"),
                        "structure.mark_line_as_title",
                        ("Ctrl+Shift+T",),
                    ),
                    Command(
                        Action.MARK_BODY,
                        QT_TRANSLATE_NOOP("Menus", "Mark line as body"),
                        "structure.mark_line_as_body",
                        ("Ctrl+Shift+B",),
                    ),
                ),
            ),
            SEPARATOR,
            Command(
                Action.BASE_RIGHT,
                QT_TRANSLATE_NOOP("Menus", "Correct the right version (base: right)"),
                "review.toggle_base",
                checkable=True,
            ),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("Menus", "&Navigate"),
        (
            Command(
                Action.NEXT_CHANGE,
                QT_TRANSLATE_NOOP("Menus", "Next change"),
                "review.next_change",
                ("F8",),
                note="crossing into the next article",
            ),
            Command(
                Action.PREVIOUS_CHANGE,
                QT_TRANSLATE_NOOP("Menus", "Previous change"),
                "review.previous_change",
                ("Shift+F8",),
            ),
            Command(
                Action.NEXT_FLAGGED,
                QT_TRANSLATE_NOOP("Menus", "Next flagged change"),
                "review.next_flagged",
                ("F",),
                single_key=True,
            ),
            Command(
                Action.PREVIOUS_FLAGGED,
                QT_TRANSLATE_NOOP("Menus", "Previous flagged change"),
                "review.previous_flagged",
                ("Shift+F",),
                single_key=True,
            ),
            Command(
                Action.NEXT_ARTICLE, QT_TRANSLATE_NOOP("Menus", "Next article"), "review.next_article", ("Ctrl+Down",)
            ),
            Command(
                Action.PREVIOUS_ARTICLE,
                QT_TRANSLATE_NOOP("Menus", "Previous article"),
                "review.previous_article",
                ("Ctrl+Up",),
            ),
            SEPARATOR,
            Command(
                Action.FIND,
                QT_TRANSLATE_NOOP("Menus", "Find…"),
                "review.find",
                (StandardKey.Find,),
                note="in both versions of every article",
            ),
            Command(
                Action.FIND_NEXT, QT_TRANSLATE_NOOP("Menus", "Find next"), "review.find_next", (StandardKey.FindNext,)
            ),
            Command(
                Action.FIND_PREVIOUS,
                QT_TRANSLATE_NOOP("Menus", "Find previous"),
                "review.find_previous",
                (StandardKey.FindPrevious,),
            ),
            Command(Action.FILTER, QT_TRANSLATE_NOOP("Menus", "Filter the article list"), "focus_filter", ("Ctrl+L",)),
            # J and K too, vi-style, but (being letters) only in the panes and the list.
            Command(
                Action.NEXT_CHANGE_KEY,
                QT_TRANSLATE_NOOP("Menus", "Next change"),
                "review.next_change",
                ("J",),
                single_key=True,
                in_menu=False,
            ),
            Command(
                Action.PREVIOUS_CHANGE_KEY,
                QT_TRANSLATE_NOOP("Menus", "Previous change"),
                "review.previous_change",
                ("K",),
                single_key=True,
                in_menu=False,
            ),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("Menus", "&View"),
        (
            Command(
                Action.IGNORE_WHITESPACE,
                QT_TRANSLATE_NOOP("Menus", "Ignore whitespace and line breaks"),
                "options_toggled",
                checkable=True,
            ),
            Command(
                Action.IGNORE_PUNCTUATION_WIDTH,
                QT_TRANSLATE_NOOP("Menus", "Ignore punctuation width (，vs ,)"),
                "options_toggled",
                checkable=True,
            ),
            Command(
                Action.JOIN_BROKEN_PARAGRAPHS,
                QT_TRANSLATE_NOOP("Menus", "Join broken paragraphs"),
                "options_toggled",
                checkable=True,
            ),
            SEPARATOR,
            Command(
                Action.MARK_CLEAN_COPY,
                QT_TRANSLATE_NOOP("Menus", "Mark decisions in the clean copy"),
                "preview.set_marked",
                ("Ctrl+M",),
                checkable=True,
                passes_state=True,
                note="taken, own and undecided text marked in the pane below",
            ),
            Command(
                Action.LARGER_CLEAN_COPY,
                QT_TRANSLATE_NOOP("Menus", "Larger clean copy pane"),
                "show_larger_clean_copy",
                ("Ctrl+Shift+P",),
                checkable=True,
                passes_state=True,
                note="the pane below takes half the height, or its few lines again",
            ),
            SEPARATOR,
            Command(
                Action.ZOOM_IN, QT_TRANSLATE_NOOP("Menus", "Zoom in"), "view.zoom_in", (StandardKey.ZoomIn, "Ctrl+=")
            ),
            Command(Action.ZOOM_OUT, QT_TRANSLATE_NOOP("Menus", "Zoom out"), "view.zoom_out", (StandardKey.ZoomOut,)),
            Command(
                Action.ZOOM_RESET, QT_TRANSLATE_NOOP("Menus", "Reset zoom"), "view.set_zoom", ("Ctrl+0",), args=(0,)
            ),
            Menu(
                QT_TRANSLATE_NOOP("Menus", "Language"),
                (
                    Command(
                        Action.LANGUAGE_ZH,
                        "中文",
                        "files.set_language",
                        checkable=True,
                        translated=False,
                        args=("zh_CN",),
                    ),
                    Command(
                        Action.LANGUAGE_EN,
                        "English",
                        "files.set_language",
                        checkable=True,
                        translated=False,
                        args=("en",),
                    ),
                ),
            ),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("Menus", "&Help"),
        (
            Command(
                Action.SHORTCUTS, QT_TRANSLATE_NOOP("Menus", "Keyboard shortcuts"), "files.show_shortcuts", ("F1",)
            ),
            Command(Action.DEMO, QT_TRANSLATE_NOOP("Menus", "Open the sample issue"), "files.open_demo"),
        ),
    ),
)
