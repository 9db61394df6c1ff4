"""Reading a spec: front matter positions and body sections, in lines of the real file."""

from __future__ import annotations

from pathlib import Path

import pytest

from susi_spec.loading.document import Section, find_sections, parse_document

VALID = (Path(__file__).parent / "fixtures" / "valid_v1.md").read_text(encoding="utf-8")
NINE = [
    "introduction",
    "target-group",
    "knowledge-base",
    "theory-of-change",
    "content",
    "implementation",
    "competencies",
    "documentation",
    "costs",
]


def sections_of(body: str, offset: int = 0) -> dict[str, Section]:
    return {section.anchor: section for section in find_sections(body, offset)}


def test_sections_of_the_fixture_in_file_lines() -> None:
    document = parse_document(VALID.encode("utf-8"), "specs/demo/index.md")
    assert [section.anchor for section in document.sections] == NINE
    places = {s.anchor: (s.span.line, s.span.column) for s in document.sections}
    lines = VALID.split("\n")
    for anchor, (line, column) in places.items():
        raw = lines[line - 1]
        assert raw.startswith("## ") and raw[column - 1 :] == f"{{#{anchor}}}"
    assert places["introduction"] == (71, 17)
    assert places["costs"] == (107, 17)
    content = document.section("content")
    assert content is not None and content.title == "Indhold og fremgangsmåde"
    assert [(s.anchor, s.span.line, s.span.column) for s in content.subsections] == [
        ("koordinering", 91, 32)
    ]
    assert document.section("nope") is None


def test_a_longer_front_matter_moves_the_sections() -> None:
    longer = VALID.replace("places:", "x").replace(
        "milestone: Opstart\n", "milestone: Opstart\n# en\n# to\n# tre\n"
    )
    document = parse_document(longer.encode("utf-8"), "specs/demo/index.md")
    introduction = document.section("introduction")
    assert introduction is not None and introduction.span.line == 74


def test_front_matter_positions_are_one_based_file_positions() -> None:
    document = parse_document(VALID.encode("utf-8"), "specs/demo/index.md")
    assert document.span(("title",)) == document.span(("title",), key=False)
    assert (document.span(("title",)).line, document.span(("title",)).column) == (4, 8)
    key = document.span(("title",), key=True)
    assert (key.line, key.column) == (4, 1)
    level = document.span(("core_elements", 1, "level"))
    assert (level.line, level.column) == (28, 12)
    # A key that is not there falls back to its nearest ancestor: for a list item, the
    # place where the item starts (a list item has no key of its own).
    missing = document.span(("core_elements", 1, "fidelity"), key=True)
    assert (missing.line, missing.column) == (26, 5)
    gone = document.span(("theory_of_change", "assumptions"), key=True)
    assert (gone.line, gone.column) == (48, 1)


BODY = """# Titel uden anker

## Introduktion {#introduction}

Tekst.

## Tom {#target-group}

## Indhold {#content}

Indledning.

### Element A {#element-a}

Om A.

### Uden anker

Løs tekst.

### Element B {#element-b}

- punkt

## Overskrift uden anker

Tekst, der ikke hører til noget afsnit.

## Omkostninger {#costs} ##

1. Løn
"""


def test_sections_are_level_two_headings_with_an_anchor() -> None:
    found = find_sections(BODY, 0)
    assert [(s.anchor, s.title, s.level) for s in found] == [
        ("introduction", "Introduktion", 2),
        ("target-group", "Tom", 2),
        ("content", "Indhold", 2),
        ("costs", "Omkostninger", 2),
    ]
    assert [(s.span.line, s.span.column) for s in found] == [(3, 17), (7, 8), (9, 12), (29, 17)]


def test_offset_turns_body_lines_into_file_lines() -> None:
    found = sections_of(BODY, 40)
    assert found["introduction"].span.line == 43
    assert found["content"].subsections[0].span.line == 53


def test_subsections_under_content() -> None:
    content = sections_of(BODY)["content"]
    assert [(s.anchor, s.title, s.level, s.span.line) for s in content.subsections] == [
        ("element-a", "Element A", 3, 13),
        ("element-b", "Element B", 3, 21),
    ]
    assert content.subsections[0].text == "Om A."
    assert content.subsections[1].text == "- punkt"
    # The unanchored ### stays part of the content section's own text.
    assert content.text == "Indledning.\n\n### Uden anker\n\nLøs tekst."


def test_has_content() -> None:
    found = sections_of(BODY)
    assert found["introduction"].has_content
    assert not found["target-group"].has_content
    assert found["costs"].has_content
    assert found["costs"].text == "1. Løn"
    assert found["target-group"].text == ""


@pytest.mark.parametrize(
    ("under", "expected"),
    [
        ("", False),
        ("\n\n\n", False),
        ("### Kun en overskrift\n", False),
        ("<!-- en kommentar -->\n", True),
        ("Et afsnit.\n", True),
        ("- et punkt\n", True),
        ("> et citat\n", True),
        ("```\nkode\n```\n", True),
        ("    indrykket kode\n", True),
        ("### Del {#del}\n\nTekst i underafsnittet.\n", True),
    ],
    ids=[
        "nothing",
        "blank-lines",
        "only-heading",
        "html-comment",
        "paragraph",
        "list",
        "quote",
        "fence",
        "indented-code",
        "only-subsection",
    ],
)
def test_what_counts_as_content(under: str, expected: bool) -> None:
    body = f"## Afsnit {{#introduction}}\n\n{under}\n## Næste {{#costs}}\n\nTekst.\n"
    section = sections_of(body)["introduction"]
    assert section.has_content is expected


FENCED = """## Indhold {#content}

Eksempel på en overskrift:

```markdown
## Omkostninger {#costs}

### Falsk {#falsk}
```

~~~
## Kompetencekrav {#competencies}
~~~

    ## Implementering {#implementation}

<!--
## Dokumentation {#documentation}
-->
"""


def test_anchors_in_code_and_comments_are_not_sections() -> None:
    found = find_sections(FENCED, 0)
    assert [s.anchor for s in found] == ["content"]
    assert found[0].subsections == ()
    assert "## Omkostninger {#costs}" in found[0].text


@pytest.mark.parametrize(
    "heading",
    [
        "## Introduktion",
        "## Introduktion {#introduction} og mere",
        "## Introduktion {#}",
        "## Introduktion #introduction",
        "Introduktion {#introduction}",
    ],
    ids=["no-anchor", "anchor-not-last", "empty-anchor", "no-braces", "not-a-heading"],
)
def test_headings_without_a_proper_anchor_are_ignored(heading: str) -> None:
    assert find_sections(f"{heading}\n\nTekst.\n", 0) == []


def test_level_one_and_deeper_headings_are_not_top_sections() -> None:
    body = (
        "# Titel {#introduction}\n\nTekst.\n\n## Mål {#target-group}\n\n#### Dybt {#costs}\n\nx\n"
    )
    found = find_sections(body, 0)
    assert [s.anchor for s in found] == ["target-group"]
    # Only the next level down is a subsection; a #### under a ## is just text.
    assert found[0].subsections == ()
    assert found[0].has_content


def test_document_without_body_has_no_sections() -> None:
    head = VALID.split("\n---\n", 1)[0] + "\n---\n"
    document = parse_document(head.encode("utf-8"), "specs/demo/index.md")
    assert document.ok and document.sections == []
