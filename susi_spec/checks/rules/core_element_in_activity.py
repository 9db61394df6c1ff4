"""Fra v1 udføres hvert kerneelement af en aktivitet i forandringsteorien.

Består:

```yaml
version: 1
theory_of_change:
  problem: Familier møder mange uafhængige sagsbehandlere.
  nodes:
    - {id: opstartsmoede, kind: activity, text: Opstartsmøde, core_elements: [koordinering, inddragelse, helhedssyn]}
    - {id: overblik, kind: short_term_outcome, text: Familien har overblik}
  links:
    - {from: opstartsmoede, to: overblik}
```

Fejler:

```yaml
version: 1
theory_of_change:
  problem: Familier møder mange uafhængige sagsbehandlere.
  nodes:
    - {id: opstartsmoede, kind: activity, text: Opstartsmøde, core_elements: [koordinering, inddragelse]}
    - {id: overblik, kind: short_term_outcome, text: Familien har overblik}
  links:
    - {from: opstartsmoede, to: overblik}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import element_span, elements, spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    theory = spec_of(ctx).theory_of_change
    if ctx.version < 1 or theory is None:
        return
    traced = {
        name for node in theory.nodes if node.kind == "activity" for name in node.core_elements
    }
    for index, element in elements(ctx):
        if element.id not in traced:
            yield Finding(
                element_span(ctx, index),
                Text(
                    f"Kerneelementet '{element.id}' indgår ikke i nogen aktivitet i "
                    "forandringsteorien. Tilføj det under 'core_elements:' på en aktivitet.",
                    f"The core element '{element.id}' is in no activity of the theory of "
                    "change. Name it under 'core_elements:' of an activity.",
                ),
            )


EN = """From v1, every core element is carried out by some activity in the theory of change.
"""

RULE = Rule("SP207", "core-element-in-activity", rule_doc(__doc__, EN), check, todo=True)
