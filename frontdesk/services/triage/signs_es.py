"""Spanish lexicons for the warning-sign categories (same names as signs_en; see signs.py).

Normalised text: no accents ("regalé" -> "regale"), no punctuation. Verb stems cover the
persons and tenses ("regal\\w*", "despid\\w*"), and Latin American colloquial forms sit next
to the standard ones ("ahorita", "bajoneado", "pa que", "cajuela", "cochera").
"""

from __future__ import annotations

_COSAS = (r"(?:cosas|gatos?|perros?|perrit[oa]s?|gatit[oa]s?|joyas|libros|discos|plantas|ropa|"
          r"muebles|pertenencias|herramientas|guitarra|bici\w*|consola|coleccion|carro|coche|"
          r"casa|llaves|papeles|ahorros|mascotas?|anillos?|reloj)")
_GENTE = (r"(?:hijo|hija|hermano|hermana|esposo|esposa|mama|papa|novio|novia|pareja|amigo|"
          r"amiga|nieto|nieta|marido|mujer|roomie|companer[oa] de cuarto|sobrin[oa]|prim[oa]|"
          r"ti[oa]|abuel[oa]|vecin[oa]|maestr[oa]|cunad[oa])")
_A_ALGUIEN = (r"(?:me|la|lo|le|les|los|las|a mi \w+|al (?:nino|bebe)|a la (?:nina|bebe)|a "
              r"(?:mi|su) \w+)")

