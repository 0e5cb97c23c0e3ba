"""Reminders: the policy, the planner that turns appointments into outbox rows, and
(later) the dispatcher that sends them exactly once."""
