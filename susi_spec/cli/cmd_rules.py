"""`susi rules`: list every code with its one-line summary."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    import json

    from susi_spec.checks.rules import ALL_RULES

    if args.format == "json":
        rows = [
            {"code": r.code, "name": r.name, "severity": r.severity.value, "summary": r.summary}
            for r in ALL_RULES
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for rule in ALL_RULES:
        print(f"{rule.code}  {rule.name:<28} {rule.severity.value:<7}  {rule.summary}")
    return 0
