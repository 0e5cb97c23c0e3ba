"""The services the UI and the headless runner use, built over one engine.

Trends (numpy), the client import and sync are built on first use: the window's start-up
path never needs them, and their imports would hold the first paint back.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Channel
from frontdesk.models.database import Sessions
from frontdesk.services.audit_checkpoint import save_at_close
from frontdesk.services.clients import ClientService
from frontdesk.services.credentials import CredentialStore
from frontdesk.services.delivery import DeliverySetup
from frontdesk.services.desk_items import DeskItemService
from frontdesk.services.events import ChangeEvents
from frontdesk.services.health import HealthService
from frontdesk.services.inbox.poller import InboxPoller
from frontdesk.services.inbox.threads import InboxService
from frontdesk.services.messaging import DeliveryMode, MessagingService
from frontdesk.services.outside_changes import OutsideChanges
from frontdesk.services.practice import PracticeService
from frontdesk.services.reminders.dispatcher import Dispatcher
from frontdesk.services.reminders.planner import ReminderPlanner
from frontdesk.services.reminders.policy_store import PolicyService
from frontdesk.services.schedule import ScheduleService
from frontdesk.services.whatsapp import WhatsAppTemplates
from frontdesk.services.wording.store import TemplateStore

if TYPE_CHECKING:
    from frontdesk.services.accounts import AccountService
    from frontdesk.services.audit_view import AuditTrail
    from frontdesk.services.backup import BackupService
    from frontdesk.services.client_import import ClientImportService
    from frontdesk.services.doctor import DoctorService
    from frontdesk.services.group_messages import GroupMessages
    from frontdesk.services.installation import Installation
    from frontdesk.services.risk.service import RiskService
    from frontdesk.services.sync import SyncService
    from frontdesk.services.sync.csv_import import CsvImportService
    from frontdesk.services.sync.writeback import WriteBackService
    from frontdesk.services.trends import TrendsService


@dataclass
class Services:
    engine: Engine
    clock: Clock
    practice: PracticeService
    clients: ClientService
    schedule: ScheduleService
    planner: ReminderPlanner
    delivery: DeliverySetup
    dispatcher: Dispatcher
    messaging: MessagingService
    desk: DeskItemService
    policy: PolicyService
    templates: TemplateStore
    whatsapp: WhatsAppTemplates
    inbox: InboxService
    poller: InboxPoller
    health: HealthService  # is background work happening (replies, sending lock)
    sessions: sessionmaker[Session]
    outside: OutsideChanges | None = None  # commits by another program (`serve`)
    events: ChangeEvents = field(default_factory=ChangeEvents)  # what each change touched
    _trends: TrendsService | None = field(default=None, repr=False)
    _client_import: ClientImportService | None = field(default=None, repr=False)
    _sync: SyncService | None = field(default=None, repr=False)
    _csv_import: CsvImportService | None = field(default=None, repr=False)
    _writeback: WriteBackService | None = field(default=None, repr=False)
    _accounts: AccountService | None = field(default=None, repr=False)
    _audit_trail: AuditTrail | None = field(default=None, repr=False)
    _backups: BackupService | None = field(default=None, repr=False)
    _doctor: DoctorService | None = field(default=None, repr=False)
    _risk: RiskService | None = field(default=None, repr=False)
    _group_messages: GroupMessages | None = field(default=None, repr=False)
    # Where this FrontDesk's files are and its keyring (set by the composition root; None in
    # tests that build services alone: the installation check then works it out).
    installation: Installation | None = field(default=None, repr=False)
    _building: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _trends_stopped: bool = field(default=False, repr=False)

    @property
    def trends(self) -> TrendsService:
        """The Trends figures and their cache: one instance, built on first use."""
        with self._building:
            if self._trends is None:
                from frontdesk.services.trends import TrendsService

                self._trends = TrendsService(self.sessions, self.clock)
                if self._trends_stopped:
                    self._trends.stop()
            return self._trends

    def stop_trends(self) -> TrendsService | None:
        """FrontDesk is closing: a Trends build in progress, or asked for from now on, stops
        at its next block. Returns the service if anything has used it (its cache may need
        saving); builds nothing."""
        with self._building:
            self._trends_stopped = True
            if self._trends is not None:
                self._trends.stop()
            return self._trends

    @property
    def client_import(self) -> ClientImportService:
        """Existing clients from a CSV file (the set-up assistant), built on first use."""
        with self._building:
            if self._client_import is None:
                from frontdesk.services.client_import import ClientImportService

                self._client_import = ClientImportService(self.sessions, self.clock,
                                                          self.clients)
            return self._client_import

    @property
    def sync(self) -> SyncService:
        """Calendar sources and their runs, built on first use."""
        with self._building:
            if self._sync is None:
                from frontdesk.services.sync import SyncService

                # The keyring the delivery credentials use; none in the demo practice.
                credentials = self.delivery.credentials
                self._sync = SyncService(self.sessions, self.clock, self.planner,
                                         self.events, credentials.secrets
                                         if credentials is not None else None)
            return self._sync

    @property
    def csv_import(self) -> CsvImportService:
        """Appointments from CSV files through saved mappings, built on first use; the same
        for the window and `frontdesk import`."""
        sync = self.sync  # built under the same (non-reentrant) lock
        with self._building:
            if self._csv_import is None:
                from frontdesk.services.sync.connectors import csv_reading
                from frontdesk.services.sync.csv_import import CsvImportService

                self._csv_import = CsvImportService(self.sessions, self.clock, sync,
                                                    csv_reading())
            return self._csv_import

    def stop_sync(self) -> None:
        """FrontDesk is closing: a sync waiting between retries ends now (if one was built)."""
        with self._building:
            if self._sync is not None:
                self._sync.stop()

    @property
    def writeback(self) -> WriteBackService:
        """Clients' answers written back to their sessions' source, built on first use."""
        with self._building:
            if self._writeback is None:
                from frontdesk.services.sync.source_secrets import SourceSecrets
                from frontdesk.services.sync.writeback import WriteBackService

                store = self.delivery.credentials.secrets if self.delivery.credentials else None
                self._writeback = WriteBackService(
                    self.sessions, self.clock, SourceSecrets(store, self.sessions), self.events)
            return self._writeback

    @property
    def accounts(self) -> AccountService:
        """Staff accounts, PINs and sign-in, built on first use."""
        with self._building:
            if self._accounts is None:
                from frontdesk.services.accounts import AccountService

                self._accounts = AccountService(self.sessions, self.clock, self.events)
            return self._accounts

    @property
    def audit_trail(self) -> AuditTrail:
        """The owner's audit viewer and its CSV export, built on first use."""
        with self._building:
            if self._audit_trail is None:
                from frontdesk.services.audit_view import AuditTrail, keyring_checkpoint

                credentials = self.delivery.credentials  # none in the demo: no checkpoint
                self._audit_trail = AuditTrail(self.sessions, self.clock, keyring_checkpoint(
                    self.engine, credentials.secrets if credentials is not None else None))
            return self._audit_trail

    @property
    def backups(self) -> BackupService:
        """The practice's backups and restore, built on first use (the demo keeps none: it
        has no keyring of its own here)."""
        with self._building:
            if self._backups is None:
                from frontdesk.services.backup import BackupService

                credentials = self.delivery.credentials
                self._backups = BackupService(
                    self.sessions, self.clock, self.engine,
                    credentials.secrets if credentials is not None else None, self.events)
            return self._backups

    @property
    def risk(self) -> RiskService:
        """The no-show risk model (numpy), built on first use."""
        with self._building:
            if self._risk is None:
                from frontdesk.services.risk.service import RiskService

                self._risk = RiskService(self.sessions, self.clock)
            return self._risk

    @property
    def doctor(self) -> DoctorService:
        """The installation check (Help → Check this installation), built on first use."""
        with self._building:
            if self._doctor is None:
                from frontdesk.services.doctor import DoctorService

                self._doctor = DoctorService(self)
            return self._doctor

    @property
    def group_messages(self) -> GroupMessages:
        """Staff's words to each member of a group session, built on first use."""
        with self._building:
            if self._group_messages is None:
                from frontdesk.services.group_messages import GroupMessages

                self._group_messages = GroupMessages(self.sessions, self.clock,
                                                     self.policy.policy, self.events)
            return self._group_messages

    @classmethod
    def build(cls, engine: Engine, clock: Clock, *, credentials: CredentialStore | None = None,
              delivery: DeliverySetup | None = None, **dispatcher_options: Any) -> Services:
        """Wire the services over one engine. Without credentials (the demo, tests)
        every message is recorded in the local outbox, never sent."""
        sessions: sessionmaker[Session] = Sessions(engine)
        policy = PolicyService(sessions, clock)
        planner = ReminderPlanner(clock, policy.policy)
        dispatcher_options.setdefault("policy", policy.policy)
        templates = TemplateStore(sessions, clock)
        dispatcher_options.setdefault("templates", templates.template_set)
        delivery = delivery or DeliverySetup(credentials)

        def mode() -> DeliveryMode:
            senders = delivery.senders()
            return DeliveryMode(senders.is_live(Channel.SMS), senders.is_live(Channel.EMAIL))

        events = ChangeEvents()
        schedule = ScheduleService(sessions, clock, planner, events)
        clients = ClientService(sessions, clock, planner)
        services = cls(
            engine=engine,
            clock=clock,
            practice=PracticeService(sessions, clock),
            clients=clients,
            schedule=schedule,
            planner=planner,
            delivery=delivery,
            dispatcher=Dispatcher(sessions, clock, delivery.senders, **dispatcher_options),
            messaging=MessagingService(sessions, clock, planner, mode, events),
            desk=DeskItemService(sessions, clock, events),
            policy=policy,
            templates=templates,
            whatsapp=WhatsAppTemplates(sessions, clock),
            inbox=InboxService(sessions, clock, events),
            poller=InboxPoller(sessions, clock, delivery.senders, schedule, events),
            health=HealthService(sessions, clock),
            sessions=sessions,
            outside=OutsideChanges(engine),
            events=events,
        )
        # High-risk unconfirmed sessions get their call item a day ahead (services/risk).
        services.desk.risk_calls = lambda ids: services.risk.call_scores(ids)
        return services

    def close(self) -> None:
        if self.outside is not None:
            self.outside.close()
        credentials = self.delivery.credentials  # none in the demo practice: no checkpoint
        save_at_close(self.engine, credentials.secrets if credentials is not None else None)
        self.engine.dispose()
