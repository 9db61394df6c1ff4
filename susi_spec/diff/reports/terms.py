"""Words for reports, Danish first and English beside: field names, enum values, counts."""

from __future__ import annotations

import re

from susi_spec.diff.records import Value
from susi_spec.model.types import EVIDENCE_CRITERIA, VALUE_NAMES

# A criterion's fields, in a diff (the criterion is the change's label) and in the studio.
_ASSESSMENT: dict[str, tuple[str, str]] = {
    "evidence_profile/status": ("Status", "Status"),
    "evidence_profile/evidence": ("Dokumentation", "Evidence"),
    "evidence_profile/url": ("Adresse", "Address"),
}

# Field paths (ids left out) -> (Danish, English); the leaf name as read inside its group.
FIELDS: dict[str, tuple[str, str]] = {
    "id": ("Id", "Id"),
    "title": ("Titel", "Title"),
    "summary": ("Resumé", "Summary"),
    "status": ("Status", "Status"),
    "released": ("Frigivet", "Released"),
    "milestone": ("Milepæl", "Milestone"),
    "phase": ("Fase", "Phase"),
    "intervention_type": ("Indsatstype", "Intervention type"),
    "knowledge_basis": ("Vidensgrundlag", "Knowledge basis"),
    "places": ("Kommuner", "Municipalities"),
    "target_group/description": ("Beskrivelse", "Description"),
    "target_group/inclusion": ("Inklusionskriterier", "Inclusion criteria"),
    "target_group/exclusion": ("Eksklusionskriterier", "Exclusion criteria"),
    "target_group/referral": ("Visitation", "Referral"),
    "core_elements/title": ("Titel", "Title"),
    "core_elements/level": ("Specifikationsniveau", "Specification level"),
    "core_elements/type": ("Type", "Element type"),
    "core_elements/evidence": ("Evidens", "Evidence"),
    "core_elements/what": ("Hvad", "What"),
    "core_elements/activities": ("Aktiviteter", "Activities"),
    "core_elements/activities/level": ("Aktivitetens specifikationsniveau", "Activity's level"),
    "core_elements/activities/decision_rule": (
        "Aktivitetens valgregel",
        "Activity's decision rule",
    ),
    "core_elements/rationale": ("Begrundelse", "Rationale"),
    "core_elements/tools": ("Metoder og redskaber", "Methods and tools"),
    "core_elements/adaptable": ("Lokal tilpasning", "Local adaptation"),
    "core_elements/options": ("Valgmuligheder", "Options"),
    "core_elements/decision_rule": ("Valgregel", "Decision rule"),
    "core_elements/fidelity": ("Troskabskriterier", "Fidelity criteria"),
    "core_elements/practice_profile/expected": (
        "Praksisprofil, forventet praksis",
        "Practice profile, expected",
    ),
    "core_elements/practice_profile/developmental": (
        "Praksisprofil, praksis under udvikling",
        "Practice profile, developmental",
    ),
    "core_elements/practice_profile/unacceptable": (
        "Praksisprofil, uacceptabel praksis",
        "Practice profile, unacceptable",
    ),
    "theory_of_change/problem": ("Problem", "Problem"),
    "theory_of_change/assumptions": ("Antagelser", "Assumptions"),
    "theory_of_change/nodes/kind": ("Type", "Kind"),
    "theory_of_change/nodes/text": ("Tekst", "Text"),
    "theory_of_change/nodes/instrument": ("Måleredskab", "Instrument"),
    "theory_of_change/nodes/core_elements": ("Kerneelementer", "Core elements"),
    "competencies/kind": ("Type", "Kind"),
    "competencies/text": ("Tekst", "Text"),
    "competencies/core_elements": ("Kerneelementer", "Core elements"),
    "implementation/individual": ("Individuelt niveau (kompetencer)", "Individual level"),
    "implementation/interpersonal": ("Interpersonelt niveau (kultur)", "Interpersonal level"),
    "implementation/institutional": ("Institutionelt niveau (kommune)", "Institutional level"),
    "implementation/infrastructural": (
        "Infrastrukturelt niveau (kontekst)",
        "Infrastructural level",
    ),
    "documentation/indicators": ("Indikatorer", "Indicators"),
    "documentation/tools": ("Redskaber", "Tools"),
    "documentation/citizen_feedback": ("Borgerfeedback", "Citizen feedback"),
    "documentation/indicators/id": ("Id", "Id"),
    "documentation/indicators/what": ("Hvad der måles", "What is measured"),
    "documentation/indicators/nodes": ("Resultater", "Outcomes"),
    "documentation/indicators/instrument": ("Måleredskab", "Instrument"),
    "documentation/indicators/timing": ("Hvornår", "When"),
    "documentation/indicators/source": ("Kilde", "Source"),
    "documentation/indicators/baseline": ("Udgangspunkt", "Baseline"),
    "documentation/indicators/target": ("Mål", "Target"),
    "documentation/indicators/kind": ("Slags resultat", "Kind of result"),
    "evidence_profile": ("Evidensprofil", "Evidence profile"),
    **_ASSESSMENT,
    **{f"evidence_profile/{key}": names for key, names in EVIDENCE_CRITERIA.items()},
    **{
        f"evidence_profile/{key}/{name.rsplit('/', 1)[-1]}": words
        for key in EVIDENCE_CRITERIA
        for name, words in _ASSESSMENT.items()
    },
    "delivery/mode": ("Form", "Mode"),
    "delivery/setting": ("Sted", "Setting"),
    "delivery/dose": ("Omfang", "Dose"),
    "materials/title": ("Titel", "Title"),
    "materials/url": ("Adresse", "Address"),
    "materials/purpose": ("Formål", "Purpose"),
    "risks": ("Risici og kontraindikationer", "Risks and contraindications"),
    "legal_basis": ("Lovgrundlag", "Legal basis"),
    "contributors/role": ("Rolle", "Role"),
    "contributors/voice": ("Stemme", "Voice"),
    "costs/preparation": ("Forberedelse", "Preparation"),
    "costs/training": ("Uddannelse", "Training"),
    "costs/operation": ("Drift", "Operation"),
    "costs/equipment": ("Udstyr", "Equipment"),
    "costs/estimates": ("Omkostningsvurdering", "Cost assessment"),
    "body/title": ("Overskrift", "Heading"),
    # Named by the studio's forms (never in a diff report so far).
    "schema": ("Skema", "Schema"),
    "version": ("Version", "Version"),
    "core_elements/options/text": ("Tekst", "Text"),
    "core_elements/fidelity/text": ("Tekst", "Text"),
    "core_elements/fidelity/activity": ("Aktivitet", "Activity"),
    "core_elements/activities/text": ("Tekst", "Text"),
    "core_elements/activities/options": ("Valgmuligheder", "Options"),
    "core_elements/activities/options/text": ("Tekst", "Text"),
    "costs/estimates/kind": ("Art", "Kind"),
    "costs/estimates/amount": ("Beløb (kr.)", "Amount (DKK)"),
    "costs/estimates/unit": ("Enhed", "Unit"),
    "costs/estimates/year": ("År", "Year"),
    "costs/estimates/note": ("Note", "Note"),
    "core_elements/practice_profile": ("Praksisprofil", "Practice profile"),
    "core_elements/previous_ids": ("Tidligere id'er", "Previous ids"),
    "theory_of_change/nodes": ("Noder", "Nodes"),
    "theory_of_change/links": ("Forbindelser", "Links"),
    "theory_of_change/links/from": ("Fra", "From"),
    "theory_of_change/links/to": ("Til", "To"),
    "contributors/name": ("Navn", "Name"),
    "changes": ("Ændringer", "Changes"),
    "changes/what": ("Hvad", "What"),
    "changes/why": ("Hvorfor", "Why"),
    "changes/decided_by": ("Besluttet af", "Decided by"),
    "changes/planned": ("Planlagt", "Planned"),
    "changes/fidelity_consistent": ("Tro mod modellen", "Fidelity consistent"),
    "changes/core_elements": ("Kerneelementer", "Core elements"),
    "spec": ("Indsats", "Intervention"),
    "place": ("Sted", "Place"),
    "provider": ("Leverandør", "Provider"),
    "based_on": ("Bygger på", "Based on"),
    "adaptations": ("Tilpasninger", "Adaptations"),
    "adaptations/core_element": ("Kerneelement", "Core element"),
    "adaptations/how": ("Hvordan", "How"),
    "adaptations/choice": ("Valg", "Choice"),
    "adaptations/deviation": ("Afvigelse", "Deviation"),
    "adaptations/activity_deviations": ("Afvigelser fra aktiviteter", "Departures from activities"),
    "adaptations/activity_deviations/activity": ("Aktivitet", "Activity"),
    "adaptations/activity_deviations/deviation": ("Afvigelse", "Deviation"),
    # The learning-cycle record (susi-cycles/1), named by the studio's forms.
    "cycles": ("Læringscirkler", "Learning cycles"),
    "cycles/number": ("Nummer", "Number"),
    "cycles/title": ("Titel", "Title"),
    "cycles/version": ("Version", "Version"),
    "cycles/leads_to": ("Fører til", "Leads to"),
    "cycles/period": ("Periode", "Period"),
    "cycles/period/start": ("Fra", "From"),
    "cycles/period/end": ("Til", "To"),
    "cycles/places": ("Steder", "Places"),
    "cycles/plan": ("Plan", "Plan"),
    "cycles/plan/implementation": ("Implementeringsplan", "Implementation plan"),
    "cycles/plan/documentation": ("Dokumentationsmodel", "Documentation model"),
    "cycles/findings": ("Fund", "Findings"),
    "cycles/findings/text": ("Fund", "Finding"),
    "cycles/findings/kind": ("Slags", "Kind"),
    "cycles/findings/places": ("Steder", "Places"),
    "cycles/findings/data": ("Data", "Data"),
    "cycles/findings/core_elements": ("Kerneelementer", "Core elements"),
    "cycles/findings/nodes": ("Forandringsteori", "Theory of change"),
    "cycles/seminar": ("Metodeseminar", "Method seminar"),
    "cycles/seminar/title": ("Titel", "Title"),
    "cycles/seminar/date": ("Dato", "Date"),
    "cycles/seminar/questions": ("Spørgsmål", "Questions"),
    "cycles/seminar/participants": ("Deltagere", "Participants"),
    "cycles/seminar/participants/role": ("Rolle", "Role"),
    "cycles/seminar/participants/count": ("Antal", "Count"),
    "cycles/decisions": ("Beslutninger", "Decisions"),
    "cycles/decisions/text": ("Beslutning", "Decision"),
    "cycles/decisions/findings": ("Fund", "Findings"),
    "cycles/decisions/change": ("Ændring", "Change"),
    "cycles/decisions/no_change": ("Ingen ændring", "No change"),
    # A place's follow-up (susi-results/1), named by the studio's forms.
    "date": ("Dato", "Date"),
    "fidelity": ("Troskab", "Fidelity"),
    "fidelity/core_element": ("Kerneelement", "Core element"),
    "fidelity/criterion": ("Troskabskriterium", "Fidelity criterion"),
    "fidelity/result": ("Resultat", "Result"),
    "fidelity/note": ("Note", "Note"),
    "practice_profile": ("Praksisprofil", "Practice profile"),
    "practice_profile/core_element": ("Kerneelement", "Core element"),
    "practice_profile/assessment": ("Vurdering", "Assessment"),
    "practice_profile/note": ("Note", "Note"),
    "readiness": ("Implementeringsparathed", "Implementation readiness"),
    "readiness/answers": ("Svar", "Answers"),
    "readiness/answers/question": ("Spørgsmål", "Question"),
    "readiness/answers/answer": ("Svar", "Answer"),
    "readiness/answers/responsible": ("Ansvarlig", "Responsible"),
    "readiness/answers/status": ("Status", "Status"),
    "readiness/conclusion": ("Konklusion", "Conclusion"),
    "costs/kind": ("Art", "Kind"),
    "costs/amount": ("Beløb (kr.)", "Amount (DKK)"),
    "costs/unit": ("Enhed", "Unit"),
    "costs/year": ("År", "Year"),
    "costs/note": ("Note", "Note"),
}

