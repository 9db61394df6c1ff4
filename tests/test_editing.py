"""The lossless editor: each edit changes only the bytes of what it edits, on the bundled
files, on edge files, and for random edit sequences (Hypothesis)."""

from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from large_spec import large_spec

from susi_spec.checks.checker import check_document
from susi_spec.editing import (
    Edit,
    EditError,
    Insert,
    Move,
    Remove,
    SetSection,
    SetValue,
    apply_edits,
    section_text,
)
from susi_spec.editing.incremental import LARGE
from susi_spec.editing.text import split_file
from susi_spec.editing.tree import Node, parse_tree, tree_of
from susi_spec.editing.verify import verify
from susi_spec.loading.document import parse_document
from susi_spec.model.types import BODY_SECTIONS

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = sorted(ROOT.glob("specs/**/index.md")) + sorted(ROOT.glob("specs/*/local/*.md"))
SPEC = ROOT / "specs" / "en-familie-en-indgang" / "index.md"


def _front(text: str) -> Any:
    document = parse_document(text.encode("utf-8"), "x.md")
    assert document.ok, document.read_issues
    return document.front


def _lines_changed(before: str, after: str) -> tuple[list[str], list[str]]:
    """The lines removed and the lines added, in order."""
    removed: list[str] = []
    added: list[str] = []
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            removed += a[i1:i2]
            added += b[j1:j2]
    return removed, added


def _changed_span(before: str, after: str) -> tuple[int, int]:
    """The offsets [start, end) of `before` outside which `after` is byte-identical."""
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end = 0
    while end < limit - start and before[-1 - end] == after[-1 - end]:
        end += 1
    return start, len(before) - end


def _node(text: str, path: tuple[str | int, ...]) -> tuple[int, Node, Node | None]:
    """The node at `path` (with its key node), and where the front matter starts."""
    parts = split_file(text)
    node = tree_of(text[parts.front_start : parts.front_end]).root
    key = None
    for step in path:
        if node.kind == "map":
            index = node.key_names().index(step)
            key, node = node.keys[index], node.items[index]
        else:
            assert isinstance(step, int)
            key, node = None, node.items[step]
    return parts.front_start, node, key


def _entry_span(text: str, path: tuple[str | int, ...]) -> tuple[int, int]:
    """From the start of the line of the entry at `path` to the end of its last line."""
    offset, node, key = _node(text, path)
    start = offset + (key.start if key is not None else node.start)
    start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    end = offset + node.end
    ends = [i for i in (text.find("\n", end), text.find("\r", end)) if i >= 0]
    return start, min(ends) if ends else len(text)


