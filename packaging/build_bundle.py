"""Build Duijiao as a desktop application that runs without Python: a PyInstaller one-folder bundle.

    pip install -e '.[package]'
    python packaging/build_bundle.py [--dist DIR] [--smoke-test]

The bundle is ``DIR/duijiao/`` (default ``dist/``): the ``duijiao`` program
(``duijiao.exe`` on Windows, plus ``duijiao-window.exe``, the same without a
console window), its libraries, Qt and the shipped resources. On Linux the
folder also holds ``duijiao.desktop``, the MIME type of session files and the
icon, for ``packaging/linux/install.sh``. ``--smoke-test`` then starts it as a
user would, offscreen: the window on the sample pair, and ``compare --json``.

PyInstaller builds for the system it runs on: run this on Windows for the
Windows bundle and on macOS for the macOS one (see the README for what differs).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging"


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller; returns the bundle's folder."""
    data = os.pathsep.join([str(ROOT / "resources"), "resources"])
    icon = ROOT / "resources" / "duijiao.png"
    common = [
        "--noconfirm",
        "--clean",
        "--onedir",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--specpath",
        str(work),
        "--add-data",
        data,
        "--paths",
        str(ROOT),
        # What the window and the commands never use: left out of the bundle.
        "--exclude-module",
        "tkinter",
        "--exclude-module",
        "unittest",
        "--exclude-module",
        "pydoc",
    ]
    if sys.platform != "darwin":  # a .png icon needs Pillow on Windows and macOS; see the README
        common += ["--icon", str(icon)] if sys.platform.startswith("linux") else []
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", *common, "--name", "duijiao", "--console", str(ROOT / "main.py")],
        check=True,
    )
    bundle = dist / "duijiao"
    if sys.platform == "win32":  # the same program without a console window, for the Start menu
        subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                *common,
                "--name",
                "duijiao-window",
                "--windowed",
                str(ROOT / "main.py"),
            ],
            check=True,
        )
        shutil.copy2(dist / "duijiao-window" / "duijiao-window.exe", bundle)
    if sys.platform.startswith("linux"):
        prune_qt_quick(bundle)
        for name in ("duijiao.desktop", "duijiao-session.xml", "install.sh"):
            shutil.copy2(HERE / "linux" / name, bundle / name)
        shutil.copy2(icon, bundle / "duijiao.png")
    return bundle


# Qt's on-screen keyboard input method comes with PySide6-Addons (installed for Qt's PDF module) and
# brings Qt Quick and QML along: 17 MB a desk application typing through the system's input method
# never loads. (Linux only, where the smoke test checks the bundle still starts without them.)
QT_QUICK_ONLY = ("libqtvirtualkeyboardplugin.so", "libQt6VirtualKeyboard", "libQt6Quick.", "libQt6Qml")


def prune_qt_quick(bundle: Path) -> None:
    for path in bundle.rglob("*"):
        if path.is_file() and path.name.startswith(QT_QUICK_ONLY):
            path.unlink()


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


WRITE_PROOF = """
import sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from tests.ui.written_pdf import write_pdf
app = QGuiApplication([])
write_pdf(Path(sys.argv[1]), Path("tests/fixtures/markdown-export.txt").read_text(encoding="utf-8"))
"""


def smoke_test(bundle: Path) -> None:
    """Start the bundle as a user would, offscreen; raises when it does not work."""
    program = bundle / ("duijiao.exe" if sys.platform == "win32" else "duijiao")
    samples = ROOT / "resources" / "samples"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DUIJIAO_SMOKE_TEST": "1"}
    env.pop("PYTHONPATH", None)
    window = subprocess.run(
        [str(program), "--demo"], capture_output=True, text=True, timeout=120, env=env, cwd=bundle.parent
    )
    if window.returncode != 0 or "13 articles" not in window.stdout:
        raise SystemExit(f"the window did not start on the sample:\n{window.stdout}\n{window.stderr}")
    compared = subprocess.run(
        [str(program), "compare", str(samples / "plain-export.txt"), str(samples / "markdown-export.txt"), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=bundle.parent,
    )
    if compared.returncode != 0 or len(json.loads(compared.stdout)["pairs"]) != 13:
        raise SystemExit(f"compare --json failed:\n{compared.stderr}")
    proof = bundle.parent / "sample-proof.pdf"
    made = subprocess.run(  # the sample set as a page proof, with this Python's Qt (see tests/ui/written_pdf.py)
        [sys.executable, "-c", WRITE_PROOF, str(proof)], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT
    )
    if made.returncode == 0:  # Qt's PDF module, where PySide6-Addons was installed for the build
        read = subprocess.run(
            [str(program), "compare", str(samples / "plain-export.txt"), str(proof), "--json"],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=bundle.parent,
        )
        if read.returncode != 0 and "needs Qt's PDF module" not in read.stderr:
            raise SystemExit(f"a PDF did not open:\n{read.stderr}")
        print("smoke test: a page proof (PDF)", "opens" if read.returncode == 0 else "is refused: no Qt PDF module")
    chinese = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=60, env=env)
    if not chinese.stdout.startswith("duijiao "):
        raise SystemExit(f"--version failed: {chinese.stdout} {chinese.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--smoke-test", action="store_true")
    args = parser.parse_args()
    bundle = build(args.dist.resolve(), args.work.resolve())
    print(f"bundle: {bundle} ({size_of(bundle) / 1e6:.0f} MB)")
    if args.smoke_test:
        smoke_test(bundle)
        print("smoke test: the window starts on the sample; compare --json prints the comparison")
    return 0


if __name__ == "__main__":
    sys.exit(main())
