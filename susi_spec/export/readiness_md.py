"""`readiness-md`: implementation reflection questions per level, with the spec's own notes.

For each of the four levels (individual, interpersonal, institutional, infrastructural):
what the level covers, its factors, the questions as a task list, and beside them what the
spec's `implementation` block says for that level, or **Mangler** where it says nothing.
"""

from __future__ import annotations

from susi_spec.diff.reports.escape import md_escape
from susi_spec.export.origin import Origin
from susi_spec.export.readiness_questions import LEVELS, PROCESS
from susi_spec.export.words import LEVELS_OF_IMPLEMENTATION, MISSING, Pair, pick
from susi_spec.model import Spec

TITLE: Pair = ("Implementeringsparathed", "Implementation readiness")
_INTRO: Pair = (
    "Refleksionsspørgsmål fra Socialstyrelsens ramme for implementering (2019), kort gengivet, "
    "på de fire implementeringsniveauer. Ved hvert niveau står beskrivelsens egne noter "
    "(`implementation`). Spørgsmålene er en tjekliste til planlægningen; nogle er afklaret, "
    "før implementeringen begynder.",
    "Reflection questions from the Danish National Board of Social Services' implementation "
    "framework (2019), condensed, on the four implementation levels. Each level shows the "
    "description's own notes (`implementation`). The questions are a checklist for planning; "
    "some are settled before the implementation starts.",
)
_NO_NOTES: Pair = (
    "beskrivelsen har ingen noter om dette niveau",
    "the description has no notes on this level",
)


def render(spec: Spec, origin: Origin, lang: str) -> bytes:
    block = spec.implementation
    notes = {level.key: list(getattr(block, level.key)) if block else [] for level in LEVELS}
    label = pick(("Indsatsbeskrivelse", "Intervention description"), lang)
    about = f"{origin.describe(lang)}, {origin.where(lang)}"
    out = [
        f"# {pick(TITLE, lang)}: {md_escape(spec.title)}",
        "",
        f"{label} `{spec.id}`: {md_escape(about)}.",
        "",
        pick(_INTRO, lang),
        "",
        "| {} | {} | {} |".format(
            pick(("Niveau", "Level"), lang),
            pick(("Spørgsmål", "Questions"), lang),
            pick(("Noter i beskrivelsen", "Notes in the description"), lang),
        ),
        "|---|---|---|",
    ]
    for level in LEVELS:
        count = len(notes[level.key])
        shown = str(count) if count else f"**{pick(MISSING, lang)}**"
        out.append(f"| {_name(level.key, lang)} | {len(level.questions)} | {shown} |")
    out += ["", f"## {pick(('Før I går i gang', 'Before you start'), lang)}", ""]
    out.extend(f"- [ ] {pick(question, lang)}" for question in PROCESS)
    for level in LEVELS:
        out += ["", f"## {_name(level.key, lang)}", "", pick(level.about, lang), ""]
        out.append(f"*{pick(('Faktorer', 'Factors'), lang)}:* {pick(level.factors, lang)}")
        out += ["", f"### {pick(('Spørgsmål', 'Questions'), lang)}", ""]
        out.extend(f"- [ ] {pick(question, lang)}" for question in level.questions)
        heading = pick(("Det siger beskrivelsen", "What the description says"), lang)
        out += ["", f"### {heading} (`implementation.{level.key}`)", ""]
        if notes[level.key]:
            out.extend(f"- {md_escape(note)}" for note in notes[level.key])
        else:
            out.append(f"**{pick(MISSING, lang)}:** {pick(_NO_NOTES, lang)}.")
    return ("\n".join(out) + "\n").encode("utf-8")


def _name(key: str, lang: str) -> str:
    """`Individuelt niveau – kompetencer`."""
    name, hint = LEVELS_OF_IMPLEMENTATION[key]
    return f"{pick(name, lang)} – {pick(hint, lang).lower()}"
