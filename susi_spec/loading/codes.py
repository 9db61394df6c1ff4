"""Codes that the loader and the model boundary report (family SP0xx: file, YAML, schema).

These have no `check` function: they come from reading the file and from validating its
shape, before any rule about meaning can run. They live here, below the model, so that the
loader and the model boundary name them without importing the rule registry; the registry
(`checks/rules`) lists them beside the rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from susi_spec.problems import Text


@dataclass(frozen=True)
class Code:
    """A problem code the loader or the model boundary reports: always an error by default."""

    code: str
    name: str
    summary: Text


NOT_UTF8 = Code(
    "SP001",
    "not-utf8",
    Text("Filen er ikke gemt som UTF-8.", "The file is not saved as UTF-8."),
)
BINARY = Code(
    "SP002",
    "binary-file",
    Text("Filen er binær, ikke tekst.", "The file is binary, not text."),
)
TOO_LARGE = Code(
    "SP003",
    "file-too-large",
    Text(
        "Filen er for stor til at være en indsatsbeskrivelse.",
        "The file is too large to be an intervention description.",
    ),
)
EMPTY = Code(
    "SP004",
    "empty-file",
    Text("Filen eller dens front matter er tom.", "The file or its front matter is empty."),
)
NO_FRONT_MATTER = Code(
    "SP005",
    "front-matter-missing",
    Text(
        "Filen begynder ikke med front matter (---).",
        "The file does not begin with front matter (---).",
    ),
)
UNCLOSED = Code(
    "SP006",
    "front-matter-unclosed",
    Text("Front matter mangler sin afsluttende ---.", "The front matter lacks its closing ---."),
)
YAML_SYNTAX = Code(
    "SP007",
    "yaml-syntax",
    Text("Front matter er ikke gyldig YAML.", "The front matter is not valid YAML."),
)
DUPLICATE_KEY = Code(
    "SP008",
    "duplicate-key",
    Text("Samme nøgle står to gange i en mapping.", "The same key appears twice in a mapping."),
)
TOO_COMPLEX = Code(
    "SP009",
    "yaml-too-complex",
    Text(
        "YAML'en udvider sig for meget (aliasser eller dybde).",
        "The YAML expands too much (aliases or depth).",
    ),
)
NOT_MAPPING = Code(
    "SP010",
    "front-matter-not-mapping",
    Text("Front matter er ikke nøgler og værdier.", "The front matter is not keys and values."),
)
UNKNOWN_KEY = Code(
    "SP011",
    "unknown-key",
    Text("En nøgle, som formatet ikke kender.", "A key the format does not know."),
)
WRONG_TYPE = Code(
    "SP012",
    "wrong-type",
    Text(
        "En værdi af forkert type (tekst, tal, liste, ...).",
        "A value of the wrong type (text, number, list, ...).",
    ),
)
INVALID_VALUE = Code(
    "SP013",
    "invalid-value",
    Text(
        "En værdi uden for de tilladte (fx niveau eller status).",
        "A value outside the allowed ones (e.g. level or status).",
    ),
)
MISSING_KEY = Code(
    "SP014",
    "missing-key",
    Text("En påkrævet nøgle mangler.", "A required key is missing."),
)
INVALID_ID = Code(
    "SP015",
    "invalid-id",
    Text(
        "Et id, der ikke følger reglen for id'er.", "An id that does not follow the rule for ids."
    ),
)
UNKNOWN_SCHEMA = Code(
    "SP017",
    "unknown-schema",
    Text(
        "Nøglen schema mangler eller har en ukendt værdi.",
        "The key schema is missing or has an unknown value.",
    ),
)
YAML_TAG = Code(
    "SP018",
    "yaml-tag",
    Text(
        "Et YAML-tag (!!...), som formatet ikke bruger.",
        "A YAML tag (!!...) the format does not use.",
    ),
)
INVALID_VERSION = Code(
    "SP019",
    "invalid-version",
    Text("version er ikke et helt tal eller final.", "version is not a whole number or final."),
)
UNREADABLE = Code(
    "SP020",
    "unreadable",
    Text("Filen kan ikke læses.", "The file cannot be read."),
)
INVISIBLE_BREAK = Code(
    "SP021",
    "invisible-line-break",
    Text(
        "Et usynligt linjeskift (NEL, LS eller PS) i front matter.",
        "An invisible line break (NEL, LS or PS) in the front matter.",
    ),
)

MERGE_CONFLICT = Code(
    "SP023",
    "merge-conflict",
    Text(
        "Filen har en git-konflikt, der ikke er løst (<<<<<<<).",
        "The file has an unresolved git conflict (<<<<<<<).",
    ),
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
    MERGE_CONFLICT,
)
