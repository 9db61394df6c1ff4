"""The one place where pydantic's ValidationError becomes findings with codes and spans."""

from __future__ import annotations

import types
import typing
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from susi_spec.errors import reading
from susi_spec.loading import codes
from susi_spec.loading.document import Document
from susi_spec.model.cycles import CycleRecord
from susi_spec.model.local import LocalSpec
from susi_spec.model.results import RESULTS_SCHEMA, FollowUp
from susi_spec.model.spec import Spec
from susi_spec.model.strict import MAX_VERSION
from susi_spec.model.suggestions import did_you_mean
from susi_spec.model.types import DANISH_VALUES
from susi_spec.model.values_shown import impossible_date, shown_value
from susi_spec.model.where import where
from susi_spec.problems import Finding, Text, excerpt

# What a file's `schema` can make of it: a common model, a local implementation, a
# learning-cycle record or a follow-up.
FileModel = Spec | LocalSpec | CycleRecord | FollowUp

SCHEMAS: dict[str, type[Spec] | type[LocalSpec] | type[CycleRecord] | type[FollowUp]] = {
    "susi-spec/1": Spec,
    "susi-local/1": LocalSpec,
    "susi-cycles/1": CycleRecord,
    RESULTS_SCHEMA: FollowUp,
}

_TYPE_NAMES: dict[str, tuple[str, str]] = {
    "string_type": ("tekst", "text"),
    "int_type": ("et helt tal", "a whole number"),
    "bool_type": ("true eller false", "true or false"),
    "list_type": ("en liste (linjer der begynder med '- ')", "a list (lines starting with '- ')"),
    "model_type": ("felter på formen 'nøgle: værdi'", "fields of the form 'key: value'"),
    "model_attributes_type": ("felter på formen 'nøgle: værdi'", "fields of the form 'key: value'"),
    "dict_type": ("felter på formen 'nøgle: værdi'", "fields of the form 'key: value'"),
    "date_type": ("en dato skrevet ÅÅÅÅ-MM-DD uden anførselstegn", "a date YYYY-MM-DD, unquoted"),
    "date_from_datetime_parsing": ("en dato ÅÅÅÅ-MM-DD", "a date YYYY-MM-DD"),
}


def validate(document: Document) -> tuple[FileModel | None, list[Finding]]:
    """Validate a document's front matter as the model its `schema` (or place) names."""
    with reading(document.path):
        return _validate(document)


def _validate(document: Document) -> tuple[FileModel | None, list[Finding]]:
    front: dict[str, Any] = document.front
    schema = front.get("schema")
    model = SCHEMAS.get(schema) if isinstance(schema, str) else None
    if model is None:
        return None, [_schema_finding(document, schema)]
    try:
        return model.model_validate(front), []
    except ValidationError as error:
        details = error.errors()
    details = _one_branch(front, details)
    findings = [_finding(document, model, detail) for detail in details]
    if all(detail["type"] == "extra_forbidden" for detail in details):
        # Unknown keys (usually typos) are reported, then set aside, so that one misspelt
        # key does not hide every other problem in the file.
        try:
            return model.model_validate(_without(front, [d["loc"] for d in details])), findings
        except ValidationError:
            pass
    return None, findings


def _one_branch(front: Any, details: list[ErrorDetails]) -> list[ErrorDetails]:
    """Errors of a text-or-mapping item (an option, a criterion, an activity) as those of the
    form the author wrote: a mapping's, or a text's, not both; the branch's name (`str`,
    `Activity`) left out of the location, so it reads as the file's own path."""
    out: list[ErrorDetails] = []
    for detail in details:
        loc = tuple(detail["loc"])
        value: Any = front
        for index, part in enumerate(loc):
            in_list = isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value)
            if in_list or (isinstance(value, dict) and part in value):
                value = value[part]
            elif isinstance(part, str) and (part == "str" or part[:1].isupper()):
                if (part == "str") == isinstance(value, dict):
                    break  # the other branch's error: the author did not write that form
                detail = {**detail, "loc": (*loc[:index], *loc[index + 1 :])}
                out.append(detail)
                break
            else:
                out.append(detail)
                break
        else:
            out.append(detail)
    return out


# How many times a shape error is set aside and the rest validated again: each round can
# only reveal errors inside what the previous one accepted.
_ROUNDS = 4


