"""The sentences of a report, Danish and English: one per kind of change, and notes.

Templates are ours; the `{label}`, `{old}`, `{new}`, `{value}` and `{field}` they hold
are filled in by `messages.describe` with escaped text from the specs.
"""

from __future__ import annotations

# (entity, kind) -> (Danish, English). {label} names the thing, {field} the field.
TEMPLATES: dict[tuple[str, str], tuple[str, str]] = {
    ("core_element", "added"): (
        "Nyt kerneelement «{label}» ({level})",
        "New core element «{label}» ({level})",
    ),
    ("core_element", "removed"): (
        "Kerneelementet «{label}» ({level}) er fjernet",
        "Core element «{label}» ({level}) removed",
    ),
    ("core_element", "renamed"): ("Nyt id: {old} → {new}", "New id: {old} → {new}"),
    ("field", "renamed"): (
        "Indsatsbeskrivelsen har fået nyt id: {old} → {new}",
        "The spec has a new id: {old} → {new}",
    ),
    ("core_element", "moved"): (
        "Flyttet fra nr. {old} til nr. {new} i rækkefølgen",
        "Moved from no. {old} to no. {new}",
    ),
    ("node", "added"): (
        "Ny node i forandringsteorien ({kind}): «{label}»",
        "New node in the theory of change ({kind}): «{label}»",
    ),
    ("node", "removed"): (
        "Node fjernet fra forandringsteorien ({kind}): «{label}»",
        "Node removed from the theory of change ({kind}): «{label}»",
    ),
    ("node", "renamed"): (
        "Node «{label}» har fået nyt id: {old} → {new}",
        "Node «{label}» has a new id: {old} → {new}",
    ),
    ("link", "added"): ("Ny forbindelse: {label}", "New link: {label}"),
    ("link", "removed"): ("Forbindelse fjernet: {label}", "Link removed: {label}"),
    ("competency", "added"): (
        "Nyt kompetencekrav ({kind}): «{label}»",
        "New competency ({kind}): «{label}»",
    ),
    ("competency", "removed"): (
        "Kompetencekrav fjernet: «{label}»",
        "Competency removed: «{label}»",
    ),
    ("competency", "renamed"): (
        "Kompetencekravet «{label}» har fået nyt id: {old} → {new}",
        "Competency «{label}» has a new id: {old} → {new}",
    ),
    ("competency", "moved"): (
        "Kompetencekravet «{label}» er flyttet fra nr. {old} til nr. {new}",
        "Competency «{label}» moved from no. {old} to no. {new}",
    ),
    ("indicator", "added"): ("Ny indikator: «{label}»", "New indicator: «{label}»"),
    ("indicator", "removed"): ("Indikator fjernet: «{label}»", "Indicator removed: «{label}»"),
    ("indicator", "renamed"): (
        "Indikatoren «{label}» har fået nyt id: {old} → {new}",
        "Indicator «{label}» has a new id: {old} → {new}",
    ),
    ("indicator", "moved"): (
        "Indikatoren «{label}» er flyttet fra nr. {old} til nr. {new}",
        "Indicator «{label}» moved from no. {old} to no. {new}",
    ),
    ("material", "added"): ("Nyt materiale: «{label}»", "New material: «{label}»"),
    ("material", "removed"): ("Materiale fjernet: «{label}»", "Material removed: «{label}»"),
    ("material", "moved"): (
        "Materialet «{label}» er flyttet fra nr. {old} til nr. {new}",
        "Material «{label}» moved from no. {old} to no. {new}",
    ),
    ("contributor", "added"): (
        "Ny bidragyder: {label} ({role})",
        "New contributor: {label} ({role})",
    ),
    ("contributor", "removed"): (
        "Bidragyder fjernet: {label} ({role})",
        "Contributor removed: {label} ({role})",
    ),
    ("contributor", "moved"): (
        "Bidragyderen {label} er flyttet fra nr. {old} til nr. {new}",
        "Contributor {label} moved from no. {old} to no. {new}",
    ),
    ("section", "added"): ("Nyt afsnit «{label}»", "New section «{label}»"),
    ("section", "removed"): ("Afsnittet «{label}» er fjernet", "Section «{label}» removed"),
    ("block", "added"): ("Nyt tekstafsnit", "New paragraph"),
    ("block", "removed"): ("Tekstafsnit fjernet", "Paragraph removed"),
    ("block", "modified"): ("Tekstafsnit ændret", "Paragraph changed"),
    ("element-block", "added"): (
        "Nyt tekstafsnit i brødteksten",
        "New paragraph in the body text",
    ),
    ("element-block", "removed"): (
        "Tekstafsnit fjernet fra brødteksten",
        "Paragraph removed from the body text",
    ),
    ("element-block", "modified"): (
        "Tekstafsnit ændret i brødteksten",
        "Paragraph changed in the body text",
    ),
    ("element-section", "added"): (
        "Nyt afsnit i brødteksten «{label}»",
        "New section in the body text «{label}»",
    ),
    ("element-section", "removed"): (
        "Afsnittet «{label}» er fjernet fra brødteksten",
        "Section «{label}» removed from the body text",
    ),
    ("item", "added"): ("{field}, nyt punkt: «{value}»", "{field}, new item: «{value}»"),
    ("item", "removed"): ("{field}, punkt fjernet: «{value}»", "{field}, item removed: «{value}»"),
    ("item", "modified"): ("{field}, punkt ændret", "{field}, item changed"),
    ("item", "moved"): (
        "{field}: «{label}» er flyttet fra nr. {old} til nr. {new}",
        "{field}: «{label}» moved from no. {old} to no. {new}",
    ),
    ("field", "added"): ("{field} tilføjet: «{value}»", "{field} added: «{value}»"),
    ("field", "removed"): ("{field} fjernet: «{value}»", "{field} removed: «{value}»"),
    ("field", "modified"): ("{field}: {old} → {new}", "{field}: {old} → {new}"),
}
LONG: dict[str, tuple[str, str]] = {
    "added": ("{field} tilføjet", "{field} added"),
    "removed": ("{field} fjernet", "{field} removed"),
    "modified": ("{field} ændret", "{field} changed"),
}
ITEM_LONG: dict[str, tuple[str, str]] = {
    "added": ("{field}, nyt punkt", "{field}, new item"),
    "removed": ("{field}, punkt fjernet", "{field}, item removed"),
    "modified": ("{field}, punkt ændret", "{field}, item changed"),
}
OWN_GROUP = frozenset({"risks", "legal_basis"})
NAMED = (
    "theory_of_change/nodes/",
    "competencies/",
    "materials/",
    "contributors/",
    "documentation/indicators/",
    "evidence_profile/",
)
SPECIAL: dict[str, tuple[str, str]] = {
    # An evidence criterion now more or less met (evidence_profile/status).
    "strengthened": ("{field} styrket: {old} → {new}", "{field} strengthened: {old} → {new}"),
    "weakened": ("{field} svækket: {old} → {new}", "{field} weakened: {old} → {new}"),
    "replaced": ("{field}: «{old}» → «{new}»", "{field}: «{old}» → «{new}»"),
    "item-replaced": (
        "{field}, punkt ændret: «{old}» → «{new}»",
        "{field}, item changed: «{old}» → «{new}»",
    ),
    "tightened": (
        "Specifikationsniveauet er strammet: {old} → {new}",
        "Specification level tightened: {old} → {new}",
    ),
    "loosened": (
        "Specifikationsniveauet er lempet: {old} → {new}",
        "Specification level loosened: {old} → {new}",
    ),
    "activity-level-added": (
        "Den nye aktivitet «{label}» har sit eget niveau: {new}",
        "The new activity «{label}» has a level of its own: {new}",
    ),
    "activity-level-removed": (
        "Den fjernede aktivitet «{label}» havde sit eget niveau: {old}",
        "The removed activity «{label}» had a level of its own: {old}",
    ),
    "activity-tightened": (
        "Aktiviteten «{label}» er strammet: {old} → {new}",
        "Activity «{label}» tightened: {old} → {new}",
    ),
    "activity-loosened": (
        "Aktiviteten «{label}» er lempet: {old} → {new}",
        "Activity «{label}» loosened: {old} → {new}",
    ),
    "whitespace": ("Kun linjeskift og mellemrum er ændret", "Only line breaks and spacing changed"),
    "element-whitespace": (
        "Kun linjeskift og mellemrum er ændret i brødteksten",
        "Only line breaks and spacing changed in the body text",
    ),
    "element-heading": (
        "Overskriften i brødteksten er ændret: «{old}» → «{new}»",
        "Heading in the body text changed: «{old}» → «{new}»",
    ),
    "heading": ("Overskriften er ændret: «{old}» → «{new}»", "Heading changed: «{old}» → «{new}»"),
}
NOTES: dict[str, tuple[str, str]] = {
    "whitespace": ("kun linjeskift og mellemrum", "only line breaks and spacing"),
    "punctuation": (
        "kun tegnsætning eller store og små bogstaver",
        "only punctuation or letter case",
    ),
    "modal-verb": (
        "et normativt udsagnsord er skiftet (kan/må, bør, skal)",
        "a normative verb changed (may, should, must)",
    ),
    "probable-match": (
        "parret efter lighed ({score} % ens); bekræft at det er det samme",
        "paired by similarity ({score} % alike); confirm it is the same",
    ),
    "ambiguous-match": (
        "ligner {candidates} for meget til at vælge; holdt adskilt, afgør om det er det samme",
        "resembles {candidates} too evenly to choose; kept apart, decide whether it is the same",
    ),
    "not-in-changes": (
        "ingen post i versionens ændringsliste (changes) nævner kerneelementet",
        "no entry in the version's changes list mentions this core element",
    ),
}
DECLARED = (
    " (erklæret som tidligere id i beskrivelsen)",
    " (declared as a former id in the description)",
)
