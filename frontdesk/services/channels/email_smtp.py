"""Email through the practice's own SMTP server, always over verified TLS.

`EmailChannel.send()` never raises for a delivery problem: it returns a `SendResult` whose
outcome tells the dispatcher what to do.

- ACCEPTED: the server answered 250 to the message.
- PERMANENT: will not work until someone changes something (wrong password, address refused
  with 5xx, certificate not trusted, server lacks STARTTLS). Surface to staff, do not retry.
- TRANSIENT: nothing was handed over (server down, DNS, connect timeout, any 4xx reply).
  Safe to retry with backoff.
- AMBIGUOUS: the connection broke or timed out after the message text started to go (the
  server had answered 354 to DATA) and before the server's final reply. The server may have
  queued it. Email has no API to ask, so the dispatcher must not resend on its own ("never
  twice, never lost"). It should keep the row as "unknown" and show it to staff, who can
  check the practice's Sent folder or ask the client, and then resend by hand if needed.
  A resend uses the same Message-ID, so a duplicate can be spotted (and some providers,
  such as Gmail, drop it).

Certificates are always verified (`ssl.create_default_context()` unless the caller passes
its own context, as the tests do for their throwaway CA). There is no fallback to
unverified or plain text. Plain text ("none") is allowed only to a relay on this computer.

Privacy: no reason, exception or log line from this module contains the recipient address,
the subject or the body. Server replies are scrubbed of anything that looks like an address
before they go into a reason.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.errors import MessageError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Literal

from frontdesk.services.channels.base import Outcome, SendResult
from frontdesk.services.channels.email_failures import (
    REASON_BAD_RECIPIENT,
    STAGE_CONNECT,
    STAGE_LOGIN,
    STAGE_MESSAGE,
    STAGE_TLS,
    classify,
)
from frontdesk.services.errors import ValidationError

log = logging.getLogger(__name__)

Security = Literal["starttls", "ssl", "none"]
Attachment = tuple[str, str, bytes]  # (filename, mime type, content)

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback(host: str) -> bool:
    name = host.strip().strip("[]").lower()
    if name in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str = field(repr=False)
    sender_address: str
    sender_name: str
    security: Security = "starttls"
    timeout: float = 20.0

    def __post_init__(self) -> None:
        if not self.host.strip():
            raise ValidationError("host", "Enter the mail server's name.")
        if not 0 < self.port < 65536:
            raise ValidationError("port", "The port must be between 1 and 65535.")
        if self.security not in ("starttls", "ssl", "none"):
            raise ValidationError("security", "Security must be STARTTLS, SSL or none.")
        if self.security == "none" and not is_loopback(self.host):
            raise ValidationError(
                "security",
                f"Unencrypted email is only allowed to a mail relay on this computer "
                f"(localhost or 127.0.0.1), not to {self.host}. Choose STARTTLS or SSL.")
        if not _plausible_address(self.sender_address):
            raise ValidationError("sender_address", "Enter a valid sender email address.")
        if self.timeout <= 0:
            raise ValidationError("timeout", "The timeout must be positive.")


def outbox_message_id(row_uid: str, sender_address: str) -> str:
    """A Message-ID that stays the same for one outbox row, so a resend is recognisable.

    `row_uid` must be globally unique (a UUID kept on the row), not a bare row number:
    two practices on the same provider would otherwise share IDs, and providers that
    de-duplicate on Message-ID would drop one practice's mail.
    """
    domain = sender_address.rpartition("@")[2] or "frontdesk.invalid"
    return f"<frontdesk.{row_uid}@{domain}>"


def _plausible_address(address: str) -> bool:
    local, at, domain = address.rpartition("@")
    return (bool(at and local and domain and "." in domain.strip("."))
            and not any(c.isspace() or c in '<>,;"()[]\\' for c in address))


class _Tracking:
    """Remembers whether the message text has started to go (the server said 354 to DATA):
    from then on a broken connection leaves the outcome unknown."""

    body_started = False
    _last_command = ""

    def putcmd(self, cmd: str, args: str = "") -> None:
        self._last_command = cmd.lower()
        super().putcmd(cmd, args)  # type: ignore[misc]

    def getreply(self) -> tuple[int, bytes]:
        code, text = super().getreply()  # type: ignore[misc]
        if self._last_command == "data" and code == 354:
            self.body_started = True
        return code, text


class _SMTP(_Tracking, smtplib.SMTP):
    pass


class _SMTPSSL(_Tracking, smtplib.SMTP_SSL):
    pass


@dataclass
class _Attempt:
    stage: str = STAGE_CONNECT
    conn: smtplib.SMTP | None = None

    @property
    def body_started(self) -> bool:
        return bool(self.conn is not None and getattr(self.conn, "body_started", False))


class EmailChannel:
    name = "email"

    def __init__(self, settings: SmtpSettings, *, ssl_context: ssl.SSLContext | None = None):
        self._settings = settings
        self._context = ssl_context if ssl_context is not None else ssl.create_default_context()
        if self._context.verify_mode != ssl.CERT_REQUIRED or not self._context.check_hostname:
            raise ValueError("The SSL context must verify the certificate and the host name.")

    @property
    def settings(self) -> SmtpSettings:
        return self._settings

    # -- public API ------------------------------------------------------------------------

    def send(self, to: str, subject: str, text_body: str, *,
             attachments: Sequence[Attachment] = (),
             message_id: str | None = None) -> SendResult:
        """Send one plain-text email (with attachments) to one recipient.

        `message_id` should come from `outbox_message_id()` for the outbox row, so every
        attempt for that row carries the same Message-ID; it is returned as `provider_id`.
        The subject shows in lock-screen previews: the caller keeps it free of the kind of
        care, as it does the .ics summary.
        """
        mid = _normalise_message_id(message_id, self._settings.sender_address)
        bad_recipient = SendResult(Outcome.PERMANENT, provider_id=mid, reason=REASON_BAD_RECIPIENT)
        if not _plausible_address(to):
            return self._report(bad_recipient, STAGE_MESSAGE)
        try:
            msg = self.build_message(to, subject, text_body, attachments=attachments,
                                     message_id=mid)
        except ValueError:
            return self._report(bad_recipient, STAGE_MESSAGE)
        attempt = _Attempt()
        try:
            conn = self._open(attempt)
            attempt.stage = STAGE_MESSAGE
            conn.send_message(msg, from_addr=self._settings.sender_address, to_addrs=[to])
        except (smtplib.SMTPException, OSError) as exc:
            return self._report(self._classify(exc, attempt, to, mid), attempt.stage)
        finally:
            self._close(attempt)
        log.info("email accepted by the mail server (message %s)", mid)
        return SendResult(Outcome.ACCEPTED, provider_id=mid, code=250)

    def check(self) -> SendResult:
        """For the settings dialog's test button: connect, TLS, sign in; no message sent."""
        attempt = _Attempt()
        try:
            self._open(attempt)
            attempt.conn.noop()  # type: ignore[union-attr]
        except (smtplib.SMTPException, OSError) as exc:
            return self._report(self._classify(exc, attempt, "", None), attempt.stage)
        finally:
            self._close(attempt)
        s = self._settings
        how = {"starttls": "with STARTTLS and a verified certificate",
               "ssl": "over SSL with a verified certificate",
               "none": "without encryption (local relay)"}[s.security]
        signed_in = " and signed in" if s.username else ""
        return SendResult(Outcome.ACCEPTED,
                          reason=f"Connected to {s.host}:{s.port} {how}{signed_in}.")

    def build_message(self, to: str, subject: str, text_body: str, *,
                      attachments: Sequence[Attachment] = (),
                      message_id: str | None = None) -> EmailMessage:
        s = self._settings
        msg = EmailMessage()
        msg["From"] = Address(display_name=s.sender_name, addr_spec=s.sender_address)
        try:
            msg["To"] = Address(addr_spec=to)
        except (ValueError, MessageError):  # the library's message quotes the address
            raise ValueError("The recipient address is not valid.") from None
        msg["Subject"] = " ".join(subject.split())
        msg["Date"] = format_datetime(datetime.now(UTC).replace(microsecond=0))
        msg["Message-ID"] = _normalise_message_id(message_id, s.sender_address)
        # RFC 3834: automatic mail; out-of-office replies are not sent back to it.
        msg["Auto-Submitted"] = "auto-generated"
        msg.set_content(text_body, charset="utf-8")
        for filename, mime_type, content in attachments:
            maintype, _, subtype = mime_type.lower().partition("/")
            params: dict[str, str] = {}
            if (maintype, subtype) == ("text", "calendar"):
                params = {"method": _ics_method(content), "charset": "utf-8"}
            msg.add_attachment(content, maintype=maintype, subtype=subtype or "octet-stream",
                               filename=filename, params=params)
        return msg

    # -- connection --------------------------------------------------------------------------

    def _open(self, attempt: _Attempt) -> smtplib.SMTP:
        s = self._settings
        attempt.stage = STAGE_CONNECT
        if s.security == "ssl":  # the TLS handshake happens while connecting
            conn: smtplib.SMTP = _SMTPSSL(s.host, s.port, timeout=s.timeout,
                                           context=self._context)
        else:
            conn = _SMTP(s.host, s.port, timeout=s.timeout)
        attempt.conn = conn
        conn.ehlo()
        if s.security == "starttls":
            attempt.stage = STAGE_TLS
            conn.starttls(context=self._context)
            if not isinstance(conn.sock, ssl.SSLSocket):  # never go on in plain text
                raise smtplib.SMTPNotSupportedError("STARTTLS did not start TLS")
            conn.ehlo()
        if s.username:
            attempt.stage = STAGE_LOGIN
            conn.login(s.username, s.password)
        return conn

    @staticmethod
    def _close(attempt: _Attempt) -> None:
        conn, attempt.conn = attempt.conn, None
        if conn is None:
            return
        try:
            conn.quit()
        except (smtplib.SMTPException, OSError):
            conn.close()

    # -- outcome ---------------------------------------------------------------------------

    def _classify(self, exc: BaseException, attempt: _Attempt, to: str,
                  mid: str | None) -> SendResult:
        return classify(exc, stage=attempt.stage, body_started=attempt.body_started,
                        host=self._settings.host, port=self._settings.port, recipient=to,
                        message_id=mid)

    def _report(self, res: SendResult, stage: str) -> SendResult:
        level = logging.ERROR if res.outcome is Outcome.AMBIGUOUS else logging.WARNING
        log.log(level, "email %s at stage %s (code %s): %s", res.outcome, stage, res.code,
                res.reason)
        return res


def _normalise_message_id(message_id: str | None, sender_address: str) -> str:
    if message_id is None:
        domain = sender_address.rpartition("@")[2] or None
        return make_msgid(idstring="frontdesk", domain=domain)
    mid = message_id.strip()
    if not mid.startswith("<"):
        mid = f"<{mid}>"
    if "@" not in mid or any(c.isspace() for c in mid) or mid.count("<") != 1:
        raise ValueError("message_id must look like <unique-part@domain>")
    return mid


def _ics_method(content: bytes) -> str:
    found = re.search(rb"^METHOD:([A-Z-]+)\r?$", content, flags=re.MULTILINE)
    return found.group(1).decode("ascii") if found else "PUBLISH"
