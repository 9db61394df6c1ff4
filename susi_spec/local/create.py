"""Create a spec (a v0 draft from the template) and a local implementation (of the latest
release): `susi new` and the studio's "new" forms both create files through here.

Both hold the write lock, write atomically and never overwrite.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from susi_spec.errors import SusiError
from susi_spec.problems import Text

if TYPE_CHECKING:
    from susi_spec.checks.config import Config
    from susi_spec.model import Spec

Tell = Callable[[Text], None]  # where notes go: the terminal, or the studio's page

# Control characters, lone surrogates and line/paragraph separators: never part of a title.
_NOT_TEXT = frozenset({"Cc", "Cs", "Zl", "Zp"})


def new_spec(config: Config, spec_id: str, title: str, lang: str, tell: Tell) -> Path:
    """Create `specs/<id>/index.md` as a v0 draft from the template; never overwrite.
    The command and the studio both create specs through here."""
    from susi_spec.files import create_folder
    from susi_spec.local.scaffold import yaml_scalar

    require_id(spec_id)
    require_line(title)
    title = title.strip()
    if not title:
        raise _one_line()
    folder = config.specs_path / spec_id
    target = folder / "index.md"
    shown = shown_path(target)
    from importlib import resources  # here: it costs ~8 ms of every command's start-up

    template = (
        resources.files("susi_spec.templates")
        .joinpath(f"spec-v0.{lang}.md")
        .read_text(encoding="utf-8")
    )
    yaml_title = yaml_scalar(title)
    lines = template.replace("{id}", spec_id).split("\n")
    text = "\n".join(
        line.replace("{title}", yaml_title if line.startswith("title:") else title)
        for line in lines
    )
    with _writing(config.specs_path, [], tell):
        if folder.exists():
            raise SusiError(
                Text(
                    f"{shown_path(folder)} findes allerede; intet er ændret. Vælg et andet id, eller "
                    f"ret den eksisterende beskrivelse og tjek den med 'susi check {shown}'.",
                    f"{shown_path(folder)} exists already; nothing was changed. Choose another id, "
                    f"or edit the existing spec and check it with 'susi check {shown}'.",
                )
            )
        try:  # built beside it and renamed into place: never a folder with half its files
            create_folder(folder, {"index.md": text})
        except FileExistsError as error:
            raise _exists(target) from error
    return target


@contextmanager
def _writing(specs: Path, folders: list[Path], tell: Tell) -> Iterator[None]:
    """Hold the write lock (the repository's, else one in `specs`) and remove what a killed
    write left in `specs` and `folders`."""
    from susi_spec.files import remove_leftovers, write_lock
    from susi_spec.history.git import git_dir

    specs.mkdir(parents=True, exist_ok=True)
    repository = git_dir(specs)
    lock = write_lock(repository) if repository else write_lock(specs, ".susi.lock")
    with lock as notes:
        for note in notes + remove_leftovers([specs, *folders], Path.cwd()):
            tell(note)
        yield


_ID = Text("id", "id")


def require_line(title: str) -> None:
    """Refuse a title YAML or a reader would not take as one line of text."""
    if "\n" in title:
        raise _one_line()
    bad = next((c for c in title if unicodedata.category(c) in _NOT_TEXT), None)
    if bad is not None:
        raise SusiError(
            Text(
                f"--title må ikke indeholde styretegn (her U+{ord(bad):04X}); skriv den som "
                "almindelig tekst på én linje.",
                f"--title must not hold control characters (here U+{ord(bad):04X}); write it "
                "as plain text on one line.",
            )
        )


def _one_line() -> SusiError:
    return SusiError(
        Text(
            '--title skal være én linje tekst, fx --title "Min indsats".',
            '--title must be one line of text, e.g. --title "My intervention".',
        )
    )


def _exists(target: Path) -> SusiError:
    shown = shown_path(target)
    return SusiError(
        Text(
            f"{shown} findes allerede; intet er ændret. Ret den, og tjek den med 'susi check "
            f"{shown}'.",
            f"{shown} exists already; nothing was changed. Edit it, and check it with 'susi "
            f"check {shown}'.",
        )
    )


def shown_path(path: Path) -> str:
    """The path as typed from here (relative to the working folder when inside it)."""
    from susi_spec.checks.results import display_path

    return display_path(path)


def require_id(value: str, what: Text = _ID) -> None:
    from susi_spec.model.types import ID_PATTERN

    # fullmatch: with re.match the pattern's `$` would also match before a trailing newline
    if not re.fullmatch(ID_PATTERN, value):
        from susi_spec.model.municipalities import place_id

        slug = place_id(value)
        fits = re.fullmatch(ID_PATTERN, slug) and slug not in _RESERVED
        raise SusiError(
            Text(
                f"'{value}' er ikke et gyldigt {what.da}. Brug små bogstaver a-z, tal og "
                "bindestreg, 2-64 tegn, begynd med et bogstav (æ→ae, ø→oe, å→aa)"
                + (f", fx '{slug}'." if fits else "."),
                f"'{value}' is not a valid {what.en}. Use lowercase letters a-z, digits and "
                "hyphens, 2-64 characters, starting with a letter (æ→ae, ø→oe, å→aa)"
                + (f", e.g. '{slug}'." if fits else "."),
            )
        )
    if value in _RESERVED or value in ("local", "assets"):
        # A folder or file by that name cannot be checked out on Windows, or is one of ours.
        raise SusiError(
            Text(
                f"'{value}' kan ikke bruges som {what.da}: navnet er reserveret (i Windows eller "
                "af susi selv). Vælg et andet, fx med et ord mere.",
                f"'{value}' cannot be used as {what.en}: the name is reserved (by Windows or by "
                "susi itself). Choose another, e.g. with one more word.",
            )
        )


# Names Windows gives to devices, with or without an extension.
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}
)


def new_local(
    config: Config, spec_id: str, place: str, title: str | None, tell: Tell
) -> tuple[Path, str, bool]:
    """Write `specs/<id>/local/<place>.md` for the latest release; never overwrite. The
    file, the release it follows, and whether the place is one of the 98 municipalities."""
    from susi_spec.checks.config import resolve_spec
    from susi_spec.files import write_atomic
    from susi_spec.labels import version_label
    from susi_spec.local.scaffold import local_file_text
    from susi_spec.model.municipalities import municipality, place_id

    known = municipality(place)
    place_key = known.id if known else place_id(place)
    require_id(place_key, Text("sted-id", "place id"))
    # A municipality by its real name; another place as written, unless written as an id.
    name = known.name if known else (place if place != place_key else place.capitalize())
    place = place_key
    spec_path = resolve_spec(spec_id, config)
    target = spec_path.parent / "local" / f"{place}.md"
    if target.exists():
        raise _exists(target)
    released = _latest_release(spec_path)
    text = local_file_text(released, place, (title or f"{released.title} i {name}").strip())
    with _writing(config.specs_path, [spec_path.parent, target.parent], tell):
        try:
            write_atomic(target, text, exclusive=True)
        except FileExistsError as error:
            raise _exists(target) from error
    return target, version_label(released.version), known is not None


def _latest_release(spec_path: Path) -> Spec:
    """The latest release of the spec: from git history, or the working copy if released."""
    from susi_spec.history.compare import open_history

    _, history = open_history(spec_path)
    if not history.releases:
        spec_id = history.spec_id
        raise SusiError(
            Text(
                f"{spec_id} har ingen frigivet version endnu. En lokal udmøntning bygger på en "
                f"frigivet version; frigiv først med 'susi release {spec_id}'.",
                f"{spec_id} has no released version yet. A local implementation is based on a "
                f"released version; release it first with 'susi release {spec_id}'.",
            )
        )
    return history.releases[-1].spec
