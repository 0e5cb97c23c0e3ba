"""English phrases for the intent (confirm, cancel, ...), written against normalised text."""

# Same conventions as flags_en: normalised text, one regex fragment per entry.

from __future__ import annotations

from .flags_en import DAYS

# Intent rules. "keep" is a negated cancel / reschedule (the client keeps the appointment:
# confirm); "asks" asks *about* a cancellation rather than asking for one (question).
INTENT = {
    "keep": [
        r"(?:do not|did not|no need to|not|never|will not|not going to|do not want to|do "
        r"not need to|no reason to)(?: want to| need to| going to| mean to| meant to)? "
        r"(?:cancel\w*|reschedule\w*|change (?:it|the time|my appointment))(?! but\b)",
        r"(?:will not|not going to|not) be late",
    ],
    "asks": [
        r"(?:is|was|did|has|have|got) (?:you |my |the |our )?(?:appointment |session |it )?"
        r"(?:been )?cancel\w*",
        r"(?:late )?cancel\w* (?:fee|policy|charge|window)",
    ],
    "opt_out": [
        r"(?:stop|quit|cease) (?:texting|messaging|sending|contacting|bugging|reminding)",
        r"no more (?:texts|messages|reminders|text messages)",
        rf"do not (?:text|message|contact) me(?! (?:before|after|until|at|between|on|{DAYS})\b)",
        r"unsubscribe\w*", r"opt (?:me )?out", r"remove (?:me|my number)",
        r"take (?:me|my number) off", r"(?:delete|lose) my number",
        r"(?:do not|no longer) want (?:these|your|any|to (?:get|receive)) (?:more )?(?:texts|"
        r"messages|reminders)",
        r"(?:do not|no longer) want (?:these|your|any more|any) (?:texts|messages|reminders)",
        r"wrong (?:number|person)(?: \w+){0,5} stop\b",
        r"stop\b(?: \w+){0,5} wrong (?:number|person)",
    ],
    "opt_in": [
        r"(?:start|resume|restart) (?:texting|sending|messaging)",
        r"(?:text|message) me again", r"opt (?:back )?in", r"resubscribe",
        r"(?:like|want) to (?:get|receive) (?:the )?(?:text )?(?:texts|reminders|messages) "
        r"again",
        r"(?:resume|restart|keep sending|start sending|turn on)(?: me)? (?:the )?(?:texts|"
        r"reminders|messages)",
        r"(?:still|keep|continue to|continue) (?:get|getting|receive|receiving) (?:the |your )?"
        r"(?:texts|reminders|messages)",
    ],
    # a STOP sent by mistake ("hit stop by accident, please resume"): with an opt-in, wins
    # over the opt-out words it quotes
    "undo": [
        r"by (?:accident|mistake)|accidentally|on accident|did not mean to|(?:was|by) a mistake"
        r"|sin querer|por (?:error|equivocacion|accidente)",
    ],
    "reschedule": [
        r"can (?:we|i) (?:do|get|have) (?:the |an? )?(?:afternoon|morning|evening|later|earlier|"
        r"another day|a different day)(?= *$| (?:instead|slot|that|please|then|if|one)\b)",
        r"(?:get|see me|fit me|come) in (?:sooner|earlier)",
        r"re ?sched\w*", r"re ?book\w*", r"postpone\w*",
        r"bump (?:it|my|the|this|tomorrows|todays)",
        r"(?:no|actually|wait|sorry|oops|i mean) r",
        r"push (?:it|this|the appointment|my appointment|the session|my session)? ?(?:back|to|"
        r"out)",
        r"move (?:it|this|my|the|our|tomorrows|todays|to|me|us)", r"can we move",
        rf"push (?:{DAYS}|my|the|our|it|this)(?: \w+)? (?:back|to|out)",
        r"(?:need|have|want|like) to (?:push|move|bump) (?:my|the|our) (?:appointment|session)",
        r"(?:next (?:week|month)|the (?:week|month) after|later that week) (?:works|would work|"
        r"is better|would be better)",
        r"(?:change|switch) (?:the|my|our|it to|to) (?:time|day|date|appointment|session|slot|"
        r"telehealth|video|zoom|virtual|phone|in person)",
        r"(?:change|changing) my appointment",
        r"(?:switch|change|move|do)(?: it| this| us| me| today)? to (?:a )?(?:phone|video|zoom|"
        r"telehealth|virtual)", r"(?:go|push|move) (?:it )?to \d",
        r"res(?:c?h|k)ed\w*|reschud\w*",
        rf"(?:switch|change|move) (?:it )?to (?:{DAYS}|tomorrow|next|\d|the (?:morning|afternoon))",
        r"(?:anything|something|any ?time|a slot|openings?|availability) (?:later|earlier)",
        r"later in the day|earlier in the day",
        r"(?:anything|any ?time|something) (?:after|before|later than|earlier than) \d+",
        rf"(?:anything|something|any ?time|a spot|a slot|space|room|availability|openings?)"
        rf"(?: open| available)? (?:on |this |next )?(?:{DAYS}|tomorrow|next week|later|earlier)",
        rf"(?:\d+|{DAYS}|tomorrow) (?:works|would work|is better|would be better)",
        r"(?<!every )(?:another|different|new|later|earlier|other) (?:time|day|date|slot|"
        r"appointment|week)",
        # "instead", but not "text instead of calling", "stashing it instead of logging it" or
        # "wish it had been me instead of just my leg"
        r"instead(?! of (?:(?!coming|going|meeting|doing|seeing)\w+ing|call|a call|just|only)\b)",
        rf"(?:need|have|got|want) to (?:move|push|switch) (?:my |our |the )?(?:{DAYS}|tomorrow|"
        r"tmrw|appt|appointment|session)",
        r"(?:how|what) about (?:\d|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|tomorrow|next|later|earlier|the)",
        r"(?:would|does|could|will|can) (?:\d+(?: \d+)?(?: am| pm)?|monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|tomorrow|next week|later|earlier) (?:work|be ok|be "
        r"possible|be better)",
        r"(?:can|could) (?:i|we|you) (?:come|do|go|meet|have it|make it|book (?:me|it)) "
        r"(?:any ?time )?(?:after|before|around|later than|earlier than|past) \d+",
        rf"(?:can|could) (?:i|we) (?:come|do|go|switch|change|meet|have it|make it) (?:in |on |"
        rf"at )?(?:(?:this |next )?{DAYS}|tomorrow|next week|earlier|later|the (?:morning|"
        rf"afternoon|evening)|at \d+|\d+ (?:am|pm|30|oclock))",
    ],
    "cancel": [
        r"cancel\w*\b(?! (?:my |the |all my |our )?(?:\w+ )?(?:lease|gym|phone|plan|line|"
        r"subscriptions?|accounts?|membership|insurance|cards?|contract|order|flight|trip|"
        r"reservation|netflix|cable)\b)", r"call it off",
        r"(?:will not|do not|not going to) (?:be )?need(?:ing)? (?:the|my|our|his|her) (?:\w+ )?"
        r"(?:slot|spot|appointment|session|time)",
        r"(?:will not|can not|is not going to|am not going to) make (?:it to )?(?:his|her|my|the|"
        r"our|their) (?:\d+|appointment|session|\w+day)", r"count me out", r"something came up",
        r"(?:can not|could not|will not|unable to|not able to|not going to|am not going to|"
        r"do not think i can|do not think i will)(?: be able to)? (?:make it|come(?! (?:out|"
        r"home|back)\b)|attend|be there|come in|join|go(?! (?:in|into|inside|near|out|outside|"
        r"anywhere|back|to (?:her|his|their|the (?:store|gym|kitchen)))\b))",
        r"(?:have|need|going) to (?:skip|miss)",
        rf"can not do (?:it |that )?(?:today|tomorrow|tonight|this week|{DAYS})(?! (?:but|\d)\b)",
        r"(?:skip|skipping|miss|missing) (?:this|tomorrow|today|tonight|the|my) (?:session|"
        r"appointment|week|one|time)",
        r"(?:not|will not be|are not|am not) coming(?! (?:out|home|back)\b)",
        r"but i (?:have to|need to|must)",
        r"give (?:my|the|our)(?: \w+){0,2} (?:slot|spot|appointment|time) to someone",
        r"(?:will not|do not|not going to) (?:be )?need(?:ing)? (?:the|my|any) (?:appointment|"
        r"session|appointments|sessions)",
        r"(?:no|actually|wait|sorry|oops|i mean) x",
    ],
    "late": [
        r"(?<!me )(?<!corazon )late(?! (?:cancel\w*|fee|notice|repl\w*|respon\w*|night|"
        r"rapid\w*|fuerte|muy|husband|wife|father|mother|dad|mom|son|daughter|brother|sister|"
        r"partner|grandmother|grandfather|aunt|uncle)s?\b)", r"running (?:behind|a bit "
        r"behind|a little behind|a few min|\d+)",
        r"(?:be|get|arrive|arriving|getting) (?:there|here|up|inside|upstairs) in (?:\d+|a few|"
        r"a couple|five|ten|fifteen|twenty|like \d+)",
        r"\d+ (?:min|m) (?:late|behind|out|away)",
        r"(?:stuck|sitting|caught|held up) in traffic", r"(?<!no )traffic",
        r"(?:train|bus|subway|metro|t) (?:is |was )?(?:delayed|late|stopped|stuck|broke down)",
        r"delayed", r"held up", r"(?:few|couple|couple of|\d+) min (?:out|away)",
        r"now \d+ min", r"parking now",
        r"(?:running|be|am) (?:about |like |around )?\d+ (?:min )?(?:behind|late)",
    ],
    "confirm": [
        r"yes|confirm\w*", r"(?:will|i will|we will|i am going to|going to)(?: both| all)? be "
        r"there", r"still coming", r"(?<!not )be there (?:at|by|on|in)",
        r"see (?:you|ya)(?! (?:later|soon then)\b)", r"(?:sounds|looks) (?:good|great|perfect|"
        r"fine)", r"works for me", r"count me in",
        r"(?:i am|we are|i will be|will be) (?:coming|attending|there)", r"on my way",
        r"looking forward", r"i will come", r"will attend", r"absolutely", r"definitely",
        r"of course", r"ready for (?:the|my|our)",
        r"(?:i will|we will) (?:jump|hop|log|get) on", r"(?:i will|we will) join",
        rf"(?<!not )(?:i|we) can (?:still )?make (?:it|{DAYS}|tomorrow|today|the)",
        rf"(?<!is )(?<!are )(?:{DAYS}|tomorrow|that|the time) still (?:good|works|fine|ok|on)",
        r"i got it(?= *$| c\b)",
    ],
    "ack": [
        r"(?:thanks|thank you) for (?:letting (?:me|us) know|the heads up|the update|telling me|"
        r"the info|informing)", r"no (?:worries|problem|prob)$", r"all good$",
    ],
    "wrong_number": [
        r"wrong (?:number|person|chat|text)", r"who (?:is|are) (?:this|you)",
        r"do not know (?:who|any ?one|anybody)", r"^(?:sorry )?who(?: is it| is this)?$",
        r"new number", r"is not (?:\w+) (?:new|here)",
        r"this is not \w+",
    ],
    # the carrier HELP said with a question about the replies ("help what do the letters mean")
    "help": [
        r"^(?:help|info)\b(?= (?:what|how|which|with|me with)\b)(?!.*\b(?:hurt|hit|kill|die)\w*)",
        r"what do (?:the )?(?:letters|options|replies|codes|c and r|c r and x) mean",
        r"what (?:do|can|should) i (?:reply|text|send|answer)(?: \w+){0,2} (?:to )?(?:confirm|"
        r"cancel|reschedule)",
    ],
    "question": [
        r"^(?:what|when|where|how|why|who|which|is|are|am|do|does|did|can|could|would|"
        r"should|may|any|anyone|will i|will you|will there|will it)\b(?! not\b)",
        r"(?:can|could|may|do|should|would|will) (?:i|we|you|my)", r"(?:is|are) there",
        r"wondering", r"let me know", r"do you (?:know|have|take|accept)", r"what time",
        r"how (?:much|long|do|many)", r"where (?:is|do|are|can)",
        r"is it (?:ok|possible|fine|still)", r"(?:is not|not) working", r"did not get",
        r"(?:want|wanted|curious|love) to know (?:if|whether|when|what|how)",
        r"know if you (?:got|received|have|had|saw)",
        r"(?:is|are) (?:that|this|it|these|those) (?:\w+ )?(?:normal|something|ok|okay|common|"
        r"bad|safe|expected|a problem|a side effect)",
        r"(?:should|can|could|do) (?:i|we) (?:bring|mention|talk about|ask about|tell)",
        r"what (?:do|should) (?:i|we) do",
    ],
    "confirm_weak": [
        r"^(?:ok|k|alright|all right|sure|got it|cool|perfect|great|awesome|fine|noted|will do)"
        r"(?: (?:thanks|thank you|thank|you|ok|cool|great|perfect|then|sure|sounds good|got it|"
        r"lol|no problem|will do|noted|see you|so much|thing)){0,4}$",
    ],
}

