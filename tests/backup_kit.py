"""What the backup tests share: a practice whose services hold the keyring (as the app's do),
and every table's rows read back by SQL from a real encrypted file."""

from __future__ import annotations

from pathlib import Path

from frontdesk.models.database import connect
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault


def keyed_services(vault: Vault, clock, secret_store: SecretStore) -> tuple[Services, str]:
    """A new practice's services with the keyring behind them (backups need its key), and its
    recovery code."""
    opened = vault.create()
    code = opened.recovery_code
    assert code is not None
    svc = Services.build(opened.engine, clock, credentials=CredentialStore(secret_store))
    svc.practice.store_recovery_code(code)
    return svc, code


def key_of(vault: Vault) -> bytes:
    stored = vault.secrets.get(vault.key_name)
    assert stored
    return bytes.fromhex(stored)


def all_rows(path: Path, key: bytes) -> dict[str, list[tuple]]:
    """Every table's rows (every column; sorted, so that the order they are stored in does not
    count), read with SQL alone."""
    conn = connect(path, key)  # not read-only: that would skip what is still in the WAL
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        found = {}
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            found[table] = sorted(rows, key=repr)
        return found
    finally:
        conn.close()
