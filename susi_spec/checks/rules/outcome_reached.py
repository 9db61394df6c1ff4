"""From v1, every output and outcome is reached by links from some activity.

Passes (v1): `activity → output → short_term_outcome`, linked.
Fails (v1): an outcome node that no chain of links from an activity reaches.
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
    successors: dict[str, list[str]] = {}
    for link in theory.links:
        successors.setdefault(link.source, []).append(link.target)
    reached = {node.id for node in theory.nodes if node.kind == "activity"}
    frontier = list(reached)
    while frontier:
        for target in successors.get(frontier.pop(), []):
            if target not in reached:
                reached.add(target)
                frontier.append(target)
    for index, node in enumerate(theory.nodes):
        if node.id not in reached:
            yield Finding(
                ctx.document.span(("theory_of_change", "nodes", index, "id")),
                Text(
                    f"Resultatet '{node.id}' nås ikke fra nogen aktivitet. Tilføj en forbindelse "
                    f"under 'links:' (fx {{from: <aktivitet>, to: {node.id}}}).",
                    f"The outcome '{node.id}' is not reached from any activity. Add a link "
                    f"under 'links:' (e.g. {{from: <activity>, to: {node.id}}}).",
                ),
            )


RULE = Rule("SP208", "outcome-reached", summary_of(__doc__), check)
