"""The log file is rotated by size: past MAX_BYTES it becomes frontdesk.log.1 and a new one
begins; no more than BACKUPS old files are kept, so the folder stays bounded."""

from __future__ import annotations

import logging

import pytest

from frontdesk.logging_setup import (
    BACKUPS,
    LOG_NAME,
    MAX_BYTES,
    current_log_file,
    setup_logging,
    stop_logging,
)

LINE = "Dispatch: sent 3, skipped 1, failed 0 " + "x" * 200  # ids and counts, like the app's


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    before = (root.level, list(root.handlers))
    yield
    stop_logging()
    root.setLevel(before[0])
    for h in before[1]:
        if h not in root.handlers:
            root.addHandler(h)


def write(n_bytes: int) -> None:
    log = logging.getLogger("frontdesk.test_rotation")
    for _ in range(n_bytes // (len(LINE) + 60) + 1):
        log.info(LINE)


def test_writing_past_the_size_rotates_at_five_megabytes(tmp_path, restore_logging):
    path = setup_logging(tmp_path / "logs")
    assert MAX_BYTES == 5 * 1024 * 1024 and current_log_file() == path
    write(MAX_BYTES + 200_000)
    rotated = tmp_path / "logs" / f"{LOG_NAME}.1"
    assert rotated.exists()
    assert MAX_BYTES - 1000 < rotated.stat().st_size <= MAX_BYTES
    assert 0 < path.stat().st_size < 400_000  # the new file holds what came after


def test_only_the_newest_old_files_are_kept(tmp_path, restore_logging):
    folder = tmp_path / "logs"
    setup_logging(folder, max_bytes=20_000)
    write(20_000 * (BACKUPS + 4))
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([LOG_NAME] + [f"{LOG_NAME}.{i}" for i in range(1, BACKUPS + 1)])
    assert sum(p.stat().st_size for p in folder.iterdir()) <= 20_000 * (BACKUPS + 1)


def test_setting_up_again_keeps_one_file_handler(tmp_path, restore_logging):
    setup_logging(tmp_path / "a")
    setup_logging(tmp_path / "b")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_frontdesk", False)]
    assert len(ours) == 1 and current_log_file() == tmp_path / "b" / LOG_NAME
    stop_logging()
    assert current_log_file() is None
