"""Messages name places in the front matter as a person counts: list items from 1, by id.

The shape errors in every output format and language, the note on what could not run yet,
and the editor's refusals all use one naming (model/where.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from susi_spec.cli.main import main
from susi_spec.editing import EditError, Remove, apply_edits
from susi_spec.model.where import where
from susi_spec.problems import Text

VALID = (Path(__file__).parent / "fixtures" / "valid_v1.md").read_text(encoding="utf-8")
# The second activity of the second core element (inddragelse) is fields, not text.
BAD_ACTIVITY = VALID.replace(
    "      - Familien og koordinatoren aftaler fælles mål.\n",
    "      - Familien og koordinatoren aftaler fælles mål.\n      - [familien, koordinatoren]\n",
    1,
)
NAMED = Text(
    "kerneelement nr. 2 (inddragelse), aktivitet nr. 2",
    "core element no. 2 (inddragelse), activity no. 2",
)


def test_a_list_item_is_named_by_what_it_is_its_number_from_1_and_its_id() -> None:
    data = {"core_elements": [{"id": "a"}, {"id": "inddragelse", "activities": ["x", "y"]}]}
    assert where(("core_elements", 1, "activities", 1), data) == NAMED
    assert where(("core_elements", 0, "level"), data) == Text(
        "kerneelement nr. 1 (a), level", "core element no. 1 (a), level"
    )
    assert where(("target_group", "description")).en == "target_group.description"
    assert where(()) == Text("front matter", "front matter")
    # A list the table does not name is named by its key.
    assert where(("knowledge_basis", 0)).en == "knowledge_basis no. 1"


PATHS = st.lists(
    st.one_of(st.integers(0, 10**6), st.text("abc_", min_size=1, max_size=5)), max_size=8
)


@given(PATHS)
def test_every_index_is_counted_from_1_in_both_languages(path: list[int | str]) -> None:
    named = where(path)
    numbers = [step + 1 for step in path if isinstance(step, int)]
    assert [int(n) for n in re.findall(r"nr\. (\d+)", named.da)] == numbers
    assert [int(n) for n in re.findall(r"no\. (\d+)", named.en)] == numbers
    assert "[" not in named.da + named.en


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("form", ["text", "json", "github"])
def test_shape_errors_count_from_1_in_every_format(
    project: Path, capsys: pytest.CaptureFixture[str], form: str, lang: str
) -> None:
    (project / "specs" / "demo").mkdir()
    (project / "specs" / "demo" / "index.md").write_text(BAD_ACTIVITY, encoding="utf-8")
    assert main(["check", "--format", form, "--lang", lang]) == 1
    out = capsys.readouterr().out
    if form == "json":
        out = "\n".join(p["message"] for p in json.loads(out)["problems"])
    line = next(line for line in out.splitlines() if NAMED.get(lang) in line)
    if lang == "da":
        assert "skal være tekst, men er en liste" in line
    else:  # English through and through, the value as well
        assert "must be text, but is a list" in line
    assert "[1]" not in out and "activities" not in out


def test_a_value_is_shown_in_the_message_language(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "specs" / "demo").mkdir()
    empty = VALID.replace("title: Demo-indsats", "title:", 1)
    (project / "specs" / "demo" / "index.md").write_text(empty, encoding="utf-8")
    main(["check", "--lang", "en"])
    assert "title: must be text, but is empty." in capsys.readouterr().out
    main(["check"])
    assert "title: skal være tekst, men er tom." in capsys.readouterr().out
    fields = VALID.replace("title: Demo-indsats", "title: {hvem: familien}", 1)
    (project / "specs" / "demo" / "index.md").write_text(fields, encoding="utf-8")
    main(["check", "--lang", "en"])
    assert "title: must be text, but is fields (key: value)." in capsys.readouterr().out
    main(["check"])
    assert "title: skal være tekst, men er felter (nøgle: værdi)." in capsys.readouterr().out


def test_the_editor_counts_from_1_too() -> None:
    with pytest.raises(EditError) as raised:
        apply_edits(VALID, [Remove(("core_elements", 7))])
    assert "'kerneelement nr. 8'" in raised.value.get("da")
    assert "'core element no. 8'" in raised.value.get("en")


def test_the_note_on_checks_not_run_names_the_parts_set_aside(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "specs" / "demo").mkdir()
    wrong = VALID.replace(
        "    decision_rule: Familien vælger metoden ved opstartsmødet.\n",
        "    decision_rule: [a, b]\n",
        1,
    )
    (project / "specs" / "demo" / "index.md").write_text(wrong, encoding="utf-8")
    main(["check", "--format", "json"])
    da = [p["message"] for p in json.loads(capsys.readouterr().out)["problems"]]
    main(["check", "--format", "json", "--lang", "en"])
    en = [p["message"] for p in json.loads(capsys.readouterr().out)["problems"]]
    assert "'kerneelement nr. 2 (inddragelse), decision_rule' kunne ikke køre" in da[-1]
    assert "'core element no. 2 (inddragelse), decision_rule' could not run" in en[-1]
