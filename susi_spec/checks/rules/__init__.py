"""The rule registry: every code the validator can report, in one explicit list.

Families: SP0xx file, YAML and schema; SP1xx completeness by version and level;
SP2xx references and traceability; SP3xx local implementations; SP4xx history and release;
SP5xx learning-cycle records, SP6xx follow-up (results) and personal data.
"""

from __future__ import annotations

from susi_spec.checks.rules import (
    activity_levels,
    activity_traces,
    body_sections,
    changes_refs,
    changes_required,
    competencies_required,
    content_subsections,
    core_element_activities,
    core_element_evidence,
    core_element_in_activity,
    core_element_rationale,
    core_element_refs,
    core_element_what,
    core_elements_required,
    cycles_missing_change,
    cycles_participants,
    cycles_places,
    cycles_refs,
    cycles_spec,
    cycles_unanswered,
    cycles_unexplained_change,
    cycles_versions,
    delivery_required,
    final_costs,
    final_documentation,
    final_fidelity,
    guideline_decision_rule,
    guideline_options,
    id_disappeared,
    id_matches_folder,
    indicator_nodes,
    indicators_complete,
    indicators_planned,
    indicators_untied,
    link_direction,
    link_nodes,
    local_based_on_released,
    local_choice_by_id,
    local_covers_core_elements,
    local_due_for_review,
    local_duplicate_adaptation,
    local_guideline_choice,
    local_guideline_deviation,
    local_place_known,
    local_principle_deviation,
    local_rule_deviation,
    local_spec_exists,
    local_unknown_activity,
    local_unknown_core_element,
    no_personal_data,
    outcome_reached,
    principle_profile,
    released_date,
    released_frozen,
    results_based_on_released,
    results_criterion_known,
    results_date,
    results_location,
    results_one_per_criterion,
    results_one_per_element,
    results_practice_known,
    rule_fidelity,
    rule_single_prescription,
    section_anchors,
    summary_required,
    target_group_required,
    theory_of_change_required,
    unique_ids,
    version_backwards,
)
from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import RuleDoc
from susi_spec.loading.codes import LOADING_CODES
from susi_spec.problems import Severity, Text

# The loader's and the model boundary's codes, as rules without a check of their own.
LOADING_RULES: tuple[Rule, ...] = tuple(
    Rule(c.code, c.name, RuleDoc(c.summary)) for c in LOADING_CODES
)

# Reported by the checker itself: the history rules (SP401-SP403, and the local rules'
# releases) could not run, so a CI log and `--strict` must show it.
HISTORY_UNAVAILABLE = Rule(
    "SP404",
    "history-unavailable",
    RuleDoc(
        Text(
            "Historikreglerne kunne ikke køre (ingen git, intet repository, en shallow clone "
            "eller en fil uden for repository'et).",
            "The history rules could not run (no git, no repository, a shallow clone or a "
            "file outside the repository).",
        )
    ),
    severity=Severity.WARNING,
)
# Reported by discovery: a file named as if it were meant to be checked, but not checked.
NOT_CHECKED = Rule(
    "SP022",
    "file-not-checked",
    RuleDoc(
        Text(
            "En fil ligner en indsatsbeskrivelse eller en lokal udmøntning, men er navngivet "
            "eller placeret, så den ikke tjekkes (fx Index.md).",
            "A file looks like a spec or a local implementation but is named or placed so that "
            "it is not checked (e.g. Index.md).",
        )
    ),
    severity=Severity.WARNING,
)

# Reported by the checker itself: a file's shape is wrong, so the rules ran only on the rest
# (or not at all); how many checks could not run yet, and why. Never fails a check: the shape
# errors it follows do.
CHECKS_POSTPONED = Rule(
    "SP024",
    "checks-postponed",
    RuleDoc(
        Text(
            "Nogle tjek kunne ikke køre endnu, fordi en del af filen har forkert form.",
            "Some checks could not run yet, because part of the file has the wrong shape.",
        )
    ),
    severity=Severity.NOTE,
)

CHECK_RULES: tuple[Rule, ...] = (
    id_matches_folder.RULE,
    summary_required.RULE,
    target_group_required.RULE,
    core_elements_required.RULE,
    core_element_what.RULE,
    core_element_rationale.RULE,
    core_element_evidence.RULE,
    body_sections.RULE,
    core_element_activities.RULE,
    theory_of_change_required.RULE,
    competencies_required.RULE,
    delivery_required.RULE,
    final_fidelity.RULE,
    final_documentation.RULE,
    indicators_planned.RULE,
    indicators_complete.RULE,
    indicators_untied.RULE,
    indicator_nodes.RULE,
    final_costs.RULE,
    released_date.RULE,
    changes_required.RULE,
    rule_single_prescription.RULE,
    rule_fidelity.RULE,
    guideline_options.RULE,
    guideline_decision_rule.RULE,
    principle_profile.RULE,
    activity_levels.RULE,
    unique_ids.RULE,
    link_nodes.RULE,
    core_element_refs.RULE,
    content_subsections.RULE,
    changes_refs.RULE,
    activity_traces.RULE,
    core_element_in_activity.RULE,
    outcome_reached.RULE,
    link_direction.RULE,
    section_anchors.RULE,
    local_spec_exists.RULE,
    local_based_on_released.RULE,
    local_covers_core_elements.RULE,
    local_unknown_core_element.RULE,
    local_unknown_activity.RULE,
    local_rule_deviation.RULE,
    local_guideline_choice.RULE,
    local_guideline_deviation.RULE,
    local_principle_deviation.RULE,
    local_due_for_review.RULE,
    local_duplicate_adaptation.RULE,
    local_choice_by_id.RULE,
    local_place_known.RULE,
    released_frozen.RULE,
    id_disappeared.RULE,
    version_backwards.RULE,
    cycles_spec.RULE,
    cycles_versions.RULE,
    cycles_refs.RULE,
    cycles_places.RULE,
    cycles_participants.RULE,
    cycles_unexplained_change.RULE,
    cycles_missing_change.RULE,
    cycles_unanswered.RULE,
    no_personal_data.RULE,
    results_based_on_released.RULE,
    results_criterion_known.RULE,
    results_one_per_criterion.RULE,
    results_date.RULE,
    results_location.RULE,
    results_practice_known.RULE,
    results_one_per_element.RULE,
)

ALL_RULES: tuple[Rule, ...] = tuple(
    sorted(
        (*LOADING_RULES, NOT_CHECKED, HISTORY_UNAVAILABLE, CHECKS_POSTPONED, *CHECK_RULES),
        key=lambda rule: rule.code,
    )
)
BY_KEY: dict[str, Rule] = {
    **{rule.code: rule for rule in ALL_RULES},
    **{rule.name: rule for rule in ALL_RULES},
}

__all__ = [
    "ALL_RULES",
    "BY_KEY",
    "CHECKS_POSTPONED",
    "CHECK_RULES",
    "HISTORY_UNAVAILABLE",
    "NOT_CHECKED",
    "Context",
    "Finding",
    "Rule",
]
