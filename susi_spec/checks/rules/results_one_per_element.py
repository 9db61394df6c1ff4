"""En opfølgning har én vurdering pr. kerneelement i praksisprofilen.

Består:

```yaml
practice_profile:
  - core_element: koordinering
    assessment: expected
```

Fejler:

```yaml
practice_profile:
  - core_element: koordinering
    assessment: expected
  - core_element: koordinering
    assessment: unacceptable
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.results_helpers import follow_up_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for index, assessment in enumerate(follow_up_of(ctx).practice_profile):
        element = assessment.core_element
        if element not in first:
            first[element] = index
            continue
        line = ctx.document.span(("practice_profile", first[element], "core_element")).line
        yield Finding(
            ctx.document.span(("practice_profile", index, "core_element")),
            Text(
                f"'{element}' har allerede en vurdering (linje {line}). Behold én, og skriv "
                "det, der skal med, i dens note.",
                f"'{element}' already has an assessment (line {line}). Keep one, and write "
                "what belongs with it in its note.",
            ),
        )


EN = """A follow-up has one assessment per core element in the practice profile.
"""

RULE = Rule("SP608", "results-one-per-element", rule_doc(__doc__, EN), check, applies_to="results")
