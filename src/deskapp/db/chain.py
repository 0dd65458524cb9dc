"""The audit trail as a hash chain: pure functions, no database.

Every audit row carries a gapless sequence number ``seq``, the ``prev_hash`` of the row before it and
its own ``hash`` = SHA-256 of the previous hash and the row's canonical content (who, when, where,
which record, what changed, why, and the ``state_hash`` of the record after the change). Changing a
row breaks its own hash; removing one leaves a gap in the numbers and a link that points at nothing;
putting one in leaves a row the next one does not point at. ``ChainWalk`` tells the three apart and
names the first.

``state_hash`` is the digest of a record's audited columns after the change (secrets included, as
digests only): the live row can be compared with it without replaying the record's history.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

GENESIS = "0" * 64  # the "previous hash" of entry 1

# The content of an entry, in the order it is hashed (seq and the row id are not content: the numbering
# is checked for gaps, the order by the links).
CONTENT = ("at", "staff_id", "station", "table_name", "record_id", "action", "field", "old_value",
           "new_value", "reason", "state_hash")
# A row as ChainWalk reads it: the numbering and the links, then the content.
ROW = ("seq", "prev_hash", "hash", *CONTENT)

CHANGED, REMOVED, INSERTED = "changed", "removed", "inserted"


def value_text(value: object) -> str | None:
    """A column value as the audit trail writes it (dates ISO, everything else ``str``)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _at_text(value: object) -> str | None:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    return None if value is None else str(value)


