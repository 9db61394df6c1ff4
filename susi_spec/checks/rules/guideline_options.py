"""En retningslinje nævner mindst to muligheder at vælge imellem.

Er der kun én mulighed, er det en regel (`level: rule`).

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
from susi_spec.checks.rules.helpers import element_span, elements
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


EN = """A guideline names at least two options to choose between.

With only one option, it is a rule (`level: rule`).
"""

RULE = Rule("SP122", "guideline-options", rule_doc(__doc__, EN), check, todo=True)
