"""Warning-sign categories: named kinds of crisis evidence, found by combining lexicons.

Organised as clinicians screen: the 988 Lifeline / AFSP warning signs and
behaviours, the Columbia Protocol screener steps (wish to be dead, method, intent, plan,
preparatory behaviour), and what a front desk also receives (third-party reports, violence
in progress, harm to others, command hallucinations). Each combination below is a set of
lexicons (signs_en / signs_es / signs_more / signs_wider, merged by name) that must all be
present in the message (and, in UNLESS or SETTLED_BY, none of the lexicons that settle it);
the words that matched go into `Triage.reasons` as evidence.

A lexicon is a kind of word, not a sentence: "a place" and "looking down" are two lexicons,
so "top floor of the parking deck, staring down" is caught without anyone having written it.
"""

from __future__ import annotations

import re

from . import (
    fastre,
    signs_en,
    signs_es,
    signs_hidden,
    signs_indirect,
    signs_more,
    signs_spoken,
    signs_veiled,
    signs_wider,
)

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
MEDICAL = "medical danger"

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
    # round 4: wider families (signs_wider) for what held-out lists I and J showed missing
    (INTENT, "nothing will matter, not here later", ("futility", "absent_later")),
    (INTENT, "saying nobody will need to reach or worry about them after a time",
     ("absent_strong",)),
    (INTENT, "rejected, giving them what they want", ("rejected", "grant_wish")),
    (INTENT, "giving them what they want, in distress", ("grant_wish", "distress")),
    (MEANS, "a poison they keep being drawn to", ("poison", "drawn")),
    (MEANS, "a farm poison they keep being drawn to", ("poison_farm", "drawn")),
    (MEANS, "a means they keep being drawn to", ("means", "drawn")),
    (HARM_OTHERS, "a vow to shoot or stab someone", ("harm_vow",)),
    (HARM_OTHERS, "a weapon ready and a threat", ("weapon_ready", "threat")),
    (PREPARATORY, "arranged so nobody has to break in", ("found_arranged",)),
    (PREPARATORY, "pets or keys left in someone's care, with finality",
     ("left_in_care", "final_weak")),
    (PREPARATORY, "pets or keys left in someone's care, with a goodbye",
     ("left_in_care", "farewell_weak")),
    (PLAN, "decided, a time soon, do not contact", ("decided_bare", "time_soon", "dont_reach")),
    # signs said indirectly (signs_indirect): euphemism, other tenses, someone else's words
    (FAREWELL, "a goodbye passed on through someone, with thanks", ("farewell_proxy",
                                                                  "thanks_trying")),
    (FAREWELL, "a goodbye passed on through someone, with finality", ("farewell_proxy",
                                                                    "final_weak")),
    (FAREWELL, "thanks for trying, with a goodbye", ("thanks_trying", "farewell_weak")),
    (PLAN, "decided, waiting to be alone", ("decided_bare", "alone_window")),
    (PLAN, "worked out, waiting to be alone", ("figured", "alone_window")),
    (PLAN, "worked out, so that nobody finds them", ("figured", "not_found_by")),
    (PLAN, "waiting to be alone, so that nobody finds them", ("alone_window", "not_found_by")),
    (PLAN, "waiting to be alone to do it", ("alone_window", "do_it")),
    (PLAN, "everything ending, at a time", ("ending_all", "time_soon")),
    (METHOD, "an overdose nearly not survived", ("nearly_died", "drug")),
    (METHOD, "an overdose nearly not survived, a bigger one meant", ("nearly_died", "more_dose")),
    (METHOD, "asking whether a place is high enough", ("place", "lethal_enough")),
    (METHOD, "asking whether a means is enough", ("means", "lethal_enough")),
    (METHOD, "a medicine with a bottle of alcohol, asked about", ("mix_question", "drug",
                                                                 "alcohol", "amount")),
    (METHOD, "a medicine with alcohol, asked about for themself", ("mix_question", "drug",
                                                                  "alcohol", "asking_self")),
    (VIOLENCE, "things thrown, and a plea to send someone", ("rage_objects", "send_help")),
    (VIOLENCE, "things thrown, kept from leaving", ("rage_objects", "confined")),
    (VIOLENCE, "a deadline to check in, or send someone", ("check_in", "send_help")),
    (VIOLENCE, "kept from leaving, a plea to send someone", ("confined", "send_help")),
    (VIOLENCE, "a threat for leaving, keys or phone taken", ("leave_threat", "control")),
    (VIOLENCE, "a threat for leaving, already hit", ("leave_threat", "hit_past")),
    (VIOLENCE, "a threat for leaving, unable to call", ("leave_threat", "cant_call")),
    (VIOLENCE, "a code word for the clinician: it is happening again", ("tell_clinician",
                                                                       "happening_again")),
    (VIOLENCE, "a code word for the clinician", ("tell_clinician", "code_word")),
    (MEDICAL, "fainting or the heart racing after days without food", ("faint", "not_eaten")),
    (PREPARATORY, "possessions handed over, letters written", ("give_weak", "letter_kin")),
    (PREPARATORY, "letters written, with finality", ("letter_kin", "final_weak")),
    # signs said plainly without a death word, often inside logistics (signs_hidden)
    (METHOD, "a rope tied up to try it", ("rope_tied", "trying_out")),
    (METHOD, "asking what amount is enough, with a supply at hand", ("lethal_q", "stock_here")),
    (METHOD, "asking how much of a farm poison it takes", ("lethal_q", "poison_farm")),
    (METHOD, "knowing the dose that would stop their own heart", ("own_heart",)),
    (PLAN, "a death staged as an accident for the insurance", ("insurance_payout",
                                                               "accident_look")),
    (WISH_DEAD, "saying they are worth more dead", ("worth_dead",)),
    (HARM_OTHERS, "a vow to kill someone whose whereabouts are known", ("kill_vow",
                                                                       "target_known")),
    # signs said through a veil (signs_veiled): hints, insistence, arrangements, near misses
    (PLAN, "something vague settled, with reassurance, secrecy or a last time",
     ("settled_vague", "veil")),
    (INTENT, "done, insisted on as meant", ("done_self", "meant_real")),
    (HARM_OTHERS, "a vow to kill, insisted on as meant", ("kill_vow", "meant_real")),
    (THIRD_PARTY, "someone found down beside empty packs", ("found_down", "empty_packs")),
    (METHOD, "a recent near attempt", ("near_attempt",)),
    (PREPARATORY, "a pet rehomed and affairs wrapped up", ("pet_home", "affairs_bits")),
    (PREPARATORY, "giving things to someone who deserves them more", ("give_weak",
                                                                      "undeserving")),
    (MEANS, "medicine saved up, enough for two", ("saved_up", "enough_for_us")),
    (INTENT, "saying they will not be needed from a given day", ("not_needed_after",)),
    (METHOD, "a place watched, how and when worked out", ("figured", "place")),
    (METHOD, "a place watched, its timing learnt", ("place", "timing_learnt")),
    # signs said in everyday words (signs_spoken)
    *signs_spoken.COMBINATIONS,
)

