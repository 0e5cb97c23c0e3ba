"""Spanish phrases for the intent (confirmar, cancelar, ...), written against normalised text."""

# Same conventions as flags_en / flags_es. Unaccented texting is the norm, so "si" is both
# "yes" and "if" and "esta" both "this" and "is": the rules say which.

from __future__ import annotations

INTENT = {
    "keep": [
        r"no (?:quiero|voy a|necesito|hace falta|hay que|pienso)(?: volver a)? (?:cancelar|"
        r"cambiar|reprogramar|mover|reagendar)\w*(?! pero\b)",
        r"no cancel(?:o|en|es|ar)",
    ],
    "asks": [
        r"(?:cobran|cuesta|hay cargo|hay multa|se cobra|tiene costo) (?:por|si) cancel\w*",
        r"(?:me|se|la|mi cita) (?:cancelaron|cancelo|fue cancelada|esta cancelada)",
    ],
    "opt_out": [
        r"(?:dejen|deje) de (?:escribir|mandar|textear|enviar) (?:a|al) (?:este|ese) numero",
        r"ya no me (?:texteen|textees|escriban|manden|envien)",
        r"(?:dejen|deje|dejar|dejes) de (?:escribirme|enviarme|mandarme|contactarme|"
        r"mandar(?:me)? mensajes|enviar(?:me)? mensajes)",
        r"no (?:me )?(?:envien|manden|escriban|mande|envie|mandes|envies|escribas) (?:mas|"
        r"ningun|mensajes|textos|recordatorios)",
        r"(?:no|ya no) (?:quiero|deseo) (?:recibir )?(?:mas )?(?:mensajes|textos|"
        r"recordatorios)",
        r"(?:darme|dar|doy|me doy|denme) de baja",
        r"ya no me (?:escriban|manden|envien|contacten|escribas|mandes)",
        r"no mas (?:mensajes|textos|recordatorios)",
        r"cancelar (?:la )?suscripcion", r"(?:eliminen|borren|quiten) mi numero",
        r"(?:sacame|saquenme) de la lista",
        r"no (?:me )?(?:escriban|manden|envien) mas", r"ya no me (?:escriban|manden|envien)",
    ],
    "opt_in": [
        r"volver a recibir (?:los |las )?(?:mensajes|recordatorios|textos)",
        r"(?:pueden|puede) volver a (?:mandarme|enviarme|escribirme)",
        r"(?:activar|reactivar|reanudar) (?:los )?(?:mensajes|recordatorios)",
        r"(?:volver a|vuelvan a|seguir|sigan) (?:mandar|enviar|recibir|mandando|enviando|"
        r"recibiendo)(?:me)? (?:los |las )?(?:mensajes|recordatorios|textos|avisos)",
    ],
    "undo": [],
    "reschedule": [
        r"reprogram\w*|reagend\w*|re agendar",
        r"cambi(?:ar|arla|arlo|amos|emos|en|e) (?:la |mi |de |el |nuestra |para |a )?"
        r"(?:cita|hora|dia|fecha|horario|sesion|turno|para|a la|al|a video|otro|otra)",
        r"cambiarla|cambiarlo|moverla|moverlo|pasarla|pasarlo",
        r"mover (?:la |mi )?(?:cita|sesion|a)", r"(?:otro|otra) (?:dia|hora|fecha|horario|"
        r"semana|momento)",
        # "en vez de" about a day or a time, never "a la doctora en vez de a mi novio"
        r"en (?:vez|lugar) (?:del?|de la|de las|de los) (?:\w+ ){0,2}?(?:lunes|martes|miercoles|"
        r"jueves|viernes|sabado|domingo|\d+|manana|tarde|cita|hora|horario|sesion|semana|dia)",
        r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d+|manana|tarde|semana) en "
        r"(?:vez|lugar)",
        r"posponer\w*|aplazar\w*|adelantar\w*|atrasar la cita|recorrer la cita",
        r"(?:y |o )?a las \d+ (?:si|puedo|podria|esta bien|le queda)", r"mas temprano",
        r"(?:otra|nueva) cita", r"algo (?:mas )?(?:tarde|temprano)",
        r"(?:se puede|puede ser|podria ser|podemos|puedo|mejor) (?:el|para el|en el|hacerla el) "
        r"(?:lunes|martes|miercoles|jueves|viernes|sabado|\d+)",
        r"(?:me la|mi cita|la cita|mi sesion|la sesion) (?:pasas|pasa|pasan|puedes pasar|"
        r"puede pasar|pueden pasar|podrias pasar|podria pasar|mueves|mueve|cambias|cambia)",
        r"pasar (?:la |mi )?(?:cita |sesion |consulta )?(?:a la|al|a las|para el|para la|para las|"
        r"a|para) (?:tarde|manana|noche|lunes|martes|miercoles|jueves|viernes|sabado|\d+)",
        r"(?:espacio|lugar|algo|disponibilidad|cupo|horario|citas?) (?:libre |disponible )?"
        r"(?:el |este |para el |para )?(?:lunes|martes|miercoles|jueves|viernes|sabado|manana)",
    ],
    "cancel": [
        r"cancel\w*\b(?! (?:mi|la|el|mis|my|the) (?:\w+ )?(?:linea|cuenta|tarjeta|plan|contrato|"
        r"suscripcion|membresia|gimnasio|seguro|lease|gym|phone|subscriptions?|accounts?|"
        r"membership|insurance|cards?|contract)\b)", r"anul(?:ar|en|o|a)",
        r"no (?:voy a poder|podre|puedo|podemos|vamos a poder|voy a|vamos a|podra|iremos|ire|"
        r"podria|alcanzo a) (?:ir|asistir|llegar(?! a tiempo\b)|venir|acudir|presentarme|"
        r"conectarme)",
        r"(?:hoy|manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d+)|esta "
        r"semana) no (?:puedo|podre|voy)",
        r"no (?:puedo|podre|voy a poder) (?:hoy|manana|esta semana|este \w+|el \w+)(?! (?:a las|"
        r"pero|\d)\b)",
        r"no (?:podre|puedo|voy a poder)$",
        r"me es imposible (?:ir|asistir|llegar)", r"no (?:asistire|ire|vamos)",
        r"faltar(?:e)? a (?:la|mi) (?:cita|sesion)", r"(?:tengo que|necesito) faltar",
        r"(?:me surgio|se me presento|tuve|tengo) (?:algo|un imprevisto)",
        r"pero (?:tengo que|debo)",
    ],
    "late": [
        r"(?:llego|llegare|llegaremos|voy|vamos|voy a llegar|vamos a llegar|va a llegar|"
        r"llegando|min|poco|algo)(?: (?!la |en |por |de |esta )\w+){0,3} tarde",
        r"(?:retras|atras)\w+", r"llego en \d+", r"en \d+ min",
        r"trafico", r"(?:metro|tren|autobus|bus|camion) (?:esta |va )?(?:parado|retrasado|"
        r"lento|detenido)",
        r"no (?:voy a )?(?:llegar|llego|alcanzo a llegar) a tiempo",
        r"(?:voy|estoy|ya voy) llegando|ya casi llego", r"se me (?:hizo|hace|esta haciendo) tarde",
        r"tapon|trancon|atasco|embotellamiento|tranque",
        r"(?:ya voy|voy|llego|estoy)(?: \w+){0,2} \d+ min",
    ],
    "confirm": [
        r"^(?:si|sip|sii)(?: (?!no |es posible|se puede|tienen|hay |me \w+ra|(?:ese|esa|este|esta|"
        r"el|ella|ellos|lo|la|le|tu|yo|alguien|mi|mis|te|vuelve|quieren?|pueden?|necesit\w*|"
        r"algun\w*|usted|ustedes) )|$)",
        r"(?:ahi|alli|aca|aqui) (?:estare|estaremos|nos vemos|estoy|estamos)", r"nos vemos",
        r"(?:el|este) (?:lunes|martes|miercoles|jueves|viernes|sabado) (?:si )?(?:voy|llego|asisto|"
        r"ahi estoy)", r"voy sin (?:problema|falta)",
        r"(?:si|claro que si) (?:voy|asistire|ire|iremos|vamos|confirmo)",
        r"voy a ir(?! a (?!la |mi |su |el )\w+(?:ar|er|ir)\b| de este mundo| para siempre)",
        r"^voy$", r"en camino|voy para alla", r"cuenten? conmigo",
        r"asistire", r"claro que si", r"de acuerdo", r"con gusto", r"sin falta",
        r"(?:ganas de|para) (?:verl[oa]s?|verte|verla)",
    ],
    "ack": [
        r"gracias por (?:avisar|avisarme|el aviso|informar|informarme|la informacion)",
        r"no (?:hay )?problema$", r"no se preocupe$",
    ],
    "wrong_number": [
        r"numero equivocado", r"se equivoc\w+ de numero", r"^quien (?:es|habla|eres)",
        r"no conozco a", r"no soy (?:\w+)$",
    ],
    "help": [
        r"^(?:ayuda|informacion)\b(?= (?:que|como|cual)\b)",
        r"que (?:significan|quieren decir) las letras",
    ],
    "question": [
        r"^que (?:hora|dia|tengo|necesito|debo|hago|pasa|paso|significa|documentos|papeles|"
        r"direccion|piso|es|son|cuesta|seguros?)",
        r"^(?:cual|cuales|cuando|donde|como|cuanto|cuanta|cuantos|quien|por que|a que|"
        r"puedo|puede|pueden|podria|podrian|podemos|hay|tienen|tiene|necesito|debo|es|se "
        r"puede|me pueden|me puede|me podrian)\b"
        r"(?! (?:bueno|bien|lindo|pena|mal|horror|susto|alivio|gusto|amable|siempre)\b)",
        r"(?:quisiera|quiero|queria) (?:saber|preguntar\w*)",
        r"que (?:hago|hacemos|debo hacer)", r"me (?:pueden|puede|podrian|podria) (?:decir|"
        r"mandar|enviar|confirmar|ayudar|explicar)", r"no me (?:llego|ha llegado)",
        r"a que hora", r"cuanto (?:cuesta|es|dura|tiempo)",
    ],
    "confirm_weak": [
        r"^(?:vale|ok|okey|dale|perfecto|listo|esta bien|bueno|claro|genial|entendido)"
        r"(?: (?:gracias|muchas gracias|ok|perfecto|listo|vale|bueno|entonces|lol|claro)){0,4}$",
    ],
}

