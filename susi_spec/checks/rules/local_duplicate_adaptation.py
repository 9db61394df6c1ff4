"""Each core element is adapted once in a local implementation.

Passes: one adaptation per core element.
Fails: two adaptations naming the same `core_element`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.local_helpers import adaptation_span, local_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for index, adaptation in enumerate(local_of(ctx).adaptations):
        element = adaptation.core_element
        if element in first:
            line = adaptation_span(ctx, first[element]).line
            yield Finding(
                adaptation_span(ctx, index),
                Text(
                    f"'{element}' er allerede tilpasset i linje {line}. Saml beskrivelsen i én "
                    "tilpasning.",
                    f"'{element}' is already adapted on line {line}. Put the description in one "
                    "adaptation.",
                ),
            )
        else:
            first[element] = index


RULE = Rule("SP310", "local-duplicate-adaptation", summary_of(__doc__), check, applies_to="local")
