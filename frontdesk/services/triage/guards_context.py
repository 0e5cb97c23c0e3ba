"""Guards for the crisis flag, English and Spanish: contexts that settle alarming words.

Families, not phrases: working or volunteering on a crisis line; a class, exam or series
about violence or self-harm; a danger everyone survived ("we all thought we were going to
die"); a hyperbolic threat over a chore ("I could strangle my landlord, the heating is
out"). And, as
clinical rather than crisis, self-harm given up ("haven't cut in 8 months", "hace un año que
no me corto") and an urge that passed ("had the urge to burn myself but ... it passed").
Same conventions as guards_en: normalised text, masked before the crisis rules run.
"""

from __future__ import annotations

_SUBJECTS = (r"(?:suicide|self harm|self injury|homicides?|murders?|serial killers?|violence|"
             r"abuse|overdoses?|addiction|trauma|suicidio|autolesion\w*|homicidios?|asesinatos?|"
             r"asesinos?(?: en serie)?|violencia|abuso|crimenes)")
_SH = (r"(?:cut|cutting|burned|burning|burnt|hurt myself|harmed myself|self harmed|self "
       r"harm|relapsed)")

IDIOMS = [
    # working, volunteering or training on a crisis line
    r"(?:volunteer\w*|work\w*|train\w*|shifts?|answer\w* (?:phones|calls|texts)|staff\w*|"
    r"signed up|sign up|intern\w*|counselor)(?: \w+){0,4}? (?:at|on|for|with|to) (?:a |the )?"
    r"(?:\w+ ){0,2}?(?:crisis (?:text )?line|hotline|lifeline|988)",
    r"(?:voluntari[oa]|trabajo|trabaja|chamba|turnos?|capacitacion)(?: \w+){0,3}? (?:en|de|para|"
    r"con) (?:una|la) linea de (?:crisis|ayuda|la vida|prevencion)",
    # a class, unit, exam, research or series about the subject
    rf"(?:class|course|unit|module|chapter|lecture|seminar|exam|test|final|paper|thesis|research|"
    rf"study|studies|training|workshop|reading|textbook|clase|curso|unidad|examen|tema|materia|"
    rf"investigacion|tesis|serie|documental|podcast)(?: \w+){{0,6}}? (?:on|about|of|covering|"
    rf"sobre|de|acerca de) (?:\w+ ){{0,2}}?{_SUBJECTS}(?: (?:research|prevention|awareness|y "
    rf"\w+))?",
    r"(?:series|serie|show|documentary|documental|podcast)(?: \w+){0,2} (?:de|about|on) "
    rf"{_SUBJECTS}|true crime",
    # an awareness event, or an invitation to the practice to take part in one
    r"(?:awareness|prevention|out of the darkness|memorial|charity|fundraising|fundraiser|"
    r"concientizacion|prevencion) (?:walk|run|5k|event|fair|table|booth|training|gala|caminata|"
    r"carrera|feria|evento)",
    r"would (?:your|the) (?:practice|office|clinic|team) (?:want|like) (?:a|to)",
    # a danger everyone survived
    r"(?:thought|felt like|sure|swore|said) (?:that )?(?:we|they|everyone|everybody) (?:were|"
    r"was) (?:all )?going to die",
    r"(?:crei|creimos|pense|pensamos|senti) que (?:nos )?(?:ibamos a morir|moririamos|nos "
    r"moriamos|todos nos moriamos)",
    # a hyperbolic threat over a chore or an everyday annoyance
    r"i (?:could|would|am going to|will) (?:kill|strangle|murder|throttle|choke|wring) (?:my|"
    r"the|that|this) (?:\w+ ){0,2}?(?:landlord|roommate|brother|sister|boss|neighbor|neighbour|"
    r"cat|dog|kids|husband|wife|coworker|teacher|professor|mechanic|plumber|cable guy)(?= (?:the "
    r"\w+ (?:is|was|are) (?:out|broken|down|off|dead|not working)|for (?:eating|taking|using|"
    r"leaving|forgetting|losing|breaking|borrowing|finishing|parking|not)|lol|again)\b)",
]

# Exhaustion from caring for someone, said with its cause: clinical, not a crisis phrase.
IDIOMS += [
    r"(?:la|lo|los|las) cuido (?:\w+ ){0,8}?y ya no (?:puedo mas|aguanto)|ya no (?:puedo mas|"
    r"aguanto) (?:de |con )?cuidar(?:la|lo|los|las)?",
]

# After a negated crisis, a "but" that reports the urge not acted on, or only a memory, keeps
# it clinical ("used to cut ... had the urge but didn't", "pero hoy me acordé mucho de eso").
SOFT_BUT = (r"(?:but|pero|though|aunque) (?:i |yo )?(?:did not|never did|no lo hice|no hice "
            r"nada|(?:today |hoy )?(?:me acorde|remembered|i remembered|thought about it))")

# At least clinical: self-harm given up, or an urge that passed. "but ..." after it still
# makes it a crisis (see classify).
NEGATED_CRISIS = [
    rf"(?:have not|has not|had not|not|no|never) {_SH}(?: myself)? (?:in|for|since) (?:\w+ )"
    r"{0,2}(?:days?|weeks?|months?|years?|\d+)",
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) (?:days?|weeks?|months?|"
    r"years?) (?:clean|free|without (?:cutting|self harm|hurting myself))(?: from (?:cutting|self "
    r"harm))?",
    r"hace (?:un|una|\w+) (?:\w+ )?(?:ano|anos|mes|meses|semana|semanas) (?:que )?no me "
    r"(?:corto|lastimo|hago dano|quemo)",
    r"(?:llevo|tengo|ya van) (?:\w+ ){0,2}(?:ano|anos|meses|semanas|dias) sin (?:cortarme|"
    r"lastimarme|hacerme dano|quemarme)",
    r"(?:had|got|felt|have|tuve|senti|me dieron|me dio) (?:the |an |a |some )?(?:urge|urges|"
    r"ganas|impulse) (?:to |de )(?:\w+ ){0,2}?(?:cut|burn|hurt|harm|cortarme|quemarme|"
    r"lastimarme|hacerme dano)(?: \w+){0,8}? (?:but|pero)(?: \w+){0,10}? (?:instead|it "
    r"passed|passed|se me paso|se me quito|no lo hice|did not)",
]
