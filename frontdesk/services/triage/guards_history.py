"""What only sounds like a crisis: self-harm or an attempt told as history, an urge resisted,
a panic attack's certainty of dying, an assisted-dying question from the seriously ill (all
clinical); a patient's overdose at work, a relative who "will kill me" if ..., a commute or a
crowd one "will die" in, a restraining-order hearing as a scheduling reason, a book's overdose
(no flag). Masked only where said as such: a real warning sign beside them is still read.
"""

from __future__ import annotations

_SLIP = (r"(?:forget|forgot|miss|am late|am running late|skip|spend|break|lose|burn|scratch|dent|"
         r"eat|do not (?:call|text|show|come))")

# At least clinical (a clinician reads it), no crisis.
NEGATED_CRISIS = [
    r"(?:years|months|\d+ years|a long time|long) ago(?: \w+){0,6}? i (?:tried to|attempted to) "
    r"(?:end it|kill myself|end my life|take my life)",
    r"hace (?:\d+|unos|muchos|varios|mas de \w+|como \d+) (?:anos|meses)(?: \w+){0,3}? "
    r"(?:me corte|me lastime|intente matarme|intente quitarme la vida)",
    r"(?:my )?last attempt was (?:back )?in (?:\d{4}|\w+ years ago)",
    r"(?:tenia|tuve|me dieron|with) ganas de (?:cortarme|lastimarme|hacerme dano)(?: \w+){0,2}? "
    r"pero no lo hice",
    r"(?:wanted|felt like|had the urge) to (?:cut|hurt myself)(?: \w+){0,2}? but (?:i )?did not",
    r"did not do anything to myself|no me hice nada",
    r"no tengo ganas de (?:hacerme dano|lastimarme|cortarme|matarme|morirme)",
    r"(?:sure|certain|convinced|thought) i was (?:dying|going to die|having a heart attack)",
    r"(?:medical )?(?:aid|assistance) in dying|assisted (?:dying|suicide)|muerte (?:digna|"
    r"asistida)|eutanasia",
]

# No flag: the alarming words are someone else's, or a figure of speech.
IDIOMS = [
    r"(?:er|icu|nurse|paramedic|emt|medic|shift|ambulance)(?: \w+){0,10}? (?:a|the|one|two|"
    r"another) (?:patient|pt|guy|man|woman|lady|kid) (?:od|od d|overdosed|ods)",
    # a trivial slip as the condition ("if I forget again", "if I'm late"); never "if I leave"
    rf"(?:she|he|mom|wife|husband|boss|they) (?:will|is going to|are going to|gonna) kill me "
    rf"if i {_SLIP}",
    rf"if i {_SLIP}(?: \w+){{0,5}}? (?:she|he|they|mom|wife|husband|boss) (?:will|is going to|"
    r"are going to|gonna) kill me",
    r"(?:i )?could (?:kill|strangle|murder|throttle) my (?:brother|sister|husband|wife|kids?|son|"
    r"daughter|lawyer|boss|roommate|mom|dad)(?= (?:he|she|they|for|because|it|this))",
    r"me van a matar de (?:un )?(?:coraje|rabia|corajes|risa|la risa)",
    r"(?:trancon|trafico|fila|cola|bondi|colectivo|camion|metro)(?: \w+){0,8}? me voy a morir"
    r"(?: aqui| aca)?",
    r"hearing (?:on|for|about) the restraining order",
    r"(?:the )?part where (?:she|he|they|the \w+) (?:overdoses|overdosed|od s|kills (?:herself|"
    r"himself|themselves)|dies)",
]

# After a negated crisis, "but I haven't in a year" or "but I remembered and wanted to say"
# keeps it clinical.
SOFT_BUT = (
    r"(?:but|pero) (?:i )?(?:me acorde|lo recorde|remembered|queria contarlo|wanted to (?:tell|"
    r"talk|share))|"
    r"(?:but|pero|though) (?:i )?(?:have not|had not|did not|no lo he hecho|no lo hago)(?: \w+)?"
    r" (?:in|since|for|en|desde) |(?:though|tho)$"
)
