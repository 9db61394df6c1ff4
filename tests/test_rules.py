"""Every rule passes a good spec and reports a bad one at its exact line and column.

Cases are tests/fixtures/valid_v1.md (or a small v0 spec) with one edit, which keeps the
lines above it in place; positions are (code, line, column) of the edited text, yamllint style.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import NamedTuple

import pytest

import susi_spec.checks.rules
from conftest import check_text, codes
from susi_spec.checks.checker import check_paths
from susi_spec.checks.rules import ALL_RULES, CHECK_RULES
from susi_spec.problems import Severity

SPEC = "specs/demo/index.md"
VALID = (Path(__file__).parent / "fixtures" / "valid_v1.md").read_text(encoding="utf-8")

# The smallest complete v0: title, summary, target group, core elements with what and
# rationale, and the introduction. No activities, theory of change or fidelity yet.
V0 = """\
---
schema: susi-spec/1
id: demo
title: Demo-indsats
summary: En lille indsats i sin første version.
version: 0
status: draft
target_group:
  description: Familier med et barn med handicap.
core_elements:
  - id: koordinering
    title: Koordineret sagsbehandling
    level: rule
    evidence: presumed
    what: Familien har én fast koordinator.
    rationale: Én indgang giver overblik og tryghed.
  - id: helhedssyn
    title: Helhedssyn
    level: principle
    evidence: documented
    what: Hele familiens situation ses samlet.
    rationale: Problemer hænger sammen på tværs af forvaltninger.
---

## Introduktion {#introduction}

Indsatsen samler familiens kontakt til kommunen.
"""

V0_ELEMENTS = V0[V0.index("  - id: koordinering") : V0.index("---\n\n## Intro")]


def edit(text: str, *replacements: tuple[str, str]) -> str:
    """Apply each (old, new) replacement; `old` must occur exactly once."""
    for old, new in replacements:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return text


def after(anchor: str, added: str) -> tuple[str, str]:
    """A replacement that inserts `added` right after the unique `anchor`."""
    return anchor, anchor + added


DOSE = "  dose: Et møde om måneden i et år.\n"  # the last front matter line (66)
STATUS = "status: released\nreleased: 2020-09-15\n"
DRAFT = ("status: released\nreleased: 2020-09-15\n", "status: draft\n")
V2 = edit(VALID, ("version: 1\n", "version: 2\n"))


def changes(*names: str) -> str:
    """A four-line `changes:` block whose one change names the given core elements."""
    return (
        "changes:\n"
        "  - what: Inddragelse er strammet.\n"
        "    why: Metodeseminaret ønskede faste valg.\n"
        f"    core_elements: [{', '.join(names)}]\n"
    )


# The final version's indicators, tied to the theory of change's two outcomes (one line;
# the first takes its instrument from its node).
TIED = (
    "  indicators: [{id: overblik-maalt, what: Familiens oplevede overblik, nodes: [overblik], "
    "timing: Ved start og slut, source: Familien}, {id: trivsel-maalt, what: Familiens trivsel, "
    "nodes: [trivsel], instrument: Spørgeskema, timing: Efter et år, source: Familien}]\n"
)

# A v1's documentation model, planned: both outcomes measured, each with what and when.
PLANNED = (
    "documentation:\n  indicators:\n"
    "    - {id: overblik-maalt, what: Oplevet overblik, nodes: [overblik], timing: Ved slut}\n"
    "    - {id: trivsel-maalt, what: Trivsel, nodes: [trivsel], timing: Efter et år}\n"
)

# A complete final version: the guideline has fidelity criteria (two lines after line 35,
# so everything below moves down by two), and documentation, changes and costs follow the
# delivery block at lines 69-81.
FINAL_EXTRAS = f"""\
documentation:
{TIED}  tools: [Spørgeskema]
changes:
  - what: Inddragelse har fået et troskabskriterium.
    why: Pilotafprøvningen viste, at valget skal kunne følges op.
    decided_by: Styregruppen
    core_elements: [inddragelse]
costs:
  preparation: To dages planlægning.
  training: Et kursus for koordinatorerne.
  operation: En koordinator pr. 30 familier.
  equipment: Ingen.
"""
GUIDELINE_FIDELITY = after(
    "    decision_rule: Familien vælger metoden ved opstartsmødet.\n",
    "    fidelity:\n      - Metoden er noteret i journalen.\n",
)
FINAL = edit(
    VALID, ("version: 1\n", "version: final\n"), GUIDELINE_FIDELITY, after(DOSE, FINAL_EXTRAS)
)

V0_THEORY = """\
theory_of_change:
  problem: Familier møder mange sagsbehandlere.
  nodes:
    - {id: moede, kind: activity, text: Opstartsmøde}
    - {id: overblik, kind: short_term_outcome, text: Familien har overblik}
