"""Killed at any moment, `release`, `bump` and `new` leave the old state, the new state, or a
state the next run finishes or undoes with a plain message; two releases at once: one wins.

The commands run as real subprocesses on copies of a real repository. They are killed with
SIGKILL at each checkpoint in turn (`SUSI_TEST_KILL_AT`, see `susi_spec/files.py`) and after
random small delays, which also catch them while git runs.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from gitrepo import GitRepo, fixture
from susi_spec.files import KILL_AT_VARIABLE

SPEC = "specs/demo/index.md"
DRAFT = fixture("valid_v1.md").replace(
    "status: released\nreleased: 2020-09-15\n", "status: draft\n"
)
RELEASE = ["release", "demo", "--date", "2021-03-04"]
MAX_CHECKPOINTS = 12  # more than any command has: the loop ends when a run is not killed
RANDOM_KILLS = 3


def _susi(root: Path, args: list[str], kill_at: int | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull}
    env.pop(KILL_AT_VARIABLE, None)
    if kill_at is not None:
        env[KILL_AT_VARIABLE] = str(kill_at)
    code = "import sys; from susi_spec.cli.main import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=root, env=env, text=True,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True,
    )  # fmt: skip


def _wait_for_children(group: int) -> None:
    """Wait until every process of the killed command's session has ended."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    raise AssertionError("git started by a killed susi did not end")


def _run(root: Path, args: list[str], kill_at: int | None = None) -> tuple[int, str]:
    process = _susi(root, args, kill_at)
    out, err = process.communicate(timeout=60)
    return process.returncode, out + err


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> GitRepo:
    git = GitRepo(tmp_path_factory.mktemp("interrupted") / "draft")
    git.write(SPEC, DRAFT)
    git.commit("Demo v1 udkast")
    return git


@pytest.fixture(scope="module")
def released(drafted: GitRepo) -> Path:
    root = drafted.root.parent / "released"
    shutil.copytree(drafted.root, root)
    assert _run(root, RELEASE)[0] == 0
    return root


def _leftovers(root: Path) -> list[str]:
    """Anything a write may leave: temporary files and folders, the lock."""
    found = [p.name for p in (root / "specs").rglob(".*")]
    return found + [p.name for p in (root / ".git").glob("*.lock")]


def _kill_loop(
    source: Path,
    tmp_path: Path,
    args: list[str],
    old: bytes | None,
    target: str,
    done: Callable[[Path], bool],
) -> int:
    """Kill `args` at every checkpoint, then at random moments; check the invariants after
    each kill and after the run that follows it. Return how many checkpoints there were."""
    new = _expected(source, tmp_path / "expected", args, target)
    commits = _git(source, "rev-list", "--count", "HEAD")
    checkpoints = 0
    kills: list[tuple[int | None, float]] = [(k, 0.0) for k in range(1, MAX_CHECKPOINTS)]
    rng = random.Random(10)
    kills += [(None, rng.uniform(0.05, 1.5)) for _ in range(RANDOM_KILLS)]
    finished = False
    for number, (kill_at, delay) in enumerate(kills):
        if finished and kill_at is not None:
            continue
        root = tmp_path / f"run{number}"
        shutil.copytree(source, root)
        if kill_at is None:
            process = _susi(root, args)
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=60)
            _wait_for_children(process.pid)  # a git it started runs on: let it end
        else:
            code, output = _run(root, args, kill_at)
            if code != -signal.SIGKILL:
                assert code == 0, output  # ran to the end: there were kill_at - 1 checkpoints
                checkpoints, finished = kill_at - 1, True
        path = root / target
        assert (path.read_bytes() if path.exists() else None) in (old, new)  # never half
        assert subprocess.run(["git", "fsck", "--no-progress"], cwd=root).returncode == 0
        count = int(_git(root, "rev-list", "--count", "HEAD"))
        assert count in (int(commits), int(commits) + 1)  # never a second commit
        rerun = not done(root)
        if rerun:
            code, output = _run(root, args)  # the next run finishes or undoes, and says so
            assert code == 0 and "Traceback" not in output, output
        assert done(root) and path.read_bytes() == new
        assert int(_git(root, "rev-list", "--count", "HEAD")) == int(commits) + (old is not None)
        assert old is None or _git(root, "status", "--porcelain") == ""
        # A killed command's lock file is only removed by the next command that runs.
        assert [name for name in _leftovers(root) if rerun or name != "susi.lock"] == []
        shutil.rmtree(root)
    return checkpoints


def _expected(source: Path, root: Path, args: list[str], target: str) -> bytes:
    shutil.copytree(source, root)
    code, output = _run(root, args)
    assert code == 0, output
    return (root / target).read_bytes()


def test_release_killed_anywhere(drafted: GitRepo, tmp_path: Path) -> None:
    def done(root: Path) -> bool:
        return _git(root, "tag", "-l") == "demo/v1\n"

    old = (drafted.root / SPEC).read_bytes()
    assert _kill_loop(drafted.root, tmp_path, RELEASE, old, SPEC, done) == 4


def test_bump_killed_anywhere(released: Path, tmp_path: Path) -> None:
    def done(root: Path) -> bool:
        return _git(root, "log", "-1", "--format=%s") == "Start demo v2\n"

    old = (released / SPEC).read_bytes()
    assert _kill_loop(released, tmp_path, ["bump", "demo"], old, SPEC, done) == 3


def test_new_killed_anywhere(drafted: GitRepo, tmp_path: Path) -> None:
    def done(root: Path) -> bool:
        return (root / "specs" / "ny" / "index.md").is_file()

    args = ["new", "ny", "--title", "Ny indsats"]
    assert _kill_loop(drafted.root, tmp_path, args, None, "specs/ny/index.md", done) == 2


def test_two_releases_at_once_one_wins(drafted: GitRepo, tmp_path: Path) -> None:
    for attempt in range(2):
        root = tmp_path / f"race{attempt}"
        shutil.copytree(drafted.root, root)
        processes = [_susi(root, RELEASE) for _ in range(2)]
        results = [(p.wait(timeout=60), "".join(p.communicate())) for p in processes]
        assert sorted(code for code, _ in results) == [0, 2], results
        loser = next(output for code, output in results if code == 2)
        assert "En anden susi-kommando skriver" in loser or "allerede frigivet" in loser
        assert "Traceback" not in loser
        assert _git(root, "tag", "-l") == "demo/v1\n"
        assert _git(root, "rev-list", "--count", "HEAD") == "2\n"
        assert _git(root, "status", "--porcelain") == "" and _leftovers(root) == []
