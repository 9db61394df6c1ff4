"""En opfølgnings dato passer: efter frigivelsen, ikke i fremtiden, og som filens navn.

Datoen er ikke før den fulgte version blev frigivet, ikke i fremtiden, og den samme som
filens navn (`<dato>.md`), så der er én fil pr. dato.

Består:

```yaml
date: 2021-03-01
```

Fejler:

```yaml
date: 2020-03-01
```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import PurePath

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.results_helpers import follow_up_of, followed_version
from susi_spec.labels import version_label
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    follow_up = follow_up_of(ctx)
    day = follow_up.date
    span = ctx.document.span(("date",))
    spec = followed_version(ctx)
    label = version_label(follow_up.based_on)
    if day > dt.date.today():
        yield Finding(
            span,
            Text(
                f"date: {day} ligger i fremtiden. Skriv den dag, resultaterne gælder.",
                f"date: {day} is in the future. Write the day the results are for.",
            ),
        )
    elif spec is not None and spec.released is not None and day < spec.released:
        yield Finding(
            span,
            Text(
                f"date: {day} er før {label} blev frigivet ({spec.released}). Ret datoen, eller "
                "skriv i based_on den version, stedet fulgte dengang.",
                f"date: {day} is before {label} was released ({spec.released}). Fix the date, "
                "or write in based_on the version the place followed then.",
            ),
        )
    name = PurePath(ctx.document.path).stem
    if name != day.isoformat():
        yield Finding(
            span,
            Text(
                f"Filen hedder {name}.md, men date er {day}. Omdøb filen til {day}.md (git mv), "
                "så der er én fil pr. dato.",
                f"The file is named {name}.md, but date is {day}. Rename it to {day}.md "
                "(git mv), so that there is one file per date.",
            ),
        )


EN = """A follow-up's date fits: after the release, not in the future, and as the file's name.

The date is not before the version followed was released, not in the future, and the same
as the file's name (`<date>.md`), so that there is one file per date.
"""

RULE = Rule("SP605", "results-date", rule_doc(__doc__, EN), check, applies_to="results")
