"""En retningslinje nævner mindst to muligheder at vælge imellem.

Er der kun én mulighed, er det en regel (`level: rule`). En aktivitet, der er en
retningslinje for sig, i et element, der ikke er det, nævner sine egne muligheder.

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
    options: [Familierådslagning]
    decision_rule: Familien vælger metoden ved opstartsmødet.
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
        if element.level == "guideline" and len(element.options) < 2:
            yield Finding(
                element_span(ctx, index, "level"),
                Text(
                    f"Retningslinjen '{element.id}' skal nævne mindst to muligheder under "
                    "'options:'. Er der kun én, så er det en regel (level: rule).",
                    f"The guideline '{element.id}' must name at least two choices under "
                    "'options:'. With only one, it is a rule (level: rule).",
                ),
            )
        for number, step in own_steps(element, "guideline"):
            if len(step.options) < 2:
                yield Finding(
                    activity_span(ctx, index, number, "level"),
                    Text(
                        f"Aktiviteten '{step.id}' i '{element.id}' er en retningslinje og skal "
                        "nævne mindst to muligheder under sine egne 'options:'. Er der kun én, "
                        "så er den en regel (level: rule).",
                        f"The activity '{step.id}' of '{element.id}' is a guideline and must "
                        "name at least two choices under its own 'options:'. With only one, it "
                        "is a rule (level: rule).",
                    ),
                )


EN = """A guideline names at least two options to choose between.

With only one option, it is a rule (`level: rule`). An activity that is a guideline of its
own, in an element that is not one, names its own options.
"""

RULE = Rule("SP122", "guideline-options", rule_doc(__doc__, EN), check, todo=True)
