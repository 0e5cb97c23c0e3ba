"""The installation check's local lines: the keyring and the key, the recovery file, the
database (opens, every page and the structure checked, the audit trail's chain), its schema,
free disk space and the log folder. Only reads: nothing here migrates, repairs or creates."""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from frontdesk.logging_setup import BACKUPS, LOG_NAME, MAX_BYTES
from frontdesk.models.database import KEY_BYTES, DatabaseKeyError, DatabaseOpenError, connect
from frontdesk.services import integrity, integrity_child
from frontdesk.services.audit_checkpoint import ChainCheckpoint
from frontdesk.services.doctor_lines import Check, not_checked, ok, problem, warning
from frontdesk.services.errors import SecretStoreError
from frontdesk.services.installation import Installation
from frontdesk.services.vault import Vault, key_fingerprint
from frontdesk.services.vault_problems import OpenProblems, drive_of

log = logging.getLogger(__name__)
KEYRING, RECOVERY, DATABASE, AUDIT, SCHEMA = ("Keyring", "Recovery file", "Database",
                                              "Audit trail", "Database schema")
DISK, LOGS = "Free disk space", "Log folder"
MB = 1024 * 1024
SPACE_PROBLEM, SPACE_WARNING = 200 * MB, 1024 * MB  # at least, and at least 2× / 5× the data
RECOVER = ("Start FrontDesk (or run `frontdesk recover` on a terminal) and enter the recovery "
           "code given at set-up: it puts the key back in the keyring.")
BACKENDS = {"SecretService": "Secret Service: GNOME Keyring or KWallet",
            "Windows": "Windows Credential Manager", "macOS": "macOS Keychain"}


@dataclass
class StoreFindings:
    """The lines, and what the rest of the check may rely on."""

    checks: list[Check] = field(default_factory=list)
    key: bytes | None = None  # the key that opens the database (None: it did not open)
    revision: str | None = None  # the database's schema revision
    at_head: bool = False  # the schema is this program's: its services can read it


def backend_name(secrets_describe: str, module: str) -> str:
    return BACKENDS.get(module.rsplit(".", 1)[-1], secrets_describe)


def keyring_line(inst: Installation) -> tuple[Check, bytes | None]:
    """Is there a secure keyring, does it answer, and does it hold the database key?"""
    try:
        backend = inst.secrets.backend
    except SecretStoreError as err:
        return problem(KEYRING, err.message, err.hint), None
    name = backend_name(type(backend).__name__, type(backend).__module__)
    try:
        stored = inst.secrets.get(Vault(inst.paths, inst.secrets).key_name)
    except SecretStoreError as err:
        return problem(KEYRING, f"{name}: {err.message}", err.hint), None
    if not stored:
        if inst.paths.database.exists():
            return problem(KEYRING, f"The keyring ({name}) answers, but the database key is "
                           "not in it, so the database cannot be opened.", RECOVER), None
        return ok(KEYRING, f"The keyring ({name}) answers; no database key yet (no practice "
                  "was set up in this folder)."), None
    try:
        key = bytes.fromhex(stored)
        if len(key) != KEY_BYTES:
            raise ValueError
    except ValueError:
        return problem(KEYRING, f"The database key in the keyring ({name}) is damaged.",
                       RECOVER), None
    return ok(KEYRING, f"The keyring ({name}) answers and holds the database key."), key


def recovery_line(inst: Installation, key: bytes | None) -> Check:
    """The recovery file opens the data with the recovery code when the keyring is lost."""
    path = inst.paths.recovery_file
    if not path.exists():
        if not inst.paths.database.exists():
            return ok(RECOVERY, "None yet (no practice was set up in this folder).")
        return warning(RECOVERY, f"{path.name} is missing: if this computer's keyring is "
                       "lost, the recovery code cannot open the data.",
                       f"Put {path.name} back in {inst.data_dir} from a backup of that folder "
                       "(backups keep a copy beside each file).")
    try:
        blob = json.loads(path.read_text("utf-8"))
        fingerprint = blob.get("key_check", "") if isinstance(blob, dict) else None
        if fingerprint is None or "sealed_key" not in blob:
            raise ValueError
    except (OSError, ValueError, UnicodeDecodeError):
        return warning(RECOVERY, f"{path.name} is damaged: the recovery code cannot open the "
                       "data with it.", f"Put {path.name} back from a backup of {inst.data_dir}.")
    if key is not None and fingerprint and fingerprint != key_fingerprint(key):
        return warning(RECOVERY, f"{path.name} belongs to another key: the recovery code "
                       "would not open this database.",
                       f"Put back the {path.name} that was made with this database (from a "
                       "backup of the folder).")
    return ok(RECOVERY, f"{path.name} is there: with the recovery code it opens the data if "
              "the keyring is ever lost.")


