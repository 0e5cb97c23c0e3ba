"""A real SMTP server on 127.0.0.1 (aiosmtpd) for tests, with TLS from a throwaway CA.

- `ThrowawayCA`: a CA made with `cryptography` for one test; its certificate goes to a temp
  file so the client context is built exactly as production builds it, only with that file:
  `ssl.create_default_context(cafile=ca.cafile)`.
- `FakeSmtpServer`: records every message it accepts (parsed with
  `email.message_from_bytes`), with optional STARTTLS or SSL-on-connect, optional AUTH, and
  injectable faults (`Faults`): a reply for MAIL or RCPT, a final reply for DATA, dropping
  the connection after the message text arrived, or stalling before answering it.

aiosmtpd notes (1.4): `Controller(ssl_context=...)` wraps every connection in TLS from the
first byte (implicit TLS, "SSL"); STARTTLS is the SMTP keyword `tls_context=`. With implicit
TLS the SMTP object cannot see that the socket is encrypted, so AUTH needs
`auth_require_tls=False` there (aio-libs/aiosmtpd#281). The server logs addresses on the
"mail.log" logger: that is the test server's log, not FrontDesk's.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import ipaddress
import socket
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword, syntax
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

HOST = "127.0.0.1"


def free_port() -> int:
    """A port nothing listens on (bound and released at once)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class ThrowawayCA:
    """A certificate authority that lives for one test."""

    def __init__(self, folder: Path, name: str = "FrontDesk Test CA") -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        now = datetime.now(UTC)
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(subject).issuer_name(subject)
            .public_key(self._key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, key_cert_sign=True, crl_sign=True,
                content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(self._key.public_key()),
                           critical=False)
            .sign(self._key, hashes.SHA256())
        )
        slug = name.lower().replace(" ", "-")
        self.cafile = folder / f"{slug}.pem"
        self.cafile.write_bytes(self.cert.public_bytes(serialization.Encoding.PEM))

    def client_context(self) -> ssl.SSLContext:
        """What a client that trusts only this CA uses (verification fully on)."""
        return ssl.create_default_context(cafile=str(self.cafile))

    def issue(self, *names: str, valid: bool = True) -> tuple[Path, Path]:
        """A server certificate for `names` (DNS names or IP addresses): (certfile, keyfile)."""
        names = names or ("localhost", HOST)
        key = ec.generate_private_key(ec.SECP256R1())
        alt: list[x509.GeneralName] = []
        for n in names:
            try:
                alt.append(x509.IPAddress(ipaddress.ip_address(n)))
            except ValueError:
                alt.append(x509.DNSName(n))
        now = datetime.now(UTC)
        start, end = ((now - timedelta(minutes=5), now + timedelta(days=1)) if valid
                      else (now - timedelta(days=3), now - timedelta(days=1)))
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName(alt), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                self._key.public_key()), critical=False)
            .sign(self._key, hashes.SHA256())
        )
        stem = self.folder / f"server-{x509.random_serial_number() % 10**8}"
        certfile, keyfile = stem.with_suffix(".crt"), stem.with_suffix(".key")
        certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                              serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))
        return certfile, keyfile


@dataclass
class Faults:
    """What the server does instead of accepting. Replies are full SMTP lines, e.g.
    "550 5.1.1 <a@b>: Recipient address rejected"."""

    starttls_reply: str | None = None   # instead of "220 Ready to start TLS"
    mail_reply: str | None = None
    rcpt_reply: str | None = None
    drop_at_rcpt: bool = False          # cut the connection before any message text
    data_reply: str | None = None       # the final reply, after the message text
    drop_after_data: bool = False       # read the text, then cut the connection
    stall_after_data: float = 0.0       # seconds to wait before answering the text


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    message: EmailMessage
    tls: bool
    user: str | None


