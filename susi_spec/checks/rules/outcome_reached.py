"""Fra v1 nås hvert output og resultat ad forbindelser fra en aktivitet.

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
    - {id: overblik, kind: short_term_outcome, text: Familien har overblik}
    - {id: trivsel, kind: long_term_outcome, text: Familien trives}
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
    successors: dict[str, list[str]] = {}
    for link in theory.links:
        successors.setdefault(link.source, []).append(link.target)
    reached = {node.id for node in theory.nodes if node.kind == "activity"}
    frontier = list(reached)
    while frontier:
        for target in successors.get(frontier.pop(), []):
            if target not in reached:
                reached.add(target)
                frontier.append(target)
    for index, node in enumerate(theory.nodes):
        if node.id not in reached:
            yield Finding(
                ctx.document.span(("theory_of_change", "nodes", index, "id")),
                Text(
                    f"Resultatet '{node.id}' nås ikke fra nogen aktivitet. Tilføj en forbindelse "
                    f"under 'links:' (fx {{from: <aktivitet>, to: {node.id}}}).",
                    f"The outcome '{node.id}' is not reached from any activity. Add a link "
                    f"under 'links:' (e.g. {{from: <activity>, to: {node.id}}}).",
                ),
            )


EN = """From v1, every output and outcome is reached by links from some activity.
"""

RULE = Rule("SP208", "outcome-reached", rule_doc(__doc__, EN), check, todo=True)
