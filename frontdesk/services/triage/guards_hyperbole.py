"""Guards for the crisis flag, English and Spanish: death talk that is hyperbole over a trivial
cause.

Families, not phrases: a kill-myself threat conditional on a bus, a form or a queue ("kms if
I have to fill out that form again", "me mato si tengo que hacer la fila otra vez"); a plea to
be killed over a blunder ("ugh kill me now, I left my card at home"); hiding in a hole from
embarrassment; "literally dying" next to the logistics it excuses; a team, a plan or a phone
that "is so dead"; killing oneself with work or study ("me voy a matar estudiando").
Same conventions as guards_en: normalised text, masked before the crisis rules run, so the
rest of the message is still read ("kms if this bus is late, I have the pills" is a crisis).
"""

from __future__ import annotations

# What a trivial threat hangs on: transport, paperwork, queues, devices, school and work.
_CHORE = (r"(?:bus|buses|train|subway|uber|ride|flight|traffic|commute|form|forms|paperwork|"
          r"intake|questionnaire|line|queue|hold|wifi|internet|printer|app|portal|website|"
          r"class|lecture|meeting|call|email|emails|homework|exam|test|quiz|essay|paper|"
          r"assignment|shift|again|one more|another|stuff|thing|song|alarm|parking|weather|"
          r"heat|rain|group project)")
# Gerunds that are the means, not the effort: never read as "working myself to death".
_NOT_EFFORT = (r"(?:cutting|bleeding|hanging|jumping|drinking|starving|shooting|overdosing|"
               r"drowning|choking|burning|poisoning|cortando|ahorcando|tirando|colgando|"
               r"desangrando|tomando|bebiendo|envenenando|ahogando|quemando|disparando)")

IDIOMS = [
    # "istg I'm gonna kms if this bus doesn't show up", "kms if I have to redo that form"
    r"(?:kms|kys|kill myself|unalive myself|die|jump off a (?:bridge|cliff|roof))(?: \w+)? if "
    r"(?:this|that|the|i have to|i need to|we have to|they make me|one more|another|it|my)"
    rf"(?: (?!(?:he|she|they|him|her|them|leave\w*|left|dump\w*)\b)\w+){{0,6}}? {_CHORE}\b",
    # "ugh kill me now, I left my insurance card at home"
    r"(?:ugh|omg|oh my god|oh god|god|lord|jesus|welp|ffs|smh|istg|bruh|yikes|ay) (?:just |"
    r"somebody |someone )?(?:kill|shoot) me (?:now|already)",
    r"(?:kill|shoot) me now(?= (?:i|we|my|the|lol|left|forgot|lost|missed|locked|double|can|"
    r"anyway)\b)",
    # hiding from embarrassment: "brb gonna go die in a hole"
    r"(?:go |going to go |going to |go and |off to )?die in a (?:hole|ditch|corner)",
    r"(?:que )?me trague la tierra",
    # "literally dying" beside the lateness or change it excuses
    r"(?:i am )?(?:literally|actually|legit|lowkey|so) (?:dying|dead)(?=(?: \w+){0,3} (?:going "
    r"to be|late|min|mins|minutes|running|can we|can i|move|push|reschedule|anyway|lol|omw|on "
    r"my way)\b)",
    # "I'd rather die than miss this one"
    r"(?:would |id |i would |i d )?rather die than (?:miss|skip|cancel|be late|lose|go back)",
    # a thing, not a person, that "is so dead": a team, a season, a plan, a chat
    r"(?:my|the|our|this|that|his|her) (?:\w+ ){0,2}?(?:team|season|league|bracket|streak|"
    r"career|plans?|social life|love life|chances|grade|grades|gpa|group chat|chat|party|"
    r"town|vibe|inbox|garden|budget|wallet|bank account|diet|playlist|show|series|game)s? "
    r"(?:is|are|was|s) (?:so |totally |completely |basically |officially |pretty much |"
    r"already |like |super )+dead",
    r"(?:equipo|liga|temporada|fiesta|grupo|chat|pueblo|plan|planes|racha|cuenta) (?:ya )?"
    r"(?:esta|estan|quedo|quedaron) (?:re |bien |super |todo |toda |completamente )*"
    r"muert[oa]s?",
    # killing oneself with effort: "me voy a matar estudiando", "killing myself studying"
    rf"(?:me voy a|me estoy|me vas a|me van a|nos vamos a|nos estamos) (?:matar|matando|"
    rf"morir|muriendo) (?!{_NOT_EFFORT}\b)\w+(?:ando|iendo)\b",
    rf"(?:kill|killing|killed) (?:myself|ourselves) (?!{_NOT_EFFORT}\b)\w+ing\b"
    r"(?= (?:for|to|at|on|over|all|this|every|lol|so|and|but)\b| *$)",
    # "me mato si tengo que llenar el formulario otra vez"
    r"(?:me mato|me muero|me tiro por la ventana) si (?:tengo que |me toca |vuelvo a )?(?:\w+ )"
    r"{0,4}?(?:formulario|papeleo|fila|cola|examen|tarea|bus|camion|micro|colectivo|trafico|"
    r"trabajo|clase|otra vez|de nuevo)\b",
    # "me va a matar mi esposa si llego tarde", "I'd die for a nap"
    r"(?:me|nos) (?:va|van) a matar (?:\w+ ){1,2}si (?:llego|no llego|se me olvida|pierdo|"
    r"llegamos|no llegamos|olvido|no voy)",
    r"(?:would|could|id|i would|i could) (?:literally )?(?:die|kill) for (?:a|an|some|one more) "
    r"(?:\w+ )?(?:nap|"
    r"coffee|pizza|tacos?|burger|beer|drink|margarita|shower|bed|sleep|day off|vacation|"
    r"massage|snack|cookies?|donuts?|break|burrito|ice cream)",
    r"(?:wifi|internet|phone|battery|laptop|connection|signal|car|zoom)s? (?:keeps|kept|keep) "
    r"(?:dying|cutting out|dropping)",
    # a blunder the other will be angry about: "he's gonna strangle me, I double booked us"
    r"(?:going to|will|is going to) (?:kill|strangle|murder|skin) (?:me|us)(?= (?:i|we) (?:\w+ )?"
    r"(?:double booked|forgot|lost|missed|left|broke|spent|booked|scheduled|locked|dented|"
    r"scratched|overslept|ate)\b)",
    # games: killing what is not a person
    r"(?:kill\w*|shoot\w*|matar|mata|matan|matando) (?:the |los |las |a los |unos |some |"
    r"all the )?(?:zombies?|monsters?|aliens?|enemies|dragons?|bosses|boss|orcs|robots?|"
    r"monstruos|marcianos|enemigos|dragones|bichos)",
]
