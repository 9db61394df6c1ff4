""" "Did you mean ...?": the known name closest to a typo, for the boundary and the rules."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from susi_spec.problems import Text


def closest(wanted: str, known: Iterable[str]) -> str | None:
    """The known name most like `wanted`, if any is close (difflib's 0.6 ratio)."""
    found = difflib.get_close_matches(wanted, list(known), n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(
    wanted: str, known: Iterable[str], *, shown: str = "'{}'", lead: str = " ", trail: str = ""
) -> Text:
    """` Mente du 'x'?` / ` Did you mean 'x'?` for the closest name; empty when none is close.

    `shown` formats the name (`{{#{}}}` for an anchor); `lead` and `trail` are the spaces
    around the hint, so a sentence reads the same with it or without it.
    """
    guess = closest(wanted, known)
    if guess is None:
        return Text("", "")
    name = shown.format(guess)
    return Text(f"{lead}Mente du {name}?{trail}", f"{lead}Did you mean {name}?{trail}")
