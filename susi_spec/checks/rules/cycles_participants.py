"""Seminarets deltagere nævnes ved rolle, aldrig ved navn.

Læringscirklerne udgives på sitet, og intet personligt må stå i udgivne filer. Skriv
rollen (`Projektledere fra de seks kommuner`, `Forældre`), eventuelt med `count`. En rolle,
der ligner et personnavn (et almindeligt fornavn efterfulgt af et ord med stort, eller et
fornavn alene), afvises.

Består:

```yaml
cycles:
  - number: 1
    version: 1
    period: {start: 2020-09-15}
    places: [ballerup]
    seminar:
      title: Metodeseminar 1
      date: 2020-08-20
      participants:
        - {role: Projektledere fra kommunerne, count: 6}
```

Fejler:

```yaml
cycles:
  - number: 1
    version: 1
    period: {start: 2020-09-15}
    places: [ballerup]
    seminar:
      title: Metodeseminar 1
      date: 2020-08-20
      participants:
        - {role: Mette Hansen, count: 1}
```
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.cycles_helpers import cycle_span, cycles
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.problems import Text

# Frequent Danish first names (Danmarks Statistik's most common, men and women): a role is
# words like "projektledere" and "forældre", so one of these before a capitalised word, or
# alone, is almost surely a person.
FIRST_NAMES = frozenset(
    """
    Anne Kirsten Mette Hanne Helle Anna Susanne Lene Maria Marianne Lone Camilla Pia Louise
    Charlotte Bente Tina Gitte Inge Karen Jette Ida Emma Sofie Julie Laura Maja Mathilde Freja
    Clara Ella Alma Karla Josefine Cecilie Katrine Line Rikke Trine Tanja Dorthe Birgit Eva
    Lisbeth Ulla Annette Christina Malene Heidi Nanna Signe Sara Stine Mia Lærke Caroline
    Peter Jens Michael Lars Henrik Thomas Søren Jan Christian Martin Niels Anders Morten Jesper
    Mads Rasmus Per Hans Jørgen Ole Kim Erik Mikkel Frederik Jakob Jacob Kasper Nikolaj Mathias
    Emil Oliver William Noah Lucas Victor Magnus Oscar Carl Alfred Malthe Tobias Jonas Simon
    Daniel Andreas Sebastian Steen Bo Torben Poul Bjarne Brian Claus Flemming Finn Allan Kurt
    Knud Jon Karsten Carsten Preben Leif Svend Kenneth Bent Palle Jimmy Dennis Johannes Villads
    """.split()  # noqa: SIM905 (a list of words reads best as words)
)
_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+")


def looks_like_name(role: str) -> bool:
    """Whether a role reads as a person's name: a first name alone, or before a surname."""
    words = role.split()
    if len(words) == 1:
        return words[0] in FIRST_NAMES
    return any(
        first in FIRST_NAMES and _WORD.fullmatch(second.strip(",.")) is not None
        for first, second in itertools.pairwise(words)
    )


def check(ctx: Context) -> Iterator[Finding]:
    for index, cycle in cycles(ctx):
        if cycle.seminar is None:
            continue
        for position, participant in enumerate(cycle.seminar.participants):
            if looks_like_name(participant.role):
                yield Finding(
                    cycle_span(ctx, index, "seminar", "participants", position, "role"),
                    Text(
                        f"'{participant.role}' ligner et personnavn. Deltagerne nævnes ved "
                        "rolle, aldrig ved navn, fx 'Projektleder fra Ballerup' eller "
                        "'Forældre'.",
                        f"'{participant.role}' looks like a person's name. Participants are "
                        "named by role, never by name, e.g. 'Projektleder fra Ballerup' or "
                        "'Forældre'.",
                    ),
                )


EN = """The seminar's participants are named by role, never by name.

The learning cycles are published on the site, and nothing personal may be in published
files. Write the role (`Projektledere fra de seks kommuner`, `Forældre`), with `count` if
you like. A role that looks like a person's name (a common first name followed by a
capitalised word, or a first name alone) is refused.
"""

RULE = Rule("SP505", "cycles-participants", rule_doc(__doc__, EN), check, applies_to="cycles")
