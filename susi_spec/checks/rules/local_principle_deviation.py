"""A local deviation from a principle is allowed, and noted so others can learn from it.

Passes (no note): an adaptation of a principle without `deviation`.
Fails (a note, not an error): `deviation:` on a core element whose level is principle.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.local_helpers import deviations
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    for span, element in deviations(ctx, "principle"):
        yield Finding(
            span,
            Text(
                f"Lokal afvigelse fra princippet '{element.id}' er noteret. Et princip må "
                "udmøntes frit; afvigelsen vises på webstedet, så andre kan lære af den.",
                f"Local departure from the principle '{element.id}' is noted. A principle may "
                "be carried out freely; the departure is shown on the site for others.",
            ),
        )


RULE = Rule(
    "SP308",
    "local-principle-deviation",
    summary_of(__doc__),
    check,
    Severity.NOTE,
    applies_to="local",
)
