"""A full disk is the machine's state, not a bug: exit 2 with what to do, and nothing half done.

A real, tiny tmpfs is mounted (the tests run as root, as CI does) and filled up, and the
commands that write run on it as a user would run them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from gitrepo import GitRepo
from test_hostile import VALID

ENTRY = "from susi_spec.cli.main import entry; entry()"


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def _fill(folder: Path) -> None:
    """Write until the file system says it is full, leaving no byte free."""
    descriptor = os.open(folder / "fyld", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while os.write(descriptor, b"\0" * size):
                    pass
            except OSError:
                continue
    finally:
        os.close(descriptor)


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", ENTRY, *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_release_on_a_full_disk_is_exit_2_and_leaves_the_spec_as_it_was(tiny_disk: Path) -> None:
    git = GitRepo(tiny_disk / "repo")
    draft = VALID.replace("status: released\nreleased: 2020-09-15\n", "status: draft\n")
    git.write("specs/demo/index.md", draft)
    git.commit("udkast")
    _fill(tiny_disk)
    done = _run(git.root, "release", "demo")
    assert done.returncode == 2, done.stderr
    assert "disken er fuld" in done.stderr and "Traceback" not in done.stderr
    assert (git.root / "specs/demo/index.md").read_text() == draft
    for leftover in (git.root / "specs/demo").iterdir():
        assert leftover.name == "index.md"  # no temporary file left beside it
    os.remove(tiny_disk / "fyld")
    assert _run(git.root, "release", "demo").returncode == 0  # with room again, it works


def test_new_on_a_full_disk_is_exit_2_and_leaves_no_folder(tiny_disk: Path) -> None:
    git = GitRepo(tiny_disk / "repo")
    git.write("specs/README.txt", "specs\n")
    git.commit("start")
    _fill(tiny_disk)
    done = _run(git.root, "new", "ny-indsats", "--title", "Ny indsats")
    assert done.returncode == 2, done.stderr
    assert "disken er fuld" in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in (git.root / "specs").iterdir()) == ["README.txt"]


def _leave_free(folder: Path, free: int) -> None:
    """Fill the file system until only about `free` bytes are left."""
    stat = os.statvfs(folder)
    size = max(0, stat.f_bavail * stat.f_frsize - free)
    with (folder / "fyld").open("wb") as stream:
        stream.write(b"\0" * size)


@pytest.mark.parametrize("free", [0, 8_192, 24_576, 40_960, 65_536, 131_072])
def test_release_with_little_room_is_done_whole_or_not_at_all(tiny_disk: Path, free: int) -> None:
    git = GitRepo(tiny_disk / "repo")
    draft = VALID.replace("status: released\nreleased: 2020-09-15\n", "status: draft\n")
    git.write("specs/demo/index.md", draft)
    git.commit("udkast")
    before = git.git("rev-parse", "HEAD").strip()
    _leave_free(tiny_disk, free)
    done = _run(git.root, "release", "demo")
    assert done.returncode in (0, 2) and "Traceback" not in done.stderr, done.stderr
    text = (git.root / "specs/demo/index.md").read_text()
    head = git.git("rev-parse", "HEAD").strip()
    if head == before:  # not at all: the file as it was, and exit 2 with what to do
        assert done.returncode == 2 and text == draft
    else:  # whole: committed; a tag the disk had no room for is said, for the next run
        assert "status: released" in text
        assert done.returncode == 0 or "tagget" in done.stderr
    leftovers = [p.name for p in (git.root / "specs/demo").iterdir() if p.name != "index.md"]
    assert leftovers == []
