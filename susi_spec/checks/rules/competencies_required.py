"""Fra v1 angiver beskrivelsen sine kompetencekrav (mindset, skillset, toolset).

Består:

```yaml
version: 1
competencies:
  - {id: anerkendende, kind: mindset, text: En anerkendende tilgang}
```

Fejler:

```yaml
version: 1
competencies: []
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import block_span, spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.version >= 1 and not spec_of(ctx).competencies:
        span, goes = block_span(ctx, "competencies")
        yield Finding(
            span,
            Text(
                "Kompetencekravene mangler. Tilføj 'competencies:' med krav af typen mindset, "
                f"skillset og toolset.{goes.da} Det kræves fra v1.",
                "The competency requirements are missing. Add 'competencies:' with mindset, "
                f"skillset and toolset requirements.{goes.en} Required from v1.",
            ),
        )


EN = """From v1, the spec states its competency requirements (mindset, skillset, toolset).
"""

RULE = Rule("SP110", "competencies-required", rule_doc(__doc__, EN), check, todo=True)
