"""Local implementations in a real git repository: the version they follow, review, reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gitrepo import GitRepo
from susi_spec.checks.checker import check_paths
from susi_spec.cli.main import main
from susi_spec.local.review import review_places
from test_rules import LOCAL, VALID, edit

LOCAL_FILE = "specs/demo/local/ballerup.md"
SPEC_FILE = "specs/demo/index.md"

# v2 after a method seminar: `inddragelse` tightened from guideline to rule (its options go),
# and a new core element `netvaerk`.
NETVAERK = """\
  - id: netvaerk
    title: Netværket med
    level: principle
    evidence: presumed
    what: Familiens netværk inviteres med.
    activities:
      - Koordinatoren spørger til netværket ved opstart.
    rationale: Netværket bærer, når indsatsen slutter.
    practice_profile:
      expected: Netværket deltager i planen.
      developmental: Netværket kendes, men deltager ikke.
      unacceptable: Netværket er ukendt.
theory_of_change:"""
V2 = edit(
    VALID,
    ("version: 1", "version: 2"),
    ("released: 2020-09-15", "released: 2021-03-01"),
    (
        "    level: guideline\n    evidence: presumed\n    what: Familien er med",
        "    level: rule\n    evidence: presumed\n    what: Familien er med",
    ),
    ("    options: [Familierådslagning, Netværksmøde]\n", "    fidelity: [Familien har valgt.]\n"),
    ("    decision_rule: Familien vælger metoden ved opstartsmødet.\n", ""),
    ("theory_of_change:", NETVAERK),
    (
        "core_elements: [helhedssyn]}",
        "core_elements: [helhedssyn, netvaerk]}",
    ),
    (
        "delivery:",
        "changes:\n  - {what: Inddragelse er en regel, why: Metodeseminar 1, "
        "core_elements: [inddragelse]}\ndelivery:",
    ),
)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """v1 released with Ballerup's local file based on it, then v2 released."""
    git = GitRepo(tmp_path / "repo")
    git.write(SPEC_FILE, VALID)
    git.write(LOCAL_FILE, LOCAL)
    git.commit("demo v1 og Ballerup")
    git.write(SPEC_FILE, V2)
    git.commit("demo v2")
    monkeypatch.chdir(git.root)
    return git


def test_v2_is_a_valid_release_of_the_fixture(repo: GitRepo) -> None:
    report = check_paths([repo.root / SPEC_FILE])
    assert report.problems == []


def test_local_file_is_checked_against_its_based_on_version(repo: GitRepo) -> None:
    # Ballerup follows v1: covering v1's three core elements is enough (v2's `netvaerk` is
    # not asked for), its choice among v1's guideline options is fine (the options are gone
    # in v2), and it is due for review.
    report = check_paths([Path("specs")])
    assert [(p.path, p.line, p.code) for p in report.problems] == [(LOCAL_FILE, 6, "SP309")]
    assert "released v2 (2021-03-01)" in report.problems[0].message("en")
    assert "susi local-review demo" in report.problems[0].message("en")


def test_checking_only_the_local_file_still_finds_its_common_model(repo: GitRepo) -> None:
    report = check_paths([Path(LOCAL_FILE)])
    assert report.files == 1
    assert [(p.line, p.code) for p in report.problems] == [(6, "SP309")]


def test_element_of_a_newer_version_gets_a_hint(repo: GitRepo) -> None:
    repo.write(
        LOCAL_FILE,
        LOCAL.replace(
            "Borgerservice.\n", "Borgerservice.\n  - core_element: netvaerk\n    how: X\n"
        ),
    )
    report = check_paths([Path("specs")])
    codes = [(p.line, p.code) for p in report.problems]
    assert codes == [(6, "SP309"), (11, "SP304")]
    assert "exists in a newer version; change based_on" in report.problems[1].message("en")


