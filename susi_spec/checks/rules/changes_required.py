"""Fra v2 forklarer `changes`, hvordan versionen adskiller sig fra den forrige (FRAME).

I et udkast, der lige er startet, står de på listen over det, der mangler; til gennemsyn og
frigivelse er det en fejl.

Består:

```yaml
version: 2
status: review
changes:
  - what: Inddragelse er strammet til en retningslinje.
    why: Kommunerne inddrog familierne meget forskelligt.
    core_elements: [inddragelse]
```

Fejler:

```yaml
version: 2
status: review
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import block_span, spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    spec = spec_of(ctx)
    if ctx.version >= 2 and not spec.changes:
        span, goes = block_span(ctx, "changes")
        yield Finding(
            span,
            Text(
                "Ændringerne fra forrige version er ikke forklaret. Tilføj 'changes:' med what, "
                f"why og decided_by for hver ændring.{goes.da} Det kræves fra v2.",
                "The changes since the previous version are not explained. Add 'changes:' with "
                f"what, why and decided_by for each change.{goes.en} Required from v2.",
            ),
        )


EN = """From v2, `changes` explains how this version differs from the previous one (FRAME).

In a draft just started they are on the to-do list; for review and release it is an error.
"""

RULE = Rule("SP116", "changes-required", rule_doc(__doc__, EN), check, todo=True)
