"""Blocks of Markdown prose (paragraphs, list items) and how two texts' blocks pair up.

Blocks are compared with whitespace normalised (`squash`), so re-wrapping a paragraph
never makes it another block; `pair_blocks` says which old block became which new one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher

from susi_spec.diff.match import ratio

_BLANK = re.compile(r"\n[ \t]*\n")
_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s|^\s{0,3}#{1,6}\s")
# Blocks this much alike are the same paragraph, edited; below it, one replaced another.
BLOCK_PAIRING = 0.5
_PAIR_WINDOW = 20
Opcode = tuple[str, int, int, int, int]


def squash(text: str) -> str:
    """The text with runs of whitespace as one space: what a reader sees."""
    return " ".join(text.split())  # as the regex \s+ → " ", then strip(), only faster


def blocks(text: str | None) -> list[str]:
    """Split Markdown into blocks: paragraphs on blank lines, list items and headings apart."""
    out: list[str] = []
    for chunk in _BLANK.split(text or ""):
        current: list[str] = []
        for line in chunk.split("\n"):
            if _ITEM.match(line) and current:
                out.append("\n".join(current))
                current = []
            current.append(line)
        if any(line.strip() for line in current):
            out.append("\n".join(current))
    return [block.strip("\n") for block in out]


def pair_blocks(old: Sequence[str], new: Sequence[str]) -> Iterator[tuple[int | None, int | None]]:
    """Align blocks in order: equal ones, then similar ones inside each replaced run."""
    if not old or not new or len(old) == len(new) == 1:
        yield from _pair_few(len(old), len(new))  # most fields are one paragraph
        return
    for tag, i1, i2, j1, j2 in block_opcodes([squash(b) for b in old], [squash(b) for b in new]):
        if tag == "equal":
            yield from zip(range(i1, i2), range(j1, j2), strict=True)
            continue
        if i2 - i1 == 1 and j2 - j1 == 1:  # one paragraph rewritten: still the same place
            yield i1, j1
            continue
        j = j1
        for i in range(i1, i2):
            if j < j2 and ratio(old[i], new[j]) >= BLOCK_PAIRING:  # edited in place: the usual
                yield i, j
                j += 1
                continue
            window = range(j + 1, min(j2, j + _PAIR_WINDOW))
            scored = [(ratio(old[i], new[k]), k) for k in window]
            best = max(scored, key=lambda item: (item[0], -item[1]), default=(0.0, -1))
            if best[0] < BLOCK_PAIRING:
                yield i, None
                continue
            for skipped in range(j, best[1]):
                yield None, skipped
            yield i, best[1]
            j = best[1] + 1
        for skipped in range(j, j2):
            yield None, skipped


def block_opcodes(old: list[str], new: list[str]) -> Sequence[Opcode]:
    """SequenceMatcher's opcodes for two lists of blocks, matching only what differs.

    When no block repeats within either list, each block can only match its one equal
    counterpart, so the blocks both lists start and end with are matched whatever lies
    between: SequenceMatcher's answer is those, plus its answer for the middle (usually
    one block against one). With repeats, the whole lists are matched as they are.
    """
    if len(set(old)) < len(old) or len(set(new)) < len(new):
        return SequenceMatcher(None, old, new, False).get_opcodes()
    shorter = min(len(old), len(new))
    start = 0
    while start < shorter and old[start] == new[start]:
        start += 1
    end = 0
    while end < shorter - start and old[-1 - end] == new[-1 - end]:
        end += 1
    a, b = old[start : len(old) - end], new[start : len(new) - end]
    middle: Sequence[Opcode]
    if len(a) == len(b) == 1:
        middle = [("replace", 0, 1, 0, 1)]  # unequal, or they would be in start or end
    else:
        middle = SequenceMatcher(None, a, b, False).get_opcodes()
    ops: list[Opcode] = [("equal", 0, start, 0, start)] if start else []
    ops.extend(
        (tag, i1 + start, i2 + start, j1 + start, j2 + start) for tag, i1, i2, j1, j2 in middle
    )
    if end:
        ops.append(("equal", len(old) - end, len(old), len(new) - end, len(new)))
    return ops


def _pair_few(old: int, new: int) -> Iterator[tuple[int | None, int | None]]:
    """pair_blocks where one side is empty or each has one block: what SequenceMatcher's
    opcodes come to there (one block each: the same place, equal or rewritten)."""
    if old == 1 and new == 1:
        yield 0, 0
        return
    yield from ((i, None) for i in range(old))
    yield from ((None, j) for j in range(new))
