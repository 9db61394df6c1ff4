"""Fra v1 hører hver aktivitet i forandringsteorien til et kerneelement.

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
    - {id: opstartsmoede, kind: activity, text: Opstartsmøde, core_elements: [koordinering, inddragelse, helhedssyn]}
    - {id: hjemmebesoeg, kind: activity, text: Hjemmebesøg}
    - {id: overblik, kind: short_term_outcome, text: Familien har overblik}
  links:
    - {from: opstartsmoede, to: overblik}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    theory = spec_of(ctx).theory_of_change
    if ctx.version < 1 or theory is None:
        return
    for index, node in enumerate(theory.nodes):
        if node.kind == "activity" and not node.core_elements:
            yield Finding(
                ctx.document.span(("theory_of_change", "nodes", index, "id")),
                Text(
                    f"Aktiviteten '{node.id}' hører ikke til noget kerneelement. Tilføj "
                    "'core_elements: [...]' med det eller de kerneelementer, den udfører.",
                    f"The activity '{node.id}' belongs to no core element. Add "
                    "'core_elements: [...]' naming the core elements it carries out.",
                ),
            )


EN = """From v1, every activity in the theory of change traces to a core element.
"""

RULE = Rule("SP206", "activity-traces", rule_doc(__doc__, EN), check, todo=True)
