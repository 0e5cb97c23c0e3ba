"""The program's entry: the integrity-check child is dispatched before anything heavy loads;
the program itself writes a crash report (no client data) for an error nobody caught."""

from __future__ import annotations

import sys

CHILD_FLAG = "--integrity-check-child"  # services/integrity_child.py: the checking child


def run() -> int:
    if sys.argv[1:] == [CHILD_FLAG]:
        from frontdesk.services.integrity_child import child_main

        return child_main()
    from frontdesk import crash_report

    crash_report.install()
    crash_report.crash_if_asked()
    from frontdesk.app import main

    return main()
