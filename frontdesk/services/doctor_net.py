"""The installation check's network lines: Twilio and the mail server reachable with their
certificates verified, and this computer's clock against Twilio's. Nothing is ever sent:
Twilio gets one authenticated GET of the account; the mail server a connection, TLS, EHLO,
a sign-in when there is a user name, and QUIT. Short timeouts; never on the GUI thread."""

from __future__ import annotations

import re
import ssl
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from frontdesk.clock import Clock
from frontdesk.services.channels.base import Outcome
from frontdesk.services.channels.email_smtp import EmailChannel
from frontdesk.services.doctor_lines import Check, not_checked, ok, problem, warning
from frontdesk.services.errors import FrontDeskError

if TYPE_CHECKING:
    from frontdesk.services.delivery import DeliverySetup

TWILIO, EMAIL, CLOCK = "Texts (Twilio)", "Email (SMTP)", "Clock"
MAX_SKEW = timedelta(minutes=2)
MESSAGING = "Practice settings → Messaging"
DEMO = "The demo practice never sends: its messages are recorded on this computer only."
FIREWALL = ("Check the internet connection, and that the firewall or proxy lets this computer "
            "make HTTPS connections to {host} (port 443).")
CERT_TODO = ("Check this computer's date and time. If the network inspects secure connections "
             "(a proxy or antivirus), let {host} through or install its certificate on this "
             "computer. Nothing is sent until this is fixed.")


def _mask(sid: str) -> str:
    return f"{sid[:2]}…{sid[-4:]}" if len(sid) > 8 else "AC…"


def _context_adapter(context: ssl.SSLContext) -> Any:
    """A requests adapter that verifies with `context` (tests trust their own CA with it)."""
    from requests.adapters import HTTPAdapter

    class ContextAdapter(HTTPAdapter):
        def build_connection_pool_key_attributes(self, request: Any, verify: Any,
                                                 cert: Any = None) -> Any:
            host, given = super().build_connection_pool_key_attributes(request, verify, cert)
            pool: dict[str, Any] = {k: v for k, v in given.items()
                                    if k not in ("ca_certs", "ca_cert_dir")}
            pool["ssl_context"] = context
            return host, pool

    return ContextAdapter()


def _cert_reason(exc: BaseException) -> str:
    found = re.search(r"certificate verify failed: ([^()'\"]+)", str(exc))
    return f" ({found.group(1).strip()})" if found else ""


def twilio_lines(delivery: DeliverySetup | None, clock: Clock, *, demo: bool,
                 timeout: float) -> tuple[Check, Check]:
    """(Texts, Clock): the clock is compared with the Date of Twilio's answer."""
    if demo:
        return ok(TWILIO, DEMO), _clock_unchecked(clock, "Twilio is not set up")
    credentials = delivery.credentials if delivery is not None else None
    try:
        settings = credentials.twilio() if credentials is not None else None
    except FrontDeskError as err:
        return (not_checked(TWILIO, f"the keyring did not answer ({err.message})"),
                _clock_unchecked(clock, "Twilio could not be asked"))
    if settings is None or delivery is None:
        return (warning(TWILIO, "Not set up: text and WhatsApp reminders are recorded on this "
                        "computer only, not sent.", f"{MESSAGING}: enter the Twilio Account "
                        "SID, auth token and number, then Send a test."),
                _clock_unchecked(clock, "Twilio is not set up"))
    import requests
    from twilio.base.exceptions import TwilioException, TwilioRestException

    from frontdesk.services.channels.twilio_channel import API_HOST, TwilioChannel

    base = delivery.twilio_api_base or API_HOST
    host = urlsplit(base).hostname or base
    channel = TwilioChannel(settings.account_sid, settings.auth_token, settings.from_number,
                            api_base=delivery.twilio_api_base, timeout=timeout)
    if delivery.ssl_context is not None:
        channel.transport.session.mount("https://", _context_adapter(delivery.ssl_context))
    account: Any = None
    try:
        account = channel.client.api.v2010.accounts(settings.account_sid).fetch()
    except TwilioRestException as exc:
        if exc.status in (401, 403) or str(exc.code) == "20003":
            line = problem(TWILIO, f"Twilio refused the Account SID ({_mask(settings.account_sid)}"
                           ") and auth token.", f"{MESSAGING}: paste the Account SID and auth "
                           "token again from the Twilio Console, then Send a test.")
        else:
            line = problem(TWILIO, f"Twilio answered with error {exc.code} (HTTP {exc.status}) "
                           "when asked for the account.", "Look up the error at "
                           "twilio.com/docs/errors, or ask Twilio's support.")
    except requests.exceptions.SSLError as exc:
        line = problem(TWILIO, f"FrontDesk did not trust the connection to Twilio ({host}): "
                       f"its certificate could not be verified{_cert_reason(exc)}.",
                       CERT_TODO.format(host=host))
    except requests.Timeout:
        line = problem(TWILIO, f"Twilio ({host}) did not answer within {timeout:.0f} s.",
                       FIREWALL.format(host=host))
    except (requests.RequestException, TwilioException) as exc:
        line = problem(TWILIO, f"Could not reach Twilio ({host}): {_network_words(exc)}.",
                       FIREWALL.format(host=host))
    else:
        line = _account_line(account, settings.account_sid, base)
    answered = _http_date(channel.transport.last_header("Date"))
    if answered is None:
        return line, _clock_unchecked(clock, "Twilio did not answer")
    return line, clock_line(clock.now() - answered, "Twilio's")


