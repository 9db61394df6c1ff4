"""En regel er én forskrift: den har ingen valgmuligheder og ingen valgregel.

Valgmuligheder og en valgregel er et valg, og et valg er det, en retningslinje er.

Består:

```yaml
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
core_elements:
  - id: koordinering
    title: Koordineret sagsbehandling
    level: rule
    evidence: presumed
    what: Familien har én fast koordinator.
    activities: [Koordinatoren holder et opstartsmøde med familien.]
    rationale: Én indgang giver overblik og tryghed.
    fidelity: [Familien kender navnet på sin koordinator.]
    options: [Opstartsmøde, Telefonopkald]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import element_span, elements
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, element in elements(ctx):
        if element.level != "rule":
            continue
        for key in ("options", "decision_rule"):
            if getattr(element, key):
                yield Finding(
                    element_span(ctx, index, key),
                    Text(
                        f"'{element.id}' er en regel, men har '{key}:'. En regel er én "
                        "forskrift; er der et valg, så sæt 'level: guideline', ellers slet "
                        f"'{key}:'.",
                        f"'{element.id}' is a rule but has '{key}:'. A rule is one "
                        "prescription; if there is a choice, set 'level: guideline', otherwise "
                        f"delete '{key}:'.",
                    ),
                )


EN = """A rule states one prescription: it has no options and no decision rule.

Options and a decision rule make a choice, which is what a guideline is.
"""

RULE = Rule("SP120", "rule-single-prescription", rule_doc(__doc__, EN), check)
