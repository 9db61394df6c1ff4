"""Hvert kerneelement siger, om det er dokumenteret eller antaget (`evidence`).

`evidence: documented` eller `evidence: presumed`.

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
    what: Hele familiens situation ses samlet.
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
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, element in elements(ctx):
        if element.evidence is None:
            yield Finding(
                element_span(ctx, index, "evidence"),
                Text(
                    f"Kerneelementet '{element.id}' mangler 'evidence:'. Skriv 'documented' "
                    "(dokumenteret) eller 'presumed' (formodet).",
                    f"Core element '{element.id}' lacks 'evidence:'. Write 'documented' or "
                    "'presumed'.",
                ),
            )


EN = """Every core element says whether it is documented or presumed (`evidence`).

`evidence: documented` or `evidence: presumed`.
"""

RULE = Rule("SP106", "core-element-evidence", rule_doc(__doc__, EN), check, todo=True)