# Report groups and the subgroups of "other fields", by the first part of a path.
GROUPS: dict[str, tuple[str, str]] = {
    "levels": ("Strammet og lempet", "Tightened and loosened"),
    "core_elements": ("Kerneelementer", "Core elements"),
    "theory_of_change": ("Forandringsteori", "Theory of change"),
    "fields": ("Øvrige felter", "Other fields"),
    "body": ("Brødtekst", "Body text"),
    "frame": (
        "Ændringer begrundet i versionen (FRAME)",
        "Changes explained in the version (FRAME)",
    ),
    "review": ("Til gennemsyn", "For review"),
    "general": ("Generelt", "General"),
    "target_group": ("Målgruppe", "Target group"),
    "competencies": ("Kompetencekrav", "Competencies"),
    "implementation": ("Implementering", "Implementation"),
    "documentation": ("Dokumentation", "Documentation"),
    "evidence_profile": ("Evidensprofil", "Evidence profile"),
    "delivery": ("Levering", "Delivery"),
    "materials": ("Materialer", "Materials"),
    "risks": ("Risici og kontraindikationer", "Risks and contraindications"),
    "legal_basis": ("Lovgrundlag", "Legal basis"),
    "contributors": ("Bidragydere", "Contributors"),
    "costs": ("Omkostninger", "Costs"),
}

