"""In the final version, every rule and guideline has fidelity criteria.

Passes (final): a guideline with `fidelity: [Valget er begrundet i journalen.]`
Fails (final): a rule or guideline without `fidelity`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import element_span, elements, level_da
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.is_final:
        return
    for index, element in elements(ctx):
        if element.level in ("rule", "guideline") and not element.fidelity:
            yield Finding(
                element_span(ctx, index),
                Text(
                    f"Kerneelementet '{element.id}' ({level_da(element.level)}) mangler "
                    "'fidelity:' med observerbare troskabskriterier. Det kræves i final.",
                    f"Core element '{element.id}' ({element.level}) lacks 'fidelity:' with "
                    "observable criteria. Required in final.",
                ),
            )


RULE = Rule("SP112", "final-fidelity", summary_of(__doc__), check)