def _key_is_right(inst: Installation, key: bytes) -> bool | None:
    try:
        check = json.loads(inst.paths.recovery_file.read_text("utf-8")).get("key_check")
    except (OSError, ValueError, AttributeError):
        return None
    return check == key_fingerprint(key) if check else None


def database_lines(inst: Installation, key: bytes | None) -> StoreFindings:
    """Database, Audit trail and Database schema."""
    found = StoreFindings()
    paths, problems = inst.paths, OpenProblems(inst.paths)
    db = paths.database
    if not db.exists():
        if key is not None or paths.recovery_file.exists():
            err = problems.data_missing(key is not None, paths.recovery_file.exists())
            found.checks.append(problem(DATABASE, err.message, err.hint))
        else:
            found.checks.append(problem(
                DATABASE, f"There is no FrontDesk database in {inst.data_dir}.",
                "Start FrontDesk to set up the practice there, or run the check with "
                "--data-dir set to the folder that holds frontdesk.db."))
        found.checks += [not_checked(AUDIT, "there is no database"),
                         not_checked(SCHEMA, "there is no database")]
        return found
    evidence = integrity.size_evidence(db)
    if evidence:
        err = problems.damaged(evidence, key)
        found.checks += [problem(DATABASE, err.message, err.hint),
                         not_checked(AUDIT, "the database file is damaged"),
                         not_checked(SCHEMA, "the database file is damaged")]
        return found
    if key is None:
        found.checks += [not_checked(DATABASE, "its key is not available (see Keyring)"),
                         not_checked(AUDIT, "the database did not open"),
                         not_checked(SCHEMA, "the database did not open")]
        return found
    try:
        conn = connect(db, key)
    except DatabaseKeyError:
        err = problems.key_refused(key, _key_is_right(inst, key))
        found.checks.append(problem(DATABASE, err.message, RECOVER if err.reason ==
                                    err.WRONG_KEY else err.hint))
    except DatabaseOpenError as exc:
        err = problems.named(exc, key)
        found.checks.append(problem(DATABASE, err.message, err.hint))
    except sqlcipher.Error as exc:
        found.checks.append(problem(DATABASE, f"The database did not open ({type(exc).__name__})."
                                    , "Look in FrontDesk's log, then ask for support."))
    else:
        try:
            found.revision = _revision(conn)
        finally:
            conn.close()
        found.key = key
    if found.key is None:
        found.checks += [not_checked(AUDIT, "the database did not open"),
                         not_checked(SCHEMA, "the database did not open")]
        return found
    found.checks += _integrity_lines(inst, key)
    schema, found.at_head = schema_line(found.revision)
    found.checks.append(schema)
    return found


