"""Clinical phrases, English and Spanish: everyday symptoms said without a clinical word.

Families: eating said as behaviour ("haven't really eaten since Sunday", "make myself throw
up", "no estoy comiendo casi nada", "se me cerró el estómago"); a low mood with a casual
intensifier ("feeling super low", "kinda heavy"); a death in the family ("mom passed on
Sunday"); anger or hurt at the therapist after a session ("pissed at u after last session",
"quedé molesta con usted"); a new parent who feels nothing holding the baby; frightening
pictures that come unasked ("horrible pictures in my head of dropping him"); a flashback set
off by a noise ("fireworks ... I was right back over there"); drinking to sleep; faces one
cannot stop seeing; a night without sleep, pain that keeps one up ("no pegué el ojo", "el
dolor no me deja"); sadness said through an interpreter ("I have the sadness very strong").
Same conventions as clinical_en: normalised text, looked for only when there is no crisis.
"""

from __future__ import annotations

_KIN = (r"(?:mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|husband|wife|"
        r"brother|sister|son|daughter|partner|aunt|uncle|best friend|mama|papa|abuela|abuelo|"
        r"esposo|esposa|hermano|hermana|hijo|hija|tia|tio)")

CLINICAL = [
    # eating as behaviour
    r"(?:have not|has not|had not|havent) (?:really |actually |even )?(?:eaten|had a (?:real )?"
    r"meal)(?: \w+){0,2}? (?:since|in|for)",
    r"(?:throwing|threw|throw) (?:it |them |everything |food )?up (?:after|again|every)|"
    r"make myself (?:throw up|sick|puke|vomit)|(?:kept|keep|keeping) (?:a |any )?(?:real )?"
    r"(?:meal|food|anything) down",
    r"eating (?:everything|so much|too much)(?: \w+){0,4}? (?:then|and then) (?:throwing|"
    r"puking)|binge\w*",
    r"no (?:estoy|he estado|ando) comiendo (?:casi )?(?:nada|bien)|se me cerro el estomago|"
    r"(?:comiendo y vomitando|vomitando (?:otra vez|de nuevo|todo|despues))|me (?:hago|provoco) "
    r"(?:el )?vomit\w*",
    r"(?:do not|dont) want to eat|no (?:quiero|tengo ganas de) comer",
    # a low mood, said casually
    r"(?:feel|feeling|felt) (?:super|kinda|kind of|pretty|extra|real|mad) (?:low|down|sad|"
    r"heavy|empty|numb)",
    r"(?:the )?sadness (?:very |so |too )?(?:strong|big|heavy|much)|(?:la )?tristeza (?:muy )?"
    r"(?:fuerte|grande|pesada)",
    # caring for someone beyond one's strength; drinking more than one means to
    r"(?:me tiene|me tienen|me trae|me traen) (?:\w+ )?(?:agotad[oa]|reventad[oa]|hart[oa]|"
    r"muert[oa] de cansancio|sin fuerzas)|me siento (?:la|el) peor (?:hija|hijo|madre|padre|"
    r"esposa|esposo)|(?:worst|terrible) (?:daughter|son|mother|father|wife|husband) (?:in the "
    r"world|ever)",
    r"(?:tomando|bebiendo|chupando) (?:mas de la cuenta|de mas|demasiado)|drinking (?:more than "
    r"i should|too much|way too much|every night)",
    # a death in the family
    rf"(?:my )?{_KIN} (?:passed|passed away|died)(?= (?:on|last|this|in|yesterday|today|"
    r"suddenly|away)\b)",
    # anger or hurt at the therapist
    r"(?:pissed|mad|angry|upset|annoyed|hurt|frustrated) (?:at|with) (?:you|u)(?: \w+){0,3}? "
    r"(?:session|last time|appointment)",
    r"felt like (?:you|u) (?:did not|didnt|were not|werent) (?:listen|listening|hear|care)",
    r"(?:molest[oa]|enojad[oa]|sentid[oa]|dolid[oa]|enojad[oa]) con usted|(?:senti|sentí) que "
    r"(?:me )?(?:juzgo|juzgaba|juzgaste|no me escucho|no me escuchaba)",
    # a new parent who feels nothing
    r"(?:do not|dont|can not) feel (?:anything|a thing|connected|bonded|love)(?: \w+){0,3}? "
    r"(?:when i hold|for|with|toward|towards) (?:her|him|my baby|the baby)|babysitting "
    r"someone elses (?:kid|baby)",
    r"no siento (?:nada|amor|conexion|apego) (?:por|con|cuando cargo a|hacia) (?:mi bebe|el "
    r"bebe|la bebe|ella|el|mi hij\w+)",
    # frightening pictures that come unasked
    r"(?:horrible|awful|scary|terrible|intrusive|dark|disturbing) (?:pictures|images|thoughts|"
    r"visions|flashes) (?:in my head |in my mind )?(?:of|about)",
    r"(?:imagenes|pensamientos) (?:horribles|feos|intrusivos|terribles) (?:en mi cabeza |en la "
    r"mente )?(?:de|sobre)",
    # a flashback set off by a noise
    r"(?:right|straight) back (?:over )?there|hit the (?:floor|deck|dirt)(?: \w+){0,3}? "
    r"(?:in my|in front)",
    # drinking to sleep, faces one cannot stop seeing
    r"drinking (?:\w+ )?(?:to|so i can|just to) (?:get to |fall )?(?:sleep|asleep|cope|forget|"
    r"numb)|(?:tomando|bebiendo) (?:para|pa) (?:poder )?(?:dormir|olvidar)",
    r"(?:can not|cant) stop (?:seeing|hearing|picturing) (?:the|their|his|her) (?:faces?|"
    r"screams?|bodies|body|eyes)",
    # no sleep, pain that keeps one up
    r"no (?:pegue|he pegado|pego|pude pegar) (?:el )?ojo|el dolor (?:\w+ ){0,3}?no me deja",
    r"(?:pain|back|hip|knee)(?: \w+){0,2}? (?:keeps|kept) me (?:up|awake)",
]
