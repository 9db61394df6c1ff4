"""En frigivet version har en frigivelsesdato; et udkast har ingen.

Består:

```yaml
status: released
released: 2020-09-15
```

Fejler:

```yaml
status: released
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    spec = spec_of(ctx)
    if spec.status == "released" and spec.released is None:
        yield Finding(
            ctx.document.span(("status",)),
            Text(
                "Versionen er frigivet, men datoen mangler. Tilføj 'released: ÅÅÅÅ-MM-DD' "
                "(eller brug 'susi release', der sætter den).",
                "The version is released, but has no date. Add 'released: YYYY-MM-DD' (or use "
                "'susi release', which sets it).",
            ),
        )
    elif spec.status != "released" and spec.released is not None:
        yield Finding(
            ctx.document.span(("released",), key=True),
            Text(
                f"'released:' er sat, men status er '{spec.status}'. Slet datoen, eller sæt "
                "status til released.",
                f"'released:' is set, but status is '{spec.status}'. Delete the date, or set "
                "status to released.",
            ),
        )


EN = """A released version has a release date; a draft has none.
"""

RULE = Rule("SP115", "released-date", rule_doc(__doc__, EN), check)
