"""Hvert kerneelement siger, hvad det er (`what`, HVAD).

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
    what: ""
    activities: [Sagsbehandlerne deler viden på tværs.]
    rationale: Problemer hænger sammen på tværs af forvaltninger.
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
        if is_placeholder(element.what or ""):
            yield Finding(
                element_span(ctx, index, "what"),
                Text(
                    f"Kerneelementet '{element.id}' har stadig skabelonens tekst i 'what:' "
                    "(HVAD). Skriv i stedet en kort, præcis beskrivelse af funktionen eller princippet.",
                    f"Core element '{element.id}' still has the template's text in 'what:'. "
                    "Write instead a short, precise description of the function or principle.",
                ),
            )
        elif missing(element.what):
            yield Finding(
                element_span(ctx, index, "what"),
                Text(
                    f"Kerneelementet '{element.id}' mangler 'what:' (HVAD): en kort, præcis "
                    "beskrivelse af funktionen eller princippet.",
                    f"Core element '{element.id}' lacks 'what:': a short, precise description "
                    "of the function or principle.",
                ),
            )


EN = """Every core element says what it is (`what`, HVAD).
"""

RULE = Rule("SP104", "core-element-what", rule_doc(__doc__, EN), check, todo=True)
