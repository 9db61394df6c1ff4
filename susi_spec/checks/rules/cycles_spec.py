"""Læringscirklerne hører til indsatsen i samme mappe: `spec` er dens id.

Filen `cycles.md` ligger ved siden af `index.md` og fortæller om dens læringscirkler, så
`spec` skal være indsatsens id, og indsatsen skal findes.

Består:

```yaml
spec: eksempel
```

Fejler:

```yaml
spec: en-anden-indsats
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.cycles_helpers import record_of
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    record = record_of(ctx)
    if ctx.spec is None:
        yield Finding(
            ctx.document.span(("spec",)),
            Text(
                "Der er ingen gyldig index.md ved siden af cycles.md. Læg filen i indsatsens "
                "mappe (specs/<id>/cycles.md), eller ret index.md først.",
                "There is no valid index.md beside cycles.md. Put the file in the spec's "
                "folder (specs/<id>/cycles.md), or fix index.md first.",
            ),
        )
    elif record.spec != ctx.spec.id:
        yield Finding(
            ctx.document.span(("spec",)),
            Text(
                f"spec: '{record.spec}' er ikke indsatsen i denne mappe. Skriv "
                f"'spec: {ctx.spec.id}'.",
                f"spec: '{record.spec}' is not the spec in this folder. Write "
                f"'spec: {ctx.spec.id}'.",
            ),
        )


EN = """The learning cycles belong to the spec in the same folder: `spec` is its id.

The file `cycles.md` lies beside `index.md` and tells of its learning cycles, so `spec`
must be that spec's id, and the spec must exist.
"""

RULE = Rule("SP501", "cycles-spec", rule_doc(__doc__, EN), check, applies_to="cycles")
