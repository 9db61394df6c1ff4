"""Hver version beskriver sin målgruppe (`target_group.description`).

Består:

```yaml
target_group:
  description: Familier med et barn med handicap.
```

Fejler:

```yaml
target_group:
  inclusion: [Børn under 18 år]
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
    group = spec_of(ctx).target_group
    if group is not None and is_placeholder(group.description or ""):
        yield Finding(
            ctx.document.span(("target_group", "description"), key=True),
            Text(
                "Målgruppen er stadig skabelonens tekst ('description:' under 'target_group:'). "
                "Skriv i stedet, hvem indsatsen er til: kendetegn, og hvordan borgerne findes.",
                "The target group is still the template's text ('description:' under "
                "'target_group:'). Write instead whom the intervention is for: what marks "
                "them, and how they are found.",
            ),
        )
    elif group is None or missing(group.description):
        span, goes = block_span(ctx, "target_group")
        yield Finding(
            span,
            Text(
                "Målgruppen er ikke beskrevet. Tilføj 'target_group:' med 'description:', der "
                f"siger hvem indsatsen er til.{goes.da}",
                "The target group is not described. Add 'target_group:' with a "
                f"'description:' saying whom the intervention is for.{goes.en}",
            ),
        )


EN = """Every version describes its target group (`target_group.description`).
"""

RULE = Rule("SP102", "target-group-required", rule_doc(__doc__, EN), check, todo=True)
