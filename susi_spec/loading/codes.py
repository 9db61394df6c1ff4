"""Codes that the loader and the model boundary report (family SP0xx: file, YAML, schema).

These have no `check` function: they come from reading the file and from validating its
shape, before any rule about meaning can run. They live here, below the model, so that the
loader and the model boundary name them without importing the rule registry; the registry
(`checks/rules`) lists them beside the rules.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    """A problem code the loader or the model boundary reports: always an error by default."""

    code: str
    name: str
    summary: str


NOT_UTF8 = Code("SP001", "not-utf8", "Filen er ikke gemt som UTF-8.")
BINARY = Code("SP002", "binary-file", "Filen er binær, ikke tekst.")
TOO_LARGE = Code("SP003", "file-too-large", "Filen er for stor til at være en indsatsbeskrivelse.")
EMPTY = Code("SP004", "empty-file", "Filen eller dens front matter er tom.")
NO_FRONT_MATTER = Code(
    "SP005", "front-matter-missing", "Filen begynder ikke med front matter (---)."
)
UNCLOSED = Code("SP006", "front-matter-unclosed", "Front matter mangler sin afsluttende ---.")
YAML_SYNTAX = Code("SP007", "yaml-syntax", "Front matter er ikke gyldig YAML.")
DUPLICATE_KEY = Code("SP008", "duplicate-key", "Samme nøgle står to gange i en mapping.")
TOO_COMPLEX = Code(
    "SP009", "yaml-too-complex", "YAML'en udvider sig for meget (aliasser eller dybde)."
)
NOT_MAPPING = Code("SP010", "front-matter-not-mapping", "Front matter er ikke nøgler og værdier.")
UNKNOWN_KEY = Code("SP011", "unknown-key", "En nøgle, som formatet ikke kender.")
WRONG_TYPE = Code("SP012", "wrong-type", "En værdi af forkert type (tekst, tal, liste, ...).")
INVALID_VALUE = Code(
    "SP013", "invalid-value", "En værdi uden for de tilladte (fx niveau eller status)."
)
MISSING_KEY = Code("SP014", "missing-key", "En påkrævet nøgle mangler.")
INVALID_ID = Code("SP015", "invalid-id", "Et id, der ikke følger reglen for id'er.")
UNKNOWN_SCHEMA = Code("SP017", "unknown-schema", "Nøglen schema mangler eller har en ukendt værdi.")
YAML_TAG = Code("SP018", "yaml-tag", "Et YAML-tag (!!...), som formatet ikke bruger.")
INVALID_VERSION = Code("SP019", "invalid-version", "version er ikke et helt tal eller final.")
UNREADABLE = Code("SP020", "unreadable", "Filen kan ikke læses.")
INVISIBLE_BREAK = Code(
    "SP021", "invisible-line-break", "Et usynligt linjeskift (NEL, LS eller PS) i front matter."
)

LOADING_CODES: tuple[Code, ...] = (
    NOT_UTF8,
    BINARY,
    TOO_LARGE,
    EMPTY,
    NO_FRONT_MATTER,
    UNCLOSED,
    YAML_SYNTAX,
    DUPLICATE_KEY,
    TOO_COMPLEX,
    NOT_MAPPING,
    UNKNOWN_KEY,
    WRONG_TYPE,
    INVALID_VALUE,
    MISSING_KEY,
    INVALID_ID,
    UNKNOWN_SCHEMA,
    YAML_TAG,
    INVALID_VERSION,
    UNREADABLE,
    INVISIBLE_BREAK,
)
