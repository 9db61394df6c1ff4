"""From v1, every activity in the theory of change traces to a core element.

Passes (v1): `{id: koordinator, kind: activity, text: ..., core_elements: [koordinering]}`
Fails (v1): an activity node with no `core_elements`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    theory = spec_of(ctx).theory_of_change
    if ctx.version < 1 or theory is None:
        return
    for index, node in enumerate(theory.nodes):
        if node.kind == "activity" and not node.core_elements:
            yield Finding(
                ctx.document.span(("theory_of_change", "nodes", index, "id")),
                Text(
                    f"Aktiviteten '{node.id}' hører ikke til noget kerneelement. Tilføj "
                    "'core_elements: [...]' med det eller de kerneelementer, den udfører.",
                    f"The activity '{node.id}' belongs to no core element. Add "
                    "'core_elements: [...]' naming the core elements it carries out.",
                ),
            )


RULE = Rule("SP206", "activity-traces", summary_of(__doc__), check)
