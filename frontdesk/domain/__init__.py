"""The vocabulary every layer shares: plain enums and small value types.

States, kinds, flags, intents, steps, channels, consent, attendance, confirmation, modality,
language, frequency. The models store them, the services decide with them, the screens show
them; so they live here, below all three.

What belongs here: `StrEnum`s and frozen value types with no behaviour beyond their own
values (a label, `is_cancelled`). What does not: I/O, clocks, SQLAlchemy, Qt, logging, or any
import from the rest of `frontdesk` — `tests/test_layering.py` checks it, and that importing
this package loads no SQLAlchemy.

- `schedule`: `Modality`, `Confirmation`, `Attendance`, `Frequency`.
- `clients`: `Language`, `PhoneKind`, `ConsentStatus`.
- `messages`: `Channel`, `Step` (+ `REPLY_STEPS`), `Prefilled`, `MessageState` (the outbox).
- `replies`: `Intent`, `Flag`, `Handling`, `Barrier` (what clients write back).
- `desk`: `ItemKind` (what waits for a person in To do).
"""

from frontdesk.domain.clients import ConsentStatus, Language, PhoneKind
from frontdesk.domain.desk import ItemKind
from frontdesk.domain.messages import REPLY_STEPS, Channel, MessageState, Prefilled, Step
from frontdesk.domain.replies import Barrier, Flag, Handling, Intent
from frontdesk.domain.schedule import Attendance, Confirmation, Frequency, Modality

__all__ = [
    "REPLY_STEPS",
    "Attendance",
    "Barrier",
    "Channel",
    "Confirmation",
    "ConsentStatus",
    "Flag",
    "Frequency",
    "Handling",
    "Intent",
    "ItemKind",
    "Language",
    "MessageState",
    "Modality",
    "PhoneKind",
    "Prefilled",
    "Step",
]
