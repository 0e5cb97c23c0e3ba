"""Guards and clinical phrases, English and Spanish: alarming words that belong to a scene, a
book, a figure of speech or the past, and clinical signs said in plain words.

Families, not phrases:
- a death or a suicide at work (police, fire, EMS: "had to work a suicide scene", "un accidente
  con muertos y me tocó quedarme en la escena") or in a book or a film being read or watched
  ("reading X for book club, it's about suicide");
- dying rather than miss something ("she'd sooner die than miss her visit", "prefiere morirse
  antes que perderse la cita"), "I'm dead, totally forgot", killing a vibe or a mood, nearly
  killing oneself on the stairs ("casi me mato en la escalera");
- a dying feeling inside a panic attack ("panic attacks before every exam ... I feel like I'm
  going to die", "ataques de pánico ... siento que me voy a morir"): clinical;
- a gun sold, stored or handed over (an estate, a collection);
- self-harm years in the past, stopped ("I cut a lot in high school but I haven't in 4 years",
  "me corté hace años cuando era chica pero ya no"): clinical, unless a "but" brings it back;
- clinical signs in plain words: eating disorders (calories counted, vomiting after meals,
  laxatives, a weight dropping), intrusive thoughts about a baby, the thoughts back while a
  safety plan is used, trouble at home said in code, a veteran who screams at night.
Whatever the guards mask, a warning sign beside it (signs_loss, the crisis phrases) still flags.
"""

from __future__ import annotations

_SCENE = r"(?:scene|call|calls|investigation|case|response|run|runs)"
_DEATH_WORDS = (r"(?:suicide|suicides|homicide|murder|overdose|overdoses|od|fatal|fatality|"
                r"death|dead)")

_NO_POINT_IN_CHORE = (r"(?:do not|dont|can not|cant) see the point (?:in|of) (?!living|going on|"
                      r"trying|anything|life|waking|staying|being|continuing|getting up|it\b|"
                      r"any\b)\w+ing")

# A death at work: police, fire, EMS, dispatch (no symptom of the writer's either).
_AT_WORK = [
    rf"(?:work|worked|working|cover|covered|covering|respond|responded|responding|ran|run|"
    rf"caught|took|had|got|on) (?:a |an |the |another |two |three )?(?:\w+ )?{_DEATH_WORDS} "
    rf"{_SCENE}",
    r"(?:accidente|choque|balacera|incendio) con (?:varios |dos |tres )?(?:muertos|fallecidos|"
    r"heridos)(?= (?:\w+ ){0,12}?(?:escena|turno|guardia|servicio|trabajo|tarde))",
]

IDIOMS = [
    *_AT_WORK,
    # a book, a film, a class being read or watched about it
    r"(?:reading|read|watching|watched|listening to|studying|finished) (?:\w+ ){1,8}?(?:it is|"
    r"its|that is|which is|all) about (?:\w+ )?(?:suicide|death|murder|self harm|overdose|"
    r"grief)",
    # dying rather than miss something
    r"(?:sooner|rather) die than (?:miss|skip|be late (?:for|to)|cancel|reschedule|lose (?:her|"
    r"his|my|our) (?:spot|slot|visit|appointment))",
    r"(?:prefiero|prefiere|preferiria|prefieren) morir(?:me|se)? (?:antes )?(?:que|de|a) "
    r"(?:perder(?:me|se)?|faltar|llegar tarde|cancelar)",
    # "I'm dead", over a mistake
    r"(?:i am|im|i m) (?:so |literally |totally )?dead(?= (?:\w+ ){0,3}?(?:totally |completely |"
    r"i )?(?:forgot|forget|missed|overslept|spaced|mixed))",
    r"(?:killing|kills|killed|kill) (?:my|her|his|their|our|the) (?:vibe|mood|buzz)|vibe killer",
    # nearly killing oneself by accident
    r"casi me (?:mato|muero|mataba)(?= (?:en|con|bajando|subiendo|al|cayendome|resbalando)"
    r" (?:\w+ ){0,2}?(?:escalera|escaleras|bici|bicicleta|moto|calle|ducha|hielo|piso|metro|"
    r"bano|banqueta|acera|tina))",
    r"(?:almost|nearly) (?:killed myself|died)(?= (?:\w+ ){0,2}?(?:tripping|falling|slipping|on "
    r"the (?:stairs|ice|bike|escalator)|down the stairs))",
    # no point in one chore (anhedonia, clinical below), not in living
    _NO_POINT_IN_CHORE,
    # a gun sold, stored or handed over
    r"(?:guns?|gun collection|rifles?|shotguns?|firearms?|pistola|armas?)(?: collection)? (?:is |"
    r"was |were |are |got |have been |has been )?(?:finally |all )?(?:sold|appraised|auctioned|"
    r"donated|turned in|handed over|locked up at|stored at|vendidas?|vendido)",
]