def test_based_on_a_version_that_git_never_saw_released(repo: GitRepo) -> None:
    # v3 is being written (a draft): a local file cannot follow it yet.
    repo.write(
        SPEC_FILE,
        V2.replace("version: 2", "version: 3").replace("status: released", "status: draft"),
    )
    repo.write(LOCAL_FILE, LOCAL.replace("based_on: 1", "based_on: 3"))
    report = check_paths([Path("specs")])
    local = [p for p in report.problems if p.path == LOCAL_FILE]
    assert [(p.line, p.code) for p in local] == [(6, "SP302")]
    assert "Released versions: v1, v2." in local[0].message("en")
    # local-review agrees with check: not "up to date", but what to fix, and exit 1.
    (place,) = review_places(Path(SPEC_FILE)).places
    assert place.unreleased and not place.due
    assert [p.code for p in place.problems] == ["SP302"]
    assert main(["local-review", "demo"]) == 1


def test_up_to_date_local_file_is_not_due(repo: GitRepo) -> None:
    moved = LOCAL.replace("based_on: 1", "based_on: 2").replace(
        "    choice: [Familierådslagning]\n", ""
    )
    repo.write(
        LOCAL_FILE,
        moved.replace(
            "fagsystemet.\n", "fagsystemet.\n  - core_element: netvaerk\n    how: Netværksmøde.\n"
        ),
    )
    assert check_paths([Path("specs")]).problems == []


def test_review_lists_what_changed_and_what_to_fix(repo: GitRepo) -> None:
    report = review_places(repo.root / SPEC_FILE)
    assert (report.spec, report.title, report.latest) == ("demo", "Demo-indsats", "v2")
    [place] = report.places
    assert (place.place, place.based_on, place.due) == ("ballerup", "v1", True)
    assert place.diff is not None
    paths = {change.path for change in place.diff.changes}
    assert "core_elements/inddragelse/level" in paths
    assert "core_elements/netvaerk" in paths
    assert all(change.core_element for change in place.diff.changes)  # only core elements
    level = next(c for c in place.diff.changes if c.path == "core_elements/inddragelse/level")
    assert level.direction == "tightened"
    # Following v2 as it stands: the new element is not covered, and the choice is on a rule.
    assert [(p.line, p.code) for p in place.problems] == [(8, "SP303"), (13, "SP306")]


