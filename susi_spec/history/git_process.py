"""Running git: one command at a time, and one long-lived `git cat-file --batch` for blobs.

Plain `git`, not GitPython: `susi check` and `susi history` save its start-up (~35 ms).
"""

from __future__ import annotations

import subprocess
import weakref
from pathlib import Path
from typing import IO

from susi_spec.errors import SusiError
from susi_spec.problems import Text

# Blob requests written to cat-file before their answers are read: small enough that the
# requests always fit in the pipe (no deadlock), large enough to save most round trips.
_BATCH = 64


def run_git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run one git command; its output as text (UTF-8, as git writes it)."""
    try:
        return subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, encoding="utf-8", errors="replace"
        )
    except (FileNotFoundError, NotADirectoryError) as error:
        if Path(cwd).is_dir():
            raise SusiError(
                Text(
                    "git er ikke installeret (kommandoen 'git' findes ikke). Installér git, "
                    "fx 'apt-get install git'.",
                    "git is not installed (there is no command 'git'). Install git, e.g. "
                    "'apt-get install git'.",
                )
            ) from error
        return subprocess.CompletedProcess(["git", *args], 128, "", f"{cwd}: findes ikke")


def git_dir(start: Path) -> Path | None:
    """The repository's own folder (`.git`, shared by its worktrees), or None outside git."""
    done = run_git(start, "rev-parse", "--path-format=absolute", "--git-common-dir")
    return Path(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip() else None


class BlobReader:
    """One `git cat-file --batch` process; requests are written a batch at a time."""

    def __init__(self, root: Path) -> None:
        self.process = subprocess.Popen(
            ["git", "cat-file", "--batch"], cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        self._finalizer = weakref.finalize(self, _stop, self.process)

    def read(self, blobs: list[str]) -> dict[str, bytes]:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        found: dict[str, bytes] = {}
        for start in range(0, len(blobs), _BATCH):
            batch = blobs[start : start + _BATCH]
            stdin.write("".join(f"{blob}\n" for blob in batch).encode())
            stdin.flush()
            answers = [(blob, _answer(stdout)) for blob in batch]  # all read: stay in step
            for blob, answer in answers:
                if isinstance(answer, str):
                    raise SusiError(
                        Text(
                            f"Git-objektet {blob} kan ikke læses som en fil ({answer}).",
                            f"The git object {blob} cannot be read as a file ({answer}).",
                        )
                    )
                found[blob] = answer
        return found

    def close(self) -> None:
        self._finalizer()


def _answer(stdout: IO[bytes]) -> bytes | str:
    """The next blob's bytes, or what the object is instead ("missing", "tree", ...)."""
    header = stdout.readline().split()
    if len(header) != 3:
        return "missing" if header else "no answer"
    data = stdout.read(int(header[2]) + 1)[:-1]
    return data if header[1] == b"blob" else header[1].decode()


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.stdin is not None:
        process.stdin.close()
    process.wait()
    if process.stdout is not None:
        process.stdout.close()
