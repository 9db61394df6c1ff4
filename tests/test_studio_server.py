"""The studio over HTTP against a real server and a real git repository: create a
description, edit it with the editor's protocol, see the check's problems by their fields,
save (never over a file changed meanwhile), commit, release, bump and compare."""

from __future__ import annotations

import json
import logging
import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from html import unescape
from pathlib import Path

import pytest
from studio_harness import Running, running_studio

from gitrepo import DRAFT, SPEC, GitRepo
from susi_spec.model.municipalities import MUNICIPALITIES

NEW = "specs/min-indsats/index.md"


@pytest.fixture()
def repo(tmp_path: Path) -> GitRepo:
    git = GitRepo(tmp_path / "repo")
    git.write("README.md", "projekt\n")
    git.commit("Start")
    return git


@pytest.fixture()
def studio(repo: GitRepo) -> Iterator[Running]:
    with running_studio(repo.root) as running:
        running.open()
        yield running


def git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=root, check=True, capture_output=True, text=True
    ).stdout


def problems(html: str) -> list[str]:
    """The text of each problem in the problems panel."""
    panel = html.split('id="studio-problems"', 1)[1].split("</section>", 1)[0]
    return [re.sub(r"<[^>]+>", "", text) for text in re.findall(r"<li[^>]*>(.*?)</li>", panel)]