# A combination that an everyday reason settles: "thanks for everything, goodbye" is a
# farewell unless the message says why in ordinary words (a move, a new therapist).
UNLESS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (FAREWELL, "thanks and a goodbye", ("farewell_thanks", "farewell_close"),
     ("ordinary_leaving",)),
)
SETTLED_BY = {("farewell_strong",): ("ordinary_leaving",),
              ("farewell_weak", "final_weak"): ("good_news",),
              ("settled_vague", "veil"): ("ordinary_leaving", "ordinary_away"),
              ("not_needed_after",): ("ordinary_leaving", "ordinary_away"),
              ("absent_strong",): ("ordinary_away",),
              ("futility", "absent_later"): ("ordinary_away",)}


# Where a word starts: equal to a leading \b for fragments that begin with a word character
# (all of them here; a test checks), and cheaper, as a match is not tried at word ends too.
WORD_START = fastre.WORD_START


_SOURCES = (signs_en.LEX, signs_es.LEX, signs_more.LEX, signs_wider.LEX, signs_indirect.LEX,
            signs_hidden.LEX, signs_veiled.LEX, signs_spoken.LEX)
FRAGMENTS: dict[str, list[str]] = {
    name: [f for lex in _SOURCES for f in lex.get(name, [])]
    for name in sorted(set().union(*_SOURCES))
}
LEXICONS: dict[str, re.Pattern[str]] = {
    name: fastre.words(fragments) for name, fragments in FRAGMENTS.items()}
# The size of each lexicon as written (its plain alternation): it orders the heads below.
_SIZE = {name: len(fastre.plain(fragments)) for name, fragments in FRAGMENTS.items()}
_NAMED = {n for combo in COMBINATIONS for n in combo[2]} | {
    n for combo in UNLESS for n in (*combo[2], *combo[3])}
_UNKNOWN = _NAMED - set(LEXICONS)
assert not _UNKNOWN, f"combinations name unknown lexicons: {_UNKNOWN}"


# Each combination: (category, evidence, needs, settled by).
_CHECKS = tuple((category, evidence, needs, tuple(unless))
                for category, evidence, needs, unless in (
                    *((c, e, n, SETTLED_BY.get(n, ())) for c, e, n in COMBINATIONS), *UNLESS))


