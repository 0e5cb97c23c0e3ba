"""Use cases in plain Python: no Qt here. Services take a session factory and a clock
and hand plain dataclasses (services.dto) to their callers."""
