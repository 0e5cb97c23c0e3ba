"""Reading a CSV file someone exported from another system: its encoding, its delimiter,
its header and its rows, streamed (a file of any size is never held whole)."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from frontdesk.services.errors import FrontDeskError

SNIFF_BYTES = 64 * 1024
CHUNK = 1024 * 1024
DELIMITERS = ",;\t|"
MAX_BYTES = 200 * 1024 * 1024
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}


class ImportFileError(FrontDeskError):
    """The file cannot be read as a table of clients; the message says why in plain words."""


@dataclass(frozen=True)
class CsvFormat:
    encoding: str  # a Python codec name
    delimiter: str

    @property
    def description(self) -> str:
        names = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "utf-16": "UTF-16",
                 "cp1252": "Windows-1252", "latin-1": "Latin-1"}
        return (f"{names.get(self.encoding, self.encoding)} text, columns separated by "
                f"{DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))}")


def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes (read in chunks, never whole)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as f:
            while chunk := f.read(CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path, head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError("This is a spreadsheet file (Excel), not a CSV file.",
                              hint="Open it in your spreadsheet program and use Save as → "
                                   "CSV, then choose the CSV file here.")
    if b"\x00" in head:
        raise ImportFileError("This file is not a CSV text file.",
                              hint="Export your client list from your other system as CSV "
                                   "(comma-separated values) and choose that file.")
    for encoding in ("utf-8", "cp1252"):
        if _decodes(path, encoding):
            return encoding
    return "latin-1"  # every byte is a character: nothing is lost, at worst a letter is odd


def _sniff_delimiter(sample: str) -> str:
    lines = [line for line in sample.splitlines() if line.strip()]
    if not lines:
        return ","
    try:
        found = csv.Sniffer().sniff("\n".join(lines[:50]), delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = ""
    header = lines[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    if found and counts.get(found, 0) > 0:
        return found
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def detect_format(path: Path) -> CsvFormat:
    """The encoding and delimiter of `path`, or an ImportFileError saying what is wrong."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise ImportFileError("That file is no longer there.",
                              hint="Choose the file again.") from None
    except OSError:
        raise ImportFileError("FrontDesk cannot read that file.",
                              hint="Check that it is not open in another program, then try "
                                   "again.") from None
    if not head.strip():
        raise ImportFileError("The file is empty.",
                              hint="Export the client list again and choose the new file.")
    if size > MAX_BYTES:
        raise ImportFileError("The file is larger than 200 MB: too large to be a client list.",
                              hint="Check that you chose the right file.")
    encoding = detect_encoding(path, head)
    sample = head.decode(encoding, errors="ignore")
    return CsvFormat(encoding, _sniff_delimiter(sample))


def records(path: Path, fmt: CsvFormat) -> Iterator[tuple[int, list[str]]]:
    """(row number as a spreadsheet shows it, cells) for every record, header included;
    blank lines are counted but not yielded."""
    with path.open("r", encoding=fmt.encoding, newline="") as f:
        reader = csv.reader(f, delimiter=fmt.delimiter, quotechar='"', doublequote=True,
                            skipinitialspace=False, strict=False)
        try:
            for number, cells in enumerate(reader, start=1):
                if any(cell.strip() for cell in cells):
                    yield number, [cell.strip() for cell in cells]
        except csv.Error:
            raise ImportFileError("The file is not a table FrontDesk can read (a quoted "
                                  "field never ends).",
                                  hint="Open it in a spreadsheet program and save it as CSV "
                                       "again.") from None


def header_and_rows(path: Path, fmt: CsvFormat
                    ) -> tuple[tuple[str, ...], Iterator[tuple[int, list[str]]]]:
    """The header (blank names become "Column N") and an iterator over the data rows."""
    rows = records(path, fmt)
    first = next(rows, None)
    if first is None:
        raise ImportFileError("The file is empty.",
                              hint="Export the client list again and choose the new file.")
    header = tuple(name or f"Column {i}" for i, name in enumerate(first[1], start=1))
    return header, rows
