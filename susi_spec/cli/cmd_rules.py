"""`susi rules`: list every code with its summary, or explain one with its examples."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from susi_spec.cli.language import say
from susi_spec.errors import SusiError
from susi_spec.problems import Text

if TYPE_CHECKING:
    from susi_spec.checks.rules import Rule

_BASE_NOTE = {
    "da": "Eksemplerne viser kun de nøgler, der afviger fra et fuldstændigt eksempel;\n"
    "det står på sitets side «Regler».",
    "en": "The examples show only the keys that differ from a complete example,\n"
    "which the site's page «Regler» shows.",
}


# What a `todo` rule (Rule.todo) is: the column word, the line under the list, the sentence
# in --explain.
_TODO_MARK = {"da": "mangler", "en": "todo"}
_TODO_LEGEND = {
    "da": "mangler: i et udkast (status: draft) står fundet på listen over det, versionen\n"
    "mangler, og tjekket fejler ikke; med status: review og i susi release er det en fejl.",
    "en": "todo: in a draft (status: draft) the finding is on the list of what the version\n"
    "still needs, and the check does not fail; with status: review and in susi release it is\n"
    "an error.",
}
_TODO_EXPLAINED = {
    "da": "I et udkast (status: draft) står det på listen over det, versionen mangler, og "
    "tjekket fejler ikke; med status: review og i susi release er det en fejl.",
    "en": "In a draft (status: draft) it is on the list of what the version still needs, and "
    "the check does not fail; with status: review and in susi release it is an error.",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--explain",
        metavar=say("KODE", "CODE"),
        help=say(
            "forklar én regel (kode eller navn, fx SP104 eller core-element-what) med eksempler",
            "explain one rule (code or name, e.g. SP104 or core-element-what) with examples",
        ),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=say(
            "uddata for listen: text (standard) eller json",
            "output of the list: text (default) or json",
        ),
    )
    parser.add_argument(
        "--lang", choices=("da", "en"), help=say("sprog for teksterne", "language of the texts")
    )


def run(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from susi_spec.checks.config import load_config
    from susi_spec.checks.rules import ALL_RULES

    lang = args.lang or load_config(Path.cwd()).language
    if args.explain is not None:
        print(explain(find_rule(args.explain), lang), end="")
        return 0
    if args.format == "json":
        rows = [
            {
                "code": r.code,
                "name": r.name,
                "severity": r.severity.value,
                "todo": r.todo,
                "summary": r.summary(lang),
            }
            for r in ALL_RULES
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    width = len(_TODO_MARK[lang])
    for rule in ALL_RULES:
        mark = _TODO_MARK[lang] if rule.todo else ""
        print(
            f"{rule.code}  {rule.name:<28} {rule.severity.value:<7}  {mark:<{width}}  "
            f"{rule.summary(lang)}"
        )
    print(f"\n{_TODO_LEGEND[lang]}")
    return 0


def find_rule(key: str) -> Rule:
    """The rule with this code or name; a usage error naming the closest ones otherwise."""
    import difflib

    from susi_spec.checks.rules import BY_KEY

    rule = BY_KEY.get(key) or BY_KEY.get(key.upper())
    if rule is not None:
        return rule
    close = difflib.get_close_matches(key, list(BY_KEY), n=3, cutoff=0.6)
    close += difflib.get_close_matches(key.upper(), [k for k in BY_KEY if k not in close], n=3)
    named = ", ".join(list(dict.fromkeys(close))[:3])
    raise SusiError(
        Text(
            f"Ingen regel har koden eller navnet '{key}'."
            + (f" Mente du {named}?" if named else "")
            + " Se 'susi rules'.",
            f"No rule has the code or name '{key}'."
            + (f" Did you mean {named}?" if named else "")
            + " See 'susi rules'.",
        )
    )


def explain(rule: Rule, lang: str) -> str:
    """The rule's summary, explanation and examples as plain text."""
    from susi_spec.checks.rules.doc import LABELS

    doc = rule.doc
    severity = rule.severity.value + (f"; {_TODO_MARK[lang]}" if rule.todo else "")
    lines = [f"{rule.code}  {rule.name}  ({severity})", "", doc.summary.get(lang)]
    if rule.todo:
        lines += ["", _TODO_EXPLAINED[lang]]
    if doc.explanation.get(lang):
        lines += ["", doc.explanation.get(lang)]
    examples = doc.examples()
    for kind, example in examples:
        lines += ["", f"{LABELS[kind].get(lang)}:", "", *_indented(example.front)]
        if example.body is not None:
            lines += ["", f"  {LABELS['body'].get(lang)}:", "", *_indented(example.body)]
    if examples:
        lines += ["", _BASE_NOTE[lang]]
    return "\n".join(lines) + "\n"


def _indented(text: str) -> list[str]:
    return [f"    {line}" if line else "" for line in text.rstrip("\n").splitlines()]
