"""Pair the entries of two lists: by id, then by declared lineage, then by similarity.

Identity first, similarity second, position never (see the research note on anchors and
diffs). A similarity pair needs a minimum score and a clear margin over the runner-up;
a pair without that margin is not asserted: both sides stay unmatched and are marked
ambiguous, with their possible counterparts, for a person to review.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from susi_spec.diff.records import Certainty
from susi_spec.model.core_element import CoreElement

THRESHOLD = 0.6
MARGIN = 0.1
# At most this many unmatched entries per side are compared by similarity (git and
# dyff cap rename detection the same way); beyond it, entries stay added/removed.
FUZZY_LIMIT = 50
# Long texts are compared by their start: enough to recognise an element, and it keeps
# SequenceMatcher's cost bounded.
_COMPARE_CHARS = 600

Score = Callable[[int, int], float]


@dataclass(frozen=True)
class Pair:
    """Entry `old` of the old list is entry `new` of the new list."""

    old: int
    new: int
    certainty: Certainty
    score: float | None = None


@dataclass(frozen=True)
class Matching:
    """The outcome of matching two lists (indices into them)."""

    pairs: tuple[Pair, ...]
    removed: tuple[int, ...]
    added: tuple[int, ...]
    # Unmatched entries that resemble each other too evenly to choose: index -> indices.
    ambiguous_old: dict[int, tuple[int, ...]] = field(default_factory=dict)
    ambiguous_new: dict[int, tuple[int, ...]] = field(default_factory=dict)
    moved: frozenset[int] = frozenset()  # positions in `pairs` of entries that moved


def match(
    old_keys: Sequence[str],
    new_keys: Sequence[str],
    *,
    lineage: Sequence[Sequence[str]] = (),
    score: Score | None = None,
    threshold: float = THRESHOLD,
    margin: float = MARGIN,
) -> Matching:
    """Match by key, then by `lineage[j]` (old keys of new entry j), then by `score`."""
    if old_keys == new_keys and len(set(old_keys)) == len(old_keys):
        # The usual case, an unchanged list: every entry is itself, nothing is left over.
        return Matching(tuple(Pair(i, i, "exact") for i in range(len(old_keys))), (), ())
    pairs: list[Pair] = []
    free_old = dict.fromkeys(range(len(old_keys)))  # ordered sets
    free_new = dict.fromkeys(range(len(new_keys)))
    first_old: dict[str, int] = {}
    for i, key in enumerate(old_keys):
        first_old.setdefault(key, i)
    for j, key in enumerate(new_keys):
        same = first_old.get(key)
        if same is not None and same in free_old:
            pairs.append(Pair(same, j, "exact"))
            del free_old[same], free_new[j]
    for j, previous in enumerate(lineage):
        for key in previous if j in free_new else ():
            earlier = first_old.get(key)
            if earlier is not None and earlier in free_old:
                pairs.append(Pair(earlier, j, "declared"))
                del free_old[earlier], free_new[j]
                break
    ambiguous_old: dict[int, tuple[int, ...]] = {}
    ambiguous_new: dict[int, tuple[int, ...]] = {}
    if score is not None and free_old and free_new:
        olds = list(free_old)[:FUZZY_LIMIT]
        news = list(free_new)[:FUZZY_LIMIT]
        fuzzy, ambiguous_old, ambiguous_new = _by_similarity(olds, news, score, threshold, margin)
        for pair in fuzzy:
            pairs.append(pair)
            del free_old[pair.old], free_new[pair.new]
    pairs.sort(key=lambda pair: pair.new)
    return Matching(
        pairs=tuple(pairs),
        removed=tuple(free_old),
        added=tuple(free_new),
        ambiguous_old=ambiguous_old,
        ambiguous_new=ambiguous_new,
        moved=moved_pairs(pairs),
    )


def _by_similarity(
    olds: list[int], news: list[int], score: Score, threshold: float, margin: float
) -> tuple[list[Pair], dict[int, tuple[int, ...]], dict[int, tuple[int, ...]]]:
    """Pair greedily from the best score down; refuse pairs without a clear margin."""
    table = {(i, j): score(i, j) for i in olds for j in news}
    ranked = sorted(
        ((s, i, j) for (i, j), s in table.items() if s >= threshold),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    pairs: list[Pair] = []
    ambiguous_old: dict[int, tuple[int, ...]] = {}
    ambiguous_new: dict[int, tuple[int, ...]] = {}
    for best, i, j in ranked:
        if i in taken_old or j in taken_new:
            continue
        near_new = [
            other
            for other in news
            if other != j and other not in taken_new and table[i, other] > best - margin
        ]
        near_old = [
            other
            for other in olds
            if other != i and other not in taken_old and table[other, j] > best - margin
        ]
        taken_old.add(i)
        taken_new.add(j)
        if near_new or near_old:
            ambiguous_old[i] = (j, *near_new)
            ambiguous_new[j] = (i, *near_old)
        else:
            pairs.append(Pair(i, j, "probable", round(best, 2)))
    return pairs, ambiguous_old, ambiguous_new


def moved_pairs(pairs: Sequence[Pair]) -> frozenset[int]:
    """Positions in `pairs` outside a longest increasing subsequence: the fewest moves."""
    order = sorted(range(len(pairs)), key=lambda k: pairs[k].old)
    values = [pairs[k].new for k in order]
    tails: list[int] = []  # smallest tail value of an increasing run of each length
    tail_at: list[int] = []  # index in `values` of that tail
    parent = [-1] * len(values)
    for position, value in enumerate(values):
        length = bisect.bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_at.append(position)
        else:
            tails[length] = value
            tail_at[length] = position
        parent[position] = tail_at[length - 1] if length else -1
    keep: set[int] = set()
    position = tail_at[-1] if tail_at else -1
    while position >= 0:
        keep.add(order[position])
        position = parent[position]
    return frozenset(k for k in range(len(pairs)) if k not in keep)


def normalise(text: str | None) -> str:
    """Lowercase, with runs of whitespace as one space."""
    # str.split() and the regex \s agree on every code point; splitting is 3x faster.
    return " ".join((text or "").split()).casefold()


def distinct(items: Sequence[str]) -> bool:
    """Whether no two items read alike (then an unchanged list matches item for item)."""
    return len(items) < 2 or len({normalise(item) for item in items}) == len(items)


def ratio(a: str | None, b: str | None) -> float:
    """Similarity of two texts from 0 to 1, ignoring case and spacing."""
    left, right = normalise(a)[:_COMPARE_CHARS], normalise(b)[:_COMPARE_CHARS]
    if not left and not right:
        return 1.0
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    if matcher.real_quick_ratio() < 0.3 or matcher.quick_ratio() < 0.3:
        return 0.0  # far apart; the exact ratio would not change the outcome
    return matcher.ratio()


def title_ratio(a: str, b: str) -> float:
    """Similarity of two titles with their words sorted, so reordering costs nothing."""
    return ratio(" ".join(sorted(normalise(a).split())), " ".join(sorted(normalise(b).split())))


def element_similarity(old: CoreElement, new: CoreElement) -> float:
    """How alike two core elements are: title 40 %, what and rationale 60 %."""
    title = title_ratio(old.title, new.title)
    old_body = " ".join(filter(None, (old.what, old.rationale)))
    new_body = " ".join(filter(None, (new.what, new.rationale)))
    if not old_body and not new_body:
        return title
    return 0.4 * title + 0.6 * ratio(old_body, new_body)
