"""Every core element says what it is (`what`, HVAD).

Passes: `what: Familien har én fast koordinator.`
Fails: a core element without `what`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import element_span, elements
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, element in elements(ctx):
        if not (element.what and element.what.strip()):
            yield Finding(
                element_span(ctx, index),
                Text(
                    f"Kerneelementet '{element.id}' mangler 'what:' (HVAD): en kort, præcis "
                    "beskrivelse af funktionen eller princippet.",
                    f"Core element '{element.id}' lacks 'what:': a short, precise description "
                    "of the function or principle.",
                ),
            )


RULE = Rule("SP104", "core-element-what", summary_of(__doc__), check)