def test_create_edit_check_save_commit_release_bump_and_rename(studio: Running) -> None:
    root = studio.root
    created = studio.post_form("/new", {"title": "Min indsats", "spec_id": "min-indsats"})
    assert (
        created.status == 303
        and created.headers["location"] == f"/edit?file={NEW.replace('/', '%2F')}"
    )
    assert (root / NEW).is_file()
    page = studio.get("/edit", file=NEW)
    assert "Beskrivelsen er oprettet som v0-udkast." in page.text
    assert any("Resuméet er stadig skabelonens tekst" in text for text in problems(page.text))

    base = studio.base_of(NEW)
    level = ["core_elements", 0, "level"]
    answer = studio.edit(NEW, base, [{"op": "set", "path": level, "value": "regel"}])
    assert answer.status == 200
    first = json.loads(answer.text)
    assert first["base"] == base
    # the problem next to its field (the forms' slot) and in the panel beside the editor
    assert any("regel" in html for suffix, html in first["slots"].items() if "level" in suffix)
    assert any("regel" in text for text in problems(first["replace"]["studio-side"]))
    fixed = studio.edit(
        NEW,
        base,
        [
            {"op": "set", "path": level, "value": "principle"},
            {"op": "set", "path": ["summary"], "value": "Et kort resumé af indsatsen."},
        ],
    )
    answer = json.loads(fixed.text)
    assert not any("level" in suffix for suffix in answer["slots"])
    side = answer["replace"]["studio-side"]
    assert not any("Resuméet er stadig skabelonens tekst" in text for text in problems(side))
    assert 'data-dirty="true"' in side

    saved = studio.post_form("/save", {"file": NEW})
    assert saved.status == 303
    assert "Et kort resumé af indsatsen." in (root / NEW).read_text(encoding="utf-8")

    refused = studio.post_form("/release", {"file": NEW})
    assert refused.status == 303
    assert "«Gem og registrér» først" in studio.get("/edit", file=NEW).text

    committed = studio.post_form("/commit", {"file": NEW, "message": "Min indsats, første udkast"})
    assert committed.status == 303
    assert git(root, "log", "-1", "--format=%s").strip() == "Min indsats, første udkast"
    assert git(root, "show", "--name-only", "--format=", "HEAD").split() == [NEW]

    base = studio.base_of(NEW)
    studio.edit(NEW, base, _v0_filled())
    studio.post_form("/commit", {"file": NEW, "message": "Udfyldt"})
    released = studio.post_form("/release", {"file": NEW})
    assert released.status == 303
    assert "v0 er frigivet." in studio.get("/edit", file=NEW).text, studio.get(
        "/edit", file=NEW
    ).text[-3000:]
    assert git(root, "tag").split() == ["min-indsats/v0"]

    form = studio.get("/bump", file=NEW)
    assert "v1" in form.text and 'value="Opstart"' in form.text
    bumped = studio.post_form("/bump", {"file": NEW, "milestone": "Opstart", "phase": "maturation"})
    assert bumped.status == 303
    text = (root / NEW).read_text(encoding="utf-8")
    assert "version: 1" in text and "status: draft" in text
    assert git(root, "log", "-1", "--format=%s").strip() == "Start min-indsats v1"

    base = studio.base_of(NEW)
    renamed = studio.edit(
        NEW, base, [{"op": "rename", "path": ["core_elements", 0], "id": "kontakt"}]
    )
    assert renamed.status == 200
    assert studio.post_form("/save", {"file": NEW}).status == 303
    changed = [
        line
        for line in git(root, "diff", "-U0", "--", NEW).splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    # only the id's line and the kept former id: every other byte is as it was
    assert changed == [
        "-  - id: kerneelement-1",
        "+  - id: kontakt",
        "+    previous_ids:",
        "+      - kerneelement-1",
    ]
    report = studio.get("/diff", file=NEW)
    assert report.status == 200
    assert "Siden v0 blev frigivet" in report.text
    assert "Nyt id: kerneelement-1 → kontakt" in re.sub(r"<[^>]+>", "", report.text)


def _v0_filled() -> list[dict[str, object]]:
    return [
        {
            "op": "set",
            "path": ["target_group", "description"],
            "value": "Familier med et barn med handicap.",
        },
        {
            "op": "set",
            "path": ["core_elements", 0, "what"],
            "value": "Familien har én fast kontaktperson.",
        },
        {
            "op": "set",
            "path": ["core_elements", 0, "rationale"],
            "value": "Én indgang giver overblik.",
        },
        {"op": "section", "key": "introduction", "text": "Indsatsen samler familiens sager."},
    ]


@contextmanager
def editing(repo: GitRepo) -> Iterator[tuple[Running, str]]:
    """The draft spec committed, the studio open on it with one unsaved change; its base."""
    repo.write(SPEC, DRAFT)
    repo.commit("Demo")
    with running_studio(repo.root) as studio:
        studio.open()
        base = studio.base_of(SPEC)
        studio.edit(SPEC, base, [{"op": "set", "path": ["summary"], "value": "Mit resumé."}])
        yield studio, base


def test_a_file_changed_on_disk_is_never_overwritten_blindly(repo: GitRepo) -> None:
    path = repo.root / SPEC
    with editing(repo) as (studio, base):
        theirs = DRAFT.replace("Demo-indsats", "Deres titel")
        path.write_text(theirs, encoding="utf-8")
        conflict = studio.post_form("/save", {"file": SPEC})
        assert conflict.status == 409
        assert path.read_text(encoding="utf-8") == theirs
        shown = re.sub(r"<[^>]+>", "", conflict.text)
        assert "Deres titel" in shown and "Mit resumé." in shown
        assert "Behold mine" in conflict.text and "Tag filens" in conflict.text
        taken = studio.post_form("/resolve", {"file": SPEC, "choice": "theirs"})
        assert taken.status == 303
        assert path.read_text(encoding="utf-8") == theirs
        assert studio.base_of(SPEC) != base

        base = studio.base_of(SPEC)
        studio.edit(SPEC, base, [{"op": "set", "path": ["summary"], "value": "Mit resumé."}])
        path.write_text(DRAFT, encoding="utf-8")
        assert studio.post_form("/save", {"file": SPEC}).status == 409
        assert studio.post_form("/resolve", {"file": SPEC, "choice": "mine"}).status == 303
        text = path.read_text(encoding="utf-8")
        # mine: the draft begun from their text, with my summary; the disk's change is gone
        assert "Mit resumé." in text and "Deres titel" in text


def test_a_file_deleted_or_spoilt_while_open_gets_a_clear_answer(
    repo: GitRepo, caplog: pytest.LogCaptureFixture
) -> None:
    path = repo.root / SPEC
    with editing(repo) as (studio, base):
        path.unlink()
        gone = "findes ikke længere"
        for answer in (
            studio.get("/edit", file=SPEC),
            studio.post_form("/save", {"file": SPEC}),
            studio.post_form("/commit", {"file": SPEC, "message": "Gem"}),
            studio.post_form("/release", {"file": SPEC}),
            studio.get("/diff", file=SPEC),
        ):
            assert answer.status == 404 and gone in answer.text, answer.text[:500]
            assert "Intern fejl" not in answer.text and "Traceback" not in answer.text
        edited = studio.edit(SPEC, base, [{"op": "set", "path": ["summary"], "value": "Igen."}])
        assert edited.status == 404 and gone in json.loads(edited.text)["error"]
        assert not path.exists()  # nothing written where the file was
        start = studio.get("/")
        assert start.status == 200 and SPEC not in start.text

        # Back again, then spoilt under the open draft: not UTF-8 any more.
        repo.write(SPEC, DRAFT)
        base = studio.base_of(SPEC)
        studio.edit(SPEC, base, [{"op": "set", "path": ["summary"], "value": "Mit resumé."}])
        path.write_bytes(DRAFT.encode("utf-8") + b"\xff\xfe")
        saved = studio.post_form("/save", {"file": SPEC})
        assert saved.status == 400 and "kan ikke læses" in saved.text and "UTF-8" in saved.text
        assert path.read_bytes().endswith(b"\xff\xfe")  # left as it was
        studio.post_form("/discard", {"file": SPEC})
        listed = studio.get("/")
        assert listed.status == 200 and SPEC in listed.text
        assert "kan ikke læses" in studio.get("/edit", file=SPEC).text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_sections_the_studio_does_not_edit_are_shown_and_kept(repo: GitRepo) -> None:
    """A misspelt anchor, a heading of the file's own and one of the nine twice: each is
    shown as it stands with its problem beside it, refused as an edit, and kept byte for
    byte when another section is edited and saved."""
    extra = (
        "\n## Noter {#noter}\n\nEn note, der ikke må gå tabt.\n"
        "\n## Omkostninger igen {#costs}\n\nAnden omkostningstekst.\n"
    )
    text = DRAFT.replace("{#target-group}", "{#targt-group}") + extra
    repo.write(SPEC, text)
    repo.commit("Demo")
    with running_studio(repo.root) as studio:
        studio.open()
        page = studio.get("/edit", file=SPEC)
        assert page.status == 200
        part = page.text.split('id="part-other-sections"')[1]
        shown = unescape(re.sub(r"<[^>]+>", " ", part))
        assert "Andre afsnit i filen" in shown and "står urørt i filen" in shown
        for heading in ("{#targt-group}", "## Noter {#noter}", "## Omkostninger igen {#costs}"):
            assert heading in shown
        assert "En note, der ikke må gå tabt." in shown and "Anden omkostningstekst." in shown
        slot = part.split('id="problems-section-targt-group"')[1].split("</div>")[0]
        assert "SP210" in slot and "{#target-group}" in unescape(slot)  # "Mente du ...?"
        assert page.text.count('id="field-section-costs"') == 1  # the first is the editor's
        base = studio.base_of(SPEC)
        refused = studio.edit(SPEC, base, [{"op": "section", "key": "noter", "text": "x"}])
        assert refused.status == 422
        assert "ikke et af beskrivelsens ni afsnit" in json.loads(refused.text)["error"]
        edited = studio.edit(
            SPEC, base, [{"op": "section", "key": "introduction", "text": "Ny indledning."}]
        )
        assert edited.status == 200
        assert studio.post_form("/save", {"file": SPEC}).status == 303
    saved = (repo.root / SPEC).read_text(encoding="utf-8")
    assert "Ny indledning." in saved
    after = saved[saved.index("## Målgruppe {#targt-group}") :]
    assert after == text[text.index("## Målgruppe {#targt-group}") :]


def test_the_start_page_counts_what_a_draft_needs_once(repo: GitRepo) -> None:
    """A draft's to-do list is what its release demands (made errors): one missing section
    is one thing to do, not two."""
    text = re.sub(
        r"\n## Implementeringsvejledning \{#implementation\}.*?(?=\n## )", "\n", DRAFT, flags=re.S
    )
    repo.write(SPEC, text)
    repo.commit("Demo")
    with running_studio(repo.root) as studio:
        studio.open()
        row = studio.get("/", checked="1").text.split("<tbody>")[1].split("</tr>")[0]
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
        assert cells[2] == "1 ting", row


def test_an_edit_from_a_stale_page_is_refused_and_changes_nothing(
    studio: Running, repo: GitRepo
) -> None:
    repo.write(SPEC, DRAFT)
    repo.commit("Demo")
    answer = studio.edit(SPEC, "0" * 64, [{"op": "set", "path": ["summary"], "value": "x"}])
    assert answer.status == 409 and "Genindlæs siden" in json.loads(answer.text)["error"]
    assert studio.edit(SPEC, studio.base_of(SPEC), [{"op": "bogus"}]).status == 422
    assert studio.request("POST", "/api/edit", b"{", {"X-CSRF-Token": studio.csrf}).status == 400
    assert (repo.root / SPEC).read_text(encoding="utf-8") == DRAFT


def test_new_local_implementation_chooses_among_the_98_municipalities(repo: GitRepo) -> None:
    repo.write(SPEC, DRAFT.replace("status: draft\n", "status: released\nreleased: 2020-09-15\n"))
    repo.commit("Demo v1")
    with running_studio(repo.root) as studio:
        studio.open()
        form = studio.get("/new-local")
        assert len(re.findall(r'<option value="[a-z0-9-]+">', form.text)) == len(MUNICIPALITIES) + 1
        assert len(MUNICIPALITIES) == 98
        made = studio.post_form("/new-local", {"spec": "demo", "place": "ishoej"})
        assert made.status == 303
        local = repo.root / "specs/demo/local/ishoej.md"
        assert "place: ishoej" in local.read_text(encoding="utf-8")
        page = studio.get("/edit", file="specs/demo/local/ishoej.md")
        assert page.status == 200 and "bygger på v1" in page.text
        start = studio.get("/")
        assert "lokal udmøntning af" in start.text and "Demo-indsats" in start.text
        again = studio.post_form("/new-local", {"spec": "demo", "place": "ishoej"})
        assert again.status == 400 and "findes allerede" in again.text


def test_english_with_lang_en(repo: GitRepo) -> None:
    repo.write(SPEC, DRAFT)
    repo.commit("Demo")
    with running_studio(repo.root, lang="en") as studio:
        studio.open()
        start = studio.get("/")
        assert '<html lang="en">' in start.text and "New description" in start.text
        page = studio.get("/edit", file=SPEC)
        assert "Save and record" in page.text and "Gem" not in page.text


BUNDLED = Path(__file__).resolve().parent.parent / "specs" / "en-familie-en-indgang"
CYCLES = "specs/en-familie-en-indgang/cycles.md"
FOLLOW_UP = "specs/en-familie-en-indgang/local/ballerup/opfoelgning/2021-11-15.md"


def changed_lines(root: Path, relative: str) -> list[str]:
    return [
        line
        for line in git(root, "diff", "-U0", "--", relative).splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_the_learning_cycles_and_a_follow_up_are_edited_with_the_same_checks(
    repo: GitRepo,
) -> None:
    for path in sorted(BUNDLED.rglob("*.md")):
        repo.write(
            f"specs/{BUNDLED.name}/{path.relative_to(BUNDLED).as_posix()}", path.read_text("utf-8")
        )
    repo.commit("Det medfølgende eksempel")
    with running_studio(repo.root) as studio:
        studio.open()
        start = re.sub(r"<[^>]+>", "", studio.get("/").text)
        assert "Læringscirkler for Én familie, én indgang" in start
        assert "Opfølgning 2021-11-15 i Ballerup af Én familie, én indgang" in start
        page = studio.get("/edit", file=CYCLES)
        assert page.status == 200 and 'id="field-cycles-0-seminar-title"' in page.text
        base = studio.base_of(CYCLES)
        finding = ["cycles", 0, "decisions", 0, "findings", 0]
        bad = studio.edit(CYCLES, base, [{"op": "set", "path": finding, "value": "findes-ikke"}])
        answer = json.loads(bad.text)
        said = "Beslutningen bygger på fundet 'findes-ikke'"
        assert any(said in unescape(text) for text in problems(answer["replace"]["studio-side"]))
        assert said in unescape(answer["slots"]["cycles-0-decisions-0-findings-0"])
        fixed: list[dict[str, object]] = [
            {"op": "set", "path": finding, "value": "lokal-frihed-i-grebene"},
            {"op": "set", "path": ["cycles", 0, "seminar", "title"], "value": "Opstartsseminar"},
        ]
        answer = json.loads(studio.edit(CYCLES, base, fixed).text)
        assert not any(said in unescape(t) for t in problems(answer["replace"]["studio-side"]))
        assert studio.post_form("/save", {"file": CYCLES}).status == 303
        assert changed_lines(repo.root, CYCLES) == [
            "-      title: Opstartsseminar om modningsfasen",
            "+      title: Opstartsseminar",
        ]

        before = problems(studio.get("/edit", file=FOLLOW_UP).text)  # SP602: no tags here
        base = studio.base_of(FOLLOW_UP)
        ops: list[dict[str, object]] = [
            {"op": "set", "path": ["fidelity", 3, "result"], "value": "partly"},
            {"op": "set", "path": ["costs", 1, "amount"], "value": "45000"},  # as a form has it
        ]
        assert studio.edit(FOLLOW_UP, base, ops).status == 200
        assert studio.post_form("/save", {"file": FOLLOW_UP}).status == 303
        assert changed_lines(repo.root, FOLLOW_UP) == [
            "-    result: not_done",
            "+    result: partly",
            "-    amount: 42000",
            "+    amount: 45000",
        ]
        assert problems(studio.get("/edit", file=FOLLOW_UP).text) == before