def _revision(conn: sqlcipher.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher.Error:
        return None
    return str(row[0]) if row else None


def _integrity_lines(inst: Installation, key: bytes) -> list[Check]:
    """Every page's HMAC (cipher_integrity_check) and SQLite's structure with every index
    against its table (integrity_check), then the audit trail's chain, in a child process
    that closing FrontDesk can stop."""
    checkpoint = None
    if not inst.demo:
        try:
            checkpoint = ChainCheckpoint(inst.secrets, inst.paths.database).load()
        except SecretStoreError:
            checkpoint = None
    try:
        report = integrity_child.check(inst.paths, key, checkpoint, full=True)
    except integrity_child.CheckStopped:
        return [not_checked(DATABASE, "FrontDesk is closing"),
                not_checked(AUDIT, "FrontDesk is closing")]
    size = _size(inst.paths.database)
    if not report.ok:
        return [problem(DATABASE, report.summary(),
                        integrity.restore_hint(inst.paths, report.backup)),
                not_checked(AUDIT, "the database file is damaged")]
    lines = [ok(DATABASE, f"Opens with the key from the keyring; every page passed its "
                f"check (cipher_integrity_check) and so did the structure (integrity_check). "
                f"{size}.")]
    chain = report.audit
    if chain is None:
        lines.append(not_checked(AUDIT, "the chain could not be read"))
    elif chain.ok:
        lines.append(ok(AUDIT, "Intact: " + chain.summary().removeprefix(
            "Audit trail intact: ")))
    else:
        lines.append(problem(AUDIT, chain.warning(),
                             "Run `frontdesk audit verify` to see the first altered entry; "
                             "tell the practice owner."))
    return lines


def schema_line(revision: str | None) -> tuple[Check, bool]:
    from frontdesk.models import migrate

    head = migrate.quick_head() or migrate.head_revision()
    if revision is not None and revision == head:
        return ok(SCHEMA, f"At this version's schema ({revision})."), True
    if revision is None:
        return (warning(SCHEMA, "The database has no schema yet: it is set up at the next "
                        "start.", "Start FrontDesk once."), False)
    if _known(revision):
        return (warning(SCHEMA, f"At an older schema ({revision}; this version's is {head}): "
                        "FrontDesk upgrades it at the next start, after an encrypted copy "
                        "to backups/.", "Start FrontDesk once; it upgrades the database."),
                False)
    return (problem(SCHEMA, f"The database was written by a newer FrontDesk (schema "
                    f"{revision}, unknown to this version).",
                    "Install the newer FrontDesk again (or restore a backup made by this "
                    "version)."), False)


def _known(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    from frontdesk.models import migrate

    try:
        script = ScriptDirectory.from_config(migrate.alembic_config())
        return script.get_revision(revision) is not None
    except Exception:  # alembic's own errors for an unknown revision
        return False


def _size(path: Path) -> str:
    total = sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal"))
                if p.exists())
    return f"The file is {human(total)}"


def human(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"  # pragma: no cover


def judge_space(free: int, total: int, data: int, where: str) -> Check:
    """Free space against what the database, its backups and the logs need."""
    said = f"{human(free)} free of {human(total)} on {where}"
    if free < max(SPACE_PROBLEM, 2 * data):
        return problem(DISK, f"Only {said}: when the disk fills, FrontDesk stops saving "
                       "bookings and replies.", f"Free space on {where} (move or delete large "
                       "files nobody needs).")
    if free < max(SPACE_WARNING, 5 * data):
        return warning(DISK, f"{said}: little room for the database to grow and for backups.",
                       f"Free some space on {where}.")
    return ok(DISK, f"{said}.")


def disk_line(inst: Installation) -> Check:
    folder = inst.data_dir
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        usage = shutil.disk_usage(folder)
    except OSError as exc:
        return warning(DISK, f"Could not read the free space of {folder} "
                       f"({exc.strerror or type(exc).__name__}).")
    db = inst.paths.database
    data = sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists())
    return judge_space(usage.free, usage.total, data, drive_of(folder))


def log_line(inst: Installation) -> Check:
    folder = inst.log_folder()
    if folder.exists() and not folder.is_dir():
        return problem(LOGS, f"{folder} is a file, not a folder, so FrontDesk cannot write "
                       "its log there.", "Move or remove that file; FrontDesk makes the "
                       "folder at its next start.")
    if not folder.is_dir():
        return warning(LOGS, f"{folder} does not exist yet: FrontDesk has not run with this "
                       "data folder.", "Start FrontDesk once; it makes the folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        return problem(LOGS, f"FrontDesk is not allowed to write in {folder}, so what it "
                       "does is not recorded.", f"Give this user write permission on {folder}.")
    files = sorted(folder.glob(f"{LOG_NAME}*"))
    if not files:
        return ok(LOGS, f"{folder}: no log written yet.")
    size = sum(p.stat().st_size for p in files)
    words = (f"{folder}: {len(files)} file{'s' if len(files) != 1 else ''}, {human(size)} "
             f"(a file is rotated at {MAX_BYTES // MB} MB, {BACKUPS} old ones kept).")
    crashes = sorted(folder.glob("crash-*.txt"), key=lambda p: p.stat().st_mtime)
    if crashes:
        return warning(LOGS, f"{words} FrontDesk stopped on an unexpected error "
                       f"{len(crashes)} time{'s' if len(crashes) != 1 else ''}; the newest "
                       f"report is {crashes[-1].name} (no client data in it).",
                       "Send the crash reports with Copy support info to whoever supports "
                       "FrontDesk, then delete them.")
    return ok(LOGS, words)


def store_lines(inst: Installation) -> StoreFindings:
    """Keyring, Recovery file, Database, Audit trail, Database schema, Free disk space, Logs."""
    keyring, key = keyring_line(inst)
    found = database_lines(inst, key)
    found.checks = [keyring, recovery_line(inst, key), *found.checks, disk_line(inst),
                    log_line(inst)]
    return found
