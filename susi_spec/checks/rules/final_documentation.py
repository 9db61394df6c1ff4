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
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.is_final:
        return
    documentation = spec_of(ctx).documentation
    if documentation is None or not (documentation.indicators or documentation.tools):
        yield Finding(
            ctx.document.span(("documentation",), key=True),
            Text(
                "Dokumentationsmodellen mangler. Tilføj 'documentation:' med indicators og "
                "tools. Det kræves i final.",
                "The documentation model is missing. Add 'documentation:' with indicators and "
                "tools. Required in final.",
            ),
        )


EN = """In the final version, the model for results documentation is filled in.
"""

RULE = Rule("SP113", "final-documentation", rule_doc(__doc__, EN), check, todo=True)
