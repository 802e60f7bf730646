"""The one way in: ``duijiao [--demo | LEFT RIGHT]`` opens the window, ``duijiao compare|merge …`` does not.

Nothing here imports Qt until the window is wanted, so the commands start
fast and work without a display; before Qt starts, a missing display or
missing system libraries are said in one line instead of Qt's abort.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from core.cli import COMMANDS, build_parser
from core.cli import main as run_command
from ui.pdf_text import install as install_pdf_reader

# Qt's own command-line options (QGuiApplication): they pass through to Qt, every other is an error.
QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "-platform",
        "-platformpluginpath",
        "-platformtheme",
        "-plugin",
        "-qwindowgeometry",
        "-qwindowicon",
        "-qwindowtitle",
        "-style",
        "-stylesheet",
        "-session",
        "-display",
        "-geometry",
        "-title",
    }
)
QT_FLAGS = frozenset({"-reverse", "-nograb", "-dograb", "-sync", "-widgetcount"})
# What Qt's xcb platform plugin loads (Qt 6), by the name find_library knows, with the Debian package.
XCB_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"),
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-image", "libxcb-image0"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-render-util", "libxcb-render-util0"),
    ("xcb-shape", "libxcb-shape0"),
    ("xcb-xkb", "libxcb-xkb1"),
    ("EGL", "libegl1"),
    ("GL", "libgl1"),
    ("fontconfig", "libfontconfig1"),
    ("glib-2.0", "libglib2.0-0"),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run what the arguments ask for; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    install_pdf_reader()  # Qt's PDF module is imported only when a PDF is opened
    words = [a for a in argv if not a.startswith("-")]
    if (words and words[0] in COMMANDS) or argv[:1] in (["-h"], ["--help"], ["--version"]):
        try:
            return run_command(argv)
        except BrokenPipeError:  # the reader stopped early (``| head``): no traceback for that
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
        except KeyboardInterrupt:  # Ctrl+C: stopped as asked (any workers are stopped too)
            return 130
        except OSError as exc:  # the output cannot be written (a full disk): one line, not a traceback
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush there
            print(f"error: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
            return 1
    ours, qt_options = split_qt_options(argv)
    args = build_parser().parse_args(["window", *ours])  # anything unknown is an error here
    if len(args.files) == 1:
        build_parser().error("give two files (left and right), three or more versions, or none")
    problem = display_problem(qt_options)
    if problem:
        print(f"duijiao: {problem}", file=sys.stderr)
        return 2
    absent = missing_libraries(qt_options)
    if absent:  # said, not enforced: a library found under another name would make this wrong
        print(
            f"duijiao: the window may need system libraries that seem missing: {' '.join(absent)} "
            f"(on Debian or Ubuntu: sudo apt install {' '.join(absent)})",
            file=sys.stderr,
        )
    from ui.app import run  # Qt from here on

    return run(args.demo, args.files, qt_options)


def split_qt_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(our arguments, Qt's own options with their values), in their order."""
    ours: list[str] = []
    qt: list[str] = []
    at = 0
    while at < len(argv):
        word = argv[at]
        option = word.split("=", 1)[0].removeprefix("-")
        option = "-" + option if not option.startswith("-") else option
        if option in QT_OPTIONS_WITH_VALUE and word.startswith("-"):
            takes = 1 if "=" in word else 2
            qt.extend(argv[at : at + takes])
            at += takes
        elif option in QT_FLAGS and word.startswith("-"):
            qt.append(word)
            at += 1
        else:
            ours.append(word)
            at += 1
    return ours, qt


def _platform(qt_options: Sequence[str], environ: dict[str, str]) -> str:
    """The Qt platform plugin asked for (``-platform`` first, then QT_QPA_PLATFORM), without its options."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    for at, word in enumerate(qt_options):
        if word.lstrip("-").startswith("platform="):
            chosen = word.split("=", 1)[1]
        elif word.lstrip("-") == "platform" and at + 1 < len(qt_options):
            chosen = qt_options[at + 1]
    return chosen.split(":")[0]


def display_problem(
    qt_options: Sequence[str] = (), environ: dict[str, str] | None = None, platform: str = sys.platform
) -> str | None:
    """Why the window cannot open here, in one line, or None when it can (as far as can be told)."""
    environ = dict(os.environ) if environ is None else environ
    if not platform.startswith("linux"):
        return None  # Windows and macOS always have their own window system
    chosen = _platform(qt_options, environ)
    if chosen in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "wayland", "wayland-egl"):
        return None
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). "
            "'duijiao compare' and 'duijiao merge' work without one; "
            "QT_QPA_PLATFORM=offscreen runs the window unseen."
        )
    return None


def missing_libraries(qt_options: Sequence[str] = (), environ: dict[str, str] | None = None) -> list[str]:
    """The Debian packages of the X libraries Qt's xcb plugin loads that the linker cache lacks."""
    environ = dict(os.environ) if environ is None else environ
    platform = _platform(qt_options, environ) or ("xcb" if environ.get("DISPLAY") else "")
    if not sys.platform.startswith("linux") or platform != "xcb":
        return []
    import subprocess  # here: the commands, which never get this far, start without it

    try:
        known = subprocess.run(
            ["ldconfig", "-p"], capture_output=True, text=True, timeout=5, env={**environ, "LC_ALL": "C"}
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []  # no linker cache to ask: say nothing
    return [package for name, package in XCB_LIBRARIES if f"lib{name}.so" not in known]
