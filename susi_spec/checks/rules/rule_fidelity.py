"""Fra v1 har en regel mindst ét troskabskriterium, der viser, at den blev fulgt.

Det har også et element med en aktivitet, der er en regel for sig.

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
from susi_spec.checks.rules.helpers import activity_span, element_span, elements, own_steps
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
        if element.fidelity:
            continue
        for number, step in own_steps(element, "rule"):
            yield Finding(
                activity_span(ctx, index, number, "level"),
                Text(
                    f"Aktiviteten '{step.id}' i '{element.id}' er en regel, men elementet har "
                    "intet troskabskriterium. Tilføj 'fidelity:' med et observerbart kriterium "
                    f"for, at reglen er fulgt (med 'activity: {step.id}').",
                    f"The activity '{step.id}' of '{element.id}' is a rule, but the element has "
                    "no fidelity criterion. Add 'fidelity:' with an observable criterion that "
                    f"the rule was followed (with 'activity: {step.id}').",
                ),
            )


EN = """From v1, a rule has at least one fidelity criterion that shows it was followed.

So has an element with an activity that is a rule of its own.
"""

RULE = Rule("SP121", "rule-fidelity", rule_doc(__doc__, EN), check, todo=True)
