"""Fra v1 har en regel mindst ét troskabskriterium, der viser, at den blev fulgt.

Består:

```yaml
version: 1
core_elements:
  - id: koordinering
    title: Koordineret sagsbehandling
    level: rule
    evidence: presumed
    what: Familien har én fast koordinator.
    activities: [Koordinatoren holder et opstartsmøde med familien.]
    rationale: Én indgang giver overblik og tryghed.
    fidelity: [Familien kender navnet på sin koordinator.]
```

Fejler:

```yaml
version: 1
core_elements:
  - id: koordinering
    title: Koordineret sagsbehandling
    level: rule
    evidence: presumed
    what: Familien har én fast koordinator.
    activities: [Koordinatoren holder et opstartsmøde med familien.]
    rationale: Én indgang giver overblik og tryghed.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import element_span, elements
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.version < 1:
        return
    for index, element in elements(ctx):
        if element.level == "rule" and not element.fidelity:
            yield Finding(
                element_span(ctx, index, "level"),
                Text(
                    f"Reglen '{element.id}' har intet troskabskriterium. Tilføj 'fidelity:' "
                    "med mindst ét observerbart kriterium for, at reglen er fulgt.",
                    f"The rule '{element.id}' has no fidelity criterion. Add 'fidelity:' with "
                    "at least one observable criterion that the rule was followed.",
                ),
            )


EN = """From v1, a rule has at least one fidelity criterion that shows it was followed.
"""

RULE = Rule("SP121", "rule-fidelity", rule_doc(__doc__, EN), check, todo=True)
