"""What the studio's buttons do, with the same code as the CLI: edit a draft, check it,
preview it, save it, commit it, compare it, release and bump.

Nothing here speaks HTTP; app.py calls these and pages.py shows what they return.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from susi_spec.diff import Endpoint
from susi_spec.diff.reports.as_html import html_report
from susi_spec.editing import apply_edits
from susi_spec.errors import SusiError
from susi_spec.files import write_atomic, write_lock
from susi_spec.history.compare import Side, compare, release_side, resolve_side
from susi_spec.history.git import Revision, blob_id, git_dir
from susi_spec.history.versions import State, parse_spec
from susi_spec.labels import version_label
from susi_spec.problems import Problem, Text
from susi_spec.release.release import CheckFailed, bump, release
from susi_spec.release.release import Outcome as ReleaseOutcome
from susi_spec.release.scheme import Step, proposal
from susi_spec.render.cycles_page import render_cycles_page
from susi_spec.render.html import esc
from susi_spec.render.local_page import render_local_page
from susi_spec.render.markdown import render_markdown
from susi_spec.render.model import LocalView, SiteOptions, SpecRecord, VersionView
from susi_spec.render.sanitize import sanitize_html
from susi_spec.render.spec_page import render_spec_page
from susi_spec.studio.drafts import Checked, Draft, Workspace, read_text
from susi_spec.studio.forms import ops_to_edits
from susi_spec.studio.pages import EditorState, t

# What a release or a bump did: what was done, notes on the way, the problems that stopped it.
Outcome = tuple[Text, list[Text], list[Problem]]


class Refused(SusiError):
    """A button that cannot do what it says now; the message says why and what to do."""


def edit(workspace: Workspace, draft: Draft, ops: list[dict[str, Any]]) -> None:
    """Apply the browser's operations to the draft (all or none)."""
    if not isinstance(ops, list) or not all(isinstance(op, dict) for op in ops):
        raise Refused(
            Text(
                "Ændringerne har en form, studiet ikke kender.",
                "The changes have a form the studio does not know.",
            )
        )
    draft.text = apply_edits(draft.text, ops_to_edits(draft.text, ops))
    draft.ops.extend(ops)


def state(workspace: Workspace, draft: Draft, lang: str) -> tuple[EditorState, Checked]:
    """What the editor shows of the draft now: the check, the release list, the preview."""
    checked = workspace.check(draft.path, draft.text)
    spec = checked.spec
    label = version_label(spec.version) if spec is not None else "?"
    return (
        EditorState(
            relative=draft.relative,
            base=draft.base,
            dirty=draft.dirty,
            ops=list(draft.ops),
            problems=checked.problems,
            demands=checked.demands,
            preview=preview(checked, lang),
            label=label,
            status=spec.status if spec is not None else "",
            is_spec=draft.path.name == "index.md",
        ),
        checked,
    )


def preview(checked: Checked, lang: str) -> str:
    """The page as the site would show the draft, by the site's own renderer, sanitised."""
    document = checked.document
    if checked.spec is not None:
        spec = checked.spec
        releases: tuple[VersionView, ...] = ()
        if checked.history is not None:
            releases = tuple(
                VersionView(r.spec, r.state.sections, r.label, r.spec.released, released=True)
                for r in checked.history.releases
            )
        current = VersionView(
            spec,
            tuple(document.sections),
            version_label(spec.version),
            released=spec.status == "released",
        )
        record = SpecRecord(spec.id, current, releases, source=document.path)
        parts = render_spec_page(record, SiteOptions()).parts
    elif checked.local is not None and checked.common is not None:
        local = checked.local
        common = checked.common
        model = common.current
        if model is None:
            return _nothing(lang)
        followed = common.release(version_label(local.based_on))
        view = LocalView(local, document.body, followed=followed)
        record = SpecRecord(model.id, VersionView(model, (), version_label(model.version)))
        parts = render_local_page(record, view, SiteOptions()).parts
    elif checked.cycles is not None and checked.common is not None:
        common = checked.common
        model = common.current
        if model is None:
            return _nothing(lang)
        released = tuple(
            VersionView(spec, (), label, spec.released, released=True)
            for label, spec in common.releases
        )
        record = SpecRecord(
            model.id,
            VersionView(model, (), version_label(model.version)),
            released,
            cycles=checked.cycles,
            cycles_body=document.body,
        )
        parts = render_cycles_page(record, SiteOptions()).parts
    elif checked.follow_up is not None:
        return (
            "<p>"
            + t(
                lang,
                "Opfølgningen vises på stedets side på sitet, sammen med stedets andre opfølgninger.",
                "The follow-up is shown on the place's page of the site, with its other follow-ups.",
            )
            + "</p>"
        )
    else:
        return _nothing(lang)
    html = "".join(part if part.startswith("<") else render_markdown(part) for part in parts)
    return sanitize_html(html)


