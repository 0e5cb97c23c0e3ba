"""Import existing clients from a CSV file: parse → map → check → preview → import."""

from frontdesk.services.client_import.checking import CheckedRow
from frontdesk.services.client_import.mapping import Field, Mapping, guess_mapping
from frontdesk.services.client_import.reading import CsvFormat, ImportFileError
from frontdesk.services.client_import.service import (
    ClientImportService,
    CsvPreview,
    ImportPlan,
    ImportResult,
)

__all__ = ["CheckedRow", "ClientImportService", "CsvFormat", "CsvPreview", "Field",
           "ImportFileError", "ImportPlan", "ImportResult", "Mapping", "guess_mapping"]
