"""Spanish phrases for the crisis flag, and the vocabulary the other Spanish rules share."""

# Same conventions as flags_en: normalised text, so no accents ("mañana" -> "manana",
# "aquí" -> "aqui", "envíen" -> "envien") and no punctuation. Unaccented texting is the
# norm, so "si" is both "yes" and "if" and "esta" both "this" and "is": rules say which.

from __future__ import annotations

FAMILIA = (r"(?:esposo|esposa|marido|mujer|pareja|novio|novia|ex|exesposo|ex esposo|papa|"
           r"padre|padrastro|mama|madre|madrastra|hermano|hermana|hijo|hija|tio|tia|primo|"
           r"suegro|suegra|jefe|jefa|companero de cuarto|vecino|vecina|cunado)")
PARIENTE = (r"(?:mama|mami|madre|papa|papi|padre|abuela|abuelita|abuelo|abuelito|esposo|"
            r"esposa|marido|mujer|hijo|hija|hermano|hermana|bebe|tio|tia|primo|prima|amigo|"
            r"amiga|mejor amigo|mejor amiga|novio|novia|pareja|perro|perrito|gato|gatito|"
            r"mascota|suegra|suegro)")
CUERPO = (r"(?:rodilla|pie|pies|tobillo|espalda|mano|manos|brazo|pierna|cabeza|dedo|cuello|"
          r"hombro|muneca|codo|cadera|pelo|cabello|flequillo|unas|barba|dedos)")

