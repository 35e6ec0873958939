"""Editing claim files: add, change and remove claims, and what keeps that safe.

A change of claims on file goes through ruamel.yaml's round-trip mode, so the comments, key
order and quoting a person put in a file survive, and new keys go where
docs/claim-format.md puts them.  New claims appended to a file (or making a new file) leave
every byte on file as it was, so they are written by yamlio's fast emitter instead, in the
same layout (tested to read back as the round trip's); a file whose form does not end in
its claims list goes through the round trip.

A change holds a lock beside the file (beside the file a symlink points to, so that every
way to reach it takes the same lock), first clears what an interrupted write of it left
(`.NAME.<random>.tmp`), writes nothing that does not read back as a valid claim file, and
replaces the file atomically (yamlio.write_atomic).  Only a file that does not exist yet is
written without the lock (what `extract` does for most articles: creating a lock file costs
as much as creating the claim file): it is linked into place only if no file has taken its
name (yamlio.create_atomic), and every writer creates a file that way, so no one's claims
are overwritten.  `extract` creates the new files of many articles together
(`create_claim_files`, yamlio.create_all): every copy is synced to disk before any is
linked into place, so a crash still leaves each file absent or whole.  A file that is
broken stops a change, but for the claim a change is repairing.  A removed claim's id
stays in a `# removed` comment, so that its number is never given out again.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from io import StringIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError as RuamelError

from crosscheck import quantities, yamlio
from crosscheck.claimfile import CLAIM_KEYS, REQUIRED, estimate_fields, form, yaml_date
from crosscheck.errors import CrosscheckError
from crosscheck.model import ARTICLE_VOICE, Article, Claim
from crosscheck.store import SCHEMA_LINE, claims_path, split_id
from crosscheck.store.loading import positions, read_claims_file
from crosscheck.store.quotes import check_quotes, quote_at, quote_problem, squash
from crosscheck.store.validation import did_you_mean, entry_to_claim, unknown_kind
from crosscheck.vocab import kinds

if TYPE_CHECKING:
    from filelock import FileLock

_LOCK_TIMEOUT = 30.0


def _lock(path: Path) -> FileLock:
    from filelock import FileLock  # only commands that write a claim file need it (start-up)

    # Beside the file a symlink points to: every way to reach a file takes the same lock.
    real = Path(os.path.realpath(path))
    return FileLock(str(real.with_name(f".{real.name}.lock")), timeout=_LOCK_TIMEOUT)


def make_entry(
    article: Article,
    *,
    subject: str,
    kind: str,
    figure: str,
    quote: str,
    party: str | None = None,
    place: str | None = None,
    from_place: str | None = None,
    to_place: str | None = None,
    event: str | None = None,
    as_of: str | None = None,
    about: str | None = None,
    source: str | None = None,
    via: Sequence[str] = (),
    origin: str = "manual",
    status: str = "unreviewed",
    group: str | None = None,
    note: str | None = None,
    span: tuple[int, int] | Sequence[int] | None = None,
) -> dict[str, Any]:
    """A YAML-form claim (without id) about `article`, with the span of `quote` found in it
    and the interval read from `figure`.  CrosscheckError if the quote is not in the article."""
    wrong_kind = unknown_kind(kind)
    if wrong_kind:
        raise CrosscheckError(f"{wrong_kind} (known: {', '.join(kinds())})", field="kind")
    try:
        estimate = quantities.parse_figure(figure, kind)
    except CrosscheckError as exc:
        raise CrosscheckError(exc.message, field="figure") from None
    found = quote_at(article, quote, None if span is None else (int(span[0]), int(span[1])))
    entry = form(
        {
            "subject": subject,
            "kind": kind,
            "party": party,
            "place": place,
            "from": from_place,
            "to": to_place,
            "event": event,
            "figure": figure,
            **estimate_fields(estimate, kind),
            "as_of": None if as_of is None else yaml_date(as_of),
            "about": None if about is None else yaml_date(about),
            "attribution": {"source": source or ARTICLE_VOICE, "via": list(via)},
            "quote": squash(quote),
            "span": [found[0], found[1]],
            "origin": origin,
            "status": status,
            "group": group,
            "note": note,
        }
    )
    # Validate the rest (subject, as_of, origin, status ...) the way a loaded file is.
    entry_to_claim({"id": f"{article.id}#1", **entry}, article.id, path="")
    return entry


def _round_trip() -> YAML:
    handler = YAML()
    handler.preserve_quotes = True
    handler.width = 4096  # long quotes stay on one line
    handler.indent(mapping=2, sequence=4, offset=2)
    handler.representer.add_representer(type(None), _null)
    handler.representer.add_representer(str, _text)
    return handler


_YAML11 = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


def _text(representer: Any, data: str) -> Any:
    # ruamel writes YAML 1.2, where "no", "on", "1_000" or "1:20" are plain text; the fast
    # reader (PyYAML, YAML 1.1) would take them for a boolean or a number.  Quote those.
    plain = _YAML11.resolve(yaml.ScalarNode, data, (True, False)) == _STR_TAG
    return representer.represent_scalar(_STR_TAG, data, style=None if plain else "'")


def _null(representer: Any, _: None) -> Any:
    # "high: null" says the side is open; a bare "high:" reads like a forgotten value.
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _to_node(entry: Mapping[str, Any]) -> CommentedMap:
    """A YAML-form entry as ruamel nodes, with `span` and `via` in flow style."""
    node = CommentedMap()
    for key in CLAIM_KEYS:
        if key not in entry:
            continue
        value = entry[key]
        if key == "attribution" and isinstance(value, Mapping):
            inner = CommentedMap()
            for name, part in value.items():
                inner[name] = _flow(part) if isinstance(part, (list, tuple)) else part
            value = inner
        elif key == "span" and isinstance(value, (list, tuple)):
            value = _flow(value)
        node[key] = value
    return node


def entry_text(entry: Mapping[str, Any]) -> str:
    """One YAML-form claim as the YAML text it has in a claim file."""
    out = StringIO()
    _round_trip().dump(_to_node(entry), out)
    return out.getvalue()


def _flow(values: Sequence[Any]) -> CommentedSeq:
    seq = CommentedSeq(values)
    seq.fa.set_flow_style()
    return seq


def _plain(value: Any) -> Any:
    """ruamel's round-trip values as the plain ones PyYAML's loader gives."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


