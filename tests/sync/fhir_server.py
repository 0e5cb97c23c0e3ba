"""A FHIR-shaped server on loopback for the connector's tests: real HTTP, real JSON.

It serves /metadata (interactions configurable), SMART discovery and a token endpoint that
verifies the client's JWT assertion against a registered JWKS, Appointment search (date
prefixes, _lastUpdated, _count with opaque next links, _include), reads and PUT with
ETag / If-Match (412 on a stale version), DELETE recorded in _history, and
Appointment/_history?_since. Knobs inject 401, 429 with Retry-After or 500, and tokens can be
expired. Data: the official R4 examples from the shared fixtures, plus what tests put.
"""

from __future__ import annotations

import json
import secrets
import ssl
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt

from tests.sync.fhir_store import Store, stamp

ALL_INTERACTIONS = ("read", "vread", "update", "delete", "search-type", "history-type")


@dataclass
class Fault:
    """An answer given instead of the real one, `times` times, to requests under `path`."""

    status: int
    path: str = ""
    method: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    times: int = 1


@dataclass
class Seen:
    method: str
    path: str  # after the base path, with the query
    headers: dict[str, str]


class FhirTestServer:
    """Start with `with FhirTestServer() as server:`; `server.base_url` is the FHIR base."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.store = Store()
        self.tls = tls
        self.interactions: dict[str, set[str]] = {
            kind: set(ALL_INTERACTIONS) for kind in ("Appointment", "Patient", "Practitioner")}
        self.clients: dict[str, dict[str, Any]] = {}  # client id → registered JWKS
        self.bearer_tokens: set[str] = set()  # tokens issued by other means
        self.tokens: dict[str, float] = {}  # token → expiry (time.time)
        self.token_lifetime = 300
        self.token_requests: list[dict[str, Any]] = []  # what each grant carried
        self.refusals: list[str] = []  # why the token endpoint said no
        self.jtis: set[str] = set()
        self.honour_include = True
        self.faults: list[Fault] = []
        self.seen: list[Seen] = []
        self.pages: dict[str, list[list[dict[str, Any]]]] = {}
        self.lock = threading.RLock()
        self._httpd: ThreadingHTTPServer | None = None

    # ---- life ----------------------------------------------------------------------------

    def __enter__(self) -> FhirTestServer:
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        if self.tls is not None:
            httpd.socket = self.tls.wrap_socket(httpd.socket, server_side=True)
        httpd.fhir = self  # type: ignore[attr-defined]
        self._httpd = httpd
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._httpd is not None
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def origin(self) -> str:
        assert self._httpd is not None
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def base_url(self) -> str:
        return f"{self.origin}/fhir"

    @property
    def token_url(self) -> str:
        return f"{self.origin}/auth/token"

    # ---- knobs ----------------------------------------------------------------------------

    def register(self, client_id: str, jwks: dict[str, Any]) -> None:
        self.clients[client_id] = jwks

    def expire_tokens(self) -> None:
        with self.lock:
            self.tokens = dict.fromkeys(self.tokens, 0.0)

    def inject(self, status: int, path: str = "", method: str = "", times: int = 1,
               **headers: str) -> None:
        self.faults.append(Fault(status, path, method,
                                 {k.replace("_", "-"): v for k, v in headers.items()}, times))

    def requests_to(self, path: str, method: str = "GET") -> list[Seen]:
        return [s for s in self.seen if s.method == method and s.path.startswith(path)]

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if path.startswith(fault.path) and fault.method in ("", method):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    # ---- the token endpoint ----------------------------------------------------------------

    def grant(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        def refuse(why: str) -> tuple[int, dict[str, Any]]:
            self.refusals.append(why)
            return 401, {"error": "invalid_client", "error_description": why}

        if form.get("grant_type") != "client_credentials":
            return 400, {"error": "unsupported_grant_type"}
        if form.get("client_assertion_type") != (
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"):
            return refuse("wrong assertion type")
        assertion = form.get("client_assertion", "")
        try:
            header = jwt.get_unverified_header(assertion)
            claims = jwt.decode(assertion, options={"verify_signature": False})
            keys = self.clients[claims["iss"]]["keys"]
            # the key named by kid; else each registered key, as lenient servers do
            keys = [k for k in keys if k.get("kid") == header.get("kid")] or keys
            verified = self._verify(assertion, keys)
        except jwt.ExpiredSignatureError:
            return refuse("expired assertion")
        except jwt.InvalidAudienceError:
            return refuse("wrong audience")
        except jwt.InvalidSignatureError:
            return refuse("bad signature")
        except (jwt.PyJWTError, KeyError) as error:
            return refuse(f"unusable assertion: {type(error).__name__}")
        if verified["sub"] != verified["iss"] or verified["exp"] > time.time() + 310:
            return refuse("sub differs from iss, or exp more than five minutes ahead")
        if verified["jti"] in self.jtis:
            return refuse("jti used before")
        self.jtis.add(verified["jti"])
        token = secrets.token_urlsafe(24)
        with self.lock:
            self.tokens[token] = time.time() + self.token_lifetime
            self.token_requests.append({"header": header, "claims": verified,
                                        "scope": form.get("scope", "")})
        return 200, {"access_token": token, "token_type": "bearer",
                     "expires_in": self.token_lifetime, "scope": form.get("scope", "")}

    def _verify(self, assertion: str, keys: list[dict[str, Any]]) -> dict[str, Any]:
        for n, key in enumerate(keys):
            try:
                return jwt.decode(assertion, jwt.PyJWK.from_dict(key).key,
                                  algorithms=["ES384", "RS384"], audience=self.token_url,
                                  options={"require": ["exp", "iss", "sub", "jti", "aud"]})
            except jwt.InvalidSignatureError:
                if n == len(keys) - 1:
                    raise
        raise jwt.InvalidSignatureError("no key registered")

    def authorised(self, header: str | None) -> bool:
        token = (header or "").removeprefix("Bearer ").strip()
        if token in self.bearer_tokens:
            return True
        return self.tokens.get(token, 0.0) > time.time()

    # ---- FHIR answers ------------------------------------------------------------------

    def capability_statement(self) -> dict[str, Any]:
        return {"resourceType": "CapabilityStatement", "status": "active", "kind": "instance",
                "fhirVersion": "4.0.1", "format": ["json"],
                "date": stamp(self.store.now),
                "rest": [{"mode": "server", "resource": [
                    {"type": kind, "interaction": [{"code": c} for c in sorted(codes)]}
                    for kind, codes in self.interactions.items()]}]}

    def bundle(self, kind: str, token: str, index: int) -> dict[str, Any]:
        """One stored page of a search or history; the next link is opaque, as real servers
        make it."""
        pages = self.pages[token]
        links = [{"relation": "self",
                  "url": f"{self.base_url}?_getpages={token}&_getpagesoffset={index}"}]
        if index + 1 < len(pages):
            links.append({"relation": "next", "url": f"{self.base_url}?_getpages={token}"
                                                    f"&_getpagesoffset={index + 1}"
                                                    f"&_bundletype={kind}"})
        total = sum(1 for page in pages for e in page
                    if (e.get("search") or {}).get("mode", "match") == "match")
        return {"resourceType": "Bundle", "id": str(uuid.uuid4()), "type": kind,
                "meta": {"lastUpdated": stamp(self.store.now)}, "total": total,
                "link": links, "entry": pages[index] if pages else []}

    def search_pages(self, query: dict[str, list[str]], kind: str = "Appointment") -> str:
        """The matches in pages of `_count`, each followed by what `_include` asks for."""
        found = self.store.search(kind, query)
        count = int(query.get("_count", ["50"])[0])
        pages = []
        for start in range(0, len(found), count):
            chunk = found[start:start + count]
            page = [self._entry(r, "match") for r in chunk]
            if self.honour_include and query.get("_include"):
                page += [self._entry(r, "include")
                         for r in self.store.includes(chunk, query["_include"])]
            pages.append(page)
        return self.remember(pages)

    def _entry(self, resource: dict[str, Any], mode: str) -> dict[str, Any]:
        return {"fullUrl": f"{self.base_url}/{resource['resourceType']}/{resource['id']}",
                "resource": resource, "search": {"mode": mode}}

    def history_pages(self, since: str | None, count: int) -> str:
        entries = []
        for v in self.store.history_since("Appointment", since):
            entry: dict[str, Any] = {
                "fullUrl": f"{self.base_url}/Appointment/{v.rid}",
                "request": {"method": v.method, "url": f"Appointment/{v.rid}"},
                "response": {"status": "204" if v.method == "DELETE" else "200",
                             "lastModified": stamp(v.at), "etag": f'W/"{v.version}"'}}
            if v.resource is not None:
                entry["resource"] = v.resource
            entries.append(entry)
        return self.remember([entries[i:i + count] for i in range(0, len(entries), count)])

    def remember(self, pages: list[list[dict[str, Any]]]) -> str:
        token = uuid.uuid4().hex
        with self.lock:
            self.pages[token] = pages
        return token


def outcome(code: str, text: str) -> dict[str, Any]:
    return {"resourceType": "OperationOutcome",
            "issue": [{"severity": "error", "code": code, "diagnostics": text}]}


class _Handler(BaseHTTPRequestHandler):
    server_version = "FhirTest/1"

    def log_message(self, *args: object) -> None:
        pass

    @property
    def fhir(self) -> FhirTestServer:
        return self.server.fhir  # type: ignore[attr-defined, no-any-return]

    def _send(self, status: int, body: Any = None, headers: dict[str, str] | None = None,
              content_type: str = "application/fhir+json") -> None:
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if body is not None:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def do_GET(self) -> None:
        self._route("GET")

    def do_POST(self) -> None:
        self._route("POST")

    def do_PUT(self) -> None:
        self._route("PUT")

    def do_DELETE(self) -> None:
        self._route("DELETE")

    def _route(self, method: str) -> None:
        fhir = self.fhir
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        path = parts.path.removeprefix("/fhir").strip("/")
        fhir.seen.append(Seen(method, path + (f"?{parts.query}" if parts.query else ""),
                              dict(self.headers.items())))
        fault = fhir.take_fault(method, path)
        if fault is not None:
            self._body()
            self._send(fault.status, outcome("transient", "injected"), fault.headers)
            return
        if parts.path == "/auth/token" and method == "POST":
            form = {k: v[0] for k, v in parse_qs(self._body().decode()).items()}
            status, body = fhir.grant(form)
            self._send(status, body, content_type="application/json")
            return
        if path == ".well-known/smart-configuration":
            self._send(200, {"token_endpoint": fhir.token_url,
                             "token_endpoint_auth_methods_supported": ["private_key_jwt"],
                             "token_endpoint_auth_signing_alg_values_supported":
                                 ["RS384", "ES384"],
                             "grant_types_supported": ["client_credentials"]},
                       content_type="application/json")
            return
        if path == "metadata":
            self._send(200, fhir.capability_statement())
            return
        if not fhir.authorised(self.headers.get("Authorization")):
            self._send(401, outcome("login", "token missing, unknown or expired"),
                       {"WWW-Authenticate": 'Bearer error="invalid_token"'})
            return
        self._data(method, path, query)

    def _data(self, method: str, path: str, query: dict[str, list[str]]) -> None:
        fhir, store = self.fhir, self.fhir.store
        if path == "" and "_getpages" in query:
            token = query["_getpages"][0]
            if token not in fhir.pages:
                self._send(410, outcome("not-found", "paging context expired"))
                return
            kind = query.get("_bundletype", ["searchset"])[0]
            self._send(200, fhir.bundle(kind, token, int(query["_getpagesoffset"][0])))
            return
        segments = path.split("/")
        kind = segments[0]
        if path in ("Appointment", "Patient") and method == "GET":
            if "search-type" not in fhir.interactions[path]:
                self._send(403, outcome("forbidden", "searching this type is not allowed"))
                return
            self._send(200, fhir.bundle("searchset", fhir.search_pages(query, path), 0))
            return
        if path == "Appointment/_history" and method == "GET":
            if "history-type" not in fhir.interactions["Appointment"]:
                self._send(405, outcome("not-supported", "no history here"))
                return
            token = fhir.history_pages(query.get("_since", [None])[0],
                                       int(query.get("_count", ["50"])[0]))
            self._send(200, fhir.bundle("history", token, 0))
            return
        if len(segments) != 2:
            self._send(404, outcome("not-found", "no such route"))
            return
        rid = segments[1]
        if method == "GET":
            found = store.get(kind, rid)
            if found is None:
                gone = (kind, rid) in store.deleted
                self._send(410 if gone else 404, outcome("not-found", "no such resource"))
                return
            self._send(200, found, {"ETag": f'W/"{found["meta"]["versionId"]}"'})
        elif method == "PUT":
            self._put(kind, rid)
        elif method == "DELETE":
            store.delete(kind, rid)
            self._send(204)
        else:
            self._send(405, outcome("not-supported", "method not allowed"))

    def _put(self, kind: str, rid: str) -> None:
        fhir, store = self.fhir, self.fhir.store
        body = json.loads(self._body() or b"{}")
        if "update" not in fhir.interactions.get(kind, set()):
            self._send(405, outcome("not-supported", "update not supported"))
            return
        if body.get("resourceType") != kind or body.get("id") != rid:
            self._send(400, outcome("invalid", "resource type or id does not match the URL"))
            return
        with store.lock:
            current = store.get(kind, rid)
            wanted = self.headers.get("If-Match")
            if current is not None and wanted is not None and (
                    wanted != f'W/"{current["meta"]["versionId"]}"'):
                self._send(412, outcome("conflict", "version conflict (If-Match)"))
                return
            saved = store.put(body)
        self._send(200, saved, {"ETag": f'W/"{saved["meta"]["versionId"]}"',
                                "Last-Modified": saved["meta"]["lastUpdated"]})
