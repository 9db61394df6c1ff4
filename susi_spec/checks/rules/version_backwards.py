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
from susi_spec.labels import version_order
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    history = ctx.history
    if history is None or not history.releases:
        return
    spec = spec_of(ctx)
    newest = max(history.releases, key=lambda r: version_order(r.spec.version))
    if version_order(spec.version) < version_order(newest.spec.version):
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
