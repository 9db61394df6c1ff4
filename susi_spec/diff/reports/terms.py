"""Words for reports, Danish first and English beside: field names, enum values, counts."""

from __future__ import annotations

from susi_spec.diff.records import Value
from susi_spec.model.types import LEVEL_NAMES_DA

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
    "core_elements/evidence": ("Evidens", "Evidence"),
    "core_elements/what": ("Hvad", "What"),
    "core_elements/activities": ("Aktiviteter", "Activities"),
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
    "delivery": ("Levering", "Delivery"),
    "materials": ("Materialer", "Materials"),
    "risks": ("Risici og kontraindikationer", "Risks and contraindications"),
    "legal_basis": ("Lovgrundlag", "Legal basis"),
    "contributors": ("Bidragydere", "Contributors"),
    "costs": ("Omkostninger", "Costs"),
}

_VALUES: dict[str, str] = {
    **LEVEL_NAMES_DA,
    "documented": "dokumenteret",
    "presumed": "formodet",
    "draft": "udkast",
    "review": "til review",
    "released": "frigivet",
    "screening": "screening",
    "maturation": "modning",
    "pilot": "afprøvning",
    "dissemination": "udbredelse",
    "citizen": "borgerrettet",
    "organisational": "organisatorisk",
    "integrated": "integreret",
    "promising_practice": "lovende praksis",
    "research": "forskning",
    "experts": "eksperter",
    "theory": "teori",
    "activity": "aktivitet",
    "output": "output",
    "short_term_outcome": "kortsigtet resultat",
    "medium_term_outcome": "mellemlangt resultat",
    "long_term_outcome": "langsigtet resultat",
    "owner": "ejer",
    "author": "forfatter",
    "reviewer": "reviewer",
    "consulted": "hørt",
    "practice": "praksis",
    "management": "ledelse",
    "individual": "individuel",
    "family": "familie",
    "group": "gruppe",
    "network": "netværk",
    "digital": "digital",
}
# Fields whose values are enum members (shown in words), not free text or ids.
ENUM_FIELDS = frozenset(
    {
        "status",
        "phase",
        "intervention_type",
        "knowledge_basis",
        "core_elements/level",
        "core_elements/evidence",
        "theory_of_change/nodes/kind",
        "competencies/kind",
        "contributors/role",
        "contributors/voice",
        "delivery/mode",
    }
)

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
    """An enum value in words (Danish: regel, princip ...); other values as written."""
    if lang == "en" or field not in ENUM_FIELDS:
        return value.replace("_", " ") if field in ENUM_FIELDS else value
    return _VALUES.get(value, value)


def level_label(level: str, lang: str) -> str:
    return value_label("core_elements/level", level, lang)


def show(field: str, value: Value, lang: str) -> str:
    """A short value for a sentence: enums in words, lists joined, empty as a dash."""
    if value is None or value == "":
        return "–"
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