@dataclass
class _Open:
    """A claim file read for changing: its path, ruamel document and original text."""

    path: Path
    document: Any
    text: str | None

    @property
    def entries(self) -> Any:
        return self.document["claims"]


def _open(
    path: Path, article_id: str, article: Article | None = None, *, fixing: str | None = None
) -> _Open:
    """Read a claim file for changing; with `article`, its quotes must be in the article too
    (not when fixing a claim: a broken quote must not stop its own correction, nor may the
    claim `fixing` itself; what is written is checked whole anyway)."""
    if not path.exists():
        document = CommentedMap()
        document["article"] = article_id
        document["claims"] = CommentedSeq()
        return _Open(path, document, None)
    text = _read_for_change(path, article, fixing)
    try:
        document = _round_trip().load(text)
    except RuamelError as exc:  # what PyYAML took but ruamel (YAML 1.2) does not
        mark = getattr(exc, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CrosscheckError(f"invalid YAML: {problem}", str(path), line, column) from None
    if document.get("claims") is None:
        document["claims"] = CommentedSeq()
    document["claims"].fa.set_block_style()  # "claims: []" grows into a block list
    return _Open(path, document, text)


def _read_for_change(path: Path, article: Article | None, fixing: str | None = None) -> str:
    """The text of a claim file about to be changed; CrosscheckError, saying where, if it is
    broken (a change must not build on it; the claim `fixing` may be) or, with `article`,
    quotes a text not in it."""
    text = yamlio.read_text(path)
    _, claims = read_claims_file(path, text, skip=fixing)
    if article is not None:
        check_quotes(path, text, claims, article)
    duplicates: list[tuple[int, int, str]] = []
    positions(text, duplicates)
    if duplicates:
        twice = duplicates[0]
        raise CrosscheckError(
            "duplicate key (YAML allows one)", str(path), twice[0], twice[1], field=twice[2]
        )
    return text


def _save(opened: _Open, extra: str = "") -> None:
    out = StringIO()
    _round_trip().dump(opened.document, out)
    text = out.getvalue()
    if opened.text is None:
        text = f"{SCHEMA_LINE}\n{text}"
    text += extra
    # What we write must read back; otherwise leave the file as it was.
    read_claims_file(opened.path, text)
    if opened.text is None:
        # A new file is created only if no writer without the lock made one meanwhile.
        if yamlio.create_atomic(opened.path, text):
            return
        if opened.path.exists():
            raise CrosscheckError(
                "another crosscheck created this file meanwhile: run the command again",
                str(opened.path),
            )
    yamlio.write_atomic(opened.path, text)


def _highest(text: str | None, article_id: str) -> int:
    """The highest claim number ever used in a file, removed claims included: their ids stay
    in a '# removed' comment so that a number is never given out twice."""
    if not text:
        return 0
    pattern = re.compile(r"(?<![a-z0-9._-])" + re.escape(article_id) + r"#(\d+)")
    return max((int(n) for n in pattern.findall(text)), default=0)


_LEFTOVER = re.compile(r"^\.(?P<target>.+)\.[^.]+\.tmp$")


@cache
def _leftovers(folder: Path) -> dict[str, list[Path]]:
    """The temporary files interrupted writes left in `folder`, by the file they were for.
    Read once per process and folder: scanning the folder on every write would make a run
    that writes every file of a large corpus quadratic (a file killed mid-write in this very
    process cannot be cleared by it anyway)."""
    found: dict[str, list[Path]] = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            match = _LEFTOVER.match(entry.name)
            if match:
                found.setdefault(match["target"], []).append(folder / entry.name)
    return found


def _left_over(path: Path) -> bool:
    """Whether an interrupted write of `path`, a file just created (so not a symlink), left
    a temporary file (`_leftovers`)."""
    return path.name in _leftovers(path.parent)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold the lock of a claim file (a `.NAME.lock` file beside it) while changing it, and
    clear the temporary files an interrupted write of it left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    from filelock import Timeout

    lock = _lock(path)
    try:
        lock.acquire()
    except Timeout:
        raise CrosscheckError(
            f"another crosscheck is changing this file (waited {_LOCK_TIMEOUT:.0f} s)", str(path)
        ) from None
    # What an interrupted write of this file left (yamlio.write_atomic's temporary files):
    # with the lock held, no live writer of this file can own one.
    real = Path(os.path.realpath(path))
    for leftover in _leftovers(real.parent).pop(real.name, ()):
        leftover.unlink(missing_ok=True)
    try:
        yield
    finally:
        lock.release()


def add_claims(
    claims_dir: Path,
    article: Article,
    entries: Sequence[Mapping[str, Any]],
    *,
    checked: bool = False,
) -> list[str]:
    """Append claims about `article` to its file, giving each the next id; returns the ids.

    Every entry is validated first: if one is bad, nothing is written.  `checked`: the
    caller has validated each entry against the article already (`_check_against`, as
    pipeline.extract does to leave out the bad ones), so it is not done twice.
    """
    return write_claims(claims_dir, article, entries, checked=checked)[0]


def write_claims(
    claims_dir: Path,
    article: Article,
    entries: Sequence[Mapping[str, Any]],
    *,
    checked: bool = False,
) -> tuple[list[str], str | None]:
    """As `add_claims`, and the whole text of the file if this call created it (None if
    it changed a file that was there): what a cache of parsed files can key by."""
    path = claims_path(claims_dir, article.id)
    for index, entry in enumerate([] if checked else entries):
        candidate = {"id": f"{article.id}#1", **{k: v for k, v in entry.items() if k != "id"}}
        _check_against(candidate, article, f"{path} (new claim {index + 1})")
    created = _create(path, article.id, entries)
    if created is not None:
        _clear_left_over(path)
        return _ids(article.id, 0, entries), created
    with _locked(path):
        text = _read_for_change(path, article) if path.exists() else None
        created = None if text is not None else _create(path, article.id, entries)
        if created is not None:
            return _ids(article.id, 0, entries), created
        if text is None and path.exists():  # another writer created it since: read it
            text = _read_for_change(path, article)
        number = _highest(text, article.id)
        new_ids = _ids(article.id, number, entries)
        # Appending leaves every byte on file as it was (comments included), so the new
        # claims, validated above, can be written by the fast emitter (tested to read back
        # the same with both YAML readers) instead of a round trip of the whole file.
        head = _append_point(text, article.id)
        if head is not None:
            tail = _emitted(entries, new_ids)
            if tail is not None:
                yamlio.write_atomic(path, head + tail)
                return new_ids, None
        opened = _open(path, article.id, article)
        for entry in _numbered(entries, new_ids):
            opened.entries.append(_to_node(entry))
        _save(opened)
    return new_ids, None


def _ids(article_id: str, highest: int, entries: Sequence[Any]) -> list[str]:
    """The ids of `entries` numbered on from `highest`."""
    return [f"{article_id}#{highest + n}" for n in range(1, len(entries) + 1)]


def _numbered(entries: Sequence[Mapping[str, Any]], ids: Sequence[str]) -> list[dict[str, Any]]:
    return [
        {**{k: v for k, v in entry.items() if k != "id"}, "id": new_id}
        for entry, new_id in zip(entries, ids, strict=True)
    ]


def _emitted(entries: Sequence[Mapping[str, Any]], ids: Sequence[str]) -> str | None:
    """The fast emitter's text of new claims numbered `ids`, or None for a value only the
    round trip writes."""
    try:
        return yamlio.emit_claims(
            [_ordered(entry, claim_id) for entry, claim_id in zip(entries, ids, strict=True)]
        )
    except TypeError:
        return None


def create_claim_files(
    claims_dir: Path, batch: Sequence[tuple[Article, Sequence[Mapping[str, Any]]]]
) -> list[str | None]:
    """Create the claim files of articles that have none yet, each holding just its entries
    (validated by the caller, as for `write_claims(checked=True)`), as `_create` does but
    all made durable in one step (yamlio.create_all): the text of each file created, in
    order; None where a file is there already (or another writer made it meanwhile, or a
    value needs the round trip): write those with `write_claims`.  Numbered as
    `write_claims` numbers them."""
    files = [
        (claims_path(claims_dir, article.id), article.id, entries) for article, entries in batch
    ]
    texts = [_new_text(path, article_id, entries) for path, article_id, entries in files]
    paths = [path for path, _, _ in files]
    wanted = [(path, text) for path, text in zip(paths, texts, strict=True) if text is not None]
    for folder in {path.parent for path, _ in wanted}:
        folder.mkdir(parents=True, exist_ok=True)
    made = iter(yamlio.create_all(wanted))
    created = [text if text is not None and next(made) else None for text in texts]
    for path, text in zip(paths, created, strict=True):
        if text is not None:
            _clear_left_over(path)
    return created


def _clear_left_over(path: Path) -> None:
    """Clear, under the file's lock, the temporary file an interrupted write of `path` (a
    file just created) left (`_left_over`)."""
    if _left_over(path):
        with _locked(path):
            pass


def _create(path: Path, article_id: str, entries: Sequence[Mapping[str, Any]]) -> str | None:
    """Write a claim file that does not exist yet, without taking its lock: the file is
    created only if no other writer made one meanwhile (yamlio.create_atomic), so no claim
    of theirs can be lost; and nothing else can be in it.  The text written; None if the
    file exists (or the filesystem cannot create it that way, or a value needs the round
    trip): then the caller changes it under the lock."""
    text = _new_text(path, article_id, entries)
    if text is None:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    return text if yamlio.create_atomic(path, text) else None


def _new_text(path: Path, article_id: str, entries: Sequence[Mapping[str, Any]]) -> str | None:
    """The text of a new claim file of `entries` (numbered from 1) by the fast emitter;
    None if the file is there already or a value needs the round trip."""
    if os.path.lexists(path):
        return None
    tail = _emitted(entries, _ids(article_id, 0, entries))
    return None if tail is None else f"{_append_point(None, article_id)}{tail}"


def _ordered(entry: Mapping[str, Any], claim_id: str) -> dict[str, Any]:
    """A YAML-form entry numbered `claim_id` (as `_numbered`), its keys in the claim
    format's order (as `_to_node`)."""
    return {
        key: claim_id if key == "id" else entry[key]
        for key in CLAIM_KEYS
        if key == "id" or key in entry
    }


def _append_point(text: str | None, article_id: str) -> str | None:
    """The text new claims can be appended to (a new file's head if there is no file), or
    None if the file's form does not allow it: `claims` must be its last key, a block list
    indented as crosscheck writes it (or empty: `claims:`), followed only by comments."""
    if text is None:
        return f"{SCHEMA_LINE}\n{yamlio.emit_mapping({'article': article_id})}claims:\n"
    try:
        root = yaml.compose(text, Loader=yamlio._Loader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode) or not root.value:
        return None
    key, value = root.value[-1]
    if not isinstance(key, yaml.ScalarNode) or key.value != "claims":
        return None
    if isinstance(value, yaml.SequenceNode):
        if value.flow_style or (value.value and value.start_mark.column != 2):
            return None
    elif not (isinstance(value, yaml.ScalarNode) and value.value == "" and value.style is None):
        return None
    rest = text[value.end_mark.index :]
    if any(line.strip() and not line.lstrip().startswith("#") for line in rest.splitlines()):
        return None
    return text if text.endswith("\n") else text + "\n"


def _check_against(entry: Mapping[str, Any], article: Article, where: str) -> Claim:
    claim = entry_to_claim(entry, article.id, path=where)
    wrong = quote_problem(article, claim.quote, (claim.span.start, claim.span.end))
    if wrong:
        raise CrosscheckError(wrong[1], where, field=wrong[0])
    return claim


def _index_of(opened: _Open, claim_id: str) -> int:
    for index, entry in enumerate(opened.entries):
        if isinstance(entry, Mapping) and entry.get("id") == claim_id:
            return index
    raise CrosscheckError(f"no claim {claim_id!r}", str(opened.path), field="id")


_SHORTHANDS = {"source": ("attribution", "source"), "via": ("attribution", "via")}


def update_claim(
    claims_dir: Path, claim_id: str, changes: Mapping[str, Any], articles: Mapping[str, Article]
) -> Claim:
    """Change fields of one claim and return it as changed.

    `changes` are YAML-form fields (None removes an optional field); "source" and "via" are
    short for the attribution's.  A new figure or kind recomputes the interval unless it is
    given too; a new quote recomputes the span.
    """
    article_id, _ = split_id(claim_id)
    if article_id not in articles:
        raise CrosscheckError(f"no article {article_id!r}", field="article")
    article = articles[article_id]
    path = claims_path(claims_dir, article_id)
    if not path.exists():
        raise CrosscheckError(f"no claim {claim_id!r} (no claims for {article_id!r})", field="id")
    for key in changes:
        known = [*CLAIM_KEYS, *_SHORTHANDS, "attribution.source", "attribution.via"]
        if key not in known:
            raise CrosscheckError(f"unknown key{did_you_mean(key, known)}", field=key)
        if key == "id":
            raise CrosscheckError("a claim's id cannot be changed", field="id")
    with _locked(path):
        opened = _open(path, article_id, fixing=claim_id)
        index = _index_of(opened, claim_id)
        node = opened.entries[index]
        before = _plain(node)
        after = _apply(before, changes, article)
        claim = _check_against(after, article, str(path))
        _merge(node, after)
        _save(opened)
        return claim


def _apply(entry: dict[str, Any], changes: Mapping[str, Any], article: Article) -> dict[str, Any]:
    after = dict(entry)
    attribution = dict(after.get("attribution") or {})
    for key, value in changes.items():
        name = key.split(".", 1)[-1] if key.startswith("attribution.") else key
        if name in _SHORTHANDS or key.startswith("attribution."):
            if value is None:
                attribution.pop(name, None)
            else:
                attribution[name] = list(value) if name == "via" else value
            after["attribution"] = attribution
        elif value is None:
            if key in REQUIRED:
                raise CrosscheckError("required field cannot be removed", field=key)
            after.pop(key, None)
        else:
            after[key] = value
    if ("figure" in changes or "kind" in changes) and after.get("figure") is not None:
        kind = after.get("kind")
        try:
            estimate = quantities.parse_figure(str(after["figure"]), kind)
        except CrosscheckError as exc:
            if "best" not in changes:
                raise CrosscheckError(exc.message, field="figure") from None
        else:
            for key, value in estimate_fields(estimate, str(kind)).items():
                if key not in changes and key in after:
                    after[key] = value
    if "quote" in changes and "span" not in changes and isinstance(after.get("quote"), str):
        found = quote_at(article, after["quote"])
        after["span"] = [found[0], found[1]]
    for key in ("as_of", "about"):
        if key in changes and changes[key] is not None:
            after[key] = yaml_date(changes[key])
    return after


def _merge(node: CommentedMap, after: Mapping[str, Any]) -> None:
    """Carry the changed fields into the ruamel node, keeping its comments and key order."""
    for key in list(node):
        if key not in after:
            del node[key]
    for key, value in after.items():
        if key in node and _plain(node[key]) == value:
            continue
        fresh = _to_node({key: value})[key] if key in CLAIM_KEYS else value
        if key in node:
            node[key] = fresh
        else:
            # A new key goes where docs/claim-format.md puts it.
            order = [k for k in CLAIM_KEYS if k in node or k == key]
            node.insert(order.index(key), key, fresh)


def remove_claim(claims_dir: Path, claim_id: str) -> None:
    """Delete a claim from its file.  Its number is not given out again.  (To keep the
    extractor from proposing it again, set status rejected instead.)"""
    article_id, _ = split_id(claim_id)
    path = claims_path(claims_dir, article_id)
    if not path.exists():
        raise CrosscheckError(f"no claim {claim_id!r} (no claims for {article_id!r})", field="id")
    with _locked(path):
        opened = _open(path, article_id)
        index = _index_of(opened, claim_id)
        del opened.entries[index]
        _save(opened, extra=f"# removed {claim_id}\n")
