"""En tilpasning nævner et kerneelement i den version, den lokale udmøntning bygger på.

Et ukendt id er en stavefejl, et gammelt id eller et element fra en senere version.

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
  - core_element: koordinator
    how: En fast koordinator.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.local_helpers import (
    adaptation_span,
    adapted,
    followed,
    local_of,
)
from susi_spec.history.common_model import based_on_label
from susi_spec.model import Spec
from susi_spec.model.suggestions import did_you_mean
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    spec = followed(ctx)
    if spec is None:
        return
    label = based_on_label(local_of(ctx))
    for item in adapted(ctx):
        if item.element is None:
            wanted = item.adaptation.core_element
            hint_da, hint_en = _hint(wanted, spec, ctx)
            yield Finding(
                adaptation_span(ctx, item.index),
                Text(
                    f"'{wanted}' er ikke et kerneelement i {label} af den fælles model. {hint_da}",
                    f"'{wanted}' is not a core element of {label} of the common model. {hint_en}",
                ),
            )


def _hint(wanted: str, spec: Spec, ctx: Context) -> tuple[str, str]:
    """What the author probably meant: a renamed element, a later one, or a close id."""
    for element in spec.core_elements:
        if wanted in element.previous_ids:
            return (
                f"Det hedder nu '{element.id}'; skriv det id.",
                f"It is now called '{element.id}'; write that id.",
            )
    current = ctx.common.current if ctx.common is not None else None
    if current is not None and any(e.id == wanted for e in current.core_elements):
        return (
            "Det findes i en nyere version; ret based_on, hvis I følger den.",
            "It exists in a newer version; change based_on if you follow that one.",
        )
    hint = did_you_mean(wanted, [e.id for e in spec.core_elements], lead="")
    if hint.da:
        return hint.da, hint.en
    known = ", ".join(e.id for e in spec.core_elements)
    return f"Brug et af: {known}.", f"Use one of: {known}."


EN = """An adaptation names a core element of the version the local implementation is based on.

An unknown id is a typo, an old id, or an element of a later version.
"""

RULE = Rule("SP304", "local-unknown-core-element", rule_doc(__doc__, EN), check, applies_to="local")
