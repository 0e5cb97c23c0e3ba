"""FrontDesk: the front desk of a small mental-health practice."""

__version__ = "0.1.0"
APP_NAME = "FrontDesk"
