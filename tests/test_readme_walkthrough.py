"""The README's walkthrough (new → check → release → bump → edit → diff) is run as it stands:
each command line of its block, in a fresh repository, exits as the README says.

The two editor steps run the README's own `${EDITOR:-nano}` line; EDITOR is a script that
makes the edits the README's text asks of the author.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from gitrepo import GitRepo

README = Path(__file__).resolve().parents[1] / "README.md"
_BLOCK = re.compile(r"<!-- walkthrough:start -->\n```sh\n(.*?)```\n<!-- walkthrough:end -->", re.S)
_EXIT = re.compile(r"#\s*exit (\d+)")

# What step 2 and step 5 of the walkthrough ask the author to write.
EDITOR = """
import sys
from pathlib import Path

path = Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
if "version: 0" in text:
    for old, new in {
        "Skriv et kort resumé af indsatsen her.": "Familien får én fast koordinator.",
        "Beskriv målgruppen her.": "Familier med et barn med handicap.",
        "Beskriv kerneelementet kort.": "Familien har én fast koordinator.",
        "Skriv den faglige begrundelse.": "Én indgang giver familien overblik og tillid.",
        "Skriv om indsatsens oprindelse, dens formål og hvordan beskrivelsen læses.":
            "Indsatsen samler kommunens hjælp til familien hos én koordinator.",
    }.items():
        assert old in text, old
        text = text.replace(old, new)
else:
    text = text.replace(
        "Familien har én fast koordinator.", "Familien har én fast koordinator, den kender."
    ).replace(
        "changes: []",
        "changes:\\n  - what: Familien kender sin koordinator.\\n"
        "    core_elements: [kerneelement-1]",
    )
path.write_text(text, encoding="utf-8")
"""


def walkthrough() -> list[tuple[str, int]]:
    """The README block's commands with the exit code each is said to end with."""
    found = _BLOCK.search(README.read_text(encoding="utf-8"))
    assert found, "README.md has no walkthrough block"
    steps = []
    for line in found.group(1).splitlines():
        command, _, comment = line.partition("    #")
        expected = _EXIT.search(f"#{comment}")
        steps.append((command.strip(), int(expected.group(1)) if expected else 0))
    return steps


def test_the_walkthrough_shows_the_commands_of_every_step() -> None:
    commands = [command.split()[:2] for command, _ in walkthrough()]
    for step in (["susi", "new"], ["susi", "check"], ["susi", "release"], ["susi", "bump"]):
        assert step in commands
    assert ["susi", "diff"] in commands


def test_the_readme_walkthrough_runs_as_written(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "specs-repo")
    editor = tmp_path / "editor.py"
    editor.write_text(EDITOR, encoding="utf-8")
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "EDITOR": f"{sys.executable} {editor}",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_DATE": "2024-03-01T10:00:00+01:00",
        "GIT_COMMITTER_DATE": "2024-03-01T10:00:00+01:00",
    }
    steps = walkthrough()
    for number, (command, expected) in enumerate(steps):
        done = subprocess.run(
            command, shell=True, cwd=repo.root, env=env, capture_output=True, text=True,
            stdin=subprocess.DEVNULL, timeout=120,
        )  # fmt: skip
        output = done.stdout + done.stderr
        assert done.returncode == expected, f"{command}\n{output}"
        assert "Traceback" not in output
        if expected == 2 and command.startswith("susi release"):
            # The command susi prints is the README's next line, and that line unblocks.
            assert f"'{steps[number + 1][0]}'" in output, output
    assert repo.git("tag", "-l") == "min-indsats/v0\n"
    text = (repo.root / "specs/min-indsats/index.md").read_text(encoding="utf-8")
    assert "milestone: Opstart" in text and "phase: maturation" in text  # the scheme's v1
    assert repo.git("status", "--porcelain") == ""
    assert repo.git("log", "--format=%s") == (
        "Min indsats v1: koordinatoren\nStart min-indsats v1\nFrigiv min-indsats v0\n"
        "Tilføj min-indsats\n"
    )
