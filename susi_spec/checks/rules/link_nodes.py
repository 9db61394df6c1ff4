"""Every theory-of-change link runs between nodes that exist.

Passes: `links: [{from: koordinator, to: en-indgang}]` where both nodes exist.
Fails: `links: [{from: koordinator, to: en-indgangg}]` (no such node).
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.model.suggestions import did_you_mean
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    theory = spec_of(ctx).theory_of_change
    if theory is None:
        return
    ids = [node.id for node in theory.nodes]
    for index, link in enumerate(theory.links):
        for key, value in (("from", link.source), ("to", link.target)):
            if value in ids:
                continue
            hint = did_you_mean(value, ids)
            yield Finding(
                ctx.document.span(("theory_of_change", "links", index, key)),
                Text(
                    f"Forbindelsen peger på noden '{value}', som ikke findes.{hint.da} Ret id'et, "
                    "eller tilføj noden under 'nodes:'.",
                    f"The link points at node '{value}', which does not exist.{hint.en} Fix "
                    "the id, or add the node under 'nodes:'.",
                ),
            )


RULE = Rule("SP202", "link-nodes", summary_of(__doc__), check)