def validate_rest(
    document: Document,
) -> tuple[FileModel | None, list[Finding], list[tuple[int | str, ...]]]:
    """Like `validate`, but when the shape is wrong, also the model of the rest: the parts
    with a shape error set aside (their keys removed, so their defaults apply), and where
    they are. Only for running the rules on what validated; never a model to publish.

    A part is only set aside by its key: a list item is never dropped (the rules point at
    items by their index), nor a key the model requires; then there is no model.
    """
    model, findings = validate(document)
    if model is not None or not isinstance(document.front, dict):
        return model, findings, []
    schema = document.front.get("schema")
    kind = SCHEMAS.get(schema) if isinstance(schema, str) else None
    if kind is None:
        return None, findings, []
    aside: list[tuple[int | str, ...]] = []
    with reading(document.path):
        for _ in range(_ROUNDS):
            data = _without(document.front, aside)
            try:
                return kind.model_validate(data), findings, aside
            except ValidationError as error:
                parts = [_part(data, detail) for detail in error.errors()]
            if any(part is None for part in parts):
                break
            aside += [part for part in parts if part is not None and part not in aside]
    return None, findings, []


def _part(data: Any, error: ErrorDetails) -> tuple[int | str, ...] | None:
    """The key to set aside for a shape error: the error's own key as the data has it, or
    for a missing key the part that lacks it; None when that is a list item or the root."""
    loc = tuple(error["loc"])
    if error["type"] == "missing":
        loc = loc[:-1]
    present: tuple[int | str, ...] = ()
    value = data
    for part in loc:  # pydantic's location may name validators, not keys, after the data
        in_list = isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value)
        if not (in_list or (isinstance(value, dict) and part in value)):
            break
        value = value[part]
        present = (*present, part)
    if not present or isinstance(present[-1], int):
        return None
    return present


def _without(data: Any, locations: list[tuple[int | str, ...]]) -> Any:
    """A copy of `data` with the keys at `locations` removed."""
    doomed = {tuple(loc) for loc in locations}

    def copy(value: Any, path: tuple[int | str, ...]) -> Any:
        if isinstance(value, dict):
            return {k: copy(v, (*path, k)) for k, v in value.items() if (*path, k) not in doomed}
        if isinstance(value, list):
            return [copy(v, (*path, i)) for i, v in enumerate(value)]
        return value

    return copy(data, ())


def _schema_finding(document: Document, schema: object) -> Finding:
    known = ", ".join(SCHEMAS)
    if schema is None:
        return Finding(
            document.span(()),
            Text(
                "Nøglen schema mangler. Skriv 'schema: susi-spec/1' øverst i front matter "
                "(eller 'schema: susi-local/1' for en lokal udmøntning).",
                "The key schema is missing. Write 'schema: susi-spec/1' at the top of the front "
                "matter (or 'schema: susi-local/1' for a local implementation).",
            ),
            codes.UNKNOWN_SCHEMA.code,
        )
    return Finding(
        document.span(("schema",)),
        Text(
            f"schema: '{schema}' kendes ikke. Brug en af: {known}.",
            f"schema: '{schema}' is not known. Use one of: {known}.",
        ),
        codes.UNKNOWN_SCHEMA.code,
    )


