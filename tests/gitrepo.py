"""Build real git repositories in tmp dirs with fixed dates and authors."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


class GitRepo:
    """A throwaway repository whose commits get fixed, increasing dates."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.day = 0
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.name", "Test Testesen")
        self.git("config", "user.email", "test@example.org")
        self.git("config", "commit.gpgsign", "false")
        self.git("config", "tag.gpgsign", "false")

    def git(self, *args: str) -> str:
        date = f"2020-01-{self.day + 1:02d}T10:00:00+01:00"
        env = {
            **os.environ,
            "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_DATE": date,
            "GIT_CONFIG_GLOBAL": os.devnull,
        }
        done = subprocess.run(
            ["git", *args], cwd=self.root, env=env, check=True, capture_output=True, text=True
        )
        return done.stdout

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def commit(self, message: str, *paths: str) -> str:
        """Stage `paths` (default: everything) and commit on the next fixed day."""
        self.day += 1
        self.git("add", *(paths or ("-A",)))
        self.git("commit", "-q", "-m", message)
        return self.git("rev-parse", "HEAD").strip()


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


SPEC = "specs/demo/index.md"
# The bundled test spec as a v1 draft, not yet released.
DRAFT = fixture("valid_v1.md").replace(
    "status: released\nreleased: 2020-09-15\n", "status: draft\n"
)


def drafted(root: Path) -> GitRepo:
    """A repository at `root` with the demo v1 draft committed."""
    git = GitRepo(root)
    git.write(SPEC, DRAFT)
    git.commit("Demo v1 udkast")
    return git
