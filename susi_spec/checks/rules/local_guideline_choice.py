"""Et lokalt valg er en af retningslinjens muligheder (et valg uden for dem skal gennemgås).

Et valg (`choice`) på en regel eller et princip, som ikke har muligheder, skal også
gennemgås.

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
    choice: [Åben dialog]
  - core_element: helhedssyn
    how: Et fælles møde hver måned på tværs af forvaltningerne.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.local_helpers import adaptation_span, adapted
from susi_spec.history.common_model import is_offered
from susi_spec.model.core_element import option_label
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    for item in adapted(ctx):
        element = item.element
        if element is None or not item.adaptation.choice:
            continue
        span = adaptation_span(ctx, item.index, "choice")
        if "guideline" not in element.levels:  # neither it nor an activity offers a choice
            level = {"rule": "en regel", "principle": "et princip"}[element.level]
            yield Finding(
                span,
                Text(
                    f"'{element.id}' er {level} og har ingen muligheder at vælge imellem. "
                    "Fjern 'choice:' og beskriv jeres praksis under 'how:'.",
                    f"'{element.id}' is a {element.level} and offers no options to choose from. "
                    "Remove 'choice:' and describe your practice under 'how:'.",
                ),
            )
            continue
        for choice in item.adaptation.choice:
            if not is_offered(element, choice):
                options = "; ".join(map(option_label, element.all_options))
                yield Finding(
                    span,
                    Text(
                        f"'{choice}' er ikke en af retningslinjens muligheder for '{element.id}' "
                        f"({options}). Vælg blandt dem, eller beskriv valget under 'deviation:', "
                        "så det kan gennemgås.",
                        f"'{choice}' is not one of the guideline's options for '{element.id}' "
                        f"({options}). Choose among them, or describe the choice under "
                        "'deviation:' so that it can be reviewed.",
                    ),
                )


EN = """A local choice is one of the guideline's options (a choice outside them is for review).

A `choice` on a rule or a principle, which offer no options, is for review too.
"""

RULE = Rule(
    "SP306",
    "local-guideline-choice",
    rule_doc(__doc__, EN),
    check,
    Severity.WARNING,
    applies_to="local",
)
