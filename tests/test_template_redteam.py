"""Red-team of the template bounds: filters that build lists from a count (`batch` with a fill
value, `slice`) were not bounded before they allocate: one allocation of gigabytes, or a
generator of a hundred million parts drained inside `|list` where no deadline is checked.
Each must be refused quickly, in words, at save and at send."""

from __future__ import annotations

import resource
import time

import pytest

from frontdesk.domain import Channel, Language, Step
from frontdesk.services.wording.checks import check_template
from frontdesk.services.wording.context import sample_context
from frontdesk.services.wording.rendering import TemplateError, render

EN, SMS, DAY = Language.ENGLISH, Channel.SMS, Step.DAY_BEFORE
ATTACKS = {
    "batch padded to a huge size, looped":
        "{% for b in range(1)|batch(99999999, 'x') %}{{ b|length }}{% endfor %}",
    "batch padded to a huge size, listed": "{{ range(1)|batch(999999999, 'x')|list }}",
    "slice into a hundred million parts, listed":
        "{{ range(1)|slice(99999999, 'x')|list|length }}",
    "slice without a fill, listed": "{{ range(3)|slice(99999999)|list|length }}",
}


def peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


@pytest.mark.parametrize("name", list(ATTACKS))
def test_a_count_driven_filter_is_refused_before_it_allocates(name):
    before, started = peak_mb(), time.monotonic()
    check = check_template(ATTACKS[name], DAY, SMS, EN)
    assert time.monotonic() - started < 2
    assert peak_mb() - before < 200  # never gigabytes, even briefly
    assert check.error is not None and "too many parts" in check.error, check.error


@pytest.mark.parametrize("name", list(ATTACKS))
def test_a_count_driven_filter_fails_its_message_at_send(name):
    started = time.monotonic()
    with pytest.raises(TemplateError, match="too many parts"):
        render(ATTACKS[name], sample_context(EN, DAY))
    assert time.monotonic() - started < 2


def test_ordinary_batch_and_slice_still_work():
    text = ("{% for row in ['a', 'b', 'c']|batch(2, '-') %}{{ row|join }};{% endfor %}"
            "{{ ['a', 'b', 'c']|slice(2)|list|length }}")
    assert render(text, sample_context(EN, DAY)) == "ab;c-;2"
