"""Alembic environment: always run with a connection handed in by frontdesk.models.migrate."""

from typing import Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext

from frontdesk.models import Base
from frontdesk.models.base import UTCDateTime

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("FrontDesk migrations run through frontdesk.models.migrate, not the CLI")


def render_item(type_: str, obj: object, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write our UTC column type as a plain DateTime (storage is the same)."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    render_item=render_item,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
