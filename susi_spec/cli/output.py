"""What the commands print and write (issue 10): text from a file or a path cannot pose as
another line, a terminal command or a workflow annotation, and `-o` writes one regular file.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from susi_spec.errors import SusiError
from susi_spec.problems import Text

if TYPE_CHECKING:
    from susi_spec.checks.config import Config
    from susi_spec.problems import Problem

# A file that starts with front matter naming a susi schema: a spec or a local implementation.
_SPEC_FILE = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n(?:.*\n)*?schema:\s*['\"]?susi-")

# ANSI/ECMA-48 sequences: CSI (ESC [ ... final), OSC, DCS, SOS, PM and APC strings up to BEL
# or ST (ESC \), and the two-character escapes; the 8-bit forms are C1 controls, dropped below.
_ESCAPE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -/]*[0-~]?)"
)
# C0 controls without tab and newline, DEL, C1 controls; U+2028/9 break lines in some terminals.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


# Invisible format characters: bidi overrides and isolates (U+202E turns the rest of a line
# around), zero-width spaces and joiners, the BOM. Shown by name, so an id that looks right
# but holds one can be seen for what it is.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def plain(text: str, *, lines: bool = True) -> str:
    """`text` without terminal escapes and control characters; tab stays, newline with `lines`.

    Without `lines`, a line break in a path or value is shown as `\\n`, not dropped, so two
    names never look alike; invisible format characters are shown as `<U+202E>`.
    """
    if text.isprintable() and "\x1b" not in text:
        return text  # the common case, and the fast one
    text = _INVISIBLE.sub(lambda found: f"<U+{ord(found.group()):04X}>", _ESCAPE.sub("", text))
    if not lines:
        text = text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r")
    return _CONTROL.sub("", text)


def problem_line(problem: Problem, lang: str) -> str:
    """`path:line:col: severity CODE message` on one line, whatever the path or message holds.

    No message has a newline of its own; one from a key or a folder name would start a fake one.
    """
    return plain(problem.format(lang), lines=False)


def github_escape(value: str, *, prop: bool = False) -> str:
    """Escape a workflow command's message, or with `prop` a property such as `file=`.

    GitHub's rules (toolkit `command.ts`): data escapes `%`, CR and LF; a property also `:`
    and `,`, so that a newline in a folder name cannot start a second `::error`.
    """
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        return value.replace(":", "%3A").replace(",", "%2C")  # a path stays the file's own
    # A message shows invisible format characters by name, as the text output does.
    return _INVISIBLE.sub(lambda found: f"<U+{ord(found.group()):04X}>", value)


# What `lstat` can find where the output should go, and is not a regular file.
_KINDS = (
    (stat.S_ISLNK, Text("et symbolsk link", "a symbolic link")),
    (stat.S_ISFIFO, Text("en FIFO (navngivet rør)", "a FIFO (named pipe)")),
    (stat.S_ISCHR, Text("en tegnenhed", "a character device")),
    (stat.S_ISBLK, Text("en blokenhed", "a block device")),
    (stat.S_ISSOCK, Text("en sokkel", "a socket")),
)
_SOMETHING_ELSE = Text("noget andet", "something else")


def refuse_output(given: str, spec: Path, config: Config, example: str, what: Text) -> None:
    """Refuse (exit 2) an `-o` that is not a regular file in an existing folder, or is a spec.

    Never onto the spec itself nor any spec or local file, so an export cannot overwrite one.
    """
    target = Path(given)
    if given.endswith(("/", "\\", os.sep)):  # a folder meant, even one that does not exist yet
        raise _folder(target, example)
    resolved = target.resolve()
    specs = config.specs_path.resolve()
    inside = resolved.is_relative_to(specs) and resolved.suffix == ".md"
    named = inside and (resolved.name == "index.md" or resolved.parent.name == "local")
    is_spec = named or resolved == spec.resolve()
    if not is_spec:
        _refuse_target(target, example)  # first: only a regular file is opened to look inside
    if is_spec or _looks_like_spec(target):
        raise SusiError(
            Text(
                f"{target} er en indsatsbeskrivelse eller en lokal udmøntning; {what.da} ville "
                f"overskrive den. Intet er skrevet. Vælg en anden fil, fx -o {example}",
                f"{target} is a spec or a local implementation; {what.en} would overwrite it. "
                f"Nothing was written. Choose another file, e.g. -o {example}",
            )
        )


def write_output(target: Path, data: str | bytes, example: str) -> None:
    """Write `data` to `target` atomically, after `refuse_output` said yes.

    The target is looked at again right before, since the work in between can take seconds.
    """
    from susi_spec.files import write_atomic

    _refuse_target(target, example)
    try:
        write_atomic(target, data, parents=False)
    except OSError as error:  # no permission, disk full, the folder went away meanwhile
        raise _unwritable(target, error) from error


def _unwritable(target: Path, error: OSError) -> SusiError:
    reason = error.strerror or error
    return SusiError(
        Text(
            f"{target} kan ikke skrives: {reason}. Intet er skrevet; vælg en anden fil med -o.",
            f"{target} cannot be written: {reason}. Nothing was written; choose another file "
            "with -o.",
        )
    )


def _folder(target: Path, example: str) -> SusiError:
    return SusiError(
        Text(
            f"{target} er en mappe. Angiv et filnavn, fx -o {target / example}",
            f"{target} is a folder. Give a file name, e.g. -o {target / example}",
        )
    )


def _refuse_target(target: Path, example: str) -> None:
    """Refuse anything at `target` that is not a regular file, and a missing folder.

    `lstat` decides and nothing is opened (a FIFO would block, a device would take the data);
    a symbolic link is refused even to a regular file: writing through it writes elsewhere.
    """
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise SusiError(
                Text(
                    f"{target} kan ikke skrives: mappen {target.parent} findes ikke, og susi "
                    f"opretter den ikke. Intet er skrevet; opret den først (mkdir -p "
                    f"{target.parent}) eller vælg en anden fil med -o.",
                    f"{target} cannot be written: the folder {target.parent} does not exist, "
                    f"and susi does not make it. Nothing was written; make it first (mkdir -p "
                    f"{target.parent}) or choose another file with -o.",
                )
            ) from None
        return
    except OSError as error:  # a file where a folder should be, a name too long
        raise _unwritable(target, error) from error
    if stat.S_ISDIR(mode):
        raise _folder(target, example)
    if not stat.S_ISREG(mode):
        kind = next((kind for test, kind in _KINDS if test(mode)), _SOMETHING_ELSE)
        raise SusiError(
            Text(
                f"{target} er {kind.da}, ikke en almindelig fil, og susi skriver kun "
                f"almindelige filer. Intet er skrevet; vælg en anden fil, fx -o {example}",
                f"{target} is {kind.en}, not a regular file, and susi writes only regular "
                f"files. Nothing was written; choose another file, e.g. -o {example}",
            )
        )


def _looks_like_spec(path: Path) -> bool:
    """Whether the regular file at `path` starts with front matter naming a susi schema."""
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    return _SPEC_FILE.match(head) is not None