def _json_encoder():
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":"))`` — the canonical serialisation — made
    once: the C encoder json.dumps itself builds on every call (the verifier calls it a million times)."""
    c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
    if c_make_encoder is None:
        return json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    encoder = c_make_encoder(None, None, json.encoder.encode_basestring, None, ":", ",", False, False, True)
    return lambda value: "".join(encoder(value, 0))


_encode = _json_encoder()


def content_of(values: Sequence[object]) -> str:
    """The canonical serialisation of an entry's content (``values`` in ``CONTENT`` order): a JSON array,
    UTF-8, no spaces, non-ASCII as is; the time as ``YYYY-MM-DD HH:MM:SS.ffffff``."""
    at = values[0]
    if at.__class__ is str:
        return _encode(values if isinstance(values, tuple) else tuple(values))
    return _encode((_at_text(at), *values[1:]))


def link(prev_hash: str, content: str) -> str:
    """The hash of an entry: SHA-256 over the previous entry's hash and this entry's content."""
    return hashlib.sha256((prev_hash + content).encode()).hexdigest()


def entry_hash(prev_hash: str, entry: Mapping[str, object]) -> str:
    return link(prev_hash, content_of([entry.get(k) for k in CONTENT]))


def state_hash(values: Mapping[str, str | None]) -> str:
    """The digest of a record's audited columns (as ``value_text`` gives them). Columns that are None
    are left out, so that a nullable column added by a later migration leaves old digests valid."""
    return state_hash_ordered(sorted(values.items()))


def state_hash_ordered(pairs: Iterable[tuple[str, str | None]]) -> str:
    """``state_hash`` of (key, value) pairs already in key order (the verifier's fast path)."""
    return hashlib.sha256(_encode({k: v for k, v in pairs if v is not None}).encode()).hexdigest()


def chained(head_seq: int, head_hash: str, entries: Iterable[dict]) -> list[dict]:
    """``entries`` numbered and linked after the head (``seq``, ``prev_hash``, ``hash`` added)."""
    out = []
    seq, prev = head_seq, head_hash
    for entry in entries:
        seq += 1
        h = entry_hash(prev, entry)
        out.append(entry | {"seq": seq, "prev_hash": prev, "hash": h})
        prev = h
    return out


@dataclass(frozen=True)
class Break:
    """The first place the chain does not hold: ``kind`` (changed / removed / inserted) and the number
    of the entry; ``after`` is the last entry that still verified (0: none)."""

    kind: str
    seq: int
    after: int


class ChainWalk:
    """Walks rows in ``seq`` order, checking numbering, links and hashes.

    A row starts (seq, prev_hash, hash); ``content(row)`` gives its canonical content (by default the
    row goes on in ``CONTENT`` order, as in ``ROW``; a database may build the JSON itself), or
    ``hashed(row)`` says whether the database, hashing it itself, found the row's hash right. ``recheck(row)``,
    if given, is asked for the content again, built here from the row's fields, before a row whose hash
    does not match is called a break. ``rows(source)`` passes every row on (for whoever also reads the
    content) and stops checking at the first break, kept in ``broken``. ``head`` is the last entry
    verified: (seq, hash).
    """

    def __init__(self, content: Callable[[Sequence], str] | None = None,
                 recheck: Callable[[Sequence], str | None] | None = None,
                 hashed: Callable[[Sequence], bool] | None = None) -> None:
        self.broken: Break | None = None
        self.count = 0
        self.head: tuple[int, str] = (0, GENESIS)
        self._before = GENESIS  # the hash of the entry before the head
        self._content = content or (lambda row: content_of(tuple(row[3:])))
        self._recheck = recheck
        self._hashed = hashed  # the database hashed the row itself: whether its hash matched

    def _matches(self) -> Callable[[Sequence], bool]:
        if self._hashed is not None:
            return self._hashed
        sha256, content = hashlib.sha256, self._content
        return lambda row: sha256((row[1] + content(row)).encode()).hexdigest() == row[2]

    def rows(self, source: Iterable[Sequence]) -> Iterator[Sequence]:
        it = iter(source)
        matches = self._matches()
        for row in it:
            self.count += 1
            if self.broken is None:
                # The usual case inline (a million rows): next number, linked, own hash right.
                seq, prev_hash, h = row[0], row[1], row[2]
                head_seq, head_hash = self.head
                if seq == head_seq + 1 and prev_hash == head_hash and matches(row):
                    self._before = head_hash
                    self.head = (seq, h)
                    yield row
                    continue
                nxt = self._check(row, it)
                yield row
                if nxt is not None:
                    self.count += 1
                    yield nxt
            else:
                yield row

    def _own(self, row: Sequence) -> bool:
        """Whether the row's hash is that of its previous hash and its content."""
        prev_hash, h = row[1] or "", row[2]
        if self._hashed(row) if self._hashed is not None else link(prev_hash, self._content(row)) == h:
            return True
        again = self._recheck(row) if self._recheck is not None else None
        return again is not None and link(prev_hash, again) == h

    def _check(self, row: Sequence, it: Iterator[Sequence]) -> Sequence | None:
        """Check ``row``; may read the next row to tell an insertion from a change (returned, to be passed
        on and checked no further)."""
        seq, prev_hash, h = row[0], row[1], row[2]
        head_seq, head_hash = self.head
        if seq != head_seq + 1:
            # A gap in the numbers (or a number going back): the entries in between were removed.
            self.broken = Break(REMOVED, head_seq + 1, head_seq)
            return None
        own = self._own(row)
        linked = prev_hash == head_hash
        if own and linked:
            self.head, self._before = (seq, h), head_hash
            return None
        if own:  # whole in itself, but not linked to the entry before it
            if head_seq and prev_hash == self._before:
                self.broken = Break(INSERTED, head_seq, head_seq - 1)  # the head itself was put in
            else:
                self.broken = Break(REMOVED, seq, head_seq)  # renumbered over what was taken out
            return None
        nxt = next(it, None)
        if nxt is not None and nxt[1] == head_hash and self._own(nxt):
            self.broken = Break(INSERTED, seq, head_seq)  # the next entry links over this one
        elif nxt is None and not linked:
            self.broken = Break(INSERTED, seq, head_seq)  # a last entry with neither link nor hash of its own
        else:
            self.broken = Break(CHANGED, seq, head_seq)
        return nxt
