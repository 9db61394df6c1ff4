"""The command line's own words in Danish, or in English with `--lang en`.

argparse writes its texts ("usage:", "invalid choice", ...) through gettext, looking up
`argparse._` and `argparse.ngettext` when it writes them; `speaking` puts a Danish table
there while one command is parsed, and the help lines of the commands ask `say` for theirs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

_LANG: ContextVar[str] = ContextVar("susi_cli_lang", default="da")

# Python 3.11's argparse strings, keyed as argparse writes them; one it adds later stays English.
_DANISH: dict[str, str] = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "show this help message and exit": "vis denne hjælp og stop",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "the following arguments are required: %s": "angiv også %s",
    "expected one argument": "skal have en værdi",
    "expected at most one argument": "tager højst én værdi",
    "expected at least one argument": "skal have mindst én værdi",
    "ambiguous option: %(option)s could match %(matches)s": (
        "%(option)s er flertydig: den kan være %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "%(value)r er ikke en gyldig værdi",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "%(value)r findes ikke; vælg mellem %(choices)s"
    ),
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "ignored explicit argument %r": "tager ingen værdi (fik %r)",
    "one of the arguments %s is required": "angiv en af %s",
    "unexpected option string: %s": "uventet tilvalg: %s",
    "can't open '%(filename)s': %(error)s": "kan ikke åbne '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
}
_DANISH_PLURAL: dict[str, str] = {"expected %s argument": "skal have %s værdier"}


def say(da: str, en: str) -> str:
    """The text in the language of the command being parsed."""
    return en if _LANG.get() == "en" else da


def asked_language(argv: Sequence[str]) -> str | None:
    """The language argv asks for with `--lang`, if any; read before (and without) the
    parser, since the parser's own errors must already speak it."""
    for lang in ("da", "en"):
        if f"--lang={lang}" in argv or ("--lang", lang) in itertools.pairwise(argv):
            return lang
    return None


def _gettext(message: str) -> str:
    return say(_DANISH.get(message, message), message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    english = singular if n == 1 else plural
    return say(_DANISH_PLURAL.get(singular, english), english)


def unrecognized(arguments: Sequence[str]) -> str:
    """argparse's message for arguments no parser took, in the language being spoken."""
    return _gettext("unrecognized arguments: %s") % " ".join(arguments)


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Build, parse and print help in `lang`; argparse is as it was afterwards."""
    token = _LANG.set(lang)
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
        _LANG.reset(token)


def iso_date(text: str) -> dt.date:
    """A date typed as `2026-03-01`; anything else is told how to write it."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(
                f"'{text}' er ikke en dato: skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-03-01",
                f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-01",
            )
        ) from None
