"""A guideline names at least two options to choose between.

Passes: `level: guideline` with `options: [Familierådslagning, Netværksmøde]`.
Fails: `level: guideline` without `options`, or with only one.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import element_span, elements
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, element in elements(ctx):
        if element.level == "guideline" and len(element.options) < 2:
            yield Finding(
                element_span(ctx, index, "level"),
                Text(
                    f"Retningslinjen '{element.id}' skal nævne mindst to muligheder under "
                    "'options:'. Er der kun én, så er det en regel (level: rule).",
                    f"The guideline '{element.id}' must name at least two choices under "
                    "'options:'. With only one, it is a rule (level: rule).",
                ),
            )


RULE = Rule("SP122", "guideline-options", summary_of(__doc__), check)
