"""Shared parts every screen uses: formatting, form and inline-form helpers, notices and
banners, style, fonts and bundled resources.
"""
