"""Fuzz `susi check --format json` far longer than CI does, and print what it found.

    .venv/bin/python bench/fuzz.py [--examples 2000] [--seed 1] [--git] [--out /tmp/fuzzfinds]

Mutates copies of the bundled spec and its local files (tests/fuzzing.py: bytes, YAML
structure, Markdown structure) and asserts the contract of issue 10 for every result: exit
0/1/2, JSON with the documented keys, every problem with an SPxxx code, a line within the
file, a column and a message, no traceback, no file changed. With `--git` the copy is a
git repository with the bundled spec committed, so the history rules run too. Each distinct
failure (by exception and first message line) is shrunk by Hypothesis and saved as
`<out>/<n>-<file>.bin` with the mutation steps beside it in `<n>.txt`.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hypothesis import HealthCheck, Phase, given, seed, settings

from fuzzing import SPEC_ID, Mutant, check_contract, copy_bundled, mutants
from gitrepo import GitRepo


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--git", action="store_true", help="in a git repository")
    parser.add_argument("--out", type=Path, default=Path("/tmp/fuzzfinds"))
    args = parser.parse_args()
    found: dict[str, tuple[Mutant, str]] = {}
    runs = 0

    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch)
        if args.git:
            repo = GitRepo(project / "repo")
            copy_bundled(repo.root)
            repo.commit(f"{SPEC_ID} v3")
            project = repo.root
        else:
            copy_bundled(project)

        @seed(args.seed)
        @settings(
            max_examples=args.examples,
            deadline=None,
            database=None,
            phases=[Phase.generate, Phase.shrink],
            suppress_health_check=list(HealthCheck),
        )
        @given(mutants())
        def fuzz(mutant: Mutant) -> None:
            nonlocal runs
            runs += 1
            try:
                check_contract(project, mutant)
            except BaseException as error:
                # Keep the last (most shrunk) input per kind of failure.
                found[f"{type(error).__name__}: {str(error).splitlines()[:1]}"] = (
                    mutant,
                    traceback.format_exc(),
                )
                raise

        started = time.perf_counter()
        try:
            fuzz()
        except BaseException as error:  # an ExceptionGroup when several distinct bugs
            print(f"Hypothesis stopped: {type(error).__name__}")
        elapsed = time.perf_counter() - started

    print(f"{runs} runs in {elapsed:.1f} s ({'git' if args.git else 'no git'}), seed {args.seed}")
    if not found:
        print("no failures")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for number, (kind, (mutant, trace)) in enumerate(sorted(found.items()), start=1):
        digest = hashlib.sha256(mutant.data).hexdigest()[:12]
        stem = f"{number}-{digest}"
        (args.out / f"{stem}-{mutant.name.replace('/', '_')}.bin").write_bytes(mutant.data)
        (args.out / f"{stem}.txt").write_text(
            f"{kind}\nfile: {mutant.name}\nsteps: {list(mutant.steps)}\n\n{trace}", "utf-8"
        )
        print(f"{stem}: {kind} in {mutant.name} after {list(mutant.steps)}")
    print(f"saved in {args.out}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
