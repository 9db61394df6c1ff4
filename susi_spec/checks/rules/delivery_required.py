"""Fra v1 siger beskrivelsen, hvordan indsatsen leveres (`delivery`, TIDieR).

Mindst én af `mode`, `setting` og `dose` skal være udfyldt.

Består:

```yaml
version: 1
delivery:
  mode: [family]
  setting: [home]
  dose: Et møde om måneden i et år.
```

Fejler:

```yaml
version: 1
delivery: {}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import block_span, spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.version < 1:
        return
    delivery = spec_of(ctx).delivery
    if delivery is None or not (delivery.mode or delivery.setting or delivery.dose):
        span, goes = block_span(ctx, "delivery")
        yield Finding(
            span,
            Text(
                "Leveringen er ikke beskrevet. Tilføj 'delivery:' med mode (form), setting "
                f"(sted) og dose (omfang).{goes.da} Det kræves fra v1.",
                f"Delivery is not described. Add 'delivery:' with mode, setting and dose.{goes.en} "
                "Required from v1.",
            ),
        )


EN = """From v1, the spec says how the intervention is delivered (`delivery`, TIDieR).

At least one of `mode`, `setting` and `dose` is filled in.
"""

RULE = Rule("SP111", "delivery-required", rule_doc(__doc__, EN), check, todo=True)
