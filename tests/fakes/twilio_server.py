"""A Twilio-shaped HTTP server on 127.0.0.1, driven through the real `twilio` client.

It speaks the 2010-04-01 Messages API with Twilio's JSON shapes (resource fields, list paging,
error bodies `{"code", "message", "more_info", "status"}`) and the error codes the reminder
channel must classify. Behaviour worth knowing:

- POST .../Messages.json answers 201 with status "queued" and `date_sent` null, as Twilio
  does; `date_sent` is set when the message moves to "sent".
- Status moves one step on every GET of that message (unless `auto_advance=False`) and on
  `advance()`: queued -> sent -> delivered, or -> undelivered / failed with the number's
  error code. Listing does not move anything.
- DateSent, DateSent> and DateSent< filter on the GMT *date* of `date_sent` (inclusive);
  messages not yet sent (no `date_sent`) never match a DateSent filter.
- Per-number rules: `set_rule(number, "landline")` etc., see RULES.
- One-shot faults for the next POSTs: `fail_next("timeout_after_accept", times=1)`, see FAULTS.
- `server.now` is the clock (a callable returning an aware datetime); replace it in tests.
- `server.sent` lists every accepted outbound message, for exactly-once assertions.
- WhatsApp's 24-hour rule: free text to "whatsapp:+1…" with no inbound message from that
  address in the last 24 hours is accepted, then fails with 63016, as on Twilio; a
  ContentSid (an approved template, worded from `server.templates`) always goes.

Use it in a test module under tests/ (pytest's default import mode puts tests/ on sys.path,
as tests/ has no __init__.py); the import brings in the `twilio_server` fixture:

    from fakes.twilio_server import TwilioServer, twilio_server_fixture  # noqa: F401
"""

from __future__ import annotations

import base64
import json
import operator
import re
import secrets
import ssl
import threading
from collections import deque
from datetime import UTC, date, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode

import pytest

ACCOUNT_SID = "AC" + "5e1f" * 8
AUTH_TOKEN = "fd" + "0123456789abcdef" * 2
API = "/2010-04-01"

# number rule -> what happens. ("post", http status, code, message) is refused at POST;
# ("deliver", final status, code) is accepted, then ends in that status with that code.
RULES: dict[str, tuple] = {
    "opted_out": ("post", 400, 21610, "Attempt to send to unsubscribed recipient"),
    "invalid": ("post", 400, 21211, "The 'To' number {to} is not a valid phone number."),
    "not_mobile": ("post", 400, 21614, "'To' number is not a valid mobile number"),
    "landline": ("deliver", "undelivered", 30006),
    "unreachable": ("deliver", "undelivered", 30003),
    "unknown_number": ("deliver", "undelivered", 30005),
    "filtered": ("deliver", "undelivered", 30007),
    "unknown_error": ("deliver", "failed", 30008),
}
FAULTS = {
    "timeout_before_accept",  # sleep past the client's timeout, record nothing
    "timeout_after_accept",  # record the message, then sleep past the timeout before answering
    "drop_before_accept",  # close the connection without an answer, record nothing
    "drop_after_accept",  # record the message, then close without an answer
    "http_429",  # 429, code 20429, nothing recorded
    "http_500",  # 500, code 20500, nothing recorded
    "http_500_after_accept",  # the message is recorded, but 500 is returned
    "http_503",  # 503 with Retry-After (Twilio shedding load), nothing recorded
}
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
MESSAGE_PATH = re.compile(rf"^{API}/Accounts/(\w+)/Messages(?:/(\w+))?\.json$")
ACCOUNT_PATH = re.compile(rf"^{API}/Accounts/(\w+)\.json$")
# GMT date filters; values are "YYYY-MM-DD" (or a datetime, of which the date counts)
DATE_FILTERS = {"DateSent": operator.eq, "DateSent>": operator.ge, "DateSent<": operator.le}


def rfc2822(moment: datetime | None) -> str | None:
    return None if moment is None else format_datetime(moment.astimezone(UTC))


