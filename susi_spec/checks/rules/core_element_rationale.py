"""Hvert kerneelement giver sin faglige begrundelse (`rationale`, HVORFOR).

Et princip lader mange muligheder stå åbne, så det er begrundelsen, der holder praksis
sammen.

Består:

```yaml
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
core_elements:
  - id: helhedssyn
    title: Helhedssyn
    level: principle
    evidence: documented
    what: Hele familiens situation ses samlet.
    activities: [Sagsbehandlerne deler viden på tværs.]
    rationale: ""
    practice_profile: {expected: Planen dækker hele familien.}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import element_span, elements
from susi_spec.checks.rules.placeholders import is_placeholder, missing
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, element in elements(ctx):
        if is_placeholder(element.rationale or ""):
            yield Finding(
                element_span(ctx, index, "rationale"),
                Text(
                    f"Kerneelementet '{element.id}' har stadig skabelonens tekst i 'rationale:' "
                    "(HVORFOR). Skriv i stedet den faglige begrundelse, viden og forventede effekt.",
                    f"Core element '{element.id}' still has the template's text in 'rationale:'. "
                    "Write instead the professional reasons, knowledge and expected effect.",
                ),
            )
        elif missing(element.rationale):
            yield Finding(
                element_span(ctx, index, "rationale"),
                Text(
                    f"Kerneelementet '{element.id}' mangler 'rationale:' (HVORFOR): den faglige "
                    "begrundelse, viden og forventede effekt.",
                    f"Core element '{element.id}' lacks 'rationale:': the professional reasons, "
                    "knowledge and expected effect.",
                ),
            )


EN = """Every core element gives its professional rationale (`rationale`, HVORFOR).

A principle leaves many options open, so its rationale is what holds practice together.
"""

RULE = Rule("SP105", "core-element-rationale", rule_doc(__doc__, EN), check, todo=True)
