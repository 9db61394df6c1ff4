"""Brødteksten har de afsnit, versionen kræver, og der står tekst i hvert af dem.

v0 kræver `{#introduction}`; v1 og senere kræver alle ni afsnit: introduction, target-group,
knowledge-base, theory-of-change, content, implementation, competencies, documentation og
costs. Et afsnit findes ved ankeret i overskriften, så overskriftens tekst er fri.

Består:

```yaml
version: 0
```

```markdown
## Introduktion {#introduction}

Indsatsen samler familiens kontakt til kommunen.
```

Fejler:

```yaml
version: 1
```

```markdown
## Introduktion {#introduction}

Indsatsen samler familiens kontakt til kommunen.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import version_label
from susi_spec.checks.rules.placeholders import is_placeholder
from susi_spec.model.types import BODY_SECTIONS
from susi_spec.problems import Span, Text


def check(ctx: Context) -> Iterator[Finding]:
    required = list(BODY_SECTIONS) if ctx.version >= 1 else ["introduction"]
    end = Span(ctx.document.body_end_line, 1)
    for anchor in required:
        da, en = BODY_SECTIONS[anchor]
        section = ctx.document.section(anchor)
        if section is None:
            yield Finding(
                end,
                Text(
                    f"Afsnittet '{da}' mangler ({version_label(ctx)} kræver det). Tilføj en "
                    f"overskrift '## {da} {{#{anchor}}}' med tekst under.",
                    f"The section '{en}' is missing ({version_label(ctx)} requires it). Add a "
                    f"heading '## {da} {{#{anchor}}}' with text under it.",
                ),
            )
        elif is_placeholder(section.text):
            yield Finding(
                section.span,
                Text(
                    f"Afsnittet '{da}' har stadig skabelonens tekst. Skriv jeres egen tekst "
                    "under overskriften i stedet.",
                    f"The section '{en}' still has the template's text. Write your own text "
                    "under the heading instead.",
                ),
            )
        elif not section.has_content:
            yield Finding(
                section.span,
                Text(
                    f"Afsnittet '{da}' er tomt. Skriv teksten under overskriften.",
                    f"The section '{en}' is empty. Write its text under the heading.",
                ),
            )


EN = """The body has the sections its version needs, each with text in it.

v0 needs `{#introduction}`; v1 and later need all nine sections: introduction, target-group,
knowledge-base, theory-of-change, content, implementation, competencies, documentation,
costs. A section is found by its heading anchor, so the heading text is free.
"""

RULE = Rule("SP107", "body-sections", rule_doc(__doc__, EN), check, todo=True)
