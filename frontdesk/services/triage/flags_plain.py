"""Crisis said plainly, without the usual crisis words: a flat passive wish ("disappointed I
woke up"), a threat against a named person with their whereabouts known ("I know where they
park", "ya sé dónde vive"), goodbye letters or affairs already settled inside a scheduling
request, a pet handed over "if anything happens", and waiting at a height "trying to decide".
English and Spanish, on the normalised text (lower case, no accents, contractions expanded).
"""

from __future__ import annotations

_WHO = r"(?:he|she|they|him|her|them|that \w+)"
_FAMILY_ES = (r"(?:mis |mi |los |las )?(?:hij[oa]s?|niet[oa]s?|nenes|esposa|esposo|familia|"
              r"mama|papa)")
_PET_ES = r"(?:mi |mis )?(?:perr\w+|gat\w+|mascotas?)"

CRISIS = [
    # a flat passive wish: waking up is the disappointment
    r"(?:disappointed|sad|sorry|upset|bummed|annoyed|pissed)(?: that| to)? (?:i )?(?:woke|wake|"
    r"woken|waking|have woken|still woke) up",
    r"wish i (?:had not|did not|would not|never) (?:wake|woke|woken) up",
    r"me (?:da|daria) (?:igual|lo mismo) si (?:manana |un dia )?no me (?:levanto|despierto)",
    r"(?:me decepciona|me da pena|me da rabia|me molesta|lamento|odio) (?:volver a |haber )?"
    r"despertar(?:me)?",
    # a threat with the target's whereabouts or the weapon carried
    rf"i know where {_WHO}(?: both| all)? (?:live|lives|park|parks|work|works|sleep|sleeps|stay|"
    r"stays|eat|eats)",
    rf"(?:put|putting|gonna put|going to put) {_WHO}(?: and \w+(?: \w+)?)? in the ground",
    r"ya se (?:donde|a que hora) (?:vive|viven|trabaja|trabajan|estaciona|sale|duerme)",
    r"(?:traigo|cargo|llevo) (?:la|una|mi) (?:9|nueve|escuadra|fusca|38|pistola)(?: milimetros)?"
    r"(?: \w+){0,3}? (?:en la troca|en el carro|en la camioneta|conmigo)",
    r"no es (?:una )?forma de hablar|not (?:a figure of speech|just talk|speaking figuratively)",
    # letters already written, affairs already settled
    rf"(?:dejado|deje|tengo|escribi) (?:escritas?|listas?)? ?(?:las |unas |mis )?cartas?"
    rf"(?: \w+){{0,2}}? (?:para|a) {_FAMILY_ES}",
    r"(?:deje|he dejado|dejado) todo (?:ordenado|en orden|arreglado|listo) y (?:la|las|una|mis) "
    r"cartas?",
    r"(?:sorted|sorted out|squared away|settled|put) (?:all )?my affairs",
    r"nothing (?:left )?(?:for \w+ )?to worry about after(?: that| i am gone| me)?",
    r"(?:the )?only thing left (?:is|to do is|to sort is|to go is) me",
    # a pet handed over in case "something happens"
    rf"si me pasa algo(?: \w+){{0,2}}? que {_PET_ES}(?: \w+){{0,2}}? se quede\w* con",
    # at a height or an edge, watching or deciding
    r"(?:on|at) (?:the|an|this) (?:overpass|overlook|bridge|cliff|ledge|edge|rooftop|roof)"
    r"(?: now)?(?: \w+){0,3}? (?:just )?(?:watching the cars|looking down|trying to decide|"
    r"deciding|thinking about jumping)",
]
