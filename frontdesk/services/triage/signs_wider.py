"""Round-4 lexicons, English and Spanish side by side, merged into signs.LEXICONS.

Wider families of the same warning signs: absence said as "it will not matter after", "you
will not need to text me after tonight" or "ya no se van a tener que preocupar
por mí"; being
rejected and "giving them what they want"; a farm poison one keeps being drawn to; a vow to
shoot or stab someone, with the weapon ready; arrangements so that whoever comes "will not have
to break the door in"; a decision with a time and a plea not to be contacted.
"""

from __future__ import annotations

_TIME_SOON = (r"(?:tonight|today|tomorrow|this (?:weekend|week|month|friday|saturday|sunday|"
              r"monday|tuesday|wednesday|thursday)|the weekend|\w+day|next week)")
_PEOPLE = r"(?:him|them|that \w+|my ex|her(?= *$| (?:if|when|before|and|so|myself)\b))"

LEX: dict[str, list[str]] = {
    # -- absence after a time: "won't matter after this weekend", "not here next week"
    "absent_strong": [
        rf"(?:will not|would not|is not going to|not going to|it will not|does not|do not) "
        rf"(?:really |even )?matter (?:much |at all |anyway )?(?:after|by|past|come|once) "
        rf"{_TIME_SOON}",
        rf"(?:you|they|nobody|no one|anyone|anybody|y all|yall|everyone)(?: will not| would not|"
        rf" do not| does not| never| will never)(?: even)? (?:need|have) to (?:text|call|remind|"
        rf"message|contact|email|check on|worry about|chase|bother with) (?:me|us)(?: \w+){{0,2}}"
        rf" (?:after|past|from|beyond) {_TIME_SOON}",
        r"(?:you|they|nobody|no one|everyone|y all|yall)(?: will not| would not| will never| never)"
        r"(?: even)? (?:have|need) to worry about me (?:again|anymore|any more|after|soon|much "
        r"longer|ever)",
        r"no (?:se |te |le |les |me )?(?:van|va|vas) a tener que (?:preocupar|aguantar|cuidar|"
        r"batallar|lidiar)\w*(?: mas)? (?:por|con|de) mi",
        r"ya no (?:van|va|vas) a (?:tener que )?(?:preocuparse|preocuparte|aguantarme|cuidarme|"
        r"batallar conmigo|saber de mi)",
        r"(?:ya )?no (?:va|me va|le va|les va) a importar (?:despues de|pasando|para) ",
        rf"(?:none of (?:it|this|that)|nothing|it all|any of (?:it|this)) (?:really |even )?"
        rf"(?:matters|will matter|is going to matter) (?:much )?(?:after|past|by|come|once) "
        rf"{_TIME_SOON}",
    ],
    "futility": [
        r"(?:does not|do not|will not|would not|it will not|not going to|is not going to|"
        r"nothing|what does it|who) (?:really |even )?matters?",
        r"no point|pointless|what is the point|(?:ya )?no importa|da igual|que mas da|de que "
        r"sirve|(?:pa|para) que (?:sirve|importa)|ya que importa|nada importa",
    ],
    "absent_later": [
        r"(?:will not|not going to|am not going to|might not|may not|probably will not|probably "
        r"not going to) be (?:here|around|alive|there) (?:next|after|by|for|to|much|anymore|any "
        r"more|come)",
        r"(?:ya )?no (?:voy a|vaya a) estar (?:aqui|ya|para|la (?:otra|proxima)|el (?:otro|"
        r"proximo)|despues)", r"despues de (?:esta noche|este fin|hoy|manana|este \w+)",
    ],
    # an everyday reason not to be reached or worried about (a trip, a new job, an alarm)
    "ordinary_away": [
        r"vacation|holiday|trip|travel\w*|out of town|moving|new (?:job|number|phone|app)|"
        r"alarm|calendar|reminder app|got the job|doing (?:great|better|well|fine)|"
        r"vacaciones|viaje|de viaje|fuera de la ciudad|me mudo|consegui|trabajo nuevo|nuevo "
        r"trabajo|estoy (?:mejor|bien)|alarma|calendario",
    ],
    # -- rejected, then "giving them what they want"
    "rejected": [
        r"(?:would|had|d) rather (?:have|see) (?:no (?:\w+ )?(?:son|daughter|kid|child|children|"
        r"grandson|granddaughter|family)|a dead \w+|me dead|me gone)",
        r"rather (?:i|me) (?:was|were|be) (?:dead|gone|not born)", r"disown\w*",
        r"kicked me out|threw me out|(?:does not|do not|nobody|no one) (?:wants?|want) me",
        r"(?:prefier\w*|preferiria\w*) (?:no tener|tener (?:un|una) \w+ muert|verme muert|que "
        r"(?:yo )?no)", r"me (?:corrieron|echaron|corrio|echo) de (?:la |mi )?casa",
        r"(?:nadie|ya no) me (?:quiere|quieren)",
    ],
    "grant_wish": [
        r"give (?:them|him|her|everyone|everybody|you all|y all) what (?:they|he|she|you) "
        r"(?:want|wants|wanted|asked for)",
        r"(?:they|he|she|everyone) (?:will|would|can) (?:get|have) (?:their|his|her) wish",
        r"(?:save|spare) (?:them|everyone|everybody|you all|you|him|her) the trouble",
        r"do (?:them|everyone|everybody|the world|you all) a (?:favor|favour)",
        r"(?:les|le|te) (?:voy a dar|doy|dare|vamos a dar) (?:el gusto|lo que (?:quieren|quiere|"
        r"pidieron|pidio|querian))",
        r"(?:les|le|te) (?:hago|voy a hacer|hare) el favor", r"se (?:les|le) (?:va a )?cumpl\w*",
    ],
    # -- a farm or household poison, and being drawn back to it
    "poison_farm": [
        r"paraquat|gramoxone|roundup|weed ?killer|herbicides?|pesticides?|insecticides?|"
        r"cyanide|strychnine|fosfuro|pastillas? (?:del|para el|pa el) (?:frijol|grano|gorgojo)|"
        r"herbicidas?|plaguicidas?|insecticidas?|matarratas|matayuyos|cianuro|gramoxon",
    ],
    "drawn": [
        r"(?:keep|kept|keeps|keeping) (?:finding|making up) (?:reasons|excuses)",
        r"(?:keep|kept|keeps) (?:going|walking|driving|wandering) (?:back )?(?:out )?(?:there|to "
        r"it|to the)", r"(?:keep|kept|keeps) (?:looking|staring) at (?:it|them|the)",
        r"can not stop (?:looking at|staring at|going)",
        r"(?:busco|buscando|encuentro|invento) (?:pretextos|excusas|razones) (?:para|pa)",
        r"(?:sigo|me la paso|no dejo de) (?:yendo|ir|viendo|ver|mirando|mirar) (?:\w+ )?(?:alla|"
        r"ahi|al|a la|el|la|las|los)",
    ],
    # -- a vow to shoot or stab someone; the weapon ready
    "harm_vow": [
        rf"(?:put|pump|empty|unload) (?:one|a bullet|a round|two|a couple|bullets|rounds|a slug|"
        rf"the clip|a mag|six|a few) (?:in|into) {_PEOPLE}",
        rf"(?:shoot|stab|gut|cut|smoke|waste|pop|blast|cap) {_PEOPLE} (?:myself|dead|the "
        rf"(?:second|minute|moment)|if|when|before)",
        r"(?:he|she|they) (?:is|are|will be|is going to be) (?:a )?dead (?:man|woman|meat)",
        r"(?:le|les) (?:meto|voy a meter|meteria|doy|voy a dar|daria|suelto|vacio|voy a vaciar|"
        r"pego|voy a pegar|dejo ir) (?:un|unos|el|la|una|dos|todo el|toda la|\d+) (?:balazos?|"
        r"tiros?|plomazos?|plomo|balas?|punaladas?|cuchillo|cuchillazos?|navajazos?|machetazos?|"
        r"fierro|cargador|filero)",
        r"(?:me lo|me la|me los) (?:voy a )?(?:chingo|chingar|quiebro|quebrar|echo|echar|bajo|"
        r"bajar|despacho|despachar|cargo|cargar|escabecho|escabechar)",
    ],
    "weapon_ready": [
        r"(?:it is|gun is|pistol is|rifle is|glock is|piece is|already) loaded",
        r"loaded (?:in|and in|under) (?:the|my)", r"(?:in|under) (?:the|my) (?:glovebox|glove "
        r"box|seat|pillow|waistband)",
        r"(?:ya )?(?:lo|la) tengo (?:listo|lista|cargad[oa]|afilad[oa])|(?:ya )?(?:esta|tengo) "
        r"cargad[oa]|en la guantera",
    ],
    # -- arranged so that whoever comes does not have to break in (preparatory)
    "found_arranged": [
        r"(?:nobody|no one|they|someone|you|the (?:cops|police|landlord)|anybody|anyone) "
        r"(?:has|have|will have|would have|does not have|do not have|will not have|would not "
        r"have|needs|need|will not need|would not need) to (?:break|kick|bust|force|knock) "
        r"(?:the |my |it |down |in |open )*(?:door|in|down|open)",
        r"whoever (?:finds|found|comes for) me|who(?:ever)? (?:will )?find me",
        r"(?:door|key|lock) (?:\w+ ){0,3}so (?:they|someone|you|whoever|the \w+) (?:can|could|"
        r"will be able to) find (?:me|my body)",
        r"(?:para|pa) que no (?:tengan|tenga|tengas) que (?:tumbar|romper|forzar|tirar|patear) "
        r"la puerta", r"(?:quien|el que|la que) me (?:encuentre|halle)",
    ],
    "left_in_care": [
        r"(?:put|left|leaving|dropped off|took|brought|sent) (?:the|my|our) (?:dogs?|cats?|pets?|"
        r"birds?|fish|rabbits?|horses?) (?:with|at|to) (?:my|the|a|our|his|her) \w+",
        r"(?:left|leaving|gave|giving) (?:the|my) (?:house |spare |car |apartment )?keys? (?:with|"
        r"to) (?:the|my|a|our)",
        r"(?:deje|deja|dejo|lleve|encargue) (?:a )?(?:los|las|el|la|mis|mi) (?:perros?|gatos?|"
        r"mascotas?|llaves?) (?:con|a|en casa de) (?:mi|la|el|los|las|su|una|un)",
    ],
    # -- a decision, a time soon, a plea not to be contacted
    "decided_bare": [r"decided|decidi|decidido|made up my mind|my mind is made"],
    "time_soon": [r"tonight|today|this weekend|tomorrow|esta noche|hoy|este fin|manana"],
    "dont_reach": [
        r"do not (?:call|text|come|try|look for me|contact|reply|respond|come looking|stop me|"
        r"bother)", r"(?:nobody|no one) (?:call|come|try)",
        r"no me (?:llamen|llames|busquen|busques|detengan|marquen|escriban|hablen)",
    ],
}
