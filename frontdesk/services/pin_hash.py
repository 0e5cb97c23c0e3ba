"""Staff PINs and passphrases: the rules a new one must meet, and its memory-hard hash.

A hash is kept as "scrypt$<log2 n>$<r>$<p>$<salt b64>$<hash b64>": each records its own
cost, so the cost can be raised later (a hash at an older cost is redone at the next good
sign-in) and old hashes still check. Only the hash is ever stored, never the PIN.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import itertools
import os
import unicodedata
from functools import cache

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from frontdesk.services.errors import ValidationError

SCRYPT_N = 2**15  # the shipped cost: 32 MiB and ~0.05 s per check (measured here)
SCRYPT_COST = {"n": SCRYPT_N, "r": 8, "p": 1}  # for new hashes; tests lower "n"
SALT_BYTES, HASH_BYTES = 16, 32
MIN_PIN_DIGITS = 6
MIN_PASSPHRASE = 10
MAX_LENGTH = 128
_MAX_LOG2_N, _MAX_R, _MAX_P = 22, 32, 16  # a stored cost above these is refused, not run

PIN_RULES = (f"Use a PIN of at least {MIN_PIN_DIGITS} digits or a passphrase of at least "
             f"{MIN_PASSPHRASE} characters.")


def normalised(pin: str) -> str:
    """What is hashed: the same characters however the keyboard composed them, without the
    spaces around them."""
    return unicodedata.normalize("NFC", pin).strip()


def _has_pattern(text: str) -> bool:
    """All one character, a repeated block (121212, 123123), or a run of digits up or down
    (123456, 987654, 890123)."""
    n = len(text)
    if any(n % size == 0 and text == text[:size] * (n // size) for size in range(1, n // 2 + 1)):
        return True
    if text.isascii() and text.isdigit():
        steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(text)}
        return steps in ({1}, {9})
    return False


def check_pin_rules(pin: str, field: str = "pin") -> str:
    """The PIN as it will be hashed, or a ValidationError saying what to choose instead."""
    text = normalised(pin)
    if len(text) > MAX_LENGTH:
        raise ValidationError(field, f"That is longer than {MAX_LENGTH} characters.",
                              hint=PIN_RULES)
    if text.isascii() and text.isdigit():
        if len(text) < MIN_PIN_DIGITS:
            raise ValidationError(field, f"A PIN needs at least {MIN_PIN_DIGITS} digits.",
                                  hint=PIN_RULES)
    elif len(text) < MIN_PASSPHRASE:
        raise ValidationError(
            field, f"A passphrase needs at least {MIN_PASSPHRASE} characters.",
            hint=f"Or use a PIN of at least {MIN_PIN_DIGITS} digits.")
    if _has_pattern(text):
        raise ValidationError(
            field, "That is too easy to guess: all one character, a run like 123456, or a "
            "repeated pattern like 121212.",
            hint="Choose one with no simple pattern.")
    return text


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(text: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=HASH_BYTES, n=2**log2_n, r=r, p=p).derive(
        text.encode("utf-8"))


def _cost() -> tuple[int, int, int]:
    n = int(SCRYPT_COST["n"])
    if n < 2 or n & (n - 1):
        raise ValueError("the scrypt cost n must be a power of two")
    return n.bit_length() - 1, int(SCRYPT_COST["r"]), int(SCRYPT_COST["p"])


def hash_pin(pin: str) -> str:
    """A new salted hash of `pin` at the current cost (the rules are checked by the caller)."""
    log2_n, r, p = _cost()
    salt = os.urandom(SALT_BYTES)
    digest = _derive(normalised(pin), salt, log2_n, r, p)
    return f"scrypt${log2_n}${r}${p}${_b64(salt)}${_b64(digest)}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        log2_n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    if not (1 <= log2_n <= _MAX_LOG2_N and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P
            and salt and len(digest) == HASH_BYTES):
        return None
    return log2_n, r, p, salt, digest


def pin_matches(pin: str, stored: str) -> bool:
    """True when `pin` is the one `stored` was made from (compared in constant time). A
    stored text that is not a hash matches nothing."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    log2_n, r, p, salt, digest = parsed
    return hmac.compare_digest(_derive(normalised(pin), salt, log2_n, r, p), digest)


def needs_rehash(stored: str) -> bool:
    """True when `stored` was made at another cost than today's."""
    parsed = _parse(stored)
    return parsed is None or parsed[:3] != _cost()


@cache
def _decoy(log2_n: int, r: int, p: int) -> str:
    salt = os.urandom(SALT_BYTES)
    return f"scrypt${log2_n}${r}${p}${_b64(salt)}${_b64(_derive('', salt, log2_n, r, p))}"


def spend_like_a_check(pin: str) -> None:
    """Take as long as checking a PIN does (for a name that has no account), so the time
    taken does not say whether the name exists."""
    pin_matches(pin, _decoy(*_cost()))
