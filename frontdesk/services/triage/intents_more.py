"""More intent phrases, English and Spanish, merged into the rules of intents_en / intents_es.

Families: being seen sooner ("can she be seen sooner than the 20th", "¿se puede adelantar la
cita?", "puedo traerlo antes del viernes"); a session pushed, moved or redone ("push my appt a
week", "move that day's session", "movemos la cita", "can we redo tomorrow", "se puede otra vez
mañana", "does the following week work"); attending anyway ("I'll be at group tuesday", "voy a
la cita igual", "ahí estará", "sí llego el jueves"); asking the office to send or call ("can
the dr send a refill", "can someone call me back", "¿me puede dar otra receta?"); no more texts
to this number. Requests said as statements, as older adults and carers write them ("I'd like
to book him for Tuesday", "quería sacarle un turno", "please update for billing", "need a
letter for my lawyer", "favor mandarme el recibo", "does the clinic do transport"); asking for
an earlier or another date ("anything sooner than the 14th", "¿habrá cita antes del 20?", "can
we swap to the 15th"); "please discontinue the text messages".
"""

from __future__ import annotations

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|tonight)"
_DIA = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana)"

INTENT: dict[str, list[str]] = {
    "reschedule": [
        r"(?:be seen|see (?:me|her|him|them|us)|get (?:me|her|him|them|us) in|fit (?:me|her|him|"
        r"them|us) in) (?:any )?(?:sooner|earlier)",
        r"adelantar (?:la|mi|su) (?:cita|sesion|consulta|hora)|(?:traerlo|traerla|llevarlo|"
        r"llevarla|verlo|verla|atenderlo|atenderla) antes del? ",
        r"(?:push|move|bump) (?:my|the|our|her|his|that|this) (?:days? )?(?:appt|appointment|"
        r"session|visit)s?",
        r"(?:movemos|movamos|mover|cambiamos|cambiemos|pasamos|pasemos|corremos|corramos) (?:la|"
        r"mi|su) (?:cita|sesion|consulta)",
        rf"(?:redo|do it again|try again) (?:on )?(?:{_DAY}|another day|next week)",
        rf"(?:se puede|podemos|puedo|podria) (?:otra vez|de nuevo|nuevamente) (?:el )?(?:{_DIA}|"
        r"otro dia)",
        r"(?:does|would|will|could) (?:the )?(?:following|next) (?:week|day) (?:work|be ok)",
        r"(?:anything|something|a spot|an opening|a slot|an appointment|any openings?|a time) "
        r"(?:sooner|earlier) than",
        r"(?:habra|hay|tiene|tienen|tendra|tendran) (?:alguna |algun )?(?:cita|turno|hora|espacio|"
        r"lugar|hueco) (?:\w+ )?(?:antes|mas temprano) (?:del?|que)",
        rf"(?:swap|switch|change|trade|move) (?:it |me |us |that |this )?(?:to|for) (?:the )?"
        rf"(?:\d+(?:st|nd|rd|th)?|{_DAY}|next (?:week|{_DAY}))\b",
    ],
    "confirm": [
        rf"(?:ill|i will|i ll|we ll|well|we will) (?:still )?be (?:at|in) (?:group|session|therapy"
        rf"|my appointment|the appointment|class) (?:on )?(?:{_DAY})?",
        r"(?:voy|vamos|llego|va|vamos a ir) (?:a la cita )?igual|(?:ahi|alli|alla) (?:estare|"
        r"estara|estaremos|estaran)|si llego (?:el|la|a)",
    ],
    "question": [
        r"(?:can|could) (?:the )?(?:dr|doctor|office|clinic|someone|somebody|you) (?:please )?"
        r"(?:send|call|give|fax|email|write|mail)",
        r"(?:me )?(?:puede|podria|pueden|podrian) (?:dar|mandar|enviar|hacer) (?:otra|una|la) "
        r"(?:receta|carta|constancia)",
        r"(?:i would|i d|id) like to (?:book|schedule|make|set up|get) (?:him|her|them|me|us|my "
        r"\w+|an|a) ",
        r"(?:queria|quisiera|quiero|necesito) (?:sacar|sacarle|sacarme|pedir|pedirle|agendar|"
        r"agendarle|reservar|reservarle|hacer) (?:un|una) (?:turno|cita|hora|consulta)",
        r"please update (?:my |the |it |for |your )?(?:address|billing|records?|file|info|"
        r"information|insurance|phone|number)?",
        r"(?:need|needs|i need) a (?:letter|note|form|receipt|superbill|statement) (?:from|for|"
        r"saying|stating)",
        r"(?:favor|por favor|porfa) (?:mandarme|enviarme|darme|hacerme|mandar|enviar)",
        r"(?:does|do) (?:the|your) (?:clinic|office|practice|center) (?:do|have|offer|take|accept|"
        r"provide)",
    ],
    "opt_out": [
        r"(?:discontinue|stop|end|cease|halt) (?:the |these |your |all |any )?(?:text messages|"
        r"texts|text reminders|messages|reminders)(?! (?:for|on|until|about)\b)",
        r"(?:suspendan|cancelen|descontinuen|quiten|paren|suspender|cancelar) (?:los |las )?"
        r"(?:mensajes|textos|recordatorios)(?! (?:del|de la|para|por)\b)",
        r"(?:do not|dont|stop|no more) (?:text|texting|message|messaging|contact|contacting) "
        r"(?:this|my) (?:number|phone|cell)",
    ],
}