"""


# The common model whose principle holds one activity as a rule (with a criterion measuring
# it) and one as a guideline with its own options.
COMPOUND = edit(
    VALID,
    after(
        "      - Sagsbehandlerne deler viden på tværs.\n",
        "      - {id: en-plan, text: Familien har én plan., level: rule}\n"
        "      - text: Mødeformen vælges med familien.\n"
        "        level: guideline\n"
        "        options: [{id: hjemme, text: Hjemmebesøg}, Møde på rådhuset]\n"
        "        decision_rule: Familien vælger.\n",
    ),
    after(
        "      unacceptable: Hver forvaltning har sin egen plan.\n",
        "    fidelity:\n      - {id: planen, text: Der er én plan., activity: en-plan}\n",
    ),
)


class Case(NamedTuple):
    """One table row: `name` starts with the code of the rule the case is about."""

    name: str
    text: str
    problems: tuple[tuple[str, int, int], ...] = ()
    path: str = SPEC


PASSES: list[Case] = [
    Case("SP601-no-personal-data", VALID),
    Case("SP016-id-is-folder", VALID),
    Case("SP016-only-index-md", VALID, path="specs/anden/udkast.md"),
    Case("SP101-summary", VALID),
    Case("SP102-target-group", VALID),
    Case("SP103-core-elements", V0),
    Case("SP104-what", V0),
    Case("SP105-rationale", V0),
    Case("SP106-evidence", V0),
    Case("SP107-v0-introduction-only", V0),
    Case("SP107-v1-nine-sections", VALID),
    Case("SP107-heading-text-is-free", edit(VALID, ("## Omkostninger {#", "## Costs {#"))),
    Case("SP108-v0-no-activities", V0),
    Case("SP108-v1-activities", VALID),
    Case("SP109-v0-no-theory", V0),
    Case("SP109-v1-theory", VALID),
    Case("SP110-v0-no-competencies", V0),
    Case("SP110-v1-competencies", VALID),
    Case("SP111-v0-no-delivery", V0),
    Case("SP111-v1-delivery", VALID),
    Case("SP111-v1-dose-only", edit(VALID, ("  mode: [family]\n  setting: [home]\n", ""))),
    Case("SP112-v1-guideline-without-fidelity", VALID),
    Case("SP112-final-fidelity", FINAL),
    Case("SP113-v1-no-documentation", VALID),
    Case("SP113-final-documentation", FINAL),
    Case("SP114-v1-no-costs", VALID),
    Case("SP114-final-costs", FINAL),
    Case("SP115-released-with-date", VALID),
    Case("SP115-draft-without-date", edit(VALID, DRAFT)),
    Case("SP116-v1-no-changes", VALID),
    Case("SP116-v2-released-changes", edit(V2, after(DOSE, changes("inddragelse")))),
    Case("SP120-rule-one-prescription", VALID),
    Case("SP121-v0-rule-without-fidelity", V0),
    Case("SP121-v1-rule-fidelity", VALID),
    Case("SP122-guideline-options", VALID),
    Case("SP123-guideline-decision-rule", VALID),
    Case("SP124-v0-principle-without-profile", V0),
    Case("SP124-v1-practice-profile", VALID),
    Case("SP127-plain-activities", VALID),
    Case("SP127-tighter-activities", COMPOUND),
    Case(
        "SP124-v1-fidelity-instead",
        edit(
            VALID,
            (
                "    practice_profile:\n"
                "      expected: Planen dækker hele familien.\n"
                "      developmental: Planen dækker barnet og forældrene.\n"
                "      unacceptable: Hver forvaltning har sin egen plan.\n",
                "    fidelity:\n      - Der er én plan for hele familien.\n",
            ),
        ),
    ),
    Case("SP201-unique-ids", VALID),
    Case("SP202-link-nodes-exist", VALID),
    Case("SP203-core-element-refs", VALID),
    Case("SP204-subsection-is-element", VALID),
    Case(
        "SP204-anchorless-subsection",
        edit(VALID, ("### Koordineret sagsbehandling {#koordinering}", "### Om koordinering")),
    ),
    Case("SP205-change-names-element", edit(V2, after(DOSE, changes("koordinering")))),
    Case(
        "SP205-change-names-previous-id",
        edit(
            V2,
            after("    title: Helhedssyn\n", "    previous_ids: [helhed]\n"),
            after(DOSE, changes("helhed")),
        ),
    ),
    Case("SP206-v1-activities-trace", VALID),
    Case("SP206-v0-untraced-activity", edit(V0, after(V0_ELEMENTS, V0_THEORY))),
    Case("SP207-v1-every-element-in-activity", VALID),
    Case("SP207-v0-not-yet", edit(V0, after(V0_ELEMENTS, V0_THEORY))),
    Case("SP208-v1-outcomes-reached", VALID),
    Case("SP208-v0-unlinked-outcome", edit(V0, after(V0_ELEMENTS, V0_THEORY))),
    Case("SP209-links-forward", VALID),
    Case(
        "SP209-output-to-output",
        edit(
            VALID,
            after(
                "    - {id: plan, kind: output, text: En fælles plan}\n",
                "    - {id: mappe, kind: output, text: En mappe}\n",
            ),
            after("    - {from: overblik, to: trivsel}\n", "    - {from: plan, to: mappe}\n"),
        ),
    ),
    Case("SP210-known-anchors", VALID),
    Case("SP130-indicators-measure-outcomes", edit(VALID, after(DOSE, PLANNED))),
    Case("SP131-v1-planned", edit(VALID, after(DOSE, PLANNED))),
    Case("SP131-v1-free-text-still-reads", VALID),
    Case("SP132-final-complete", FINAL),
    Case("SP133-final-tied", FINAL),
    # released: frozen, so the note it could not act on is not given
    Case(
        "SP133-released-final-free-text",
        edit(FINAL, (TIED, "  indicators: [Familiens oplevede overblik]\n")),
    ),
]

FAILS: list[Case] = [
    Case("SP601-email", VALID + "\nKontakt: anne.hansen@kommune.dk\n", (("SP601", 111, 10),)),
    Case("SP016-id-not-folder", VALID, (("SP016", 3, 5),), path="specs/anden/index.md"),
    Case(
        "SP101-no-summary",
        edit(VALID, ("summary: En lille, men gyldig indsatsbeskrivelse til test.\n", "")),
        (("SP101", 5, 1),),
    ),
    Case(
        "SP101-blank-summary",
        edit(
            VALID, ("summary: En lille, men gyldig indsatsbeskrivelse til test.", 'summary: "  "')
        ),
        (("SP101", 5, 1),),
    ),
    Case(
        "SP102-no-target-group",
        edit(VALID, ("target_group:\n  description: Familier med et barn med handicap.\n", "")),
        (("SP102", 13, 1),),
    ),
    Case(
        "SP102-no-description",
        edit(
            VALID,
            ("  description: Familier med et barn med handicap.\n", "  inclusion: [Forældre]\n"),
        ),
        (("SP102", 13, 1),),
    ),
    Case(
        "SP103-empty-list",
        edit(V0, ("core_elements:\n" + V0_ELEMENTS, "core_elements: []\n")),
        (("SP103", 10, 1),),
    ),
    Case(
        "SP104-v0-no-what",
        edit(V0, ("    what: Familien har én fast koordinator.\n", "")),
        (("SP104", 11, 9),),
    ),
    Case(
        "SP104-v1-no-what",
        edit(VALID, ("    what: Familien er med til at sætte målene.\n", "")),
        (("SP104", 26, 9),),
    ),
    Case(
        "SP105-v0-no-rationale",
        edit(V0, ("    rationale: Problemer hænger sammen på tværs af forvaltninger.\n", "")),
        (("SP105", 17, 9),),
    ),
    Case(
        "SP106-no-evidence",
        edit(VALID, ("    level: rule\n    evidence: presumed\n", "    level: rule\n")),
        (("SP106", 16, 9),),
    ),
    Case(
        "SP107-v0-no-introduction",
        edit(V0, ("## Introduktion {#introduction}", "## Introduktion")),
        (("SP107", 27, 1),),
    ),
    Case(
        "SP107-v1-missing-section",
        edit(VALID, ("\n\n## Omkostninger {#costs}\n\nTid til koordinatoren.\n", "\n")),
        (("SP107", 105, 1),),
    ),
    Case(
        "SP107-v1-empty-section",
        edit(VALID, ("Tid til koordinatoren.\n", "")),
        (("SP107", 107, 17),),
    ),
    Case(
        "SP108-v1-no-activities",
        edit(VALID, ("    activities:\n      - Sagsbehandlerne deler viden på tværs.\n", "")),
        (("SP108", 36, 9),),
    ),
    Case(
        "SP108-final-no-activities",
        edit(FINAL, ("    activities:\n      - Sagsbehandlerne deler viden på tværs.\n", "")),
        (("SP108", 38, 9),),
    ),
    Case(
        "SP109-v1-no-theory",
        edit(VALID, (VALID[VALID.index("theory_of_change:") : VALID.index("competencies:")], "")),
        (("SP109", 48, 1),),  # where it goes: just before competencies
    ),
    Case(
        "SP109-v1-no-problem",
        edit(VALID, ("  problem: Familier møder mange uafhængige sagsbehandlere.\n", "")),
        (("SP109", 48, 1),),
    ),
    Case(
        "SP110-v1-no-competencies",
        edit(VALID, (VALID[VALID.index("competencies:") : VALID.index("delivery:")], "")),
        (("SP110", 61, 1),),  # just before delivery
    ),
    Case(
        "SP111-v1-no-delivery",
        edit(VALID, (VALID[VALID.index("delivery:") : VALID.index(DOSE) + len(DOSE)], "")),
        (("SP111", 63, 1),),  # last in the front matter: on its closing ---
    ),
    Case(
        "SP111-v1-empty-delivery",
        edit(VALID, ("delivery:\n  mode: [family]\n  setting: [home]\n" + DOSE, "delivery: {}\n")),
        (("SP111", 63, 1),),
    ),
    Case(
        "SP112-final-guideline-without-fidelity",
        edit(VALID, ("version: 1\n", "version: final\n"), after(DOSE, FINAL_EXTRAS)),
        (("SP112", 26, 9),),
    ),
    Case(
        "SP113-final-no-documentation",
        edit(FINAL, (FINAL[FINAL.index("documentation:") : FINAL.index("changes:")], "")),
        (("SP113", 65, 1),),
    ),
    Case(
        "SP113-final-empty-documentation",
        edit(
            FINAL,
            (
                f"{TIED}  tools: [Spørgeskema]\n",
                "  citizen_feedback: Familien udfylder et skema.\n",
            ),
        ),
        (("SP113", 69, 1),),
    ),
    Case(
        "SP114-final-no-costs",
        edit(FINAL, (FINAL[FINAL.index("costs:") : FINAL.index("---\n\n# Demo")], "")),
        (("SP114", 77, 1),),
    ),
    Case(
        "SP114-final-category-missing",
        edit(FINAL, ("  equipment: Ingen.\n", "")),
        (("SP114", 77, 1),),
    ),
    Case(
        "SP115-released-without-date",
        edit(VALID, (STATUS, "status: released\n")),
        (("SP115", 7, 9),),
    ),
    Case(
        "SP115-draft-with-date",
        edit(VALID, ("status: released\n", "status: draft\n")),
        (("SP115", 8, 1),),
    ),
    Case("SP116-v2-released-no-changes", V2, (("SP116", 67, 1),)),
    # A draft just started: on its to-do list (severity todo), not yet an error.
    Case("SP116-v2-draft-no-changes-yet", edit(V2, DRAFT), (("SP116", 66, 1),)),
    Case(
        "SP116-v2-review-no-changes",
        edit(V2, (STATUS, "status: review\n")),
        (("SP116", 66, 1),),
    ),
    Case(
        "SP116-final-no-changes",
        edit(FINAL, (FINAL[FINAL.index("changes:") : FINAL.index("costs:")], "")),
        (("SP116", 72, 1),),
    ),
    Case(
        "SP120-rule-with-options",
        edit(
            VALID,
            after(
                "    rationale: Én indgang giver overblik og tryghed.\n",
                "    options: [Altid, Aldrig]\n    decision_rule: Koordinatoren vælger.\n",
            ),
        ),
        (("SP120", 24, 5), ("SP120", 25, 5)),
    ),
    Case(
        "SP121-v1-rule-without-fidelity",
        edit(VALID, ("    fidelity:\n      - Familien kender navnet på sin koordinator.\n", "")),
        (("SP121", 18, 5),),
    ),
    Case(
        "SP122-one-option",
        edit(VALID, ("[Familierådslagning, Netværksmøde]", "[Familierådslagning]")),
        (("SP122", 28, 5),),
    ),
    Case(
        "SP122-SP123-v0-guideline-without-choices",
        edit(V0, ("    level: rule\n", "    level: guideline\n")),
        (("SP122", 13, 5), ("SP123", 13, 5)),
    ),
    Case(
        "SP123-no-decision-rule",
        edit(VALID, ("    decision_rule: Familien vælger metoden ved opstartsmødet.\n", "")),
        (("SP123", 28, 5),),
    ),
    Case(
        "SP123-blank-decision-rule",
        edit(
            VALID,
            ("decision_rule: Familien vælger metoden ved opstartsmødet.", "decision_rule: ' '"),
        ),
        (("SP123", 28, 5),),
    ),
    Case(
        "SP124-v1-principle-without-profile",
        edit(
            VALID,
            (VALID[VALID.index("    practice_profile:") : VALID.index("theory_of_change:")], ""),
        ),
        (("SP124", 38, 5),),
    ),
    Case(
        "SP127-looser-activity",
        edit(
            VALID,
            after(
                "      - Koordinatoren holder et opstartsmøde med familien.\n",
                "      - {text: Mødet planlægges med familien., level: principle}\n",
            ),
        ),
        (("SP127", 23, 48),),
    ),
    Case(
        "SP127-operative-principle-as-rule",
        edit(VALID, after("    level: rule\n", "    type: operative_principle\n")),
        (("SP127", 19, 5),),
    ),
    Case(
        "SP127-duplicate-activity-id",
        edit(
            COMPOUND,
            (
                "      - text: Mødeformen vælges med familien.\n",
                "      - id: en-plan\n        text: Mødeformen vælges med familien.\n",
            ),
        ),
        (("SP127", 44, 9),),
    ),
    Case(
        "SP127-unknown-activity",
        edit(COMPOUND, ("activity: en-plan}", "activity: to-planer}")),
        (("SP127", 54, 45),),
    ),
    Case(
        "SP122-SP123-guideline-activity",
        edit(
            COMPOUND,
            ("        options: [{id: hjemme, text: Hjemmebesøg}, Møde på rådhuset]\n", ""),
            ("        decision_rule: Familien vælger.\n", ""),
        ),
        (("SP122", 45, 9), ("SP123", 45, 9)),
    ),
    Case(
        "SP121-rule-activity-without-criterion",
        edit(
            COMPOUND,
            ("    fidelity:\n      - {id: planen, text: Der er én plan., activity: en-plan}\n", ""),
        ),
        (("SP121", 43, 52),),
    ),
    Case(
        "SP201-duplicate-core-element",
        edit(
            VALID,
            ("  - id: helhedssyn\n", "  - id: inddragelse\n"),
            ("core_elements: [helhedssyn]", "core_elements: [inddragelse]"),
        ),
        (("SP201", 36, 9),),
    ),
    Case(
        "SP201-duplicate-node",
        edit(
            VALID,
            after(
                "    - {id: trivsel, kind: long_term_outcome, text: Familien trives}\n",
                "    - {id: plan, kind: output, text: Endnu en plan}\n",
            ),
        ),
        (("SP201", 56, 12),),
    ),
    Case(
        "SP201-duplicate-competency",
        edit(
            VALID,
            after(
                "core_elements: [inddragelse]}\n",
                "  - {id: anerkendende, kind: skillset, text: Samtaler}\n",
            ),
        ),
        (("SP201", 63, 10),),
    ),
    Case(
        "SP202-unknown-target",
        edit(
            VALID,
            after("    - {from: overblik, to: trivsel}\n", "    - {from: plan, to: overblikk}\n"),
        ),
        (("SP202", 61, 24),),
    ),
    Case(
        "SP202-unknown-source",
        edit(
            VALID,
            after("    - {from: overblik, to: trivsel}\n", "    - {from: plann, to: overblik}\n"),
        ),
        (("SP202", 61, 14),),
    ),
    Case(
        "SP203-competency-typo",
        edit(VALID, ("core_elements: [inddragelse]}", "core_elements: [indragelse]}")),
        (("SP203", 62, 86),),
    ),
    Case(
        "SP203-node-typo",
        edit(VALID, ("core_elements: [helhedssyn]", "core_elements: [helhedsyn]")),
        (("SP207", 36, 9), ("SP203", 52, 76)),
    ),
    Case(
        "SP204-unknown-subsection",
        edit(VALID, ("{#koordinering}", "{#koordinerin}")),
        (("SP204", 91, 32),),
    ),
    Case(
        "SP205-unknown-element",
        edit(V2, after(DOSE, changes("koordinering", "ukendt"))),
        (("SP205", 70, 35),),
    ),
    Case(
        "SP206-activity-without-elements",
        edit(VALID, (", core_elements: [helhedssyn]}", "}")),
        (("SP207", 36, 9), ("SP206", 52, 12)),
    ),
    Case(
        "SP207-element-in-no-activity",
        edit(VALID, ("[koordinering, inddragelse]", "[koordinering]")),
        (("SP207", 26, 9),),
    ),
    Case(
        "SP208-outcome-not-reached",
        edit(VALID, ("    - {from: overblik, to: trivsel}\n", "")),
        (("SP208", 55, 12),),
    ),
    Case(
        "SP208-v1-unlinked-outcome",
        edit(V0, ("version: 0\n", "version: 1\n"), after(V0_ELEMENTS, V0_THEORY)),
        # Everything v1 adds to v0 is reported; the theory is there but unlinked.
        (
            ("SP108", 11, 9),
            ("SP207", 11, 9),
            ("SP121", 13, 5),
            ("SP108", 17, 9),
            ("SP207", 17, 9),
            ("SP124", 19, 5),
            ("SP206", 26, 12),
            ("SP208", 27, 12),
            ("SP110", 28, 1),  # where they go: last, before the closing ---
            ("SP111", 28, 1),
        )
        # Eight sections are missing, all reported at the last line.
        + (("SP107", 32, 1),) * 8,
    ),
    Case(
        "SP209-backwards",
        edit(
            VALID,
            after(
                "    - {from: overblik, to: trivsel}\n",
                "    - {from: trivsel, to: opstartsmoede}\n",
            ),
        ),
        (("SP209", 61, 7),),
    ),
    Case(
        "SP209-activity-to-activity",
        edit(
            VALID,
            after(
                "    - {from: overblik, to: trivsel}\n",
                "    - {from: opstartsmoede, to: videndeling}\n",
            ),
        ),
        (("SP209", 61, 7),),
    ),
    Case(
        "SP210-unknown-anchor",
        edit(VALID, ("{#target-group}", "{#target-groupe}")),
        (("SP210", 75, 14), ("SP107", 109, 1)),
    ),
    Case(
        "SP210-anchor-twice",
        VALID + "\n## Flere omkostninger {#costs}\n\nMere tid.\n",
        (("SP210", 111, 23),),
    ),
    Case(
        "SP130-SP131-unknown-node",
        edit(VALID, after(DOSE, PLANNED.replace("nodes: [trivsel]", "nodes: [trivsell]"))),
        (("SP131", 55, 12), ("SP130", 70, 50)),
    ),
    Case(
        "SP130-output-is-no-outcome",
        edit(VALID, after(DOSE, PLANNED.replace("nodes: [trivsel]", "nodes: [trivsel, plan]"))),
        (("SP130", 70, 59),),
    ),
    Case(
        "SP131-no-timing",
        edit(VALID, after(DOSE, PLANNED.replace(", timing: Efter et år", ""))),
        (("SP131", 70, 12),),
    ),
    Case(
        "SP201-duplicate-indicator",
        edit(VALID, after(DOSE, PLANNED.replace("trivsel-maalt", "overblik-maalt"))),
        (("SP201", 70, 12),),
    ),
    Case(
        "SP132-final-indicator-without-source",
        edit(FINAL, (", source: Familien}]", "}]")),
        (("SP132", 70, 142),),
    ),
    Case(
        "SP133-final-free-text",
        edit(FINAL, (TIED, "  indicators: [Familiens oplevede overblik]\n"), DRAFT),
        (("SP133", 69, 3),),
    ),
]


def _positions(text: str, path: str) -> list[tuple[str, int, int]]:
    return [(p.code, p.line, p.column) for p in check_text(text, path)]


@pytest.mark.parametrize("case", PASSES, ids=[case.name for case in PASSES])
def test_passes(case: Case) -> None:
    assert _positions(case.text, case.path) == []


@pytest.mark.parametrize("case", FAILS, ids=[case.name for case in FAILS])
def test_fails(case: Case) -> None:
    assert _positions(case.text, case.path) == list(case.problems)


def _case(name: str) -> Case:
    return next(case for case in [*PASSES, *FAILS] if case.name == name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (V0, []),
        (
            edit(V0, ("version: 0\n", "version: 1\n")),
            ["SP108", "SP121", "SP108", "SP124", "SP109", "SP110", "SP111", *["SP107"] * 8],
        ),
        (VALID, []),
        # `final` counts as later than any number: it needs changes (from v2) too.
        (edit(VALID, ("version: 1\n", "version: final\n")), ["SP112", "SP113", "SP114", "SP116"]),
        (FINAL, []),
    ],
    ids=["v0-minimal", "v0-as-v1", "v1", "v1-as-final", "final"],
)
def test_requirements_grow_with_the_version(text: str, expected: list[str]) -> None:
    assert codes(check_text(text)) == expected


def test_v1_requirements_point_at_the_element_or_where_the_block_goes() -> None:
    problems = check_text(edit(V0, ("version: 0\n", "version: 1\n")))
    assert [(p.code, p.line, p.column) for p in problems if p.code != "SP107"] == [
        ("SP108", 11, 9),
        ("SP121", 13, 5),
        ("SP108", 17, 9),
        ("SP124", 19, 5),
        # No block after them in the model's order: they go last, before the closing ---.
        ("SP109", 23, 1),
        ("SP110", 23, 1),
        ("SP111", 23, 1),
    ]
    said = {p.code: p.text for p in problems}
    assert "Den hører til sidst i front matter, lige før '---' (linje 23)." in said["SP109"].da
    assert "It goes at the end of the front matter, just before '---' (line 23)." in (
        said["SP111"].en
    )


@pytest.mark.parametrize(
    ("name", "goes"),
    [("SP101-no-summary", "version"), ("SP113-final-no-documentation", "delivery")],
)
def test_every_required_block_is_pointed_at_where_it_goes(name: str, goes: str) -> None:
    """Not line 2, as they were: where the block belongs, and the message says so."""
    case = _case(name)
    ((code, line, _),) = case.problems
    (problem,) = [p for p in check_text(case.text, case.path) if p.code == code]
    assert case.text.splitlines()[line - 1].startswith(f"{goes}:")
    assert f"Den hører til lige før '{goes}:' (linje {line})." in problem.text.da
    assert f"It goes just before '{goes}:' (line {line})." in problem.text.en


def test_a_missing_block_is_pointed_at_where_it_goes_and_the_message_says_so() -> None:
    without = edit(
        VALID, (VALID[VALID.index("theory_of_change:") : VALID.index("competencies:")], "")
    )
    (problem,) = check_text(without)
    assert (problem.code, problem.line) == ("SP109", 48)
    assert without.splitlines()[47].startswith("competencies:")
    assert "Den hører til lige før 'competencies:' (linje 48)." in problem.text.da
    assert "It goes just before 'competencies:' (line 48)." in problem.text.en


@pytest.mark.parametrize(
    ("name", "severities"),
    [
        ("SP209-backwards", {"SP209": Severity.WARNING}),
        ("SP209-activity-to-activity", {"SP209": Severity.WARNING}),
        ("SP210-unknown-anchor", {"SP210": Severity.WARNING, "SP107": Severity.ERROR}),
        ("SP210-anchor-twice", {"SP210": Severity.WARNING}),
        ("SP202-unknown-target", {"SP202": Severity.ERROR}),
    ],
)
def test_severity(name: str, severities: dict[str, Severity]) -> None:
    case = _case(name)
    assert {p.code: p.severity for p in check_text(case.text, case.path)} == severities


def test_only_link_direction_section_anchors_and_local_review_items_warn() -> None:
    warn = {rule.code for rule in CHECK_RULES if rule.severity is Severity.WARNING}
    assert {code for code in warn if not code.startswith("SP4")} == {
        "SP209",
        "SP210",
        "SP306",  # a guideline choice outside its options: for review
        "SP307",  # a deviation from a guideline: for review
        "SP309",  # due for review
        "SP312",  # a place that is no municipality: perhaps a typo
        "SP504",  # a learning cycle's place that is no municipality: perhaps a typo
        "SP506",  # a change with no decision behind it: for review
        "SP507",  # a decision whose change is not in the next version
    }
    notes = {rule.code for rule in CHECK_RULES if rule.severity is Severity.NOTE}
    # a deviation from a principle is allowed, a choice by the option's text still reads,
    # a finding no decision answers waits for the next seminar, a final's free-text
    # indicators still read (how to tie them)
    assert notes == {"SP133", "SP308", "SP311", "SP508"}


LOCAL = """\
---
schema: susi-local/1
spec: demo
place: ballerup
title: Demo i Ballerup
based_on: 1
status: draft
adaptations:
  - core_element: koordinering
    how: Et koordinatorteam i Borgerservice.
  - core_element: inddragelse
    how: Familien vælger mødeform ved første samtale.
    choice: [Familierådslagning]
  - core_element: helhedssyn
    how: Fælles plan i fagsystemet.
