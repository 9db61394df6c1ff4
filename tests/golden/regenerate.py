"""Write the golden diff reports from tests/golden/specs/*.md: `.venv/bin/python tests/golden/regenerate.py`.

Read every regenerated file before committing it: the reports are for people (Danish
first), and a golden file only guards what someone has checked reads well.
"""

from __future__ import annotations

from pathlib import Path

from susi_spec.diff import DiffMeta, Endpoint, SpecDiff, diff_specs, render_json, render_md
from susi_spec.loading.document import Section, parse_document
from susi_spec.model.boundary import validate
from susi_spec.model.spec import Spec

HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
# (old, new): the first pair closes method seminar 1, the second the midterm evaluation.
PAIRS = (("v1", "v2"), ("v2", "v3"))
# Fixed commits and dates, as `susi diff` would pass them: goldens must not drift.
SIDES = {
    "v1": Endpoint("1", "1" * 40, "2021-03-01"),
    "v2": Endpoint("2", "2" * 40, "2021-11-15"),
    "v3": Endpoint("3"),  # the working tree: no commit, no date
}


def load(name: str) -> tuple[Spec, list[Section]]:
    """A golden spec, parsed and validated as the CLI does."""
    path = SPECS / f"{name}.md"
    document = parse_document(path.read_bytes(), str(path))
    spec, findings = validate(document)
    if not isinstance(spec, Spec):
        raise ValueError(f"{path}: {findings}")
    return spec, document.sections


def diff_pair(old: str, new: str) -> tuple[SpecDiff, DiffMeta]:
    (a, a_sections), (b, b_sections) = load(old), load(new)
    diff = diff_specs(a, b, a_sections, b_sections)
    return diff, DiffMeta(b.id, b.title, SIDES[old], SIDES[new])


def reports(old: str, new: str) -> dict[str, str]:
    """File name -> expected content, for one pair."""
    diff, meta = diff_pair(old, new)
    stem = f"{old}-{new}"
    return {
        f"{stem}.md": render_md(diff, meta),
        f"{stem}.en.md": render_md(diff, meta, "en"),
        f"{stem}.json": render_json(diff, meta),
    }


def main() -> int:
    for old, new in PAIRS:
        for name, text in reports(old, new).items():
            (HERE / name).write_text(text, encoding="utf-8")
            print(f"wrote tests/golden/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