def _nothing(lang: str) -> str:
    return (
        "<p>"
        + t(
            lang,
            "Siden kan ikke vises, før filens form er i orden (se problemerne).",
            "The page cannot be shown until the file's shape is right (see the problems).",
        )
        + "</p>"
    )


# -- writing -------------------------------------------------------------------------------


def _lock(workspace: Workspace) -> Any:
    """The write lock `susi release`, `bump` and `new` hold: git's folder, else specs/."""
    directory = git_dir(workspace.root)
    return write_lock(directory) if directory else write_lock(workspace.specs, ".susi.lock")


def save(workspace: Workspace, draft: Draft) -> str | None:
    """Write the draft if the file is still the text it started from; else return the
    text on disk (nothing written), for the user to choose."""
    with _lock(workspace):
        on_disk = read_text(draft.path, draft.relative)
        if on_disk != draft.base_text:
            return on_disk
        if draft.dirty:
            write_atomic(draft.path, draft.text)
        draft.base_text = draft.text
        draft.ops.clear()
    workspace.changed()
    return None


def keep_mine(workspace: Workspace, draft: Draft) -> None:
    """Conflict: the user chose the draft; it becomes the file."""
    with _lock(workspace):
        write_atomic(draft.path, draft.text)
        draft.base_text = draft.text
        draft.ops.clear()
    workspace.changed()


def take_theirs(workspace: Workspace, draft: Draft) -> None:
    """Conflict: the user chose the file on disk; the draft is dropped."""
    workspace.forget(draft.path)


def commit(workspace: Workspace, draft: Draft, message: str) -> str:
    """Save, then commit the file alone with the user's message; the commit's sha."""
    text = " ".join(message.split())
    if not text:
        raise Refused(
            Text(
                "Skriv kort, hvad du har ændret, før du registrerer.",
                "Write briefly what you changed before you record it.",
            )
        )
    repo = workspace.repo
    if repo is None:
        raise Refused(
            Text(
                "Projektet er ikke et git-repository med hele historikken, så ændringerne kan "
                "ikke registreres herfra. Filen kan stadig gemmes.",
                "The project is not a git repository with its whole history, so the changes "
                "cannot be recorded from here. The file can still be saved.",
            )
        )
    conflict = save(workspace, draft)
    if conflict is not None:
        raise Refused(
            Text(
                "Filen er ændret uden for studiet. Gem først, og vælg hvilken udgave der gælder.",
                "The file was changed outside the studio. Save first, and choose which version holds.",
            )
        )
    relative = repo.relative(draft.path)
    if relative not in repo.changes():
        raise Refused(
            Text(
                "Der er intet nyt at registrere: filen er, som den sidst blev registreret.",
                "There is nothing new to record: the file is as it was last recorded.",
            )
        )
    with _lock(workspace):
        if repo.blob_at("HEAD", relative) is None:
            repo.add_file(relative)  # new: `commit --only` takes only files git knows
        sha = repo.commit_file(relative, text)
    workspace.changed()
    return sha


def diff_reports(workspace: Workspace, draft: Draft, lang: str) -> list[tuple[str, str]]:
    """`susi diff`'s HTML report of the draft against the last release and the last commit."""
    found = workspace.history(draft.path)
    mine = text_side(draft.text, draft.relative, t(lang, "dine ændringer", "your changes"))
    if mine is None:
        raise Refused(
            Text(
                "Ændringerne kan ikke vises, før filens form er i orden (se problemerne i editoren).",
                "The changes cannot be shown until the file's form is right (see the problems in the "
                "editor).",
            )
        )
    if found is None:
        raise Refused(
            Text(
                "Der er ingen historik at sammenligne med: filen er ikke registreret endnu.",
                "There is no history to compare with: the file is not recorded yet.",
            )
        )
    loader, history = found
    reports = []
    if history.releases:
        last = history.releases[-1].label
        old = release_side(history, last)
        reports.append(
            (
                t(lang, f"Siden {last} blev frigivet", f"Since {last} was released"),
                _report(old, mine, lang),
            )
        )
    if history.states:
        old = resolve_side(loader, history, "HEAD")
        reports.append(
            (
                t(lang, "Siden sidste registrering", "Since it was last recorded"),
                _report(old, mine, lang),
            )
        )
    return reports


