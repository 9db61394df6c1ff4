"""The edits the studio makes to a spec file, and the one error they raise."""

from __future__ import annotations

from dataclasses import dataclass

from susi_spec.errors import SusiError

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