# Fields whose values are enum members (shown in words), not free text or ids.
ENUM_FIELDS = frozenset(VALUE_NAMES)

SEVERITY: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    # (Danish singular, plural), (English singular, plural)
    "major": (("væsentlig", "væsentlige"), ("major", "major")),
    "minor": (("mindre", "mindre"), ("minor", "minor")),
    "editorial": (("redaktionel", "redaktionelle"), ("editorial", "editorial")),
}


def pick(pair: tuple[str, str], lang: str) -> str:
    """The Danish or English word of a pair."""
    return pair[1] if lang == "en" else pair[0]


def field_label(field: str, lang: str) -> str:
    """The reader's name of a field path, e.g. core_elements/level -> Specifikationsniveau."""
    pair = FIELDS.get(field)
    if pair is None:
        return field.rsplit("/", 1)[-1].replace("_", " ")
    return pick(pair, lang)


def group_label(key: str, lang: str) -> str:
    return pick(GROUPS.get(key, (key, key)), lang)


def value_label(field: str, value: str, lang: str) -> str:
    """An enum value of `field` in words (regel, princip ...; rule, principle ... in
    English); other values as written."""
    pair = VALUE_NAMES.get(field, {}).get(value)
    return value if pair is None else pick(pair, lang)


# The fields whose change tightens or loosens: an element's level, an activity's own.
LEVEL_FIELDS = frozenset({"core_elements/level", "core_elements/activities/level"})


