"""From v1, every core element is carried out by some activity in the theory of change.

Passes (v1): each core element id appears in `core_elements` of an activity node.
Fails (v1): a core element that no activity node names.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import element_span, elements, spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    theory = spec_of(ctx).theory_of_change
    if ctx.version < 1 or theory is None:
        return
    traced = {
        name for node in theory.nodes if node.kind == "activity" for name in node.core_elements
    }
    for index, element in elements(ctx):
        if element.id not in traced:
            yield Finding(
                element_span(ctx, index),
                Text(
                    f"Kerneelementet '{element.id}' indgår ikke i nogen aktivitet i "
                    "forandringsteorien. Tilføj det under 'core_elements:' på en aktivitet.",
                    f"The core element '{element.id}' is in no activity of the theory of "
                    "change. Name it under 'core_elements:' of an activity.",
                ),
            )


RULE = Rule("SP207", "core-element-in-activity", summary_of(__doc__), check)
