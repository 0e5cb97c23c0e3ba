"""SMS and WhatsApp through Twilio's REST API, every failure classified for the dispatcher.

Twilio has no idempotency key for creating a message: when a send ends AMBIGUOUS
the caller must not resend but ask `find_sent` whether Twilio has the message. What counts as
ambiguous: a timeout or a broken connection once the request may have reached Twilio, and any
5xx but one: a 503 with Retry-After, like a 429 (error 20429), is Twilio asking to slow down
(TRANSIENT and `throttled`: nothing was sent, and it is no failed try). A connection that was
never made (refused, DNS, connect timeout) is TRANSIENT: nothing was sent.

Nothing here logs, raises or returns a phone number or a message body: reasons are written
for staff and name no client. twilio-python logs request URLs (with `To=`) at INFO on the
`twilio.http_client` logger, and urllib3 logs them at DEBUG: the first is raised to WARNING
and our HTTP client logs nothing; the second has its query strings cut by a log filter.
"""

from __future__ import annotations

import json
import logging
import math
import threading
from collections.abc import Callable, Collection
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, NamedTuple, TypeVar

import requests
import urllib3.exceptions
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client

from frontdesk.services.channels.base import DeliveryStatus, Outcome, SendResult, SeveralMatches
from frontdesk.services.channels.match import same_text
from frontdesk.services.channels.provider_fields import as_moment, as_text
from frontdesk.services.errors import FrontDeskError

T = TypeVar("T")
Fields = dict[str, object] | None  # a request's query or form fields

log = logging.getLogger(__name__)
logging.getLogger("twilio.http_client").setLevel(logging.WARNING)

API_HOST = "https://api.twilio.com"
CHECK_SETTINGS = "Check the Twilio Account SID and Auth Token in Settings."
# How much earlier than our own record of an attempt Twilio's date_created may be (the two
# clocks differ); a message older than that is not the attempt.
RECONCILE_SLACK = timedelta(minutes=5)
RETRY_AFTER_CAP = 2 * 24 * 3600.0  # seconds: a longer Retry-After outlasts any message


class Rule(NamedTuple):
    outcome: Outcome
    reason: str  # for staff: names no client, no number, no message text
    retries: int | None  # further attempts worth making: 0 never, None keep on with backoff


# Twilio error code -> what it means for the dispatcher. Codes from Twilio's
# error dictionary (twilio.com/docs/api/errors). 2xxxx come back when creating the message;
# 3xxxx arrive later as the error_code of an undelivered/failed message (delivery_status).
CODES: dict[str, Rule] = {
    "20003": Rule(Outcome.PERMANENT, "Twilio refused the account's credentials. "
                  + CHECK_SETTINGS, 0),
    "20429": Rule(Outcome.TRANSIENT, "Twilio asked FrontDesk to slow down (too many "
                  "requests).", None),
    "20500": Rule(Outcome.AMBIGUOUS, "Twilio had a server error; the message may have been "
                  "sent, so it is checked with Twilio before any resend.", None),
    "21211": Rule(Outcome.PERMANENT, "Twilio says the number is not a valid phone number. "
                  "Check the client's mobile number.", 0),
    "21408": Rule(Outcome.PERMANENT, "The Twilio account is not allowed to text this "
                  "country. Change the geographic permissions in Twilio's console.", 0),
    "21606": Rule(Outcome.PERMANENT, "The practice's sending number cannot send texts to "
                  "this number. Check the Twilio number in Settings.", 0),
    "21610": Rule(Outcome.PERMANENT, "The client replied STOP to the practice's number, so "
                  "Twilio delivers no texts to them until they text START.", 0),
    "21611": Rule(Outcome.TRANSIENT, "Too many messages are queued at Twilio for the "
                  "practice's number.", None),
    "21614": Rule(Outcome.PERMANENT, "The number is not a mobile number, so it cannot "
                  "receive texts.", 0),
    "21635": Rule(Outcome.PERMANENT, "The number is a landline, so it cannot receive "
                  "texts.", 0),
    "30001": Rule(Outcome.TRANSIENT, "Twilio's queue for the practice's number "
                  "overflowed.", None),
    "30003": Rule(Outcome.TRANSIENT, "The client's phone was unreachable (switched off or "
                  "out of signal).", 1),
    "30005": Rule(Outcome.PERMANENT, "The carrier says this number does not exist or is no "
                  "longer in service.", 0),
    "30006": Rule(Outcome.PERMANENT, "The number is a landline or its carrier cannot receive "
                  "texts; it is not retried.", 0),
    "30007": Rule(Outcome.PERMANENT, "The carrier filtered the message as possible spam.", 0),
    "30008": Rule(Outcome.TRANSIENT, "The carrier reported an unknown delivery error.", 1),
    "63016": Rule(Outcome.PERMANENT, "WhatsApp allows free text only within 24 hours of the "
                  "client's last message; an approved template is needed.", 0),
}

