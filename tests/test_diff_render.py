"""The diff renderers: golden reports, the JSON contract, escaping, the Markdown size cap.

Golden files live in tests/golden/; after an intended change, run
`.venv/bin/python tests/golden/regenerate.py` and read the new reports before committing.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from golden.regenerate import PAIRS, diff_pair, reports

from susi_spec.diff import (
    RENDERERS,
    Change,
    DiffMeta,
    Endpoint,
    Segment,
    SpecDiff,
    render_html,
    render_json,
    render_md,
    render_text,
)
from susi_spec.diff.reports.as_markdown import MAX_CHARS
from susi_spec.diff.reports.escape import md_escape

GOLDEN = Path(__file__).parent / "golden"
KINDS = {"added", "removed", "renamed", "modified", "moved"}
META = DiffMeta("demo", "Demo", Endpoint("1", "a" * 40, "2021-03-01"), Endpoint("2"))


@pytest.mark.parametrize(
    ("old", "new", "name"),
    [pytest.param(old, new, name, id=name) for old, new in PAIRS for name in reports(old, new)],
)
def test_golden(old: str, new: str, name: str) -> None:
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    assert reports(old, new)[name] == expected, "run tests/golden/regenerate.py and review"


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_json_contract(old: str, new: str) -> None:
    diff, meta = diff_pair(old, new)
    data = json.loads(render_json(diff, meta))
    assert set(data) == {"spec", "from", "to", "changes", "frame"}
    assert {"version", "commit"} <= set(data["from"]) and {"version", "commit"} <= set(data["to"])
    assert data["spec"] == "en-familie-en-indgang"
    assert data["changes"]
    for change in data["changes"]:
        assert {"kind", "path", "old", "new", "severity", "needs_review"} <= set(change)
        assert change["kind"] in KINDS
        assert change["severity"] in {"major", "minor", "editorial"}
        assert change.get("direction") in {None, "tightened", "loosened"}
        for segment in change.get("segments", []):
            assert segment["op"] in {"equal", "delete", "insert"}


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
@pytest.mark.parametrize(("old", "new"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_every_renderer_shows_every_direction(fmt: str, old: str, new: str) -> None:
    """Renderer parity: whatever JSON says was tightened or loosened, each format says too."""
    diff, meta = diff_pair(old, new)
    output = RENDERERS[fmt](diff, meta, "da")
    for direction, word in (("tightened", "Strammet"), ("loosened", "Lempet")):
        if any(change.direction == direction for change in diff.changes):
            assert (f'"{direction}"' if fmt == "json" else word) in output


def _hostile_diff() -> SpecDiff:
    evil = "<script>alert(1)</script> **fed** [link](http://x) \x1b[31m"
    changes = (
        Change(
            "modified",
            "core_elements/x/what",
            "field",
            "core_elements/what",
            evil,
            evil + "!",
            core_element="x",
            label=evil,
            segments=(Segment("equal", evil), Segment("insert", "<img src=x onerror=alert(1)>")),
        ),
        Change("added", "body/introduction/1", "block", "body", new=evil, label=evil),
    )
    return SpecDiff("x", evil, changes)


def test_html_escapes_everything_from_the_spec() -> None:
    page = render_html(_hostile_diff(), DiffMeta("x", "<b>titel</b>", Endpoint("1"), Endpoint("2")))
    assert "<script>" not in page and "<img" not in page and "<b>titel" not in page
    assert "&lt;script&gt;" in page
    assert page.startswith("<!DOCTYPE html>") and 'lang="da"' in page
    assert not re.search(r"""src=["']?https?:""", page), "no external requests"
    # The only address is the prose's own link, in the word diff; never one in a label.
    assert re.findall(r"""href=["']?[^"' >]*""", page) == ['href="http://x'] * 2


