"""Warning-sign categories: named kinds of crisis evidence, found by combining lexicons.

Organised as clinicians screen: the 988 Lifeline / AFSP warning signs and
behaviours, the Columbia Protocol screener steps (wish to be dead, method, intent, plan,
preparatory behaviour), and what a front desk also receives (third-party reports, violence
in progress, harm to others, command hallucinations). Each combination below is a set of
lexicons (signs_en / signs_es / signs_more, merged by name) that must all be present in the
message (and, in UNLESS, none of the lexicons that settle it); the words that matched go
into `Triage.reasons` as evidence.

A lexicon is a kind of word, not a sentence: "a place" and "looking down" are two lexicons,
so "top floor of the parking deck, staring down" is caught without anyone having written it.
"""

from __future__ import annotations

import re

from . import signs_en, signs_es, signs_more

WISH_DEAD = "wish to be dead"
THOUGHTS = "suicidal thoughts"
METHOD = "method"
INTENT = "intent"
PLAN = "plan"
PREPARATORY = "preparatory behaviour"
FAREWELL = "farewell"
MEANS = "means at hand"
SELF_HARM = "self-harm"
THIRD_PARTY = "third-party report"
VIOLENCE = "violence in progress"
HARM_OTHERS = "harm to others"
COMMAND = "command hallucination"
PERSECUTION = "persecutory delusion"

