"""Levels where they belong (issue 14.4): an activity's own level, an element's type.

The model (ids, levels, options), the diff per activity in a real git repository in every
report format and both languages, the maturity matrix, the exports and the site's cards;
and, for every input, that activities written as plain texts mean exactly what they did.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from test_site_build import ROOT, mkdocs_build

from gitrepo import GitRepo, fixture
from susi_spec.cli.main import main
from susi_spec.diff.engine import diff_specs
from susi_spec.diff.reports.messages import describe
from susi_spec.export.fidelity_csv import render as render_csv
from susi_spec.export.fidelity_xlsx import render as render_xlsx
from susi_spec.export.json_data import render as render_json
from susi_spec.export.origin import Origin
from susi_spec.export.tidier_read import fidelity_planned, procedures
from susi_spec.history.common_model import from_spec
from susi_spec.history.maturity import maturity_matrix
from susi_spec.loading.document import parse_document
from susi_spec.local.scaffold import local_file_text
from susi_spec.local.signals import place_signals
from susi_spec.model import Activity, CoreElement, LocalSpec, Spec
from susi_spec.model.boundary import validate
from susi_spec.model.levels import level_phrase
from susi_spec.model.results import FollowUp
from susi_spec.model.types import Level
from susi_spec.render import SiteOptions, render_pages
from susi_spec.render.element_cards import render_card
from susi_spec.render.sources import load_sources
from susi_spec.studio.forms import render_local_editor

SPEC = "specs/demo/index.md"
V1 = fixture("valid_v1.md")
PLAN = "      - Familien har én plan.\n"
# v1: the principle's second activity is plain text, held to the principle.
V1_PLAN = V1.replace(
    "      - Sagsbehandlerne deler viden på tværs.\n",
    "      - Sagsbehandlerne deler viden på tværs.\n" + PLAN,
)
# v2: that activity is a rule of its own, measured by a criterion.
V2 = (
    V1_PLAN.replace("version: 1", "version: 2")
    .replace("released: 2020-09-15", "released: 2021-09-15")
    .replace(PLAN, "      - {id: en-plan, text: Familien har én plan., level: rule}\n")
    .replace(
        "      unacceptable: Hver forvaltning har sin egen plan.\n",
        "      unacceptable: Hver forvaltning har sin egen plan.\n"
        "    fidelity:\n      - {id: planen, text: Der er én plan., activity: en-plan}\n",
    )
    .replace(
        "delivery:",
        "changes:\n  - what: Den fælles plan er en regel.\n"
        "    core_elements: [helhedssyn]\ndelivery:",
    )
)


def spec_of(text: str) -> Spec:
    model, problems = validate(parse_document(text.encode(), "index.md"))
    assert isinstance(model, Spec), problems
    return model


def element(spec: Spec, element_id: str) -> CoreElement:
    return next(e for e in spec.core_elements if e.id == element_id)


def test_an_activity_has_its_own_level_or_its_elements() -> None:
    whole = element(spec_of(V2), "helhedssyn")
    plain, plan = whole.steps
    assert (plain.id, plain.level) == ("sagsbehandlerne-deler-viden-paa-tvaers", "principle")
    assert (plan.id, plan.level) == ("en-plan", "rule")
    assert whole.levels == {"principle", "rule"}
    assert whole.step("en-plan") == whole.step("familien  HAR én plan.") == plan
    assert whole.criterion_level(whole.criteria[0]) == "rule"
    assert level_phrase(whole) == "princip, med én aktivitet som regel"
    assert level_phrase(whole, "en") == "principle, with one rule activity"
    assert level_phrase(element(spec_of(V2), "koordinering")) == "regel"


def test_level_phrase_counts_each_other_level_tightest_first() -> None:
    compound = CoreElement(
        id="inddragelse",
        title="Inddragelse",
        level="principle",
        activities=[
            "Åben.",
            Activity(text="Fast.", level="rule"),
            Activity(text="Også fast.", level="rule"),
            Activity(text="Et valg.", level="guideline", options=["A", "B"]),
        ],
    )
    assert level_phrase(compound) == "princip, med to aktiviteter som regel og én som retningslinje"
    assert level_phrase(compound, "en") == (
        "principle, with two rule activities and one guideline activity"
    )
    assert compound.all_options == ["A", "B"]


def test_type_and_danish_values() -> None:
    text = V1.replace(
        "    level: principle\n", "    level: principle\n    type: operativt princip\n"
    )
    _, problems = validate(parse_document(text.encode(), "index.md"))
    assert [p.text.en for p in problems] == [
        "core element no. 3 (helhedssyn), type: 'operativt princip' is Danish; values are "
        "written in English. "
        "Write 'operative_principle'."
    ]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """demo v1 and v2 released: v2 holds one of the principle's activities as a rule."""
    git = GitRepo(tmp_path / "repo")
    git.write(SPEC, V1_PLAN)
    git.commit("demo v1")
    git.write(SPEC, V2)
    git.commit("demo v2")
    monkeypatch.chdir(git.root)
    return git