def _account_line(account: Any, sid: str, base: str) -> Check:
    if account.status != "active":
        return problem(TWILIO, f"The Twilio account ({_mask(sid)}) is {account.status}, not "
                       "active: no text can be sent.", "Open Twilio's console to reactivate it.")
    how = ("with its certificate verified" if base.startswith("https://")
           else "over plain HTTP (a test server, not Twilio)")
    return ok(TWILIO, f"Twilio answered at {urlsplit(base).netloc} {how}; the account "
              f"({_mask(sid)}) is active. No message was sent.")


def _network_words(exc: BaseException) -> str:
    text = str(exc)
    if "Name or service not known" in text or "getaddrinfo" in text or "NameResolution" in text:
        return "its name could not be looked up (no internet, or no DNS)"
    if "Connection refused" in text:
        return "the connection was refused"
    return f"the connection failed ({type(exc).__name__})"


def _http_date(value: str | None) -> datetime | None:
    try:
        moment = parsedate_to_datetime(value or "")
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def clock_line(skew: timedelta, whose: str) -> Check:
    """`skew`: this computer's clock minus the other's."""
    seconds = abs(skew.total_seconds())
    if abs(skew) <= MAX_SKEW:
        return ok(CLOCK, f"This computer's clock agrees with {whose} (within {seconds:.0f} s).")
    minutes = seconds / 60
    amount = f"{minutes:.0f} minutes" if minutes < 120 else f"{minutes / 60:.1f} hours"
    side = "ahead of" if skew > timedelta(0) else "behind"
    return warning(CLOCK, f"This computer's clock is {amount} {side} {whose}: reminders go out "
                   "by this clock, and secure connections fail when it is far off.",
                   "Set the computer to take its time from the internet (Windows: Settings → "
                   "Time & language → Set time automatically; Linux: `timedatectl set-ntp "
                   "true`; macOS: Date & Time → Set automatically).")


def _clock_unchecked(clock: Clock, why: str) -> Check:
    now = clock.now().astimezone(UTC)
    return ok(CLOCK, f"Not compared with an internet clock ({why}); this computer says "
              f"{now:%Y-%m-%d %H:%M} UTC.")


def smtp_line(delivery: DeliverySetup | None, *, demo: bool, timeout: float) -> Check:
    if demo:
        return ok(EMAIL, DEMO)
    credentials = delivery.credentials if delivery is not None else None
    try:
        settings = credentials.smtp() if credentials is not None else None
    except FrontDeskError as err:
        return not_checked(EMAIL, f"the keyring did not answer ({err.message})")
    if settings is None or delivery is None:
        return warning(EMAIL, "Not set up: email reminders are recorded on this computer only, "
                       "not sent.", f"{MESSAGING}: enter the practice's mail server (STARTTLS "
                       "or SSL), user name and password, then Send a test.")
    quick = replace(settings, timeout=min(settings.timeout, timeout))
    result = EmailChannel(quick, ssl_context=delivery.ssl_context).check()
    where = f"{settings.host}:{settings.port}"
    if result.outcome is Outcome.ACCEPTED:
        return ok(EMAIL, f"{result.reason} Nothing was sent.")
    words = result.reason.replace(" Nothing was sent; it will be tried again.", "")
    return problem(EMAIL, f"{where}: {words}", f"{MESSAGING}: check the server, port, security "
                   "and sign-in, then Send a test; or ask the email provider.")
