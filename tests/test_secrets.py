"""SecretStore on the real Secret Service, and its refusal of every insecure keyring."""

from __future__ import annotations

import uuid

import keyring.errors
import pytest
import secretstorage
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, chainer, fail, null
from keyring.compat import properties

from frontdesk.services.errors import SecretStoreError
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault, VaultState


class _TestOnly(KeyringBackend):
    """Never viable, so keyring's own discovery can never pick these test classes."""

    calls: list[str]

    @properties.classproperty
    def priority(cls):
        raise RuntimeError("a test-only backend")

    def __init__(self):
        super().__init__()
        self.calls = []

    def get_password(self, service, username):
        self.calls.append("get")

    def set_password(self, service, username, password):
        self.calls.append("set")

    def delete_password(self, service, username):
        self.calls.append("delete")


class PlaintextKeyring(_TestOnly):
    """Shaped like keyrings.alt's file backend, which keeps secrets in the clear."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class LockedKeyring(_TestOnly):
    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("the collection is locked")

    set_password = delete_password = get_password


class LockedException(Exception):  # the name secretstorage gives it
    """What secretstorage raises for a locked collection (its own type, not keyring's)."""


class DbusLockedKeyring(_TestOnly):
    def get_password(self, service, username):
        raise LockedException("locked")


class BrokenKeyring(_TestOnly):
    def get_password(self, service, username):
        raise keyring.errors.KeyringError("no answer on the bus")


def chain_of(*backends) -> chainer.ChainerBackend:
    class TestChain(chainer.ChainerBackend):
        viable = False

        @properties.classproperty
        def priority(cls):
            raise RuntimeError("a test-only chain")

    TestChain.backends = list(backends)
    return TestChain()


@pytest.fixture
def name() -> str:
    return f"test-secret-{uuid.uuid4().hex[:8]}"


def in_secret_service(service: str, name: str) -> list[bytes]:
    """Read the daemon directly, past keyring, to prove where a secret landed."""
    conn = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(conn)
        return [item.get_secret() for item in
                collection.search_items({"service": service, "username": name})]
    finally:
        conn.close()


# ---- the real keyring ------------------------------------------------------

def test_round_trip_on_the_real_keyring(secret_store, name):
    assert secret_store.get(name) is None
    secret_store.set(name, "cafe-ü-0123")
    assert secret_store.get(name) == "cafe-ü-0123"
    assert SecretStore(service=secret_store.service).get(name) == "cafe-ü-0123"
    assert in_secret_service(secret_store.service, name) == ["cafe-ü-0123".encode()]
    secret_store.set(name, "second")
    assert secret_store.get(name) == "second"
    secret_store.delete(name)
    assert secret_store.get(name) is None
    assert in_secret_service(secret_store.service, name) == []
    secret_store.delete(name)  # deleting what is not there is not an error


def test_secrets_are_per_service_name(secret_store, name):
    other = SecretStore(service=secret_store.service + "-other")
    secret_store.set(name, "mine")
    try:
        assert other.get(name) is None
    finally:
        secret_store.delete(name)


# ---- insecure or broken backends -------------------------------------------

@pytest.mark.parametrize("backend", [
    fail.Keyring(), null.Keyring(), PlaintextKeyring(),
    chain_of(), chain_of(fail.Keyring(), null.Keyring(), PlaintextKeyring()),
], ids=["fail", "null", "plaintext", "empty-chain", "insecure-chain"])
def test_insecure_backends_are_refused(backend, name):
    store = SecretStore(service="FrontDesk-test", backend=backend)
    for action in (lambda: store.get(name), lambda: store.set(name, "x"),
                   lambda: store.delete(name), store.describe):
        with pytest.raises(SecretStoreError) as err:
            action()
        assert "keyring" in err.value.message
        assert "GNOME Keyring" in err.value.hint and "KWallet" in err.value.hint
    chained = getattr(backend, "backends", [backend])
    assert all(b.calls == [] for b in chained if isinstance(b, _TestOnly))  # never used


def test_a_chain_uses_only_its_secure_backend(secret_store, name):
    """A plaintext store chained ahead of the Secret Service is never written or read."""
    plaintext = PlaintextKeyring()
    store = SecretStore(service=secret_store.service,
                        backend=chain_of(plaintext, SecretService.Keyring()))
    store.set(name, "sealed")
    try:
        assert store.get(name) == "sealed"
        assert in_secret_service(store.service, name) == [b"sealed"]
    finally:
        store.delete(name)
    assert plaintext.calls == []
    assert store.describe() == "Keyring"  # SecretService.Keyring, not the plaintext one


@pytest.mark.parametrize("backend", [LockedKeyring(), DbusLockedKeyring()],
                         ids=["keyring-error", "secretstorage-error"])
def test_locked_keyring_says_locked(backend, name):
    store = SecretStore(service="FrontDesk-test", backend=backend)
    with pytest.raises(SecretStoreError) as err:
        store.get(name)
    assert "locked" in str(err.value).lower()
    assert "Unlock" in err.value.hint


def test_keyring_that_does_not_answer(name):
    store = SecretStore(service="FrontDesk-test", backend=BrokenKeyring())
    with pytest.raises(SecretStoreError) as err:
        store.get(name)
    assert "did not answer" in err.value.message
    assert isinstance(err.value.__cause__, keyring.errors.KeyringError)


# ---- the vault on a failing store ------------------------------------------

@pytest.mark.parametrize("backend", [fail.Keyring(), LockedKeyring()], ids=["fail", "locked"])
def test_vault_on_a_failing_store_writes_nothing(paths, backend):
    vault = Vault(paths, SecretStore(service="FrontDesk-test", backend=backend))
    if isinstance(backend, fail.Keyring):  # no keyring at all: said before any set-up screen
        with pytest.raises(SecretStoreError):
            vault.state()
    with pytest.raises(SecretStoreError):
        vault.create()
    assert not paths.database.exists()
    assert not paths.recovery_file.exists()
    assert [p.name for p in paths.data_dir.iterdir() if p.is_file()] == []


def test_vault_on_a_failing_store_with_an_existing_database(paths, vault):
    vault.create().engine.dispose()
    before = paths.database.read_bytes()
    broken = Vault(paths, SecretStore(service="FrontDesk-test", backend=fail.Keyring()))
    with pytest.raises(SecretStoreError):
        broken.state()
    with pytest.raises(SecretStoreError):
        broken.open()
    assert paths.database.read_bytes() == before
    assert vault.state() is VaultState.READY
