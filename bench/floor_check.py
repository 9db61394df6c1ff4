"""The floor of `susi check DIR`, as its own process on all cores (bench_check.py runs it).

    .venv/bin/python bench/floor_check.py DIR [--jobs N]

For each `*/index.md` under DIR: read the bytes, decode, split off the front matter,
`yaml.load(..., Loader=yaml.CSafeLoader)`, a full `MarkdownIt("commonmark").parse(body)`
and `Spec.model_validate(data)`; the files are split over N processes (default: every
core) in chunks, as the checker splits them. Prints the number of files that validated.
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml
from markdown_it import MarkdownIt

from susi_spec.model import Spec

_MD = MarkdownIt("commonmark")


def floor_one(path: Path) -> bool:
    """Read, split, C YAML load, full Markdown parse and validate one file."""
    text = path.read_bytes().decode("utf-8")
    end = text.index("\n---\n", 3)
    data = yaml.load(text[4:end], Loader=yaml.CSafeLoader)
    _MD.parse(text[end + 5 :])
    Spec.model_validate(data)
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    paths = sorted(args.folder.rglob("index.md"))
    chunk = max(1, len(paths) // (args.jobs * 8))
    if args.jobs <= 1:
        done = sum(map(floor_one, paths))
    else:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            done = sum(pool.map(floor_one, paths, chunksize=chunk))
    print(done)
    return 0 if done == len(paths) else 1


if __name__ == "__main__":
    sys.exit(main())
