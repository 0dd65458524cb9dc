"""The hash chain on its own (no database): what an entry's hash covers, and how a walk tells a change,
a removal and an insertion apart."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from deskapp.db import chain


def entries(n: int) -> list[dict]:
    return chain.chained(0, chain.GENESIS, (
        {"at": datetime(2026, 3, 2, 1, 30, i), "staff_id": 2, "station": "desk-1", "table_name": "visit",
         "record_id": str(i), "action": "insert", "field": None, "old_value": None,
         "new_value": json.dumps({"content": f"问缴费 {i}"}, ensure_ascii=False), "reason": None,
         "state_hash": "ab" * 32} for i in range(n)))


def rows(es: list[dict]) -> list[tuple]:
    return [tuple(e[k] for k in chain.ROW) for e in es]


def walk(rs: list[tuple]) -> chain.ChainWalk:
    w = chain.ChainWalk()
    passed = list(w.rows(rs))
    assert len(passed) == len(rs)  # every row is passed on, broken or not
    return w


def test_the_content_is_compact_json_with_the_time_to_the_microsecond():
    e = entries(1)[0]
    content = chain.content_of([e[k] for k in chain.CONTENT])
    assert content.startswith('["2026-03-02 01:30:00.000000",2,"desk-1","visit","0","insert",null,null,')
    assert content == json.dumps([e["at"].isoformat(sep=" ", timespec="microseconds"),
                                  *(e[k] for k in chain.CONTENT[1:])], ensure_ascii=False, separators=(",", ":"))
    assert e["hash"] == chain.link(chain.GENESIS, content) and e["seq"] == 1


def test_a_state_digest_leaves_out_what_is_none_and_ignores_the_order_given():
    assert chain.state_hash({"b": "2", "a": "1", "c": None}) == chain.state_hash({"a": "1", "b": "2"})
    assert chain.state_hash({"a": "1"}) != chain.state_hash({"a": "2"})


def test_an_intact_chain_walks_to_its_head():
    es = entries(5)
    w = walk(rows(es))
    assert w.broken is None and w.head == (5, es[-1]["hash"]) and w.count == 5


@pytest.mark.parametrize("column", ["station", "new_value", "state_hash", "at"])
def test_a_changed_entry_is_named(column):
    rs = [list(r) for r in rows(entries(5))]
    rs[2][chain.ROW.index(column)] = "x"
    w = walk([tuple(r) for r in rs])
    assert w.broken == chain.Break(chain.CHANGED, 3, 2) and w.head[0] == 2


def test_a_removed_entry_is_named_and_so_is_one_renumbered_over():
    rs = rows(entries(5))
    assert walk(rs[:2] + rs[3:]).broken == chain.Break(chain.REMOVED, 3, 2)
    renumbered = rs[:2] + [(r[0] - 1, *r[1:]) for r in rs[3:]]
    assert walk(renumbered).broken == chain.Break(chain.REMOVED, 3, 2)


@pytest.mark.parametrize("good_hash", [False, True])
def test_an_inserted_entry_is_named(good_hash):
    es = entries(5)
    forged = dict(es[1]) | {"record_id": "99", "prev_hash": es[1]["hash"]}
    forged["hash"] = chain.entry_hash(es[1]["hash"], forged) if good_hash else "f" * 64
    shifted = [dict(e) | {"seq": e["seq"] + 1} for e in es[2:]]
    w = walk(rows([*es[:2], forged | {"seq": 3}, *shifted]))
    assert w.broken == chain.Break(chain.INSERTED, 3, 2)


def test_a_recheck_saves_an_entry_whose_database_text_differed():
    rs = rows(entries(3))
    w = chain.ChainWalk(content=lambda row: "not the text", recheck=lambda row: chain.content_of(row[3:]))
    list(w.rows(rs))
    assert w.broken is None and w.head[0] == 3
