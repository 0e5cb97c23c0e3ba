"""The program's entry: the integrity-check child is dispatched before anything heavy loads."""

from __future__ import annotations

import sys


def run() -> int:
    from frontdesk.services.integrity_child import CHILD_FLAG

    if sys.argv[1:] == [CHILD_FLAG]:
        from frontdesk.services.integrity_child import child_main

        return child_main()
    from frontdesk.app import main

    return main()
