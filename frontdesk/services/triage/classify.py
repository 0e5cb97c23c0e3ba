"""The reply classifier: one client text message -> `Triage` (intent, flag, reasons).

Order of work, on the normalised text (see normalise):
1. Flag (flagging.py): idioms and negated crisis statements masked, then crisis phrases, warning
   signs and clinical phrases. When in doubt the rules say crisis: a false alarm costs a minute
   of staff time, a miss can cost a life. A funeral given only as the reason for a scheduling
   change is no clinical flag.
2. Intent (intent_rules.py), on the text with the crisis phrases masked. The rest of a crisis
   message is read as usual, so "cancel, I'm in the hospital after I overdosed" is intent
   cancel, flag crisis. Callers take no automatic action on a flagged message anyway
   (`Triage.needs_human`); the intent tells staff what else the client asked for. A carrier
   keyword opening the message in capitals ("STOP. ...") is an opt-out.
3. The learned layer (learned.py) may raise a message the rules did not flag to crisis.

Pure and fast: no I/O, no logging (the text and the reasons are client data).
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontdesk.domain import Flag, Intent

from . import learned
from .bounds import MAX_CHARS, bounded, fold_repeats
from .flagging import IDIOMS, flag_of
from .intent_rules import KEPT_QUESTION, KEYWORDS, intent_of
from .model import Triage
from .normalise import normalise
from .signs import Scan, most_urgent
from .warning import warning_signs

__all__ = ["IDIOMS", "classify"]  # IDIOMS: the idiom alternation, for tests of its prefix

# The learned layer (learned.py) may raise a none/clinical message to crisis, never lower
# one. Chosen from held-out measurements (bench/triage.py, scripts/train-triage.py --lolo): on
# lists the rules had not been tuned to it added recall the rules lacked; on the tuned lists it
# cost some precision. See _model_says_crisis for where it is asked.
USE_LEARNED_LAYER = True
# Where the rules found no intent or only a question, the learned layer's intent weights may
# name a scheduling one ("need to move wed", "Can sell my appointment Thursday"). Measured
# leave-one-list-out (scripts/train-triage.py --lolo).
# Not asked about a crisis: the flag sends it to a person, and a question there keeps the rules'
# reading (a question inside a crisis).
USE_LEARNED_INTENT = True
MIN_WORDS_FOR_INTENT = 5  # "1", "xxx" stay the rules' alone
# What it may name: a statement is never turned into a question, nor a question into chat.
SCHEDULING = ("confirm", "cancel", "reschedule", "late")
MIN_WORDS_FOR_MODEL = 7
# A scheduling request must leave room for something else ("cancel my 2pm please. I wrote
# letters to both my kids last night"): a short one ("I won't be needing the monday slot,
# thanks") is only that.
MIN_WORDS_WITH_LOGISTICS = 12
# Lexicons that open the learned layer's gate for a plain message but not for a scheduling
# request or a clinical one: everyday words that are half of a pair in signs.py, a quantity
# ("a lot", "a whole bottle"), "I have", "took", someone introducing themselves, a bare cue word,
# "finally", "sitting", "now", a drink, a room one is shut in.
HALF_SIGNS = frozenset({"amount", "at_hand_weak", "took", "reporter", "spoken_cue", "distress",
                        "sitting", "violence_now", "alcohol", "enclosed", "event_weak"})


GRIEF_EVENT = re.compile(r'clinical: "(?:funeral|memorial service|velorio|entierro|funeraria)"')
LOGISTICS = (Intent.RESCHEDULE, Intent.CANCEL, Intent.LATE, Intent.CONFIRM)


def classify(text: str) -> Triage:
    """Classify one reply from a client (English or Spanish, any texting style)."""
    text, cut = bounded(text)
    norm = normalise(text)
    if " " in norm.text:
        norm = replace(norm, text=fold_repeats(norm.text))
    if not norm.text:
        if norm.question:  # "??"
            return Triage(Intent.QUESTION, Flag.NONE, ('intent question: "?"',))
        return Triage(Intent.OTHER, Flag.NONE)
    reasons: list[str] = []
    categories: list[str] = []
    lexicons = Scan("")
    flag, masked, bare = flag_of(norm.text, reasons, categories, lexicons)
    intent = intent_of(norm.text, masked, norm.question, norm.lead or norm.tail, reasons)
    if norm.keyword_lead and intent is not Intent.OPT_IN \
            and KEYWORDS.get(norm.keyword_lead) == "opt_out":
        # "STOP. won't need these anymore": the carrier keyword said first, then a sentence
        reasons.append(f'intent opt_out: keyword "{norm.keyword_lead.upper()}" opening the '
                       "message")
        intent = Intent.OPT_OUT
    if flag is Flag.CLINICAL and intent in LOGISTICS and all(
            GRIEF_EVENT.fullmatch(r) for r in reasons if r.startswith("clinical")):
        # "funeral for my uncle is friday so I need to move my appt": the event is the reason
        # for the change; with no symptom or mood word beside it, nobody clinical must read it
        reasons[:] = [r for r in reasons if not r.startswith("clinical")]
        reasons.append("note: a funeral as the reason for a scheduling change, not a symptom")
        flag = Flag.NONE
    # An idiom or a media / work / court mention the rules recognised settles the alarming
    # words: the learned layer is not asked to second-guess it (lists E and F: every false
    # alarm it raised was such a mention).
    # Round 4: so does an everyday reason to be away (a trip, a new job, an alarm set).
    settled = any(r.startswith("idiom, not crisis") for r in reasons) \
        or lexicons.get("ordinary_away") is not None
    if bare and USE_LEARNED_LAYER and len(norm.text.split()) >= MIN_WORDS_FOR_MODEL \
            and learned.far_from_crisis(norm.text):
        # "could strangle my lawyer", "bring the knives, we're butchering the hog": a bare risk
        # word in a sentence or more worded like nothing in crisis ("kill me now" stays one).
        # A person still reads it.
        reasons[:] = [f"clinical: {r[8:]}" if r.startswith("crisis: ") else r for r in reasons]
        reasons.append("note: a bare risk word in a message the learned layer scores far from "
                       "crisis")
        categories.clear()
        flag = Flag.CLINICAL
    elif flag is not Flag.CRISIS and USE_LEARNED_LAYER and not settled \
            and _model_says_crisis(masked, flag, intent, lexicons):
        reasons.insert(0, "crisis: learned layer — worded like the corpus's crisis messages "
                          "(when in doubt, flag)")
        categories.append("learned: unnamed warning sign")
        flag = Flag.CRISIS
    if USE_LEARNED_INTENT and flag is not Flag.CRISIS and _rules_unsure(intent, reasons) \
            and len(norm.text.split()) >= MIN_WORDS_FOR_INTENT \
            and (guess := learned.intent_guess(norm.text, intent.value)) in SCHEDULING:
        reasons.append(f"intent {guess}: learned layer — worded like the lists' {guess} replies")
        intent = Intent(str(guess))
    if flag is Flag.CRISIS and intent is Intent.QUESTION \
            and not KEPT_QUESTION.search(norm.text):
        # "what do I do", "how many would it take?": a question about the crisis itself is
        # the crisis (the flag sends it to a person); one about money or the appointment stays
        # a question. Asked last, so a crisis the learned layer raised is read the same way.
        reasons.append("intent other: a question inside a crisis is the crisis itself")
        intent = Intent.OTHER
    category = most_urgent(categories) if flag is Flag.CRISIS else ""
    if cut:
        reasons.append(f"note: only the first {MAX_CHARS:,} characters were read; a person should "
                       "read the rest")
    return Triage(intent, flag, tuple(dict.fromkeys(reasons)), category)


def _rules_unsure(intent: Intent, reasons: list[str]) -> bool:
    """True when the rules found no intent, or a question only by its question mark (a
    question a phrase rule found, "did you cancel my appointment?", stays one)."""
    return (intent is Intent.OTHER and not any(r.startswith("intent ") for r in reasons)) \
        or (intent is Intent.QUESTION and 'intent question: "?"' in reasons)


def _model_says_crisis(masked: str, flag: Flag, intent: Intent, lexicons: Scan) -> bool:
    """The learned layer's say on a message the rules did not flag crisis.

    Asked whatever the message asks for, on a sentence or more, scored with idioms, media
    mentions and crisis phrases masked, and only where the rules saw at least one warning sign
    (a lexicon of signs.py or a sign of warning.py): a sign inside a cancellation ("cancel my
    2pm, I wrote letters to my kids") is still one. Where the rules already found a clinical
    symptom ("he's drinking and broke the bathroom door"), a stricter cut-off: a clinician reads
    it anyway, and most clinical messages score high. Measured leave-one-list-out on lists the
    rules had not been tuned to (S, T): not asking about clinical messages or scheduling intents
    lost half the crises the model alone caught (recall 0.88 -> 0.96 with them, precision
    0.845 -> 0.841). Without any warning sign it is not asked: there it raised short ordinary
    messages ("no, I don't want to cancel") for a crisis or two a rule can name. A scheduling
    request is asked about only when long enough to say something else as well, and it and a
    clinical message only when a lexicon that means something alone is there (not a quantity,
    "I have", "took", someone reporting: "C, this week has been a lot" stays a confirmation)."""
    plain = [t for t in masked.split() if t != "|"]
    if len(plain) < (MIN_WORDS_WITH_LOGISTICS if intent in LOGISTICS else MIN_WORDS_FOR_MODEL):
        return False
    level = learned.confidence(" ".join(plain))
    if level is learned.Level.BELOW or (level is learned.Level.BETWEEN and flag is Flag.CLINICAL):
        return False
    if flag is Flag.CLINICAL or intent in LOGISTICS:
        return lexicons.any_found(besides=HALF_SIGNS)
    return bool(warning_signs(masked)) or lexicons.any_found()
