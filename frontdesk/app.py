"""The composition root: command line → paths → logging → vault → services → UI.

`frontdesk`              open the window on the practice's database
`frontdesk --demo`       open the demo practice (fictional clients), creating it if needed
`frontdesk serve`        the background work without a window (for a PC with no display)
`frontdesk recover`      unlock with the recovery code on the terminal
`frontdesk recovery-code` show the recovery code once more (on a terminal only; audited)
`frontdesk day YYYY-MM-DD [--json]`   a day's places (read-only)
`frontdesk outbox [--from D] [--to D] [--json]`   planned and sent messages (read-only)
`frontdesk sync [--once] [--source NAME] [--list]`   read the calendar sources once
`frontdesk import PATH --kind appointments|ics [--mapping NAME] [--dry-run]`   a file in
`frontdesk audit verify`   check the audit trail's hash chain (exit 1: altered)
`frontdesk backup [--to DIR] [--list] [--folder DIR]`   an encrypted backup now, or the list
`frontdesk restore FILE [--recovery-code]`   check a backup, then put it in place
`frontdesk doctor [--json] [--support-info]`   check the installation (exit 0, 1 or 2)
"""

from __future__ import annotations

import argparse
import getpass
import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from frontdesk import __version__
from frontdesk.clock import Clock, SystemClock
from frontdesk.paths import AppPaths, default_paths
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore
from frontdesk.services.installation import Installation
from frontdesk.services.instance_lock import InstanceLock
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault

if TYPE_CHECKING:
    from frontdesk.services.background import BackgroundWork

log = logging.getLogger(__name__)
# The reply rules' compiled patterns, kept between starts (no client data: see
# services/background.warm_up_triage), in the data folder's cache/.
RULES_FILE = "reply-rules.bin"


class Composition:
    """Builds every long-lived part, once, from the command line's choices."""

    def __init__(self, data_dir: str | None, clock: Clock | None = None,
                 secrets: SecretStore | None = None) -> None:
        self.data_dir = data_dir
        self.clock = clock or SystemClock()
        self.secrets = secrets or SecretStore()

    def paths(self, profile: str) -> AppPaths:
        return default_paths(profile, self.data_dir).ensure()

    def vault(self, profile: str) -> Vault:
        """The demo practice keeps no secrets of its own: no audit chain checkpoint."""
        return Vault(self.paths(profile), self.secrets, audit_checkpoint=profile != "demo")

    def services(self, engine, demo: bool = False) -> Services:
        """The demo practice never sends: it has no credentials, so it records only."""
        credentials = None if demo else CredentialStore(self.secrets)
        svc = Services.build(engine, self.clock, credentials=credentials)
        svc.installation = self.installation(demo)
        return svc

    def installation(self, demo: bool = False) -> Installation:
        """Where the files are and the keyring (for the installation check and About); the
        window logs in the practice folder's logs/, the demo's too. Creates no folder."""
        return Installation(default_paths("demo" if demo else "practice", self.data_dir),
                            default_paths("practice", self.data_dir).log_dir, self.secrets,
                            demo=demo)

    def create_practice(self, demo: bool) -> tuple[Services, str]:
        """A new encrypted database (demo-seeded or empty) and its recovery code."""
        opened = self.vault("demo" if demo else "practice").create()
        code = opened.recovery_code
        assert code is not None  # create() always makes one
        svc = self.services(opened.engine, demo)
        svc.practice.store_recovery_code(code)
        if demo:
            from frontdesk.services.demo import seed_demo

            seed_demo(svc)
        return svc, code

    def sending_lock(self, demo: bool = False) -> InstanceLock:
        """The one lock every sender takes: the GUI, `serve` and `serve --once`."""
        return InstanceLock(self.paths("demo" if demo else "practice").data_dir / "sending.lock")

    def background(self, svc: Services, demo: bool = False) -> BackgroundWork:
        """The scheduler and its jobs (imported here: the window starts them after it is up)."""
        from frontdesk.services.background import BackgroundWork

        folder = self.paths("demo" if demo else "practice").data_dir
        return BackgroundWork(svc, lock=self.sending_lock(demo),
                              rules_file=folder / "cache" / RULES_FILE)

    @staticmethod
    def actor() -> str:
        """Who is acting, for the audit trail (the OS user until FrontDesk has accounts)."""
        try:
            return getpass.getuser()
        except Exception:  # no user name in this environment
            return "front desk"


