"""The services the UI and the headless runner use, built over one engine."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.services.clients import ClientService
from frontdesk.services.practice import PracticeService
from frontdesk.services.reminders.planner import ReminderPlanner
from frontdesk.services.schedule import ScheduleService


@dataclass
class Services:
    engine: Engine
    clock: Clock
    practice: PracticeService
    clients: ClientService
    schedule: ScheduleService
    planner: ReminderPlanner

    @classmethod
    def build(cls, engine: Engine, clock: Clock) -> Services:
        sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        planner = ReminderPlanner(clock)
        return cls(
            engine=engine,
            clock=clock,
            practice=PracticeService(sessions, clock),
            clients=ClientService(sessions, clock, planner),
            schedule=ScheduleService(sessions, clock, planner),
            planner=planner,
        )

    def close(self) -> None:
        self.engine.dispose()
