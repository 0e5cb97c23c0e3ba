"""Calendly's v2 API over httpx: the personal access token sent to Calendly's own host only,
lists paged by `pagination.next_page`, and refusals explained in words for IT."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from frontdesk.sync.errors import SyncError
from frontdesk.sync.http import DEFAULT_RETRY, RetryPolicy, host_of, send

API_BASE = "https://api.calendly.com"
WHAT = "Calendly"
MAX_PAGES = 2_000  # a list whose next pages never end is Calendly's bug, not a big practice
REFUSED = "Calendly refused the personal access token"
RENEW = ("Create a new personal access token in Calendly (Integrations, API and webhooks) and "
         "enter it in this source's settings.")

JsonObject = dict[str, Any]


class Forbidden(SyncError):
    """HTTP 403: the token is valid but may not see what was asked (an organization's events
    for a token that is not an admin's). The connector catches it where 403 has a meaning."""

    def __init__(self, host: str) -> None:
        super().__init__("auth", f"{WHAT} refused access (HTTP 403 at {host}): the token is "
                         "valid but its user may not read these events. Use a token of the "
                         "practice's Calendly owner or admin, or of the clinician whose events "
                         "FrontDesk should read.")


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


class CalendlyApi:
    """Requests to one Calendly API base with one token. `client` is owned by the caller."""

    def __init__(self, client: httpx.Client, token: str, *, base_url: str = API_BASE,
                 sleep: Callable[[float], None] = time.sleep,
                 policy: RetryPolicy = DEFAULT_RETRY) -> None:
        if not token.strip():
            raise SyncError("config", f"{WHAT}: no personal access token is set. {RENEW}")
        self._client = client
        self._token = token.strip()
        self.base_url = base_url.rstrip("/")
        self._sleep = sleep
        self._policy = policy

    def _url(self, path: str) -> str:
        return path if "://" in path else f"{self.base_url}/{path.lstrip('/')}"

    def get(self, path: str, params: Mapping[str, Any] | None = None, *,
            missing_ok: bool = False) -> JsonObject | None:
        """One JSON object from the API; None for 404 when `missing_ok`. Raises Forbidden for
        403 and SyncError for everything else that is not an answer."""
        url = self._url(path)
        if _origin(url) != _origin(self.base_url):
            raise SyncError("server", f"{WHAT} pointed FrontDesk to another host "
                            f"({host_of(url)}); the token is only sent to "
                            f"{host_of(self.base_url)}.")
        # An empty mapping would replace the query of a next_page link given as it is.
        response = send(self._client, "GET", url, what=WHAT, params=params or None,
                        headers={"Authorization": f"Bearer {self._token}",
                                 "Accept": "application/json"},
                        passthrough=(401, 403, 404), sleep=self._sleep, policy=self._policy)
        status = response.status_code
        if status == 401:
            raise SyncError("auth", f"{REFUSED} (HTTP 401 at {host_of(url)}): it was revoked, "
                            f"has expired or was mistyped. {RENEW}")
        if status == 403:
            raise Forbidden(host_of(url))
        if status == 404:
            if missing_ok:
                return None
            raise SyncError("not_found", f"{WHAT} answered that a list or record FrontDesk "
                            f"asked for does not exist (HTTP 404 at {host_of(url)}). Check the "
                            "API address in this source's settings.")
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise SyncError("malformed", f"{WHAT} answered with something that is not a JSON "
                            f"object (HTTP {status} at {host_of(url)}). If this repeats, check "
                            "the API address in this source's settings.")
        return body

    def pages(self, path: str, params: Mapping[str, Any]) -> Iterator[list[JsonObject]]:
        """Each page's `collection`, following `pagination.next_page` as given when it is on
        the API's host; otherwise (or when only a token is given) asking the same list again
        with `page_token`, so the token never goes to another host."""
        url, query = self._url(path), dict(params)
        for _ in range(MAX_PAGES):
            body = self.get(url, query)
            assert body is not None
            collection = body.get("collection")
            if not isinstance(collection, list):
                raise SyncError("malformed", f"{WHAT} answered a list request without its "
                                "`collection` of records. If this repeats, tell FrontDesk's "
                                "support.")
            yield [item for item in collection if isinstance(item, dict)]
            pagination = body.get("pagination")
            paging = pagination if isinstance(pagination, dict) else {}
            following = paging.get("next_page")
            token = paging.get("next_page_token")
            if isinstance(following, str) and following.strip():
                if _origin(following) == _origin(self.base_url):
                    url, query = following.strip(), {}
                    continue
                given = parse_qs(urlsplit(following).query).get("page_token") or [""]
                token = token or given[0]
            if not isinstance(token, str) or not token:
                return
            url, query = self._url(path), {**dict(params), "page_token": token}
        raise SyncError("server", f"{WHAT} kept answering with more pages after {MAX_PAGES}; "
                        "reading stopped. If this repeats, tell FrontDesk's support.")

    def me(self) -> tuple[str, str]:
        """The token's user URI and that user's organization URI (GET /users/me)."""
        body = self.get("users/me")
        resource = body.get("resource") if body else None
        user = resource.get("uri") if isinstance(resource, dict) else None
        organization = resource.get("current_organization") if isinstance(resource,
                                                                           dict) else None
        if not isinstance(user, str) or not isinstance(organization, str):
            raise SyncError("malformed", f"{WHAT} did not say which user and organization the "
                            "token belongs to (GET /users/me). Check the API address in this "
                            "source's settings.")
        return user, organization
