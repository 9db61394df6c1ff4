"""Hver version har mindst ét kerneelement.

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
core_elements: []
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import block_span, spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if not spec_of(ctx).core_elements:
        span, goes = block_span(ctx, "core_elements")
        yield Finding(
            span,
            Text(
                "Der er ingen kerneelementer. Tilføj mindst ét under 'core_elements:' med id, "
                f"title, level, what og rationale.{goes.da}",
                "There are no core elements. Add at least one under 'core_elements:' with id, "
                f"title, level, what and rationale.{goes.en}",
            ),
        )


EN = """Every version has at least one core element.
"""

RULE = Rule("SP103", "core-elements-required", rule_doc(__doc__, EN), check, todo=True)
