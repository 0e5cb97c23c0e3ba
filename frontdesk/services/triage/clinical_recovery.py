"""Clinical phrases, English and Spanish: recovery, relapse, perception, compulsions, mania and
the body remembering, said in plain words.

Families: low mood and no energy said as an image ("mood is low low, like cement", "no energy
to even shower", "sin ganas ni de bañarme"); a use or a relapse told ("used once on friday",
"slipped last weekend", "volví a consumir"); drinking every day ("tomando diario", "drinking
every night since"); hearing or seeing what is not there, without a command ("hearing my name
called when nobody's there", "veo sombras que no están"); checking compulsions that cost time
("two hours checking the stove and the locks", "revisando la estufa veinte veces"); medicine
stopped on one's own, racing and spending ("dejé el litio por mi cuenta", "muy acelerado y
gastando mucho", "haven't slept in three nights and bought a jet ski"); the body flinching at
touch after an assault; grief for a death by suicide or overdose (guards_spoken). Same
conventions as clinical_en: normalised text, looked for only when there is no crisis.
"""

from __future__ import annotations

from . import guards_spoken

CLINICAL = [
    # low mood and no energy, said as an image
    r"mood (?:is|has been|s|was|been) (?:\w+ )?(?:low|down|bad|rough|flat|gone)",
    r"no (?:energy|motivation|strength) (?:to|for) (?:even )?(?:\w+ )?(?:shower|get up|eat|do "
    r"anything|anything|leave|move|wash)",
    r"(?:sin|no tengo) (?:energia|ganas|fuerzas) (?:ni )?(?:de|para) (?:\w+ )?(?:banarme|"
    r"levantarme|comer|nada|salir)",
    # sleep and appetite lost; people avoided
    r"apenas (?:duermo|como|he dormido|he comido|dormi|comi)|(?:he )?perdido el apetito|lost "
    r"my appetite|barely (?:sleep|sleeping|slept|eat|eating|ate)",
    r"(?:can not|could not|cant) (?:be|stand being|handle being) (?:around|near) (?:people|"
    r"crowds|anyone|men|noise)|no (?:puedo|aguanto) estar (?:con|cerca de|entre) (?:la )?gente",
    # a use or a relapse
    r"(?:used|using|drank|picked up|smoked|shot up) (?:again|once|twice|a little|last night|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this weekend|yesterday)",
    r"relapse\w*|slipped (?:up|last|again|this)|reca(?:i|yo)|volvi a (?:tomar|"
    r"consumir|usar|beber|fumar|meterme)",
    # drinking every day
    r"(?:tomando|bebiendo|chupando|pisteando|pistiando|echando trago) (?:diario|todos los dias|"
    r"todo el dia|cada dia|a diario|cada noche|todas las noches)",
    r"drinking (?:every day|everyday|daily|every night|all day|a lot|heavy|heavily)",
    # hearing or seeing what is not there
    r"(?:hear|hearing|heard|see|seeing|saw) (?:my name|voices|someone|people|things|whispers|"
    r"shadows|figures)(?: \w+){0,3}? (?:when |and )?(?:nobody|no one|noone|nobodys|nobody s|"
    r"no ones|there is nobody|nothing)(?: \w+)? (?:is |s )?(?:there|around|home|in the room)",
    r"(?:oigo|escucho|veo) (?:voces|mi nombre|que me llaman|cosas|sombras|gente) (?:\w+ )?(?:que"
    r" no (?:estan|hay|existen)|cuando no hay nadie)",
    # checking compulsions
    r"(?:checking|checked|check|re checking|revisar|revisando|revise) (?:\w+ ){0,3}?(?:stove|"
    r"locks?|door|oven|iron|estufa|cerraduras?|puerta|chapa)(?: \w+){0,6}? (?:before i (?:could"
    r"|can)|over and over|again and again|\d+ times|times|veces|horas|hours?|hrs?)",
    r"(?:hrs?|hours?|horas) (?:checking|revisando)",
    # medicine stopped alone; racing and spending
    r"(?:dejado|deje|deje de tomar|dejado de tomar) (?:el|la|las|los|mi|mis) (?:\w+ )?(?:por mi "
    r"cuenta|yo sol[oa]|sin avisar)",
    r"stopped (?:taking )?(?:my|the) (?:\w+ )?(?:on my own|cold turkey|without telling)",
    r"acelerad[oa]|gastando (?:mucho|de mas|un monton|todo)|(?:no he "
    r"dormido|sin dormir) (?:en )?(?:\w+ )?(?:noches|dias)",
    r"slept in (?:\w+ )?(?:nights|days)",
    # the body flinching at touch
    r"flinch\w* (?:when|if|every time) (?:\w+ )?(?:touches|touched|hugs|hugged|gets close|comes"
    r" near)",
    r"(?:sobresalto|asusto|paralizo) cuando (?:alguien |me )?(?:me )?(?:toca|tocan|"
    r"abraza|abrazan)",
    *guards_spoken.CLINICAL,
]
