"""What classify() reads of a long or repetitive message, so its time stays linear and small.

A reply is rarely longer than a long email; past `MAX_CHARS` the rest is for a person to read,
and the reasons say so. A phrase said again and again ("call me back call me back …", a phone
typing in a pocket) reads once: repetition adds no meaning the rules or the learned layer could
weigh, and it would tip the learned layer's average.
"""

from __future__ import annotations

from itertools import pairwise

MAX_CHARS = 5_000  # about 800 words: a long email
LONGEST_REPEAT = 12  # words in the longest phrase whose repeats are folded
SHORTEST_REPEAT = 3  # "no no no" and "bye bye" keep their words: they can carry meaning


def bounded(text: str) -> tuple[str, bool]:
    """The part of `text` that is read, and whether anything was left out."""
    if len(text) <= MAX_CHARS:
        return text, False
    cut = text.rfind(" ", 0, MAX_CHARS)
    return text[:cut if cut > MAX_CHARS // 2 else MAX_CHARS], True


def fold_repeats(text: str) -> str:
    """A phrase of 3 to 12 words said again back to back, kept once ("a b c a b c" -> "a b c")."""
    words = text.split()
    pairs = list(pairwise(words))
    if len(set(pairs)) == len(pairs):  # no two words follow each other twice: nothing repeats
        return text
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(SHORTEST_REPEAT, LONGEST_REPEAT + 1):
            phrase = words[i:i + size]
            if len(phrase) < size or words[i + size:i + 2 * size] != phrase:
                continue
            end = i + size
            while words[end:end + size] == phrase:
                end += size
            out.extend(phrase)
            i = end
            break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)