# (category, what the evidence shows, the lexicons that must all be found)
COMBINATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (PREPARATORY, "giving possessions away / putting affairs in order", ("give_away",)),
    (PREPARATORY, "giving things away, with finality", ("give_weak", "final_weak")),
    (PREPARATORY, "giving things away, in distress", ("give_weak", "distress")),
    (INTENT, "saying they will not be around", ("final_strong",)),
    (FAREWELL, "saying goodbye / thanking as a farewell", ("farewell_strong",)),
    (FAREWELL, "a farewell with finality", ("farewell_weak", "final_weak")),
    (FAREWELL, "a farewell after giving things away", ("farewell_weak", "give_weak")),
    (METHOD, "a high place or water, looking at it", ("place", "place_cue")),
    (METHOD, "a running car in a closed space", ("car_running", "enclosed")),
    (METHOD, "a method described or researched", ("method",)),
    (METHOD, "an overdose taken", ("took", "amount", "drug")),
    (MEANS, "a rope or cord kept at hand", ("rope", "at_hand_weak")),
    (MEANS, "a means kept at hand", ("means", "at_hand_strong")),
    (MEANS, "a means at hand, in distress", ("means", "at_hand_weak", "distress")),
    (MEANS, "a means at hand, with finality", ("means", "at_hand_weak", "final_weak")),
    (THIRD_PARTY, "someone reports a note, pills, a locked door, a goodbye",
     ("reporter", "event_strong")),
    (THIRD_PARTY, "someone reports a disappearance after a warning sign",
     ("event_strong", "event_weak")),
    (VIOLENCE, "violence happening now", ("violence_act", "violence_now")),
    (HARM_OTHERS, "a weapon and a threat", ("weapon", "threat")),
    (HARM_OTHERS, "a persecutory belief and a threat", ("delusion", "threat")),
    (PERSECUTION, "certainty of being poisoned or persecuted", ("delusion",)),
    (COMMAND, "voices commanding harm", ("voice_source", "command_harm")),
    (WISH_DEAD, "wishing not to wake up / to be gone", ("wish_dead",)),
    # round 2 (lists E, F): decisions with a time, finality told to someone, blamelessness,
    # rehearsal with a cord, a reporter with silence and a means
    (PLAN, "a decision with a time", ("decided", "final_weak")),
    (PLAN, "a time set, told to someone", ("final_weak", "told_someone")),
    (INTENT, "a decision, told to someone", ("decided", "told_someone")),
    (FAREWELL, "at peace, with finality", ("at_peace", "final_weak")),
    (FAREWELL, "at peace, saying goodbye", ("at_peace", "farewell_weak")),
    (FAREWELL, "nobody's fault, with a goodbye", ("blameless", "farewell_weak")),
    (FAREWELL, "nobody's fault, with finality", ("blameless", "final_weak")),
    (FAREWELL, "telling others it is nobody's fault", ("tell_someone", "blameless")),
    (PREPARATORY, "affairs settled, with finality", ("give_weak", "at_peace")),
    (METHOD, "rehearsing with a cord", ("rehearsal", "cord")),
    (THIRD_PARTY, "someone reports silence and a means", ("reporter", "event_weak", "means")),
    (PREPARATORY, "giving everything away, keeping the reason secret", ("give_all", "secret")),
    (PREPARATORY, "asking someone to look after a pet, keeping the reason secret",
     ("farewell_weak", "secret")),
    (PREPARATORY, "giving things away, with finality", ("give_all", "final_strong")),
    (HARM_OTHERS, "close to hurting someone", ("urge_harm",)),
    (PLAN, "a plan held, nobody will stop it", ("plan_set", "determined")),
    (PLAN, "a plan held, with finality", ("plan_set", "final_weak")),
    (INTENT, "saying this is their last day", ("last_day",)),
    (HARM_OTHERS, "a weapon, going after someone", ("weapon", "going_after")),
    (MEANS, "poison at hand", ("poison", "at_hand_strong")),
    (MEANS, "poison at hand, with finality", ("poison", "at_hand_weak", "final_weak")),
    (VIOLENCE, "beating someone with something, now", ("beating_with", "violence_now")),
    (MEANS, "stockpiling a medicine", ("stockpile",)),
    (MEANS, "sitting with alcohol and pills", ("alcohol", "drug", "sitting")),
    (MEANS, "alone with alcohol and pills", ("alcohol", "drug", "distress")),
    (FAREWELL, "a love to pass on, in the past tense", ("tell_someone", "loved_past")),
    (INTENT, "doubting they reach next week", ("not_reach",)),
    (METHOD, "a bridge over traffic or rails, again", ("rail", "again_there")),
    # round 3: what held-out lists G and H showed missing
    (METHOD, "looking into high places with nothing to stop a fall", ("research", "unguarded")),
    (PREPARATORY, "closing accounts, giving things away", ("close_accounts", "give_weak")),
    (PREPARATORY, "closing accounts, with finality", ("close_accounts", "final_weak")),
    (PREPARATORY, "closing accounts, giving things away", ("close_accounts", "give_away")),
    (MEANS, "gathering all the pills", ("stockpile",)),
    (VIOLENCE, "a pretext to get out, keys or phone taken", ("pretext", "control")),
    (VIOLENCE, "a pretext to get out, now", ("pretext", "violence_now")),
    (VIOLENCE, "controlled and unable to call", ("control", "cant_call")),
    (VIOLENCE, "the abuser back and drunk, unable to call", ("abuser_back", "cant_call")),
    (VIOLENCE, "the abuser back and drunk, already hitting", ("abuser_back", "hit_past")),
    (VIOLENCE, "already hit, unable to call", ("hit_past", "cant_call")),
)

# A combination that an everyday reason settles: "thanks for everything, goodbye" is a
# farewell unless the message says why in ordinary words (a move, a new therapist).
UNLESS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (FAREWELL, "thanks and a goodbye", ("farewell_thanks", "farewell_close"),
     ("ordinary_leaving",)),
)
SETTLED_BY = {("farewell_strong",): ("ordinary_leaving",)}


def _compile(fragments: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{f})" for f in fragments) + r")\b")


_SOURCES = (signs_en.LEX, signs_es.LEX, signs_more.LEX)
LEXICONS: dict[str, re.Pattern[str]] = {
    name: _compile([f for lex in _SOURCES for f in lex.get(name, [])])
    for name in sorted(set().union(*_SOURCES))
}
_NAMED = {n for combo in COMBINATIONS for n in combo[2]} | {
    n for combo in UNLESS for n in (*combo[2], *combo[3])}