def _finding(document: Document, model: type[BaseModel], error: ErrorDetails) -> Finding:
    loc = tuple(error["loc"])
    kind = error["type"]
    place = where(loc, document.front)
    value = error.get("input")
    shown = shown_value(value)
    if kind == "extra_forbidden" and loc[-1] == "<<":
        return Finding(
            document.span(loc, key=True),
            Text(
                "'<<' fletter et anker ind (en YAML-genvej), men formatet læser ikke "
                "flettenøgler. Skriv felterne ud her i stedet for '<<: *navn'.",
                "'<<' merges an anchor in (a YAML shortcut), but the format does not read merge "
                "keys. Write the fields out here instead of '<<: *name'.",
            ),
            codes.UNKNOWN_KEY.code,
        )
    if kind == "extra_forbidden":
        key = excerpt(str(loc[-1]))
        known = sorted(_fields_at(model, loc[:-1]))
        hint = did_you_mean(key, known)
        if not hint.da:
            hint = Text(
                f" Kendte nøgler her: {', '.join(known)}.", f" Known keys here: {', '.join(known)}."
            )
        return Finding(
            document.span(loc, key=True),
            Text(
                f"Ukendt nøgle '{key}'.{hint.da} Ret stavningen, eller slet nøglen.",
                f"Unknown key '{key}'.{hint.en} Fix the spelling, or delete the key.",
            ),
            codes.UNKNOWN_KEY.code,
        )
    if kind == "missing":
        parent = where(loc[:-1], document.front)
        return Finding(
            document.span(loc[:-1], key=bool(loc[:-1])),
            Text(
                f"Nøglen '{loc[-1]}' mangler i {parent.da}. Tilføj '{loc[-1]}: ...'.",
                f"The key '{loc[-1]}' is missing in {parent.en}. Add '{loc[-1]}: ...'.",
            ),
            codes.MISSING_KEY.code,
        )
    if kind == "invalid_key":
        # A key YAML read as a number, a truth value or a date (`5:`, `yes:`, `2020-01-01:`);
        # pydantic's location holds it converted (True as 1), its input the key itself.
        parent = where(loc[:-1], document.front)
        as_kept = value if isinstance(value, str | int) else str(value)  # as positions keep it
        return Finding(
            document.span((*loc[:-1], as_kept), key=True),
            Text(
                f"Nøglen {shown.da} i {parent.da} er ikke tekst. Nøgler er ord som 'title' "
                "eller 'what': ret nøglen, eller sæt den i anførselstegn, hvis den skal stå.",
                f"The key {shown.en} in {parent.en} is not text. Keys are words such as "
                "'title' or 'what': fix the key, or quote it if it must stay.",
            ),
            codes.WRONG_TYPE.code,
        )
    span = document.span(loc)
    impossible = impossible_date(value) if kind == "date_type" else ""
    if impossible:
        return Finding(
            span,
            Text(
                f"{place.da}: datoen {value} findes ikke ({impossible[0]}). Ret dagen eller "
                "måneden (ÅÅÅÅ-MM-DD).",
                f"{place.en}: the date {value} does not exist ({impossible[1]}). Fix the day or "
                "the month (YYYY-MM-DD).",
            ),
            codes.WRONG_TYPE.code,
        )
    if kind == "version":
        return Finding(
            span,
            Text(
                f"{place.da}: {shown.da} er ikke en version. Skriv et helt tal (0, 1, 2, ... "
                f"højst {MAX_VERSION}) eller final, uden anførselstegn.",
                f"{place.en}: {shown.en} is not a version. Write a whole number (0, 1, 2, ... "
                f"at most {MAX_VERSION}) or final, unquoted.",
            ),
            codes.INVALID_VERSION.code,
        )
    if kind == "literal_error":
        return _value_finding(document, loc, value, error)
    if kind == "string_pattern_mismatch":
        return Finding(
            span,
            Text(
                f"{place.da}: '{value}' er ikke et gyldigt id. Brug små bogstaver a-z, tal og "
                "bindestreg, 2-64 tegn, begynd med et bogstav (æ→ae, ø→oe, å→aa).",
                f"{place.en}: '{value}' is not a valid id. Use lowercase a-z, digits and hyphens, "
                "2-64 characters, starting with a letter.",
            ),
            codes.INVALID_ID.code,
        )
    if kind in _TYPE_NAMES:
        da, en = _TYPE_NAMES[kind]
        return Finding(
            span,
            Text(
                f"{place.da}: skal være {da}, men er {shown.da}. Ret værdien.",
                f"{place.en}: must be {en}, but is {shown.en}. Fix the value.",
            ),
            codes.WRONG_TYPE.code,
        )
    return Finding(
        span,
        Text(
            # pydantic's own words (error['msg']) are English: the Danish does without them.
            f"{place.da}: ugyldig værdi {shown.da}. Ret værdien.",
            f"{place.en}: invalid value {shown.en} ({error['msg']}). Fix the value.",
        ),
        codes.WRONG_TYPE.code,
    )


def _value_finding(
    document: Document, loc: tuple[Any, ...], value: object, error: ErrorDetails
) -> Finding:
    place = where(loc, document.front)
    shown = shown_value(value)
    allowed = [a.strip("'") for a in str(error.get("ctx", {}).get("expected", "")).split(" or ")]
    allowed = [part.strip() for item in allowed for part in item.split(",") if part.strip()]
    allowed = [a.strip("'") for a in allowed]
    if loc == ("schema",):
        return _schema_finding(document, value)
    english = DANISH_VALUES.get(str(value).strip().lower()) if isinstance(value, str) else None
    if english and english in allowed:
        text = Text(
            f"{place.da}: '{value}' er dansk; værdier skrives på engelsk. Skriv '{english}'.",
            f"{place.en}: '{value}' is Danish; values are written in English. Write '{english}'.",
        )
    else:
        listed = ", ".join(allowed)
        text = Text(
            f"{place.da}: {shown.da} er ikke tilladt. Brug en af: {listed}.",
            f"{place.en}: {shown.en} is not allowed. Use one of: {listed}.",
        )
    return Finding(document.span(loc), text, codes.INVALID_VALUE.code)


def _fields_at(model: type[BaseModel], path: tuple[Any, ...]) -> set[str]:
    """The keys a model accepts at `path` (aliases where they are set)."""
    current: Any = model
    for part in path:
        if isinstance(part, int):
            continue
        fields = _model_fields(current)
        if part not in fields:
            return set()
        current = _inner_model(fields[part])
    return set(_model_fields(current))


def _model_fields(model: Any) -> dict[str, Any]:
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return {}
    return {(f.alias or name): f.annotation for name, f in model.model_fields.items()}


def _inner_model(annotation: Any) -> Any:
    """Unwrap list[X], X | None and Annotated[X, ...] to the model class inside."""
    origin = get_origin(annotation)
    if origin in (list, Union, types.UnionType, typing.Annotated):
        for arg in get_args(annotation):
            inner = _inner_model(arg)
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
        return None
    return annotation
