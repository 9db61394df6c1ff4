"""Every version has at least one core element.

Passes: `core_elements: [{id: inddragelse, title: ..., level: principle, ...}]`
Fails: no `core_elements`, or an empty list.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if not spec_of(ctx).core_elements:
        yield Finding(
            ctx.document.span(("core_elements",), key=True),
            Text(
                "Der er ingen kerneelementer. Tilføj mindst ét under 'core_elements:' med id, "
                "title, level, what og rationale.",
                "There are no core elements. Add at least one under 'core_elements:' with id, "
                "title, level, what and rationale.",
            ),
        )


RULE = Rule("SP103", "core-elements-required", summary_of(__doc__), check)
