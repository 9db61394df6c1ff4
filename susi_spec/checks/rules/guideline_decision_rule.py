"""En retningslinje siger, hvordan der vælges mellem mulighederne (`decision_rule`).

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
from susi_spec.checks.rules.helpers import element_span, elements
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


EN = """A guideline says how to choose between its options (`decision_rule`).
"""

RULE = Rule("SP123", "guideline-decision-rule", rule_doc(__doc__, EN), check, todo=True)
