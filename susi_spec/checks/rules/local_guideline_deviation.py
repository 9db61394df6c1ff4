"""A local deviation from a guideline is flagged for review.

Passes: an adaptation of a guideline that picks among its options and has no `deviation`.
Fails (warning): `deviation:` on a core element whose level is guideline.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.local_helpers import deviations
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    for span, element in deviations(ctx, "guideline"):
        yield Finding(
            span,
            Text(
                f"I afviger fra retningslinjen '{element.id}'. En retningslinje giver frihed "
                "til at vælge blandt dens muligheder; få afvigelsen gennemgået med "
                "Socialstyrelsen, og begrund den under 'deviation:'.",
                f"You depart from the guideline '{element.id}'. A guideline leaves room to "
                "choose among its options; have the departure reviewed with Socialstyrelsen "
                "and give the reason under 'deviation:'.",
            ),
        )


RULE = Rule(
    "SP307",
    "local-guideline-deviation",
    summary_of(__doc__),
    check,
    Severity.WARNING,
    applies_to="local",
)
