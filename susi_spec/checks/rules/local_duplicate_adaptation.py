"""Hvert kerneelement tilpasses én gang i en lokal udmøntning.

Består:

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
  - core_element: koordinering
    how: Sagsbehandleren er koordinator.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.local_helpers import adaptation_span, local_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for index, adaptation in enumerate(local_of(ctx).adaptations):
        element = adaptation.core_element
        if element in first:
            line = adaptation_span(ctx, first[element]).line
            yield Finding(
                adaptation_span(ctx, index),
                Text(
                    f"'{element}' er allerede tilpasset i linje {line}. Saml beskrivelsen i én "
                    "tilpasning.",
                    f"'{element}' is already adapted on line {line}. Put the description in one "
                    "adaptation.",
                ),
            )
        else:
            first[element] = index


EN = """Each core element is adapted once in a local implementation.
"""

RULE = Rule("SP310", "local-duplicate-adaptation", rule_doc(__doc__, EN), check, applies_to="local")
