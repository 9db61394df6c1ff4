"""From v1, the spec says how the intervention is delivered (`delivery`, TIDieR).

Passes (v1): `delivery: {mode: [family], setting: [home], dose: Et møde om måneden.}`
Fails (v1): no `delivery`, or one with neither mode, setting nor dose.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.version < 1:
        return
    delivery = spec_of(ctx).delivery
    if delivery is None or not (delivery.mode or delivery.setting or delivery.dose):
        yield Finding(
            ctx.document.span(("delivery",), key=True),
            Text(
                "Leveringen er ikke beskrevet. Tilføj 'delivery:' med mode (form), setting "
                "(sted) og dose (omfang). Det kræves fra v1.",
                "Delivery is not described. Add 'delivery:' with mode, setting and dose. "
                "Required from v1.",
            ),
        )


RULE = Rule("SP111", "delivery-required", summary_of(__doc__), check)
