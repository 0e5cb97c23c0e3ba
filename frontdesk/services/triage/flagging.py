"""The flag rules of the reply classifier: idioms, negated crisis, crisis phrases, warning signs
and clinical phrases, on the normalised text (see classify.py for the order of work).

Idioms that only sound alarming ("this traffic is killing me", "me muero de ganas") are masked
(inside a longer settling context, such as a hunting trip, only the alarming words are); then
negated crisis statements ("I'm not suicidal") are masked and count as clinical, unless "but ..."
follows, which makes them a crisis (a "but" that only adds feeling or recovery, "but it hurts",
"pero estoy bien", does not); then the crisis phrases run on what is left. Crisis wins over
clinical; clinical phrases are only looked for when there is no crisis. When in doubt the rules
say crisis: a false alarm costs a minute of staff time, a miss can cost a life. Two kinds of
warning sign together (a goodbye and a time, a means and despair: see warning.py) are a crisis
too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from frontdesk.domain import Flag

from . import (
    clinical_en,
    clinical_es,
    clinical_everyday,
    clinical_later,
    clinical_plain,
    clinical_recovery,
    clinical_wider,
    fastre,
    flags_buried,
    flags_en,
    flags_es,
    flags_plain,
    flags_sideways,
    guards_care,
    guards_context,
    guards_en,
    guards_es,
    guards_everyday,
    guards_history,
    guards_hyperbole,
    guards_jokes,
    guards_others,
    guards_scenes,
    guards_spoken,
)
from .signs import Scan, find_signs, phrase_category
from .signs_loss import loss_signs
from .warning import warning_signs

MASK = " | "
# Warning-sign lexicons whose words also read as an intent ("see you ...", "nos vemos ..."):
# masked before the intent rules run, as crisis phrases are.
EVIDENCE_NOT_INTENT = ("farewell_strong",)


def rule(parts: Iterable[str]) -> re.Pattern[str]:
    """One alternation of regex fragments, between word boundaries."""
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in parts) + r")\b")


def words(parts: Iterable[str]) -> re.Pattern[str]:
    """As rule, for fragments that always begin with a word character (the flag rules and the
    lexicons: tests/test_triage_round6.py checks it). Tried only where a word starts, not at
    every word boundary, which makes the big alternations about a third faster."""
    return fastre.words(parts)


# guards_spoken first: its spans are longer than the bare "jury duty" or "homicide case" of
# the older guards, and an alternation takes the first that matches.
IDIOMS = words(guards_history.IDIOMS + guards_scenes.IDIOMS + guards_scenes.PANIC
               + guards_spoken.IDIOMS
               + guards_en.IDIOMS + guards_es.IDIOMS
               + guards_context.IDIOMS + guards_hyperbole.IDIOMS + guards_others.IDIOMS
               + guards_jokes.IDIOMS + guards_everyday.IDIOMS + guards_care.IDIOMS)
NEGATED_CRISIS = words(guards_history.NEGATED_CRISIS + guards_en.NEGATED_CRISIS
                       + guards_es.NEGATED_CRISIS
                       + guards_context.NEGATED_CRISIS + guards_others.NEGATED_CRISIS
                       + clinical_wider.NEGATED_CRISIS + guards_jokes.NEGATED_CRISIS
                       + guards_scenes.NEGATED_CRISIS + guards_everyday.NEGATED_CRISIS
                       + guards_care.NEGATED_CRISIS)
CONTEXT_IDIOMS = words(guards_others.CONTEXT)
# The alarming words a settling context masks (the rest of it is still read for the intent).
ALARM = words(flags_en.RISK_WORDS + flags_es.RISK_WORDS
              + [r"rifles?|shotguns?|guns?|bows?|escopetas?|armas?"])
# Work with danger ("ER doc here", "an overdose at the counter") is no symptom of the client's.
# So is crying over a book or a "nightmare" of a commute (clinical_plain).
NOT_CLINICAL = words(guards_others.WORK + clinical_plain.NOT_CLINICAL
                      + guards_spoken.NOT_CLINICAL + guards_scenes.NOT_CLINICAL
                      + guards_care.NOT_CLINICAL)
CRISIS = words(flags_en.CRISIS + flags_es.CRISIS + flags_plain.CRISIS + flags_buried.CRISIS
               + flags_sideways.CRISIS)
# Crisis phrases an idiom would swallow ("saying he's going to kill me, I locked myself in").
BEFORE_IDIOMS = words(flags_buried.BEFORE_IDIOMS + flags_sideways.BEFORE_IDIOMS)
RISK_WORDS = words(flags_en.RISK_WORDS + flags_es.RISK_WORDS)
# Laughter said in words or emoji (normalise turns "jaja", "lmao" and 😂 into "lol"): next to a
# bare risk word ("I'm dead lol", "me mató jaja") it is an idiom. Never next to a real sign.
LAUGHTER = re.compile(r"\blol\b")
CRISIS_WHOLE = re.compile("|".join(f"(?:{p})" for p in flags_en.CRISIS_WHOLE
                                   + flags_es.CRISIS_WHOLE + flags_sideways.CRISIS_WHOLE))
CLINICAL = words(clinical_en.CLINICAL + clinical_es.CLINICAL + clinical_wider.CLINICAL
                  + clinical_plain.CLINICAL + clinical_recovery.CLINICAL + guards_scenes.CLINICAL
                  + clinical_everyday.CLINICAL + clinical_later.CLINICAL)
# "I'm not suicidal, but ..." — a negation that is only a preamble.
BUT = re.compile(r"(?: *\|)? *(?:\w+ ){0,4}?(?:but|however|though|although|yet|pero|aunque|"
                 r"sin embargo)\b")
# Self-harm placed in the past, then done again ("used to cut in high school and I did it
# again last night", "me cortaba de chica y anoche lo volví a hacer"): a crisis.
AGAIN = re.compile(r"(?: *\|)? *(?:\w+ ){0,8}?(?:lo volvi a hacer|volvi a (?:cortarme|hacerlo|"
                   r"lastimarme|quemarme)|did it again|(?:cut|hurt|burned) (?:myself )?again|"
                   r"started (?:cutting|again))\b")
# ... unless the "but" only adds feeling or recovery ("... pero me duele mucho", "but I'm safe").
SOFT_BUT = re.compile(r"(?: *\|)? *(?:\w+ ){0,4}?(?:" + guards_others.SOFT_BUT + "|"
                      + guards_context.SOFT_BUT + "|" + guards_spoken.SOFT_BUT + "|"
                      + guards_scenes.SOFT_BUT + "|" + guards_history.SOFT_BUT + "|"
                      + guards_everyday.SOFT_BUT + "|" + guards_care.SOFT_BUT + ")")
SYMPATHY = rule([
    r"(?:so|how|such|que|q|really|very|muy|too|it is|that is|was) (?:a )?(?:sad|tragic|triste|"
    r"tristeza|pena|tragico|tragica|tragedia|awful|terrible|horrible)(?: (?:news|story|to hear|"
    r"to see|lo que paso))?"])
FRIGHT = rule([
    r"(?:never|not|no) (?:going to )?(?:sleep|sleeping)(?: \w+)? again",
    r"(?:ya )?no (?:duermo|voy a dormir|puedo dormir|dormi) (?:de|del) (?:puro )?(?:miedo|susto)"])

# Having pills (or another means) ready is a plan, even without distress words around it.
HOLDING_MEANS = re.compile(
    r"\b(?:i (?:have|got|am holding|have been saving|saved|bought)|holding|saving up|"
    r"stockpil\w*|counting|right here|next to me|in front of me|tengo|guardando|compre)\b"
    r"(?:\W+\w+){0,4}?\W+(?:pills|pastillas|tablets|rope|gun|pistola|cuerda|razor|blades?)\b"
    r"|\b(?:pills|pastillas|rope|gun|razor|blades?)\b(?:\W+\w+){0,3}?\W+(?:here|ready|next "
    r"to me|in front of me|aqui|listas?)\b")


def flag_of(text: str, reasons: list[str], categories: list[str],
          lexicons: Scan) -> tuple[Flag, str, bool]:
    """The flag; the text with idioms, negated crisis and crisis phrases masked; and whether a
    crisis rests on bare risk words alone ("kill", "knives", "morir": no crisis phrase, no
    warning sign), which the learned layer may settle. `lexicons` keeps the warning-sign
    lexicons searched (the learned layer's gate)."""
    crisis: list[str] = []
    clinical: list[str] = []
    notes: list[str] = []

    def idiom(m: re.Match[str]) -> str:
        notes.append(f'idiom, not crisis: "{m.group()}"')
        return MASK

    def negated(m: re.Match[str]) -> str:
        if (BUT.match(m.string, m.end()) and not SOFT_BUT.match(m.string, m.end())) \
                or AGAIN.match(m.string, m.end()):
            crisis.append(f'crisis: "{m.group()}" followed by "but"')
            categories.append(phrase_category(m.group()))
        else:
            clinical.append(f'clinical: negated crisis "{m.group()}"')
        return MASK

    def danger(m: re.Match[str]) -> str:
        crisis.append(f'crisis: "{m.group()}"')
        categories.append(phrase_category(m.group()))
        return MASK

    def context(m: re.Match[str]) -> str:
        notes.append(f'idiom, not crisis: "{m.group()}"')
        return ALARM.sub(MASK, m.group())

    masked = BEFORE_IDIOMS.sub(danger, text)
    masked = IDIOMS.sub(idiom, masked)
    masked = CONTEXT_IDIOMS.sub(context, masked)
    masked = NEGATED_CRISIS.sub(negated, masked)
    lexicons.text = masked
    for category, evidence, words in find_signs(masked, lexicons) + loss_signs(text):
        crisis.append(f"crisis: {category} — {evidence}: {words}")
        categories.append(category)
    for name in EVIDENCE_NOT_INTENT:  # "see you on the other side" is no confirmation
        if (said := lexicons.get(name)) is not None:
            masked = masked.replace(said, MASK)
    masked = CRISIS.sub(danger, masked)
    risky = [m.group() for m in RISK_WORDS.finditer(masked)]
    crisis_before_risk = len(crisis)
    # A feared thought the writer disowns ("I keep picturing it, I'd never") settles bare
    # risk words and a means named inside it, never a crisis phrase or a warning sign.
    unwanted = guards_spoken.unwanted_thought(masked) if not crisis else None
    if unwanted:
        clinical.append(f'clinical: an unwanted thought, disowned "{unwanted}"')
    if risky and not crisis and (unwanted or LAUGHTER.search(text)):
        why = "in an unwanted thought" if unwanted else "with laughter"
        notes.extend(f'idiom, not crisis: "{word}" {why}' for word in risky)
    elif risky:
        masked = RISK_WORDS.sub(danger, masked)
    from_risk_words = len(crisis) if risky and not crisis_before_risk else 0
    signs = warning_signs(masked)
    if len(signs) >= 2:
        crisis.append("crisis: warning signs together: "
                      + ", ".join(f'{kind} "{words}"' for kind, words in signs.items()))
        categories.append(phrase_category(" ".join(signs.values())))
    if CRISIS_WHOLE.fullmatch(text):
        crisis.append(f'crisis: a cry for help "{text}"')
        categories.append("cry for help")
        masked = MASK
    if held := HOLDING_MEANS.search(masked):
        crisis.append(f'crisis: means at hand "{held.group()}"')
        categories.append("means at hand")
    if not crisis:  # a crisis hands back its own reasons only: no clinical phrase needed
        clinical.extend(f'clinical: "{m.group()}"' for m in CLINICAL.finditer(calm(text, notes)))
    if clinical and not crisis and not unwanted and "means" in signs:
        crisis.append(f'crisis: distress with means "{signs["means"]}" (when in doubt, flag)')
        categories.append("means at hand")
    if crisis:
        reasons.extend(crisis)
        return Flag.CRISIS, masked, 0 < from_risk_words == len(crisis)
    reasons.extend(clinical)
    reasons.extend(notes)
    return (Flag.CLINICAL if clinical else Flag.NONE), masked, False


def calm(text: str, notes: list[str]) -> str:
    """The text the clinical phrases run on: once an idiom or a news / film mention was
    recognised, sympathy with it ("so sad", "qué tristeza") is not the client's mood, and a
    film that means "never sleeping again lol" is not insomnia; work with danger is not a
    symptom."""
    text = NOT_CLINICAL.sub(MASK, text)
    if notes:
        text = SYMPATHY.sub(MASK, text)
    if LAUGHTER.search(text):
        text = FRIGHT.sub(MASK, text)
    return text