def conflict_report(draft: Draft, on_disk: str, lang: str) -> str:
    """The diff report from the file on disk to the draft (or a plain note when either does
    not validate)."""
    theirs = text_side(on_disk, draft.relative, t(lang, "filen nu", "the file now"))
    mine = text_side(draft.text, draft.relative, t(lang, "dine ændringer", "your changes"))
    if theirs is None or mine is None:
        return (
            "<p>"
            + t(
                lang,
                "En af udgaverne kan ikke læses som en beskrivelse.",
                "One of the versions cannot be read as a description.",
            )
            + "</p>"
        )
    return _report(theirs, mine, lang)


def text_side(text: str, relative: str, name: str) -> Side | None:
    """A text as one side of a comparison (None when it does not validate)."""
    data = text.encode("utf-8")
    parsed = parse_spec(data, relative)
    if parsed.spec is None:
        return None
    state = State(Revision(relative, blob_id(data)), parsed.spec, parsed.sections, parsed.body)
    return Side(state, Endpoint(version=state.label, label=name))


def _report(old: Side, new: Side, lang: str) -> str:
    diff, meta = compare(old, new)
    report = html_report(diff, meta, lang)
    # The report's own headings one level down: the studio page has the h1 and h2.
    body = "".join(report.intro) + "".join(
        f"<h3>{esc(section.title)}</h3>{section.html}" for section in report.sections
    )
    return sanitize_html(body)


def do_release(workspace: Workspace, draft: Draft, today: dt.date) -> Outcome:
    """`susi release` of the file."""
    return _new_version(
        workspace,
        draft,
        lambda tell: release(draft.path, today, tell=tell),
        lambda label: Text(f"{label} er frigivet.", f"{label} is released."),
    )


def proposal_for(draft: Draft, final: bool) -> tuple[str, Step]:
    """The label of the next version and SUSI's proposal for it."""
    parsed = parse_spec(draft.text.encode("utf-8"), draft.relative)
    if parsed.spec is None or parsed.spec.version == "final":
        raise Refused(
            Text(
                "Der er ingen næste version: final er den sidste.",
                "There is no next version: final is the last.",
            )
        )
    version: int | str = "final" if final else int(parsed.spec.version) + 1
    return version_label(version), proposal(version)


def do_bump(workspace: Workspace, draft: Draft, milestone: str, phase: str, final: bool) -> Outcome:
    """`susi bump` with the milestone and phase the user chose."""
    choose: Callable[[str, Step], Step] = lambda label, step: Step(milestone, phase)  # noqa: E731
    return _new_version(
        workspace,
        draft,
        lambda tell: bump(draft.path, final=final, tell=tell, choose=choose),
        lambda label: Text(f"{label} er startet som udkast.", f"{label} is started as a draft."),
    )


def _new_version(
    workspace: Workspace,
    draft: Draft,
    run: Callable[[Callable[[Text], None]], ReleaseOutcome],
    done: Callable[[str], Text],
) -> Outcome:
    """Release or bump on what is recorded: (what was done, the notes on the way, the
    problems when the check stopped it)."""
    _committed(workspace, draft)
    notes: list[Text] = []
    try:
        outcome = run(notes.append)
    except CheckFailed as failure:
        return Text("", ""), notes, failure.problems
    finally:
        workspace.changed()
    workspace.forget(draft.path)
    return done(outcome.label), notes, []


def _committed(workspace: Workspace, draft: Draft) -> None:
    """Release and bump work on what is recorded: say so in plain words first."""
    if draft.dirty:
        raise Refused(
            Text(
                "Du har ændringer, der ikke er gemt. Brug «Gem og registrér» først.",
                "You have changes that are not saved. Use «Save and record» first.",
            )
        )
    repo = workspace.repo
    if repo is None:
        raise Refused(
            Text(
                "Projektet er ikke et git-repository med hele historikken; der kan ikke frigives herfra.",
                "The project is not a git repository with its whole history; nothing can be "
                "released from here.",
            )
        )
    if repo.relative(draft.path) in repo.changes():
        raise Refused(
            Text(
                "Filen har ændringer, der ikke er registreret. Brug «Gem og registrér» først.",
                "The file has changes that are not recorded. Use «Save and record» first.",
            )
        )
