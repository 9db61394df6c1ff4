"""En opfølgning har ét resultat pr. troskabskriterium.

Består:

```yaml
fidelity:
  - core_element: koordinering
    criterion: familien-kender-navnet-paa-sin-koordinator
    result: done
```

Fejler:

```yaml
fidelity:
  - core_element: koordinering
    criterion: familien-kender-navnet-paa-sin-koordinator
    result: done
  - core_element: koordinering
    criterion: familien-kender-navnet-paa-sin-koordinator
    result: not_done
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.results_helpers import follow_up_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    first: dict[tuple[str, str], int] = {}
    for index, result in enumerate(follow_up_of(ctx).fidelity):
        key = (result.core_element, result.criterion)
        if key not in first:
            first[key] = index
            continue
        line = ctx.document.span(("fidelity", first[key], "criterion")).line
        yield Finding(
            ctx.document.span(("fidelity", index, "criterion")),
            Text(
                f"'{result.criterion}' har allerede et resultat (linje {line}). Behold ét, og "
                "skriv det, der skal med, i dets note.",
                f"'{result.criterion}' already has a result (line {line}). Keep one, and write "
                "what belongs with it in its note.",
            ),
        )


EN = """A follow-up has one result per fidelity criterion.
"""

RULE = Rule(
    "SP604", "results-one-per-criterion", rule_doc(__doc__, EN), check, applies_to="results"
)
