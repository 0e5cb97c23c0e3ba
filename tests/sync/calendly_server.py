"""A Calendly-shaped API on loopback, fed with the saved Calendly payloads.

It answers GET /users/me, /scheduled_events (by user or, for an admin, by organization; the
window, status, sort, count and page_token filters), /scheduled_events/{uuid} and its
/invitees (paged) and /invitees/{uuid}, with a Bearer token check. Pagination comes in the
current shape (next_page plus next_page_token…) or the older one (count and next_page only).
Saved list pages can also be served as they are, by path and page token. A script of answers
(429, 5xx) can be given out first, one per request.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qs, urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT.parent / "shared" / "fixtures" / "sync" / "calendly"
CALENDLY = "https://api.calendly.com"
USER = f"{CALENDLY}/users/U001"
ORGANIZATION = f"{CALENDLY}/organizations/ORG001"
TOKEN = "pat-test-token"

Json = dict[str, Any]


def fixture(name: str) -> Json:
    """One saved Calendly payload, read from the shared fixtures (never copied into the repo)."""
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def _when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass
class CalendlyState:
    token: str = TOKEN
    user: str = USER
    organization: str = ORGANIZATION
    admin: bool = True
    forbid_user: bool = False  # the user's own events refused too (a token without the scope)
    shape: Literal["tokens", "legacy"] = "tokens"
    events: list[Json] = field(default_factory=list)
    invitees: dict[str, list[Json]] = field(default_factory=dict)  # by event uuid
    # Saved pages served as they are: (path, page_token or None) → body.
    verbatim: dict[tuple[str, str | None], Json] = field(default_factory=dict)
    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # path, query
    authorizations: list[str] = field(default_factory=list)

    def add(self, event: Json, *invitees: Json) -> None:
        """An event and its invitees; each invitee's `event` points at the event."""
        uuid = event["uri"].rstrip("/").rsplit("/", 1)[-1]
        self.events.append(event)
        self.invitees.setdefault(uuid, []).extend(invitees)

    def paths(self, prefix: str = "") -> list[str]:
        return [path for path, _ in self.requests if path.startswith(prefix)]


class _Handler(BaseHTTPRequestHandler):
    state: CalendlyState
    base: str

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: Json | None = None,
              headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        state = self.state
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        state.requests.append((parts.path, query))
        state.authorizations.append(self.headers.get("Authorization", ""))
        if state.script:
            status, headers = state.script.pop(0)
            self._send(status, {"title": "Error", "message": "scripted"}, headers)
            return
        if self.headers.get("Authorization") != f"Bearer {state.token}":
            self._send(401, {"title": "Unauthenticated",
                             "message": "The access token is invalid"})
            return
        saved = state.verbatim.get((parts.path, query.get("page_token")))
        if saved is not None:
            self._send(200, self._rebased(saved))
            return
        segments = [s for s in parts.path.split("/") if s]
        if segments == ["users", "me"]:
            self._send(200, {"resource": {"uri": state.user, "name": "Test Host",
                                          "current_organization": state.organization}})
        elif segments == ["scheduled_events"]:
            self._events(query)
        elif len(segments) == 2 and segments[0] == "scheduled_events":
            found = [e for e in state.events if e["uri"].endswith(f"/{segments[1]}")]
            self._send(200, {"resource": found[0]}) if found else self._missing()
        elif len(segments) == 3 and segments[::2] == ["scheduled_events", "invitees"]:
            people = state.invitees.get(segments[1])
            if people is None:
                self._missing()
                return
            if "status" in query:
                people = [i for i in people if i.get("status") == query["status"]]
            self._page(people, query, parts.path)
        elif len(segments) == 4 and segments[0] == "scheduled_events":
            found = [i for i in state.invitees.get(segments[1], [])
                     if i["uri"].endswith(f"/{segments[3]}")]
            self._send(200, {"resource": found[0]}) if found else self._missing()
        else:
            self._missing()

    def _missing(self) -> None:
        self._send(404, {"title": "Resource Not Found", "message": "not found"})

    def _rebased(self, body: Json) -> Json:
        body = copy.deepcopy(body)
        following = body.get("pagination", {}).get("next_page")
        if isinstance(following, str) and following.startswith(CALENDLY):
            body["pagination"]["next_page"] = self.base + following[len(CALENDLY):]
        return body

    def _events(self, query: dict[str, str]) -> None:
        state = self.state
        scopes = [k for k in ("user", "organization", "group") if k in query]
        if len(scopes) != 1:
            self._send(400, {"title": "Invalid Argument",
                             "message": "one of user, organization or group is required"})
            return
        if "organization" in query:
            if not state.admin or query["organization"] != state.organization:
                self._send(403, {"title": "Permission Denied",
                                 "message": "You do not have permission"})
                return
            events = list(state.events)
        elif query.get("user") != state.user or state.forbid_user:
            self._send(403, {"title": "Permission Denied",
                             "message": "You do not have permission"})
            return
        else:
            events = [e for e in state.events
                      if any(m.get("user") == state.user for m in e["event_memberships"])]
        if "min_start_time" in query:
            events = [e for e in events
                      if _when(e["start_time"]) >= _when(query["min_start_time"])]
        if "max_start_time" in query:
            events = [e for e in events
                      if _when(e["start_time"]) < _when(query["max_start_time"])]
        if "status" in query:
            events = [e for e in events if e["status"] == query["status"]]
        events.sort(key=lambda e: _when(e["start_time"]),
                    reverse=query.get("sort") == "start_time:desc")
        self._page(events, query, "/scheduled_events")

    def _page(self, items: list[Json], query: dict[str, str], path: str) -> None:
        count = int(query.get("count", "20"))
        if not 1 <= count <= 100:
            self._send(400, {"title": "Invalid Argument", "message": "count"})
            return
        offset = int(query.get("page_token", "tok-0").removeprefix("tok-"))
        page = items[offset:offset + count]
        more = offset + count < len(items)
        token = f"tok-{offset + count}" if more else None
        following = None
        if token is not None:
            following = f"{self.base}{path}?{urlencode({**query, 'page_token': token})}"
        pagination: Json = {"count": len(page), "next_page": following}
        if self.state.shape == "tokens":
            pagination |= {"previous_page": None, "next_page_token": token,
                           "previous_page_token": None}
        self._send(200, {"collection": page, "pagination": pagination})


