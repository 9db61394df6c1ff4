"""One Danish Markdown report on what changed between two revisions, for a pull request.

For every spec and local file that changed: the check's findings that are new (present at
HEAD, not at BASE, compared without line numbers, which move with every edit), and for each
spec the `susi diff` report since BASE. The report fits a comment (GitHub's 65,536
characters by default) and says what it left out. It starts with MARKER, by which CI finds
the comment to update.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from susi_spec.checks.checker import check_paths
from susi_spec.checks.config import load_config
from susi_spec.diff.reports.as_markdown import render_md
from susi_spec.diff.reports.escape import md_escape
from susi_spec.errors import SusiError
from susi_spec.history.compare import compare, open_history, resolve_side, working_side
from susi_spec.history.git import Repository
from susi_spec.problems import Problem, Severity, Text

MARKER = "<!-- susi-review -->"
GITHUB_LIMIT = 65_536
GITLAB_LIMIT = 1_000_000
_RESERVE = 2_000  # room for the list of what was left out
_MIN_DIFF = 3_000  # a diff report shorter than this would say little but that it was cut
# A todo is a draft's to-do list (what the version still needs), "mangler" as in `susi check`.
_SEVERITY = {
    Severity.ERROR: "fejl",
    Severity.WARNING: "advarsel",
    Severity.TODO: "mangler",
    Severity.NOTE: "note",
}


@dataclass(frozen=True)
class Changed:
    """A spec or local file that changed: its path from the repository root, and how."""

    path: str
    local: bool
    deleted: bool


@dataclass
class _Out:
    """The report's parts within the limit, and what did not fit."""

    limit: int
    parts: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(len(part) + 1 for part in self.parts)

    def add(self, text: str, instead: str) -> bool:
        """Add `text` if it fits, else note `instead` under what was left out."""
        if self.size + len(text) + 1 > self.limit - _RESERVE:
            self.left_out.append(instead)
            return False
        self.parts.append(text)
        return True


def review(base: str, head: str | None, limit: int = GITHUB_LIMIT) -> str:
    """The report from `base` to `head` (None: the working tree) at most `limit` long."""
    config = load_config(Path.cwd())
    repo = Repository(config.root)
    repo.require_full_history()
    root = repo.root
    specs = repo.relative(config.specs_path)
    base_sha = _resolve(repo, base)
    head_sha = _resolve(repo, head) if head else None
    changed = changed_files(repo, base_sha, head_sha, specs)
    before = _problems_at(repo, base_sha, specs)
    after = _problems_at(repo, head_sha, specs) if head_sha else _problems_here(root, specs)
    new = _new(before, after)
    shown = {item.path for item in changed}
    out = _Out(limit)
    out.parts.append(_header(base, base_sha, head, head_sha, changed, new))
    elsewhere = sorted(path for path in new if path not in shown)
    if elsewhere:  # a change can break a file it did not touch (a local file's common model)
        lines = [f"Nye fund i filer, der ikke er ændret: {', '.join(elsewhere)}.", ""]
        lines += [_problem_lines(p) for path in elsewhere for p in new[path]]
        out.add("\n".join(lines) + "\n", f"nye fund i {', '.join(elsewhere)} (kør `susi check`)")
    for item in changed:
        _file_section(out, item, new.get(item.path, []), root, (base_sha, base), (head_sha, head))
    return _finish(out)


def changed_files(repo: Repository, base: str, head: str | None, specs: str) -> list[Changed]:
    """The spec and local files under `specs` that differ between `base` and `head` (None:
    the working tree, untracked files too), in path order."""
    found = []
    for path, letter in sorted(repo.changed(base, head, specs).items()):
        pure = PurePosixPath(path)
        local = pure.parent.name == "local" and pure.suffix == ".md"
        if pure.name == "index.md" or local:
            found.append(Changed(path, local, letter.startswith("D")))
    return found


def _header(
    base: str,
    base_sha: str,
    head: str | None,
    head_sha: str | None,
    changed: list[Changed],
    new: dict[str, list[Problem]],
) -> str:
    to = f"`{md_escape(head)}` ({head_sha[:8]})" if head and head_sha else "arbejdskopien"
    specs = sum(not item.local for item in changed)
    locals_ = len(changed) - specs
    lines = [
        MARKER,
        "# Gennemgang af indsatsbeskrivelserne",
        "",
        f"Fra `{md_escape(base)}` ({base_sha[:8]}) til {to}: "
        f"{_count(specs, 'indsatsbeskrivelse', 'indsatsbeskrivelser')} og "
        f"{_count(locals_, 'lokal udmøntning', 'lokale udmøntninger')} er ændret.",
        "",
    ]
    counts = Counter(p.severity for found in new.values() for p in found)
    lines.append(
        f"**Nye fund i tjekket:** {_count(counts[Severity.ERROR], 'fejl', 'fejl')}, "
        f"{_count(counts[Severity.WARNING], 'advarsel', 'advarsler')} og "
        f"{_count(counts[Severity.NOTE], 'note', 'noter')} (kun dem, der ikke var der før)."
    )
    if not changed:
        lines += ["", "Ingen indsatsbeskrivelser eller lokale udmøntninger er ændret."]
    return "\n".join(lines) + "\n"


