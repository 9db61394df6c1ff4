"""Fra v1 har et princip en praksisprofil eller troskabskriterier, så det kan følges op.

Består:

```yaml
version: 1
core_elements:
  - id: helhedssyn
    title: Helhedssyn
    level: principle
    evidence: documented
    what: Hele familiens situation ses samlet.
    activities: [Sagsbehandlerne deler viden på tværs.]
    rationale: Problemer hænger sammen på tværs af forvaltninger.
    practice_profile: {expected: Planen dækker hele familien.}
```

Fejler:

```yaml
version: 1
core_elements:
  - id: helhedssyn
    title: Helhedssyn
    level: principle
    evidence: documented
    what: Hele familiens situation ses samlet.
    activities: [Sagsbehandlerne deler viden på tværs.]
    rationale: Problemer hænger sammen på tværs af forvaltninger.
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
        profile = element.practice_profile
        has_profile = profile is not None and any(
            (profile.expected, profile.developmental, profile.unacceptable)
        )
        if element.level == "principle" and not (has_profile or element.fidelity):
            yield Finding(
                element_span(ctx, index, "level"),
                Text(
                    f"Princippet '{element.id}' kan ikke følges op. Tilføj 'practice_profile:' "
                    "(expected, developmental, unacceptable) eller 'fidelity:'.",
                    f"The principle '{element.id}' cannot be followed up. Add "
                    "'practice_profile:' (expected, developmental, unacceptable) or 'fidelity:'.",
                ),
            )


EN = """From v1, a principle has a practice profile or fidelity criteria, so it can be followed up.
"""

RULE = Rule("SP124", "principle-profile", rule_doc(__doc__, EN), check, todo=True)