def _common_options(before_command: bool) -> argparse.ArgumentParser:
    """--demo and --data-dir, taken before or after the command: after it, an option left out
    does not undo the same option given before it."""
    common = argparse.ArgumentParser(add_help=False)
    unset: dict[str, Any] = {} if before_command else {"default": argparse.SUPPRESS}
    common.add_argument("--demo", action="store_true", **unset,
                        help="use the demo practice (fictional clients), kept apart from real data")
    common.add_argument("--data-dir", metavar="DIR", **unset,
                        help="keep FrontDesk's files here (default: your user data folder)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(before_command=True)
    parser = argparse.ArgumentParser(prog="frontdesk", parents=[common],
                                     description="The front desk of a small practice.")
    parser.add_argument("--version", action="version", version=f"FrontDesk {__version__}")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="render the main window offscreen to this PNG and exit")
    parser.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="open the schedule on this day instead of today")
    sub = parser.add_subparsers(dest="command")
    common = _common_options(before_command=False)
    serve = sub.add_parser("serve", parents=[common],
                           help="run the background work without a window")
    serve.add_argument("--once", action="store_true", help="run one check and exit")
    sub.add_parser("recover", parents=[common],
                   help="unlock the database with the recovery code")
    sub.add_parser("recovery-code", parents=[common],
                   help="show the recovery code on this terminal (never printed into logs)")
    day = sub.add_parser("day", parents=[common], help="list a day's places (read-only)")
    day.add_argument("day", type=date.fromisoformat, metavar="YYYY-MM-DD")
    day.add_argument("--json", action="store_true", help="print JSON for scripts")
    outbox = sub.add_parser("outbox", parents=[common],
                            help="list planned and sent messages, never their text (read-only)")
    outbox.add_argument("--from", dest="since", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="messages due from the start of this day")
    outbox.add_argument("--to", dest="until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="messages due up to the end of this day")
    outbox.add_argument("--json", action="store_true", help="print JSON for scripts")
    sync = sub.add_parser("sync", parents=[common],
                          help="read the calendar sources that are due once, and exit "
                               "(`serve` keeps reading them)")
    sync.add_argument("--once", action="store_true",
                      help="read once and exit (also without it: `serve` is the long run)")
    sync.add_argument("--source", metavar="NAME", help="read this source now, due or not")
    sync.add_argument("--list", action="store_true", help="show the sources and their state")
    imp = sub.add_parser("import", parents=[common],
                         help="import appointments from a CSV or an iCalendar (.ics) file")
    imp.add_argument("path", metavar="PATH")
    imp.add_argument("--kind", choices=("appointments", "ics"), required=True,
                     help="appointments: a CSV export read through a mapping; ics: a calendar")
    imp.add_argument("--mapping", metavar="NAME", help="the saved CSV mapping to read it with")
    imp.add_argument("--save-mapping", metavar="NAME",
                     help="save --mapping-file under this name, then import through it")
    imp.add_argument("--mapping-file", metavar="JSON", help="a mapping as JSON (see docs)")
    imp.add_argument("--source", metavar="NAME", help="ics: the source's name (default: "
                     "the file's name)")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, change "
                     "nothing")
    imp.add_argument("--json", action="store_true", help="print the outcome as JSON")
    audit = sub.add_parser("audit", parents=[common], help="the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser("verify", parents=[common],
                                  help="check that no entry was changed, deleted or slipped in "
                                       "(exit 0: intact, 1: altered, 2: cannot open)")
    verify.add_argument("--after-restore", action="store_true",
                        help="an older backup was put back on purpose: check the chain and "
                             "record its end as it is now")
    backup = sub.add_parser("backup", parents=[common],
                            help="make an encrypted, checked backup now (exit 1: it failed)")
    backup.add_argument("--to", metavar="DIR", help="this once, to DIR instead of the folder "
                        "chosen for the daily backups")
    backup.add_argument("--list", action="store_true",
                        help="show the backup folder, the last good backup and the backups")
    backup.add_argument("--folder", metavar="DIR", help="send the daily backups to DIR (a USB "
                        "disk or a network share) from now on; \"\": the data folder's own")
    restore = sub.add_parser("restore", parents=[common],
                             help="check a backup, then put it in place of the database "
                                  "(the one replaced is kept aside)")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--recovery-code", action="store_true",
                         help="ask for the recovery code (a backup from another PC, or no key "
                              "in this keyring; asked anyway on a terminal when needed)")
    doctor = sub.add_parser("doctor", parents=[common],
                            help="check this installation: keyring, database, disk, clock, "
                                 "Twilio and email, backups, sync, background work, logs "
                                 "(exit 0: all OK, 1: a warning, 2: a problem)")
    doctor.add_argument("--json", action="store_true", help="print JSON for scripts")
    doctor.add_argument("--support-info", action="store_true",
                        help="print the same with versions and counts, for a support request "
                             "(no client data)")
    return parser


def main(argv: list[str] | None = None) -> int:
    from frontdesk.memory import tune_malloc

    tune_malloc()  # before any thread starts: the C heap's thresholds and arenas
    args = build_parser().parse_args(argv)
    if args.command in ("day", "outbox"):
        from frontdesk import cli_views

        if args.command == "day":
            return cli_views.show_day(Composition(args.data_dir), args.demo, args.day, args.json)
        return cli_views.show_outbox(Composition(args.data_dir), args.demo, args.since,
                                     args.until, args.json)
    if args.command == "import":
        from frontdesk import cli_import

        return cli_import.run_import(Composition(args.data_dir), args)
    if args.command == "audit":
        from frontdesk import cli_audit

        return cli_audit.verify(Composition(args.data_dir), args.demo, args.after_restore)
    if args.command in ("backup", "restore"):
        from frontdesk import cli_backup

        if args.command == "backup":
            return cli_backup.backup(Composition(args.data_dir), args.demo, args.to, args.list,
                                     args.folder)
        return cli_backup.restore(Composition(args.data_dir), args.demo, args.file,
                                  args.recovery_code)
    if args.command == "doctor":
        from frontdesk import cli_doctor

        return cli_doctor.doctor(Composition(args.data_dir), args.demo, as_json=args.json,
                                 support=args.support_info)
    if args.command == "sync":
        from frontdesk import cli_sync

        return cli_sync.sync(Composition(args.data_dir), args.demo, args.source, args.list)
    if args.command in ("serve", "recover", "recovery-code"):
        from frontdesk import headless

        if args.command == "serve":
            return headless.serve(Composition(args.data_dir), args.demo, once=args.once)
        if args.command == "recovery-code":
            return headless.show_recovery_code(Composition(args.data_dir), args.demo)
        return headless.recover(default_paths("demo" if args.demo else "practice",
                                              args.data_dir).ensure())
    from frontdesk.ui.startup.launch import run_gui

    return run_gui(Composition(args.data_dir), demo=args.demo, screenshot=args.screenshot,
                   day=args.date)
