"""A dispatcher in a process of its own, for the crash tests (tests/test_crash_exactly_once.py).

It opens the practice's database as the app does (the key from the real keyring, the Twilio
credentials from the keyring too), runs `Dispatcher.run_once` until nothing more is due, and
prints a JSON line of what it did. It may be killed (SIGKILL) at any moment by the parent.

    python tests/fakes/dispatch_child.py DATA_DIR KEYRING_SERVICE TWILIO_URL NOW_ISO

FRONTDESK_CRASH_AT="POINT:N" makes it SIGKILL itself on the Nth call at one step of a send
(the production code has no hooks: the methods are wrapped here):

- `before_post`: the row is committed SENDING; the Twilio request was never made.
- `after_accept`: Twilio accepted the message; the outcome was never recorded.
- `mid_record`: `_record` changed the row and flushed it inside its transaction; no commit.

It prints "ready" once the database is open, just before the first `run_once`, so a parent
can kill it at a random moment of the sending itself.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from datetime import datetime, timedelta
from pathlib import Path


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def install_crash(point: str, nth: int) -> None:
    from frontdesk.services.reminders.dispatcher import Dispatcher
    from frontdesk.services.reminders.senders import Senders

    calls = {"n": 0}

    def hit() -> bool:
        calls["n"] += 1
        return calls["n"] == nth

    if point in ("before_post", "after_accept"):
        send = Senders.send

        def crashing_send(self, msg, *, row_uid):
            if point == "before_post" and hit():
                die()
            result = send(self, msg, row_uid=row_uid)
            if point == "after_accept" and hit():
                die()
            return result

        Senders.send = crashing_send
    elif point == "mid_record":
        record = Dispatcher._record

        def crashing_record(self, s, row, out, result, report):
            record(self, s, row, out, result, report)
            if hit():
                s.flush()  # the UPDATE is in the database's transaction, not committed
                die()

        Dispatcher._record = crashing_record
    else:
        raise SystemExit(f"unknown crash point {point!r}")


def main(data_dir: str, service: str, twilio_url: str, now_iso: str) -> None:
    crash = os.environ.get("FRONTDESK_CRASH_AT", "")
    if crash:
        point, _, nth = crash.partition(":")
        install_crash(point, int(nth))

    from frontdesk.clock import FixedClock
    from frontdesk.domain import Channel
    from frontdesk.paths import AppPaths
    from frontdesk.services.container import Services
    from frontdesk.services.credentials import CredentialStore
    from frontdesk.services.delivery import DeliverySetup
    from frontdesk.services.reminders.dispatcher import DispatchReport, Pacer
    from frontdesk.services.secrets import SecretStore
    from frontdesk.services.vault import Vault

    secrets = SecretStore(service=service)
    opened = Vault(AppPaths(Path(data_dir)), secrets).open()
    delivery = DeliverySetup(CredentialStore(secrets), twilio_api_base=twilio_url)
    svc = Services.build(opened.engine, FixedClock(datetime.fromisoformat(now_iso)),
                         delivery=delivery, pacer=Pacer(sleep=lambda s: None),
                         reconcile_after=timedelta(minutes=2))
    if not svc.delivery.senders().is_live(Channel.SMS):
        raise SystemExit("Twilio is not set up in the keyring")
    print("ready", flush=True)
    total = DispatchReport()
    for _ in range(50):
        report = svc.dispatcher.run_once()
        for key, value in vars(report).items():
            setattr(total, key, getattr(total, key) + value)
        if not any(vars(report).values()):
            break
    print(json.dumps(vars(total)), flush=True)
    svc.close()


if __name__ == "__main__":
    main(*sys.argv[1:5])
