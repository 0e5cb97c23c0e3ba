"""One row per place as numpy columns, built once and patched as appointments change.

Layout, chosen so a refresh is a handful of `bincount`s over array *views*:

- The **head**, rows [0, sorted_n), is in start order (then attendee id), as read at build
  time, so "started by now" and a date range are one contiguous slice of it.
- Rows read later (new places, and places whose appointment, client or start changed) are
  appended to the **tail**; the old row is marked dead (outcome DEAD, counted nowhere).
  When the tail passes TAIL_MAX rows everything is re-sorted (`compact`).
- Each breakdown is stored pre-combined with the outcome, `k_<dim> = value * K + outcome`,
  so a table is `bincount(k_<dim>[lo:hi])` reshaped to (values, K).
- The rows of an appointment or of a client are found through argsort indexes of the head
  plus a scan of the tail.

No client data is kept: ids and codes only.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator

import numpy as np

from frontdesk.services.trends import codes

K = codes.N_OUTCOMES + 1  # outcomes, then DEAD
DEAD = codes.N_OUTCOMES
TAIL_MAX = 50_000
# The breakdowns over fixed vocabularies, and their sizes, in the order k_fixed nests them
# (type comes first, with n_types values).
FIXED = (("modality", len(codes.MODALITIES)), ("first", 2), ("lead", len(codes.LEAD_LABELS)),
         ("confirmed", 2), ("channel", len(codes.CHANNEL_LABELS)),
         ("delivered", len(codes.DELIVERED_LABELS)), ("moved", 2))
FIXED_SIZE = int(np.prod([size for _, size in FIXED]))
DTYPES = {
    "att": np.int32, "appt": np.int32, "client": np.int32, "start": np.int64,
    "day": np.int32, "outcome": np.int8, "live": np.bool_,
    "n_sent": np.int16, "n_deliv": np.int16, "n_failed": np.int16,
    "clin": np.int32, "typ": np.int32, "modality": np.int8, "first": np.int8,
    "lead": np.int8, "confirmed": np.int8, "channel": np.int8, "delivered": np.int8,
    "moved": np.int8, "slot": np.int16, "week": np.int16,
    # outcome-combined keys: what refresh counts (see compose)
    "k_weekclin": np.int32, "k_fixed": np.int32, "k_slot": np.int16,
}
LEAD_BOUNDS = np.array([d * codes.DAY_US for d in codes.LEAD_BOUNDS_DAYS], dtype=np.int64)
CHANNEL_OF_MASK = np.array([codes.CHANNEL_CODE[m] for m in range(8)], dtype=np.int64)
VERSION = 3  # of the snapshot format and of the definitions behind the codes
SAVED = ("att", "appt", "client", "start", "day", "outcome", "live", "n_sent", "n_deliv",
         "n_failed", "clin", "typ", "modality", "first", "lead", "confirmed", "channel",
         "delivered", "moved", "slot", "week")  # the keys are recomputed on loading


class PlaceCache:
    def __init__(self, tz_name: str) -> None:
        self.tz_name = tz_name
        starts, offs = codes.offsets(tz_name)
        self._tz_starts = np.array(starts, dtype=np.int64)
        self._tz_offs = np.array(offs, dtype=np.int64)
        self.n = self.sorted_n = 0
        self.cols: dict[str, np.ndarray] = {k: np.zeros(0, dtype=t) for k, t in DTYPES.items()}
        # Clinicians and types by dense code (their ids can be anything): code -> id.
        self.ids: dict[str, list[int]] = {"clin": [], "typ": []}
        self.n_clin = self.n_typ = 1  # codes below these (the keys' grid)
        self.week_base = 0  # k_weekclin counts weeks from this one
        self.days_sorted = True  # the head's local days ascend with its start times
        self.seq = 0  # the last stats_dirty mark applied
        self.row_of = np.full(1, -1, dtype=np.int32)  # attendee id -> row (-1: none)
        self.by_appt = self.appt_sorted = self.by_client = self.client_sorted = \
            np.zeros(0, dtype=np.int32)

    # ---- columns ---------------------------------------------------------------------------
    def __getitem__(self, name: str) -> np.ndarray:
        return self.cols[name][: self.n]

    def nbytes(self) -> int:
        return sum(a.nbytes for a in (*self.cols.values(), self.row_of, self.by_appt,
                                      self.appt_sorted, self.by_client, self.client_sorted))

    def _derive(self, c: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Stored columns of place columns (source.COLUMNS); keys and `first` left at 0."""
        n = len(c["att"])
        start, mask = c["start"], c["mask"]
        i = np.searchsorted(self._tz_starts, start, side="right") - 1
        local = start + self._tz_offs[np.clip(i, 0, None)]
        day = local // codes.DAY_US
        zero = np.zeros(n, dtype=np.int64)
        out = {
            "att": c["att"], "appt": c["appt"], "client": c["client"], "start": start,
            "day": day, "outcome": c["outcome"], "live": np.ones(n, dtype=bool),
            "n_sent": c["n_sent"], "n_deliv": c["n_deliv"], "n_failed": c["n_failed"],
            "clin": self._code("clin", c["clin"]), "typ": self._code("typ", c["typ"]),
            "modality": c["modality"], "first": zero,
            "lead": np.searchsorted(LEAD_BOUNDS, start - c["booked"], side="right"),
            "confirmed": c["confirmed"], "channel": CHANNEL_OF_MASK[mask],
            "delivered": np.where(c["deliv"] > 0, codes.DELIVERED_YES,
                                  np.where(mask > 0, codes.DELIVERED_NO, codes.NONE_SENT)),
            "moved": c["moved"],
            "slot": ((day + 3) % 7) * 24 + (local % codes.DAY_US) // codes.HOUR_US,
            "week": (day + 3) // 7, "k_weekclin": zero, "k_fixed": zero, "k_slot": zero,
        }
        return {k: v.astype(DTYPES[k], copy=False) for k, v in out.items()}

    def _code(self, kind: str, ids: np.ndarray) -> np.ndarray:
        table = self.ids[kind]
        known = set(table)
        table += [int(i) for i in np.unique(ids).tolist() if int(i) not in known]
        order = np.argsort(table)
        keys = np.array(table, dtype=np.int64)[order]
        return order[np.searchsorted(keys, ids)] if len(ids) else np.zeros(0, dtype=np.int64)

    def codes_of(self, kind: str, ids: Iterable[int]) -> np.ndarray:
        """The codes of these ids (ids never seen have none)."""
        table = self.ids[kind]
        return np.array([table.index(i) for i in ids if i in table], dtype=np.int64)

    def compose(self, rows: np.ndarray | None = None) -> None:
        """The outcome-combined keys of these rows (None: all): k = (... value ...) * K +
        outcome, so one bincount of a key counts places by all its breakdowns and outcome
        at once. Re-keys every row if these fall outside the keys' grid."""
        col = self.cols
        if rows is not None and len(rows) and (
                int(col["clin"][rows].max()) >= self.n_clin
                or int(col["typ"][rows].max()) >= self.n_typ
                or int(col["week"][rows].min()) < self.week_base):
            rows = None
        at: np.ndarray | slice = slice(0, self.n) if rows is None else rows
        if rows is None and self.n:
            self.n_clin = len(self.ids["clin"]) + 8
            self.n_typ = len(self.ids["typ"]) + 2
            self.week_base = int(col["week"][at].min())
        o = col["outcome"][at].astype(np.int64)
        week = col["week"][at].astype(np.int64) - self.week_base
        col["k_weekclin"][at] = (week * self.n_clin + col["clin"][at]) * K + o
        fixed = col["typ"][at].astype(np.int64)
        for name, size in FIXED:
            fixed = fixed * size + col[name][at]
        col["k_fixed"][at] = fixed * K + o
        col["k_slot"][at] = col["slot"][at].astype(np.int64) * K + o

    # ---- building ------------------------------------------------------------------------
    def build(self, places: dict[str, np.ndarray], seq: int) -> None:
        """Replace everything with these places (source.read_all), in start order; the
        columns are taken out of `places`, which is left empty."""
        order = np.lexsort((places["att"], places["start"]))
        # Each column leaves `places` as it is put in order: one column copied at a time,
        # not all of them twice.
        self.cols = self._derive({k: places.pop(k)[order] for k in list(places)})
        self.n = len(order)
        self.seq = seq
        self._reindex()

    def _reindex(self) -> None:
        """Indexes, first visits and keys after a build or a compaction (head = every row)."""
        att = self["att"]
        self.row_of = np.full(int(att.max()) + 1 if self.n else 1, -1, dtype=np.int32)
        live = np.flatnonzero(self["live"])
        self.row_of[att[live]] = live
        self.sorted_n = self.n
        self._index_head()
        self.days_sorted = bool(np.all(np.diff(self["day"]) >= 0))
        self._first(np.arange(self.n))
        self.compose()

    def _index_head(self) -> None:
        """The head's rows by appointment and by client (the tail is scanned instead)."""
        head = slice(0, self.sorted_n)
        self.by_appt = np.argsort(self.cols["appt"][head], kind="stable").astype(np.int32)
        self.appt_sorted = self.cols["appt"][head][self.by_appt]
        self.by_client = np.argsort(self.cols["client"][head], kind="stable").astype(np.int32)
        self.client_sorted = self.cols["client"][head][self.by_client]

    def _first(self, rows: np.ndarray) -> None:
        """Re-flag the first visit (earliest place not cancelled early) of the clients that
        these rows are all the rows of."""
        first = self.cols["first"]
        first[rows] = 0
        cand = rows[self["live"][rows] & (self["outcome"][rows] != codes.EARLY)]
        order = cand[np.lexsort((self["att"][cand], self["start"][cand],
                                 self["client"][cand]))]
        who = self["client"][order]
        lead = np.ones(len(order), dtype=bool)
        lead[1:] = who[1:] != who[:-1]
        first[order[lead]] = 1

    # ---- finding rows --------------------------------------------------------------------
    def _rows_of(self, index: np.ndarray, values: np.ndarray, column: str,
                 wanted: np.ndarray) -> np.ndarray:
        wanted = wanted.astype(values.dtype)  # else numpy copies `values` to compare
        lo = np.searchsorted(values, wanted, side="left")
        hi = np.searchsorted(values, wanted, side="right")
        head = [index[a:b] for a, b in zip(lo.tolist(), hi.tolist(), strict=True) if b > a]
        tail = self.sorted_n + np.flatnonzero(np.isin(self[column][self.sorted_n:], wanted))
        return np.concatenate([*head, tail]).astype(np.int64)

    def rows_of_appointments(self, ids: np.ndarray) -> np.ndarray:
        return self._rows_of(self.by_appt, self.appt_sorted, "appt", ids)

    def rows_of_clients(self, ids: np.ndarray) -> np.ndarray:
        return self._rows_of(self.by_client, self.client_sorted, "client", ids)

    # ---- patching ------------------------------------------------------------------------
    def patch(self, appointment_ids: list[int], places: dict[str, np.ndarray], seq: int) -> int:
        """Bring the places of these appointments in line with `places` (their current
        places, source.read_some, read with the marks up to `seq`). Returns the rows
        touched."""
        ids = np.array(sorted(set(appointment_ids)), dtype=np.int64)
        old = self.rows_of_appointments(ids)
        old = old[self["live"][old]]
        new = self._derive(places)
        att = new["att"]
        if len(att) and int(att.max()) >= len(self.row_of):
            grown = np.full(max(int(att.max()) + 1, 2 * len(self.row_of)), -1, dtype=np.int32)
            grown[: len(self.row_of)] = self.row_of
            self.row_of = grown
        pos = self.row_of[att].astype(np.int64)
        known = pos >= 0
        same = known.copy()
        p = pos[known]
        same[known] = ((self["appt"][p] == new["appt"][known])
                       & (self["client"][p] == new["client"][known])
                       & (self["start"][p] == new["start"][known]))
        keep = pos[same]
        gone = np.union1d(np.setdiff1d(old, keep), pos[known & ~same])
        clients = np.union1d(self["client"][gone], new["client"])
        self._kill(gone)
        for name, values in new.items():
            self.cols[name][keep] = values[same]
        added = self._append({k: v[~same] for k, v in new.items()})
        mine = self.rows_of_clients(clients) if len(clients) <= 2_000 else np.arange(self.n)
        self._first(mine)
        self.compose(np.union1d(np.concatenate([keep, added]), mine))
        self.seq = max(self.seq, seq)
        if self.n - self.sorted_n > TAIL_MAX:
            self.compact()
        return len(gone) + len(att)

    def _kill(self, rows: np.ndarray) -> None:
        """Dead rows stay where they are (the head keeps its order) but count nowhere."""
        if not len(rows):
            return
        self.cols["live"][rows] = False
        self.row_of[self["att"][rows]] = -1
        self.cols["outcome"][rows] = DEAD
        for name in ("n_sent", "n_deliv", "n_failed"):
            self.cols[name][rows] = 0
        self.compose(rows)

    def _append(self, new: dict[str, np.ndarray]) -> np.ndarray:
        m = len(new["att"])
        if not m:
            return np.zeros(0, dtype=np.int64)
        if self.n + m > len(self.cols["att"]):
            size = max(self.n + m, int(len(self.cols["att"]) * 1.1) + 1024)
            for name, arr in self.cols.items():
                grown = np.zeros(size, dtype=arr.dtype)
                grown[: self.n] = arr[: self.n]
                self.cols[name] = grown
        for name, values in new.items():
            self.cols[name][self.n: self.n + m] = values
        rows = np.arange(self.n, self.n + m)
        self.row_of[new["att"]] = rows
        self.n += m
        return rows

    def compact(self) -> None:
        """Drop dead rows and put everything back in start order."""
        live = np.flatnonzero(self["live"])
        order = live[np.lexsort((self["att"][live], self["start"][live]))]
        self.cols = {k: v[: self.n][order] for k, v in self.cols.items()}
        self.n = len(order)
        self._reindex()

    # ---- saving ----------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """The cache as bytes: a JSON index, then each array zlib-compressed on its own (so
        loading holds one array twice at most). Numbers only: nothing is unpickled. The
        head's indexes are not saved (random orders: they hardly compress, and sorting
        them again on loading takes a tenth of a second at a million places)."""
        arrays = {f"c_{k}": self.cols[k][: self.n] for k in SAVED}
        arrays |= {"clin_ids": np.array(self.ids["clin"], dtype=np.int64),
                   "typ_ids": np.array(self.ids["typ"], dtype=np.int64),
                   "meta": np.array([self.n, self.sorted_n, self.seq, int(self.days_sorted)],
                                    dtype=np.int64)}
        index, parts = [], []
        for name, a in arrays.items():
            z = zlib.compress(np.ascontiguousarray(a).tobytes(), 1)
            index.append([name, a.dtype.str, len(z)])
            parts.append(z)
        head = json.dumps(index).encode()
        return len(head).to_bytes(8, "little") + head + b"".join(parts)

    @staticmethod
    def _arrays(data: bytes) -> Iterator[tuple[str, np.ndarray]]:
        size = int.from_bytes(data[:8], "little")
        at = 8 + size
        view = memoryview(data)
        for name, dtype, length in json.loads(bytes(view[8:at])):
            yield name, np.frombuffer(zlib.decompress(view[at:at + length]), dtype).copy()
            at += length

    @classmethod
    def from_bytes(cls, tz_name: str, data: bytes) -> PlaceCache:
        c = cls(tz_name)
        c.cols = {}
        for name, a in cls._arrays(data):
            if name.startswith("c_"):
                c.cols[name[2:]] = a.astype(DTYPES[name[2:]], copy=False)
            elif name == "meta":
                c.n, c.sorted_n, c.seq, days_sorted = (int(v) for v in a)
                c.days_sorted = bool(days_sorted)
            elif name in ("clin_ids", "typ_ids"):
                c.ids[name[:-4]] = a.tolist()
        c.cols |= {k: np.zeros(c.n, dtype=t) for k, t in DTYPES.items() if k not in c.cols}
        att, live = c["att"], np.flatnonzero(c["live"])
        c.row_of = np.full(int(att.max()) + 1 if c.n else 1, -1, dtype=np.int32)
        c.row_of[att[live]] = live
        c._index_head()
        c.compose()
        return c
