"""In the final version, all four cost categories are filled in.

Passes (final): `costs:` with preparation, training, operation and equipment.
Fails (final): no `costs`, or a category left out.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text

_CATEGORIES = ("preparation", "training", "operation", "equipment")


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.is_final:
        return
    costs = spec_of(ctx).costs
    missing = [name for name in _CATEGORIES if costs is None or not getattr(costs, name)]
    if missing:
        names = ", ".join(missing)
        yield Finding(
            ctx.document.span(("costs",), key=True),
            Text(
                f"Omkostningerne mangler: {names}. Udfyld 'costs:' med alle fire kategorier. "
                "Det kræves i final.",
                f"Costs are missing: {names}. Fill in 'costs:' with all four categories. "
                "Required in final.",
            ),
        )


RULE = Rule("SP114", "final-costs", summary_of(__doc__), check)
