"""Reading an appointments CSV: its encoding (UTF-8 with or without a BOM, else Windows-1252),
its delimiter (sniffed), its header row and its data rows, each with the line a spreadsheet
shows. Read the way the clients' import reads its files."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from frontdesk.sync.errors import SyncError

MAX_BYTES = 50 * 1024 * 1024
SNIFF_CHARS = 64 * 1024
DELIMITERS = ",;\t|"
# A cell that is data, never a column name: a date, a time, an address or a number.
_DATA = re.compile(r"^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}.*|\d{1,2}:\d{2}.*|[^@\s]+@[^@\s]+|"
                   r"[+(]?\d[\d\s().-]{5,})$")


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line number, cells)
    encoding: str
    delimiter: str
    digest: str  # of the file's bytes: the same file reads the same


def _malformed(what: str) -> SyncError:
    return SyncError("malformed", what)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _malformed("The file is a spreadsheet (Excel), not a CSV file. Open it in the "
                         "spreadsheet program, use Save as → CSV, and import that file.")
    if b"\x00" in data[:SNIFF_CHARS]:
        raise _malformed("The file is not a CSV text file. Export the appointments from the "
                         "other system as CSV (comma-separated values).")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"  # every byte is a character


def _sniff(text: str) -> str:
    lines = [line for line in text[:SNIFF_CHARS].splitlines() if line.strip()]
    try:
        found = csv.Sniffer().sniff("\n".join(lines[:50]), delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = ""
    counts = {d: lines[0].count(d) for d in DELIMITERS}
    if found and counts.get(found, 0) > 0:
        return found
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_table(path: str) -> Table:
    """The file's header and rows, or SyncError("malformed" / "config") saying what is wrong."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_BYTES:
            raise _malformed("The file is larger than 50 MB: too large to be an appointments "
                             "export. Check that it is the right file.")
        data = p.read_bytes()
    except FileNotFoundError:
        raise SyncError("config", "The CSV file is not there. Check the path.") from None
    except IsADirectoryError:
        raise SyncError("config", "That path is a folder, not a CSV file.") from None
    except OSError:
        raise SyncError("config", "FrontDesk cannot read the CSV file. Check that it is not "
                        "open in another program and that FrontDesk may read it.") from None
    text, encoding = _decode(data)
    if not text.strip():
        raise _malformed("The CSV file is empty. Export the appointments again.")
    delimiter = _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        doublequote=True, strict=False)
    # Numbered as a spreadsheet numbers its rows (the header is row 1).
    records: list[tuple[int, tuple[str, ...]]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            if any(cell.strip() for cell in cells):
                records.append((number, tuple(cell.strip() for cell in cells)))
    except csv.Error:
        raise _malformed("The file is not a table FrontDesk can read (a quoted field never "
                         "ends). Open it in a spreadsheet program and save it as CSV "
                         "again.") from None
    header = records[0][1]
    if any(_DATA.match(cell) for cell in header) or not any(
            any(ch.isalpha() for ch in cell) for cell in header):
        raise _malformed("The first row of the file holds data, not column names. Export "
                         "the appointments with a header row (the columns' names).")
    headers = tuple(name or f"Column {i}" for i, name in enumerate(header, start=1))
    if not records[1:]:
        raise _malformed("The file has a header row but no appointments under it.")
    return Table(headers, tuple(records[1:]), encoding, delimiter,
                 hashlib.sha256(data).hexdigest())
