"""Every core element gives its professional rationale (`rationale`, HVORFOR).

A principle leaves many options open, so its rationale is what holds practice together.
Passes: `rationale: Forældre, der inddrages, tager ejerskab for målene.`
Fails: a core element without `rationale`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import element_span, elements
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, element in elements(ctx):
        if not (element.rationale and element.rationale.strip()):
            yield Finding(
                element_span(ctx, index),
                Text(
                    f"Kerneelementet '{element.id}' mangler 'rationale:' (HVORFOR): den faglige "
                    "begrundelse, viden og forventede effekt.",
                    f"Core element '{element.id}' lacks 'rationale:': the professional reasons, "
                    "knowledge and expected effect.",
                ),
            )


RULE = Rule("SP105", "core-element-rationale", summary_of(__doc__), check)
