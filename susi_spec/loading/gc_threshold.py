"""How often the cycle collector runs while many files are parsed and checked."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Parsing and checking allocate millions of short-lived objects (YAML nodes, Markdown tokens)
# that reference counting frees. With Python's default threshold (700) the cycle collector
# ran often over a growing heap: about a tenth of the CPU time of a large check, and a fifth
# of loading 200 specs x 10 versions (bench/bench_history.py).
GC_THRESHOLD = 10_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cycle collector less often (see GC_THRESHOLD); cycles are still collected."""
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], GC_THRESHOLD), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