# -- each edit on the bundled files ------------------------------------------------------------


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(ROOT)))
def test_setting_the_title_changes_its_line_only(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    result = apply_edits(text, [SetValue(("title",), "Ny titel: med kolon og #tegn")])
    removed, added = _lines_changed(text, result)
    assert [line.split(":")[0] for line in removed] == ["title"]
    assert added == ["title: 'Ny titel: med kolon og #tegn'\n"]
    assert _front(result)["title"] == "Ny titel: med kolon og #tegn"


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(ROOT)))
def test_setting_every_value_to_what_it_is_changes_nothing(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    front = _front(text)
    edits: list[Edit] = [SetValue((key,), value) for key, value in front.items()]
    assert apply_edits(text, edits) == text
    assert apply_edits(text, [SetValue((), front)]) == text


def test_removing_a_core_element_removes_its_lines_and_one_blank_line() -> None:
    text = SPEC.read_text(encoding="utf-8")
    start, end = _entry_span(text, ("core_elements", 1))
    result = apply_edits(text, [Remove(("core_elements", 1))])
    # Its lines from the dash to its last line, and the blank line that separated it.
    assert result == text[:start] + text[end + 2 :]
    assert [e["id"] for e in _front(result)["core_elements"]] == [
        e["id"] for i, e in enumerate(_front(text)["core_elements"]) if i != 1
    ]


def test_inserting_a_core_element_writes_it_as_its_neighbours_are_written() -> None:
    text = SPEC.read_text(encoding="utf-8")
    element = {
        "id": "ny-praksis",
        "title": "Ny praksis",
        "level": "guideline",
        "what": "Første linje.\nAnden linje.",
        "tools": ["ICS", "Signs of Safety"],
        "activities": ["Én aktivitet", "Endnu en: med kolon"],
    }
    result = apply_edits(text, [Insert(("core_elements",), 1, element)])
    at, _ = _entry_span(text, ("core_elements", 1))
    assert (
        result
        == text[:at]
        + (
            "  - id: ny-praksis\n"
            "    title: Ny praksis\n"
            "    level: guideline\n"
            "    what: |-\n"
            "      Første linje.\n"
            "      Anden linje.\n"
            "    tools: [ICS, Signs of Safety]\n"
            "    activities:\n"
            "      - Én aktivitet\n"
            "      - 'Endnu en: med kolon'\n"
            "\n"
        )
        + text[at:]
    )
    assert _front(result)["core_elements"][1] == element


def test_moving_a_core_element_moves_its_lines_and_keeps_the_blank_lines() -> None:
    text = SPEC.read_text(encoding="utf-8")
    result = apply_edits(text, [Move(("core_elements",), 0, 2)])
    assert Counter(result.splitlines()) == Counter(text.splitlines())
    ids = [e["id"] for e in _front(text)["core_elements"]]
    assert [e["id"] for e in _front(result)["core_elements"]] == [*ids[1:3], ids[0], *ids[3:]]
    start, end = _changed_span(text, result)
    first, _ = _entry_span(text, ("core_elements", 0))
    _, last = _entry_span(text, ("core_elements", 2))
    assert first <= start and end <= last + 1


def test_a_new_key_goes_where_the_model_orders_it() -> None:
    text = SPEC.read_text(encoding="utf-8")
    result = apply_edits(text, [SetValue(("core_elements", 2, "decision_rule"), "Vælg frit.")])
    removed, added = _lines_changed(text, result)
    assert removed == [] and added == ["    decision_rule: Vælg frit.\n"]
    lines = result.splitlines()
    at = lines.index("    decision_rule: Vælg frit.")
    assert lines[at - 1].startswith("    tools:")  # adaptable and options are missing there
    assert lines[at + 1].startswith("    practice_profile:")


def test_long_text_is_folded_like_its_neighbours() -> None:
    text = SPEC.read_text(encoding="utf-8")
    long = " ".join(["Kerneteamet mødes fast og følger op på planen sammen med familien."] * 3)
    result = apply_edits(text, [SetValue(("core_elements", 0, "rationale"), long)])
    start, end = _entry_span(result, ("core_elements", 0, "rationale"))
    lines = result[start:end].split("\n")
    assert lines[0] == "    rationale: >-" and len(lines) == 4
    assert all(line.startswith("      ") and len(line) <= 92 for line in lines[1:])  # as the file
    assert _front(result)["core_elements"][0]["rationale"] == long


def test_a_section_of_only_spaces_is_emptied() -> None:
    text = SPEC.read_text(encoding="utf-8")
    result = apply_edits(text, [SetSection("introduction", " ")])
    assert section_text(result, "introduction") == ""
    assert "## Introduktion {#introduction}\n\n## " in result


def test_set_section_replaces_only_that_sections_text() -> None:
    text = SPEC.read_text(encoding="utf-8")
    result = apply_edits(text, [SetSection("costs", "Nye omkostninger.\n\n- én\n- to")])
    assert section_text(result, "costs") == "Nye omkostninger.\n\n- én\n- to"
    start, _ = _changed_span(text, result)
    assert text[:start].rstrip().endswith("## Omkostninger {#costs}")
    assert apply_edits(result, [SetSection("costs", "Nye omkostninger.\n\n- én\n- to\n")]) == result
    # Every other section stays as it is.
    before = parse_document(text.encode(), "x").sections
    after = parse_document(result.encode(), "x").sections
    assert [s.text for s in before if s.anchor != "costs"] == [
        s.text for s in after if s.anchor != "costs"
    ]


def test_a_missing_section_is_added_in_its_place() -> None:
    text = SPEC.read_text(encoding="utf-8")
    start, end = text.index("## Implementeringsvejledning"), text.index("## Kompetencekrav")
    without = text[:start] + text[end:]
    result = apply_edits(without, [SetSection("implementation", "Sådan gør I.")])
    assert result == (
        without[:start]
        + "## Implementeringsvejledning {#implementation}\n\nSådan gør I.\n\n"
        + without[start:]
    )


@pytest.mark.parametrize("opened", ["```", "Se her:\n\n~~~python\nx = 1", "<!-- en note"])
def test_a_section_that_would_swallow_the_rest_of_the_file_is_refused(opened: str) -> None:
    """Found by the random edits: an unclosed fence (or comment) in one section would turn
    every heading after it into its text. Refused, saying what to close; a closed one is
    written as it is."""
    text = SPEC.read_text(encoding="utf-8")
    with pytest.raises(EditError) as refused:
        apply_edits(text, [SetSection("introduction", opened)])
    assert "'Introduktion'" in refused.value.get("da") and "Luk den" in refused.value.get("da")
    assert "not closed" in refused.value.get("en")
    closed = apply_edits(text, [SetSection("introduction", "```\nkode\n```")])
    assert section_text(closed, "introduction") == "```\nkode\n```"
    assert [s.anchor for s in parse_document(closed.encode(), "x").sections] == [
        s.anchor for s in parse_document(text.encode(), "x").sections
    ]


def test_section_text_reads_what_set_section_writes() -> None:
    text = SPEC.read_text(encoding="utf-8")
    current = section_text(text, "content")
    assert current is not None and "### " in current  # subsections belong to the section
    assert apply_edits(text, [SetSection("content", current)]) == text
    assert section_text(text, "nothing-like-it") is None


# -- edge files -------------------------------------------------------------------------------

EDGE = """\
---
schema: susi-spec/1
id: kant
title: "Kant: med citat"   # a comment after a value
'quoted key': value
version: 1
status: draft
knowledge_basis: [research, experts]
places: []
core_elements:
  # the first element
  - id: et
    title: Et
    what: |
      Linje et
      Linje to
  # the second element
  - id: to
    title: To
  - id: tre
    title: Tre
---

## Introduktion {#introduction}

Tekst.
"""


@pytest.mark.parametrize(
    ("eol", "bom"), [("\n", ""), ("\r\n", ""), ("\r", ""), ("\n", "\ufeff"), ("\r\n", "\ufeff")]
)
def test_line_endings_and_bom_are_kept(eol: str, bom: str) -> None:
    text = bom + EDGE.replace("\n", eol)
    edits: list[Edit] = [
        SetValue(("title",), "Ny"),
        Insert(("core_elements",), 3, {"id": "fire", "title": "Fire"}),
        Remove(("core_elements", 1)),
        SetValue(("core_elements", 0, "what"), "A\nB\n"),
        SetSection("introduction", "Ny tekst.\nTo linjer."),
    ]
    result = apply_edits(text, edits)
    assert result.startswith(bom + "---" + eol)
    assert result.replace(eol, "").count("\r") == 0 and result.replace(eol, "").count("\n") == 0
    lf = apply_edits(bom + EDGE, edits)
    assert result == lf.replace("\n", eol)


def test_comments_stay_and_a_removed_items_own_comment_goes_with_it() -> None:
    result = apply_edits(EDGE, [Remove(("core_elements", 1))])
    assert result == EDGE.replace("  # the second element\n  - id: to\n    title: To\n", "")
    result = apply_edits(EDGE, [SetValue(("title",), "Ny")])
    assert 'title: "Ny"   # a comment after a value\n' in result  # double quotes as before


def test_flow_lists_stay_flow() -> None:
    result = apply_edits(
        EDGE,
        [
            Insert(("knowledge_basis",), 1, "theory"),
            Remove(("knowledge_basis", 0)),
            Insert(("places",), 0, "ballerup"),
            Move(("knowledge_basis",), 0, 1),
        ],
    )
    assert "knowledge_basis: [experts, theory]\n" in result
    assert "places: [ballerup]\n" in result


def test_an_empty_list_of_mappings_becomes_a_block_list() -> None:
    text = EDGE.replace("places: []\n", "places: []\nchanges: []\n")
    result = apply_edits(text, [Insert(("changes",), 0, {"what": "Noget", "why": "Fordi"})])
    assert "changes:\n  - what: Noget\n    why: Fordi\nvalue" not in result
    assert "\nchanges:\n  - what: Noget\n    why: Fordi\ncore_elements:" in result


def test_quoted_keys_and_multiline_strings() -> None:
    result = apply_edits(EDGE, [SetValue(("quoted key",), "ny værdi")])
    assert "'quoted key': ny værdi\n" in result
    result = apply_edits(EDGE, [SetValue(("core_elements", 0, "what"), "Kun én linje")])
    assert "    what: Kun én linje\n  # the second" in result


def test_values_yaml_would_misread_are_quoted() -> None:
    values = ["yes", "no", "2021-01-01", "010", "null", "- x", "a: b", "a #b", "@x", " lead", ""]
    for value in values:
        result = apply_edits(EDGE, [SetValue(("core_elements", 1, "title"), value)])
        assert _front(result)["core_elements"][1]["title"] == value
    dated = apply_edits(EDGE, [SetValue(("released",), dt.date(2026, 12, 1))])
    assert "status: draft\nreleased: 2026-12-01\n" in dated


ALIASED = """\
---
schema: susi-spec/1
id: alias
title: Alias
version: 1
status: draft
target_group: &group
  description: Fælles
  inclusion: [a]
costs: *group
core_elements:
  - id: et
    title: Et
---
"""


@pytest.mark.parametrize(
    "edit",
    [
        SetValue(("target_group", "description"), "Ny"),
        SetValue(("costs", "description"), "Ny"),
        Remove(("target_group",)),
        Insert(("target_group", "inclusion"), 0, "b"),
    ],
    ids=["inside-anchor", "through-alias", "remove-anchor", "insert-inside-anchor"],
)
def test_edits_inside_an_aliased_value_are_refused(edit: Edit) -> None:
    with pytest.raises(EditError) as raised:
        apply_edits(ALIASED, [edit])
    assert "alias" in str(raised.value) and "alias" in raised.value.get("en")


def test_edits_outside_aliased_values_are_made() -> None:
    result = apply_edits(ALIASED, [SetValue(("core_elements", 0, "title"), "Ny")])
    assert result == ALIASED.replace("    title: Et", "    title: Ny")
    result = apply_edits(ALIASED, [SetValue(("costs",), {"training": "Kursus"})])
    assert "costs:\n  training: Kursus\n" in result


@pytest.mark.parametrize(
    ("text", "edit", "words"),
    [
        (EDGE, SetValue(("nothing", "here"), 1), "findes ikke"),
        (EDGE, Remove(("core_elements", 7)), "findes ikke"),
        (EDGE, Insert(("title",), 0, "x"), "ikke en liste"),
        (EDGE, Move(("core_elements",), 0, 9), "findes ikke"),
        (EDGE, SetValue(("title",), {1.5: "x"}), "typen float"),
        (EDGE, SetValue(("title",), object()), "typen object"),
        (EDGE, SetSection("no-such-section", "x"), "ikke et afsnit"),
        ("---\nstatus: [\n---\n", SetValue(("status",), "x"), "ikke gyldig YAML"),
        ("no front matter\n", SetValue(("status",), "x"), "begynder ikke"),
        ("---\nid: x\n", SetValue(("id",), "y"), "ikke lukket"),
        ("---\nid: x\u2028y\n---\n", SetValue(("id",), "y"), "usynligt linjeskift"),
    ],
)
def test_what_cannot_be_done_is_a_clear_error_in_both_languages(
    text: str, edit: Edit, words: str
) -> None:
    with pytest.raises(EditError) as raised:
        apply_edits(text, [edit])
    assert words in str(raised.value)
    assert raised.value.get("en") != raised.value.get("da")


def test_a_result_that_does_not_hold_the_values_fails_verification() -> None:
    result = EDGE.replace("version: 1", "version: 2")
    with pytest.raises(EditError, match="kunne ikke gemmes sikkert"):
        verify(EDGE, result, _front(EDGE), [], [])
    with pytest.raises(EditError, match="kunne ikke gemmes sikkert"):
        verify(EDGE, EDGE.replace("Tekst.", "Anden tekst."), _front(EDGE), [], [])


# -- random edit sequences --------------------------------------------------------------------

TEXT = st.text(
    st.sampled_from(list("abcæøå ABC:#-'\"[]{},&*!|>%@`?\n\t0123456789.")), min_size=1, max_size=40
)


def _leaves(data: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Paths of every string in the data."""
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _leaves(v, (*path, k))]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _leaves(v, (*path, i))]
    return [path] if isinstance(data, str) else []


def _lists(data: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Paths of every list in the data."""
    found = [path] if isinstance(data, list) else []
    children = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data)
        if isinstance(data, list)
        else []
    )
    return found + [p for k, v in children for p in _lists(v, (*path, k))]


