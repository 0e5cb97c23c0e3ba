"""A locked keyring (real GNOME Keyring, locked over D-Bus) gets a clear message, not a hang.

Runs in its own D-Bus session so that locking does not touch the other tests' keyring.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import secretstorage
from frontdesk.services.errors import SecretStoreError
from frontdesk.services.secrets import SecretStore
from frontdesk.paths import AppPaths
from frontdesk.services.vault import Vault
import pathlib, sys, tempfile

store = SecretStore("FrontDesk-lock-test")
store.set("probe", "value")
assert store.get("probe") == "value"
conn = secretstorage.dbus_init()
secretstorage.get_default_collection(conn).lock()
try:
    store.get("probe")
    print("NOT-REFUSED")
except SecretStoreError as err:
    print("REFUSED:", err)
data = pathlib.Path(tempfile.mkdtemp())
try:
    Vault(AppPaths(data).ensure(), store).create()
    print("CREATED")
except SecretStoreError:
    print("NO-DB" if not (data / "frontdesk.db").exists() else "DB-LEFT")
"""


def test_locked_keyring_is_refused_with_a_message_and_no_database():
    env = {k: v for k, v in os.environ.items() if k != "FRONTDESK_IN_TEST_KEYRING"}
    env.pop("DISPLAY", None)  # no prompter can appear: the unlock prompt fails at once
    result = subprocess.run([str(ROOT / "scripts" / "with-test-keyring"), sys.executable, "-c",
                             SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert "REFUSED: Your keyring is locked." in result.stdout, result.stdout + result.stderr
    assert "Unlock your keyring" in result.stdout
    assert "NO-DB" in result.stdout
