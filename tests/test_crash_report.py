"""Crash reports: where the program was, never what it held (frontdesk/crash_report.py).
The packaged program's crash is tested in tests/packaging/test_bundle.py."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from frontdesk import crash_report
from frontdesk.logging_setup import setup_logging

PLANTED = "Marisol Crashtest-Quintero +1 (617) 555-0142"


def _client_error(note: str) -> None:
    client_phone = "+16175550142"  # a local value: must not reach the report  # noqa: F841
    try:
        {}[note]
    except KeyError as err:
        raise ValueError(f"could not text {note}") from err


def test_the_report_names_frames_and_types_but_no_message_or_value():
    with pytest.raises(ValueError) as caught:
        _client_error(PLANTED)
    text = crash_report.describe(caught.value)
    assert "builtins.KeyError" in text and "builtins.ValueError" in text
    assert text.index("KeyError") < text.index("which led to:") < text.index("ValueError")
    assert "in _client_error" in text
    for piece in ("Marisol", "Crashtest", "555-0142", "5550142", "could not text"):
        assert piece not in text, piece


def test_an_uncaught_error_in_the_program_writes_a_report_in_its_log_folder(tmp_path):
    env = {**os.environ, crash_report.CRASH_TEST_VAR: PLANTED, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "frontdesk", "--data-dir", str(tmp_path)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    (report,) = (tmp_path / "logs").glob("crash-*.txt")
    assert done.stderr.strip().endswith(str(report))  # one sentence: where it is
    text = report.read_text()
    assert "builtins.RuntimeError" in text and "frontdesk/entry.py" in text
    assert str(tmp_path) not in text  # paths start at the package
    for piece in ("Marisol", "Crashtest", "555-0142"):
        assert piece not in text and piece not in done.stderr, piece


@pytest.fixture
def hook(monkeypatch, tmp_path):
    """The installed hook, with the log set up in tmp_path/logs; both put back after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash_report, "_written", [])
    root = logging.getLogger()
    saved = list(root.handlers)
    setup_logging(tmp_path / "logs")
    crash_report.install(["--data-dir", str(tmp_path / "elsewhere")])
    yield sys.excepthook
    for h in list(root.handlers):
        if h not in saved:
            root.removeHandler(h)
            h.close()


def _raised() -> ValueError:
    try:
        _client_error(PLANTED)
    except ValueError as err:
        return err
    raise AssertionError("no error")


def test_the_hook_writes_beside_the_log_and_says_so_there(hook, tmp_path, capsys):
    err = _raised()
    hook(type(err), err, err.__traceback__)
    (report,) = (tmp_path / "logs").glob("crash-*.txt")
    assert not (tmp_path / "elsewhere").exists()  # the log's folder wins over --data-dir
    log = (tmp_path / "logs" / "frontdesk.log").read_text()
    assert str(report) in log and str(report) in capsys.readouterr().err
    assert "Marisol" not in log + report.read_text()


def test_a_repeating_error_writes_a_few_reports_not_thousands(hook, tmp_path):
    err = _raised()
    for _ in range(crash_report.MAX_REPORTS + 10):
        hook(type(err), err, err.__traceback__)
    assert len(list((tmp_path / "logs").glob("crash-*.txt"))) == crash_report.MAX_REPORTS
