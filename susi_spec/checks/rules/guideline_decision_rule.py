"""En retningslinje siger, hvordan der vælges mellem mulighederne (`decision_rule`).

Det gør også en aktivitet, der er en retningslinje for sig, i et element, der ikke er det.

Består:

```yaml
core_elements:
  - id: inddragelse
    title: Inddragelse af familien
    level: guideline
    evidence: presumed
    what: Familien er med til at sætte målene.
    activities: [Familien og koordinatoren aftaler fælles mål.]
    rationale: Mål, familien ejer, bliver fulgt.
    options: [Familierådslagning, Netværksmøde]
    decision_rule: Familien vælger metoden ved opstartsmødet.
    fidelity: [Den valgte metode står i sagen.]
```

Fejler:

```yaml
core_elements:
  - id: inddragelse
    title: Inddragelse af familien
    level: guideline
    evidence: presumed
    what: Familien er med til at sætte målene.
    activities: [Familien og koordinatoren aftaler fælles mål.]
    rationale: Mål, familien ejer, bliver fulgt.
    options: [Familierådslagning, Netværksmøde]
    fidelity: [Den valgte metode står i sagen.]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import activity_span, element_span, elements, own_steps
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, element in elements(ctx):
        if element.level == "guideline" and not (element.decision_rule or "").strip():
            yield Finding(
                element_span(ctx, index, "level"),
                Text(
                    f"Retningslinjen '{element.id}' mangler 'decision_rule:': hvordan vælger "
                    "man mellem mulighederne?",
                    f"The guideline '{element.id}' lacks 'decision_rule:': how is the choice "
                    "between the options made?",
                ),
            )
        for number, step in own_steps(element, "guideline"):
            if not (step.decision_rule or "").strip():
                yield Finding(
                    activity_span(ctx, index, number, "level"),
                    Text(
                        f"Aktiviteten '{step.id}' i '{element.id}' er en retningslinje og "
                        "mangler sin egen 'decision_rule:': hvordan vælger man mellem dens "
                        "muligheder?",
                        f"The activity '{step.id}' of '{element.id}' is a guideline and lacks "
                        "its own 'decision_rule:': how is the choice between its options made?",
                    ),
                )


EN = """A guideline says how to choose between its options (`decision_rule`).

So does an activity that is a guideline of its own, in an element that is not one.
"""

RULE = Rule("SP123", "guideline-decision-rule", rule_doc(__doc__, EN), check, todo=True)
