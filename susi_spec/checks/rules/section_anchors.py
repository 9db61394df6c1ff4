"""Afsnitsankre er kendte og bruges én gang; en stavefejl i et anker skjuler et afsnit.

Består:

```yaml
version: 0
```

```markdown
## Introduktion {#introduction}

Indsatsen samler familiens kontakt til kommunen.

## Målgruppe {#target-group}

Familier med et barn med handicap.
```

Fejler:

```yaml
version: 0
```

```markdown
## Introduktion {#introduction}

Indsatsen samler familiens kontakt til kommunen.

## Målgruppe {#target-groupe}

Familier med et barn med handicap.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.model.suggestions import did_you_mean
from susi_spec.model.types import BODY_SECTIONS
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    known = list(BODY_SECTIONS)
    for section in ctx.document.sections:
        if section.anchor in seen:
            yield Finding(
                section.span,
                Text(
                    f"Ankeret {{#{section.anchor}}} står på to overskrifter. Slå afsnittene "
                    "sammen, eller ret det ene anker.",
                    f"The anchor {{#{section.anchor}}} is on two headings. Merge the sections, "
                    "or fix one anchor.",
                ),
            )
        elif section.anchor not in known:
            hint = did_you_mean(section.anchor, known, shown="{{#{}}}", lead="", trail=" ")
            yield Finding(
                section.span,
                Text(
                    f"Ankeret {{#{section.anchor}}} er ikke et af de ni afsnit. {hint.da}"
                    f"Kendte ankre: {', '.join(known)}.",
                    f"The anchor {{#{section.anchor}}} is not one of the nine sections. "
                    f"{hint.en}Known anchors: {', '.join(known)}.",
                ),
            )
        seen.add(section.anchor)


EN = """Section anchors are known and used once; a typo in an anchor hides a section.
"""

RULE = Rule("SP210", "section-anchors", rule_doc(__doc__, EN), check, Severity.WARNING)