def _file_section(
    out: _Out,
    item: Changed,
    problems: list[Problem],
    root: Path,
    based: tuple[str, str],
    headed: tuple[str | None, str | None],
) -> None:
    """`based` and `headed`: (commit, the revision as the user named it)."""
    (base, base_name), (head, head_name) = based, headed
    kind = "lokal udmøntning" if item.local else "indsatsbeskrivelse"
    title = f"## `{md_escape(item.path)}` ({kind}{', fjernet' if item.deleted else ''})\n"
    if not out.add(title, f"alt om `{item.path}`"):
        return
    if problems:
        lines = [_problem_lines(p) for p in problems]
        text = "Nye fund:\n\n" + "\n".join(lines) + "\n"
        out.add(text, f"{len(problems)} nye fund i `{item.path}` (kør `susi check {item.path}`)")
    elif not item.deleted:
        out.add("Ingen nye fund.\n", "")
    if item.local or item.deleted:
        return
    spec_id = PurePosixPath(item.path).parent.name
    room = max(out.limit - out.size - _RESERVE, 0)
    report = _diff_report(root / item.path, (base, base_name), (head, head_name), room)
    command = f"kør `susi diff {spec_id} {base[:8]}{' ' + head[:8] if head else ''} --format md`"
    if report is None:
        out.add(
            "Ny indsatsbeskrivelse: der er intet at sammenligne med.\n", "",
        )  # fmt: skip
    elif report.startswith("!"):
        out.add(report[1:], "")
    else:
        out.add(report, f"ændringsrapporten for `{spec_id}` ({command})")


def _diff_report(
    path: Path, based: tuple[str, str], headed: tuple[str | None, str | None], room: int
) -> str | None:
    """The diff report since `base`, headings under the file's; None for a new spec, or a
    line starting with `!` saying why there is none. The sides are named as the user named
    them (`main`), not by their 40-digit commit, which the report shows short beside."""
    (base, base_name), (head, head_name) = based, headed
    if room < _MIN_DIFF:
        return "!Ændringsrapporten er udeladt: kommentaren er fuld.\n"
    try:
        loader, history = open_history(path)
        new = resolve_side(loader, history, head) if head else working_side(history)
    except SusiError:
        return "!Filen er ikke gyldig, så ændringerne kan ikke vises; se fundene ovenfor.\n"
    try:
        old = resolve_side(loader, history, base)
    except SusiError:
        return None  # not there at `base`, or not valid there: nothing to compare with
    old = replace(old, endpoint=replace(old.endpoint, label=base_name))
    if head_name is not None:
        new = replace(new, endpoint=replace(new.endpoint, label=head_name))
    diff, meta = compare(old, new)
    report = render_md(diff, meta, "da", limit=room)
    return "\n".join("##" + line if line.startswith("#") else line for line in report.split("\n"))


def _finish(out: _Out) -> str:
    left_out = [item for item in out.left_out if item]
    if left_out:
        out.parts.append(
            f"## Udeladt (grænse: {out.limit} tegn, `--limit`)\n\n"
            + "\n".join(f"- {item}" for item in left_out)
            + "\n"
        )
    return "\n".join(out.parts)


def _problem_lines(problem: Problem) -> str:
    severity = _SEVERITY[problem.severity]
    return (
        f"- `{md_escape(problem.path)}:{problem.line}:{problem.column}` **{severity}** "
        f"{problem.code}: {md_escape(problem.message('da'))}"
    )


def _new(before: list[Problem], after: list[Problem]) -> dict[str, list[Problem]]:
    """The findings at HEAD that BASE did not have, by path; the same finding on another
    line is the same finding."""
    seen = Counter(_key(p) for p in before)
    new: dict[str, list[Problem]] = {}
    for problem in after:
        key = _key(problem)
        if seen[key]:
            seen[key] -= 1
        else:
            new.setdefault(problem.path, []).append(problem)
    return new


def _key(problem: Problem) -> tuple[str, str, str]:
    return problem.path, problem.code, problem.message("da")


def _problems_here(root: Path, specs: str) -> list[Problem]:
    with _inside(root):
        return check_paths([Path(specs)], load_config(root).severities).problems


def _problems_at(repo: Repository, sha: str, specs: str) -> list[Problem]:
    """The check's findings on the specs as committed at `sha`, in a temporary worktree (the
    history rules see that commit's history), with that commit's configuration."""
    with repo.worktree(sha) as tree:
        return _problems_here(tree, specs) if (tree / specs).is_dir() else []


@contextmanager
def _inside(folder: Path) -> Iterator[None]:
    """Run with `folder` as the working folder, so paths read as from the repository root."""
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def _resolve(repo: Repository, revision: str) -> str:
    sha = repo.resolve(revision)
    if sha is None:
        raise SusiError(
            Text(
                f"'{revision}' er ikke en git-revision i {repo.root}. Angiv en gren, et tag "
                "eller en commit, fx 'susi review origin/main' (i CI: hent hele historikken, "
                "fetch-depth: 0).",
                f"'{revision}' is not a git revision in {repo.root}. Give a branch, a tag or a "
                "commit, e.g. 'susi review origin/main' (in CI: fetch the whole history, "
                "fetch-depth: 0).",
            )
        )
    return sha


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"
