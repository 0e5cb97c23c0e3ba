"""Round-3 lexicons, English and Spanish side by side, merged into signs.LEXICONS.

Word classes the blind held-out lists G and H showed missing: researching unguarded high places,
closing accounts before an end, coded domestic violence (a pretext call, keys or phone taken,
the abuser back and drunk, no way to call), leaving this world, not knowing whether they
will still be here, gathering all the pills, a relative reporting pills taken in the perfect
tense and someone who will not wake, and a plain goodbye with thanks.
"""

from __future__ import annotations

_PET_WORDS = r"dog|dogs|cat|cats|bird|birds|parrot|fish|hamster|rabbit|bunny|puppy|kitten|horse"
_PETS = rf"(?:{_PET_WORDS})"
_THINGS = (r"(?:stuff|things|guitar|bike|tools|gear|fishing gear|watch|records?|record player|"
           r"camera|car|truck|boat|motorcycle|instruments?|books|games|jewel\w*|rings?|"
           rf"laptop|collection|clothes|furniture|{_PET_WORDS})")
_PILLS_ES = r"(?:pastillas|pildoras|medicinas|medicamentos|tabletas|capsulas)"

LEX: dict[str, list[str]] = {
    # -- method: looking into places with nothing to stop a fall
    "research": [
        r"(?:reading|read|looking|looked|look|searching|searched|googl\w*|checking|checked|"
        r"researching|researched|finding out) (?:up |about |into |online )?(?:\w+ ){0,2}?"
        r"(?:which|what|where|how|the tallest|the highest)",
        r"(?:buscando|busque|investigando|investigue|viendo en internet|leyendo|lei|averiguando|"
        r"averigue|checando|cheque) (?:\w+ ){0,3}?(?:que|cual|cuales|donde|como|el mas alto)",
    ],
    "unguarded": [
        r"(?:no|without|do not have|does not have|lack\w*) (?:\w+ )?(?:fences?|railings?|rails|"
        r"barriers?|nets?|guardrails?|netting)",
        r"(?:get|go|climb|getting|going|climbing) (?:up )?on(?:to)? (?:the )?roofs?",
        r"(?:sin|no (?:tienen?|hay)) (?:\w+ )?(?:malla|mallas|barandal\w*|rejas?|bardas?|"
        r"proteccion|red)", r"(?:dejan|puedo|se puede|puede uno) subir a la azotea",
    ],
    # -- preparatory: closing accounts and contracts, things settled
    "close_accounts": [
        r"(?:cancel\w*|closed?|closing|shut (?:down|off)|shutting (?:down|off)|ended|ending|"
        r"paid off|paying off|terminated) (?:my |the |all my |every |all |of )*(?:\w+ )?"
        r"(?:phone (?:plan|line|contract)|phone|lease|bank accounts?|accounts?|subscriptions?|"
        r"gym|insurance|debts?|credit cards?|storage unit|line)\b",
        r"settled up with (?:everybody|everyone|every one|all)",
        r"(?:di|doy|dar|dimos) de baja (?:mi|el|la|mis|los) (?:linea|plan|cuenta|contrato|seguro|"
        r"gimnasio|telefono|cel)",
        r"(?:cerre|cancele|liquide|pague) (?:todas )?(?:mi|mis|el|la|los|las) (?:cuenta\w*|"
        r"deudas?|tarjetas?|linea|plan|contrato|renta|seguro)",
    ],
    "give_weak": [
        rf"(?:gave|giving|handed|handing|left|leaving|donated|donating)(?: \w+){{0,6}}? (?:my|his|"
        rf"her) (?:\w+ )?{_THINGS} to (?:my|the|a|his|her|our)",
        r"(?:have|had|got|get|getting) (?:things|stuff) (?:all )?(?:squared away|sorted|wrapped "
        r"up|settled|in order|taken care of)",
        rf"(?:found|finding) (?:my|the|our) {_PETS} a (?:new )?(?:family|home|owner)",
        r"(?:queda|quedo|quedara|esta|ya esta|dejo|deje) todo (?:arreglado|en orden|listo|"
        r"resuelto)", r"todo (?:queda|quedo|esta|quedara) (?:bien )?(?:arreglado|en orden|listo|"
        r"resuelto)",
    ],
    # -- leaving this world; not knowing whether they will still be here
    "final_strong": [
        r"(?:leave|leaving|left|depart\w*|gone from|be gone from) this (?:world|earth|life)",
        r"(?:ir|irme|irse|voy|vaya|me voy|me vaya|dejar|salir|salirme|partir)(?: a ir)? de este "
        r"mundo",
        r"no se si (?:voy a |vaya a )?(?:seguir|estar|sigo|siga|este|estare) (?:aqui|viv[oa]|vivo|"
        r"en este mundo|con vida)",
        r"(?:pronto|muy pronto|luego|dentro de poco) (?:ya )?no (?:voy a|vas a) estar\b"
        r"(?! (?:en|disponible|libre)\b)",
        r"(?:not sure|do not know|no idea|unsure) (?:if |whether )?i will (?:still )?be (?:around|"
        r"alive|here(?! (?:in|at|on)\b))",
    ],
    # -- means gathered, in any tense
    "stockpile": [
        rf"(?:junte|junto|reuni|reune|guarde|acumule|escondi|meti|puse) (?:\w+ ){{0,2}}?(?:mis|"
        rf"las|todas las|todas mis) {_PILLS_ES}",
        r"(?:put|gathered|collected|got|poured|emptied) (?:all )?(?:of )?(?:my|the) (?:pills|meds|"
        r"medication|tablets|medicine)(?: \w+){0,2} (?:together|in one|into one|in a|into a)",
    ],
    # -- someone else reports pills taken, someone who will not wake
    "event_strong": [
        rf"se (?:ha |han )?(?:tomo|tomado|trago|tragado|tomaron|tragaron) (?:\w+ ){{0,4}}?"
        rf"(?:{_PILLS_ES}|frasco|caja|botella)",
        r"(?:has|had|have) (?:taken|swallowed) (?:a bunch|all|a lot|a handful|too many|some|"
        r"the rest|a whole bottle|his|her)(?: of)? (?:\w+ )?(?:pills|meds|medication|tablets)",
        r"(?:took|taken|swallowed|drank|ate) (?:something|some stuff|a bunch of stuff|whatever) "
        r"(?:out of|from|in) (?:the|my|his|her|our) (?:medicine cabinet|cabinet|pill box|"
        r"bathroom|drawer)", r"(?:a )?whole bottle of something",
        r"no se despierta|no (?:lo|la) (?:podemos|puedo) despertar|muy (?:dormid[oa]|"
        r"adormilad[oa])|adormilad[oa]|really (?:drowsy|out of it)|can not wake (?:him|her|them)",
    ],
    # -- violence in progress, coded: a pretext to get out, keys or phone taken, can not call
    "pretext": [
        r"pretend\w* (?:to be|you are|it is)|(?:text|call|phone) (?:me )?(?:back )?(?:like|as if) "
        r"(?:you are|it is)", r"need (?:an? )?(?:excuse|reason|pretext) to (?:leave|get out|go)",
        r"(?:necesito|dame|deme|denme) (?:un|una) (?:pretexto|excusa)", r"diga que es de",
        r"(?:finja|finjan|haga como que|hagan como que)",
    ],
    "control": [
        r"(?:he|she|they) (?:took|takes|hid|hides|has|broke|smashed|keeps) (?:my|the) (?:\w+ )?"
        r"(?:keys|phone|wallet|money|charger|id|passport|cards?)",
        r"(?:will not|does not|would not) let me (?:go|leave|out|use|drive)",
        r"me (?:quito|quita|escondio|esconde|rompio|rompe) (?:las|el|la|mi|mis) (?:\w+ )?(?:llaves|"
        r"cel|celular|telefono|cartera|dinero|papeles|tarjetas?)",
        r"no me deja (?:usar|salir|ir|llamar|manejar)",
    ],
    "cant_call": [
        r"(?:can not|could not) (?:call|talk|text|phone)", r"no puedo (?:llamar|hablar|marcar)",
        r"me (?:revisa|checa|lee|esculca) (?:el|mi|los|las) (?:cel|celular|telefono|mensajes)",
        r"(?:checks|reads|goes through|watches|monitors) my (?:phone|texts|messages)",
    ],
    "abuser_back": [
        r"(?:esta|anda) aqui otra vez|(?:llego|volvio|regreso|esta|anda|viene) (?:bien |muy |otra "
        r"vez )*(?:tomado|borracho|drogado|pedo)",
        r"(?:he is|she is|he|she) (?:back|home) (?:again )?(?:and )?(?:drunk|high|wasted)",
        r"(?:drunk|wasted|high) again",
    ],
    "hit_past": [r"(?:already |just )?(?:hit|slapped|punched|shoved|choked) me",
                 r"ya me (?:dio|pego|golpeo|pegaron|golpearon)"],
    # -- a plain goodbye, with thanks
    "farewell_thanks": [
        r"(?:thank you|thanks) for (?:everything|all of it|all you did|all you have done)",
        r"(?:muchas )?gracias por (?:todo|tanto)",
    ],
    "farewell_close": [
        r"adios|goodbye|bye|take care of (?:yourself|your)|look after (?:yourself|your)|"
        r"cuid(?:ese|ate|e|en) (?:mucho )?(?:a )?(?:usted|su|sus|tu|tus)?|cuidese|cuidate",
    ],
    # an everyday reason to say goodbye (a move, a new therapist): the goodbye is not a sign
    "ordinary_leaving": [
        r"moving|switching|closer to|new (?:therapist|job|practice|doctor|insurance|city)|"
        r"insurance|me mudo|nos mudamos|me cambio|(?:cambio|cambiar) de (?:terapeuta|doctor\w*|"
        r"seguro|ciudad|psicolog\w*)|otr[oa] (?:terapeuta|doctor\w*|psicolog\w*)|seguro",
    ],
    "reporter": [r"soy (?:el|la|su) (?:\w+ ){1,3}de [a-z]+",
                 r"companer[oa] de (?:piso|depa|departamento|casa|cuarto)"],
    "weapon": [r"\d+ mm|glock|ar 15|ak 47|\d+ caliber|calibre \d+"],
    "voice_source": [r"(?:escucho|oigo|escuche|oi) (?:que )?(?:me dicen|una voz|voces)",
                     r"(?:i hear|hearing|heard) (?:them |someone |a voice )?(?:telling|say)"],
    # -- a high place, said as where they are now
    "place_cue": [r"up here|(?:windy|cold|high|dark|pretty|beautiful) (?:up )?here"],
    # -- violence in progress: a child or a partner hit, in the past tense, Spanish
    "violence_act": [
        r"(?:le|les|me) (?:pego|golpeo|pateo|ahorco|jaloneo|avento|dio) (?:\w+ )?(?:a|al|a la) "
        r"(?:mi |su )?(?:nin[oa]s?|bebe|hij[oa]s?)",
        r"(?:le|les) (?:pego|golpeo|pateo) (?:al|a la|a mi|a mis|a su)",
    ],
    "violence_now": [r"(?:manden|mande|mandeme|mandenme|envien|envie) (?:a )?(?:alguien|la "
                     r"policia|ayuda|una patrulla)|send (?:someone|help)"],
}
