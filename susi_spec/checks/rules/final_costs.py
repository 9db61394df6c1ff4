"""I den endelige version er alle fire omkostningskategorier udfyldt.

Kategorierne er `preparation`, `training`, `operation` og `equipment`.

Består:

```yaml
version: final
costs:
  preparation: To dages planlægning.
  training: Et kursus på tre dage.
  operation: En koordinator pr. 25 familier.
  equipment: Ingen.
```

Fejler:

```yaml
version: final
costs:
  preparation: To dages planlægning.
  training: Et kursus på tre dage.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import block_span, spec_of
from susi_spec.problems import Text

_CATEGORIES = ("preparation", "training", "operation", "equipment")


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.is_final:
        return
    costs = spec_of(ctx).costs
    missing = [name for name in _CATEGORIES if costs is None or not getattr(costs, name)]
    if missing:
        names = ", ".join(missing)
        span, goes = block_span(ctx, "costs")
        yield Finding(
            span,
            Text(
                f"Omkostningerne mangler: {names}. Udfyld 'costs:' med alle fire kategorier."
                f"{goes.da} Det kræves i final.",
                f"Costs are missing: {names}. Fill in 'costs:' with all four categories."
                f"{goes.en} Required in final.",
            ),
        )


EN = """In the final version, all four cost categories are filled in.

The categories are `preparation`, `training`, `operation` and `equipment`.
"""

RULE = Rule("SP114", "final-costs", rule_doc(__doc__, EN), check, todo=True)
