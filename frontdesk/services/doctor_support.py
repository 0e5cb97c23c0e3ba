"""Support information (Copy support info, `frontdesk doctor --support-info`) and Help →
About: versions, folders, the check's lines and how many rows the database holds. Never a
name, number, address, email, message text or any other database content beyond counts."""

from __future__ import annotations

import platform
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from frontdesk.services.doctor_lines import Check, as_text, tally
from frontdesk.services.installation import LICENCE, AboutInfo, Installation, version

# (what it is called, table): counts only, never a row's content
COUNTED = (("clients", "client"), ("appointments", "appointment"),
           ("messages out", "outbox_message"), ("replies in", "inbound_message"),
           ("staff accounts", "staff_account"), ("calendar sources", "sync_source"),
           ("audit entries", "audit_entry"))


def system() -> str:
    return platform.platform(terse=False)


def python() -> str:
    return f"{platform.python_version()} ({platform.python_implementation()}, " \
           f"{platform.machine() or 'unknown machine'})"


def qt_from_package() -> str:
    """PySide6's version from its package record (Qt is not imported below the UI)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    for name in ("PySide6-Essentials", "PySide6"):
        try:
            return f"PySide6 {dist_version(name)} (from its package; Qt not loaded)"
        except PackageNotFoundError:
            continue
    return "not found"


def about_info(inst: Installation) -> AboutInfo:
    return AboutInfo(version=version(), data_dir=inst.data_dir, log_dir=inst.log_folder(),
                     demo=inst.demo,
                     python=python(), system=system(), licence=LICENCE)


def counts(engine: Engine | None) -> str:
    """"clients 12, appointments 3,402, …" (row counts only)."""
    if engine is None:
        return "not read (the database did not open)"
    found = []
    try:
        with engine.connect() as conn:
            for label, table in COUNTED:
                n = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                found.append(f"{label} {int(n):,}")
    except SQLAlchemyError as exc:
        found.append(f"(stopped: {type(exc).__name__})")
    return ", ".join(found)


def support_text(inst: Installation, checks: Sequence[Check], engine: Engine | None,
                 runtime: Mapping[str, str], now: datetime) -> str:
    """The whole text, for a support request."""
    about = about_info(inst)
    packaged = " (installed bundle)" if getattr(sys, "frozen", False) else ""
    facts = [
        ("FrontDesk", f"{about.version}{packaged}, licence {about.licence}"),
        ("Operating system", about.system),
        ("Python", about.python),
        ("Qt", runtime.get("Qt") or qt_from_package()),
        *[(k, v) for k, v in runtime.items() if k != "Qt"],
        ("Data folder", f"{about.data_dir}{' (the demo practice)' if inst.demo else ''}"),
        ("Log folder", str(about.log_dir)),
        ("Database rows", counts(engine)),
        ("Checked", f"{now.astimezone(UTC):%Y-%m-%d %H:%M} UTC: {tally(checks)}"),
    ]
    width = max(len(k) for k, _ in facts) + 2
    head = "\n".join(f"{k + ':':<{width}}{v}" for k, v in facts)
    return (f"FrontDesk support information (no client data)\n{head}\n\n"
            f"{as_text(checks)}\n")
