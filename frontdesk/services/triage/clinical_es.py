"""Spanish phrases for the clinical flag: síntomas, ánimo, medicación, sustancias, duelo."""

# Same conventions as flags_en / clinical_en.

from __future__ import annotations

from .flags_es import PARIENTE

CLINICAL = [
    r"deprimid[oa]s?|depresion|depre", r"ansiedad|ansios[oa]s?|angustia\w*|nervios\w*",
    r"panico|ataques? de (?:panico|ansiedad|nervios)|"
    r"(?<!the )(?<!988 )crisis(?! (?:line|text line|hotline|lifeline)\b)",
    r"no (?:puedo|he podido|pude|logro|consigo) (?:dormir|comer|levantarme|parar de llorar|"
    r"dejar de llorar|concentrarme|respirar)",
    r"insomnio|pesadillas?", r"no (?:duermo|he dormido|como|he comido)",
    r"triste\w*|tristeza|llor\w*",
    r"me siento (?:muy |tan |super |bastante |un poco |algo |re )?(?:fatal|muy mal|sol[oa]|"
    r"vaci[oa]|perdid[oa]|agotad[oa]|abrumad[oa]|desesperad[oa]|sin esperanza|inutil|"
    r"horrible|terrible|deprimid[oa]|ansios[oa]|culpable|atrapad[oa]|desanimad[oa]|"
    r"insegur[oa]|sin ganas)",
    r"(?:semana|dia|dias|mes|momento|epoca|racha|temporada) (?:muy |bastante |super |re )?"
    r"(?:dificil|dura|duro|mala|malo|horrible|terrible|fatal|pesad[oa]|complicad[oa]|negra)",
    r"(?:la estoy|lo estoy|estoy) pasando (?:muy |bastante |super )?mal|pasandola mal",
    r"mal momento",
    r"reca(?:i|ida|ido|er)", r"volvi a (?:beber|tomar|consumir|fumar|drogarme|usar)",
    r"(?:bebiendo|tomando|consumiendo|fumando) (?:mucho )?(?:otra vez|de nuevo|mucho)",
    r"borrach\w*|resaca|alcohol\w*|drogas?|marihuana|cocaina|heroina|fentanilo|pastillas",
    r"medicamentos?|medicinas?|medicacion|receta|dosis|efectos secundarios|psiquiatra|"
    r"antidepresivos?",
    rf"(?:fallecio|murio|se murio|ha muerto|se nos fue) (?:mi |nuestro |nuestra |el |la )?"
    rf"{PARIENTE}",
    rf"(?:mi|nuestro|nuestra) {PARIENTE} (?:fallecio|murio|se murio|ha muerto|esta muert[oa])",
    r"falleci\w*|funeral|velorio|entierro|luto|duelo",
    rf"perdi (?:a )?(?:mi |el |al |nuestro )?(?:bebe|embarazo|{PARIENTE})",
    r"aborto espontaneo", r"estres\w*",
    r"trauma\w*|flashbacks?|tept|toc|tdah|bipolar|esquizofreni\w*|psicosis|alucinaciones|"
    r"(?:oigo|escucho) voces|disociaci\w*|anorexi\w*|bulimi\w*|atracon\w*",
    r"hospital|urgencias|internad[oa]|internaron|hospitalizad[oa]|rehabilitacion|"
    r"desintoxicacion",
    r"diagnostic\w*", r"soledad",
    r"me dejo (?:mi )?(?:esposo|esposa|pareja|novio|novia|marido)",
    r"divorcio|nos separamos|me estoy separando|rompimos",
    r"me (?:despidieron|corrieron) del trabajo|perdi (?:mi|el) (?:trabajo|empleo)",
    r"no tengo ganas de nada", r"bebiendo|emborrach\w*",
    r"decaid[oa]|desanimad[oa]|bajonead[oa]|bajon",
    r"hart[oa] de todo", r"necesito ayuda", r"no (?:estoy|me siento) bien",
    # comer, dormir, levantarse, salir: mucho menos que antes
    r"casi no (?:estoy |estaba |he )?com\w+", r"(?:sin|no tengo|se me quito el|no me da) hambre",
    r"(?:comiendo|como|come) (?:re |muy |bien |super )?poc\w+", r"baj\w+ (?:\w+ ){0,2}kilos",
    r"(?:sin salir|no salgo|no sale|no ha salido|no he salido|no salimos|casi no salgo)(?: \w+)?"
    r" (?:de )?(?:la|mi|su) (?:cama|casa|cuarto|recamara)", r"(?:ya )?no salgo",
    r"(?:en|de) la cama", r"acostad[oa] todo el dia",
    r"no me (?:dan|da) ganas de (?:levantarme|banarme|nada|salir|comer)", r"no me bano",
    r"duermo (?:muy |bien |re |super )?poc\w+", r"duermo (?:como |unas |solo |nada mas )?"
    r"(?:\d+|dos|tres|cuatro)", r"me despierto (?:a cada rato|muchas veces|a las \d+)",
    r"ni para comer|no quiere comer",
    # efectos secundarios, alcohol con un medicamento
    r"nauseas?|mareos?|maread[oa]|boca seca|me tiembla|temblor\w*|zombie|somnolencia",
    r"(?:la |una )?pastilla nueva|cambio de (?:pastilla|medicamento|medicina|dosis)",
    r"(?:cerveza|cervezas|vino|alcohol|tragos?|copas?)(?: \w+){0,5} (?:con|y) (?:la|el|mi) "
    r"(?:pastilla|medicamento|antidepresivo|medicina)",
    r"sertralina|fluoxetina|escitalopram|clonazepam|antidepresiv\w*", r"apagad[oa]",
    # ronda 3: ganas de volver a consumir, tiempo limpio
    r"ganas de (?:volver a )?(?:consumir|beber|tomar|fumar|drogarme|usar|meterme)",
    r"(?:meses|anos|semanas|dias) (?:limpi[oa]|sobri[oa])|limpi[oa] desde",
    # ronda 4: días en cama o sin salir, contados
    r"(?:llevo|lleva|tengo|tiene|van) (?:\d+|dos|tres|cuatro|cinco|seis|varios|unos|muchos) "
    r"(?:dias|semanas) (?:sin (?:salir|levantarme|banarme|comer|dormir|hablar con nadie)|en "
    r"(?:la )?cama|acostad[oa]|encerrad[oa])",
    r"(?:no he salido|no salgo|no ha salido|no sale) (?:de|del) (?:mi |el |su )?(?:depa|"
    r"departamento|apartamento|apto|piso|cuarto)",
]
