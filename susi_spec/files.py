"""Writing files safely: never half a file, never over an existing one unless asked.

Everything a write leaves behind when it is killed has a name the next write recognises:
a temporary file `.<name>.susi-tmp-<random>` beside its target, a new folder being built as
`.susi-new-<name>-<random>` beside its place, and the lock `susi.lock` (see `write_lock`).
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import socket
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path

from susi_spec.errors import SusiError
from susi_spec.problems import Text

TEMP_MARK = ".susi-tmp-"
NEW_FOLDER_PREFIX = ".susi-new-"
# Only for tests: `SUSI_TEST_KILL_AT=K` makes the command kill itself (SIGKILL) at its K-th
# checkpoint, so that tests can interrupt a write at every step without guessing timings.
KILL_AT_VARIABLE = "SUSI_TEST_KILL_AT"
_checkpoints = 0


def checkpoint() -> None:
    """A point where a write may be interrupted; tests stop the command here (see above)."""
    global _checkpoints
    _checkpoints += 1
    if os.environ.get(KILL_AT_VARIABLE) == str(_checkpoints):
        os.kill(os.getpid(), signal.SIGKILL)


def write_atomic(
    path: Path, text: str | bytes, *, exclusive: bool = False, parents: bool = True
) -> None:
    """Write `text` (UTF-8) or bytes to `path` via a temporary file and a rename, so a crash
    leaves no half file.

    With `exclusive`, refuse (FileExistsError) when `path` exists, also if it appears meanwhile.
    Without `parents`, a missing folder is an error (FileNotFoundError) instead of created.
    """
    if parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}{TEMP_MARK}", dir=path.parent)
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        # mkstemp makes the file private (0600); the result gets the mode a plain write gives
        os.fchmod(handle, _mode(path))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        checkpoint()
        if exclusive:
            os.link(temporary, path)  # fails if the file exists: no race with another writer
            os.unlink(temporary)
        else:
            os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def create_folder(folder: Path, files: Mapping[str, str]) -> None:
    """Create `folder` holding `files` (name → text) all at once: built beside it under a
    temporary name and renamed into place. FileExistsError when `folder` exists."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = Path(
        tempfile.mkdtemp(prefix=f"{NEW_FOLDER_PREFIX}{folder.name}-", dir=folder.parent)
    )
    try:
        os.chmod(building, 0o777 & ~_umask())  # mkdtemp makes it private (0700)
        for name, text in files.items():
            write_atomic(building / name, text)
        checkpoint()
        if folder.exists():  # rename() would replace an empty folder: never take one over
            raise FileExistsError(folder)
        try:
            os.rename(building, folder)
        except OSError as error:  # a folder with files appeared meanwhile
            if error.errno in (errno.ENOTEMPTY, errno.EEXIST):
                raise FileExistsError(folder) from error
            raise
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise


def remove_leftovers(folders: Iterable[Path], root: Path) -> list[Text]:
    """Remove the temporary files and folders an interrupted write left in `folders`, and say
    so (paths relative to `root`). Call it only holding the write lock: no write runs."""
    notes: list[Text] = []
    for folder in folders:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(NEW_FOLDER_PREFIX) and entry.is_dir():
                shutil.rmtree(entry)
            elif entry.name.startswith(".") and TEMP_MARK in entry.name and entry.is_file():
                entry.unlink()
            else:
                continue
            shown = os.path.relpath(entry, root)
            notes.append(
                Text(
                    f"{shown} var efterladt af en afbrudt susi-kommando og er fjernet.",
                    f"{shown} was left by an interrupted susi command and is removed.",
                )
            )
    return notes


@contextmanager
def write_lock(directory: Path, name: str = "susi.lock") -> Iterator[list[Text]]:
    """Hold `directory/name` while writing; yield a note naming the last holder if that
    command was killed before it let go (else no notes).

    The lock is the kernel's (flock), not the file's existence, so a killed command never
    leaves a lock that blocks: the next command gets it and only reports the old holder.
    The file says who holds it (pid and host) for the message another command gives.
    """
    import fcntl  # POSIX only: here, so that the other writes need none of it

    path = directory / name
    while True:
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read(handle)
            os.close(handle)
            raise SusiError(
                Text(
                    f"En anden susi-kommando skriver i repository'et lige nu "
                    f"({holder or 'ukendt proces'}). Vent til den er færdig, og prøv igen; "
                    "intet er ændret.",
                    f"Another susi command is writing in the repository now "
                    f"({holder or 'unknown process'}). Wait until it is done, and try again; "
                    "nothing was changed.",
                )
            ) from None
        # A holder that finished removed the file after we opened it: lock the new one.
        try:
            if os.stat(path).st_ino == os.fstat(handle).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(handle)
    try:
        stale = _read(handle)
        os.ftruncate(handle, 0)
        # Shown in either language: no words in it.
        os.pwrite(handle, f"pid {os.getpid()}, {socket.gethostname()}\n".encode(), 0)
        yield (
            [
                Text(
                    f"En afbrudt susi-kommando ({stale}) havde låst; låsen er fjernet.",
                    f"An interrupted susi command ({stale}) held the lock; the lock is removed.",
                )
            ]
            if stale
            else []
        )
    finally:
        # Removed before letting go, so that a waiting command sees that it is gone.
        with suppress(FileNotFoundError):  # someone deleted it by hand meanwhile
            os.unlink(path)
        os.close(handle)


def _read(handle: int) -> str:
    return os.pread(handle, 200, 0).decode("utf-8", "replace").strip()


def _mode(path: Path) -> int:
    """The permissions of the file being replaced, or those a new file gets under the umask."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask
