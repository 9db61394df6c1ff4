"""Codes that the loader and the model boundary report (family SP0xx: file, YAML, schema).

These have no `check` function: they come from reading the file and from validating its
shape, before any rule about meaning can run.
"""

from __future__ import annotations

from susi_spec.rules.base import Rule

NOT_UTF8 = Rule("SP001", "not-utf8", "Filen er ikke gemt som UTF-8.")
BINARY = Rule("SP002", "binary-file", "Filen er binær, ikke tekst.")
TOO_LARGE = Rule("SP003", "file-too-large", "Filen er for stor til at være en indsatsbeskrivelse.")
EMPTY = Rule("SP004", "empty-file", "Filen eller dens front matter er tom.")
NO_FRONT_MATTER = Rule(
    "SP005", "front-matter-missing", "Filen begynder ikke med front matter (---)."
)
UNCLOSED = Rule("SP006", "front-matter-unclosed", "Front matter mangler sin afsluttende ---.")
YAML_SYNTAX = Rule("SP007", "yaml-syntax", "Front matter er ikke gyldig YAML.")
DUPLICATE_KEY = Rule("SP008", "duplicate-key", "Samme nøgle står to gange i en mapping.")
TOO_COMPLEX = Rule(
    "SP009", "yaml-too-complex", "YAML'en udvider sig for meget (aliasser eller dybde)."
)
NOT_MAPPING = Rule("SP010", "front-matter-not-mapping", "Front matter er ikke nøgler og værdier.")
UNKNOWN_KEY = Rule("SP011", "unknown-key", "En nøgle, som formatet ikke kender.")
WRONG_TYPE = Rule("SP012", "wrong-type", "En værdi af forkert type (tekst, tal, liste, ...).")
INVALID_VALUE = Rule(
    "SP013", "invalid-value", "En værdi uden for de tilladte (fx niveau eller status)."
)
MISSING_KEY = Rule("SP014", "missing-key", "En påkrævet nøgle mangler.")
INVALID_ID = Rule("SP015", "invalid-id", "Et id, der ikke følger reglen for id'er.")
UNKNOWN_SCHEMA = Rule("SP017", "unknown-schema", "Nøglen schema mangler eller har en ukendt værdi.")
YAML_TAG = Rule("SP018", "yaml-tag", "Et YAML-tag (!!...), som formatet ikke bruger.")
INVALID_VERSION = Rule("SP019", "invalid-version", "version er ikke et helt tal eller final.")
UNREADABLE = Rule("SP020", "unreadable", "Filen kan ikke læses.")

LOADING_RULES: tuple[Rule, ...] = (
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
)
