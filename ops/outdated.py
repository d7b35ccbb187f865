"""`make outdated`: pinned packages (requirements.txt, requirements-dev.txt, or the files
named on the command line) with a newer patch
release of the same major.minor line in the package index, as `pip index versions` sees it.

Only a warning: it always exits 0, and says so when the index cannot be reached, so CI
prints it without failing on it. Moving to a new minor or major line is a decision for a
person (see README, Upgrading), not something to be nagged about here.
"""

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent
FILES = ["requirements.txt", "requirements-dev.txt"]
PIN = re.compile(r"^([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?==([^\s;#]+)")


def pins(files):
    found = {}
    for path in files:
        for line in Path(path).read_text().splitlines():
            match = PIN.match(line.strip())
            if match:
                found[match.group(1)] = match.group(2)
    return found


def index_versions(name):
    """The versions the index offers, or an error message."""
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "index", "versions", name],
            capture_output=True,
            text=True,
            timeout=120,
        )
    except subprocess.TimeoutExpired:
        return "the index did not answer within 120 s"
    match = re.search(r"^Available versions: (.+)$", result.stdout, re.MULTILINE)
    if result.returncode != 0 or not match:
        lines = (result.stderr or result.stdout).strip().splitlines()
        return lines[-1] if lines else f"pip exited with {result.returncode}"
    versions = []
    for text in match.group(1).split(", "):
        try:
            versions.append(Version(text))
        except InvalidVersion:
            continue
    return versions


def newer_patch(pinned, versions):
    """The newest final release on the pinned version's major.minor line, if newer."""
    current = Version(pinned)
    line = current.release[:2]
    same_line = [v for v in versions if v.release[:2] == line and not v.is_prerelease]
    newest = max(same_line, default=current)
    return newest if newest > current else None


def main(argv=None):
    files = (argv if argv is not None else sys.argv[1:]) or [ROOT / name for name in FILES]
    pinned = pins(files)
    with ThreadPoolExecutor(4) as pool:
        answers = dict(zip(pinned, pool.map(index_versions, pinned), strict=True))
    unreachable = {name: answer for name, answer in answers.items() if isinstance(answer, str)}
    outdated = []
    for name, version in pinned.items():
        versions = answers[name]
        if isinstance(versions, list) and (newest := newer_patch(version, versions)):
            outdated.append(f"{name} {version} -> {newest}")
    for line in outdated:
        print(f"WARNING: outdated pin: {line}")
    for name, message in unreachable.items():
        print(f"WARNING: could not check {name}: {message}")
    checked = len(pinned) - len(unreachable)
    print(
        f"outdated: {checked} of {len(pinned)} pins checked against the index, "
        f"{len(outdated)} behind on their patch line"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
