"""FHIR REST over httpx: authorised requests, a refused token renewed once, searches paged by
following the server's own `next` links, reads by reference, and the CapabilityStatement."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from frontdesk.sync.errors import SyncError
from frontdesk.sync.fhir.smart import Auth, BearerToken
from frontdesk.sync.http import RetryPolicy, host_of, make_client, send

FHIR_JSON = "application/fhir+json"
MAX_PAGES = 10_000  # a server whose next links never end is a server bug, not a big practice
WHAT = "The FHIR server"

JsonObject = dict[str, Any]


@dataclass(frozen=True)
class Capabilities:
    """Which interactions the server's CapabilityStatement lists, per resource type."""

    interactions: Mapping[str, frozenset[str]]

    def supports(self, resource_type: str, interaction: str) -> bool:
        return interaction in self.interactions.get(resource_type, frozenset())

    @classmethod
    def from_statement(cls, statement: JsonObject) -> Capabilities:
        found: dict[str, frozenset[str]] = {}
        for rest in statement.get("rest") or []:
            if not isinstance(rest, dict) or rest.get("mode", "server") != "server":
                continue
            for resource in rest.get("resource") or []:
                if not isinstance(resource, dict) or not isinstance(resource.get("type"), str):
                    continue
                codes = {i.get("code") for i in resource.get("interaction") or []
                         if isinstance(i, dict)}
                found[resource["type"]] = frozenset(c for c in codes if isinstance(c, str))
        return cls(found)


def split_reference(reference: str, base_url: str = "") -> tuple[str, str] | None:
    """("Patient", "123") from "Patient/123", "Patient/123/_history/4" or an absolute URL on
    this server; None for a contained ("#p1") or foreign reference."""
    text = reference.strip()
    if not text or text.startswith("#"):
        return None
    if "://" in text:
        base = base_url.rstrip("/") + "/"
        if not base_url or not text.startswith(base):
            return None
        text = text[len(base):]
    parts = text.split("/")
    if len(parts) >= 4 and parts[2] == "_history":
        parts = parts[:2]
    if len(parts) != 2 or not all(parts):
        return None
    return parts[0], parts[1]


class FhirClient:
    """One FHIR server. `ca_bundle` adds a private CA to the trusted ones; TLS is always
    verified. `sleep` is what waits between retries (tests pass a recorder)."""

    def __init__(
        self,
        base_url: str,
        auth: Auth,
        *,
        client: httpx.Client | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        policy: RetryPolicy = RetryPolicy(),  # noqa: B008 (frozen, so sharing it is safe)
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.http = client if client is not None else make_client(ca_bundle)
        self.sleep = sleep
        self.policy = policy
        self._capabilities: Capabilities | None = None

    def close(self) -> None:
        self.http.close()

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = None,
        passthrough: Collection[int] = (),
    ) -> httpx.Response:
        """An authorised request; a 401 drops the token and tries once more with a new one
        (a fixed bearer token cannot be renewed: its first refusal is final)."""
        renewable = not isinstance(self.auth, BearerToken)
        for attempt in (1, 2) if renewable else (2,):
            sent = {"Accept": FHIR_JSON, **(headers or {}),
                    "Authorization": self.auth.authorization()}
            response = send(self.http, method, url, what=WHAT, params=params, headers=sent,
                            json=json, passthrough={401, *passthrough}, policy=self.policy,
                            sleep=self.sleep)
            if response.status_code != 401:
                return response
            response.close()
            self.auth.invalidate()
            if attempt == 2:
                break
        if not renewable:
            raise SyncError(
                "auth",
                f"The FHIR server at {host_of(url)} refused the access token saved for this "
                "source (HTTP 401). It may have expired or been withdrawn: get a new one from the "
                "EHR and save it in this source's settings.",
            )
        raise SyncError(
            "auth",
            f"The FHIR server at {host_of(url)} refused FrontDesk's access token twice (HTTP "
            "401), once with a freshly issued one. Check that this client is still enabled in "
            "the EHR and has the system scopes for Appointment, Patient and Practitioner.",
        )

    def get_json(self, url: str, params: Mapping[str, Any] | None = None,
                 passthrough: Collection[int] = ()) -> tuple[JsonObject | None, httpx.Response]:
        """The answer's JSON object (None for a passed-through error status) and the answer."""
        response = self.request("GET", url, params=params, passthrough=passthrough)
        if response.status_code >= 400:
            return None, response
        return self._json(response, url), response

    @staticmethod
    def _json(response: httpx.Response, url: str) -> JsonObject:
        try:
            body = response.json()
        except ValueError as error:
            raise SyncError(
                "malformed",
                f"The FHIR server at {host_of(url)} answered with something that is not JSON "
                f"(HTTP {response.status_code}). Check that the base URL is the FHIR endpoint.",
            ) from error
        if not isinstance(body, dict) or not isinstance(body.get("resourceType"), str):
            raise SyncError(
                "malformed",
                f"The FHIR server at {host_of(url)} answered with JSON that is not a FHIR "
                "resource. Check that the base URL is the FHIR endpoint.",
            )
        return body

    def capabilities(self) -> Capabilities:
        """The CapabilityStatement's interactions, read once per client."""
        if self._capabilities is None:
            body, _ = self.get_json(self.url("metadata"))
            assert body is not None
            self._capabilities = Capabilities.from_statement(body)
        return self._capabilities

    def read(self, resource_type: str, resource_id: str) -> JsonObject | None:
        """One resource by id; None when the server has no such record (404 or 410)."""
        body, _ = self.get_json(self.url(f"{resource_type}/{resource_id}"),
                                passthrough=(404, 410))
        return body

    def pages(self, path: str, params: Mapping[str, Any]) -> Iterator[JsonObject]:
        """Each Bundle of a search or history, following `link[next]` exactly as given."""
        url: str | None = self.url(path)
        query: Mapping[str, Any] | None = params
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            assert url is not None
            body, _ = self.get_json(url, params=query)
            assert body is not None
            if body["resourceType"] != "Bundle":
                raise SyncError(
                    "malformed",
                    f"The FHIR server at {host_of(url)} answered a search with a "
                    f"{body['resourceType'][:40]} instead of a Bundle.",
                )
            yield body
            url = self._next_link(body)
            if url is None:
                return
            if url in seen:
                raise SyncError("malformed", f"The FHIR server at {host_of(url)} sent a next "
                                "link that points back to a page already read; stopped there.")
            seen.add(url)
            query = None  # the next link carries the whole query
        raise SyncError("malformed", f"The FHIR server at {host_of(self.base_url)} kept sending "
                        f"next links past {MAX_PAGES} pages; stopped there.")

    def _next_link(self, bundle: JsonObject) -> str | None:
        """The next page's address as the server gave it (a relative one joined to the base);
        refused when it leaves this server or drops TLS, since the token goes with it."""
        for link in bundle.get("link") or []:
            if not isinstance(link, dict) or link.get("relation") != "next":
                continue
            target = link.get("url")
            if not isinstance(target, str) or not target:
                return None
            if "://" not in target:
                target = str(httpx.URL(self.base_url + "/").join(target))
            base = httpx.URL(self.base_url)
            moved = httpx.URL(target)
            if moved.host != base.host or moved.port != base.port or moved.scheme != base.scheme:
                raise SyncError(
                    "malformed",
                    f"The FHIR server at {host_of(self.base_url)} sent a next-page link to "
                    f"another address ({host_of(target)}); FrontDesk does not send its token "
                    "there. Check the server's public base URL setting.",
                )
            return target
        return None