def level_label(level: str, lang: str) -> str:
    return value_label("core_elements/level", level, lang)


# A cost estimate as the diff engine compares it (diff/engine.py, `_amount`): its kind,
# amount, unit and year, then its note in brackets: `running 40000 per_citizen 2021 (...)`.
_ESTIMATE = re.compile(r"(\w+) (\S+) (\w+) (\d{4})( \(.*\))?", re.S)


def estimate_words(value: str, lang: str) -> str:
    """A cost estimate in words: `drift 2021: 40000 kr. pr. borger (...)`."""
    found = _ESTIMATE.fullmatch(value)
    if found is None:
        return value
    kind = value_label("costs/estimates/kind", found[1], lang)
    unit = value_label("costs/estimates/unit", found[3], lang)
    money = "DKK" if lang == "en" else "kr."
    return f"{kind} {found[4]}: {found[2]} {money} {unit}{found[5] or ''}"


def show(field: str, value: Value, lang: str) -> str:
    """A short value for a sentence: enums in words, lists joined, empty as a dash."""
    if value is None or value == "":
        return "–"
    if isinstance(value, str) and field == "costs/estimates":
        return estimate_words(value, lang)
    if isinstance(value, str):
        return value_label(field, value, lang)
    if isinstance(value, bool):
        return ("ja" if value else "nej") if lang != "en" else ("yes" if value else "no")
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return ", ".join(show(field, item, lang) for item in value)
    return "…"


def severity_word(severity: str, count: int, lang: str) -> str:
    """'væsentlig' for one, 'væsentlige' for several (Danish plural rule n != 1)."""
    forms = SEVERITY[severity][1 if lang == "en" else 0]
    return forms[0] if count == 1 else forms[1]


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
