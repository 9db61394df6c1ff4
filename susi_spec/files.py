"""Writing files safely: never half a file, never over an existing one unless asked."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        # mkstemp makes the file private (0600); the result gets the mode a plain write gives
        os.fchmod(handle, _mode(path))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if exclusive:
            os.link(temporary, path)  # fails if the file exists: no race with another writer
            os.unlink(temporary)
        else:
            os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _mode(path: Path) -> int:
    """The permissions of the file being replaced, or those a new file gets under the umask."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
