"""`frontdesk doctor`: the installation check on a terminal or for a script (no Qt).

Exit status 0: every line OK; 1: a warning; 2: a problem. `--json` prints the lines for a
script; `--support-info` the text to paste into a support request (no client data). It only
reads: a data folder that is not there is not created, a database not migrated.
"""

from __future__ import annotations

import json
import logging
import sys

from frontdesk.services.doctor import exit_status, run_checks, support_info
from frontdesk.services.doctor_lines import as_text, tally, worst
from frontdesk.services.installation import version


def doctor(composition, demo: bool, *, as_json: bool = False, support: bool = False) -> int:
    quiet = logging.NullHandler()  # the lines say it all: no log records on the terminal
    logging.getLogger().addHandler(quiet)
    try:
        inst = composition.installation(demo)
        checks = run_checks(inst, clock=composition.clock)
        status = exit_status(checks)
        if support:
            print(support_info(inst, checks, composition.clock), end="")
        elif as_json:
            print(json.dumps({
                "version": version(), "data_dir": str(inst.data_dir), "demo": demo,
                "status": worst(checks).value, "exit": status,
                "checks": [c.to_json() for c in checks]}, indent=2))
        else:
            where = f"{inst.data_dir}{' (the demo practice)' if demo else ''}"
            print(f"FrontDesk {version()}: checking the installation in {where}\n")
            print(as_text(checks))
            print(f"\n{tally(checks)}.")
        sys.stdout.flush()
        return status
    finally:
        logging.getLogger().removeHandler(quiet)