CRISIS = [
    r"suicid\w*", r"quitarme la vida", r"(?:me quiero|me voy a|quiero|voy a|pienso en|ganas "
    r"de|podria) matar(?:me)?(?! (?:a|al|el|la|lo|los|las) )",
    r"matarme", r"me mato",
    r"(?:quiero|quisiera|deseo|ganas de|pienso en|voy a|necesito) (?:morir(?:me)?|"
    r"desaparecer|dejar de existir|no despertar|no existir|acabar con (?:todo|mi vida)|"
    r"terminar con (?:todo|mi vida)|dormir para siempre|irme para siempre)",
    r"me quiero (?:morir|ir para siempre|desaparecer)",
    r"ojala (?:me muera|me muriera|estuviera muert[oa]|no despertar\w*|no despierte|no "
    r"hubiera nacido|desaparecer\w*)",
    r"(?:no|ya no) (?:quiero|deseo) (?:vivir|seguir viviendo|despertar|estar aqui|existir|"
    r"seguir con vida|seguir asi|seguir aqui)",
    r"(?:no|ya no) (?:quiero|deseo) seguir(?! con (?:la|las|el|los|mi|mis) )",
    r"(?:dormir|dormirme) y no (?:despertar|volver a despertar)", r"no despertar (?:nunca|mas)",
    r"dormir(?:me)? para siempre", r"irme para siempre",
    r"(?:que|cual es el|no tiene|sin) sentido (?:tiene )?(?:vivir|seguir|la vida|mi vida)",
    r"para que (?:seguir|vivir|sigo|despertar)", r"no vale la pena (?:vivir|seguir)",
    r"la vida no vale la pena",
    r"(?:estarian|estarian todos|estaran|estan|estaria|estarias) mejor sin mi",
    r"mejor (?:si )?(?:me muero|muert[oa]|sin mi)",
    r"(?:nadie|ninguno) (?:me )?(?:extranaria|extranara|notaria|le importaria)",
    r"no aguanto (?:mas|esto|la vida)", r"ya no (?:aguanto|puedo mas|puedo seguir)",
    r"ya no puedo(?= *$| (?:con (?:esto|todo|mi vida|la vida)|vivir))",
    r"no puedo (?:mas|seguir asi|seguir viviendo)",
    r"sin ganas de vivir", r"(?:soy|me siento) una carga",
    r"pensamientos (?:suicidas|de muerte|de morir|de hacerme dano)",
    r"(?:pienso|pensando) (?:mucho )?en (?:la muerte|morir|morirme|matarme)",
    r"(?:esta es|es) mi despedida", r"me despido de (?:todos|ustedes)", r"adios para siempre",
    r"carta de despedida", r"perdon por todo",
    r"(?:deje|escribi) (?:una )?cartas? (?:para|a) (?:mi familia|todos|mis hijos)",
    r"hacer (?:una locura|una tonteria|algo malo|algo estupido)",
    # self-harm
    r"(?:hacerme|me hago|me hice|me voy a hacer|me quiero hacer|me he hecho) (?:dano|algo)",
    r"lastimarme|me lastimo|me lastime|autolesi\w*|quemarme|me quemo a proposito",
    r"cortarme|me corto|me corte|me volvi a cortar|cortandome|me he cortado",
    # overdose, means, plans
    r"(?:tome|me tome|me trague|trague|me tomare|tomarme) (?:todas|todos|un monton de|muchas|"
    r"muchos|varias|un frasco de|el frasco de|toda la caja de|\d+) (?:las |mis |de mis |de "
    r"las |de )?(?:pastillas|pildoras|medicinas|medicamentos|tabletas|capsulas)",
    r"sobredosis",
    r"(?:juntando|guardando|acumulando) (?:pastillas|medicinas|medicamentos)",
    r"pistola|arma de fuego|armas?|revolver|escopeta|balas",
    r"(?:compre|tengo|consegui|tiene|una) (?:una )?cuerda", r"ahorcarme|colgarme",
    r"(?:tirarme|aventarme|lanzarme|arrojarme) (?:de|del|desde|por|al|a la|a las|bajo|frente)",
    r"(?:puente|edificio|azotea|vias del tren)(?= .*(?:tirarme|saltar|aventarme))",
    # harm to others
    r"(?:lo|la|los|las) (?:voy a|quiero|podria) (?:matar|lastimar|apunalar)",
    r"(?:voy a|quiero|tengo ganas de|podria) (?:matarlo|matarla|matarlos|lastimarlo|"
    r"lastimarla|apunalarlo|dispararle|hacerle dano|hacerles dano)",
    r"(?:voy a|quiero|tengo ganas de|podria) (?:matar|lastimar|golpear|apunalar|disparar) "
    r"a (?:mi |alguien|el|ella|ellos|todos)",
    r"hacerle dano a",
    # danger at home, violence, assault
    r"me (?:pega|pego|pegaba|golpea|golpeo|golpeaba|maltrata|maltrato|amenaza|amenazo|"
    r"ahorca|ahorco|ahorcaba|empujo|empuja|viola|violo|violaron|agredio|agrede|lastima|abusa"
    r"|abuso|encerro|encierra|persigue|acosa)(?! (?:la|el) (?:gripe|corriente)\b)",
    rf"(?:mi|el|la) {FAMILIA} (?:me esta|esta) (?:siguiendo|persiguiendo|acosando|"
    rf"amenazando|golpeando)",
    r"(?:me va a|me quiere|amenazo con|intento|trato de) (?:matar|matarme|lastimar|"
    r"lastimarme|golpear|golpearme)",
    r"(?:tengo|me da) miedo (?:de |a )?(?:ir|volver|regresar|llegar) a (?:casa|mi casa)",
    rf"(?:tengo )?miedo (?:de|a) (?:el|mi {FAMILIA})",
    r"(?:no|ya no) (?:me siento|estoy) (?:segur[oa]|a salvo) (?:en (?:casa|mi casa)|con "
    r"(?:el|ella))",
    r"(?:no|ya no) (?:me siento|estoy) a salvo", r"no me siento segur[oa]",
    r"(?:corro|estoy en) peligro", r"violencia (?:domestica|de genero|familiar)",
    r"maltrato", r"abuso sexual", r"violacion", r"me violaron",
    r"(?:llame|llamar|llamamos) a la policia", r"orden de (?:alejamiento|restriccion|"
    r"proteccion)",
    # emergency care for a crisis
    r"(?:hospital|pabellon|ala|urgencias) psiquiatric\w*", r"linea de (?:crisis|prevencion)",
    # more ways of saying it
    r"(?:no le|no les|ya no le) (?:veo|encuentro) (?:sentido|caso|salida)",
    r"(?:no hay|sin) salida", r"(?:ya )?no tiene (?:sentido|caso)(?! (?:que|ir|venir)\b)",
    r"quitar(?:me)? la vida",
    r"me (?:quiero|voy a|vuelvo a|volvi a|dan ganas de|dieron ganas de) (?:cortar|lastimar|"
    r"quemar|matar|morir|aventar|tirar|colgar|ahorcar)",
    r"nadie (?:me )?(?:va a|iba a) (?:extranar|notar)", r"no le importo a nadie",
    r"mejor si (?:yo )?(?:no estuviera|no existiera|me muero|me muriera|desaparezco|"
    r"desapareciera)", r"(?:cansad[oa]|hart[oa]) de vivir|me canse de vivir",
    r"(?:tome|me tome|me trague|trague) (?:como|unas|unos|mas de|casi) \d+",
    r"irme de este mundo", r"prefiero (?:estar muert[oa]|morir)", r"(?:soy|me siento) un estorbo",
    r"(?:cortarme|me corte|me corto) las venas", r"venas",
    r"(?:me corte|me queme|me lastime|me golpee|me pegue|me hice dano) a proposito",
    r"(?:me estoy|estoy) (?:haciendo dano|lastimando|cortando)|haciendome dano",
    r"jalone\w*", r"me (?:jalo|tiro|arrastro|avento|mordio|escupio|cacheteo|estrangulo|"
    r"sujeto|azoto|aplasto|pateo|arrincono)",
    r"(?:me|le) (?:dio|da|dieron) (?:una|un) (?:cachetada|bofetada|patada|golpe|punetazo|paliza)",
    r"(?:del|por el) (?:pelo|cuello|cabello)", r"contra la pared",
    rf"{FAMILIA}(?: \w+){{0,4}} (?:afuera|fuera|enfrente) de (?:la|mi) (?:casa|trabajo|"
    rf"departamento|apartamento|escuela)",
    r"(?:me )?despedi\w* de (?:todos|todo el mundo|mi familia|ustedes)",
    r"quitarme de en medio", r"(?:no|nunca) (?:haber|hubiera|hubiese) nacido",
    r"(?:no tengo|sin|ya no tengo|me faltan) (?:fuerzas|ganas|razones|motivos) (?:para|de) "
    r"(?:seguir|vivir|continuar|levantarme)",
    r"(?:quiero|ojala|quisiera) que (?:todo|esto|la vida) (?:se acabe|termine|se termine|pare|"
    r"acabe)", r"para hacerlo", r"(?:todo|toda) (?:el|la) (?:frasco|caja|botella|blister|tira) de",
    r"(?:lo )?mejor (?:es|seria) desaparecer",
    r"(?:ojala|quiero que|quisiera que) me (?:atropell|mat|pas|caiga)\w*",
    r"(?:juntando|guardando|acumulando|escondiendo) (?:las |mis |unas |todas las )?(?:pastillas|"
    r"pildoras|medicinas|medicamentos)",
    r"me (?:va|van|iba) a (?:desaparecer|matar|hacer algo|lastimar|golpear|quemar)",
    r"estorbo|estorbar",
    r"(?:me hago|me hice|me he hecho|haciendome|hacerme) (?:cortadas|cortes|heridas|quemaduras)",
    r"que (?:esto|todo|la vida) se (?:termin|acab)\w*",
    r"cuanto (?:tiempo )?mas (?:puedo|pueda|podre|voy a poder) (?:aguantar|seguir|soportar)",
    r"(?:tomar|tomarme|tomo|tomare|voy a tomar|me voy a tomar) todo lo que",
    r"estoy en (?:el|la) (?:puente|azotea|vias|techo|orilla)", r"cuid(?:en|a) (?:a|de) mi",
    r"me quito (?:el|mi) (?:telefono|celular)",
    r"no me deja (?:salir|ir|irme)",
    r"me obligo a", r"abus\w* de mi", r"necesito ayuda (?:urgente|ya|ahora)",
    r"pensamientos (?:oscuros|feos|negativos muy)",
    r"(?:estar|seguir|estoy|sigo) viv[oa]s?(?= *$| (?:ma|mas|manana|para))",
    r"despedida", r"me (?:tiene|tienen|dejo|dejaron) encerrad[oa]",
    r"(?:le|les) (?:pega|pego|golpea|golpeo|maltrata|pegaba|golpeaba) a",
    r"(?:ya )?no vale la pena(?= *$| nada)", r"nada (?:vale la pena|importa|tiene sentido)",
    r"(?:pastillas|pildoras|medicinas) de (?:mi|su) \w+",
    r"(?:me tome|tome|me trague|trague) (?:las|mis|sus) (?:pastillas|pildoras|medicinas)(?: \w+)"
    r"{0,4} todas",
]

# Risk words left after the idioms and grief were masked: when in doubt, a crisis. Kept
# apart so that laughter or an idiom context can speak for them (see classify).
RISK_WORDS = [
    r"morir\w*|muert[eoa]s?|muero|muera|muriera|matar\w*|mata|mato|cuchillo|navaja|sangr\w*|"
    r"ahorc\w*|apunal\w*",
]

CRISIS_WHOLE = [r"(?:por favor )?(?:ayudenme|ayudame)(?: por favor)?"]
