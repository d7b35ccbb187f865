"""`make outdated` names pins behind on their patch line, and only warns."""

import os
import subprocess
import sys
from pathlib import Path

from packaging.version import Version

from ops.outdated import newer_patch

ROOT = Path(__file__).resolve().parent.parent


def versions(*texts):
    return [Version(text) for text in texts]


def test_newer_patch_stays_on_the_pinned_line():
    offered = versions("6.0.1", "5.2.19", "5.2.9", "5.2.8", "5.1.15", "5.2.20rc1")
    assert newer_patch("5.2.8", offered) == Version("5.2.19")


def test_newest_patch_of_its_line_is_not_outdated():
    assert newer_patch("0.14.14", versions("0.17.6", "0.15.0", "0.14.14", "0.14.5")) is None


def run_outdated(tmp_path, pins, **env):
    requirements = tmp_path / "requirements.txt"
    requirements.write_text(pins)
    return subprocess.run(
        [sys.executable, "-m", "ops.outdated", str(requirements)],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_outdated_warns_and_exits_0_when_the_index_cannot_be_reached(tmp_path):
    result = run_outdated(
        tmp_path,
        "Django==5.2.8  # a comment\n",
        PIP_CONFIG_FILE=os.devnull,  # no configured mirrors or local wheels
        PIP_INDEX_URL="http://127.0.0.1:9/simple/",  # the discard port: nothing answers
        PIP_RETRIES="0",
        PIP_TIMEOUT="3",
    )
    assert result.returncode == 0
    assert "WARNING: could not check Django" in result.stdout
    assert "0 of 1 pins checked" in result.stdout
