"""From v1, a rule has at least one fidelity criterion that shows it was followed.

Passes (v1): `level: rule` with `fidelity: [Den unge åbnede mødet (referat).]`
Fails (v1): `level: rule` without `fidelity`.
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
        if element.level == "rule" and not element.fidelity:
            yield Finding(
                element_span(ctx, index, "level"),
                Text(
                    f"Reglen '{element.id}' har intet troskabskriterium. Tilføj 'fidelity:' "
                    "med mindst ét observerbart kriterium for, at reglen er fulgt.",
                    f"The rule '{element.id}' has no fidelity criterion. Add 'fidelity:' with "
                    "at least one observable criterion that the rule was followed.",
                ),
            )


RULE = Rule("SP121", "rule-fidelity", summary_of(__doc__), check)
