"""From v1, every core element lists its activities (`activities`, HVORDAN).

Passes (v1): `activities: [Familien mødes med koordinatoren hver måned.]`
Fails (v1): a core element without `activities`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import element_span, elements
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.version < 1:
        return
    for index, element in elements(ctx):
        if not element.activities:
            yield Finding(
                element_span(ctx, index),
                Text(
                    f"Kerneelementet '{element.id}' mangler 'activities:' (HVORDAN): hvad "
                    "praksis gør. Det kræves fra v1.",
                    f"Core element '{element.id}' lacks 'activities:': what practice does. "
                    "Required from v1.",
                ),
            )


RULE = Rule("SP108", "core-element-activities", summary_of(__doc__), check)
