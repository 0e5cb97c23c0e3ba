"""Start-up: opening the encrypted store (first run, recovery code, wrong key), the checks
before the window, and the set-up assistant (setup/).
"""
