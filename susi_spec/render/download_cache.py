"""Export files made by an earlier build, kept by what they were made from.

Making the spreadsheets was half of the plugin's build time (bench/bench_site.py), and a
rebuild mostly makes the same ones again. A file is named by the hash of everything its
bytes depend on: the version as validated, the origin it prints, the format and language,
and the code that makes it (every module of susi_spec and openpyxl's version). Any change
gives another name, so a stale file is never served. Files no build asks for any more are
left in the folder, which git ignores; deleting it only costs one slower build.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import susi_spec
from susi_spec.export.origin import Origin
from susi_spec.model import Spec


class DownloadCache:
    """A folder of export files named by the hash of what they are made from."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def bytes_of(
        self, spec: Spec, origin: Origin, name: str, lang: str, make: Callable[[], bytes]
    ) -> bytes:
        """The file `make` returns for this version and format: from the folder, or made."""
        key = hashlib.sha256(
            "\n".join((code_version(), name, lang, repr(origin), spec.model_dump_json())).encode()
        ).hexdigest()
        path = self.folder / key[:2] / key
        try:
            return path.read_bytes()
        except OSError:
            pass
        data = make()
        try:  # written whole under a temporary name: a parallel build never reads half a file
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except OSError:
            pass  # a read-only project still builds, only without the saving
        return data


@functools.cache
def code_version() -> str:
    """A hash of the code behind every export: all of susi_spec's modules and openpyxl."""
    digest = hashlib.sha256(metadata.version("openpyxl").encode())
    package = Path(susi_spec.__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
