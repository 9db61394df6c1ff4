"""En afvigelse fra en aktivitet nævner en aktivitet i kerneelementet, ved dens id eller tekst.

En afvigelse fra én aktivitet (`activity_deviations`) vurderes efter aktivitetens eget
specifikationsniveau; en aktivitet, elementet ikke har, kan ikke vurderes.

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
    activity_deviations:
      - activity: Sagsbehandlerne deler viden på tværs.
        deviation: Videndelingen sker på et fælles møde i stedet for i journalen.
```

Fejler:

```yaml
adaptations:
  - core_element: koordinering
    how: Familierådgiveren er koordinator.
  - core_element: inddragelse
    how: Familien vælger metoden ved opstartsmødet.
    choice: [familieraadslagning]
  - core_element: helhedssyn
    how: Et fælles møde hver måned på tværs af forvaltningerne.
    activity_deviations:
      - activity: faelles-journal
        deviation: Vi har ingen fælles journal.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.local_helpers import adapted
from susi_spec.model.suggestions import did_you_mean
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for item in adapted(ctx):
        element = item.element
        if element is None:
            continue  # SP304's case
        for number, written in enumerate(item.adaptation.activity_deviations):
            if element.step(written.activity) is not None:
                continue
            ids = [step.id for step in element.steps if step.id]
            hint = did_you_mean(written.activity, ids, lead="")
            known = ", ".join(ids) or "–"
            path = ("adaptations", item.index, "activity_deviations", number, "activity")
            yield Finding(
                ctx.document.span(path, key=True),
                Text(
                    f"'{element.id}' har ingen aktivitet '{written.activity}'. "
                    + (hint.da or f"Nævn aktiviteten ved dens id eller tekst: {known}."),
                    f"'{element.id}' has no activity '{written.activity}'. "
                    + (hint.en or f"Name the activity by its id or text: {known}."),
                ),
            )


EN = """A departure from an activity names an activity of the core element, by its id or text.

A departure from one activity (`activity_deviations`) is judged by the activity's own
specification level; an activity the element does not have cannot be judged.
"""

RULE = Rule("SP313", "local-unknown-activity", rule_doc(__doc__, EN), check, applies_to="local")
