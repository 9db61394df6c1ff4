"""Fra v1 har beskrivelsen en forandringsteori med et problem, aktiviteter og resultater.

Består:

```yaml
version: 1
theory_of_change:
  problem: Familier møder mange uafhængige sagsbehandlere.
  nodes:
    - {id: opstartsmoede, kind: activity, text: Opstartsmøde, core_elements: [koordinering, inddragelse, helhedssyn]}
    - {id: overblik, kind: short_term_outcome, text: Familien har overblik}
  links:
    - {from: opstartsmoede, to: overblik}
```

Fejler:

```yaml
version: 1
theory_of_change:
  problem: Familier møder mange uafhængige sagsbehandlere.
  nodes:
    - {id: opstartsmoede, kind: activity, text: Opstartsmøde, core_elements: [koordinering, inddragelse, helhedssyn]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import block_span, spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.version < 1:
        return
    theory = spec_of(ctx).theory_of_change
    span, goes = block_span(ctx, "theory_of_change")
    if theory is None:
        yield Finding(
            span,
            Text(
                "Forandringsteorien mangler. Tilføj 'theory_of_change:' med problem, noder "
                f"(aktiviteter og resultater) og forbindelser.{goes.da} Det kræves fra v1.",
                "The theory of change is missing. Add 'theory_of_change:' with problem, nodes "
                f"(activities and outcomes) and links.{goes.en} Required from v1.",
            ),
        )
        return
    kinds = {node.kind for node in theory.nodes}
    missing_da = []
    missing_en = []
    if not (theory.problem and theory.problem.strip()):
        missing_da.append("'problem:'")
        missing_en.append("'problem:'")
    if "activity" not in kinds:
        missing_da.append("en aktivitet (kind: activity)")
        missing_en.append("an activity (kind: activity)")
    if not kinds & {"short_term_outcome", "medium_term_outcome", "long_term_outcome"}:
        missing_da.append("et resultat (kind: short_term_outcome eller senere)")
        missing_en.append("an outcome (kind: short_term_outcome or later)")
    if missing_da:
        yield Finding(
            span,
            Text(
                f"Forandringsteorien mangler {' og '.join(missing_da)}.",
                f"The theory of change lacks {' and '.join(missing_en)}.",
            ),
        )


EN = """From v1, the spec has a theory of change with a problem, activities and outcomes.
"""

RULE = Rule("SP109", "theory-of-change-required", rule_doc(__doc__, EN), check, todo=True)
