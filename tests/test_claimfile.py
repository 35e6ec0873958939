"""The claim file format defined once (claimfile.py): the typed model, the JSON Schema
generated from it, and the YAML form of a claim."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs
import msgspec
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft7Validator, Draft202012Validator

from conftest import Invoke, claim_file
from crosscheck import claimfile, store, vocab, yamlio
from crosscheck.model import Claim, Origin, Qualifier, Status
from crosscheck.store import loading, validation

REPO = Path(__file__).resolve().parents[1]


def test_the_committed_schema_is_the_generated_one() -> None:
    # A field added to the model and not to claims.schema.json, or the other way round,
    # fails here: regenerate it with `crosscheck --root . schema`.
    committed = (REPO / claimfile.SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == claimfile.schema_text()


def test_the_schema_command_writes_the_generated_schema(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from crosscheck.cli import app

    target = tmp_path / "out.json"
    result = CliRunner().invoke(app, ["--root", str(REPO), "schema", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == claimfile.schema_text()


@pytest.mark.parametrize("validator", [Draft7Validator, Draft202012Validator])
def test_the_generated_schema_is_valid_draft_7_and_2020_12(validator: type) -> None:
    validator.check_schema(claimfile.schema())  # type: ignore[attr-defined]
    text = claimfile.schema_text()
    assert "prefixItems" not in text and "anyOf" not in text


def test_the_keys_are_the_model_fields() -> None:
    fields = msgspec.structs.fields(claimfile.ClaimEntry)
    assert tuple(info.encode_name for info in fields) == claimfile.CLAIM_KEYS
    required = ("id", "subject", "kind", "figure", "quote", "span", "origin", "status")
    assert required == claimfile.REQUIRED
    optional = ("party", "place", "from", "to", "event", "unit", "as_of", "about", "group", "note")
    assert optional == claimfile.OPTIONAL
    assert claimfile.schema()["$defs"]["claim"]["properties"]["kind"]["enum"] == list(vocab.kinds())


def test_every_claim_attribute_has_a_field_in_the_file_format() -> None:
    # A field another stage adds to Claim must be written to and read from claim files.
    attributes = {f.name for f in dataclasses.fields(Claim)} - {"article", "estimate"}
    estimate = {"qualifier", "low", "best", "high", "unit"}
    fields = {info.name for info in msgspec.structs.fields(claimfile.ClaimEntry)}
    assert attributes == fields - estimate


def test_the_yaml_form_of_every_bundled_claim_meets_the_model_and_reads_back() -> None:
    claims = loading.load_claims(REPO / "claims")
    assert claims
    gate = jsonschema_rs.validator_for(claimfile.schema())
    for claim in claims:
        entry = claimfile.to_entry(claim)
        assert tuple(entry) == tuple(k for k in claimfile.CLAIM_KEYS if k in entry)
        plain = claimfile.json_values({"article": claim.article, "claims": [entry]})
        assert gate.is_valid(plain), claim.id
        msgspec.convert(plain, claimfile.ClaimFile)
        again, problems = validation.check_entry(entry, claim.article, path="x")
        assert problems == [] and again == claim


# --------------------------------------------------------------------------- one validator

_VALID = {
    "id": "a#1", "subject": "soldiers killed", "kind": "killed", "figure": "about 40",
    "quote": "about 40 soldiers", "span": [0, 17], "origin": "manual", "status": "confirmed",
}  # fmt: skip
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["", " ", "2021", "2021-03", "2021-03-04", "2021/2022", "about", "exact",
                     "killed", "manual", "rejected", "a#1", "b#2", "12", "-3"]),
    st.dates(min_value=dt.date(1000, 1, 1)).map(lambda d: d),
)  # fmt: skip
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["source", "via", "x"]), inner, max_size=3),
    ),
    max_leaves=6,
)


@given(
    changes=st.dictionaries(
        st.sampled_from([*claimfile.CLAIM_KEYS, "colour"]), _VALUES, max_size=4
    ),
    removed=st.sets(st.sampled_from(claimfile.CLAIM_KEYS), max_size=2),
)
@settings(max_examples=400, deadline=None)
def test_what_the_validator_accepts_the_schema_accepts(
    changes: dict[str, object], removed: set[str]
) -> None:
    # One validator (store/validation.py) decides; the generated schema, which editors use,
    # must never flag a claim it accepts.
    entry = {k: v for k, v in {**_VALID, **changes}.items() if k not in removed}
    claim, problems = validation.check_entry(entry, "a", path="x")
    if claim is not None:
        plain = claimfile.json_values({"article": "a", "claims": [entry]})
        assert _gate().is_valid(plain), (entry, list(_gate().iter_errors(plain)))


@cache
def _gate() -> Any:
    return jsonschema_rs.validator_for(claimfile.schema())


# --------------------------------------------------------------------------- what the schema says


def test_the_schema_kinds_are_those_of_kinds_yaml() -> None:
    claim = claimfile.schema()["$defs"]["claim"]["properties"]
    assert claim["kind"]["enum"] == list(vocab.kinds())


def test_the_schema_enums_are_those_of_the_model() -> None:
    claim = claimfile.schema()["$defs"]["claim"]["properties"]
    assert claim["qualifier"]["enum"] == [q.value for q in Qualifier] + [None]
    assert claim["origin"]["enum"] == [o.value for o in Origin]
    assert claim["status"]["enum"] == [s.value for s in Status]


def test_the_schema_knows_every_documented_field() -> None:
    claim = claimfile.schema()["$defs"]["claim"]
    assert tuple(claim["properties"]) == claimfile.CLAIM_KEYS
    assert tuple(claim["required"]) == claimfile.REQUIRED
    docs = (Path(__file__).parents[1] / "docs" / "claim-format.md").read_text()
    rows = [line for line in docs.splitlines() if line.startswith("| `")]
    for key in claimfile.CLAIM_KEYS:
        assert any(f"`{key}`" in row or f"`{key}." in row for row in rows), key


def test_claim_files_point_editors_at_a_schema_that_is_there(root: Path, invoke: Invoke) -> None:
    assert claim_file(root).read_text().startswith(store.SCHEMA_LINE + "\n")
    result = invoke("schema")
    assert result.exit_code == 0 and result.stderr == f"Wrote {root / 'claims.schema.json'}\n"
    pointed = claim_file(root).parent / store.SCHEMA_LINE.split("$schema=")[1]
    assert json.loads(pointed.read_text(encoding="utf-8")) == claimfile.schema()


def test_the_bundled_corpus_has_the_schema_its_files_point_at() -> None:
    repo = Path(__file__).parents[1]
    for path in sorted((repo / "claims").glob("*.yaml")):
        pointed = path.parent / path.read_text().splitlines()[0].split("$schema=")[1]
        assert json.loads(pointed.read_text(encoding="utf-8")) == claimfile.schema(), path


@pytest.mark.parametrize("validator", [Draft7Validator, Draft202012Validator])
def test_the_schema_holds_under_draft_7_and_2020_12(validator: Any) -> None:
    """VS Code's YAML extension speaks draft-7: the schema must mean the same there."""
    checker = validator(claimfile.schema())
    for path in sorted((Path(__file__).parents[1] / "claims").glob("*.yaml")):
        data = json.loads(json.dumps(yaml.safe_load(path.read_text()), default=str))
        assert list(checker.iter_errors(data)) == [], path
    bad = json.loads(
        json.dumps(
            yaml.safe_load(claim_file(Path(__file__).parent / "assets" / "corpus").read_text()),
            default=str,
        )
    )
    for span in ([1, 2, 3], [1], [-1, 2], [1, "2"]):
        bad["claims"][0]["span"] = span
        assert list(checker.iter_errors(bad)), span


def test_the_sample_file_passes_the_schema(root: Path) -> None:
    text = claim_file(root).read_text()
    data = claimfile.json_values(yamlio.load(text, "x"))
    assert list(Draft202012Validator(claimfile.schema()).iter_errors(data)) == []


@pytest.mark.parametrize("key", claimfile.CLAIM_KEYS)
def test_the_validator_reads_every_field_of_the_model(key: str) -> None:
    # A field added to the model (and so to the schema) but not to the validator would be
    # taken silently whatever its value; a mapping is a valid value of no field.
    entry = {**_VALID, key: {"not": "a value"}}
    _, problems = validation.check_entry(entry, "a", path="x")
    assert [p.field.split(".")[0] for p in problems if p.field] == [key]