---

Ballerups organisering og kontakter.
"""
LOCAL_FILE = "specs/demo/local/ballerup.md"
# The common model whose guideline gives one option an id (the other is text only).
ID_OPTIONS = edit(
    VALID,
    ("[Familierådslagning, Netværksmøde]", "[{id: fr, text: Familierådslagning}, Netværksmøde]"),
)
# The common model at v2, released, with v1 behind it (outside git, v1 counts as released).
V2_RELEASED = edit(
    VALID,
    ("version: 1", "version: 2"),
    (
        "theory_of_change:",
        "changes:\n  - {what: Ny version, why: Metodeseminar 1}\ntheory_of_change:",
    ),
)


class LocalCase(NamedTuple):
    """A project of files; each problem is (path, line, column, part of its English text)."""

    name: str
    files: dict[str, str]
    problems: tuple[tuple[str, int, int, str], ...] = ()


LOCAL_CASES: list[LocalCase] = [
    LocalCase("SP301-matches", {SPEC: VALID, "specs/demo/local/ballerup.md": LOCAL}),
    LocalCase(
        "SP301-place-not-file-name",
        {SPEC: VALID, "specs/demo/local/fredericia.md": LOCAL},
        (("specs/demo/local/fredericia.md", 4, 8, "does not match the file name"),),
    ),
    LocalCase(
        "SP301-spec-not-folder",
        {SPEC: VALID, "specs/demo/local/ballerup.md": edit(LOCAL, ("spec: demo", "spec: anden"))},
        (("specs/demo/local/ballerup.md", 3, 7, "does not match the folder 'demo'"),),
    ),
    LocalCase(
        "SP301-no-such-spec",
        {SPEC: VALID, "specs/anden/local/ballerup.md": edit(LOCAL, ("spec: demo", "spec: anden"))},
        (("specs/anden/local/ballerup.md", 3, 7, "specs/anden/index.md is missing"),),
    ),
    LocalCase(
        "SP302-based-on-a-draft",
        {
            SPEC: edit(VALID, ("status: released\nreleased: 2020-09-15", "status: draft")),
            LOCAL_FILE: LOCAL,
        },
        ((LOCAL_FILE, 6, 11, "has no released version yet"),),
    ),
    LocalCase(
        "SP302-based-on-a-future-version",
        {SPEC: VALID, LOCAL_FILE: edit(LOCAL, ("based_on: 1", "based_on: 3"))},
        ((LOCAL_FILE, 6, 11, "based_on: 3 is not a released version of 'demo'"),),
    ),
    LocalCase(
        "SP303-missing-core-element",
        {
            SPEC: VALID,
            LOCAL_FILE: edit(
                LOCAL, ("  - core_element: helhedssyn\n    how: Fælles plan i fagsystemet.\n", "")
            ),
        },
        ((LOCAL_FILE, 8, 1, "'helhedssyn' (Helhedssyn) of v1 is missing"),),
    ),
    LocalCase(
        "SP303-no-how",
        {SPEC: VALID, LOCAL_FILE: edit(LOCAL, ("    how: Fælles plan i fagsystemet.\n", ""))},
        ((LOCAL_FILE, 14, 5, "adaptation of 'helhedssyn' has no 'how:'"),),
    ),
    LocalCase(
        "SP304-typo",
        {
            SPEC: VALID,
            LOCAL_FILE: edit(LOCAL, ("core_element: helhedssyn", "core_element: helhedsyn")),
        },
        (
            (LOCAL_FILE, 8, 1, "'helhedssyn' (Helhedssyn) of v1 is missing"),
            (LOCAL_FILE, 14, 5, "Did you mean 'helhedssyn'?"),
        ),
    ),
    LocalCase(
        "SP304-old-id",
        {
            SPEC: edit(
                VALID, ("  - id: helhedssyn\n", "  - id: helhed\n    previous_ids: [helhedssyn]\n")
            ).replace("core_elements: [helhedssyn]", "core_elements: [helhed]"),
            LOCAL_FILE: LOCAL,
        },
        (
            (LOCAL_FILE, 8, 1, "'helhed' (Helhedssyn) of v1 is missing"),
            (LOCAL_FILE, 14, 5, "It is now called 'helhed'"),
        ),
    ),
    LocalCase(
        "SP305-deviation-on-a-rule",
        {
            SPEC: VALID,
            LOCAL_FILE: edit(
                LOCAL,
                (
                    "Borgerservice.\n",
                    "Borgerservice.\n    deviation: To koordinatorer pr. familie.\n",
                ),
            ),
        },
        ((LOCAL_FILE, 11, 5, "'koordinering' is a rule in the common model"),),
    ),
    LocalCase(
        "SP306-choice-outside-options",
        {SPEC: VALID, LOCAL_FILE: edit(LOCAL, ("[Familierådslagning]", "[Åben dialog]"))},
        ((LOCAL_FILE, 13, 5, "'Åben dialog' is not one of the guideline's options"),),
    ),
    LocalCase(
        "SP306-choice-on-a-principle",
        {
            SPEC: VALID,
            LOCAL_FILE: edit(
                LOCAL, ("fagsystemet.\n", "fagsystemet.\n    choice: [Familierådslagning]\n")
            ),
        },
        ((LOCAL_FILE, 16, 5, "'helhedssyn' is a principle and offers no options"),),
    ),
    LocalCase(
        "SP311-choice-by-id",
        {SPEC: ID_OPTIONS, LOCAL_FILE: edit(LOCAL, ("[Familierådslagning]", "[fr]"))},
        (),
    ),
    LocalCase(
        "SP311-choice-by-text",
        {SPEC: ID_OPTIONS, LOCAL_FILE: LOCAL},
        ((LOCAL_FILE, 13, 5, "Write its id, 'fr', instead."),),
    ),
    LocalCase(
        "SP306-choice-by-unknown-id",
        {SPEC: ID_OPTIONS, LOCAL_FILE: edit(LOCAL, ("[Familierådslagning]", "[nm]"))},
        ((LOCAL_FILE, 13, 5, "'nm' is not one of the guideline's options"),),
    ),
    LocalCase(
        "SP305-deviation-on-a-rule-activity",
        {
            SPEC: COMPOUND,
            LOCAL_FILE: edit(
                LOCAL,
                (
                    "fagsystemet.\n",
                    "fagsystemet.\n    activity_deviations:\n"
                    "      - {activity: en-plan, deviation: To planer.}\n",
                ),
            ),
        },
        ((LOCAL_FILE, 17, 29, "'en-plan' (an activity of 'helhedssyn') is a rule"),),
    ),
    LocalCase(
        "SP307-deviation-on-a-guideline-activity-by-text",
        {
            SPEC: COMPOUND,
            LOCAL_FILE: edit(
                LOCAL,
                (
                    "fagsystemet.\n",
                    "fagsystemet.\n    activity_deviations:\n"
                    "      - activity: mødeformen vælges med  familien.\n"
                    "        deviation: Koordinatoren vælger.\n",
                ),
            ),
        },
        ((LOCAL_FILE, 18, 9, "You depart from the guideline 'moedeformen-vaelges-med-familien'"),),
    ),
    LocalCase(
        "SP308-deviation-on-a-principle-activity",
        {
            SPEC: COMPOUND,
            LOCAL_FILE: edit(
                LOCAL,
                (
                    "fagsystemet.\n",
                    "fagsystemet.\n    activity_deviations:\n"
                    "      - {activity: sagsbehandlerne-deler-viden-paa-tvaers, deviation: Mødes.}\n",
                ),
            ),
        },
        ((LOCAL_FILE, 17, 60, "departure from the principle 'sagsbehandlerne-deler"),),
    ),
    LocalCase(
        "SP306-choice-of-an-activity-option",
        {
            SPEC: COMPOUND,
            LOCAL_FILE: edit(LOCAL, ("fagsystemet.\n", "fagsystemet.\n    choice: [hjemme]\n")),
        },
        (),
    ),
    LocalCase(
        "SP313-unknown-activity",
        {
            SPEC: COMPOUND,
            LOCAL_FILE: edit(
                LOCAL,
                (
                    "fagsystemet.\n",
                    "fagsystemet.\n    activity_deviations:\n"
                    "      - {activity: en-plann, deviation: To planer.}\n",
                ),
            ),
        },
        ((LOCAL_FILE, 17, 10, "Did you mean 'en-plan'?"),),
    ),
    LocalCase(
        "SP312-unknown-place",
        {
            SPEC: VALID,
            "specs/demo/local/balerup.md": edit(LOCAL, ("place: ballerup", "place: balerup")),
        },
        (("specs/demo/local/balerup.md", 4, 8, "Did you mean 'ballerup' (Ballerup)?"),),
    ),
    LocalCase(
        "SP312-provider",
        {
            SPEC: VALID,
            "specs/demo/local/kofoeds-skole.md": edit(
                LOCAL, ("place: ballerup", "place: kofoeds-skole\nprovider: Kofoeds Skole")
            ),
        },
        (),
    ),
    LocalCase(
        "SP307-deviation-on-a-guideline",
        {
            SPEC: VALID,
            LOCAL_FILE: edit(
                LOCAL,
                (
                    "[Familierådslagning]\n",
                    "[Familierådslagning]\n    deviation: Kun hjemmebesøg.\n",
                ),
            ),
        },
        ((LOCAL_FILE, 14, 5, "You depart from the guideline 'inddragelse'"),),
    ),
    LocalCase(
        "SP308-deviation-on-a-principle",
        {
            SPEC: VALID,
            LOCAL_FILE: edit(
                LOCAL, ("fagsystemet.\n", "fagsystemet.\n    deviation: Kun barnets plan.\n")
            ),
        },
        ((LOCAL_FILE, 16, 5, "departure from the principle 'helhedssyn' is noted"),),
    ),
    LocalCase(
        "SP309-newer-release",
        {SPEC: V2_RELEASED, LOCAL_FILE: LOCAL},
        ((LOCAL_FILE, 6, 11, "Due for review: the common model has released v2 (2020-09-15)"),),
    ),
    LocalCase(
        "SP310-adapted-twice",
        {
            SPEC: VALID,
            LOCAL_FILE: edit(
                LOCAL,
                (
                    "fagsystemet.\n",
                    "fagsystemet.\n  - core_element: koordinering\n    how: Igen.\n",
                ),
            ),
        },
        ((LOCAL_FILE, 16, 5, "'koordinering' is already adapted on line 9"),),
    ),
]


@pytest.mark.parametrize("case", LOCAL_CASES, ids=[case.name for case in LOCAL_CASES])
def test_local_rules(project: Path, case: LocalCase) -> None:
    for name, text in case.files.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, encoding="utf-8")
    report = check_paths([Path("specs")], history=False)
    found = [(p.path, p.line, p.column, p.code, p.message("en")) for p in report.problems]
    wanted = [(path, line, column) for path, line, column, _ in case.problems]
    assert [(path, line, column) for path, line, column, *_ in found] == wanted
    code = case.name.split("-")[0]
    assert code in {found_code for *_, found_code, _ in found} or not case.problems
    for (*_, message), (*_, part) in zip(found, case.problems, strict=True):
        assert part in message


def test_local_of_an_invalid_spec_blames_only_the_spec(project: Path) -> None:
    broken = edit(VALID, ("title: Demo-indsats", "titel: Demo-indsats"))
    (project / "specs/demo/local").mkdir(parents=True)
    (project / SPEC).write_text(broken, encoding="utf-8")
    (project / "specs/demo/local/ballerup.md").write_text(LOCAL, encoding="utf-8")
    report = check_paths([Path("specs")], history=False)
    found = {(p.path, p.code) for p in report.problems}
    assert found == {(SPEC, "SP011"), (SPEC, "SP014"), (SPEC, "SP024")}


def test_local_rules_need_the_project() -> None:
    # Checked alone, a local file cannot know which specs exist: SP301 runs in check_paths.
    assert check_text(LOCAL, "specs/demo/local/fredericia.md") == []


def test_every_rule_has_a_passing_and_a_failing_case() -> None:
    passing = {case.name.split("-")[0] for case in PASSES}
    # The clean local file passes every local rule: full coverage, a choice among the options.
    if any(not case.problems for case in LOCAL_CASES):
        passing |= {rule.code for rule in CHECK_RULES if rule.applies_to == "local"}
    failing = {
        code
        for case in FAILS
        for code in case.name.split("-")
        if code in {problem[0] for problem in case.problems}
    }
    failing |= {case.name.split("-")[0] for case in LOCAL_CASES if case.problems}
    # The history rules (SP4xx) need git repositories: tests/test_release.py builds them;
    # the learning-cycle rules (SP5xx) a record beside a released spec: tests/test_cycles.py;
    # the follow-up rules (SP602-SP608) a released common model: tests/test_follow_up.py and
    # tests/test_follow_up_practice.py.
    later = ("SP4", "SP5", "SP602", "SP603", "SP604", "SP605", "SP606", "SP607", "SP608")
    wanted = {rule.code for rule in CHECK_RULES if not rule.code.startswith(later)}
    assert wanted - passing == set()
    assert wanted - failing == set()


def test_rule_codes_and_names_are_unique() -> None:
    rule_codes = [rule.code for rule in ALL_RULES]
    names = [rule.name for rule in ALL_RULES]
    assert len(set(rule_codes)) == len(rule_codes)
    assert len(set(names)) == len(names)
    assert not set(rule_codes) & set(names)


@pytest.mark.parametrize("rule", ALL_RULES, ids=[rule.code for rule in ALL_RULES])
def test_rule_has_a_summary(rule: susi_spec.checks.rules.Rule) -> None:
    assert rule.summary("da").strip() and rule.summary("en").strip()
    # Danish mode prints no English-only summary.
    assert rule.summary("da") != rule.summary("en")
    assert rule.code[:2] == "SP" and rule.code[2:].isdigit() and len(rule.code) == 5
    assert rule.name == rule.name.lower() and " " not in rule.name


RULE_MODULES = sorted(
    info.name
    for info in pkgutil.iter_modules(susi_spec.checks.rules.__path__)
    if hasattr(importlib.import_module(f"susi_spec.checks.rules.{info.name}"), "RULE")
)


@pytest.mark.parametrize("name", RULE_MODULES)
def test_rule_module_documents_itself(name: str) -> None:
    module = importlib.import_module(f"susi_spec.checks.rules.{name}")
    doc = module.__doc__ or ""
    # Its own failing example; the passing one may be a story several rules share.
    assert "\nFejler:\n" in doc
    assert module.RULE.doc.passes is not None and module.RULE.doc.fails is not None
    assert module.RULE in CHECK_RULES, f"{name}.RULE is not registered in CHECK_RULES"
    assert module.RULE.summary("da") == doc.strip().splitlines()[0]
    assert module.RULE.summary("en") == module.EN.strip().splitlines()[0]
    # An explanation in both languages or in neither.
    explanation = module.RULE.doc.explanation
    assert bool(explanation.da) == bool(explanation.en)
    assert module.RULE.name.replace("-", "_") == name
