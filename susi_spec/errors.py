"""Exceptions that stop a command; the CLI maps each to an exit code at one boundary.

Exit codes, one meaning each: 0 clean; 1 problems found; 2 usage, configuration or
environment (a SusiError); 3 an internal error, a bug in susi (any other exception), reported
as one plain line naming the file being read; 130 interrupted; 141 the reader of the output
went away.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

from susi_spec.problems import Text

EXIT_INTERNAL = 3
# OSErrors that are the machine's state, not a bug: exit 2 with what to do.
ENVIRONMENT_ERRNOS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT, errno.EIO}
)
_FREE_SPACE = Text("Frigør plads", "Free some space")
_PERMISSIONS = Text(
    "Tjek rettighederne til filen og mappen", "Check the permissions of the file and folder"
)
_ENVIRONMENT_WORDS: dict[int, tuple[Text, Text]] = {
    errno.ENOSPC: (Text("disken er fuld", "the disk is full"), _FREE_SPACE),
    errno.EDQUOT: (Text("din diskkvote er brugt", "your disk quota is used up"), _FREE_SPACE),
    errno.EROFS: (
        Text("filsystemet er skrivebeskyttet", "the file system is read-only"),
        Text("Brug en mappe, du kan skrive i", "Use a folder you can write to"),
    ),
    errno.EACCES: (Text("du har ikke adgang", "permission denied"), _PERMISSIONS),
    errno.EPERM: (Text("handlingen er ikke tilladt", "operation not permitted"), _PERMISSIONS),
    errno.ENOENT: (
        Text("filen eller mappen findes ikke", "no such file or folder"),
        Text("Tjek stien", "Check the path"),
    ),
    errno.EIO: (
        Text("disken svarer ikke (I/O-fejl)", "the disk does not answer (I/O error)"),
        Text("Tjek disken", "Check the disk"),
    ),
}
# Marks the note that names the file an unexpected exception was raised under; notes travel
# with the exception out of a worker process.
_FILE_NOTE = "susi-file: "


class SusiError(Exception):
    """A usage, configuration or environment error: the command cannot go on (exit 2).

    Its message is a `Text`, so that the CLI's boundary says it in the language asked for;
    `str()` gives the Danish.
    """

    def __init__(self, text: Text) -> None:
        super().__init__(text.da)
        self.text = text

    def then(self, da: str, en: str) -> Text:
        """This message with a sentence added (what was done about it, what to do next)."""
        return Text(f"{self.text.da} {da}", f"{self.text.en} {en}")


class InvalidSpec(SusiError):
    """A version of a spec that does not validate; `data` holds its bytes to report on."""

    def __init__(self, text: Text, path: str, data: bytes) -> None:
        super().__init__(text)
        self.path = path
        self.data = data


@contextmanager
def reading(path: str) -> Iterator[None]:
    """Name `path` on any unexpected exception raised inside, for the internal-error line."""
    try:
        yield
    except SusiError:
        raise
    except Exception as error:
        if file_of(error) is None:
            error.add_note(_FILE_NOTE + path)
        raise


def file_of(error: BaseException) -> str | None:
    """The file an unexpected exception was raised under, if `reading` named one."""
    for note in getattr(error, "__notes__", ()):
        if isinstance(note, str) and note.startswith(_FILE_NOTE):
            return note[len(_FILE_NOTE) :]
    return None


def internal_error_line(error: BaseException, lang: str = "da") -> str:
    """One plain line for a bug in susi: what failed, in which file, and what to do."""
    where = file_of(error)
    kind = type(error).__name__
    if lang == "en":
        place = f" while reading {where}" if where else ""
        return (
            f"susi: internal error ({kind}){place}. This is a bug in susi, not in your file: "
            "please report it to the susi-spec maintainers with the command you ran"
            + (" and that file" if where else "")
            + ". SUSI_DEBUG=1 shows the details."
        )
    place = f" under læsning af {where}" if where else ""
    return (
        f"susi: intern fejl ({kind}){place}. Det er en fejl i susi, ikke i din fil: meld den "
        "til susi-spec's vedligeholdere med kommandoen, du kørte"
        + (", og filen" if where else "")
        + ". SUSI_DEBUG=1 viser detaljerne."
    )


def environment_error_line(error: OSError, lang: str = "da") -> str:
    """One line for an OSError that is the machine's state (see ENVIRONMENT_ERRNOS)."""
    own = error.strerror or type(error).__name__
    what, todo = _ENVIRONMENT_WORDS.get(
        error.errno or 0, (Text(own, own), Text("Ret det", "Fix it"))
    )
    where = error.filename or file_of(error)
    place = f"{where}: " if where else ""
    if lang == "en":
        return f"{place}{what.en}. {todo.en} and run the command again."
    return f"{place}{what.da}. {todo.da}, og kør kommandoen igen."
