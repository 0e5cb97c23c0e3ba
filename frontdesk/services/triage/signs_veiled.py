"""Lexicons for warning signs said through a veil, English and Spanish side by side, merged
into signs.LEXICONS.

Families, not phrases:
- something left vague but settled ("it's handled", "everything's sorted out for Sunday",
  "I've got it all worked out for after", "ya tengo fecha", "ya está todo arreglado"),
  together with reassurance, secrecy or a last time ("you can stop worrying about me", "no me
  preguntes", "someone who needs it, I won't", "probably my last one");
- "done", insisted on as meant ("actually done this time, not the dramatic kind", "no es
  broma", "not a joke this time");
- a passive wish through an accident ("I hope the plane just goes down", "ojalá se caiga el
  avión") or one's own end ("not the end of the world... it will be mine");
- joining God or a dead loved one soon, also passed on by a relative ("he will be with God
  soon", "pronto va a estar con Diosito");
- a relative's thoughts of a method told by someone else ("dice que piensa en tomarse el
  líquido de fumigar", "she keeps talking about taking all her pills");
- someone found down beside empty packs ("la encontré en el piso con los blisters vacíos");
- a near attempt, recent ("almost went off the bridge, had the wheel turned", "casi me
  aviento del puente");
- a pet rehomed and accounts wrapped up ("the dog goes to my cousin, the password is in the
  notebook", "making sure my cat has a good home, and deleting stuff"); things given to
  someone who "deserves them more than me";
- medicine saved up "enough for both of us";
- no longer needed from a given day ("a partir del domingo ya no hará falta");
- a place watched and its timing learnt ("ya sé cómo y cuándo pasa el último").
"""

from __future__ import annotations

_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the "
        r"weekend|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|el finde)")

