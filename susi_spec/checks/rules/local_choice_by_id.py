"""Et lokalt valg nævner mulighedens id, når retningslinjen giver den et.

Den gamle form, hvor `choice` gentager mulighedens hele tekst, læses stadig; noten siger,
hvilket id der skal stå i stedet, så en rettelse af mulighedens tekst ikke gør valget
ugyldigt.

Består:

```yaml
adaptations:
  - core_element: koordinering
    how: Familierådgiveren er koordinator.
  - core_element: inddragelse
    how: Familien vælger metoden ved opstartsmødet.
    choice: [familieraadslagning]
  - core_element: helhedssyn
    how: Et fælles møde hver måned på tværs af forvaltningerne.
```

Fejler:

```yaml
adaptations:
  - core_element: koordinering
    how: Familierådgiveren er koordinator.
  - core_element: inddragelse
    how: Familien vælger metoden ved opstartsmødet.
    choice: [Familierådslagning]
  - core_element: helhedssyn
    how: Et fælles møde hver måned på tværs af forvaltningerne.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.local_helpers import adaptation_span, adapted
from susi_spec.history.common_model import chosen_by_text
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    for item in adapted(ctx):
        element = item.element
        if element is None or "guideline" not in element.levels:
            continue
        for choice in item.adaptation.choice:
            option = chosen_by_text(element, choice)
            if option is not None and option.id != choice:
                yield Finding(
                    adaptation_span(ctx, item.index, "choice"),
                    Text(
                        f"Valget '{choice}' under '{element.id}' gentager mulighedens tekst. "
                        f"Skriv dens id, '{option.id}', i stedet.",
                        f"The choice '{choice}' under '{element.id}' repeats the option's text. "
                        f"Write its id, '{option.id}', instead.",
                    ),
                )


EN = """A local choice names the option's id when the guideline gives it one.

The old form, where `choice` repeats the option's whole text, still reads; the note says
which id to write instead, so that a correction of the option's text does not make the
choice invalid.
"""

RULE = Rule(
    "SP311",
    "local-choice-by-id",
    rule_doc(__doc__, EN),
    check,
    Severity.NOTE,
    applies_to="local",
)
