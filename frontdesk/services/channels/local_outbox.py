"""The embedded default channel: records messages instead of sending them.

Used until Twilio or email credentials are saved, so a new install never texts
anyone by surprise; the window shows that messages are not being sent.
"""

from __future__ import annotations

import uuid

from frontdesk.services.channels.base import DeliveryStatus, Outcome, SendResult


class LocalOutboxChannel:
    is_live = False

    def send(self) -> SendResult:
        return SendResult(Outcome.ACCEPTED, provider_id=f"local-{uuid.uuid4().hex}",
                          reason="recorded only: no credentials, nothing was sent")

    @staticmethod
    def delivery_status(_provider_id: str) -> DeliveryStatus:
        return DeliveryStatus("recorded", None, "kept in the local outbox; not sent")
