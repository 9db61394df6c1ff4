"""`susi new SPEC-ID --title "..."`: scaffold a v0 draft from the Danish template."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from susi_spec.errors import SusiError

_ID = re.compile(r"^[a-z][a-z0-9-]{1,63}$")
_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:#]*$")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spec_id", metavar="SPEC-ID", help="id, fx en-familie-en-indgang")
    parser.add_argument("--title", required=True, help="titel, fx 'Én familie, én indgang'")
    parser.add_argument(
        "--lang", choices=("da", "en"), default=None, help="skabelonens sprog (standard: da)"
    )


def run(args: argparse.Namespace) -> int:
    from susi_spec.config import load_config
    from susi_spec.files import write_atomic

    spec_id: str = args.spec_id
    if not _ID.match(spec_id):
        raise SusiError(
            f"'{spec_id}' er ikke et gyldigt id. Brug små bogstaver a-z, tal og bindestreg, "
            "2-64 tegn, begynd med et bogstav (æ→ae, ø→oe, å→aa)."
        )
    title = args.title.strip()
    if not title or "\n" in title:
        raise SusiError("--title skal være én linje tekst.")
    config = load_config(Path.cwd())
    folder = config.specs_path / spec_id
    target = folder / "index.md"
    if folder.exists():
        raise SusiError(
            f"{folder} findes allerede; intet er ændret. Vælg et andet id, eller ret den "
            "eksisterende beskrivelse."
        )
    lang = args.lang or config.language
    from importlib import resources  # here: it costs ~8 ms of every command's start-up

    template = (
        resources.files("susi_spec.templates")
        .joinpath(f"spec-v0.{lang}.md")
        .read_text(encoding="utf-8")
    )
    yaml_title = title if _PLAIN.match(title) else json.dumps(title, ensure_ascii=False)
    lines = template.replace("{id}", spec_id).split("\n")
    text = "\n".join(
        line.replace("{title}", yaml_title if line.startswith("title:") else title)
        for line in lines
    )
    try:
        write_atomic(target, text, exclusive=True)
    except FileExistsError as error:
        raise SusiError(f"{target} findes allerede; intet er ændret.") from error
    print(f"Oprettet {target}. Tjek den med: susi check {target}")
    return 0
