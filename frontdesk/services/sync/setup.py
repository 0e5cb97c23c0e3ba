"""Setting a source up: its settings, its secret, a SMART key pair, on or off, removed.

Every change is audited (what changed, never a secret). Secrets go to the keyring only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain.changes import Changes
from frontdesk.models import SyncSource
from frontdesk.services import audit
from frontdesk.services.errors import NotFoundError, ValidationError
from frontdesk.services.events import ChangeEvents
from frontdesk.services.sync import connectors
from frontdesk.services.sync.settings import ALGORITHMS, checked_settings
from frontdesk.services.sync.source_secrets import SourceSecrets
from frontdesk.services.writeback_queue import hand_over_pending

ACTOR = "sync"
MAX_SECRET = 8000  # a private key in PEM is ~2.5 KB at most; a token far less


class SourceSetup:
    """The part of SyncService that changes a source's set-up (see service.py)."""

    sessions: sessionmaker[Session]
    clock: Clock
    secrets: SourceSecrets
    events: ChangeEvents

    def update_settings(self, name: str, changes: Mapping[str, object], *,
                        actor: str = ACTOR) -> None:
        """Set the given settings (None or "" removes one); the others stay."""
        with self.sessions.begin() as s:
            row = source_row(s, name)
            merged = {**_settings(row), **changes}
            clean = checked_settings(row.kind, {k: v for k, v in merged.items()
                                                if v is not None and v != ""})
            row.settings = json.dumps(clean)
            audit.record(s, self.clock, actor, "update_source", "sync_source", row.id,
                         ", ".join(sorted(changes))[:200])
        self.events.publish(Changes(sync=True))

    def enable(self, name: str, enabled: bool = True, *, actor: str = ACTOR) -> None:
        with self.sessions.begin() as s:
            row = source_row(s, name)
            row.enabled = enabled
            audit.record(s, self.clock, actor, "enable_source" if enabled else
                         "disable_source", "sync_source", row.id)
        self.events.publish(Changes(sync=True))

    def set_secret(self, name: str, value: str, *, actor: str = ACTOR) -> None:
        """The source's token (or private key) into the keyring."""
        value = value.strip()
        if not value or len(value) > MAX_SECRET or "\0" in value:
            raise ValidationError("secret", "Paste the token exactly as the source gave it.")
        if "\n" in value and "PRIVATE KEY" not in value:
            raise ValidationError("secret", "A token is one line: paste it without line "
                                  "breaks.")
        with self.sessions.begin() as s:
            row = source_row(s, name)
            self.secrets.set(row.name, value)  # in the transaction: audited only if kept
            audit.record(s, self.clock, actor, "set_source_secret", "sync_source", row.id)
        self.events.publish(Changes(sync=True))

    def make_smart_key(self, name: str, algorithm: str = "ES384", *,
                       actor: str = ACTOR) -> str:
        """A new key pair for SMART Backend Services: the private key into the keyring, the
        source set to sign in with it; returns the public JWKS (JSON) for IT to register.
        A key made before stops working once the EHR has the new one."""
        if algorithm not in ALGORITHMS:
            raise ValidationError("algorithm", "The key algorithm is ES384 or RS384.")
        pem = connectors.new_private_key(algorithm)
        with self.sessions.begin() as s:
            row = source_row(s, name)
            if row.kind != "fhir":
                raise ValidationError("kind", f"{row.name} is not a FHIR source: it signs in "
                                      "without a key pair.")
            row.settings = json.dumps({**_settings(row), "auth": "smart",
                                       "algorithm": algorithm})
            self.secrets.set(row.name, pem)
            audit.record(s, self.clock, actor, "make_smart_key", "sync_source", row.id,
                         f"{algorithm} kid={connectors.key_id(pem)}")
        self.events.publish(Changes(sync=True))
        return json.dumps(connectors.public_jwks(pem), indent=2)

    def has_secret(self, name: str) -> bool:
        """Whether this computer's keyring holds the source's token or key (never its value);
        False where no secrets are kept (the demo practice)."""
        with self.sessions() as s:
            row = source_row(s, name)
        if self.secrets.store is None:
            return False
        return bool(self.secrets.get(row.name))

    def public_jwks(self, name: str) -> str:
        """The public JWKS of the source's key pair again (never its private part)."""
        with self.sessions() as s:
            row = source_row(s, name)
        pem = self.secrets.get(row.name) if _settings(row).get("auth") == "smart" else None
        if not pem:
            raise NotFoundError(f"{row.name} has no key pair on this computer.",
                                hint="Make one, then register its public key with the EHR.")
        try:
            return json.dumps(connectors.public_jwks(pem), indent=2)
        except Exception as error:
            if not connectors.is_connector_error(error):
                raise
            raise NotFoundError(str(error)) from None

    def remove_source(self, name: str, *, actor: str = ACTOR) -> None:
        """The source and its secret go. Its appointments stay, still naming it, and become
        the practice's own: staff may move and cancel them (schedule._refuse_synced); a source
        added again under the same name finds them by their ids and owns them again."""
        with self.sessions.begin() as s:
            row = source_row(s, name)
            handed = hand_over_pending(s, self.clock.now(), row.name)
            audit.record(s, self.clock, actor, "remove_source", "sync_source", row.id,
                         f"{row.kind} write_backs_to_staff={handed}")
            s.delete(row)
        self.secrets.forget(row.name)
        self.events.publish(Changes(sync=True))


def source_row(s: Session, name: str) -> SyncSource:
    row = s.scalar(select(SyncSource).where(SyncSource.name == name))
    if row is None:
        raise NotFoundError(f"There is no sync source called “{name}”.")
    return row


def _settings(row: SyncSource) -> dict[str, object]:
    try:
        loaded = json.loads(row.settings or "{}")
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}
