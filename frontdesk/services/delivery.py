"""The practice's delivery set-up: channels built from the keyring's credentials.

Without credentials a channel records to the local outbox (nothing is sent). Saving
settings rebuilds the channels; the dispatcher asks for them on every run.
"""

from __future__ import annotations

import logging
import ssl
import threading
from typing import TYPE_CHECKING

from frontdesk.services.channels.base import SendResult
from frontdesk.services.channels.email_smtp import EmailChannel, SmtpSettings
from frontdesk.services.credentials import CredentialStore, TwilioSettings
from frontdesk.services.errors import FrontDeskError
from frontdesk.services.reminders.senders import Senders

if TYPE_CHECKING:
    from frontdesk.services.channels.twilio_channel import TwilioChannel

log = logging.getLogger(__name__)


class DeliverySetup:
    def __init__(self, credentials: CredentialStore | None, *, twilio_api_base: str | None = None,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.credentials = credentials
        self.twilio_api_base = twilio_api_base  # tests point Twilio at a local server
        self.ssl_context = ssl_context  # tests trust their own CA; None: the system's
        self._senders: Senders | None = None
        self._lock = threading.Lock()

    def senders(self) -> Senders:
        with self._lock:
            if self._senders is None:
                self._senders = self._build()
            return self._senders

    def _build(self) -> Senders:
        twilio: TwilioChannel | None = None
        email: EmailChannel | None = None
        if self.credentials is not None:
            try:
                t = self.credentials.twilio()
                if t:
                    twilio = self._twilio(t)
                m = self.credentials.smtp()
                if m:
                    email = EmailChannel(m, ssl_context=self.ssl_context)
            except FrontDeskError as err:  # keyring locked: record, do not send
                log.warning("Delivery settings unavailable (%s): recording only",
                            type(err).__name__)
        return Senders(twilio, email)

    def _twilio(self, t: TwilioSettings) -> TwilioChannel:
        # twilio and requests load only when texts are set up: they cost start-up time
        from frontdesk.services.channels.twilio_channel import TwilioChannel

        return TwilioChannel(t.account_sid, t.auth_token, t.from_number,
                             whatsapp_from=t.whatsapp_from or None,
                             api_base=self.twilio_api_base)

    def save_twilio(self, settings: TwilioSettings, region: str = "US") -> TwilioSettings:
        saved = self._store().save_twilio(settings, region)
        self._reset()
        return saved

    def save_smtp(self, settings: SmtpSettings) -> SmtpSettings:
        saved = self._store().save_smtp(settings)
        self._reset()
        return saved

    def test_twilio(self, settings: TwilioSettings, to: str, body: str, region: str = "US"
                    ) -> SendResult:
        """Send one test text with these (unsaved) settings; returns the SendResult."""
        return self._twilio(settings.validated(region)).send_sms(to, body)

    def test_smtp(self, settings: SmtpSettings, to: str, subject: str, body: str
                  ) -> SendResult:
        return EmailChannel(settings, ssl_context=self.ssl_context).send(to, subject, body)

    def _store(self) -> CredentialStore:
        if self.credentials is None:
            raise FrontDeskError("There is no keyring to keep the settings in.")
        return self.credentials

    def _reset(self) -> None:
        with self._lock:
            self._senders = None
