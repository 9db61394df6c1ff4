"""En forbindelse går fremad i årsagsrækkefølgen: aktivitet, output, kort-, mellem- og langsigtet resultat.

En forbindelse, der går baglæns (eller mellem to aktiviteter), er som regel en fejl, så det
er en advarsel og ikke en fejl.

Består:

```yaml
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
theory_of_change:
  problem: Familier møder mange uafhængige sagsbehandlere.
  nodes:
    - {id: opstartsmoede, kind: activity, text: Opstartsmøde, core_elements: [koordinering, inddragelse, helhedssyn]}
    - {id: overblik, kind: short_term_outcome, text: Familien har overblik}
  links:
    - {from: opstartsmoede, to: overblik}
    - {from: overblik, to: opstartsmoede}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.model.types import NODE_ORDER
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    theory = spec_of(ctx).theory_of_change
    if theory is None:
        return
    kinds = {node.id: node.kind for node in theory.nodes}
    for index, link in enumerate(theory.links):
        source, target = kinds.get(link.source), kinds.get(link.target)
        if source is None or target is None:
            continue  # link-nodes reports these
        span = ctx.document.span(("theory_of_change", "links", index))
        if source == target == "activity":
            yield Finding(
                span,
                Text(
                    f"Forbindelsen {link.source} → {link.target} går mellem to aktiviteter. "
                    "En aktivitet fører til et output eller et resultat; forbind den til det, "
                    "eller ret nodernes kind.",
                    f"The link {link.source} → {link.target} runs between two activities. An "
                    "activity leads to an output or an outcome; link it to that, or fix the "
                    "nodes' kind.",
                ),
            )
        elif NODE_ORDER[target] < NODE_ORDER[source]:
            yield Finding(
                span,
                Text(
                    f"Forbindelsen {link.source} → {link.target} går baglæns ({source} før "
                    f"{target}). Byt om på from og to, eller ret nodernes kind.",
                    f"The link {link.source} → {link.target} runs backwards ({source} before "
                    f"{target}). Swap from and to, or fix the nodes' kind.",
                ),
            )


EN = """A link runs forward in causal order: activity, output, short, medium, long-term outcome.

A link that runs backwards (or between two activities) is usually a mistake, so it is a
warning rather than an error.
"""

RULE = Rule("SP209", "link-direction", rule_doc(__doc__, EN), check, Severity.WARNING)
