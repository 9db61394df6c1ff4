"""What the site is made from: the checked specs, their git history and their asset files.

No MkDocs here: the plugin calls `load_sources` and logs what it returns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from susi_spec.checks.checker import FileResult, check_paths, discover
from susi_spec.checks.config import load_config
from susi_spec.diff.trace import read_record
from susi_spec.errors import SusiError
from susi_spec.history.common_model import from_history, from_spec
from susi_spec.history.git import Repository
from susi_spec.history.histories import load_histories
from susi_spec.history.versions import SpecHistory, State, load_file
from susi_spec.labels import version_label
from susi_spec.local.follow_ups import read_follow_up_texts
from susi_spec.local.review import local_files, review_place
from susi_spec.model import Spec
from susi_spec.problems import Problem, Severity
from susi_spec.render.model import LocalView, SpecRecord, VersionView


@dataclass
class Sources:
    """Spec records for the renderers, validator problems and notes for the build log."""

    records: list[SpecRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    assets: list[tuple[str, Path]] = field(default_factory=list)  # (site path, file)


def load_sources(specs_dir: Path, *, check: bool = True) -> Sources:
    """Check every spec under `specs_dir` and read its releases from git."""
    sources = Sources()
    if not specs_dir.is_dir():
        sources.notes.append(f"{specs_dir}: mappen med indsatsbeskrivelser findes ikke.")
        return sources
    try:  # the project's own rule severities ([tool.susi.rules]), as `susi check` uses
        severities = load_config(specs_dir).severities
    except SusiError as error:
        sources.notes.append(str(error))
        severities = {}
    checked: dict[Path, FileResult] = {}
    if check:  # the check reads every history and local file; they are used, not read again
        report = check_paths([specs_dir], severities, keep=True)
        sources.problems, checked = report.problems, report.results
    files = [path for path in discover([specs_dir]) if path.name == "index.md"]
    histories = _histories(specs_dir, files, sources.notes, checked)
    for file in files:
        errors = _errors(checked.get(file.resolve()), sources.problems)
        record = _record(file, histories.get(file), severities, checked, errors)
        if record is not None:
            sources.records.append(record)
            sources.assets.extend(_assets(file.parent, record.spec_id))
    return sources


def _histories(
    specs_dir: Path, files: list[Path], notes: list[str], checked: dict[Path, FileResult]
) -> dict[Path, SpecHistory]:
    """Each file's history, as the check read it or through one git log; empty, with a
    note, when git cannot tell."""
    try:
        repo = Repository(specs_dir)
        if not repo.has_commits():
            notes.append("Repository'et har ingen commits endnu: ingen frigivne versioner vises.")
            return {}
        repo.require_full_history()
        kept: dict[Path, SpecHistory] = {}
        for file in files:
            result = checked.get(file.resolve())
            if result is None or result.history is None:
                break
            kept[file] = result.history
        else:
            return kept
        log = repo.file_log(repo.relative(specs_dir))
    except SusiError as error:
        notes.append(f"{error} Arkiv og ændringssider kan ikke laves.")
        return {}
    return load_histories(repo, files, log)


def _record(
    file: Path,
    history: SpecHistory | None,
    severities: dict[str, Severity],
    checked: dict[Path, FileResult],
    errors: int = 0,
) -> SpecRecord | None:
    """The record of one spec file (`errors`: the check's errors in it); when its working
    copy does not validate, the latest release stands for it, and None without one."""
    if history is None:
        try:
            working: State | None = load_file(file)
        except SusiError:
            working = None
    else:
        working = history.working
    releases = tuple(
        VersionView(
            r.spec,
            r.state.sections,
            r.label,
            r.spec.released or _commit_date(r.state),
            r.state.revision.commit.sha if r.state.revision.commit else None,
            released=True,
        )
        for r in (history.releases if history is not None else [])
    )
    unreadable = working is None or working.spec is None
    if working is not None and working.spec is not None:
        current = _working_view(working, working.spec, history, releases)
    elif releases:  # a working copy that does not validate hides no release
        current = releases[-1]
    else:
        return None
    spec = current.spec
    locals_ = local_views(file, spec, history, severities, checked)
    source = history.path if history is not None else _relative(file)
    cycles = read_record(file)
    return SpecRecord(
        spec.id,
        current,
        releases,
        source=source,
        locals=locals_,
        cycles=cycles[0] if cycles else None,
        cycles_body=cycles[1] if cycles else "",
        working_errors=errors,
        working_unreadable=unreadable,
    )


def _working_view(
    working: State, spec: Spec, history: SpecHistory | None, releases: tuple[VersionView, ...]
) -> VersionView:
    """The working copy (`spec`, its model) as a version: dated by its release or its last
    commit."""
    label = version_label(spec.version)
    latest = releases[-1] if releases else None
    last = history.states[-1] if history is not None and history.states else None
    if latest is not None and latest.spec == spec and latest.label == label:
        date = latest.date
    else:
        date = _commit_date(last) if last is not None else None
    # The commit whose content the working copy is; none when it has uncommitted edits.
    commit = last.revision.commit if last and last.revision.blob == working.revision.blob else None
    return VersionView(
        spec,
        working.sections,
        label,
        date,
        commit.sha if commit else None,
        released=spec.status == "released",
    )


def _errors(result: FileResult | None, problems: list[Problem]) -> int:
    """How many errors the check found in the file of `result` (none when not checked)."""
    if result is None:
        return 0
    return sum(p.path == result.path and p.severity is Severity.ERROR for p in problems)


def _relative(file: Path) -> str:
    """The spec file as seen from the project (the folder holding specs/)."""
    return file.relative_to(file.parent.parent.parent).as_posix()


def local_views(
    file: Path,
    spec: Spec,
    history: SpecHistory | None,
    severities: dict[str, Severity],
    checked: dict[Path, FileResult] | None = None,
) -> tuple[LocalView, ...]:
    """The local implementations of the spec at `file` (`local/<place>.md`), by place.

    A file that does not validate, or names another spec or place than its path says, gets
    no page; the checker's problems (logged by the plugin) say why. Without git history only
    the working copy of the common model is known: the version a place follows is shown
    when it is that one, and what changed since cannot be said. `checked`: the check's
    results by path, so that no local file is read and checked twice.
    """
    common = from_history(history, spec) if history is not None else from_spec(spec)
    views = []
    for path in local_files(file):
        result = checked.get(path.resolve()) if checked else None
        review = review_place(path, common, history, severities, result)
        local = review.local
        if local is None or local.spec != spec.id or local.place != path.stem:
            continue
        dated = read_follow_up_texts(file, local.place, checked)
        views.append(
            LocalView(
                local,
                review.body,
                followed=common.release(review.based_on or ""),
                latest=review.latest,
                due=review.due,
                changes=review.diff,
                to_fix=review.problems,
                follow_ups=tuple(follow_up for follow_up, _ in dated),
                follow_up_texts=tuple((follow_up.date, body) for follow_up, body in dated),
            )
        )
    return tuple(views)


def _commit_date(state: State) -> dt.date | None:
    commit = state.revision.commit
    return commit.date.date() if commit is not None else None


def _assets(folder: Path, spec_id: str) -> list[tuple[str, Path]]:
    """Figures under specs/<id>/assets/, to be published at /<id>/assets/."""
    root = folder / "assets"
    if not root.is_dir():
        return []
    return [
        (f"{spec_id}/assets/{path.relative_to(root).as_posix()}", path)
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.name.startswith(".")
    ]