_UNKNOWN = _NAMED - set(LEXICONS)
assert not _UNKNOWN, f"combinations name unknown lexicons: {_UNKNOWN}"


# Each combination as sets, for a quick subset test: (category, evidence, needs, settled by).
_CHECKS = tuple((category, evidence, needs, frozenset(needs), frozenset(unless))
                for category, evidence, needs, unless in (
                    *((c, e, n, SETTLED_BY.get(n, ())) for c, e, n in COMBINATIONS), *UNLESS))


def find_signs(text: str, found: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    """(category, evidence, matched words) for every combination found in `text`; `found`,
    if given, receives every lexicon that matched (the learned layer's gate)."""
    found = {} if found is None else found
    for name, pattern in LEXICONS.items():
        m = pattern.search(text)
        if m:
            found[name] = m.group()
    if not found:
        return []
    names = found.keys()
    return [(category, evidence, " + ".join(f'"{found[n]}"' for n in needs))
            for category, evidence, needs, need_set, unless in _CHECKS
            if need_set <= names and not unless & names]


# The category of a crisis *phrase* (flags_en / flags_es), from the words it matched; the
# first that fits wins.
_PHRASE_CATEGORIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern)) for category, pattern in (
        (HARM_OTHERS, r"\b(?:kill|hurt|stab|shoot|strangle|harm|murder|beat|punch|poison)\w* "
                      r"(?:him|her|them|someone|somebody|people|others|my (?!self)\w+)|"
                      r"homicid|shoot up|matar a|matarlo|matarla|lastimarlo|lastimarla|"
                      r"lo (?:voy a|quiero) matar|hacerle dano"),
        (VIOLENCE, r"\b(?:he|she|they|my \w+|mi \w+)\b.*\bme\b|abus|assault|rape|violen|viola|"
                   r"threat|amenaz|unsafe|in danger|peligro|safe|segur|police|policia|"
                   r"restraining|alejamiento|pega|golpe|maltrat|hiding|scared|miedo|afraid"),
        (SELF_HARM, r"\bcut|self ?harm|self injur|hurt myself|harm myself|burn|cort|lastim|"
                    r"autolesi|quem|dano|venas"),
        (METHOD, r"overdos|\bod|pills|meds|pastillas|pildoras|tablets|gun|pistol|rifle|rope|"
                 r"noose|razor|blade|knife|bridge|jump|tracks|ledge|roof|cuerda|soga|pistola|"
                 r"arma|puente|tirarme|aventarme|ahorc|hang|lethal|carbon|bleach|crash|"
                 r"sobredosis|frasco|medicin"),
        (PLAN, r"plan|tonight|do it|hacerlo|esta noche"),
        (FAREWELL, r"goodbye|bye|note|letter|carta|despid|sorry|perdon|giving|take care|"
                   r"cuiden|love"),
        (THOUGHTS, r"suicid|kill myself|kill my self|matarme|me mato|unaliv|kms|kys|"
                   r"sewer|ctb|end my life|take my life|quitarme la vida|thoughts|pienso|"
                   r"pensamientos|thinking"),
    ))

# Most urgent first: the category reported when a message shows several.
PRIORITY = (VIOLENCE, HARM_OTHERS, COMMAND, THIRD_PARTY, PREPARATORY, PLAN, MEANS, METHOD,
            SELF_HARM, INTENT, PERSECUTION, FAREWELL, THOUGHTS, WISH_DEAD)


def phrase_category(words: str) -> str:
    """The warning-sign category of a matched crisis phrase (wish to be dead by default)."""
    for category, pattern in _PHRASE_CATEGORIES:
        if pattern.search(words):
            return category
    return WISH_DEAD


def most_urgent(categories: list[str]) -> str:
    """The category to show first, of those found."""
    ranked = [c for c in PRIORITY if c in categories]
    return ranked[0] if ranked else (categories[0] if categories else "")
