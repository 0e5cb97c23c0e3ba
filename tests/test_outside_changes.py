"""Another program's commits (`frontdesk serve` on the same database) are noticed; this
process's own commits, already on the change bus, are not reported again. Real SQLCipher
files, two engines as two programs would have."""

from __future__ import annotations

from dataclasses import replace

from frontdesk.services.container import Services


def rename(services: Services, name: str) -> None:
    info = services.practice.settings()
    services.practice.update_settings(replace(info, name=name), "test")


def test_only_another_programs_commit_counts_as_an_outside_change(services, vault, clock):
    outside = services.outside
    assert outside is not None
    assert outside.moved() is False  # the first look only takes note
    assert outside.moved() is False  # nothing happened

    rename(services, "Ours")  # a commit of this process: the bus has told the screens
    assert outside.moved() is False

    other = Services.build(vault.open().engine, clock)  # `serve`, with its own connections
    try:
        rename(other, "Theirs")
        assert outside.moved() is True
        assert outside.moved() is False  # reported once
        assert services.practice.settings().name == "Theirs"
    finally:
        other.close()


def test_closing_stops_counting_our_commits(services):
    outside = services.outside
    assert outside is not None
    outside.moved()
    outside.close()
    rename(services, "After close")  # no listener left to call, nothing raised
    assert outside._conn is None
