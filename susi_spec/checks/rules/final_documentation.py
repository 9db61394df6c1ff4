"""I den endelige version er modellen for resultatdokumentation udfyldt.

Består:

```yaml
version: final
documentation:
  indicators: [Familiens oplevede overblik]
  tools: [Spørgeskema ved start og slut]
```

Fejler:

```yaml
version: final
documentation:
  indicators: []
  tools: []
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import block_span, spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.is_final:
        return
    documentation = spec_of(ctx).documentation
    if documentation is None or not (documentation.indicators or documentation.tools):
        span, goes = block_span(ctx, "documentation")
        yield Finding(
            span,
            Text(
                "Dokumentationsmodellen mangler. Tilføj 'documentation:' med indicators og "
                f"tools.{goes.da} Det kræves i final.",
                "The documentation model is missing. Add 'documentation:' with indicators and "
                f"tools.{goes.en} Required in final.",
            ),
        )


EN = """In the final version, the model for results documentation is filled in.
"""

RULE = Rule("SP113", "final-documentation", rule_doc(__doc__, EN), check, todo=True)
