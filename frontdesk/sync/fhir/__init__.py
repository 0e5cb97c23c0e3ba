"""The FHIR R4 connector: SMART Backend Services or bearer-token auth, appointment reads by
window and by `_lastUpdated`, deletions from `_history`, and write-back with If-Match."""

from frontdesk.sync.fhir.client import Capabilities, FhirClient
from frontdesk.sync.fhir.reader import FhirConnector
from frontdesk.sync.fhir.smart import (
    BearerToken,
    SmartBackendAuth,
    generate_private_key,
    public_jwks,
)
from frontdesk.sync.fhir.writeback import FhirWriteBack

__all__ = [
    "BearerToken",
    "Capabilities",
    "FhirClient",
    "FhirConnector",
    "FhirWriteBack",
    "SmartBackendAuth",
    "generate_private_key",
    "public_jwks",
]