# A dying feeling in a panic attack: clinical (the attack is the clinical phrase).
PANIC = [
    r"(?:panic attacks?|ataques? de panico|ataques? de ansiedad|anxiety attacks?)(?: \w+){0,14}?"
    r" (?:siento que me (?:voy a morir|muero)|senti que me (?:iba a morir|moria|voy a morir)|feel"
    r" like i (?:am|m) (?:going to die|dying)|(?:i )?(?:think|thought) i (?:am|was) (?:going to "
    r"die|dying))",
]

NEGATED_CRISIS = [
    # self-harm years ago, since stopped
    r"(?:i )?(?:cut|used to cut|self harmed|hurt myself|burned myself|me corte|me cortaba|me "
    r"lastimaba|me autolesionaba)(?: a lot| mucho)? (?:\w+ ){0,2}?(?:in high school|in middle "
    r"school|in college|as a teen(?:ager)?|as a kid|years ago|when i was (?:younger|a teen|\d+)|"
    r"hace (?:\w+ )?anos|cuando era (?:chica|chico|nina|nino|adolescente|joven)|de (?:chica|"
    r"chico|adolescente)|en la prepa|en el colegio)",
]
# ... where the "but" only says it stopped, or for how long.
SOFT_BUT = (r"(?:but|pero|though|aunque) (?:i )?(?:have not|havent|haven t|no he)(?: \w+)? "
            r"(?:in|for|en) (?:\w+ )?(?:years?|yrs?|months?|anos|meses)|(?:but|pero) (?:ya no|"
            r"llevo \w+ (?:anos|meses) (?:bien|sin))")

NOT_CLINICAL = [
    *_AT_WORK,
    r"(?:audiencia|juzgado|corte|abogad[oa]|tribunal)(?: \w+){0,6}? (?:por )?lo del divorcio|"
    r"por lo del divorcio",
]

CLINICAL = [
    *PANIC,
    _NO_POINT_IN_CHORE,
    # self-harm stopped, its scars
    r"(?:have not|havent|haven t|not) (?:cut|self harmed|hurt myself|burned myself) (?:in|for) "
    r"(?:\w+ )?(?:years?|yrs?|months?)|(?:my|mis) (?:old )?(?:scars|cicatrices)",
    # eating disorders, said plainly
    r"count(?:ing|ed)? (?:every |my |all )?calories?|(?:contar|contando|cuento) (?:las )?"
    r"calorias|\d+ (?:calories|calorias) (?:a|al|por) (?:day|dia)",
    r"(?:vomit\w*|threw up|throwing up|throw up|purg\w*|vomite|vomito|vomitando|volvi el "
    r"estomago)(?: \w+){0,3}? (?:after|despues de) (?:eating|every meal|meals?|dinner|lunch|"
    r"comer|cada comida|la comida|cenar|almorzar)",
    r"laxatives?|laxantes?|diuretics?",
    r"(?:down to|weighs?|weighing|pesando|pesa|pesa solo) (?:only |solo )?\d+ (?:lbs|pounds|"
    r"kilos|kg|libras)",
    r"hiding (?:her |his |my )?food|escondiendo (?:la )?comida|skipping meals|se salta las "
    r"comidas|(?:hoy )?(?:comi|ate) (?:solo|only|just) (?:una|un|one|an?) \w+",
    # intrusive thoughts about a baby (disowned)
    r"pensamientos (?:horribles|feos|intrusivos|que me (?:asustan|dan miedo))|intrusive "
    r"thoughts",
    # the thoughts back, the safety plan in use
    r"(?:the |los )?(?:thoughts|pensamientos) (?:came back|are back|have come back|volvieron|"
    r"regresaron|han vuelto)|(?:using|used|following) my (?:safety )?plan|(?:usando|uso|use) mi "
    r"plan",
    # trouble at home, said in code
    r"(?:things|stuff) (?:at|in) (?:the |my )?home (?:are|have been|is) (?:hard|bad|rough|"
    r"difficult|tense|scary)(?: again)?|(?:las cosas|todo) (?:en|por) (?:la|mi) casa (?:estan|"
    r"esta|anda|andan) (?:dificiles|dificil|feas|feo|mal|pesadas|pesado|tensas)",
    # a veteran who screams at night and drinks
    r"grita (?:en|por) las noches|no duerme(?: nada)?|screams? in (?:his|her) sleep|night "
    r"terrors",
]
