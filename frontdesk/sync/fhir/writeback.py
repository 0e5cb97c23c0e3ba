"""Writing a client's confirmation or cancellation back to the EHR's Appointment.

Always read first for the ETag, then PUT the same resource, changed only where needed, with
If-Match. On 412 (or 409) the appointment is read again: if it is still the same one in
substance (same start, still to happen) the change is applied to the new version once more;
otherwise staff get a conflict to resolve in the EHR. The resource is edited as JSON, so
fields FrontDesk does not know are sent back untouched.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import httpx

from frontdesk.domain.sync import SourceStatus, WriteOutcome, WriteResult
from frontdesk.sync.errors import SyncError
from frontdesk.sync.fhir.client import FHIR_JSON, FhirClient, JsonObject, split_reference
from frontdesk.sync.fhir.mapping import STATUSES

CANCELLATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason"
# The codes of the official code system (R4), with their displays.
CANCELLATION_REASONS = {
    "pat": "Patient",
    "pat-crs": "Patient: Canceled via automated reminder system",
    "pat-cpp": "Patient: Canceled via Patient Portal",
    "pat-dec": "Patient: Deceased",
    "pat-fb": "Patient: Feeling Better",
    "pat-lt": "Patient: Lack of Transportation",
    "pat-mt": "Patient: Member Terminated",
    "pat-mv": "Patient: Moved",
    "pat-preg": "Patient: Pregnant",
    "pat-swl": "Patient: Scheduled from Wait List",
    "pat-ucp": "Patient: Unhappy/Changed Provider",
    "prov": "Provider",
    "prov-pers": "Provider: Personal",
    "prov-dch": "Provider: Discharged",
    "prov-edu": "Provider: Edu/Meeting",
    "prov-hosp": "Provider: Hospitalized",
    "prov-labs": "Provider: Labs Out of Acceptable Range",
    "prov-mri": "Provider: MRI Screening Form Marked Do Not Proceed",
    "prov-onc": "Provider: Oncology Treatment Plan Changes",
    "maint": "Equipment Maintenance/Repair",
    "meds-inc": "Prep/Med Incomplete",
    "other": "Other",
    "oth-cms": "Other: CMS Therapy Cap Service Not Authorized",
    "oth-err": "Other: Error",
    "oth-fin": "Other: Financial",
    "oth-iv": "Other: Improper IV Access/Infiltrate IV",
    "oth-int": "Other: No Interpreter Available",
    "oth-mu": "Other: Prep/Med/Results Unavailable",
    "oth-room": "Other: Room/Resource Maintenance",
    "oth-oerr": "Other: Schedule Order Error",
    "oth-swie": "Other: Silent Walk In Error",
    "oth-weath": "Other: Weather",
}
CHANGED_IN_EHR = ("changed in the EHR after FrontDesk read it (moved, cancelled or otherwise "
                  "no longer the same booking); staff should check it in the EHR")


class _Refused(Exception):
    """A change that does not apply to the appointment as it now stands."""

    def __init__(self, result: WriteResult) -> None:
        super().__init__(result.detail)
        self.result = result


# A change edits the resource in place and says whether anything was changed.
Change = Callable[[JsonObject], bool]


class FhirWriteBack:
    """Confirmations and cancellations for one FHIR server."""

    def __init__(self, client: FhirClient) -> None:
        self.client = client

    def confirm(self, external_id: str, client_id: str | None = None) -> WriteResult:
        """The Patient participant (only `client_id`'s, if given) set to `accepted`."""
        return self._set_participants(external_id, client_id, "accepted", "confirmed")

    def decline(self, external_id: str, client_id: str) -> WriteResult:
        """One Patient participant of a group session set to `declined`: the client will not
        come, and the session goes on for the others."""
        return self._set_participants(external_id, client_id, "declined", "changed")

    def _set_participants(self, external_id: str, client_id: str | None, status: str,
                          verb: str) -> WriteResult:
        def change(resource: JsonObject) -> bool:
            _require_upcoming(resource, verb)
            patients = _patient_participants(resource, self.client.base_url, client_id)
            if not patients:
                raise _Refused(WriteResult(WriteOutcome.NOT_ALLOWED,
                                           "the appointment has no such patient participant"))
            changed = [p for p in patients if p.get("status") != status]
            for participant in changed:
                participant["status"] = status
            return bool(changed)

        return self._write(external_id, change)

    def cancel(self, external_id: str, reason_code: str = "pat", text: str = "") -> WriteResult:
        """`status=cancelled` with `cancelationReason` from the official code system."""
        if reason_code not in CANCELLATION_REASONS:
            raise ValueError(f"unknown cancellation reason code {reason_code!r}")
        display = CANCELLATION_REASONS[reason_code]

        def cancel(resource: JsonObject) -> bool:
            if resource.get("status") == "cancelled":
                return False
            _require_upcoming(resource, "cancelled")
            resource["status"] = "cancelled"
            resource["cancelationReason"] = {
                "coding": [{"system": CANCELLATION_SYSTEM, "code": reason_code,
                            "display": display}],
                "text": text or display,
            }
            return True

        return self._write(external_id, cancel)

    # ---- read, change, write ------------------------------------------------------------

    def _write(self, external_id: str, change: Change) -> WriteResult:
        try:
            if not self.client.capabilities().supports("Appointment", "update"):
                return WriteResult(
                    WriteOutcome.NOT_ALLOWED,
                    "the EHR's FHIR server does not accept updates to appointments (its "
                    "CapabilityStatement lists no update for Appointment); make the change in "
                    "the EHR",
                )
            return self._read_change_put(external_id, change, retry=True)
        except _Refused as refused:
            return refused.result
        except SyncError as error:
            return WriteResult(WriteOutcome.FAILED, f"{error.message} ({error.kind})")

    def _read_change_put(self, external_id: str, change: Change, *, retry: bool,
                         before: JsonObject | None = None) -> WriteResult:
        resource, etag = self._read(external_id)
        if before is not None and not _same_booking(before, resource):
            return WriteResult(WriteOutcome.CONFLICT, f"the appointment was {CHANGED_IN_EHR}")
        original = copy.deepcopy(resource)
        if not change(resource):
            return WriteResult(WriteOutcome.WRITTEN, "already so in the EHR", _bare(etag))
        url = self.client.url(f"Appointment/{external_id}")
        response = self.client.request(
            "PUT", url, json=resource, passthrough=(400, 403, 404, 409, 410, 412, 422),
            headers={"If-Match": etag, "Content-Type": FHIR_JSON})
        status = response.status_code
        if status in (409, 412):
            if not retry:
                return WriteResult(WriteOutcome.CONFLICT, "the appointment kept changing in "
                                   "the EHR while FrontDesk wrote to it; staff should check it")
            return self._read_change_put(external_id, change, retry=False, before=original)
        if status in (404, 410):
            return WriteResult(WriteOutcome.CONFLICT, "the appointment no longer exists in "
                               "the EHR")
        if status == 403:
            return WriteResult(WriteOutcome.NOT_ALLOWED, "the EHR refused the change (HTTP "
                               "403): FrontDesk's client lacks write access to appointments "
                               "(a system/Appointment.u scope)")
        if status in (400, 422):
            return WriteResult(WriteOutcome.NOT_ALLOWED, f"the EHR refused the changed "
                               f"appointment as invalid (HTTP {status})")
        return WriteResult(WriteOutcome.WRITTEN, "", _new_version(response))

    def _read(self, external_id: str) -> tuple[JsonObject, str]:
        body, response = self.client.get_json(self.client.url(f"Appointment/{external_id}"),
                                              passthrough=(404, 410))
        if body is None:
            raise _Refused(WriteResult(WriteOutcome.CONFLICT,
                                       "the appointment no longer exists in the EHR"))
        version = (body.get("meta") or {}).get("versionId")
        etag = response.headers.get("ETag") or (f'W/"{version}"' if version else "")
        if not etag:
            raise _Refused(WriteResult(
                WriteOutcome.NOT_ALLOWED,
                "the EHR gives appointments no version (no ETag), so FrontDesk cannot change "
                "one without risking overwriting someone else's edit"))
        return body, etag


def _require_upcoming(resource: JsonObject, verb: str) -> None:
    status = STATUSES.get(str(resource.get("status", "")))
    if status is not SourceStatus.BOOKED:
        raise _Refused(WriteResult(
            WriteOutcome.CONFLICT,
            f"the appointment cannot be {verb}: the EHR has it as "
            f"{str(resource.get('status', 'unknown'))[:30]}"))


def _patient_participants(resource: JsonObject, base_url: str,
                          client_id: str | None) -> list[dict[str, Any]]:
    found = []
    for participant in resource.get("participant") or []:
        actor = participant.get("actor") if isinstance(participant, dict) else None
        reference = actor.get("reference") if isinstance(actor, dict) else None
        target = split_reference(reference, base_url) if isinstance(reference, str) else None
        if target and target[0] == "Patient" and client_id in (None, target[1]):
            found.append(participant)
    return found


def _same_booking(before: JsonObject, now: JsonObject) -> bool:
    """Still the same appointment in substance: the same start, and still to happen."""
    upcoming = STATUSES.get(str(now.get("status", ""))) is SourceStatus.BOOKED
    return before.get("start") == now.get("start") and upcoming


def _bare(etag: str) -> str:
    """The version inside an ETag: W/"3" → 3."""
    return etag.removeprefix("W/").strip('"')


def _new_version(response: httpx.Response) -> str:
    etag = response.headers.get("ETag")
    if etag:
        return _bare(etag)
    try:
        body = response.json()
    except ValueError:
        return ""
    meta = body.get("meta") if isinstance(body, dict) else None
    return str(meta.get("versionId", "")) if isinstance(meta, dict) else ""