# Whole message (after dropping FILLER) -> intent. A bare CANCEL is a carrier opt-out keyword
# (Twilio opts the number out of every text on it), but the practice's texts ask for X to
# cancel and the client almost always means the appointment: intent cancel. classify() adds
# a reason saying the carrier may also have opted the number out.
KEYWORDS = {
    "stop": "opt_out", "stopall": "opt_out", "stop all": "opt_out", "unsubscribe": "opt_out",
    "end": "opt_out", "quit": "opt_out", "optout": "opt_out", "opt out": "opt_out",
    "revoke": "opt_out", "stop it": "opt_out", "cancel": "cancel",
    "start": "opt_in", "unstop": "opt_in", "subscribe": "opt_in", "resubscribe": "opt_in",
    "opt in": "opt_in", "optin": "opt_in", "start again": "opt_in",
    "help": "help", "info": "help",
}

FILLER = {"please", "thanks", "thank", "you", "now", "ok", "hi", "hello", "sorry", "asap"}

# Round 4: offers of another slot said loosely ("mon?", "the week after"), replies that keep
# the time ("still on for 2", "fine 9am works", "C for tues"), questions without a question
# mark ("is this the mania thing again", "whats the meeting id").
_WIDER: dict[str, list[str]] = {
    "reschedule": [
        rf"can not (?:do|make) (?:it )?(?:on )?(?:{DAYS}|today|tomorrow|tonight)(?: \w+){{0,14}} "
        rf"(?:{DAYS}|tomorrow|next week)(?: (?:ok|okay|good|fine|work|works|possible))?$",
        r"(?:look at|try|do|book|go with|aim for|move to|how about) (?:the )?(?:week|day|month) "
        r"after",
    ],
    "confirm": [
        rf"still on for (?:\d+|{DAYS}|tomorrow|today|tonight|the|our|my)",
        r"(?:fine|ok|sure|yes|perfect|great|cool) \d+(?: \d+)?(?: am| pm)? works",
        rf"(?:^| )c (?:for|on) (?:{DAYS}|tomorrow|today|tonight|\d)",
    ],
    "keep": [
        r"(?:the )?(?:new|rescheduled|updated|changed|moved) (?:time|appointment|date|slot|"
        r"session|day) (?:is |works |sounds |looks )?(?:fine|good|great|ok|perfect|works)",
    ],
    "question": [
        r"(?:is|are|was) (?:this|that|it|these|those) (?:the|a|an|my|from|because|related|part)"
        r"\b(?! (?:end|last|night|day|time)\b)",
        r"what is (?:the|my|your|our) (?:\w+ )?(?:id|link|code|address|number|fee|cost|price|"
        r"copay|balance|password|zoom|meeting|room|suite|phone)",
    ],
}
for _name, _fragments in _WIDER.items():
    INTENT[_name].extend(_fragments)

