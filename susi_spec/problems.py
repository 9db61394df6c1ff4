"""Problems: what the validator reports, as immutable, sortable values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """How bad a problem is; `off` only appears in configuration.

    A `todo` ("mangler") is what a draft's version must still contain before it can be
    released: an error of a completeness rule (`Rule.todo`) in a file with `status: draft`.
    It never makes a check fail, not even with `--strict`; review and release make it an
    error. A `note` is worth knowing but asks for nothing (a local deviation from a
    principle, which the common model allows); it never makes a check fail either.
    """

    ERROR = "error"
    WARNING = "warning"
    TODO = "todo"
    NOTE = "note"
    OFF = "off"


# How much of an author's value a message quotes: a key or text of 100 KB (or one an alias
# repeats) would otherwise be printed whole in every problem about it.
QUOTE_LIMIT = 60


def excerpt(text: str, limit: int = QUOTE_LIMIT) -> str:
    """`text`, or its first `limit` characters ending in "..." when it is longer."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


# A long quoted piece of an author's text in a message: '...', «...» or "...". Only a quote
# longer than any sentence of ours between two quotes is cut (a shorter run may be our own
# text between two quoted names). The class stops at the next quote, so finding them is
# linear in the message's length.
_LONG_QUOTE = 240
_QUOTED = re.compile("(['«\"])([^'«»\"\n]{" + str(_LONG_QUOTE) + ",})(['»\"])")
MESSAGE_LIMIT = 1_000


def capped(message: str) -> str:
    """A message whose long quotes of the author's text are cut to QUOTE_LIMIT, and at most
    MESSAGE_LIMIT characters long: a huge value must not become a huge message."""
    message = _QUOTED.sub(lambda m: m.group(1) + excerpt(m.group(2)) + m.group(3), message)
    return excerpt(message, MESSAGE_LIMIT)


@dataclass(frozen=True, order=True)
class Span:
    """A 1-based line and column in the real file."""

    line: int = 1
    column: int = 1


@dataclass(frozen=True)
class Text:
    """A message a person reads, in Danish first and English."""

    da: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.da


@dataclass(frozen=True)
class Finding:
    """A verdict on one place in a file; the checker adds path, code and severity.

    The loader, the model boundary and the rules all return findings, so it lives here,
    below all of them.
    """

    span: Span
    text: Text
    code: str = ""


@dataclass(frozen=True, order=True)
class Problem:
    """One finding in one file, ready to print."""

    path: str
    span: Span
    code: str
    severity: Severity = field(compare=False)
    text: Text = field(compare=False)

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def column(self) -> int:
        return self.span.column

    def message(self, lang: str = "da") -> str:
        return self.text.get(lang)

    def format(self, lang: str = "da") -> str:
        """Render as `path:line:col: severity CODE message`."""
        return (
            f"{self.path}:{self.line}:{self.column}: "
            f"{self.severity.value} {self.code} {self.message(lang)}"
        )

    def as_dict(self, lang: str = "da") -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message(lang),
        }
