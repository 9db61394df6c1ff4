"""I den endelige version har hver regel og retningslinje troskabskriterier.

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
from susi_spec.checks.rules.helpers import element_span, elements, level_da
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.is_final:
        return
    for index, element in elements(ctx):
        if element.level in ("rule", "guideline") and not element.fidelity:
            yield Finding(
                element_span(ctx, index),
                Text(
                    f"Kerneelementet '{element.id}' ({level_da(element.level)}) mangler "
                    "'fidelity:' med observerbare troskabskriterier. Det kræves i final.",
                    f"Core element '{element.id}' ({element.level}) lacks 'fidelity:' with "
                    "observable criteria. Required in final.",
                ),
            )


EN = """In the final version, every rule and guideline has fidelity criteria.
"""

RULE = Rule("SP112", "final-fidelity", rule_doc(__doc__, EN), check, todo=True)