# Round 6: attending anyway ("I'll still be there Wednesday", "rather die than miss this one"),
# asking to come later by some minutes, a tag question without its mark ("didn't I").
_ROUND_6: dict[str, list[str]] = {
    "keep": [
        r"(?:would )?rather (?:\w+ ){1,3}than miss (?:it|this|that|this one|the \w+)",
        r"(?:would|will) not miss (?:it|this|that)(?: for (?:anything|the world))?",
    ],
    "confirm": [r"(?:i will|we will|i am going to|we are going to) still be (?:there|in)"],
    "late": [r"(?:can|could|may) (?:i|we) (?:come|get there|arrive|show up|be there) (?:\d+|"
             r"\w+) (?:min|mins|minutes) (?:later|late)"],
    "question": [r"(?:did not|do not|is not|was not|have not|am not|are not) (?:i|we|you|it)$"],
}
for _name, _fragments in _ROUND_6.items():
    INTENT[_name].extend(_fragments)

# Round 7: "still good for 3", a confirmation passed on by a relative ("she says she'll be
# there").
_ROUND_7: dict[str, list[str]] = {
    "confirm": [
        r"(?:still|we are|i am|am still) good for (?:\d+|tomorrow|today|monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|the \w+)",
        r"(?:she|he|they) (?:says|said) (?:yes|(?:she|he|they) (?:will|can) (?:be there|make it|"
        r"come))",
    ],
}
for _name, _fragments in _ROUND_7.items():
    INTENT[_name].extend(_fragments)