# Twilio message status -> the channel-neutral state of DeliveryStatus.
STATES = {
    "accepted": "queued", "scheduled": "queued", "queued": "queued", "sending": "queued",
    "sent": "sent", "delivered": "delivered", "read": "delivered",
    "undelivered": "undelivered", "failed": "failed", "canceled": "failed",
}

NOT_CONNECTED = ("Could not connect to Twilio (no internet connection, or Twilio is "
                 "unreachable); nothing was sent.")
NO_ANSWER = ("Twilio did not answer in time; the message may have been sent, so it is "
             "checked with Twilio before any resend.")
BROKEN = ("The connection to Twilio broke during the send; the message may have been sent, "
          "so it is checked with Twilio before any resend.")


class Inbound(NamedTuple):
    sid: str
    from_: str  # "+1…" or "whatsapp:+1…"
    to: str
    body: str
    sent_at: datetime | None  # None: Twilio gave no usable date (the fetch time stands in)


class TwilioError(FrontDeskError):
    """A Twilio request other than a send failed; `str()` is safe to show staff."""

    def __init__(self, message: str, *, code: str | None = None, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.code = code


class _UrlQueryFilter(logging.Filter):
    """Cuts the query string (To=, From=) off Twilio API URLs in urllib3's debug lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                a.partition("?")[0] if isinstance(a, str) and "/Accounts/" in a else a
                for a in record.args)
        return True


_url_filter = _UrlQueryFilter()
if _url_filter not in logging.getLogger("urllib3.connectionpool").filters:
    logging.getLogger("urllib3.connectionpool").addFilter(_url_filter)


class TwilioTransport(TwilioHttpClient):  # type: ignore[misc]  # twilio ships no type info
    """twilio-python's HTTP client: our timeout, silent logging, another host in tests."""

    def __init__(self, timeout: float, api_base: str | None = None) -> None:
        super().__init__(timeout=timeout)
        self.api_base = api_base.rstrip("/") if api_base else None
        if self.api_base:
            self.session.trust_env = False  # a test server on loopback: no proxy
        self._local = threading.local()

    def request(self, method: str, url: str, params: Fields = None, data: Fields = None,
                headers: dict[str, str] | None = None, auth: tuple[str, str] | None = None,
                timeout: float | None = None, allow_redirects: bool = False) -> Response:
        if self.api_base and url.startswith(API_HOST):
            url = self.api_base + url[len(API_HOST):]
        self._local.headers = {}
        response = super().request(method, url, params=params, data=data, headers=headers,
                                   auth=auth, timeout=timeout, allow_redirects=allow_redirects)
        self._local.headers = dict(response.headers or {})
        return response

    def last_header(self, name: str) -> str | None:
        """A header of this thread's last response (e.g. Retry-After on a 429)."""
        headers = getattr(self._local, "headers", {})
        return next((v for k, v in headers.items() if k.lower() == name.lower()), None)

    def log_request(self, kwargs: dict[str, Any]) -> None:  # the query holds phone numbers
        pass

    def log_response(self, status_code: int, response: Response) -> None:
        pass


def classify(code: str | int | None) -> Rule | None:
    """The rule for a Twilio error code, or None when the table does not know it."""
    return CODES.get(str(code)) if code is not None else None


def _api_error(exc: TwilioException) -> tuple[int | None, str | None]:
    """(HTTP status, Twilio error code) of a refused request."""
    if isinstance(exc, TwilioRestException):
        return exc.status, str(exc.code) if exc.code is not None else None
    response: Any = exc.args[1] if len(exc.args) > 1 else None  # a page that failed to load
    status = getattr(response, "status_code", None)
    try:
        code = json.loads(response.text).get("code")
    except (AttributeError, TypeError, ValueError):
        code = None
    return status, str(code) if code is not None else (str(status) if status else None)


def _refused(status: int | None, code: str | None) -> Rule:
    if rule := classify(code):
        return rule
    if status in (401, 403):
        return CODES["20003"]
    if status == 429:
        return CODES["20429"]
    if status is not None and status >= 500:
        return CODES["20500"]
    return Rule(Outcome.PERMANENT, f"Twilio refused the message (error {code}).", 0)


def _network(exc: Exception) -> Rule:
    """A requests failure: was the request possibly on its way to Twilio?"""
    if isinstance(exc, requests.ConnectTimeout | requests.exceptions.ProxyError
                  | requests.exceptions.SSLError | requests.exceptions.InvalidURL):
        return Rule(Outcome.TRANSIENT, NOT_CONNECTED, None)
    if isinstance(exc, requests.Timeout):
        return Rule(Outcome.AMBIGUOUS, NO_ANSWER, None)
    if isinstance(exc, requests.ConnectionError):
        cause = exc.args[0] if exc.args else None
        reason = getattr(cause, "reason", None)  # MaxRetryError wraps the connect failure
        if isinstance(reason, urllib3.exceptions.NewConnectionError
                      | urllib3.exceptions.ConnectTimeoutError):
            return Rule(Outcome.TRANSIENT, NOT_CONNECTED, None)
    return Rule(Outcome.AMBIGUOUS, BROKEN, None)


def _whatsapp(address: str) -> str:
    return address if address.startswith("whatsapp:") else f"whatsapp:{address}"


class TwilioChannel:
    """One practice's Twilio account: send, reconcile, poll delivery, test credentials."""

    def __init__(self, account_sid: str, auth_token: str, from_number: str, *,
                 whatsapp_from: str | None = None, api_base: str | None = None,
                 timeout: float = 15.0) -> None:
        self.transport = TwilioTransport(timeout, api_base)
        self.client = Client(account_sid, auth_token, http_client=self.transport)
        self.account_sid = account_sid
        self.from_number = from_number
        self.whatsapp_from = whatsapp_from

    # -- sending -----------------------------------------------------------------------
    def send_sms(self, to: str, body: str) -> SendResult:
        return self._create(to=to, from_=self.from_number, body=body)

    def send_whatsapp(self, to: str, body: str | None = None, content_sid: str | None = None,
                      variables: dict[str, str] | None = None) -> SendResult:
        """Free text (`body`, only within 24 h of the client's last message) or an approved
        template (`content_sid` with `variables`); the caller decides which."""
        if (body is None) == (content_sid is None):
            raise ValueError("give either a body or a content_sid")
        if not self.whatsapp_from:
            return SendResult(Outcome.PERMANENT, reason="WhatsApp is not set up: add the "
                              "practice's WhatsApp sender in Settings.")
        fields = {"to": _whatsapp(to), "from_": _whatsapp(self.whatsapp_from)}
        if content_sid is not None:
            fields["content_sid"] = content_sid
            if variables:
                fields["content_variables"] = json.dumps(variables)
        else:
            assert body is not None  # exactly one of the two, checked above
            fields["body"] = body
        return self._create(**fields)

    def _create(self, **fields: str) -> SendResult:
        try:
            message = self.client.messages.create(**fields)
        except TwilioException as exc:
            status, code = _api_error(exc)
            retry_after = self._retry_after() if status in (429, 503) else None
            if status == 429 or code == "20429" or (status == 503 and retry_after is not None):
                log.warning("Twilio asked to slow down: HTTP %s, error %s", status, code)
                return SendResult(Outcome.TRANSIENT, code=code, reason=CODES["20429"].reason,
                                  retry_after=retry_after, throttled=True)
            rule = _refused(status, code)
            log.warning("Twilio refused a message: HTTP %s, error %s (%s)",
                        status, code, rule.outcome)
            return SendResult(rule.outcome, code=code, reason=rule.reason)
        except requests.RequestException as exc:
            rule = _network(exc)
            log.warning("Twilio send failed: %s (%s)", type(exc).__name__, rule.outcome)
            return SendResult(rule.outcome, reason=rule.reason)
        except Exception as exc:  # e.g. an unreadable answer: the request went out
            log.warning("Twilio send failed: %s (ambiguous)", type(exc).__name__)
            return SendResult(Outcome.AMBIGUOUS, reason=BROKEN)
        log.info("Twilio accepted message %s", message.sid)
        return SendResult(Outcome.ACCEPTED, provider_id=message.sid)

    def _retry_after(self) -> float | None:
        """Retry-After in seconds (given as seconds or as an HTTP date), or None."""
        value = (self.transport.last_header("Retry-After") or "").strip()
        try:
            seconds = float(value)
        except ValueError:
            try:
                seconds = (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds()
            except (TypeError, ValueError, OverflowError):
                return None
        if not math.isfinite(seconds):  # "inf", "nan": not a wait anyone meant
            return None
        return min(max(seconds, 0.0), RETRY_AFTER_CAP)  # longer than any message is useful

    # -- reconciling, status, credentials ----------------------------------------------
    def find_sent(self, to: str, body: str | None, since: datetime, *,
                  exclude: Collection[str] = (), now: datetime | None = None) -> str | None:
        """The sid of the outbound message to `to` that is this attempt, or None. For an
        AMBIGUOUS send: a sid means Twilio has it, do not resend.

        A candidate went to exactly `to` (for WhatsApp pass "whatsapp:+1…"), was created no
        earlier than `since` less RECONCILE_SLACK (an identical text from before the attempt is
        not it), is not in `exclude` (sids already accounted for) and carries this body, give
        or take what Twilio adds (`match.same_text`: a trial prefix, plain quotes, whitespace).
        `body` None (an approved template, worded by Twilio) matches any outbound message in
        the window. Raises SeveralMatches when more than one could be it (it went; which is
        ours cannot be told) and TwilioError when Twilio cannot be asked.

        `since` is on our clock, date_created on Twilio's: given `now` (our clock, at the
        call), the window is set on Twilio's clock from its answer's Date header, so a PC
        that runs fast (minutes, or a missed daylight-saving hour) still finds its attempt.

        DateSent filters on the GMT date, so the window starts a day before since's GMT date
        (a message sent at 23:59 GMT is still found at 00:01). Messages still queued have no
        date_sent yet, so the newest page for `to` is searched as well.
        """
        day = (since.astimezone(UTC).date() - timedelta(days=1)).isoformat()

        def search() -> tuple[list[Any], datetime | None]:  # twilio's MessageInstance
            found = {m.sid: m for m in self.client.messages.stream(
                to=to, date_sent_after=day, page_size=100)}
            for m in self.client.messages.list(to=to, limit=50):  # newest first
                if m.date_sent is None:
                    found.setdefault(m.sid, m)
            return list(found.values()), self._twilio_time()

        candidates, twilio_now = self._ask(search, "check whether a message was sent")
        skew = twilio_now - now if twilio_now and now else timedelta(0)
        earliest = since + skew - RECONCILE_SLACK
        found = [m.sid for m in candidates
                 if m.direction != "inbound" and m.sid not in exclude
                 and (as_moment(m.date_created) or earliest) >= earliest
                 and (body is None or same_text(as_text(m.body), body))]
        log.info("Twilio reconcile: %d matching messages", len(found))
        if len(found) > 1:
            raise SeveralMatches(len(found))
        return found[0] if found else None

    def _twilio_time(self) -> datetime | None:
        """Twilio's clock at its last answer (the Date header), or None."""
        try:
            return parsedate_to_datetime(self.transport.last_header("Date") or "")
        except (TypeError, ValueError):
            return None

    def inbound(self, to: str, since: datetime) -> list[Inbound]:
        """Messages clients sent to `to` (the practice's number, or "whatsapp:+1…") on or
        after since's GMT date, a day earlier too (DateSent filters by GMT date, so the
        windows overlap). The caller de-duplicates on the sid. Raises TwilioError."""
        day = (since.astimezone(UTC).date() - timedelta(days=1)).isoformat()

        def fetch() -> list[Inbound]:
            return [Inbound(as_text(m.sid), as_text(m.from_), as_text(m.to), as_text(m.body),
                            as_moment(m.date_sent, m.date_created))
                    for m in self.client.messages.stream(to=to, date_sent_after=day,
                                                         page_size=200)
                    if m.direction == "inbound"]

        found = self._ask(fetch, "read the replies")
        log.info("Twilio poll: %d inbound messages in the window", len(found))
        return found

    def delivery_status(self, sid: str) -> DeliveryStatus:
        message = self._ask(lambda: self.client.messages(sid).fetch(), "read a message status")
        code = str(message.error_code) if message.error_code else None
        rule = classify(code)
        reason = rule.reason if rule else (f"Twilio reported error {code}." if code else "")
        return DeliveryStatus(STATES.get(message.status, "queued"), code, reason)

    def check_credentials(self) -> None:
        """For the Settings "test" button: returns quietly, or raises TwilioError."""
        account = self._ask(lambda: self.client.api.v2010.accounts(self.account_sid).fetch(),
                            "check the account")
        if account.status != "active":
            raise TwilioError(f"The Twilio account is {account.status}, not active.",
                              hint="Open Twilio's console to reactivate it.")

    def _ask(self, call: Callable[[], T], what: str) -> T:
        try:
            return call()
        except TwilioException as exc:
            status, code = _api_error(exc)
            log.warning("Twilio could not %s: HTTP %s, error %s", what, status, code)
            rule = _refused(status, code)
            if rule is CODES["20003"]:
                raise TwilioError("Twilio refused the account's credentials.", code=code,
                                  hint=CHECK_SETTINGS) from None
            raise TwilioError(f"Twilio could not {what} (error {code}).", code=code) from None
        except requests.RequestException as exc:
            log.warning("Twilio could not %s: %s", what, type(exc).__name__)
            raise TwilioError(f"Could not reach Twilio to {what}.",
                              hint="Check the internet connection; it is tried again later."
                              ) from None
