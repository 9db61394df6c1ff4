"""Front-matter edits change only the keys they must; every other byte stays."""

from __future__ import annotations

import pytest

from susi_spec.errors import SusiError
from susi_spec.history.front_matter import DELETE, edit_front_matter

SOURCE = """\
---
# A comment at the top stays.
schema: susi-spec/1
id: demo
title: 'Quoted: title'
version: 1          # 0, 1, 2 ... or final
status: draft       # draft | review | released
milestone: Opstart
changes:
  - what: Noget
    why: Fordi

    # a comment inside the block
  - what: Mere
places:   [a-by, b-by]
---

Body text --- stays.
"""


def test_set_scalar_keeps_comment_and_spacing() -> None:
    result = edit_front_matter(SOURCE, {"status": "released", "released": "2021-02-03"})
    assert "status: released       # draft | review | released" in result
    lines_before = SOURCE.splitlines()
    lines_after = result.splitlines()
    added = [line for line in lines_after if line not in lines_before]
    removed = [line for line in lines_before if line not in lines_after]
    assert added == ["status: released       # draft | review | released", "released: 2021-02-03"]
    assert removed == ["status: draft       # draft | review | released"]
    assert lines_after.index("released: 2021-02-03") == lines_after.index(added[0]) + 1


def test_replace_block_and_delete_key() -> None:
    first = edit_front_matter(SOURCE, {"released": "2021-02-03"})
    result = edit_front_matter(first, {"released": DELETE, "changes": "[]", "version": "2"})
    assert result == SOURCE.replace(
        "changes:\n  - what: Noget\n    why: Fordi\n\n    # a comment inside the block\n"
        "  - what: Mere\n",
        "changes: []\n",
    ).replace("version: 1          #", "version: 2          #")


def test_crlf_file_stays_crlf() -> None:
    crlf = SOURCE.replace("\n", "\r\n")
    result = edit_front_matter(crlf, {"status": "released", "released": "2021-02-03"})
    assert "\r\nreleased: 2021-02-03\r\n" in result
    assert result.count("\r\n") == result.count("\n")


@pytest.mark.parametrize(
    "text",
    ["no front matter\n", "---\nid: x\n"],
    ids=["no-front-matter", "unclosed"],
)
def test_refuses_what_it_cannot_edit(text: str) -> None:
    with pytest.raises(SusiError):
        edit_front_matter(text, {"status": "released"})


def test_a_flow_mapping_over_two_lines_is_replaced_whole() -> None:
    # The old line-based editor refused this shape; the lossless editor replaces the value's
    # own text, whatever its lines.
    tricky = "---\nstatus: {a: 1,\n b: 2}\nid: x\n---\n"
    assert (
        edit_front_matter(tricky, {"status": "released"}) == "---\nstatus: released\nid: x\n---\n"
    )


def test_refuses_invalid_yaml_without_traceback() -> None:
    with pytest.raises(SusiError, match="ikke gyldig YAML"):
        edit_front_matter("---\nstatus: [\n---\n", {"status": "released"})


@pytest.mark.parametrize("closing", ["...", "...  ", "---"])
def test_the_editor_reads_every_closing_fence_that_check_reads(closing: str) -> None:
    from susi_spec.loading.document import parse_document

    text = SOURCE.replace("\n---\n\nBody", f"\n{closing}\n\nBody")
    assert parse_document(text.encode(), "specs/demo/index.md").front is not None
    result = edit_front_matter(text, {"status": "released"})
    changed = [(a, b) for a, b in zip(text.split("\n"), result.split("\n"), strict=True) if a != b]
    assert [(a.split()[:2], b.split()[:2]) for a, b in changed] == [
        (["status:", "draft"], ["status:", "released"])
    ]


@pytest.mark.parametrize("opening", ["...", "--- x"])
def test_what_check_refuses_as_an_opening_the_editor_refuses_too(opening: str) -> None:
    from susi_spec.loading.document import parse_document

    text = SOURCE.replace("---\n# A comment", f"{opening}\n# A comment", 1)
    assert parse_document(text.encode(), "specs/demo/index.md").front is None
    with pytest.raises(SusiError):
        edit_front_matter(text, {"status": "released"})


def test_a_cr_only_file_is_edited_and_stays_cr_only() -> None:
    cr = SOURCE.replace("\n", "\r")
    result = edit_front_matter(cr, {"status": "released", "released": "2021-02-03"})
    assert "\n" not in result and "\rreleased: 2021-02-03\r" in result
    lf = edit_front_matter(SOURCE, {"status": "released", "released": "2021-02-03"})
    assert result == lf.replace("\n", "\r")