def segments(body: str) -> int:
    """GSM-7 (160, or 153 per part) when plain ASCII, else UCS-2 (70, or 67 per part)."""
    units, one, part = ((len(body), 160, 153) if body.isascii()
                        else (len(body.encode("utf-16-le", "surrogatepass")) // 2, 70, 67))
    return 1 if units <= one else -(-units // part)


class TwilioServer:
    """The fake. Start and stop it with `with TwilioServer() as server:` or the fixture."""

    def __init__(self, account_sid: str = ACCOUNT_SID, auth_token: str = AUTH_TOKEN, *,
                 fault_delay: float = 5.0, auto_advance: bool = True, cert=None) -> None:
        self.account_sid = account_sid
        self.cert = cert  # (certfile, keyfile): serve HTTPS (fakes/smtp_server.ThrowawayCA)
        self.auth_token = auth_token
        self.fault_delay = fault_delay  # seconds a timeout fault holds the request
        self.auto_advance = auto_advance
        self.retry_after = "1"  # the Retry-After header sent with 429s (None: no header)
        self.body_prefix = ""  # e.g. "Sent from your Twilio trial account - ", as trials add
        self.now = lambda: datetime.now(UTC)
        self.rules: dict[str, str] = {}
        self.templates: dict[str, str] = {}  # ContentSid -> text with {{1}}-style placeholders
        self.requests: list[dict] = []  # every request: method, path, query, form
        self._messages: list[dict] = []
        self._faults: deque[str] = deque()
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> TwilioServer:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._httpd.fake = self
        if self.cert is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(self.cert[0]), str(self.cert[1]))
            self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping in a timeout fault
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._thread.join(timeout=5)
            self._httpd = None

    __enter__ = start

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def url(self) -> str:  # the channel's api_base, e.g. http://127.0.0.1:54321
        scheme = "https" if self.cert is not None else "http"
        return f"{scheme}://127.0.0.1:{self._httpd.server_address[1]}"

    def set_rule(self, number: str, rule: str) -> None:
        if rule not in RULES:
            raise ValueError(f"unknown rule {rule!r}; one of {sorted(RULES)}")
        self.rules[number] = rule

    def fail_next(self, fault: str, times: int = 1) -> None:
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; one of {sorted(FAULTS)}")
        with self._lock:
            self._faults.extend([fault] * times)

    def clear_faults(self) -> None:
        """Forget the faults not yet used (a storm ends)."""
        with self._lock:
            self._faults.clear()

    def add_inbound(self, from_: str, to: str, body: str,
                    date_sent: datetime | None = None) -> str:
        """A message a client sent to the practice's number; returns its sid."""
        moment = date_sent or self.now()
        return self._new(to=to, from_=from_, body=body, direction="inbound",
                         status="received", created=moment, date_sent=moment)["sid"]

    def advance(self, sid: str | None = None) -> None:
        """Move one outbound message (or all of them) one status step on."""
        with self._lock:
            for message in self._messages:
                if sid is None or message["sid"] == sid:
                    self._step(message)

    @property
    def sent(self) -> list[dict]:
        """Every accepted outbound message, oldest first: Twilio's JSON for it, plus the
        `content_sid` and `content_variables` it was sent with (Twilio does not echo those)."""
        with self._lock:
            return [{**self._resource(m), "content_sid": m.get("content_sid"),
                     "content_variables": m.get("content_variables")}
                    for m in self._messages if m["direction"] != "inbound"]

    def message(self, sid: str) -> dict:
        with self._lock:
            return self._resource(self._find(sid))

    def _new(self, *, to: str, from_: str, body: str, direction: str, status: str,
             created: datetime, **extra) -> dict:
        message = {
            "sid": "SM" + secrets.token_hex(16), "to": to, "from": from_, "body": body,
            "direction": direction, "status": status, "date_created": created,
            "date_updated": created, "date_sent": None, "error_code": None,
            "num_segments": str(segments(body)), "steps": [], **extra,
        }
        with self._lock:
            message["seq"] = len(self._messages)
            self._messages.append(message)
        return message

    def _step(self, message: dict) -> None:
        if not message["steps"]:
            return
        status, code = message["steps"].pop(0)
        message["status"], message["date_updated"] = status, self.now()
        if code is not None:
            message["error_code"] = code
        if status == "sent" and message["date_sent"] is None:
            message["date_sent"] = message["date_updated"]

    def _find(self, sid: str) -> dict | None:
        return next((m for m in self._messages if m["sid"] == sid), None)

    def _resource(self, m: dict) -> dict:
        base = f"{API}/Accounts/{self.account_sid}/Messages/{m['sid']}"
        sent = m["status"] not in ("queued", "accepted") and m["direction"] != "inbound"
        return {
            "account_sid": self.account_sid, "api_version": "2010-04-01", "body": m["body"],
            "date_created": rfc2822(m["date_created"]), "date_sent": rfc2822(m["date_sent"]),
            "date_updated": rfc2822(m["date_updated"]), "direction": m["direction"],
            "error_code": m["error_code"], "error_message": None, "from": m["from"],
            "messaging_service_sid": m.get("messaging_service_sid"), "num_media": "0",
            "num_segments": m["num_segments"], "price": "-0.00830" if sent else None,
            "price_unit": "USD", "sid": m["sid"], "status": m["status"],
            "subresource_uris": {"media": f"{base}/Media.json"}, "to": m["to"],
            "uri": f"{base}.json",
        }

    def _accept(self, form: dict[str, str]) -> dict:
        to = form["To"]
        rule = RULES.get(self.rules.get(to.removeprefix("whatsapp:"), ""))
        final = ("delivered", None) if rule is None else (rule[1], rule[2])
        if to.startswith("whatsapp:") and not form.get("ContentSid") \
                and not self._whatsapp_window_open(to):
            final = ("failed", 63016)
        body = self.body_prefix + form.get("Body", "") if form.get("Body") else ""
        variables = json.loads(form["ContentVariables"]) if form.get("ContentVariables") else {}
        if form.get("ContentSid"):
            body = self.templates.get(form["ContentSid"], "")
            for key, value in variables.items():
                body = body.replace("{{" + key + "}}", str(value))
        return self._new(
            to=to, from_=form.get("From", ""), body=body, direction="outbound-api",
            status="queued", created=self.now(), steps=[("sent", None), final],
            messaging_service_sid=form.get("MessagingServiceSid"),
            content_sid=form.get("ContentSid"), content_variables=variables or None,
        )

    def _whatsapp_window_open(self, address: str) -> bool:
        now = self.now()
        with self._lock:
            return any(m["direction"] == "inbound" and m["from"] == address
                       and 0 <= (now - m["date_created"]).total_seconds() < 24 * 3600
                       for m in self._messages)

    def _list(self, query: dict[str, str]) -> dict:
        def keep(m: dict) -> bool:
            if any(k in query and m[f] != query[k] for k, f in (("To", "to"), ("From", "from"))):
                return False
            sent = m["date_sent"].astimezone(UTC).date() if m["date_sent"] else None
            return all(sent is not None and compare(sent, date.fromisoformat(query[k][:10]))
                       for k, compare in DATE_FILTERS.items() if k in query)

        with self._lock:
            found = [m for m in self._messages if keep(m)]
            found.sort(key=lambda m: (m["date_created"], m["seq"]), reverse=True)
            size = min(int(query.get("PageSize", 50)), 1000)
            page = int(query.get("Page", 0))
            start = page * size
            token = query.get("PageToken", "")
            if token.startswith("PA"):
                after = [i for i, m in enumerate(found) if m["sid"] == token[2:]]
                start = after[0] + 1 if after else start
            chunk = found[start:start + size]
            records = [self._resource(m) for m in chunk]
        filters = {k: v for k, v in query.items() if k not in ("Page", "PageSize", "PageToken")}
        path = f"{API}/Accounts/{self.account_sid}/Messages.json"

        def uri(**paging) -> str:
            return f"{path}?{urlencode({**filters, 'PageSize': size, **paging})}"

        more = start + size < len(found)
        return {
            "end": start + len(chunk) - 1 if chunk else start, "first_page_uri": uri(Page=0),
            "messages": records, "page": page, "page_size": size, "start": start,
            "next_page_uri": uri(Page=page + 1, PageToken="PA" + chunk[-1]["sid"])
            if more and chunk else None,
            "previous_page_uri": uri(Page=page - 1) if page > 0 else None,
            "uri": uri(Page=page, **({"PageToken": token} if token else {})),
        }


class _Handler(BaseHTTPRequestHandler):
    server_version = "FakeTwilio/1.0"

    @property
    def fake(self) -> TwilioServer:
        return self.server.fake

    def log_message(self, format, *args) -> None:  # the path holds phone numbers: stay quiet
        pass

    def date_time_string(self, timestamp=None) -> str:
        """The Date header on the fake's clock, as Twilio's comes from the clock it dates
        messages by."""
        return format_datetime(self.fake.now().astimezone(UTC), usegmt=True)

    def _reply(self, status: int, payload: dict | None, headers: dict | None = None) -> None:
        data = json.dumps(payload).encode() if payload is not None else b""
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the client gave up (a timeout fault): nothing to answer
            self.close_connection = True

    def _error(self, status: int, code: int, message: str, headers: dict | None = None) -> None:
        self._reply(status, {"code": code, "message": message, "status": status,
                             "more_info": f"https://www.twilio.com/docs/errors/{code}"}, headers)

    def _authorised(self, account: str) -> bool:
        header = self.headers.get("Authorization", "")
        try:
            user, _, password = base64.b64decode(header.removeprefix("Basic ")).decode() \
                .partition(":")
        except ValueError:
            return False
        fake = self.fake
        if user == fake.account_sid == account and password == fake.auth_token:
            return True
        self._error(401, 20003, "Authenticate")
        return False

    def _parse(self) -> tuple[str, dict[str, str], dict[str, str]]:
        path, _, raw_query = self.path.partition("?")
        length = int(self.headers.get("Content-Length") or 0)
        raw_form = self.rfile.read(length).decode() if length else ""
        query = {k: v[-1] for k, v in parse_qs(raw_query, keep_blank_values=True).items()}
        form = {k: v[-1] for k, v in parse_qs(raw_form, keep_blank_values=True).items()}
        with self.fake._lock:
            self.fake.requests.append({"method": self.command, "path": path,
                                       "query": query, "form": form})
        return path, query, form

    def do_GET(self) -> None:
        path, query, _ = self._parse()
        fake = self.fake
        if (match := ACCOUNT_PATH.match(path)) and self._authorised(match[1]):
            created = rfc2822(datetime(2024, 1, 2, 15, 4, 5, tzinfo=UTC))
            return self._reply(200, {
                "sid": fake.account_sid, "friendly_name": "FrontDesk test practice",
                "status": "active", "type": "Full", "date_created": created,
                "date_updated": created, "owner_account_sid": fake.account_sid,
                "uri": f"{API}/Accounts/{fake.account_sid}.json", "subresource_uris": {}})
        if match:
            return None  # refused: _authorised answered 401
        match = MESSAGE_PATH.match(path)
        if not match:
            return self._error(404, 20404, f"The requested resource {path} was not found")
        if not self._authorised(match[1]):
            return None
        if match[2] is None:
            return self._reply(200, fake._list(query))
        with fake._lock:
            message = fake._find(match[2])
            if message is not None and fake.auto_advance:
                fake._step(message)
            resource = fake._resource(message) if message is not None else None
        if resource is None:
            return self._error(404, 20404, f"The requested resource {path} was not found")
        return self._reply(200, resource)

    def do_POST(self) -> None:
        path, _, form = self._parse()
        fake = self.fake
        match = MESSAGE_PATH.match(path)
        if not match or match[2] is not None:
            return self._error(404, 20404, f"The requested resource {path} was not found")
        if not self._authorised(match[1]):
            return None
        with fake._lock:
            fault = fake._faults.popleft() if fake._faults else None
        if fault == "timeout_before_accept":
            fake._stopping.wait(fake.fault_delay)
        if fault in ("timeout_before_accept", "drop_before_accept"):
            self.close_connection = True
            return None
        if fault == "http_429":
            retry = {"Retry-After": fake.retry_after} if fake.retry_after else None
            return self._error(429, 20429, "Too Many Requests", retry)
        if fault == "http_500":
            return self._error(500, 20500, "Internal Server Error")
        if fault == "http_503":
            retry = {"Retry-After": fake.retry_after} if fake.retry_after else None
            return self._error(503, 20503, "Service Unavailable", retry)
        if refusal := self._refusal(form):
            return self._error(*refusal)
        message = fake._accept(form)
        if fault == "timeout_after_accept":
            fake._stopping.wait(fake.fault_delay)
        elif fault == "drop_after_accept":
            self.close_connection = True
            return None
        elif fault == "http_500_after_accept":
            return self._error(500, 20500, "Internal Server Error")
        with fake._lock:
            resource = fake._resource(message)
        return self._reply(201, resource)

    def _refusal(self, form: dict[str, str]) -> tuple[int, int, str] | None:
        to = form.get("To", "")
        if not to:
            return 400, 21604, "A 'To' phone number is required."
        if not form.get("From") and not form.get("MessagingServiceSid"):
            return 400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required."
        if not form.get("Body") and not form.get("ContentSid"):
            return 400, 21602, "Message body is required."
        number = to.removeprefix("whatsapp:")
        rule = RULES.get(self.fake.rules.get(number, ""))
        if not E164.match(number):
            return 400, 21211, f"The 'To' number {to} is not a valid phone number."
        if rule and rule[0] == "post":
            return rule[1], rule[2], rule[3].format(to=to)
        return None


@pytest.fixture(name="twilio_server")
def twilio_server_fixture():
    """`twilio_server`: a running fake, stopped after the test."""
    with TwilioServer() as server:
        yield server
