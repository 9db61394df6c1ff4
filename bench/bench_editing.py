"""Time the lossless editor (susi_spec/editing) per edit, as the studio's save calls it.

    .venv/bin/python bench/bench_editing.py [--runs 30]

On the bundled spec (specs/en-familie-en-indgang/index.md) and on a 300 KB spec made from it
(its core elements repeated under new ids), each kind of edit is timed `runs` times on the
text the previous save returned, as the studio edits its last result again: a scalar set
deep in a core element, `runs` items inserted into a list and removed again, a list item moved,
a whole core element set (its form saved), and a body section set. Median and slowest are
printed per edit in milliseconds of this process's CPU time (other work on the machine
does not count; the edit uses one core and no I/O), and the median wall time beside it. Target (issue 12): well under 50 ms per edit, so that the
studio's 150 ms round trip holds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from large_spec import large_spec

from susi_spec.editing import (
    Edit,
    Insert,
    Move,
    Remove,
    SetSection,
    SetValue,
    apply_edits,
)
from susi_spec.loading.document import parse_document

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "specs" / "en-familie-en-indgang" / "index.md"


def edits_for(index: int, title: str) -> dict[str, Callable[[int], list[Edit]]]:
    """Each kind of edit, made different on every run `n` (so that none is a no-op)."""
    element = ("core_elements", index)
    return {
        "SetValue title": lambda n: [SetValue((*element, "title"), f"{title} {n}")],
        "Insert activity": lambda n: [Insert((*element, "activities"), 1, f"Ny aktivitet {n}")],
        "Remove activity": lambda n: [Remove((*element, "activities", 1))],
        "Move activity": lambda n: [Move((*element, "activities"), 0, 1 + n % 4)],
        "SetValue core element": lambda n: [
            SetValue(element, {"id": "nyt-element", "title": f"Nyt {n}", "level": "rule"})
        ],
        "SetSection costs": lambda n: [SetSection("costs", f"Omkostningerne i år {n}.")],
    }


def bench(name: str, text: str, runs: int) -> None:
    document = parse_document(text.encode(), name)
    elements = document.front["core_elements"]
    index = len(elements) // 2
    print(f"{name}: {len(text.encode()) / 1024:.0f} KB, {len(elements)} core elements")
    current = text  # each edit on the last result: the inserted items are removed again
    for label, make in edits_for(index, elements[index]["title"]).items():
        times: list[float] = []
        walls: list[float] = []
        for n in range(runs):
            started, wall = time.process_time(), time.perf_counter()
            current = apply_edits(current, make(n))
            times.append((time.process_time() - started) * 1000)
            walls.append((time.perf_counter() - wall) * 1000)
            if label.startswith("SetValue core"):
                current = text  # the element's other fields back for the next run
        median = statistics.median(times)
        wall = statistics.median(walls)
        print(
            f"  {label:24} median {median:6.1f} ms   slowest {max(times):6.1f} ms   "
            f"(wall median {wall:6.1f} ms)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    bundled = BUNDLED.read_text(encoding="utf-8")
    apply_edits(bundled, [SetValue(("title",), "Opvarmning")])  # imports, ruamel's first load
    bench("bundled spec", bundled, args.runs)
    bench("300 KB spec", large_spec(bundled), max(5, args.runs // 3))
    print("target: well under 50 ms per edit (issue 12)")


if __name__ == "__main__":
    main()
