"""I den endelige version har hver regel og retningslinje troskabskriterier.

Det har også et element med en aktivitet, der er en regel eller en retningslinje for sig.

Består:

```yaml
version: final
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
version: final
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
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import element_span, elements
from susi_spec.model.levels import level_phrase
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.is_final:
        return
    for index, element in elements(ctx):
        if element.levels & {"rule", "guideline"} and not element.fidelity:
            yield Finding(
                element_span(ctx, index),
                Text(
                    f"Kerneelementet '{element.id}' ({level_phrase(element)}) mangler "
                    "'fidelity:' med observerbare troskabskriterier. Det kræves i final.",
                    f"Core element '{element.id}' ({level_phrase(element, 'en')}) lacks "
                    "'fidelity:' with observable criteria. Required in final.",
                ),
            )


EN = """In the final version, every rule and guideline has fidelity criteria.

So has an element with an activity that is a rule or a guideline of its own.
"""

RULE = Rule("SP112", "final-fidelity", rule_doc(__doc__, EN), check, todo=True)
