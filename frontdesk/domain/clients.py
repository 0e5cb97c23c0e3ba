"""The clients' vocabulary: their language, what kind of number they gave, their consent."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    ENGLISH = "en"
    SPANISH = "es"


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    UNKNOWN = "unknown"


class ConsentStatus(StrEnum):
    NONE = "none"  # never asked / not recorded
    GRANTED = "granted"
    OPTED_OUT = "opted_out"
