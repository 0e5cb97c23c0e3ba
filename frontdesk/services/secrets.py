"""The one module that talks to the OS keyring.

Everything secret (the database key, later the Twilio and SMTP credentials)
goes through `SecretStore`. It never falls back to a plaintext store: if no
secure backend works, it says so and what to do.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from frontdesk.services.errors import SecretStoreError

T = TypeVar("T")

log = logging.getLogger(__name__)
SERVICE = "FrontDesk"

NO_BACKEND_HINT = (
    "On Linux, install and start GNOME Keyring or KWallet (a Secret Service) and log in "
    "to the desktop; on Windows and macOS the system store is used. Then start FrontDesk again."
)
LOCKED_HINT = "Unlock your keyring (log in to the desktop, or unlock it in Passwords and Keys)."


def _is_insecure(backend: KeyringBackend) -> bool:
    mod = type(backend).__module__
    name = type(backend).__name__
    if mod.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return True
    return mod.startswith("keyrings.alt") and any(
        w in name for w in ("Plaintext", "Uncrypted", "Unencrypted", "Escrow")
    )


def _usable(backend: KeyringBackend) -> list[KeyringBackend]:
    if hasattr(backend, "backends"):  # the chainer: judge what it chains
        return [b for b in backend.backends if not _is_insecure(b)]
    return [] if _is_insecure(backend) else [backend]


def platform_backend() -> KeyringBackend:
    """The system store, named explicitly: a packaged binary loses keyring's discovery."""
    if sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring

        return WinVaultKeyring()
    if sys.platform == "darwin":
        from keyring.backends.macOS import Keyring as MacKeyring

        return MacKeyring()
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    return SecretServiceKeyring()  # type: ignore[no-untyped-call]  # keyring left it bare


class SecretStore:
    """Named secrets for one service name in the OS keyring."""

    def __init__(self, service: str = SERVICE, backend: KeyringBackend | None = None) -> None:
        self.service = service
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            frozen = getattr(sys, "frozen", False)
            self._backend = platform_backend() if frozen else keyring.get_keyring()
        usable = _usable(self._backend)
        if not usable:
            raise SecretStoreError(
                "No secure password store (keyring) is available on this computer.",
                hint=NO_BACKEND_HINT,
            )
        # A chainer would also read and write the insecure stores it chains (a plaintext
        # file ahead of the Secret Service): talk to its best secure backend only.
        return usable[0]

    def describe(self) -> str:
        return type(self.backend).__name__

    def get(self, name: str) -> str | None:
        return self._call(lambda b: b.get_password(self.service, name))

    def set(self, name: str, value: str) -> None:
        self._call(lambda b: b.set_password(self.service, name, value))

    def delete(self, name: str) -> None:
        try:
            self._call(lambda b: b.delete_password(self.service, name))
        except SecretStoreError as err:
            if not isinstance(err.__cause__, keyring.errors.PasswordDeleteError):
                raise

    def _call(self, fn: Callable[[KeyringBackend], T]) -> T:
        backend = self.backend
        try:
            return fn(backend)
        except keyring.errors.KeyringLocked as exc:
            raise SecretStoreError("Your keyring is locked.", hint=LOCKED_HINT) from exc
        except keyring.errors.PasswordDeleteError as exc:
            raise SecretStoreError("That secret is not in the keyring.") from exc
        except (keyring.errors.KeyringError, OSError) as exc:
            log.warning("Keyring call failed: %s", type(exc).__name__)
            raise SecretStoreError(
                "The password store (keyring) did not answer.", hint=NO_BACKEND_HINT
            ) from exc
        except Exception as exc:  # secretstorage / D-Bus errors surface with their own types
            locked = "lock" in type(exc).__name__.lower()
            log.warning("Keyring call failed: %s", type(exc).__name__)
            if locked:
                raise SecretStoreError("Your keyring is locked.", hint=LOCKED_HINT) from exc
            raise SecretStoreError(
                "The password store (keyring) did not answer.", hint=NO_BACKEND_HINT
            ) from exc
