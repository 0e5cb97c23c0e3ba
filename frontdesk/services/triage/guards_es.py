"""Spanish guards for the crisis flag: idioms that only sound alarming, negated crisis."""

# Same conventions as flags_en / flags_es. Both lists are masked before the crisis rules run.

from __future__ import annotations

from .flags_es import CUERPO, PARIENTE

IDIOMS = [
    r"me (?:muero|moria|mori|estoy muriendo|estaba muriendo) (?:de|del|de la|por)",
    r"(?:estoy|estaba|quede|ando) muert[oa](?! (?:por dentro|de (?:miedo|tristeza)))"
    r"(?= *$| (?:fue|de|del|hoy|lol|despues|con|del|y|pero))",
    r"(?:muert[oa]s?|muriendome|me muero) de (?:la |el )?(?:risa|cansancio|hambre|sueno|frio|"
    r"calor|miedo|verguenza|aburrimiento|ganas)",
    r"lol me muero|me muero lol", r"(?:me|nos) (?:va|van) a matar si (?:llego|no llego|se me "
    r"olvida|pierdo|llegamos|no llegamos)",
    r"me corte con (?:un|una|el|la) (?:papel|hoja|lata|vidrio|puerta|cuchillo de cocina)",
    r"(?:me|nos) (?:mata|matan|esta matando|estan matando|mataste|matas|mato) (?:el|la|los|las|"
    r"este|esta|estos|mi|mis|de)",
    r"despedida de (?:soltera|soltero|solteros)|fiesta de despedida|(?:su|la) despedida del "
    r"trabajo",
    # (never a threat reported: "gritando que nos va a matar a todos")
    r"(?:el|la|los|las|este|esta|estos|mi|mis) (?:(?!(?:que|q|dice|dijo|grita|gritando|amenaza|"
    r"amenazando|jura|me|te|se|si|deja|dejo|dejan)\b)\w+ ){1,3}(?:me|nos) (?:mata|matan|mato|"
    r"esta matando|estan matando|va a matar)(?! si\b| a (?:todos|todas|mi|mis|los|las|la|el)\b)",
    r"matando el tiempo|matar el tiempo|de muerte|a muerte",
    r"(?:se me murio|murio|se murio|esta muert[oa]|sin) (?:el |mi |la )?(?:celular|telefono|"
    r"movil|bateria|cel|carro|coche|compu|computadora|laptop|internet|wifi)",
    rf"(?:me corte|me corto|cortarme|me hice|me hago|hacerme) (?:el |la |los |las |un |una |"
    rf"mi |mis )?{CUERPO}",
    rf"(?:me hice|me hago|hacerme|me lastime|me lastimo) (?:dano|un esguince)? ?(?:en|de) "
    rf"(?:el |la |los |las |mi |mis )?{CUERPO}",
    r"me (?:pego|pega) (?:un|una|el|la) (?:susto|gripe|resfriado|virus|covid|catarro)",
    r"(?:gripe|resfriado|virus|covid|catarro|sol) me (?:pego|pega)",
    # causas triviales: "mi jefe me va a matar si salgo temprano" (nunca "si lo dejo")
    r"(?:me|nos) (?:\w+ )?(?:a )?(?:matar|ahorcar|mata|mato|matan|colgar) (?:si|porque|por)\b"
    r"(?! (?:lo|la|los) dejo\b| me voy\b| le digo\b| llamo\b| denuncio\b| lo denuncio\b)",
    r"para morirse", r"(?:que oso|que pena|que verguenza|que horror) me muero",
    r"morir\w* de (?:la |el )?(?:risa|aburrimiento|hambre|sueno|frio|calor|verguenza|pena|"
    r"ganas|emocion|cansancio|envidia|amor|nervios|miedo)",
    r"muert[oa]s? de (?:la |el )?(?:emocion|pena|nervios|amor|envidia)",
    r"no aguanto (?:este|esta|el|la|los|las) (?:calor|frio|trafico|tarea|dolor|hambre|sueno|"
    r"lluvia|humedad|ruido|espera|fila|tacones|zapatos)",
    r"(?:calor|frio|sol|trafico|dolor) que mata",
    r"(?:ese|esa|este|esta|esto|eso|el|la) (?:libro|serie|pelicula|partido|examen|tarea|bebe|"
    r"nene|concierto|final|capitulo|trabajo|viaje) (?:me|nos) (?:mato|mata|esta matando)",
    r"(?:enlace|link|liga|pagina|sitio) (?:esta |ya )?(?:muert[oa]|caid[oa])",
    # medios, escuela y juzgados: sobre el tema, no sobre quien escribe
    r"(?:prevencion|prevenir|concientizacion|concienciacion) (?:del|de|el) suicidio",
    # ronda 2: el tema unas palabras despues del medio, lo que dijo el noticiero, el calor,
    # la tos, "me quede muerta", el rastro
    r"(?:platica|charla|taller|conferencia|clase|curso|articulo|reportaje|nota|noticia|"
    r"documental|pelicula|serie|telenovela|novela|libro|podcast|programa|capitulo) (?:\w+ )"
    r"{0,3}?(?:sobre|de|acerca de) (?:el |la |los |las )?(?:\w+ ){0,2}?(?:suicidio|muerte|"
    r"violencia|asesinato|homicidio|balacera|crimen)\w*",
    r"(?:salio en|vi en|dijeron en|paso en|en) (?:el |la |las |los )?(?:noticiero|noticias|"
    r"periodico|radio|tele|television)(?: (?!(?:yo|me|mi|mis)\b)\w+){0,10}",
    r"(?:en|de) (?:la|el) (?:serie|novela|telenovela|pelicula|libro|capitulo)(?: (?!(?:yo|me|"
    r"mi|mis)\b)\w+){0,8}",
    r"(?:leer|leyendo|lei) (?:\w+ ){0,3}?(?:de|sobre) (?:una |la )?muerte(?: \w+)?",
    r"(?:ya )?no (?:aguanto|puedo|soporto) (?:mas )?(?:con )?(?:este|esta|el|la|los|las|estos|"
    r"estas|tanto|tanta) (?:calor\w*|frio|bochorno|trafico|tos|gripa|gripe|resfriado|dolor\w* de"
    r" \w+|tarea\w*|hambre|sueno|lluvia|humedad|ruido|espera|fila|tacones|zapatos|alergia\w*|"
    r"migrana|jaqueca|cruda|sol|examenes)",
    r"(?:me (?:he )?quede|me quedo|nos (?:hemos )?quedamos|me he quedado|se quedo) muert[oa]s?",
    r"rastro|matadero|temporada de (?:caza|venado|pato)",
    r"(?:juicio|caso|audiencia|demanda|denuncia|proceso|pelicula|serie|documental) (?:por|de|"
    r"sobre) (?:un |una )?(?:homicidio|asesinato|violencia \w+|violacion|abuso|agresion|"
    r"lesiones|asesino)", r"jurado|asesino serial",
    # grief: someone else died (clinical, not a risk to the client)
    rf"(?:fallecio|murio|se murio|ha muerto|se nos fue|se nos murio) (?:mi |nuestro |nuestra |"
    rf"el |la )?{PARIENTE}",
    rf"(?:mi|nuestro|nuestra|su) {PARIENTE}(?: \w+)? (?:fallecio|murio|se murio|ha muerto|esta "
    rf"muert[oa])", r"(?:la )?muerte de (?:mi|su|nuestro|nuestra)",
    # ronda 3: un aparato "se ha muerto", el trafico que "me tiene muerta", un chiste que "me
    # mato", matar animales o plagas, una tarea escolar sobre el suicidio
    r"(?:se (?:me |nos |le )?)?(?:ha |han )?(?:muerto|murio|murieron|muere|muerta) (?:el |mi |la |"
    r"los |las )?(?:celular|telefono|movil|bateria|cel|carro|coche|compu|computadora|laptop|"
    r"internet|wifi|luz|tele|tablet|cargador|enlace|link)",
    r"(?:me|nos) (?:tiene|tienen|trae|traen|dejo|deja|tenia) (?:bien |re |super |medio )?"
    r"(?:muert[oa]s?|frit[oa]s?)",
    r"(?:me|nos) (?:mato|mataste|mata|matan|mataron|matas) (?:de risa|con (?:ese |esa |su |sus |el "
    r"|la |tu |tus |un |una |esos |esas )?(?:chistes?|bromas?|comentarios?|ocurrencias?|cuentos?|"
    r"historias?|videos?|memes?|caras?|preguntas?|risa))",
    r"(?:matar|mata|mato|matamos|matan|matando|sacrificar|carnear) (?:a )?(?:los |las |unos |unas "
    r"|el |la |un |una |mis |sus |\d+ )?(?:pollos?|gallinas?|cerdos?|puercos?|marranos?|chivos?|"
    r"cabras?|vacas?|reses|borregos?|guajolotes?|pavos?|conejos?|pescados?|cucarachas|ratas?|"
    r"ratones|moscas|mosquitos|hormigas|bichos|plagas|zancudos|chinches|pulgas|garrapatas)",
    r"(?:tarea|proyecto|exposicion|ensayo|investigacion|folletos?|trabajo|presentacion) (?:\w+ )"
    r"{0,3}?(?:sobre|de|acerca de) (?:el |la |los |las )?(?:\w+ ){0,2}?(?:suicidio|muerte|"
    r"violencia|asesinato|homicidio|acoso)\w*",
]

