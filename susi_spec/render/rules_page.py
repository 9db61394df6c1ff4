"""The site's page «Regler»: every code `susi check` reports, with its examples, in Danish."""

from __future__ import annotations

from susi_spec.checks.rules import ALL_RULES, Rule
from susi_spec.checks.rules.doc import LABELS, base_example
from susi_spec.render.html import heading_md
from susi_spec.render.markdown import render_markdown
from susi_spec.render.model import Page

RULES_URI = "om/regler.md"

# The families of codes, by the first digit after SP (see checks/rules/__init__.py).
_FAMILIES = {
    "0": "Fil, YAML og skema (SP0xx)",
    "1": "Fuldstændighed efter version og niveau (SP1xx)",
    "2": "Henvisninger og sporbarhed (SP2xx)",
    "3": "Lokale udmøntninger (SP3xx)",
    "4": "Historik og frigivelse (SP4xx)",
    "5": "Læringscirkler (SP5xx)",
    "6": "Opfølgning og personoplysninger (SP6xx)",
}
_SEVERITY = {"error": "fejl", "warning": "advarsel", "note": "note"}

# Links are site addresses: the blocks are HTML, which MkDocs does not rewrite.
_INTRO = """\
`susi check` tjekker hver indsatsbeskrivelse og lokal udmøntning mod reglerne herunder. Hver
melding har en kode (fx `SP104`) og peger på fil, linje og kolonne. I terminalen viser
`susi rules` listen, og `susi rules --explain SP104` forklarer én regel med eksempler.
Alvorligheden kan ændres pr. regel i `pyproject.toml` under `[tool.susi.rules]`.
Formatet selv er beskrevet i [Formatet](../format/).

Eksemplerne viser kun de nøgler, der afviger fra grundeksemplet nederst på siden; en blok
med brødtekst erstatter grundeksemplets brødtekst. En lokal udmøntnings eksempler følger
grundeksemplets fælles model, frigivet som v1, og et eksempel under *Før* er committet
tidligere. Andre regler kan have noget at melde om et eksempel (fx når det kun har ét
kerneelement); eksemplet viser kun sin egen regel.
"""


def render_rules_page() -> Page:
    """The rules page: one section per family, one entry per code."""
    parts = [heading_md(1, "Regler", "regler"), render_markdown(_INTRO)]
    for digit, family in _FAMILIES.items():
        parts.append(heading_md(2, family, f"sp{digit}xx"))
        for rule in ALL_RULES:
            if rule.code[2] == digit:
                parts += _rule_parts(rule)
    parts.append(heading_md(2, "Grundeksemplet", "grundeksemplet"))
    for kind, title in (
        ("spec", "specs/eksempel/index.md"),
        ("local", "specs/eksempel/local/ballerup.md"),
        ("cycles", "specs/eksempel/cycles.md"),
        ("results", "specs/eksempel/local/ballerup/opfoelgning/2021-03-01.md"),
    ):
        parts.append(render_markdown(f"`{title}`:\n\n````markdown\n{base_example(kind)}````\n"))
    return Page(RULES_URI, "Regler", tuple(parts), "rules")


def _rule_parts(rule: Rule) -> list[str]:
    doc = rule.doc
    text = [f"**{_SEVERITY[rule.severity.value].capitalize()}** · {doc.summary.da}"]
    if doc.explanation.da:
        text.append(doc.explanation.da)
    for kind, example in doc.examples():
        text.append(f"*{LABELS[kind].da}:*\n\n```yaml\n{example.front}```")
        if example.body is not None:
            text.append(f"*{LABELS['body'].da}:*\n\n```markdown\n{example.body}```")
    heading = heading_md(3, f"{rule.code} {rule.name}", rule.code.lower())
    return [heading, render_markdown("\n\n".join(text) + "\n")]
