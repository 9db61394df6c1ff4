"""Text for new files: a local implementation that lists every core element to describe.

The file names the latest release as `based_on` and one adaptation per core element, each
with comments saying what its level allows; `how` is left empty so that `susi check` asks
for it until it is written.
"""

from __future__ import annotations

import json
import re

import yaml

from susi_spec.loading.yamlload import load_yaml
from susi_spec.model import Spec
from susi_spec.model.core_element import option_label
from susi_spec.model.types import LEVEL_NAMES_DA

# Text that may be a YAML plain scalar, if it also reads back as itself (see yaml_scalar).
_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:#]*")

_ALLOWS = {
    "rule": "udføres som beskrevet; en regel må ikke fraviges.",
    "guideline": "vælg blandt mulighederne i choice; en afvigelse skal gennemgås.",
    "principle": "udmøntes frit; skriv en eventuel afvigelse i deviation.",
}
# The same for an activity held to a level of its own (its departure: activity_deviations).
_ACTIVITY_ALLOWS = {
    "rule": "udføres som beskrevet; den må ikke fraviges.",
    "guideline": "vælg blandt dens muligheder i choice; en afvigelse skal gennemgås.",
    "principle": "udmøntes frit; skriv en eventuel afvigelse i activity_deviations.",
}


def yaml_scalar(text: str) -> str:
    """`text` as a one-line YAML value that reads back as this string: plain where YAML 1.2
    (as susi reads) and 1.1 (as many tools read) both take it as text, else JSON-quoted,
    so `null`, `true`, `123`, `2020-01-01`, `~` and `yes` stay titles."""
    plain = _PLAIN.fullmatch(text) is not None and text == text.strip()
    return text if plain and _reads_back(text) else json.dumps(text, ensure_ascii=False)


def _reads_back(text: str) -> bool:
    line = f"v: {text}\n"
    try:
        older = yaml.safe_load(line)
    except yaml.YAMLError:
        return False
    return bool(older == {"v": text} and load_yaml(line).data == {"v": text})


def local_file_text(spec: Spec, place: str, title: str) -> str:
    """A new local implementation of `spec` (a release) for `place`, ready to fill in."""
    lines = [
        "---",
        f"# Lokal udmøntning af «{_comment(spec.title)}». Beskriv under how, hvordan I udfører",
        "# hvert kerneelement. Tjek filen med 'susi check'.",
        "schema: susi-local/1",
        f"spec: {spec.id}",
        f"place: {place}",
        f"title: {yaml_scalar(title)}",
        f"based_on: {spec.version}  # den frigivne version af den fælles model, I følger",
        "status: draft  # draft | review | released",
        "adaptations:",
    ]
    for element in spec.core_elements:
        level = LEVEL_NAMES_DA[element.level]
        lines.append(f"  # {_comment(element.title)}: {level}; {_ALLOWS[element.level]}")
        if element.level == "guideline" and element.options:
            lines.append(
                f"  # Muligheder: {_comment('; '.join(map(option_label, element.options)))}"
            )
        for step in element.steps:  # an activity held to another level, and what it allows
            if step.level and step.level != element.level:
                lines.append(
                    f"  # Aktiviteten {step.id} ({_comment(step.text)}): "
                    f"{LEVEL_NAMES_DA[step.level]}; {_ACTIVITY_ALLOWS[step.level]}"
                )
        lines.append(f"  - core_element: {element.id}")
        lines.append("    how:")
        if "guideline" in element.levels:
            lines.append("    choice: []")
    lines.extend(("---", "", f"# {title}", "", "Organisering, kontaktpersoner og erfaringer.", ""))
    return "\n".join(lines)


def _comment(text: str) -> str:
    """Text for a YAML comment: one line."""
    return " ".join(text.split())
