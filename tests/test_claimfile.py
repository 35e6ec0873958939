"""The claim file format defined once (claimfile.py): the typed model, the JSON Schema
generated from it, and the YAML form of a claim."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import jsonschema_rs
import msgspec
import pytest
from jsonschema import Draft7Validator, Draft202012Validator

from crosscheck import check, claimfile, vocab
from crosscheck.model import Claim
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
        plain = check._jsonable({"article": claim.article, "claims": [entry]})
        assert gate.is_valid(plain), claim.id
        msgspec.convert(plain, claimfile.ClaimFile)
        again, problems = validation.check_entry(entry, claim.article, path="x")
        assert problems == [] and again == claim