def _at(data: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _maps(data: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Paths of every mapping in the data."""
    found = [path] if isinstance(data, dict) else []
    children = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data)
        if isinstance(data, list)
        else []
    )
    return found + [p for k, v in children for p in _maps(v, (*path, k))]


@st.composite
def _edit(draw: st.DrawFn, data: Any, body: bool) -> Edit:
    kinds = ["set", "remove", "insert", "move", "remove-key", "new-key", "set-mapping"]
    kind = draw(st.sampled_from(kinds + (["section"] if body else [])))
    lists = [p for p in _lists(data) if p]
    maps = _maps(data)
    if kind == "section":
        return SetSection(draw(st.sampled_from(list(BODY_SECTIONS))), draw(TEXT))
    if kind == "remove-key":
        path = draw(st.sampled_from([p for p in maps if len(_at(data, p)) > 1]))
        return Remove((*path, draw(st.sampled_from(list(_at(data, path))))))
    if kind == "new-key":
        path = draw(st.sampled_from(maps))
        value: Any = draw(st.one_of(TEXT, st.lists(TEXT, max_size=3), st.integers(), st.none()))
        return SetValue((*path, "ny_" + draw(st.sampled_from(list("abcxyz")))), value)
    candidates = [p for p in maps if p and _leaves(_at(data, p))]
    if kind == "set-mapping" and candidates:
        path = draw(st.sampled_from(candidates))
        mapping = dict(_at(data, path))
        leaf = draw(
            st.sampled_from([k for k, v in mapping.items() if isinstance(v, str)] or [None])
        )
        if leaf is not None:
            mapping[leaf] = draw(TEXT)
        if len(mapping) > 1 and draw(st.booleans()):
            del mapping[draw(st.sampled_from(list(mapping)))]
        if draw(st.booleans()):
            mapping["ny_felt"] = draw(TEXT)
        return SetValue(path, mapping)
    if kind == "set" or not lists:
        return SetValue(draw(st.sampled_from(_leaves(data))), draw(TEXT))
    path = draw(st.sampled_from(lists))
    items = _at(data, path)
    if kind == "insert":
        like = draw(st.sampled_from(items)) if items else None
        value = draw(TEXT) if not isinstance(like, dict) else {**like}
        return Insert(path, draw(st.integers(0, len(items))), value)
    if not items:
        return Insert(path, 0, draw(TEXT))
    if kind == "remove":
        return Remove((*path, draw(st.integers(0, len(items) - 1))))
    return Move(path, draw(st.integers(0, len(items) - 1)), draw(st.integers(0, len(items) - 1)))


def _expected(data: Any, edit: Edit) -> Any:
    """The data after the edit, made on plain Python data without the editor's code."""
    import copy

    data = copy.deepcopy(data)
    if isinstance(edit, SetValue):
        _at(data, edit.path[:-1])[edit.path[-1]] = edit.value
    elif isinstance(edit, Remove):
        del _at(data, edit.path[:-1])[edit.path[-1]]
    elif isinstance(edit, Insert):
        _at(data, edit.path).insert(edit.index, edit.value)
    elif isinstance(edit, Move):
        items = _at(data, edit.path)
        items.insert(edit.dst, items.pop(edit.src))
    return data


def _assert_only_the_edit_changed(before: str, after: str, edit: Edit) -> None:
    """Everything outside the edited entry (a new key: its mapping; a removed one: its
    collection) and the blank lines after it is byte-identical."""
    parts = split_file(before)
    if isinstance(edit, SetSection):
        first, last = parts.body_start, len(before)
    else:
        path = edit.path
        if isinstance(edit, Remove) or (isinstance(edit, SetValue) and not _exists(before, path)):
            path = path[:-1]
        first, last = _entry_span(before, path) if path else (parts.front_start, parts.front_end)
    while last < len(before) and before[last] in "\r\n":
        last += 1  # its line break and the blank lines after it
    assert after.startswith(before[:first]), (edit, before[first - 80 : first])
    assert after.endswith(before[last:]), (edit, before[last : last + 80])
    assert len(after) >= first + len(before) - last


def _exists(text: str, path: tuple[str | int, ...]) -> bool:
    try:
        _node(text, path)
    except (ValueError, IndexError):
        return False
    return True


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(ROOT)))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edit_sequences_change_only_what_they_edit(path: Path, data: st.DataObject) -> None:
    text = path.read_text(encoding="utf-8")
    body = "local" not in path.parts
    front = _front(text)
    for _ in range(data.draw(st.integers(1, 4))):
        edit = data.draw(_edit(front, body))
        result = apply_edits(text, [edit])
        _assert_only_the_edit_changed(text, result, edit)
        front = _expected(front, edit)
        assert _front(result) == front
        if isinstance(edit, SetSection):
            lines = edit.text.split("\n")
            while lines and not lines[0].strip():
                lines.pop(0)
            while lines and not lines[-1].strip():
                lines.pop()
            assert section_text(result, edit.key) == "\n".join(lines)
        text = result


