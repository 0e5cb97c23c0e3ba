"""Clinical phrases, English and Spanish: symptoms said as behaviour rather than as a mood word.

Families: gambling losses and relapse; restriction and checking around food (skipped meals,
counted calories, weighing oneself again and again); gender dysphoria; a household at war
("another huge blowup", "no paramos de pelear"); a teenager withdrawing to their room;
intrusive memories after a trauma ("can't stop hearing it when I close my eyes"); a world gone
grey; shame ("me siento una basura"); and a client's own assurance that they will do nothing
rash (a clinician reads it; it is not a crisis on its own).
Same conventions as clinical_en: normalised text, looked for only when there is no crisis.
"""

from __future__ import annotations

from .guards_others import LOSS

CLINICAL = [
    # gambling
    r"casinos?|slot machines?|sports ?book|betting|(?:lost|blew) (?:\$ ?)?\d[\d,]* (?:at|on|"
    r"betting|"
    r"gambling)|apuestas?|apostar|aposte|apostando|tragamonedas|casino en linea|perdi la "
    r"quincena",
    # food: restriction and checking
    r"skip(?:ping|ped)? (?:meals|lunch|dinner|breakfast|my meals)|counting calories|"
    r"(?:weigh|weighing|weighed) myself|me peso (?:como )?(?:\d+|\w+) veces|contando calorias|"
    r"(?:saltando|salte|me salto|me salte) (?:comidas|la comida|el almuerzo|la cena|el "
    r"desayuno)|no (?:come|comio|quiere comer) con nosotros",
    # gender dysphoria
    r"dysphori\w*|disforia",
    # a household at war
    r"blow ?ups?|(?:no paramos|no dejamos) de (?:pelear|discutir)|(?:peleamos|discutimos) "
    r"(?:todo el tiempo|mucho|otra vez|cada dia)|(?:fighting|arguing|screaming at each other) "
    r"(?:all the time|constantly|again|every day|nonstop)",
    # a teenager (or anyone) withdrawing
    r"encerrad[oa] en su (?:cuarto|habitacion|pieza)|no (?:sale|quiere salir) de su (?:cuarto|"
    r"habitacion|pieza)|dejo (?:el futbol|la escuela|el equipo|de salir)|(?:stays|staying|"
    r"locked) in (?:his|her|their) room (?:all day|for days|for weeks)|(?:quit|dropped) "
    r"(?:the team|soccer|football|band|everything)",
    # intrusive memories
    r"(?:can not|could not|cant) stop (?:hearing|seeing|thinking about) (?:it|him|her|them|that)"
    r"|when i close my eyes|no puedo dejar de (?:ver|oir|escuchar|pensar en) (?:eso|lo|la)",
    # a loss to suicide, of someone close (not a stranger in the news)
    *LOSS,
    # a world gone grey, shame
    r"(?:everything|life|all|todo) (?:feels|is|looks|se ve|esta|se siente) (?:so |bien |muy "
    r")?(?:gray|grey|gris|flat|pointless|meaningless|heavy|dark|sin sentido|oscuro)",
    r"me siento (?:una |un |como una |como un )?(?:basura|mierda|porqueria)|(?:feel|feeling) "
    r"(?:like )?(?:garbage|trash|sick about it|sick to my stomach)",
]

# A client's assurance that they will do nothing rash: clinical, and a negated crisis for the
# "but ..." rule (classify).
NEGATED_CRISIS = [
    r"(?:not|never|no voy a|no pienso|not going to|will not|would not|won t) (?:do|doing|hacer)"
    r" (?:anything|nada|something) (?:dumb|stupid|crazy|rash|drastic|tonto|estupido|loco|"
    r"drastico)",
]
