"""Fra v1 nævner hvert kerneelement sine aktiviteter (`activities`, HVORDAN).

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
    rationale: Problemer hænger sammen på tværs af forvaltninger.
    practice_profile: {expected: Planen dækker hele familien.}
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
        if not element.activities:
            yield Finding(
                element_span(ctx, index, "activities"),
                Text(
                    f"Kerneelementet '{element.id}' mangler 'activities:' (HVORDAN): hvad "
                    "praksis gør. Det kræves fra v1.",
                    f"Core element '{element.id}' lacks 'activities:': what practice does. "
                    "Required from v1.",
                ),
            )


EN = """From v1, every core element lists its activities (`activities`, HVORDAN).
"""

RULE = Rule("SP108", "core-element-activities", rule_doc(__doc__, EN), check, todo=True)