def test_diff_reports_an_activitys_level_in_every_format(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "specs"]) == 0
    capsys.readouterr()
    assert main(["diff", "demo", "v1", "v2", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    moved = [c for c in data["changes"] if c.get("direction")]
    assert [(c["path"], c["old"], c["new"], c["direction"]) for c in moved] == [
        ("core_elements/helhedssyn/activities/2/level", "principle", "rule", "tightened")
    ]
    sentences = {
        ("text", "da"): "Aktiviteten «Familien har én plan.» er strammet: princip → regel",
        ("text", "en"): "Activity «Familien har én plan.» tightened: principle → rule",
        ("md", "da"): "«Helhedssyn», aktivitet «Familien har én plan.»: princip → regel",
        ("md", "en"): "«Helhedssyn», activity «Familien har én plan.»: principle → rule",
        ("html", "da"): "Aktiviteten «Familien har én plan.» er strammet: princip → regel",
        ("html", "en"): "«Helhedssyn», activity «Familien har én plan.»: principle → rule",
    }
    for (form, lang), sentence in sentences.items():
        assert main(["diff", "demo", "v1", "v2", "--format", form, "--lang", lang]) == 0
        out = capsys.readouterr().out
        assert sentence in out, (form, lang)
        assert ("Strammet: 1" if lang == "da" else "Tightened: 1") in out


def test_history_gives_an_activity_with_its_own_level_a_row(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "demo", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["matrix"]["rows"]
    assert [(r["id"], r.get("activity"), r["levels"], r["moves"]) for r in rows] == [
        ("koordinering", None, ["rule", "rule"], [None, None]),
        ("inddragelse", None, ["guideline", "guideline"], [None, None]),
        ("helhedssyn", None, ["principle", "principle"], [None, None]),
        ("helhedssyn", "en-plan", ["principle", "rule"], [None, "tightened"]),
    ]
    assert main(["history", "demo"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert ["↳", "en-plan", "princip", "↑regel"] in [line.split() for line in lines]


def test_an_activity_keeps_its_row_by_its_text_or_its_id() -> None:
    """v1 has it as a plain text, v2 gives it an id and a level, v3 rewords it under that id."""
    v3 = V2.replace(
        "text: Familien har én plan., level: rule",
        "text: Én plan., level: guideline, options: [A, B], decision_rule: Familien vælger.",
    )
    versions = [("v1", spec_of(V1_PLAN)), ("v2", spec_of(V2)), ("v3", spec_of(v3))]
    rows = [r for r in maturity_matrix(versions).rows if r.activity]
    assert [
        (r.activity, r.title, [c.level for c in r.cells], [c.move for c in r.cells]) for r in rows
    ] == [
        ("en-plan", "Én plan.", ["principle", "rule", "guideline"], [None, "tightened", "loosened"])
    ]


def test_the_checklist_and_the_report_give_each_criterion_its_level() -> None:
    spec = spec_of(V2)
    origin = Origin.of(spec, "release")
    rows = list(
        csv.reader(io.StringIO(render_csv(spec, origin, "da").decode("utf-8-sig")), delimiter=";")
    )
    levels = {(row[0], row[3]): row[1] for row in rows[1:]}
    assert levels[("Helhedssyn", "Der er én plan.")] == "Regel"
    assert (
        levels[("Koordineret sagsbehandling", "Familien kender navnet på sin koordinator.")]
        == "Regel"
    )
    sheet = load_workbook(io.BytesIO(render_xlsx(spec, origin, "da"))).worksheets[0]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert [row[1] for row in cells if row[1] and str(row[1]).startswith("Helhedssyn")] == [
        "Helhedssyn (princip, med én aktivitet som regel)"
    ]
    assert [row[4] for row in cells if row[1] == "Der er én plan."] == ["Regel"]
    planned = "\n".join(fidelity_planned(spec, "da").lines)
    assert "  - Der er én plan. (regel)" in planned
    assert "  - Familien har én plan. (regel)" in "\n".join(procedures(spec, "da").lines)


def test_a_plain_checklist_has_no_level_column() -> None:
    sheet = load_workbook(
        io.BytesIO(render_xlsx(spec_of(V1), Origin.of(spec_of(V1), "release"), "da"))
    ).worksheets[0]
    assert sheet.max_column == 4


def test_the_card_shows_the_finer_grain_in_a_readers_words() -> None:
    text = V2.replace(
        "    level: principle\n", "    level: principle\n    type: operative_principle\n"
    )
    _, card = render_card(element(spec_of(text), "helhedssyn"), None, "")
    assert "med én aktivitet som regel" in card and "Operativt princip" in card
    assert 'Familien har én plan. <span class="susi-badge susi-badge--rule"' in card
    assert "operative_principle" not in card.replace("susi-type", "")
    assert "level:" not in card


WORDS = st.text(st.sampled_from("abcæøå ."), min_size=1, max_size=12).filter(str.strip)
LEVELS = st.sampled_from(["rule", "guideline", "principle"])


@settings(max_examples=60, deadline=None)
@given(
    old=st.lists(WORDS, max_size=5),
    new=st.lists(WORDS, max_size=5),
    old_level=LEVELS,
    new_level=LEVELS,
)
def test_text_activities_mean_what_they_did(
    old: list[str], new: list[str], old_level: Level, new_level: Level
) -> None:
    """Activities written {text} without a level diff, phrase and mature as plain texts."""

    def spec(activities: list[str | Activity], level: Level) -> Spec:
        element = CoreElement(
            id="helhedssyn", title="Helhedssyn", level=level, activities=activities
        )
        return Spec(
            schema="susi-spec/1",
            id="demo",
            title="Demo",
            version=1,
            status="draft",
            core_elements=[element],
        )  # type: ignore[call-arg]

    def wrapped(texts: list[str]) -> list[str | Activity]:
        return [Activity(text=text) for text in texts]

    plain = diff_specs(spec(list(new and old), old_level), spec(list(new), new_level))
    objects = diff_specs(spec(wrapped(new and old), old_level), spec(wrapped(new), new_level))
    assert [(c.kind, c.path, c.old, c.new, c.direction) for c in objects.changes] == [
        (c.kind, c.path, c.old, c.new, c.direction) for c in plain.changes
    ]
    forms: tuple[list[str | Activity], ...] = (list(old), wrapped(old))
    for written in forms:
        one = spec(written, old_level).core_elements[0]
        assert (
            level_phrase(one)
            == {"rule": "regel", "guideline": "retningslinje", "principle": "princip"}[old_level]
        )
        assert {step.level for step in one.steps} <= {old_level}
    pairs = [("v1", spec(list(old), old_level)), ("v2", spec(list(new), new_level))]
    assert all(row.activity is None for row in maturity_matrix(pairs).rows)


def local_file(deviations: str) -> str:
    return (
        "---\nschema: susi-local/1\nspec: demo\nplace: ballerup\ntitle: Demo i Ballerup\n"
        "based_on: 2\nstatus: released\nadaptations:\n"
        "  - core_element: koordinering\n    how: Et koordinatorteam.\n"
        "  - core_element: inddragelse\n    how: Familien vælger.\n    choice: [Netværksmøde]\n"
        "  - core_element: helhedssyn\n    how: Fælles plan.\n    activity_deviations:\n"
        f"{deviations}---\n\nBallerup.\n"
    )


OPEN = "      - {activity: Sagsbehandlerne deler viden på tværs., deviation: På et møde.}\n"
FIXED = "      - {activity: en-plan, deviation: To planer.}\n"


def test_the_site_shows_levels_in_readers_words(repo: GitRepo, tmp_path: Path) -> None:
    """A real `mkdocs build --strict`: the spec page's card and matrix, the place page."""
    repo.write("specs/demo/local/ballerup.md", local_file(OPEN))
    repo.commit("Ballerup")
    shutil.copytree(ROOT / "site", repo.root / "site")
    shutil.copy(ROOT / "mkdocs.yml", repo.root / "mkdocs.yml")
    done = mkdocs_build(repo.root, tmp_path / "public")
    assert done.returncode == 0, done.stderr
    spec = (tmp_path / "public/demo/index.html").read_text(encoding="utf-8")
    assert "med én aktivitet som regel" in spec
    assert "↳ Familien har én plan." in spec  # its row in the maturity matrix
    place = (tmp_path / "public/demo/lokal/ballerup/index.html").read_text(encoding="utf-8")
    assert "Afvigelse fra «Sagsbehandlerne deler viden på tværs.»" in place
    assert "Afvigelse: noteret" in place and "ikke tilladt" not in place
    for page in (spec, place):
        assert "activity_deviations" not in page and "level: rule" not in page


def test_a_departure_from_a_rule_activity_is_marked_not_allowed(repo: GitRepo) -> None:
    repo.write("specs/demo/local/ballerup.md", local_file(FIXED + OPEN))
    sources = load_sources(repo.root / "specs")
    assert [p.code for p in sources.problems if p.path.endswith("ballerup.md")] == [
        "SP305",
        "SP308",
    ]
    pages = {page.src_uri: page for page in render_pages(sources.records, SiteOptions())}
    place = pages["demo/lokal/ballerup/index.md"].markdown
    assert "Afvigelse: ikke tilladt" in place and "Afvigelse: noteret" in place
    assert "Afvigelse fra «Familien har én plan.»" in place


def test_the_json_export_carries_types_and_activity_levels() -> None:
    spec = spec_of(
        V2.replace(
            "    level: principle\n", "    level: principle\n    type: operative_principle\n"
        )
    )
    data = json.loads(render_json(spec, Origin.of(spec, "release"), "da"))["spec"]
    whole = data["core_elements"][2]
    assert whole["type"] == "operative_principle"
    assert whole["activities"][1] == {
        "text": "Familien har én plan.",
        "level": "rule",
        "id": "en-plan",
        "options": [],
        "decision_rule": None,
    }
    assert whole["fidelity"][0]["activity"] == "en-plan"
    assert Spec.model_validate_json(json.dumps(data)) == spec


def test_a_new_local_file_says_what_each_activity_level_allows() -> None:
    text = local_file_text(spec_of(V2), "ballerup", "Demo i Ballerup")
    assert (
        "  # Aktiviteten en-plan (Familien har én plan.): regel; udføres som beskrevet; den må "
        "ikke fraviges.\n  - core_element: helhedssyn\n" in text
    )
    assert text.count("# Aktiviteten") == 1  # a plain activity has its element's level


def test_a_rule_activitys_criterion_not_done_is_a_rule_not_done() -> None:
    local = LocalSpec.model_validate_json(json.dumps(front_of(local_file(OPEN))))
    releases = [("v2", dt.date(2021, 9, 15))]

    def follow_up(criterion: str) -> FollowUp:
        return FollowUp.model_validate(
            {"schema": "susi-results/1", "spec": "demo", "place": "ballerup",
             "date": dt.date(2021, 10, 1), "based_on": 2, "fidelity": [
                 {"core_element": "helhedssyn", "criterion": criterion, "result": "not_done"}]}
        )  # fmt: skip

    [signal] = place_signals(local, [follow_up("planen")], releases, {"v2": spec_of(V2)})
    assert signal.kind == "rule-not-done" and "«Helhedssyn»" in signal.text.da
    spec = spec_of(V2.replace("activity: en-plan}", "}"))  # the criterion measures the principle
    assert place_signals(local, [follow_up("planen")], releases, {"v2": spec}) == []


def front_of(text: str) -> dict[str, object]:
    front: dict[str, object] = parse_document(text.encode(), "ballerup.md").front
    return front


def test_the_local_editor_offers_a_guideline_activitys_options() -> None:
    compound = V2.replace(
        "      - {id: en-plan, text: Familien har én plan., level: rule}\n",
        "      - {id: en-plan, text: Familien har én plan., level: rule}\n"
        "      - text: Mødeformen vælges med familien.\n        level: guideline\n"
        "        options: [{id: hjemme, text: Hjemmebesøg}, Møde på rådhuset]\n"
        "        decision_rule: Familien vælger.\n",
    )
    html = render_local_editor(local_file(OPEN), from_spec(spec_of(compound)), [], "da")
    assert 'id="field-adaptations-2-choice--hjemme"' in html
    assert "<strong>Familien har én plan.</strong> (regel): " in html


def test_an_activity_added_at_its_own_level_says_so() -> None:
    v3 = V2.replace(
        "      - {id: en-plan, text: Familien har én plan., level: rule}\n",
        "      - text: Familien vælger mødeform.\n        level: guideline\n"
        "        options: [Hjemme, Rådhuset]\n        decision_rule: Familien vælger.\n",
    )
    diff = diff_specs(spec_of(V2), spec_of(v3))
    levels = [c for c in diff.changes if c.field == "core_elements/activities/level"]
    assert [(c.kind, c.old, c.new, c.label) for c in levels] == [
        ("removed", "rule", None, "Familien har én plan."),
        ("added", None, "guideline", "Familien vælger mødeform."),
    ]
    said = [describe(c, "da").message.format(str) for c in levels]
    assert said == [
        "Den fjernede aktivitet «Familien har én plan.» havde sit eget niveau: regel",
        "Den nye aktivitet «Familien vælger mødeform.» har sit eget niveau: retningslinje",
    ]
    assert not any(c.direction for c in diff.changes)
