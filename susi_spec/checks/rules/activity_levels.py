"""Et kerneelements niveau gælder hele elementet; en aktivitet må være strammere, ikke løsere.

En aktivitet kan have sit eget specifikationsniveau: en regel i et princip ("lad altid den
unge indlede mødet"), et valg i et princip. Elementets `level` er det, der gælder for det
hele, så en aktivitet, der er løsere end sit element, modsiger det: skriv elementet på den
løseste dels niveau, og giv de faste dele deres eget. Valgmuligheder og en valgregel hører
til en aktivitet, der er en retningslinje. Et operativt princip (`type:
operative_principle`) er et princip. Et troskabskriterium, der nævner en aktivitet
(`activity:`), nævner en, elementet har, og to aktiviteter har ikke samme id.

Består:

```yaml
core_elements:
  - id: koordinering
    title: Koordineret sagsbehandling
    level: rule
    evidence: presumed
    what: Familien har én fast koordinator.
    activities: [Koordinatoren holder et opstartsmøde med familien.]
    rationale: Én indgang giver overblik og tryghed.
    fidelity: [Familien kender navnet på sin koordinator.]
  - id: inddragelse
    title: Inddragelse af familien
    level: principle
    type: operative_principle
    evidence: presumed
    what: Familien er med til at sætte målene.
    activities:
      - Familien og koordinatoren aftaler fælles mål.
      - {id: unge-indleder, text: Lad altid den unge indlede mødet., level: rule}
    rationale: Mål, familien ejer, bliver fulgt.
    fidelity:
      - {id: indledt, text: Den unge indledte mødet., activity: unge-indleder}
```

Fejler:

```yaml
core_elements:
  - id: koordinering
    title: Koordineret sagsbehandling
    level: rule
    evidence: presumed
    what: Familien har én fast koordinator.
    activities:
      - Koordinatoren holder et opstartsmøde med familien.
      - text: Mødet tilrettelægges, så familien ejer det.
        level: principle
    rationale: Én indgang giver overblik og tryghed.
    fidelity: [Familien kender navnet på sin koordinator.]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import activity_span, element_span, elements, level_da
from susi_spec.model import Activity
from susi_spec.model.types import LEVEL_ORDER
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, element in elements(ctx):
        if element.type == "operative_principle" and element.level != "principle":
            yield Finding(
                element_span(ctx, index, "type"),
                Text(
                    f"'{element.id}' er et operativt princip, men har 'level: {element.level}'. "
                    "Et operativt princip er et princip: skriv 'level: principle' og giv de "
                    "faste aktiviteter deres eget niveau, eller vælg 'type: practice_element'.",
                    f"'{element.id}' is an operative principle but has 'level: {element.level}'. "
                    "An operative principle is a principle: write 'level: principle' and give "
                    "the fixed activities their own level, or choose 'type: practice_element'.",
                ),
            )
        seen: set[str] = set()
        for number, written in enumerate(element.activities):
            if isinstance(written, Activity):
                yield from _activity(ctx, index, number, written, element.id, element.level)
                if written.id is not None and written.id in seen:
                    yield Finding(
                        activity_span(ctx, index, number, "id"),
                        Text(
                            f"To aktiviteter i '{element.id}' har id'et '{written.id}'. Giv "
                            "hver sit eget id.",
                            f"Two activities of '{element.id}' have the id '{written.id}'. Give "
                            "each its own id.",
                        ),
                    )
                seen.add(written.id or "")  # "" is no id
        names = {step.id for step in element.steps}
        for number, criterion in enumerate(element.fidelity):
            wanted = None if isinstance(criterion, str) else criterion.activity
            if wanted and element.step(wanted) is None:
                known = ", ".join(sorted(n for n in names if n)) or "–"
                yield Finding(
                    ctx.document.span(
                        ("core_elements", index, "fidelity", number, "activity"), key=True
                    ),
                    Text(
                        f"Kriteriet nævner aktiviteten '{wanted}', men '{element.id}' har ingen "
                        f"aktivitet med det id eller den tekst. Brug et af: {known}.",
                        f"The criterion names the activity '{wanted}', but '{element.id}' has no "
                        f"activity with that id or text. Use one of: {known}.",
                    ),
                )


def _activity(
    ctx: Context, index: int, number: int, activity: Activity, element_id: str, level: str
) -> Iterator[Finding]:
    own = activity.level
    if own is not None and LEVEL_ORDER[own] < LEVEL_ORDER[level]:
        yield Finding(
            activity_span(ctx, index, number, "level"),
            Text(
                f"En aktivitet i '{element_id}' er {level_da(own)}, men elementet er "
                f"{level_da(level)}. Elementets niveau gælder det hele: skriv 'level: {own}' på "
                f"elementet, og 'level: {level}' på de aktiviteter, der er faste.",
                f"An activity of '{element_id}' is a {own}, but the element is a {level}. The "
                f"element's level holds for all of it: write 'level: {own}' on the element, and "
                f"'level: {level}' on the activities that are fixed.",
            ),
        )
    held = own or level
    for key in ("options", "decision_rule"):
        if getattr(activity, key) and held != "guideline":
            yield Finding(
                activity_span(ctx, index, number, key),
                Text(
                    f"En aktivitet i '{element_id}' har '{key}:', men er {level_da(held)}. "
                    "Valgmuligheder og en valgregel hører til en retningslinje: skriv "
                    f"'level: guideline' på aktiviteten, eller slet '{key}:'.",
                    f"An activity of '{element_id}' has '{key}:' but is a {held}. Options and "
                    "a decision rule belong to a guideline: write 'level: guideline' on the "
                    f"activity, or delete '{key}:'.",
                ),
            )


EN = """A core element's level holds for all of it; an activity may be tighter, not looser.

An activity may have a specification level of its own: a rule within a principle ("always
let the young person open the meeting"), a choice within a principle. The element's `level`
is what holds for the whole, so an activity looser than its element contradicts it: write
the element at the level of its loosest part, and give the fixed parts their own. Options
and a decision rule belong to an activity that is a guideline. An operative principle
(`type: operative_principle`) is a principle. A fidelity criterion that names an activity
(`activity:`) names one its element has, and no two activities share an id.
"""

RULE = Rule("SP127", "activity-levels", rule_doc(__doc__, EN), check)