# The Spanish carrier keywords Twilio honours, plus the bare Spanish "cancel" (see
# intents_en: the appointment, not an opt-out).
KEYWORDS = {
    "parar": "opt_out", "baja": "opt_out", "alto": "opt_out", "darme de baja": "opt_out",
    "de baja": "opt_out", "cancelar": "cancel",
    "alta": "opt_in", "comenzar": "opt_in", "dar de alta": "opt_in", "darme de alta": "opt_in",
    "ayuda": "help", "informacion": "help",
}

FILLER = {"por", "favor", "gracias", "hola", "ya", "perdon", "disculpe", "lo", "siento"}

# Ronda 4: otra hora pedida de paso ("¿podemos a las 6?", "¿se puede más tarde?", "me pasa la
# cita para la tarde", "¿me dan otra pa la semana que viene?"), seguir recibiendo tras un STOP
# sin querer, preguntas sin signo ("es normal").
_MAS: dict[str, list[str]] = {
    "reschedule": [
        r"(?:podemos|se puede|puede ser|podria ser|puedo|mejor|nos vemos) (?:a las \d+|mas "
        r"(?:tarde|temprano)|otro dia|en la (?:tarde|manana)|por la (?:tarde|manana))",
        r"(?:me )?(?:pasa|pasan|pase|pasen|cambia|cambian|cambie|cambien|mueve|mueven|recorre|"
        r"recorren) (?:la|mi) (?:cita|sesion|consulta|hora)",
        r"(?:dar|da|dan|de|den|darme) (?:\w+ )?otra (?:cita )?(?:pa|para) (?:la|el|otro|otra)",
        # the day named after the verb, or the change asked for bare ("¿cambiamos?")
        r"(?:me |nos )?(?:la |lo )?(?:cambia|cambian|cambiamos|pasa|pasan|pasamos|mueve|mueven|"
        r"movemos|cambiar|pasar|mover) (?:pa|para|al|pal|a la|para el|para la|a las|para las)"
        r"(?= (?:el |la )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|tarde|manana|"
        r"\d|otro|otra|semana))", r"(?:me la|me lo|la|lo) (?:pueden|puede|podrian|podria) "
        r"(?:cambiar|pasar|mover)", r"cambiamos$",
        r"(?:me pueden|me puede|pueden|puede) (?:dar|ver|atender)(?: \w+){0,2} (?:antes|mas "
        r"pronto)",
    ],
    "opt_in": [r"(?:sigan|siga|sigue|continuen|vuelvan a|vuelva a) (?:mandando|enviando|mandar|"
               r"enviar|escribiendo|escribir)(?!(?: \w+)? (?:al|a otro|a mi (?:\w+ )?(?:esposo|"
               r"esposa|hij)))"],
    "keep": [r"(?:la )?nueva (?:hora|cita|fecha|sesion) (?:esta bien|me queda bien|me sirve|"
             r"perfect[oa]|me parece bien)"],
    "question": [r"(?:^| )(?:es|sera|esto es|eso es) normal$",
                 r"(?:^| )(?:es|sera) (?:normal|grave|peligroso) (?:que|si|tener|sentir)"],
}
for _nombre, _fragmentos in _MAS.items():
    INTENT[_nombre].extend(_fragmentos)

