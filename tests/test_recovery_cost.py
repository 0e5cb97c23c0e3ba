"""The recovery file records its scrypt cost: raising the cost later keeps old codes working."""

from __future__ import annotations

import frontdesk.services.vault as vault_module
from frontdesk.services.vault import new_recovery_code, unwrap_key, wrap_key


def test_shipped_cost_is_strong():
    # The suite runs at a lower cost (conftest); what ships must stay at 2**15 or more.
    assert vault_module.SCRYPT_N >= 2**15


def test_a_code_wrapped_at_one_cost_unwraps_after_the_cost_changes(monkeypatch):
    code, key = new_recovery_code(), bytes(range(32))
    blob = wrap_key(key, code)
    assert blob["n"] == vault_module.SCRYPT_COST["n"]
    monkeypatch.setitem(vault_module.SCRYPT_COST, "n", blob["n"] * 2)
    assert unwrap_key(blob, code) == key
