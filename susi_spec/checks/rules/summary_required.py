"""Every version has a summary: one or two sentences a municipality reads first.

Passes: `summary: Én indgang for familier med et barn med handicap.`
Fails: no `summary` key, or an empty one.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    summary = spec_of(ctx).summary
    if not (summary and summary.strip()):
        yield Finding(
            ctx.document.span(("summary",), key=True),
            Text(
                "Resuméet mangler. Tilføj 'summary:' med en eller to sætninger om, hvad "
                "indsatsen er, og hvem den er til.",
                "The summary is missing. Add 'summary:' with one or two sentences on what the "
                "intervention is and whom it is for.",
            ),
        )


RULE = Rule("SP101", "summary-required", summary_of(__doc__), check)