LEX: dict[str, list[str]] = {
    "give_away": [
        rf"(?:regal|repart|don)\w* (?:\w+ ){{0,3}}?(?:mis|todas mis|todos mis|todo) {_COSAS}",
        rf"(?:regal|repart|don)\w* (?:\w+ ){{0,3}}?(?:mi|a mis|a mi) {_COSAS}",
        r"(?:deje|dejando|tengo|dejo) todo (?:arreglado|listo|en orden|preparado)",
        r"notario|testamento", r"(?:arregle|arreglando|puse en orden|ordene) (?:todos )?mis "
        r"(?:cosas|papeles|asuntos|cuentas|pendientes)",
        r"(?:ya )?tengo todo (?:listo|preparado)",
    ],
    "give_weak": [
        rf"(?:deje|le deje|les deje|dejo|vendi|vendiendo|entregue)(?: \w+){{0,2}} (?:mis|mi|"
        rf"las|los) {_COSAS}",
    ],
    "final_strong": [
        r"ya no (?:los|las|lo|la|me|te|les) (?:voy a|van a|va a) (?:necesitar|ocupar|hacer "
        r"falta|servir)", r"ya no voy a estar", r"(?:cuando|para cuando) ya no (?:este|estemos)",
        r"no me busquen", r"(?:ya )?no (?:les|te|le) voy a (?:dar|causar) (?:mas )?(?:molestias|"
        r"problemas|lata)", r"(?:irme|voy a ir|me voy a ir|me voy) para siempre",
        r"irme y no volver", r"(?:hoy|esta noche) es (?:el dia|la noche)",
        r"ya (?:lo )?decidi\b", r"ya tome (?:la|mi) decision",
    ],
    "final_weak": [
        r"para siempre", r"y no volver", r"ya (?:casi )?termin\w*", r"ya esta$", r"ultima vez",
        r"ya no (?:voy a|vas a|van a)", r"mientras (?:pueda|puedo)",
    ],
    "farewell_strong": [
        r"fue un gusto conocer\w*", r"me despido", r"despidiendose|se despidio|despedirse de",
        r"(?:usted|tu) fue (?:la|el) unic[oa]|fuiste (?:la|el) unic[oa]",
        # "cuiden a mi hijo" asks it of others; "cuidar a mi hijo me tiene agotada" is caregiving
        r"cuid(?!ar\b|ando\b|arla\b|arlo\b)\w* (?:mucho )?(?:a|de) mi (?:perr\w+|gat\w+|hij\w+|"
        r"mama|familia|mascota)",
        r"no es (?:tu|su) culpa", r"cartas? de despedida",
    ],
    "farewell_weak": [
        r"gracias por (?:todo|tanto)", r"(?:diciendole|decirle|le dije) que (?:la|lo|los|las) "
        r"quiero", r"los quiero (?:a todos|mucho)", r"adios",
    ],
    "place": [
        r"azotea|techo|puente|represa|presa|barranco|precipicio|acantilado|vias del tren|"
        r"las vias|orilla|ultimo piso|balcon|edificio|mirador",
    ],
    "place_cue": [
        r"viendo (?:para|pa|hacia) abajo|mirando (?:para abajo|hacia abajo|el agua|el rio|los "
        r"carros|abajo)|desde aqui arriba|parad[oa] en|aqui arriba|tirarme|aventarme|saltar|"
        r"brincar|lanzarme|arriba (?:del|de la|de los)|el agua (?:se ve|esta)|muy alto",
    ],
    "car_running": [r"(?:carro|coche|auto|motor) (?:\w+ )?(?:prendido|encendido|andando)",
                    r"(?:prendi|encendi|arranque|deje prendido) el (?:carro|coche|auto|motor)"],
    "enclosed": [r"cochera|garaje|garage|encerrad[oa]|puerta cerrada|ventanas cerradas"],
    "method": [
        r"(?:estrellarme|estamparme|meterme|aventarme) (?:con|contra|en|a) (?:el|un|la|los) "
        r"(?:muro|camion|trailer|poste|arbol|trafico|carros)",
        r"cuantas pastillas", r"que tan alto", r"(?:forma|manera) (?:sin dolor|indolora)",
        r"(?:tome|me tome|trague|se tomo|bebi) (?:\w+ )?(?:cloro|veneno|raticida|anticongelante)",
    ],
    "means": [r"pastillas|pildoras|medicinas|soga|cuerda|pistola|arma|rifle|cuchillo|navaja"],
    "rope": [r"soga|cuerda|mecate|lazo"],
    "took": [r"(?:me )?(?:tome|trague|tomo|tomaste|trago|tragaste|bebi|se tomo|se trago)"],
    "amount": [r"caja|frasco|tira|blister|botella|entera|enter[oa]|complet[oa]|todas|todos|un "
               r"monton|much[oa]s|\d{2,}|veinte|treinta|cuarenta|cincuenta"],
    "drug": [r"pastillas|pildoras|medicinas|medicamentos|tabletas|capsulas|clonazepam|"
             r"rivotril|alprazolam|tafil|diazepam|paracetamol|ibuprofeno|sertralina|"
             r"fluoxetina|quetiapina|litio|tramadol"],
    "at_hand_strong": [
        r"contad[oa]s|juntando|guardand\w*|acumuland\w*|(?:pastillas|pildoras|medicinas) de "
        r"(?:mi|su) \w+",
    ],
    "at_hand_weak": [
        r"aqui|en la mesa|en la mochila|en la cajuela|en la bolsa|traigo|tengo (?:todas )?(?:las"
        r"|la|el|una)|en la mano|junto a mi|escondid\w+",
    ],
    "distress": [
        r"bajonead\w*|sin ganas|ya no puedo|no doy mas|cansad\w* de todo|hart\w* de todo|"
        r"sol[oa]|nadie|vaci[oa]|sin sentido|(?:pa|para) que",
    ],
    "reporter": [
        rf"soy (?:la|el|su) {_GENTE}", rf"(?:mi|nuestro|nuestra) {_GENTE}", r"le escribo por",
        r"es (?:paciente|cliente) de (?:ustedes|usted)",
    ],
    "event_strong": [
        r"(?:dejo|deje) una carta|una carta (?:de|para)", r"(?:se|lo|la) encerr\w+ en",
        r"se (?:tomo|trago) (?:\w+ ){0,3}(?:pastillas|pildoras|medicinas|frasco|caja)",
        r"se llevo (?:las|el|la|los) (?:pastillas|pistola|arma|cuchillo|navaja|medicinas)",
        r"no reacciona|no despierta|inconsciente", r"despidiendose|se despidio",
        r"se (?:corto|corta) (?:las venas|los brazos|el cuello)|sangre por todos lados|"
        r"(?:se ahorco|se colgo|se disparo)",
        r"se quiere (?:morir|matar)", r"con (?:un|el|una|la) (?:cuchillo|navaja|pistola|arma|"
        r"soga)",
    ],
    "event_weak": [
        r"no (?:contesta|responde|abre|aparece|llega)", r"no se donde (?:esta|anda)",
        r"desaparecid\w*", r"encerrad[oa]",
    ],
    "violence_act": [
        r"(?:me|la|lo|le|les) (?:esta|estan) (?:pegando|golpeando|ahorcando|pateando|"
        r"jaloneando)", rf"(?:pegando|golpeando|ahorcando|pateando|jaloneando) {_A_ALGUIEN}",
        r"(?:le|les|me) (?:pega|golpea|ahorca|patea|jalonea|avienta)",
        r"(?:golpeando|pateando|tocando fuerte) la puerta", r"tumbar la puerta",
        r"(?:me|la|lo) (?:esta|estan) ahorcando",
    ],
    "violence_now": [
        r"ahorita|ahora|en este momento|ayuda|ayudenme|auxilio|llamen|escondid\w*|se oye|"
        r"tengo (?:mucho )?miedo|todas las noches|otra vez|se oyen|gritos|gritando",
    ],
    "weapon": [r"arma|pistola|cuchillo|navaja|machete|bate|rifle|escopeta"],
    "threat": [
        r"me las (?:va|van) a pagar|se va a arrepentir|(?:lo|la|los) mato|donde (?:vive|"
        r"trabaja)|el tipo|desgraciad\w*|defenderme|como sea|(?:voy|vamos) a vengar\w*",
    ],
    "delusion": [r"envenen\w*", r"(?:me|nos) (?:quieren|quiere) (?:matar|envenenar|"
                 r"desaparecer)"],
    "voice_source": [
        r"(?:las )?voces|una voz|dios me (?:hablo|dijo|dice|pide|ordena)|en mi cabeza|"
        r"escucha a alguien|escucho a alguien|la (?:tele|television|radio) me",
    ],
    "command_harm": [
        r"lastimar\w*|hacerle dano|matar\w*|sacar\w*|demonio|diablo|malvad\w*|deshacerme|"
        r"no es mio|ordena|(?:que )?(?:mate|lastime|dane|hiera|castigue) a",
    ],
    "wish_dead": [
        r"dormir(?:me)? y (?:ya$|que no amanezca|no (?:volver a )?despertar)",
        r"que no amanezca", r"(?:pa|para) que (?:seguir\w*|sigo|vivir)",
        r"ya no quiero estar aqui", r"(?:no le veo|no tiene|sin) caso (?:a )?(?:nada|seguir|"
        r"vivir)", r"quisiera (?:dormirme|desaparecer)",
    ],
}