LEX: dict[str, list[str]] = {
    # -- something vague settled
    "settled_vague": [
        r"(?:it is|it s|its|everything is|everythings|everything s|all|that is) (?:all )?"
        r"(?:handled|sorted(?: out)?|taken care of|worked out|squared away)",
        r"(?:i have|i ve|have|i|got) (?:got )?(?:it|everything) (?:all )?(?:worked out|figured "
        r"out|sorted(?: out)?|planned(?: out)?|handled)",
        r"ya (?:tengo|tenemos) (?:la )?fecha|ya (?:lo )?tengo (?:todo )?(?:resuelto|decidido|"
        r"planeado|arreglado|pensado)|ya (?:esta|quedo) todo (?:hecho|arreglado|resuelto|listo|"
        r"decidido)",
    ],
    "veil": [
        r"(?:you can |can )?stop worrying (?:about me)?|(?:do not|no) (?:need to )?worry about "
        r"me(?: anymore| any more)?|no (?:te|se) preocupe\w* (?:mas )?por mi|no (?:me )?"
        r"pregunte\w* (?:de que|que|por que|nada)|(?:do not|dont) ask (?:me )?(?:what|why)",
        r"someone (?:else )?who (?:needs|will need|can use) it(?: more)?|(?:alguien|otra persona)"
        r" que (?:lo|la) necesite",
        r"(?:probably |likely |maybe )?my last (?:one|session|appointment)(?: anyway)?|(?:mi|la) "
        r"ultima (?:cita|sesion)(?: de todos modos)?",
    ],
    # -- "done", insisted on
    "done_self": [r"i am done|(?:estoy|ya estoy) (?:harto|harta|cansad[oa]) de todo|ya me "
                  r"rindo|me rindo|ya termine con todo|ya fue todo"],
    "meant_real": [
        r"not (?:the )?dramatic (?:kind|way)|not (?:joking|kidding)|not a joke(?: this time)?|"
        r"for real this time|(?:actually|really|truly) done|this time for real|(?:en serio|de "
        r"verdad) esta vez|no es (?:broma|chiste|drama)|no estoy (?:bromeando|jugando)",
    ],
    # -- a passive wish through an accident, or one's own end
    "wish_dead": [
        r"(?:hope|hoping|wish|pray) (?:that )?(?:the|my|this) (?:plane|flight|car|bus|train|truck)"
        r"(?: \w+)? (?:just )?(?:goes down|go down|crashes|crash|falls|fall out of the sky|"
        r"hits something)",
        r"(?:ojala|espero que|rezo para que) (?:el|mi|este) (?:avion|vuelo|bus|camion|carro|"
        r"coche|tren)(?: \w+)? (?:se )?(?:caiga|choque|estrelle|vuelque)",
        r"end of the world(?: \w+){0,4}? (?:will be|is going to be|be) mine|fin del mundo(?: \w+)"
        r"{0,4}? (?:sera|va a ser) el mio",
        r"(?:will|going to|gonna|be) (?:be )?with (?:god|jesus|the lord) (?:soon|shortly|tonight|"
        r"before long)|(?:va|voy|vamos) a estar con (?:dios|diosito|el senor)(?: muy)? pronto|"
        r"pronto (?:va|voy) a estar con (?:dios|diosito|el senor)",
    ],
    # -- someone else's thoughts of a method, told by the writer
    "event_strong": [
        r"(?:piensa|pensaba|penso|dice que (?:quiere|va a)|quiere|habla de|anda diciendo que "
        r"(?:quiere|va a))(?: en)? (?:tomarse|matarse|colgarse|ahorcarse|tirarse|aventarse|"
        r"quitarse la vida|suicidarse|envenenarse|tomar(?:se)? (?:el|la) (?:veneno|liquido))",
        r"(?:he|she|they) (?:keeps? |has been |is |was )?(?:talking about|thinking about|saying "
        r"(?:he|she|they) will|says (?:he|she|they) will) (?:killing (?:himself|herself|"
        r"themselves)|drinking the \w+|taking (?:all )?(?:the|his|her|their) pills|ending (?:it|"
        r"his life|her life)|hanging (?:himself|herself))",
        r"(?:lo|la) encontre (?:en el piso|tirad[oa]|inconsciente|desmayad[oa]|en el suelo)|found "
        r"(?:him|her|them) (?:on the floor|passed out|unconscious|unresponsive|not breathing)",
    ],
    # -- whoever writes for a relative: "le escribe la nuera de don Tomás"
    "reporter": [r"le (?:escribe|habla) (?:la|el|su) \w+ de (?:don |dona |la |el )?\w+"],
    "empty_packs": [
        r"(?:blisters?|frascos?|cajas?|empaques?|tiras|botes?) (?:\w+ ){0,3}?(?:vacios|vacias)|"
        r"empty (?:pill )?(?:bottles?|blister packs?|packs?|blisters?|boxes)",
    ],
    "found_down": [
        r"(?:lo|la) encontre (?:en el piso|tirad[oa]|inconsciente|desmayad[oa]|en el suelo)|"
        r"no (?:me )?(?:contesta|responde|despierta) bien|found (?:him|her|them) (?:on the floor|"
        r"passed out)|(?:will not|won t|does not) wake up",
    ],
    # -- a near attempt, recent
    "near_attempt": [
        r"(?:almost|nearly|came close to|about to) (?:went|go|drove|drive|jumped|jump|swerved|"
        r"steered|pulled|turned|ran)(?: \w+){0,2}? (?:off|into|over) (?:the |a )?(?:bridge|cliff|"
        r"edge|river|lake|median|overpass|guardrail|oncoming)",
        r"had the wheel turned|(?:casi|por poco) (?:me tiro|me aviento|me echo|me lanzo|lo hago|me"
        r" mato|me estrello (?:a proposito|adrede)|me voy del puente)",
    ],
    # -- affairs wrapped up around a pet
    "pet_home": [
        r"(?:dog|cat|pets?|puppy|kitten|fish|bird) (?:goes|go|will go|should go|gets to go|is "
        r"going) to|(?:dog|cat|pet|puppy|kitten)s? (?:has|have|gets|get) a (?:good|new|safe) "
        r"home|(?:good|new) home for (?:my )?(?:dog|cat|pet|puppy|kitten)|(?:is|are|will be) "
        r"taking (?:the|my) (?:dog|cat|pets?|puppy|kitten)",
        r"(?:le deje|les deje|se lleva|se va a llevar|se queda con) (?:a )?(?:el |la |mi |mis )?"
        r"(?:perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|mascotas?)",
        r"(?:perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|mascotas?) (?:se (?:va|queda) con|(?:le|lo|la) "
        r"(?:dejo|dejen) a|tenga (?:un )?buen hogar)",
    ],
    "affairs_bits": [
        r"password(?:s)? (?:is|are) (?:in|on|under)|(?:contrasena|clave)s? (?:esta|estan) en|"
        r"deleting (?:stuff|everything|my (?:accounts|messages|photos|stuff|posts))|"
        r"borrando (?:todo|mis cuentas|mis fotos|mis mensajes)|(?:the )?keys? (?:is|are) (?:in|"
        r"under)",
    ],
    "undeserving": [
        r"(?:deserves?|deserve) (?:it|them|this|that|those)? ?more than (?:me|i do)|(?:se lo|se "
        r"las|se los) merece(?:n)? mas que yo",
    ],
    # -- medicine saved up, enough for two
    "enough_for_us": [
        r"enough (?:for|to) (?:both of us|the two of us|all of us|us both|take us both)|"
        r"(?:alcanza|hay suficiente|tengo suficiente) para (?:los dos|las dos|ambos|todos)",
    ],
    "saved_up": [
        r"(?:saving|saved|keeping|kept|hoarding|hiding) (?:up )?(?:\w+ ){0,2}?(?:morphine|oxy\w*|"
        r"insulin|meds|medication|pills|painkillers|fentanyl|patches)|"
        r"(?:guardando|juntando|escondiendo) (?:su|sus|mis|la|las) (?:morfina|insulina|pastillas|"
        r"medicinas|medicamentos)",
    ],
    # -- no longer needed from a day
    "not_needed_after": [
        rf"(?:a partir del?|despues del?|desde el) (?:\w+ )?{_DAY}(?: \w+){{0,3}}? (?:ya )?no "
        r"(?:hara|va a hacer|hace) falta|ya no (?:hara|va a hacer) falta (?:\w+ ){0,2}?(?:a "
        r"partir|despues) del?",
        rf"(?:will not|won t|wont) be (?:needed|necessary)(?: \w+){{0,2}}? (?:after|from|past) "
        rf"(?:\w+ )?{_DAY}",
    ],
    # -- a place watched, its timing learnt
    "timing_learnt": [
        r"(?:como y )?cuando pasa el (?:ultimo|tren|primero)|a que hora pasa el (?:ultimo|tren)|"
        r"when the (?:last|next|first) (?:train|freight) (?:comes|passes|goes)|the train "
        r"schedule",
    ],
    # -- good news that explains a goodbye ("killing it at the new job, won't need Tuesday")
    "good_news": [
        r"new job|got (?:the|a) job|got promoted|promotion|got (?:into|accepted)|killing it at|"
        r"(?:trabajo|empleo) nuevo|nuevo (?:trabajo|empleo)|me dieron el (?:trabajo|puesto)|"
        r"consegui (?:trabajo|chamba|empleo)|me ascendieron",
    ],
    # -- worth more to the family through the insurance
    "worth_dead": [r"better off (?:collecting|cashing in|getting|with) (?:the |my )?(?:life )?"
                   r"(?:insurance|policy)|(?:estarian|estaria) mejor (?:cobrando|con) (?:el|mi) "
                   r"(?:seguro|poliza)"],
    # -- a vow to kill, said as putting someone in the ground
    "kill_vow": [r"(?:put|putting|puts) (?:him|her|them|you)(?: \w+)? in the ground|(?:lo|la|"
                 r"los) (?:voy a )?(?:enterrar|mandar al hoyo)"],
    "command_harm": [r"walk into (?:traffic|the sea|the river|the water|the lake)|step in front "
                     r"of|meterme al trafico|tirarme a los carros"],
}
