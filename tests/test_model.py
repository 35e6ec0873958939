"""model.py: the frozen records cross processes whole (pickle)."""

from __future__ import annotations

import pickle
from dataclasses import fields, replace

from crosscheck import compare, dates
from crosscheck.model import DateRef, Finding, Origin, Status, Subject
from factories import articles, claim


def test_records_pickle_whole_and_shared_objects_stay_shared() -> None:
    first = replace(
        claim("a", "at least 12", place="Lyon", event="the storm", via=("Reuters",)),
        as_of=dates.parse_dateref("2015-09-04/2015-09-06"),
        origin=Origin.EXTRACTED,
        status=Status.UNREVIEWED,
        note="checked",
    )
    second = replace(claim("b", "about 40"), estimate=first.estimate)
    pair = [claim("a", "12", place="Lyon"), claim("b", "40", place="Lyon")]
    (finding,) = compare.analyse(pair, articles("a", "b"))
    records = [first, second, finding, finding.subject]
    back = pickle.loads(pickle.dumps(records))
    assert back == records
    assert [type(each) for each in back] == [type(each) for each in records]
    assert isinstance(back[2], Finding) and isinstance(back[3], Subject)
    assert isinstance(back[0].as_of, DateRef)
    for field in fields(first):
        assert getattr(back[0], field.name) == getattr(first, field.name)
    # One object in, one object out: 100,000 claims share a few thousand estimates.
    assert back[0].estimate is back[1].estimate
