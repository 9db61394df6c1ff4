"""Versionsnummeret går aldrig tilbage under en version, der allerede er frigivet.

Før:

```yaml
version: 2
status: released
released: 2020-09-15
```

Består:

```yaml
version: 3
```

Fejler:

```yaml
version: 1
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text


def _number(version: int | str) -> int:
    return 1_000_000 if version == "final" else int(version)


def check(ctx: Context) -> Iterator[Finding]:
    history = ctx.history
    if history is None or not history.releases:
        return
    spec = spec_of(ctx)
    newest = max(history.releases, key=lambda r: _number(r.spec.version))
    if _number(spec.version) < _number(newest.spec.version):
        yield Finding(
            ctx.document.span(("version",)),
            Text(
                f"version går baglæns: {newest.label} er allerede frigivet, men filen siger "
                f"{spec.version}. Sæt version til {newest.spec.version} eller højere.",
                f"The version goes backwards: {newest.label} is already released, but the file "
                f"says {spec.version}. Set version to {newest.spec.version} or higher.",
            ),
        )


EN = """The version number never goes backwards below a version already released.
"""

RULE = Rule("SP403", "version-backwards", rule_doc(__doc__, EN), check)
