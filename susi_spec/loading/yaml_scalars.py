"""What a plain YAML scalar means under the YAML 1.2 core schema (plus plain dates)."""

from __future__ import annotations

import re

from yaml.resolver import BaseResolver

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
DATE = "tag:yaml.org,2002:timestamp"
SEQ = "tag:yaml.org,2002:seq"
MAP = "tag:yaml.org,2002:map"


class Yaml12Resolver(BaseResolver):
    """Implicit tags of the YAML 1.2 core schema (plus plain dates)."""


_RESOLVERS: list[tuple[str, str, str]] = [
    (BOOL, r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    (INT, r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        FLOAT,
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    (NULL, r"^(?:~|null|Null|NULL|)$", "~nN\x00"),
    (DATE, r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "0123456789"),
]
for _tag, _pattern, _first in _RESOLVERS:
    Yaml12Resolver.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))
Yaml12Resolver.add_implicit_resolver(NULL, re.compile(r"^$"), [""])


# First character of a plain scalar -> the (tag, pattern) pairs that may match it.
_IMPLICIT: dict[str, list[tuple[str, re.Pattern[str]]]] = Yaml12Resolver.yaml_implicit_resolvers
# A whole number as people write it: no sign but minus, no leading zero, no base prefix.
PLAIN_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")


def resolve(value: str) -> str:
    """The YAML 1.2 core schema's tag of a plain scalar."""
    for tag, pattern in _IMPLICIT.get(value[:1], ()):
        if pattern.match(value):
            return tag
    return STR


def to_int(value: str) -> int:
    if value.startswith("0o"):
        return int(value[2:], 8)
    if value.startswith("0x"):
        return int(value[2:], 16)
    return int(value, 10)


def to_float(value: str) -> float:
    lowered = value.lower()
    if lowered.endswith("inf"):
        return float("-inf") if lowered.startswith("-") else float("inf")
    if lowered == ".nan":
        return float("nan")
    return float(value)
