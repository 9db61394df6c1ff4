"""Write one part (fidelity, practice profile, readiness) of a place's follow-up for a date.

The file is `local/<place>/opfoelgning/<date>.md`; another part already in it and its body
are kept, so the fidelity checklist, the practice profile and the readiness analysis of one
day share a file. A part that is there already is replaced only when asked. Written
atomically under the project's write lock, and only in a shape that validates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from susi_spec.errors import SusiError
from susi_spec.files import write_atomic, write_lock
from susi_spec.history.git import git_dir
from susi_spec.labels import version_label
from susi_spec.model.results import FOLLOW_UP_FOLDER, RESULTS_SCHEMA, FollowUp
from susi_spec.problems import Text

_BODY = (
    "\n<!-- Skriv her, hvad der forklarer resultaterne: hvad der lykkedes, hvad der var svært, "
    "og hvad I gør nu. -->\n"
)
_NAMES = {
    "fidelity": Text("troskabsresultater", "fidelity results"),
    "readiness": Text("parathedsanalyse", "a readiness analysis"),
    "practice_profile": Text("en praksisprofil", "a practice profile"),
}


class _Dumper(yaml.SafeDumper):
    """List items indented under their key (`  - core_element: ...`), as the specs write them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def write_part(
    spec_folder: Path,
    place: str,
    day: dt.date,
    version: int | str,
    key: str,
    value: Any,
    replace: bool,
) -> Path:
    """Write `key: value` into the place's follow-up of `day`; return the file."""
    target = spec_folder / "local" / place / FOLLOW_UP_FOLDER / f"{day.isoformat()}.md"
    repository = git_dir(spec_folder)
    lock = write_lock(repository) if repository else write_lock(spec_folder.parent, ".susi.lock")
    with lock:
        data: dict[str, Any] = {}
        body = _BODY
        if target.exists():
            parts = target.read_text(encoding="utf-8").split("---\n", 2)
            loaded = yaml.safe_load(parts[1]) if len(parts) == 3 else None
            if not isinstance(loaded, dict):
                raise SusiError(
                    Text(
                        f"{target} kan ikke læses; ret den først (susi check {target}).",
                        f"{target} cannot be read; fix it first (susi check {target}).",
                    )
                )
            data, body = loaded, parts[2]
            if key in data and not replace:
                raise SusiError(
                    Text(
                        f"{target} har allerede {_NAMES[key].da}. Tilføj --replace for at "
                        "erstatte dem (resten af filen bevares), eller angiv en anden --date.",
                        f"{target} already has {_NAMES[key].en}. Add --replace to replace "
                        "them (the rest of the file is kept), or give another --date.",
                    )
                )
            if data.get("based_on", version) != version:
                raise SusiError(
                    Text(
                        f"{target} gælder {version_label(data['based_on'])}, ikke "
                        f"{version_label(version)}. Angiv en anden --date, eller --version.",
                        f"{target} is for {version_label(data['based_on'])}, not "
                        f"{version_label(version)}. Give another --date, or --version.",
                    )
                )
        data = {
            "schema": RESULTS_SCHEMA,
            "spec": spec_folder.name,
            "place": place,
            "date": day,
            "based_on": version,
            **{k: v for k, v in data.items() if k not in ("schema", "spec", "place", "date")},
            key: value,
        }
        FollowUp.model_validate(data)  # our own shape: never a file check would refuse
        front = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=88)
        write_atomic(target, f"---\n{front}---\n{body}")
    return target
