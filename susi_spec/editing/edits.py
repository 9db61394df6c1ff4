"""The edits the studio makes to a spec file, and the one error they raise."""

from __future__ import annotations

from dataclasses import dataclass

from susi_spec.errors import SusiError
from susi_spec.model.where import where
from susi_spec.problems import Text

# Where a value stands in the front matter: keys and list indexes, e.g.
# ("core_elements", 0, "title").
Path = tuple[str | int, ...]


@dataclass(frozen=True)
class SetValue:
    """Set the value at `path` (a new key is added); JSON-like values, and dates."""

    path: Path
    value: object


@dataclass(frozen=True)
class Remove:
    """Remove the key or list item at `path`, with its own comment lines."""

    path: Path


@dataclass(frozen=True)
class Insert:
    """Insert `value` into the list at `path` so that it stands at `index`."""

    path: Path
    index: int
    value: object


@dataclass(frozen=True)
class Move:
    """Move the item at `src` of the list at `path` so that it stands at `dst`."""

    path: Path
    src: int
    dst: int


@dataclass(frozen=True)
class SetSection:
    """Set the Markdown under the body section `key` (a BODY_SECTIONS anchor)."""

    key: str
    text: str


Edit = SetValue | Remove | Insert | Move | SetSection


class EditError(SusiError):
    """An edit that cannot be made safely; nothing is written. `str()` is the Danish text."""

    def get(self, lang: str) -> str:
        """The message in `lang` ('da' or 'en')."""
        return self.text.get(lang)


def path_text(path: Path) -> Text:
    """A path as a message names it, items counted from 1: 'kerneelement nr. 1, title'."""
    named = where(path)
    return Text(f"'{named.da}'", f"'{named.en}'") if path else named


def unsupported(value: object) -> EditError:
    """The error for a value that front matter cannot hold."""
    kind = type(value).__name__
    return EditError(
        Text(
            f"En værdi af typen {kind} kan ikke skrives i front matter; brug tekst, tal, "
            "sand/falsk, en dato, en liste eller en mapping.",
            f"A value of type {kind} cannot be written to front matter; use text, a number, "
            "true/false, a date, a list or a mapping.",
        )
    )