PROSE = st.text(st.sampled_from(list("abcæøå ABC,.-")), min_size=3, max_size=60).filter(
    lambda s: s.strip() == s and s.strip(".,-")
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_edited_prose_checks_as_before(data: st.DataObject) -> None:
    text = SPEC.read_text(encoding="utf-8")
    front = _front(text)
    codes = Counter(
        f.code for f in check_document(parse_document(text.encode(), str(SPEC))).findings
    )
    prose = [p for p in _leaves(front) if p[-1] in ("what", "rationale", "adaptable", "text")]
    edits: list[Edit] = [
        SetValue(data.draw(st.sampled_from(prose)), data.draw(PROSE)) for _ in range(3)
    ]
    element = data.draw(st.integers(0, len(front["core_elements"]) - 1))
    activities = len(front["core_elements"][element]["activities"])
    edits.append(
        Move(
            ("core_elements", element, "activities"),
            data.draw(st.integers(0, activities - 1)),
            data.draw(st.integers(0, activities - 1)),
        )
    )
    result = apply_edits(text, edits)
    found = check_document(parse_document(result.encode(), str(SPEC))).findings
    assert Counter(f.code for f in found) == codes


def _same_tree(a: Node, b: Node) -> bool:
    fields = ("kind", "start", "end", "column", "flow", "style", "value")
    return (
        all(getattr(a, f) == getattr(b, f) for f in fields)
        and len(a.items) == len(b.items)
        and len(a.keys) == len(b.keys)
        and all(_same_tree(x, y) for x, y in zip(a.items, b.items, strict=True))
        and all(_same_tree(x, y) for x, y in zip(a.keys, b.keys, strict=True))
    )


LARGE_TEXT = large_spec(SPEC.read_text(encoding="utf-8"))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_large_spec_is_read_again_only_where_it_changed(data: st.DataObject) -> None:
    # The entry read alone must give what reading the whole text gives: the same data and,
    # for the next edit, the same tree, offset for offset.
    text = LARGE_TEXT
    parts = split_file(text)
    assert parts.front_end - parts.front_start > LARGE
    front = _front(text)
    element = ("core_elements", data.draw(st.integers(0, len(front["core_elements"]) - 1)))
    for _ in range(data.draw(st.integers(1, 3))):
        local = _at(front, element)
        edit = data.draw(_edit(local, body=False))
        edit = _under(element, edit)
        result = apply_edits(text, [edit])
        _assert_only_the_edit_changed(text, result, edit)
        front = _expected(front, edit)
        assert _front(result) == front
        parts = split_file(result)
        made = tree_of(result[parts.front_start : parts.front_end])
        assert _same_tree(made.root, parse_tree(result[parts.front_start : parts.front_end]).root)
        text = result


def _under(prefix: tuple[str | int, ...], edit: Edit) -> Edit:
    """The edit, drawn on one core element, made on that element inside the whole spec."""
    if isinstance(edit, SetValue):
        return SetValue((*prefix, *edit.path), edit.value)
    if isinstance(edit, Remove):
        return Remove((*prefix, *edit.path))
    if isinstance(edit, Insert):
        return Insert((*prefix, *edit.path), edit.index, edit.value)
    assert isinstance(edit, Move)
    return Move((*prefix, *edit.path), edit.src, edit.dst)


@pytest.mark.parametrize(("eol", "bom"), [("\r\n", ""), ("\r", "\ufeff")], ids=["crlf", "cr-bom"])
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edits_keep_the_files_line_endings(eol: str, bom: str, data: st.DataObject) -> None:
    text = SPEC.read_text(encoding="utf-8")
    other = bom + text.replace("\n", eol)
    front = _front(text)
    for _ in range(data.draw(st.integers(1, 3))):
        edit = data.draw(_edit(front, body=True))
        try:
            edited = apply_edits(text, [edit])
        except EditError as refused:  # a section opening a fence it never closes
            assert isinstance(edit, SetSection) and "not closed" in refused.get("en")
            with pytest.raises(EditError):
                apply_edits(other, [edit])
            continue
        text, other = edited, apply_edits(other, [edit])
        assert other == bom + text.replace("\n", eol)
        front = _expected(front, edit)


@pytest.mark.parametrize("value", ["0\n", "tekst\n", "to\nlinjer\n"])
def test_text_ending_in_a_line_break_as_the_last_nested_value_keeps_it(value: str) -> None:
    """Found by the random edits: `costs.equipment` is the front matter's last value, and a
    `|` block there lost its final line break (our loader reads the front matter without
    it), so the verification refused the edit. It is quoted instead, and reads back exact."""
    text = (ROOT / "specs/housing-first-cti/index.md").read_text(encoding="utf-8")
    result = apply_edits(text, [SetValue(("costs", "equipment"), value)])
    front = parse_document(result.encode("utf-8"), "x.md").front
    assert front["costs"]["equipment"] == value
    assert result.split("equipment:", 1)[0] == text.split("equipment:", 1)[0]


def test_a_value_typed_into_an_emptied_field_is_not_quoted_for_the_empty_one() -> None:
    """An empty string must be quoted (`''`); what is typed in its place later need not be."""
    text = "---\nschema: susi-spec/1\ntitle: ''\nsummary: \"\"\nnote: 'kept'\n---\n"
    result = apply_edits(
        text,
        [SetValue(("title",), "Ny"), SetValue(("summary",), "Hej"), SetValue(("note",), "b")],
    )
    assert result == "---\nschema: susi-spec/1\ntitle: Ny\nsummary: Hej\nnote: 'b'\n---\n"


def test_text_ending_in_a_line_break_at_the_end_of_the_front_matter_is_quoted() -> None:
    # The loader reads the front matter's lines without the last line break, so a `|` block
    # there could not keep its own (found by the random edits above).
    text = (ROOT / "specs" / "en-familie-en-indgang" / "local" / "fredericia.md").read_text()
    result = apply_edits(text, [SetValue(("adaptations", 3, "how"), "Linje\n")])
    assert '    how: "Linje\\n"\n---\n' in result
    result = apply_edits(text, [SetValue(("adaptations", 0, "how"), "Linje\n")])
    assert "    how: |\n      Linje\n    choice:" in result
