"""A 300 KB spec made from the bundled one, for the editor's tests and its bench
(bench/bench_editing.py)."""

from __future__ import annotations

TARGET_BYTES = 300 * 1024


def large_spec(text: str, target: int = TARGET_BYTES) -> str:
    """The spec `text` with its core elements repeated under new ids up to `target` bytes."""
    start = text.index("core_elements:\n") + len("core_elements:\n")
    end = text.index("\ntheory_of_change:")
    elements = text[start:end]
    size = len(text.encode())
    copies: list[str] = []
    number = 0
    while size < target:
        number += 1
        copy = "\n" + elements.replace("  - id: ", f"  - id: kopi-{number}-").rstrip("\n") + "\n"
        copies.append(copy)
        size += len(copy.encode())
    return text[:end] + "".join(copies) + text[end:]
