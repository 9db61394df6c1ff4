"""En beskrivelses id er navnet på dens mappe (`specs/<id>/index.md`).

Grundeksemplet ligger i `specs/eksempel/index.md`.

Består:

```yaml
id: eksempel
```

Fejler:

```yaml
id: et-eksempel
```
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    path = PurePath(ctx.document.path)
    if path.name != "index.md":
        return
    folder = path.parent.name
    spec_id = spec_of(ctx).id
    if folder and spec_id != folder:
        yield Finding(
            ctx.document.span(("id",)),
            Text(
                f"id '{spec_id}' passer ikke med mappen '{folder}'. Giv mappen samme navn som "
                "id, eller ret id (før første frigivelse).",
                f"id '{spec_id}' does not match the folder '{folder}'. Name the folder after "
                "the id, or change the id (before the first release).",
            ),
        )


EN = """A spec's id is the name of its folder (`specs/<id>/index.md`).

The base example lies in `specs/eksempel/index.md`.
"""

RULE = Rule("SP016", "id-matches-folder", rule_doc(__doc__, EN), check)