def test_local_review_cli_text_md_json(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["local-review", "demo"]) == 0
    text = capsys.readouterr().out
    assert "ballerup: Demo i Ballerup, bygger på v1: skal gennemgås, v2 er frigivet." in text
    assert "retningslinje → regel" in text
    assert "SP303" in text and "netvaerk" in text

    assert main(["local-review", "demo", "--format", "md", "--lang", "en"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Local implementations of «Demo-indsats» (demo)\n")
    assert "\n## ballerup\n" in md
    assert "\n### " in md  # the diff report nests under the place
    assert "\n# " not in md.split("\n", 1)[1]  # one top heading only

    assert main(["local-review", "demo", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["latest"] == "v2"
    [place] = data["places"]
    assert place["due_for_review"] is True and place["based_on"] == "v1"
    assert place["diff"]["from"]["version"] == "v1" and place["diff"]["to"]["version"] == "v2"
    assert [p["code"] for p in place["problems"]] == ["SP303", "SP306"]

    assert main(["local-review", "demo", "--exit-code"]) == 1


def test_local_review_refuses_unknown_place_and_needs_git(
    repo: GitRepo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert main(["local-review", "demo", "odense"]) == 2
    assert "Kendte steder: ballerup" in capsys.readouterr().err
    outside = tmp_path / "outside"
    (outside / "specs/demo").mkdir(parents=True)
    (outside / SPEC_FILE).write_text(VALID, encoding="utf-8")
    monkeypatch.chdir(outside)
    assert main(["local-review", "demo"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_invalid_local_file_is_reported_not_crashed(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(LOCAL_FILE, "---\nschema: susi-local/1\nspec: [\n---\n")
    assert main(["local-review", "demo"]) == 1
    out = capsys.readouterr().out
    assert "kan ikke gennemgås" in out and "SP0" in out


def test_check_output_counts_notes_and_github_notices(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(
        LOCAL_FILE,
        LOCAL.replace("based_on: 1", "based_on: 2")
        .replace("    choice: [Familierådslagning]\n", "")
        .replace(
            "fagsystemet.\n",
            "fagsystemet.\n    deviation: Kun barnets plan.\n"
            "  - core_element: netvaerk\n    how: Netværksmøde.\n",
        ),
    )
    assert main(["check", "--strict"]) == 0  # a note never fails a check
    out = capsys.readouterr().out
    assert "note SP308" in out and out.rstrip().endswith("0 fejl, 0 advarsler, 1 note.")
    assert main(["check", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["errors"], data["warnings"], data["notes"]) == (0, 0, 1)
    assert main(["check", "--format", "github"]) == 0
    assert capsys.readouterr().out.startswith(
        f"::notice file={LOCAL_FILE},line=15,col=5,title=SP308::"
    )


def test_new_local_file_lists_every_core_element_of_the_latest_release(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "demo", "--place", "odense"]) == 0
    target = repo.root / "specs/demo/local/odense.md"
    text = target.read_text(encoding="utf-8")
    assert "based_on: 2" in text and "title: Demo-indsats i Odense" in text
    assert "  # Inddragelse af familien: regel;" in text  # v2's level, not v1's
    # Until each `how` is written, the check asks for it, element by element.
    report = check_paths([target])
    assert [p.code for p in report.problems] == ["SP303"] * 4
    filled = text.replace("    how:\n", "    how: Sådan gør vi.\n")
    target.write_text(filled, encoding="utf-8")
    assert check_paths([target]).problems == []
    # Never overwrites, never invents a place id.
    assert main(["new", "demo", "--place", "odense"]) == 2
    assert target.read_text(encoding="utf-8") == filled
    assert main(["new", "demo", "--place", "Odense Kommune"]) == 2  # the same place
    assert "findes allerede" in capsys.readouterr().err
    assert main(["new", "demo", "--place", "112"]) == 2
    assert "ikke et gyldigt sted-id" in capsys.readouterr().err


def test_new_local_file_knows_municipalities_by_their_real_names(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "demo", "--place", "Ishøj"]) == 0
    target = repo.root / "specs/demo/local/ishoej.md"
    text = target.read_text(encoding="utf-8")
    assert "place: ishoej\n" in text and "title: Demo-indsats i Ishøj\n" in text
    assert "Advarsel" not in capsys.readouterr().out
    assert main(["new", "demo", "--place", "ishoej"]) == 2  # the same place, written as its id
    assert main(["new", "demo", "--place", "Høje-Taastrup"]) == 0
    assert "title: Demo-indsats i Høje-Taastrup" in (
        repo.root / "specs/demo/local/hoeje-taastrup.md"
    ).read_text(encoding="utf-8")
    capsys.readouterr()
    # Not a municipality: written as given, with the warning the check gives and how to fix it.
    assert main(["new", "demo", "--place", "Kofoeds Skole"]) == 0
    out = capsys.readouterr().out
    provider = repo.root / "specs/demo/local/kofoeds-skole.md"
    assert "title: Demo-indsats i Kofoeds Skole" in provider.read_text(encoding="utf-8")
    assert "'kofoeds-skole' er ikke en af de 98 kommuner" in out and "provider:" in out
    codes = [p.code for p in check_paths([provider]).problems]
    assert "SP312" in codes
    provider.write_text(
        provider.read_text(encoding="utf-8").replace(
            "place: kofoeds-skole\n", "place: kofoeds-skole\nprovider: Kofoeds Skole\n"
        ),
        encoding="utf-8",
    )
    assert "SP312" not in [p.code for p in check_paths([provider]).problems]


def test_new_local_file_needs_a_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git = GitRepo(tmp_path / "repo")
    git.write(SPEC_FILE, VALID.replace("status: released\nreleased: 2020-09-15", "status: draft"))
    git.commit("demo v1 draft")
    monkeypatch.chdir(git.root)
    assert main(["new", "demo", "--place", "odense"]) == 2
    assert not (git.root / "specs/demo/local").exists()


def test_new_local_file_names_guideline_options_by_their_ids() -> None:
    from susi_spec.local.scaffold import local_file_text
    from susi_spec.model import Spec

    options = [{"id": "fr", "text": "Familierådslagning"}, "Netværksmøde"]
    element = {"id": "inddragelse", "title": "Inddragelse", "level": "guideline"}
    spec = Spec.model_validate(
        {"schema": "susi-spec/1", "id": "demo", "title": "Demo", "version": 1}
        | {"status": "released", "core_elements": [element | {"options": options}]}
    )
    text = local_file_text(spec, "ishoej", "Demo i Ishøj")
    assert "  # Muligheder: fr (Familierådslagning); Netværksmøde\n" in text