def test_prose_keeps_its_inline_markdown_in_html_and_markdown() -> None:
    """Emphasis and links render in HTML and stay Markdown in Markdown, with the word marks
    around them; raw HTML and unsafe links stay text."""
    old = "**Erfaringer.** Se [guiden](https://example.org/guide) og `kode`."
    new = "**Erfaringer.** Se _den nye_ [guiden](javascript:alert(1)) og `kode`. <b>x</b>"
    segments = (
        Segment("equal", "**Erfaringer.** Se "),
        Segment("delete", "[guiden](https://example.org/guide)"),
        Segment("insert", "_den nye_ [guiden](javascript:alert(1))"),
        Segment("equal", " og `kode`. "),
        Segment("insert", "<b>x</b>"),
    )
    change = Change("modified", "body/content/1", "block", "body", old, new, "minor")
    diff = SpecDiff("x", "X", (replace(change, segments=segments),))
    page = render_html(diff, META)
    assert "<blockquote><strong>Erfaringer.</strong> Se <del>" in page
    assert '<a href="https://example.org/guide">guiden</a></del>' in page
    assert "<em>den nye</em> [guiden](javascript:alert(1))</ins>" in page
    assert " og <code>kode</code>. <ins>" in page and "&lt;b&gt;x&lt;/b&gt;</ins>" in page
    report = render_md(diff, META)
    assert "> **Erfaringer.** Se <del>[guiden](https://example.org/guide)</del>" in report
    assert "<ins>_den nye_ \\[guiden](javascript:alert(1))</ins> og `kode`." in report
    assert "&lt;b&gt;x&lt;/b&gt;" in report and "<b>" not in report


def test_markdown_escapes_everything_from_the_spec() -> None:
    report = render_md(_hostile_diff(), META)
    assert "<script>" not in report and "<img" not in report
    assert "\\*\\*fed\\*\\*" in report and "\\[link\\]" in report
    assert md_escape("# ikke en overskrift") == "\\# ikke en overskrift"
    assert md_escape("- ikke et punkt") == "\\- ikke et punkt"


def test_text_output_has_no_control_characters() -> None:
    output = render_text(_hostile_diff(), META)
    assert "\x1b" not in output


def test_markdown_is_cut_at_the_github_limit_and_says_what_was_left_out() -> None:
    words = " ".join(f"ord{n}" for n in range(60))
    changes = tuple(
        Change(
            "modified",
            f"body/section-{n}/1",
            "block",
            "body",
            words,
            words + " nyt",
            label=f"Afsnit {n}",
            segments=(Segment("equal", words + " "), Segment("insert", "nyt")),
        )
        for n in range(800)
    )
    report = render_md(SpecDiff("x", "X", changes), META)
    assert len(report) <= MAX_CHARS
    assert "Rapporten er afkortet" in report
    assert re.search(r"Udeladt: Brødtekst \(\d+ ændringer\)", report)
    assert "Ændringer begrundet i versionen (FRAME)" in report.split("Udeladt:")[1]
    assert report.count("<details>") == report.count("</details>")


def test_no_changes_reads_as_such() -> None:
    empty = SpecDiff("x", "X", ())
    assert "Ingen ændringer." in render_md(empty, META)
    assert "No changes." in render_md(empty, META, "en")
    assert "Ingen ændringer." in render_text(empty, META)
    assert json.loads(render_json(empty, META))["changes"] == []


def test_side_labels_fall_back_to_version_commit_and_working_tree() -> None:
    meta = DiffMeta("x", "X", Endpoint(None, "b" * 40), Endpoint())
    text = render_text(SpecDiff("x", "X", ()), meta)
    assert "fra bbbbbbbb til arbejdskopien" in text


def test_english_report() -> None:
    diff, meta = diff_pair("v1", "v2")
    report = render_md(diff, meta, "en")
    assert report.startswith("# Changes in «Én familie, én indgang»")
    assert "Specification level tightened: principle → rule" in report
    assert "regel" not in report.split("## Changes explained")[0]
