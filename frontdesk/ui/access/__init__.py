"""Signing in, the lock screen, the idle lock and switching user at the shared desk."""
