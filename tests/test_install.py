"""Duijiao installed as a user installs it: a wheel, a fresh venv, run from another folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv holding the built wheel (its dependencies are taken from this environment)."""
    folder = tmp_path_factory.mktemp("install")
    wheels = folder / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    wheel = next(wheels.glob("duijiao-*.whl"))
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    # PySide6 and chardet from this environment: a plain path, so none of its .pth files (such as
    # the editable install of this checkout) comes along.
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "deps-from-test-env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


def run(venv: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    script = venv / ("Scripts" if os.name == "nt" else "bin") / args[0]
    return subprocess.run(
        [str(script), *args[1:]],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=venv.parent,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
    )


def test_the_installed_command_compares_from_another_folder(installed):
    done = run(
        installed,
        "duijiao",
        "compare",
        str(SAMPLES / "plain-export.txt"),
        str(SAMPLES / "markdown-export.txt"),
        "--json",
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["pairs"]) == 13
    assert "site-packages" in run(installed, "python", "-c", "import duijiao, core; print(core.__file__)").stdout


def test_python_m_and_version_and_merge(installed, tmp_path):
    version = run(installed, "python", "-m", "duijiao", "--version")
    assert version.returncode == 0 and version.stdout.startswith("duijiao ")
    out = tmp_path / "clean.txt"
    merged = run(
        installed,
        "duijiao",
        "merge",
        str(SAMPLES / "plain-export.txt"),
        str(SAMPLES / "markdown-export.txt"),
        "--reject-all",
        "-o",
        str(out),
    )
    assert merged.returncode == 0, merged.stderr
    assert out.read_bytes() == (SAMPLES / "plain-export.txt").read_bytes()


def test_the_installed_window_starts_on_the_sample_in_chinese(installed):
    started = run(installed, "duijiao", "--demo", DUIJIAO_SMOKE_TEST="1")
    assert started.returncode == 0, started.stderr
    assert "13 articles" in started.stdout
    chinese = run(
        installed,
        "python",
        "-c",
        "import duijiao\nfrom PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\nfrom ui.i18n import install_language\nprint(install_language('zh_CN'))\n"
        "from core.diffing.flags import confusion_groups\nprint(len(confusion_groups()) > 0)",
    )
    assert chinese.stdout.split() == ["True", "True"], chinese.stderr


def test_unknown_options_are_refused_and_help_names_the_commands(installed):
    wrong = run(installed, "duijiao", "--dmeo")
    assert wrong.returncode == 2 and "unrecognized arguments: --dmeo" in wrong.stderr
    helped = run(installed, "duijiao", "--help")
    assert "duijiao compare" in helped.stdout and "duijiao merge" in helped.stdout and "--demo" in helped.stdout
