"""What went wrong with an SMTP send, as an outcome the dispatcher acts on and a reason that
front-desk staff can act on.

The line between TRANSIENT and AMBIGUOUS is whether the message text had started to go
(the server had answered 354 to DATA). Before that, a broken or silent connection means
nothing was handed over: retry. After it, only an explicit reply from the server settles the
matter (250 sent, 4xx retry, 5xx refused); a timeout or disconnect leaves it unknown.

Reasons never contain the recipient address, the subject or the body. Server replies are
quoted only after anything that looks like an address has been removed.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl

from frontdesk.services.channels.base import Outcome, SendResult

STAGE_CONNECT, STAGE_TLS, STAGE_LOGIN, STAGE_MESSAGE = "connect", "tls", "login", "message"

SETTINGS_HINT = "Check the email settings (server, port, security, user name and password)."
REASON_AUTH = ("The mail server did not accept the user name or password. Check the email "
               "settings (user name, password or app password).")
REASON_CERT = ("The mail server's certificate could not be verified{detail}, so nothing was "
               "sent. Check the server name in the email settings, or ask the email provider.")
REASON_TLS = ("A secure (TLS) connection to the mail server could not be set up, so nothing "
              "was sent. Check the port and the security setting in the email settings.")
REASON_NO_STARTTLS = ("The mail server does not offer an encrypted connection (STARTTLS), so "
                      "nothing was sent. Check the port and the security setting.")
REASON_NO_AUTH = ("The mail server does not offer sign-in on this connection. Check the port "
                  "and the security setting, or clear the user name for a local relay.")
REASON_AMBIGUOUS = ("The connection to the mail server broke after the message was handed "
                    "over and before the server confirmed it. It may or may not have been "
                    "sent: check the practice's Sent folder or ask the client before resending.")
REASON_BAD_RECIPIENT = ("The client's email address is not valid. Correct it on the client's "
                        "record.")

_ADDRESS_LIKE = re.compile(r"<[^>]*>|\S+@\S+")


def scrub(text: str, recipient: str = "") -> str:
    """A server reply made safe for a reason: no address, no recipient name, short."""
    if recipient:
        text = re.sub(re.escape(recipient), "", text, flags=re.IGNORECASE)
        local = recipient.rpartition("@")[0]
        if len(local) >= 3:
            text = re.sub(rf"\b{re.escape(local)}\b", "", text, flags=re.IGNORECASE)
    text = " ".join(_ADDRESS_LIKE.sub("", text).split())
    return re.sub(r"\s+([:;,.])", r"\1", text).strip(" :;,.")[:160]


def network_reason(exc: BaseException, host: str, port: int) -> str:
    where = f"{host}:{port}"
    if isinstance(exc, ConnectionRefusedError):
        why = f"the mail server {where} refused the connection (is it running?)"
    elif isinstance(exc, TimeoutError):
        why = (f"the mail server {where} did not answer in time (if this keeps happening, "
               f"check the port and the security setting)")
    elif isinstance(exc, socket.gaierror):
        why = (f"the mail server's name {host} could not be found (check the internet "
               f"connection and the server name)")
    else:
        why = f"the network connection to {where} failed ({exc.__class__.__name__})"
    return f"Could not reach the mail server: {why}. Nothing was sent; it will be tried again."


def classify(exc: BaseException, *, stage: str, body_started: bool, host: str, port: int,
             recipient: str = "", message_id: str | None = None) -> SendResult:
    """The outcome of a send (or check) that raised `exc` at `stage`."""

    def result(outcome: Outcome, reason: str, code: int | None = None) -> SendResult:
        return SendResult(outcome, provider_id=message_id, code=code, reason=reason)

    def by_code(code: int, what: str, reply: bytes | str) -> SendResult:
        text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
        said = scrub(text, recipient)
        said = f" The server said: {code} {said}." if said else ""
        if 400 <= code < 500:
            return result(Outcome.TRANSIENT, f"{what} for now; it will be tried again.{said}",
                          code)
        if 500 <= code < 600:
            return result(Outcome.PERMANENT, f"{what}.{said}", code)
        if body_started:
            return result(Outcome.AMBIGUOUS, REASON_AMBIGUOUS, code)
        return result(Outcome.TRANSIENT, f"Unexpected reply from the mail server ({code}).",
                      code)

    if isinstance(exc, ssl.SSLCertVerificationError):
        detail = f" ({exc.verify_message})" if exc.verify_message else ""
        return result(Outcome.PERMANENT, REASON_CERT.format(detail=detail))
    if body_started and not isinstance(exc, smtplib.SMTPResponseException):
        return result(Outcome.AMBIGUOUS, REASON_AMBIGUOUS)
    if isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError)):
        return result(Outcome.TRANSIENT, "The mail server closed the secure connection. "
                                         "Nothing was sent; it will be tried again.")
    if isinstance(exc, ssl.SSLError):
        return result(Outcome.PERMANENT, REASON_TLS)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        if stage == STAGE_TLS:
            return result(Outcome.PERMANENT, REASON_NO_STARTTLS)
        if stage == STAGE_LOGIN:
            return result(Outcome.PERMANENT, REASON_NO_AUTH)
        return result(Outcome.PERMANENT, "The mail server cannot send to this address "
                                         "(it needs international email support).")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        if 400 <= exc.smtp_code < 500:
            return by_code(exc.smtp_code, "The mail server could not sign in", exc.smtp_error)
        return result(Outcome.PERMANENT, REASON_AUTH, exc.smtp_code)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(exc.recipients.values()), (0, b""))
        return by_code(code, "The mail server refused the client's email address", reply)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return by_code(exc.smtp_code, "The mail server refused the sender address (check the "
                                      "sender address in the email settings)", exc.smtp_error)
    if isinstance(exc, smtplib.SMTPResponseException):
        what = {STAGE_TLS: "The mail server would not start an encrypted connection",
                STAGE_MESSAGE: "The mail server refused the message"}.get(
                    stage, "The mail server refused the connection")
        return by_code(exc.smtp_code, what, exc.smtp_error)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        if isinstance(exc.__context__, OSError):  # smtplib wraps a read timeout or reset
            return result(Outcome.TRANSIENT, network_reason(exc.__context__, host, port))
        return result(Outcome.TRANSIENT, "The mail server closed the connection before the "
                                         "message was sent; it will be tried again.")
    if isinstance(exc, smtplib.SMTPException):
        if stage == STAGE_LOGIN:  # e.g. "No suitable authentication method found"
            return result(Outcome.PERMANENT, REASON_NO_AUTH)
        return result(Outcome.PERMANENT, f"The mail server could not be used. {SETTINGS_HINT}")
    return result(Outcome.TRANSIENT, network_reason(exc, host, port))