# Ronda 4: el trabajo que "me re mató", "que si no me muero" (exagerar), una línea de ayuda
# reenviada a los amigos.
IDIOMS += [
    r"(?:me|nos) (?:re|bien|super|recontra|medio) (?:mata|mato|matan|mataron|esta matando)"
    r"(?: (?:el|la|los|las|este|esta|mi|mis|de)\b)",
    r"(?:que|porque|o|sino) si no me muero\b(?! (?:hoy|esta|manana|antes|pronto|ya)\b)",
    r"(?:reenviado|reenvio|reenvia|reenvien|compart\w*|difund\w*|pasalo|pasenlo)(?: \w+){0,3}? "
    r"(?:linea de (?:la vida|ayuda|crisis)|\d{3} \d{3} \d{4})(?: \w+){0,10}",
    r"(?:linea de (?:la vida|ayuda|crisis))(?: \w+){0,8}? (?:compart\w*|difund\w*|pasalo|"
    r"pasenlo|guarda(?:lo|r)? el numero)(?: \w+){0,4}",
]

NEGATED_CRISIS = [
    r"(?:no|nunca|ya no) (?:soy|estoy|me siento) suicida",
    r"no (?:tengo|he tenido|tengo ningun|tengo ninguna) (?:pensamientos?|ideas?|ideacion|"
    r"planes?|intencion) (?:suicidas?|de (?:hacerme dano|matarme|suicidarme|suicidio|morir|"
    r"lastimarme|quitarme la vida))",
    r"(?:no|nunca) (?:me voy a|pienso|voy a|me quiero|quiero|me) (?:hacer dano|hacerme dano|"
    r"hacer nada|lastimar|lastimarme|matar|matarme|cortar|cortarme|suicidar|suicidarme)",
    r"nunca me (?:haria|hare) dano", r"no (?:estoy|me siento) en peligro",
    r"no (?:le |les )?(?:voy a|pienso) (?:hacer dano|lastimar|matar) a nadie",
    r"no (?:lo|la|los|las) (?:voy a|pienso) (?:matar|lastimar)",
    r"(?:estoy|me siento) (?:a salvo|segur[oa] ahora)",
]
