"""Hver version har et resumé: en eller to sætninger, som en kommune læser først.

Består:

```yaml
summary: Én indgang for familier med et barn med handicap.
```

Fejler:

```yaml
summary: ""
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import block_span, spec_of
from susi_spec.checks.rules.placeholders import is_placeholder, missing
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    summary = spec_of(ctx).summary
    if is_placeholder(summary or ""):
        yield Finding(
            ctx.document.span(("summary",), key=True),
            Text(
                "Resuméet er stadig skabelonens tekst. Skriv i stedet en eller to sætninger om, "
                "hvad indsatsen er, og hvem den er til.",
                "The summary is still the template's text. Write instead one or two sentences "
                "on what the intervention is and whom it is for.",
            ),
        )
    elif missing(summary):
        span, goes = block_span(ctx, "summary")
        yield Finding(
            span,
            Text(
                "Resuméet mangler. Tilføj 'summary:' med en eller to sætninger om, hvad "
                f"indsatsen er, og hvem den er til.{goes.da}",
                "The summary is missing. Add 'summary:' with one or two sentences on what the "
                f"intervention is and whom it is for.{goes.en}",
            ),
        )


EN = """Every version has a summary: one or two sentences a municipality reads first.
"""

RULE = Rule("SP101", "summary-required", rule_doc(__doc__, EN), check, todo=True)
