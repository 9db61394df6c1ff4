"""From v1, a principle has a practice profile or fidelity criteria, so it can be followed up.

Passes (v1): `level: principle` with `practice_profile: {expected: ..., unacceptable: ...}`.
Fails (v1): `level: principle` with neither `practice_profile` nor `fidelity`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import element_span, elements
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.version < 1:
        return
    for index, element in elements(ctx):
        profile = element.practice_profile
        has_profile = profile is not None and any(
            (profile.expected, profile.developmental, profile.unacceptable)
        )
        if element.level == "principle" and not (has_profile or element.fidelity):
            yield Finding(
                element_span(ctx, index, "level"),
                Text(
                    f"Princippet '{element.id}' kan ikke følges op. Tilføj 'practice_profile:' "
                    "(expected, developmental, unacceptable) eller 'fidelity:'.",
                    f"The principle '{element.id}' cannot be followed up. Add "
                    "'practice_profile:' (expected, developmental, unacceptable) or 'fidelity:'.",
                ),
            )


RULE = Rule("SP124", "principle-profile", summary_of(__doc__), check)