# Round 2: the same wider word classes as signs_en._MORE, in Spanish.
_MAS: dict[str, list[str]] = {
    "give_away": [r"(?:buen|nuevo) hogar (?:para|a) (?:mi|mis|su)",
                  r"(?:le )?encontre (?:un )?(?:buen |nuevo )?hogar"],
    "give_weak": [r"(?:deje|dejo|tengo|ya) todo (?:resuelto|arreglado|listo|en orden)",
                  r"(?:ya )?(?:arregle|resolvi|deje resuelto) todo"],
    "final_weak": [r"(?:ya )?no (?:va|me va) a importar", r"ya no importa nada",
                   r"no voy a estar (?:aqui|ya)", r"(?:este|el) \w+ es el (?:dia|final)|"
                   r"(?:esta noche|hoy|manana) es el (?:dia|final)"],
    "final_strong": [r"(?:a ?donde|adonde) (?:voy|me voy)(?: \w+){0,3} (?:no|ya no)",
                     r"si (?:es que )?(?:sigo|todavia estoy|aun estoy) (?:aqui|viv[oa]|en este "
                     r"mundo)", r"si llego (?:a|hasta) (?:entonces|ese dia)"],
    "decided": [r"ya esta decidido|ya (?:me )?decidi|ya (?:lo )?tengo decidido|"
                r"tome (?:la|mi) decision"],
    "told_someone": [r"(?:solo )?(?:queria|quise|quiero) que alguien (?:lo )?(?:supiera|sepa)"],
    "at_peace": [r"hice las paces|en paz con (?:todo|esto|la decision)"],
    "blameless": [r"no (?:es|fue|sea) (?:tu |su )?culpa|culpa (?:suya|tuya|de nadie)|nadie "
                  r"(?:se sienta|tiene la) culpa\w*"],
    "tell_someone": [r"digan\w*|dig(?:a|ale)\w*|dile\b|avisen"],
    "farewell_weak": [r"(?:todo )?lo que (?:hicieron|hizo|hiciste|han hecho|ha hecho) por mi",
                      r"me despedi"],
    "method": [
        r"cuant[oa]s (?:de )?(?:mis |las |sus )?(?:pastillas|pildoras|tabletas|capsulas|"
        r"medicinas)", r"cuant[oa]s (?:\w+ ){0,4}(?:harian falta|se necesitan|hacen falta)",
        r"(?:estrellar|estampar|chocar|impactar|aventar|meter)(?:me|lo|la)? (?:\w+ ){0,3}"
        r"(?:contra|debajo de|bajo) (?:un|el|la|los|una) (?:poste|muro|arbol|pared|trailer|"
        r"camion|puente|barda|carros|tren)",
    ],
    "rehearsal": [r"practicando|ensayando|probando si (?:aguanta|resiste)|aguanta (?:mi|su) peso"],
    "cord": [r"con (?:un|una|el|la|su|mi) (?:cinturon|bufanda|cuerda|cable|soga|mecate|sabana)"],
    "reporter": [rf"le escribe (?:la|el|su) {_GENTE}", r"(?:es|era) (?:paciente|cliente) de"],
    "event_strong": [r"(?:encontre|encontramos|hay|dejo|deje) (?:una |un )?(?:carta|nota|recado)",
                     r"(?:carta|nota|recado) (?:que dice|donde dice|diciendo)",
                     r"foto (?:de )?(?:\w+ ){0,3}(?:pastillas|pildoras|soga|pistola|sangre)"],
    "event_weak": [r"no (?:ha )?(?:llego|llegado) (?:a dormir|a casa)", r"ya no contesta",
                   r"no (?:volvio|regreso)"],
    "voice_source": [r"la voz"],
    "command_harm": [r"cortar\w*|quemar\w*|sangrar|tirarme|aventarme|morir\w*|lo malo"],
    "delusion": [r"(?:algo|veneno|quimicos|droga)(?: \w+){0,2} (?:en|a|por) (?:el |la |mi |mis )?"
                 r"(?:agua|comida|cafe|bebida|ventila|tinaco)"],
    "threat": [r"(?:me )?encargo de (?:el|ella|ellos)|arreglar (?:eso|esto) yo mism[oa]|"
               r"(?:ya )?se como (?:pararlos|pararla|pararlo|detenerlos)"],
    "violence_act": [r"(?:me|nos|la|lo|las|los) (?:tiene|tienen) encerrad\w*",
                     r"(?:me|nos) (?:encerro|encerraron|encierra)",
                     r"(?:pateando|golpeando|azotando|rompiendo) la puerta"],
    "violence_now": [r"adentro|con los ninos|con mis hijos|no me (?:marquen|llamen|llames|hablen)|"
                     r"nos va a ir peor"],
    "wish_dead": [
        r"(?:pido|pidiendo|ruego|rogando|rezo|le pido|le ruego)(?: \w+){0,3} (?:dios|senor|"
        r"diosito|virgen)(?: \w+){0,3} (?:me (?:recoja|lleve|recoge|lleva)|llevarme|recogerme)",
        r"(?:ser|siendo) una carga",
    ],
}
# ...and the categories only the learned layer had caught on lists E and F.
_MAS_2: dict[str, list[str]] = {
    "give_all": [r"(?:regal|di|deje|entregue)\w* (?:\w+ ){0,2}?(?:todos mis|todas mis|mi|mis) \w+ "
                 r"(?:y (?:mi|mis) \w+ )?a (?:mi|mis|su)"],
    "secret": [r"no (?:le|les) dije (?:por que|el motivo|nada)|no (?:tiene|tienen|necesita) que "
               r"saber (?:por que|el motivo)|(?:me )?pregunto por que"],
    "final_strong": [r"ya (?:yo )?no (?:los|las|lo|la|me) (?:voy a|van a) "
                     r"(?:necesitar|usar|ocupar)",
                     r"(?:esta|hoy) es (?:mi|su) ultima (?:noche|dia)"],
    "give_away": [r"(?:deje|dejo|escribi|tengo|termine)(?: \w+){0,2} cartas? (?:pa|para|a) "
                  r"(?:mi|mis|todos|cada)"],
    "plan_set": [r"(?:ya )?tengo (?:todo|el|mi) (?:plan\b|planeado)|ya tengo el plan"],
    "determined": [r"nadie me va a (?:detener|parar)|esta vez (?:si|va en serio)"],
    "final_weak": [r"se (?:acaba|termina|acabara|terminara) todo|todo se (?:acaba|termina)"],
    "going_after": [r"(?:va|voy|vamos|van) a buscar (?:al|a la|a los|a ese|a esa|a su|a mi)"],
    "poison": [r"raticida|veneno"],
    "at_hand_strong": [r"(?:enfrente|delante|frente a) (?:de )?mi"],
    "beating_with": [r"(?:le|les|me|nos) (?:esta|estan|anda) (?:dando|pegando) (?:con|de)"],
    "voice_source": [r"(?:dios|el diablo|el demonio|una voz) me (?:habla|pide)|(?:la radio|la tele|"
                     r"las noticias) me (?:da|manda|dice)"],
    "command_harm": [r"castig\w*|con fuego|queme|obedecer|ordenes sobre"],
}
for _nombre, _fragmentos in (*_MAS.items(), *_MAS_2.items()):
    LEX.setdefault(_nombre, []).extend(_fragmentos)