@dataclass
class _Handler:
    faults: Faults = field(default_factory=Faults)
    messages: list[Received] = field(default_factory=list)
    unanswered: list[Received] = field(default_factory=list)  # text read, no reply sent

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.faults.mail_reply:
            return self.faults.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.faults.drop_at_rcpt:
            server.transport.abort()
            await asyncio.sleep(3600)  # cancelled by connection_lost
        if self.faults.rcpt_reply:
            return self.faults.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        got = Received(
            mail_from=envelope.mail_from, rcpt_tos=list(envelope.rcpt_tos), raw=raw,
            message=email.message_from_bytes(raw, policy=email.policy.default),
            tls=session.ssl is not None or server.transport.get_extra_info("sslcontext")
            is not None,
            user=(session.auth_data.login.decode() if isinstance(session.auth_data,
                                                                 LoginPassword) else None))
        if self.faults.drop_after_data:
            self.unanswered.append(got)
            server.transport.abort()
            await asyncio.sleep(3600)  # cancelled by connection_lost
        if self.faults.stall_after_data:
            self.unanswered.append(got)
            await asyncio.sleep(self.faults.stall_after_data)
        if self.faults.data_reply:
            return self.faults.data_reply
        if got in self.unanswered:
            self.unanswered.remove(got)
        self.messages.append(got)
        return "250 OK: queued"


class _SMTP(SMTP):
    """aiosmtpd's SMTP with an injectable answer to STARTTLS."""

    @syntax("STARTTLS", when="tls_context")
    async def smtp_STARTTLS(self, arg: str):
        reply = self.event_handler.faults.starttls_reply
        if reply:
            await self.push(reply)
            return
        await super().smtp_STARTTLS(arg)


class _Controller(Controller):
    def factory(self):
        return _SMTP(self.handler, **self.SMTP_kwargs)


class FakeSmtpServer:
    """Context manager: `with FakeSmtpServer(cert=ca.issue()) as smtp: ... smtp.messages`.

    `cert` turns on STARTTLS (required before MAIL); `implicit_tls=True` serves TLS from
    the first byte instead. `users` ({login: password}) turns on AUTH (required to send).
    """

    def __init__(self, *, cert: tuple[Path, Path] | None = None, implicit_tls: bool = False,
                 users: dict[str, str] | None = None, faults: Faults | None = None) -> None:
        self.host, self.port = HOST, free_port()
        self.handler = _Handler(faults=faults or Faults())
        self.users = dict(users or {})
        kwargs: dict = {"server_hostname": "smtp.test", "ready_timeout": 5.0}
        server_ctx = None
        if cert is not None:
            server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            server_ctx.load_cert_chain(str(cert[0]), str(cert[1]))
        if server_ctx is not None and implicit_tls:
            kwargs["ssl_context"] = server_ctx
        elif server_ctx is not None:
            kwargs.update(tls_context=server_ctx, require_starttls=True)
        if self.users:
            kwargs.update(authenticator=self._authenticate, auth_required=True,
                          auth_require_tls=server_ctx is not None and not implicit_tls)
        elif implicit_tls or server_ctx is None:
            kwargs["auth_require_tls"] = False
        self._controller = _Controller(self.handler, hostname=self.host, port=self.port,
                                       **kwargs)

    @property
    def faults(self) -> Faults:
        return self.handler.faults

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    @property
    def unanswered(self) -> list[Received]:
        return self.handler.unanswered

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = (isinstance(auth_data, LoginPassword)
              and self.users.get(auth_data.login.decode()) == auth_data.password.decode())
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    def start(self) -> FakeSmtpServer:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> FakeSmtpServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@pytest.fixture(name="smtp")
def smtp_fixture(tmp_path):
    """A STARTTLS server with a certificate from a throw-away CA (`server.ca`); import
    `smtp_fixture` into a test module to use the `smtp` fixture."""
    ca = ThrowawayCA(tmp_path / "ca")
    with FakeSmtpServer(cert=ca.issue("localhost", HOST)) as server:
        server.ca = ca
        yield server
