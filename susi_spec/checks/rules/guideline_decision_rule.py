"""A guideline says how to choose between its options (`decision_rule`).

Passes: `level: guideline` with `decision_rule: Brug bekymringsskalaen til at vælge.`
Fails: `level: guideline` without `decision_rule`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import element_span, elements
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, element in elements(ctx):
        if element.level == "guideline" and not (element.decision_rule or "").strip():
            yield Finding(
                element_span(ctx, index, "level"),
                Text(
                    f"Retningslinjen '{element.id}' mangler 'decision_rule:': hvordan vælger "
                    "man mellem mulighederne?",
                    f"The guideline '{element.id}' lacks 'decision_rule:': how is the choice "
                    "between the options made?",
                ),
            )


RULE = Rule("SP123", "guideline-decision-rule", summary_of(__doc__), check)
