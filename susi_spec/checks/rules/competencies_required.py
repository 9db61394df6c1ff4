"""From v1, the spec states its competency requirements (mindset, skillset, toolset).

Passes (v1): `competencies: [{id: anerkendende, kind: mindset, text: ...}]`
Fails (v1): no `competencies`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.version >= 1 and not spec_of(ctx).competencies:
        yield Finding(
            ctx.document.span(("competencies",), key=True),
            Text(
                "Kompetencekravene mangler. Tilføj 'competencies:' med krav af typen mindset, "
                "skillset og toolset. Det kræves fra v1.",
                "The competency requirements are missing. Add 'competencies:' with mindset, "
                "skillset and toolset requirements. Required from v1.",
            ),
        )


RULE = Rule("SP110", "competencies-required", summary_of(__doc__), check)