# Ronda 6: "¿me puede correr la cita?", "¿podés pasar mi turno?"; ir de todos modos ("igual voy
# el martes", "ahí voy a estar mañana").
_RONDA_6: dict[str, list[str]] = {
    "reschedule": [
        r"(?:correr|corre|corren|recorrer|mover|cambiar|pasar|podes pasar|pasame|pasarme|"
        r"correrme) (?:me )?(?:la|mi|el) (?:cita|sesion|consulta|hora|turno)",
    ],
    "confirm": [
        r"(?:ahi|alli|alla) (?:voy a estar|estare|estaremos|estamos|nos vemos|llego)",
        r"(?:igual|de todos modos|de todas formas|aun asi) (?:voy|ire|llego|asisto|nos vemos|"
        r"vamos)",
    ],
}
for _nombre, _fragmentos in _RONDA_6.items():
    INTENT[_nombre].extend(_fragmentos)

# Ronda 7: una confirmación pasada por un familiar o intérprete ("ella dice que sí va el
# martes"), la hora preguntada con la hache perdida ("q ora es la cita"), "boy" por "voy".
_RONDA_7: dict[str, list[str]] = {
    "confirm": [r"(?:dice|dijo|me dice|me dijo) (?:que )?si (?:va|viene|puede|llega|asiste|"
                r"vamos)"],
    "cancel": [r"no (?:boy|voy) a (?:poder )?(?:ir|asistir)\b(?! tarde)"],
    "question": [r"^(?:que|a que) (?:ora|hora) (?:es|era|seria|tengo|me toca)"],
}
for _nombre, _fragmentos in _RONDA_7.items():
    INTENT[_nombre].extend(_fragmentos)
