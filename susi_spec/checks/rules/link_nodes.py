"""Hver forbindelse i forandringsteorien går mellem knuder, der findes.

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
    - {from: opstartsmoede, to: overblikk}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.model.suggestions import did_you_mean
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    theory = spec_of(ctx).theory_of_change
    if theory is None:
        return
    ids = [node.id for node in theory.nodes]
    for index, link in enumerate(theory.links):
        for key, value in (("from", link.source), ("to", link.target)):
            if value in ids:
                continue
            hint = did_you_mean(value, ids)
            yield Finding(
                ctx.document.span(("theory_of_change", "links", index, key)),
                Text(
                    f"Forbindelsen peger på noden '{value}', som ikke findes.{hint.da} Ret id'et, "
                    "eller tilføj noden under 'nodes:'.",
                    f"The link points at node '{value}', which does not exist.{hint.en} Fix "
                    "the id, or add the node under 'nodes:'.",
                ),
            )


EN = """Every theory-of-change link runs between nodes that exist.
"""

RULE = Rule("SP202", "link-nodes", rule_doc(__doc__, EN), check)