def _heads() -> tuple[tuple[str, tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]],
                      ...]:
    """The combinations grouped under one "head" lexicon each, so that a text is searched
    first for a small set of heads that every combination needs one of (a greedy hitting set,
    shorter patterns first): a combination whose head is absent costs nothing more."""
    left = list(_CHECKS)
    groups: list[tuple[str, list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]]] = []
    while left:
        counts: dict[str, int] = {}
        for check in left:
            for name in check[2]:
                counts[name] = counts.get(name, 0) + 1
        forced = [check[2][0] for check in left if len(check[2]) == 1]
        head = forced[0] if forced else max(
            counts, key=lambda n: (counts[n], -_SIZE[n], n))
        groups.append((head, [check for check in left if head in check[2]]))
        left = [check for check in left if head not in check[2]]
    return tuple((head, tuple(checks)) for head, checks in groups)


_BY_HEAD = _heads()
# Lexicons that are no warning sign on their own (a time, an everyday reason to be away, the
# word "decided", half of a round-4 pair such as "no point" or "weed killer"): they never
# open the learned layer's gate, which on ordinary wording they would open too often.
NOT_A_SIGN = frozenset({"ordinary_away", "time_soon", "decided_bare", "futility",
                        "absent_later", "rejected", "grant_wish", "poison_farm", "drawn",
                        "weapon_ready", "dont_reach", "left_in_care", "alone_window",
                        "figured", "do_it", "more_dose", "mix_question",
                        "asking_self", "tell_clinician", "send_help", "check_in", "confined",
                        "faint", "not_eaten", "letter_kin", "farewell_proxy", "thanks_trying",
                        "trying_out", "lethal_q", "stock_here", "accident_look",
                        "target_known", "ordinary_leaving", "good_news", "veil",
                        "affairs_bits", "meant_real"}) | signs_spoken.NOT_A_SIGN
GATE_LEXICONS = tuple(n for n in LEXICONS if n not in NOT_A_SIGN)


# The first two characters of every match each lexicon can make (None: too many to list). A
# lexicon none of whose openings is at a word start of the text is not searched: on the corpus
# that is about half the searches, and the answer is the same (tests/test_triage_round9.py).
_OPENINGS = {name: fastre.prefixes(fragments) for name, fragments in FRAGMENTS.items()}
_STARTS = re.compile(r"\b\w.?", re.DOTALL)


def word_starts(text: str) -> frozenset[str]:
    """The first two characters at every word start of `text`, and the first one alone."""
    pairs = set(_STARTS.findall(text))
    return frozenset(pairs | {pair[0] for pair in pairs})


class Scan:
    """The lexicons of one text, each searched at most once and only when needed."""

    __slots__ = ("_seen", "_starts", "_starts_of", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._seen: dict[str, str | None] = {}
        self._starts: frozenset[str] = frozenset()
        self._starts_of: str | None = None

    def get(self, name: str) -> str | None:
        """The words of lexicon `name` found in the text, or None."""
        seen = self._seen
        if name not in seen:
            openings = _OPENINGS[name]
            if openings is not None:
                if self._starts_of is not self.text:
                    self._starts, self._starts_of = word_starts(self.text), self.text
                if openings.isdisjoint(self._starts):
                    seen[name] = None
                    return None
            m = LEXICONS[name].search(self.text)
            seen[name] = m.group() if m else None
        return seen[name]

    def any_found(self, besides: frozenset[str] = frozenset()) -> bool:
        """True when any warning-sign lexicon is found (the learned layer's gate), other than
        those in `besides`."""
        return any(self.get(n) is not None for n in GATE_LEXICONS if n not in besides)


def find_signs(text: str, scan: Scan | None = None) -> list[tuple[str, str, str]]:
    """(category, evidence, matched words) for every combination found in `text`; `scan`,
    if given, keeps the lexicons searched (the learned layer's gate asks it later)."""
    scan = Scan(text) if scan is None else scan
    get = scan.get
    found = []
    for head, checks in _BY_HEAD:
        if get(head) is None:
            continue
        for category, evidence, needs, unless in checks:
            if all(get(n) is not None for n in needs) \
                    and not any(get(u) is not None for u in unless):
                found.append((category, evidence, " + ".join(f'"{get(n)}"' for n in needs)))
    return found


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
                 r"sobredosis|frasco|medicin|morphine|morfina|oxy|opioid|fentanyl"),
        (PLAN, r"plan|tonight|do it|hacerlo|esta noche"),
        (FAREWELL, r"goodbye|bye|note|letter|carta|despid|sorry|perdon|giving|take care|"
                   r"cuiden|love"),
        (THOUGHTS, r"suicid|kill myself|kill my self|matarme|me mato|unaliv|kms|kys|"
                   r"sewer|ctb|end my life|take my life|quitarme la vida|thoughts|pienso|"
                   r"pensamientos|thinking"),
    ))

# Most urgent first: the category reported when a message shows several.
PRIORITY = (VIOLENCE, HARM_OTHERS, COMMAND, THIRD_PARTY, MEDICAL, PREPARATORY, PLAN, MEANS,
            METHOD, SELF_HARM, INTENT, PERSECUTION, FAREWELL, THOUGHTS, WISH_DEAD)


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
