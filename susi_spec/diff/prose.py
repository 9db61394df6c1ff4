"""Prose diff: block by block (prose_blocks.py), then words, with diff-match-patch.

Each word is encoded as one private-use character, diffed with `diff_main` and cleaned
with `diff_cleanupSemantic` (the "word mode" of diff-match-patch: phrase-level edits,
never sub-word ones). Text is compared with whitespace normalised, so re-wrapping a
paragraph is never a word change; a diff never crosses a paragraph break.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from diff_match_patch import diff_match_patch  # type: ignore[import-untyped]

from susi_spec.diff.prose_blocks import blocks, pair_blocks, squash
from susi_spec.diff.records import Direction, Note, Op, Segment, Significance

_TOKEN = re.compile(r"\w+|[^\w\s]|\s+")
_PUNCTUATION = re.compile(r"[^\w\s]+")
# Normative verbs by strength (FORMAT.md: principle < guideline < rule; research note
# §3.4): a change from "skal" to "bør" loosens a prescription even with the level unchanged.
MODALS: dict[str, int] = {"kan": 1, "må": 1, "bør": 2, "skal": 3}
_NEGATION = frozenset({"ikke", "aldrig"})
# Encoded words live in the supplementary private-use planes: never letters or spaces,
# so diff-match-patch's boundary heuristics treat every word alike.
_FIRST_CODE = 0xF0000
_LAST_CODE = 0x10FFFD
_OPS: dict[int, Op] = {0: "equal", -1: "delete", 1: "insert"}


@dataclass(frozen=True)
class ProseDiff:
    """How one text became another: word segments and what kind of edit it was."""

    segments: Sequence[Segment]
    severity: Significance
    notes: tuple[Note, ...] = ()
    direction: Direction | None = None


class Words(Sequence[Segment]):
    """The word segments from `old` to `new` (by `make`), worked out when first read.

    Every prose edit carries its segments, but only a report reads them: counting the
    changes of a history (`susi history`) never pays for a word diff.
    """

    __slots__ = ("_items", "_make", "_new", "_old")

    def __init__(self, make: Callable[[str, str], list[Segment]], old: str, new: str) -> None:
        self._make, self._old, self._new = make, old, new
        self._items: tuple[Segment, ...] | None = None

    @property
    def items(self) -> tuple[Segment, ...]:
        if self._items is None:
            self._items = tuple(self._make(self._old, self._new))
        return self._items

    @overload
    def __getitem__(self, index: int) -> Segment: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Segment, ...]: ...
    def __getitem__(self, index: int | slice) -> Segment | tuple[Segment, ...]:
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Segment]:
        return iter(self.items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Words | tuple):
            return self.items == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.items)

    def __repr__(self) -> str:
        return repr(self.items)


def diff_prose(old: str, new: str) -> ProseDiff | None:
    """Compare two texts; None when they read the same."""
    if old == new:
        return None
    return classify(old, new, Words(_text_segments, old, new))


def _text_segments(old: str, new: str) -> list[Segment]:
    """Word segments of a text of blocks: block by block, paragraph breaks kept."""
    old_blocks, new_blocks = blocks(old), blocks(new)
    segments: list[Segment] = []
    for i, j in pair_blocks(old_blocks, new_blocks):
        if segments:
            segments.append(Segment("equal", "\n\n"))
        if i is None:
            segments.append(Segment("insert", squash(new_blocks[j or 0])))
        elif j is None:
            segments.append(Segment("delete", squash(old_blocks[i])))
        else:
            segments.extend(diff_words(old_blocks[i], new_blocks[j]))
    return segments


def classify(old: str, new: str, segments: Sequence[Segment]) -> ProseDiff | None:
    """Editorial for spacing, punctuation and case; a modal-verb change is major."""
    if squash(old) == squash(new):
        return ProseDiff((), "editorial", ("whitespace",)) if old.strip() != new.strip() else None
    if _bare(old) == _bare(new):
        return ProseDiff(segments, "editorial", ("punctuation",))
    direction = modal_direction(segments) if _may_swap_modal(old, new) else None
    if direction:
        return ProseDiff(segments, "major", ("modal-verb",), direction)
    return ProseDiff(segments, "minor")


def _may_swap_modal(old: str, new: str) -> bool:
    """Whether a word diff of the texts could swap a modal verb: only when both name one.

    Only then are the segments worked out to find out. Segments hold whole words of their
    texts; only past _LAST_CODE distinct words (in character mode) could one hold part of a
    word, so texts that long are always looked at.
    """
    if len(old) + len(new) > _LAST_CODE - _FIRST_CODE:
        return True
    return _names_modal(old) and _names_modal(new)


def _names_modal(text: str) -> bool:
    folded = text.casefold()
    if not any(verb in folded for verb in MODALS):  # a quick no: most texts
        return False
    return not MODALS.keys().isdisjoint(_words(text))


def diff_words(old: str, new: str) -> list[Segment]:
    """Word-level segments for one block (whitespace normalised)."""
    a, b = squash(old), squash(new)
    if a == b:
        return [Segment("equal", a)] if a else []
    codes: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str | None:
        out = []
        for token in _TOKEN.findall(text):
            code = codes.get(token)
            if code is None:
                if _FIRST_CODE + len(words) > _LAST_CODE:
                    return None
                code = codes[token] = chr(_FIRST_CODE + len(words))
                words.append(token)
            out.append(code)
        return "".join(out)

    left, right = encode(a), encode(b)
    dmp = diff_match_patch()
    if left is None or right is None:  # more distinct words than codes: compare characters
        diffs = dmp.diff_main(a, b, False)
        dmp.diff_cleanupSemantic(diffs)
        return _merge((_OPS[op], text) for op, text in diffs)
    diffs = dmp.diff_main(left, right, False)
    dmp.diff_cleanupSemantic(diffs)
    return _merge(
        (_OPS[op], "".join(words[ord(c) - _FIRST_CODE] for c in text)) for op, text in diffs
    )


def _merge(parts: Iterable[tuple[Op, str]]) -> list[Segment]:
    """Join neighbours of the same kind (diff-match-patch puts deletions first)."""
    out: list[Segment] = []
    for op, text in parts:
        if not text:
            continue
        if out and out[-1].op == op:
            out[-1] = Segment(op, out[-1].text + text)
        else:
            out.append(Segment(op, text))
    return out


def modal_direction(segments: Sequence[Segment]) -> Direction | None:
    """Tightened or loosened when a replaced phrase swaps a normative verb (skal/bør/kan)."""
    found: set[Direction] = set()
    for before, after in itertools.pairwise(segments):
        if before.op != "delete" or after.op != "insert":
            continue
        old_words = set(_words(before.text))
        new_words = set(_words(after.text))
        if (old_words & _NEGATION) != (new_words & _NEGATION):
            continue  # "skal" -> "skal ikke" is no loosening; leave it to the reader
        old_modal = max((MODALS[w] for w in old_words if w in MODALS), default=0)
        new_modal = max((MODALS[w] for w in new_words if w in MODALS), default=0)
        if old_modal and new_modal and old_modal != new_modal:
            found.add("tightened" if new_modal > old_modal else "loosened")
    return found.pop() if len(found) == 1 else None


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"\w+", text)]


def _bare(text: str) -> str:
    return squash(_PUNCTUATION.sub(" ", text)).casefold()
