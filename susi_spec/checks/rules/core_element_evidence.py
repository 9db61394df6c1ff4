"""Every core element says whether it is documented or presumed (`evidence`).

Passes: `evidence: presumed`
Fails: a core element without `evidence`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import element_span, elements
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, element in elements(ctx):
        if element.evidence is None:
            yield Finding(
                element_span(ctx, index),
                Text(
                    f"Kerneelementet '{element.id}' mangler 'evidence:'. Skriv 'documented' "
                    "(dokumenteret) eller 'presumed' (formodet).",
                    f"Core element '{element.id}' lacks 'evidence:'. Write 'documented' or "
                    "'presumed'.",
                ),
            )


RULE = Rule("SP106", "core-element-evidence", summary_of(__doc__), check)
