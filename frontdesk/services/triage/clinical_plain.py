"""Clinical phrases, English and Spanish: distress said in plain or simple words, and the
crying or "nightmare" that belongs to a book, a show or the traffic rather than to the client.

Families: a mood said as a constant ("sad all the time", "triste todo el día", "lloro todo el
día"), often misspelt ("i fele sad"); "not doing great", "flat", "gray"; eating and sleeping
said as behaviour ("I don't eat", "sleepwalking", "bad dreams every night", "me despierto
gritando"); panic said as the body ("heart racing out of nowhere"); pregnancy loss and
trying to conceive ("due date would have been today", "dos años intentando"); drinking again
("back on the bottle"); caregiver exhaustion ("I can't stand myself", "ya no puedo con ella");
regional words for sadness ("ando con la pena", "bajoneado", "agüitado").
Same conventions as clinical_en: normalised text, looked for only when there is no crisis.
"""

from __future__ import annotations

CLINICAL = [
    # a mood as a constant
    r"(?:sad|down|low|depressed|crying|cry|angry|scared|anxious|tired|exhausted) (?:all the "
    r"time|every day|everyday|every night|all day)",
    r"(?:feel|fele|feal|fel|feeling|felling) (?:so |very |really |too )?(?:sad|down|low|flat|"
    r"gray|grey|blah|empty)",
    r"(?:not|no) doing (?:great|good|well|so good|so great|too good|too well)",
    r"(?:really |so |just |kind of )?(?:flat|gray|grey) (?:this|these|lately|all)",
    r"(?:triste|llorando|lloro|lloré|llore|angustiad[oa]|desanimad[oa]) (?:todo el dia|todos los "
    r"dias|toda la noche|todas las noches|todo el tiempo)",
    r"(?:ando|estoy|me siento|sigo) (?:bien |muy |re |medio |super )?(?:con la pena|"
    r"bajonead[oa]|agüitad[oa]|aguitad[oa]|achicopalad[oa]|ahuevad[oa]|apagad[oa]|bajon|"
    r"depre)",
    r"(?:can not|could not|cant|can t) stand (?:myself|being me)|so tired i (?:can not|cant) "
    r"think",
    # eating and sleeping as behaviour
    r"i (?:do not|no) (?:eat|sleep)(?= *$| (?:anymore|much|at all|no more|nothing|and|i|my|"
    r"since|lately|good|well|right)\b)",
    r"sleep ?walk\w*|bad dreams|(?:wake|woke|waking) up (?:screaming|crying|shaking|sweating)",
    r"(?:sueno|suenos|sueño) (?:feo|feos|malo|malos)|me (?:despierto|desperte|levanto) "
    r"(?:gritando|llorando|temblando|sudando)",
    # panic said as the body
    r"(?:heart|chest) (?:racing|pounding)(?: \w+){0,3}? (?:out of nowhere|for no reason|again|"
    r"more)|(?:corazon) (?:a mil|acelerado)",
    # pregnancy loss and trying to conceive
    r"(?:due date|fecha de parto)(?: \w+){0,3}? (?:would have been|was supposed to be|hubiera "
    r"sido|iba a ser)|miscarr\w*|stillbirth|perdi (?:al|el|mi) (?:bebe|embarazo)|aborto "
    r"espontaneo",
    r"(?:trying|intentando|buscando) (?:to (?:get pregnant|conceive)|embarazarme|(?:un )?bebe)|"
    r"(?:anos|meses|years|months) (?:trying|intentando)|infertil\w*|me (?:bajo|vino|llego) la "
    r"regla(?: otra vez)?",
    # drinking again
    r"(?:back|fell) on the (?:bottle|sauce|booze)|hitting the bottle|volvi a (?:tomar|beber|"
    r"chupar|pistear)",
    # caregiving beyond one's strength
    r"ya no (?:puedo|aguanto) con (?:el|ella|ellos|mi \w+|todo esto)|i (?:\w+ )?(?:yelled|"
    r"screamed) at (?:him|her|my (?:dad|mom|mother|father|husband|wife))",
]

# Crying or a "nightmare" that belongs to a story, a show or the traffic: not the client's
# mood (masked from the clinical phrases only).
NOT_CLINICAL = [
    r"(?:book|novel|movie|film|show|series|finale|episode|ending|song|wedding|graduation|"
    r"ceremony|libro|novela|pelicula|serie|final|capitulo|boda|graduacion)(?: \w+){0,14}? "
    r"(?:cried|crying|cry|sobbing|sobbed|in tears|bawl\w*|llore|llorar|llorando)(?: like a baby|"
    r" como (?:un|una) (?:bebe|nin[oa]|magdalena))?",
    r"had me (?:sobbing|crying|in tears|bawling)",
    r"(?:traffic|commute|drive|parking|line|airport|weather|paperwork|process|work|job|shift|"
    r"week|move|trafico|fila|tramite|trabajo|chamba|mudanza)(?: \w+){0,4}? (?:is|was|been|es|"
    r"fue|esta|ha sido) (?:a |an |un |una )?(?:total |absolute |"
    r"real |complete |living )?(?:nightmare|pesadilla)",
]