class CalendlyServer:
    """`with CalendlyServer() as server:`; `server.url` is the API base to give the connector."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.state = CalendlyState()
        self._tls = tls
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        handler = type("Handler", (_Handler,), {"state": self.state, "base": self.url})
        self._server.RequestHandlerClass = handler
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        scheme = "https" if self._tls else "http"
        return f"{scheme}://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> CalendlyServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


# ---- bookings built from the saved payloads ----------------------------------------------

def at(text: str) -> dt.datetime:
    return _when(text).astimezone(dt.UTC)


def event(uuid: str, start: str, *, minutes: int = 50, status: str = "active",
          limit: int = 1, host: str = USER, **fields: Any) -> Json:
    """A scheduled event shaped like the saved one-on-one Google Meet event (EV013)."""
    made = copy.deepcopy(fixture("koshilife-scheduled_events_002_page1")["collection"][0])
    begins = at(start)
    made.update(uri=f"{CALENDLY}/scheduled_events/{uuid}", status=status,
                start_time=begins.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                end_time=(begins + dt.timedelta(minutes=minutes)).strftime(
                    "%Y-%m-%dT%H:%M:%S.%fZ"),
                event_memberships=[{"user": host}])
    made["invitees_counter"] = {"active": 1, "limit": limit, "total": 1}
    made.update(fields)
    return made


def invitee(event_uuid: str, uuid: str, email: str = "foobar@example.com",
            **fields: Any) -> Json:
    """An invitee shaped like the saved active one (EV201's INV001), moved to `event_uuid`."""
    made = copy.deepcopy(fixture("koshilife-scheduled_event_invitees_201_page2")["collection"][0])
    made.update(uri=f"{CALENDLY}/scheduled_events/{event_uuid}/invitees/{uuid}",
                event=f"{CALENDLY}/scheduled_events/{event_uuid}", email=email)
    made.update(fields)
    return made


def invitee_uri(event_uuid: str, uuid: str = "INV001") -> str:
    return f"{CALENDLY}/scheduled_events/{event_uuid}/invitees/{uuid}"


class Sleeps(list[float]):
    """Records each wait instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def connector(server: CalendlyServer, *, now: str = "2020-06-01T00:00:00Z",
              sleeps: Sleeps | None = None, **options: Any) -> Any:
    """The real connector pointed at the loopback server, with a fixed clock."""
    from frontdesk.sync.calendly import CalendlyConnector
    from frontdesk.sync.http import RetryPolicy

    options.setdefault("token", TOKEN)
    return CalendlyConnector(
        base_url=server.url, sleep=sleeps if sleeps is not None else Sleeps(),
        policy=RetryPolicy(attempts=3, backoff=0.5, max_wait=60.0),
        now=lambda: at(now), **options)
