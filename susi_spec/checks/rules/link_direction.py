"""A link runs forward in causal order: activity, output, short, medium, long-term outcome.

A link that runs backwards (or between two activities) is usually a mistake, so it is a
warning rather than an error.
Passes: `{from: koordinator (activity), to: en-indgang (short_term_outcome)}`
Fails: `{from: trivsel (long_term_outcome), to: koordinator (activity)}`
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.model.types import NODE_ORDER
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    theory = spec_of(ctx).theory_of_change
    if theory is None:
        return
    kinds = {node.id: node.kind for node in theory.nodes}
    for index, link in enumerate(theory.links):
        source, target = kinds.get(link.source), kinds.get(link.target)
        if source is None or target is None:
            continue  # link-nodes reports these
        span = ctx.document.span(("theory_of_change", "links", index))
        if source == target == "activity":
            yield Finding(
                span,
                Text(
                    f"Forbindelsen {link.source} → {link.target} går mellem to aktiviteter. "
                    "En aktivitet fører til et output eller et resultat; forbind den til det, "
                    "eller ret nodernes kind.",
                    f"The link {link.source} → {link.target} runs between two activities. An "
                    "activity leads to an output or an outcome; link it to that, or fix the "
                    "nodes' kind.",
                ),
            )
        elif NODE_ORDER[target] < NODE_ORDER[source]:
            yield Finding(
                span,
                Text(
                    f"Forbindelsen {link.source} → {link.target} går baglæns ({source} før "
                    f"{target}). Byt om på from og to, eller ret nodernes kind.",
                    f"The link {link.source} → {link.target} runs backwards ({source} before "
                    f"{target}). Swap from and to, or fix the nodes' kind.",
                ),
            )


RULE = Rule("SP209", "link-direction", summary_of(__doc__), check, Severity.WARNING)
