"""Lexicons for warning signs said in everyday words, English and Spanish side by side, merged
into signs.LEXICONS, with the combinations that use them (appended to signs.COMBINATIONS).

Families, not phrases:
- no longer a burden, or not around, "much longer" ("won't be a burden to anyone for long",
  "not planning on being around much longer", "ya no voy a ser una carga por mucho tiempo");
- everybody better off had they died ("they'd all be better off if I'd died in there",
  "estarían mejor si me hubiera muerto");
- praying not to wake up ("I pray I don't wake up", "le pido a Dios no despertar");
- wanting to go with a dead loved one ("quiero irme con mi amá, desde que se murió",
  "I just want to be with my brother again since he passed");
- someone breaking in now ("he's kicking the door in", "están tumbando la puerta");
- a threat to come back and finish ("he said he'll finish what he started", "dijo que va a
  terminar lo que empezó");
- an overdose with its body signs or its intent unsure ("took way more than I meant, maybe on
  purpose", "lips look blue", "labios morados");
- asking whether a medicine hurts or just puts one to sleep, or its lethal threshold ("does
  the tylenol thing hurt or do you just fall asleep", "the lethal dose of ...", "dosis letal");
- the whole medicine cabinet taken somewhere alone;
- a vow to maim ("te juro que no vuelve a caminar", "I swear he'll never walk again");
- voices ordering one's own death by a method ("las voces me dicen que me tire al tren").
"""

from __future__ import annotations

_KIN = (r"(?:mom|mum|mother|mama|dad|father|papa|brother|sister|son|daughter|baby|wife|"
        r"husband|grandma|grandpa|granny|friend|boyfriend|girlfriend|partner|ama|apa|mami|"
        r"papi|madre|padre|mama|hermano|hermana|hijo|hija|abuela|abuelo|esposo|esposa|"
        r"amigo|amiga|novio|novia|viejo|vieja)")

LEX: dict[str, list[str]] = {
    # -- no longer a burden, not around, much longer
    "final_strong": [
        r"(?:will not|not going to|never going to|not gonna) be (?:a |an )?(?:burden|problem|"
        r"bother|weight)(?: (?:to|on|for) (?:anyone|anybody|you|them|you all|everyone|my \w+))?"
        r" (?:for )?(?:much |very |too |that )?(?:longer|long)",
        r"not (?:planning|intending|expecting|counting) on (?:being|sticking) around (?:much |for"
        r" (?:very |too )?)?(?:longer|long|after)",
        r"(?:ya )?no (?:voy a|vo a) (?:ser|estar) (?:una )?(?:carga|molestia|estorbo)(?: para "
        r"(?:nadie|ustedes|ti|nadien))? (?:por )?mucho (?:tiempo|mas)",
        r"no (?:pienso|creo) (?:estar|seguir) (?:aqui |por aqui )?(?:mucho tiempo|mucho mas)",
    ],
    # -- better off had they died
    "worth_dead": [
        r"(?:everyone|everybody|they|people|the world|we|you|my \w+) (?:would (?:all )?(?:be|"
        r"have been)|d (?:all )?(?:be|have been)) better off (?:if (?:i (?:had |d |would have )?|"
        r"id )(?:died|was dead|were dead|never came back|never got out|was gone|were gone|did not "
        r"make it)|without me)",
        r"(?:estarian|estarían|estarian todos|estarian todas) mejor (?:si (?:yo )?(?:me hubiera|"
        r"hubiera) muerto|sin mi|si no (?:estuviera|existiera))",
    ],
    # -- praying not to wake up
    "wish_dead": [
        r"(?:pray|praying|prayed|hope|hoping|wish) (?:that )?i (?:do not|will not|never|would "
        r"not|did not) wake up",
        r"(?:le )?(?:pido|rezo|ruego)(?: a dios| a diosito)? (?:para )?(?:que )?(?:no "
        r"(?:despertar|despierte|amanecer|amanezca)|ya no (?:despertar|despierte|amanecer|"
        r"amanezca))",
    ],
    # -- going with a dead loved one
    "join_dead": [
        rf"(?:(?:me )?quiero|ya me quiero|quisiera) ir(?:me)? con (?:mi |mis )?{_KIN}|irme con "
        rf"(?:ella|el|mi {_KIN})",
        rf"(?:want|wanna|need) to (?:go|be) (?:with|where) (?:my )?{_KIN}(?: \w+)?(?: is| "
        r"went)",
    ],
    # with a loved one "again" or "in heaven": no death word needed beside it
    "join_again": [rf"(?:want|wanna|need|long) to (?:go|be) with (?:my )?{_KIN}(?: \w+)? "
                   r"(?:again|in heaven|up there)"],
    "kin_died": [r"se (?:me )?(?:murio|fue al cielo)|murio|fallecio|passed(?: away)?|died|is "
                 r"gone|in heaven|al cielo|funeral|su muerte|his death|her death"],
    # -- someone breaking in now
    "breaking_in": [
        r"(?:he|she|they|someone|somebody|my ex|my \w+) (?:is |are )?(?:kicking|breaking|"
        r"bashing|ramming|trying to (?:break|kick)) (?:in |down )?(?:the |my |our )?(?:door|"
        r"window)s?(?: in| down)?",
        r"(?:esta|estan|anda) (?:dandole |dando |a )?(?:patadas|golpes|pateando|tumbando|"
        r"rompiendo|forzando|golpeando) (?:a )?(?:la |mi )?(?:puerta|ventana)",
    ],
    # -- found, and waited for outside
    "found_me": [r"(?:they|he|she|my ex|someone) (?:found|tracked) me|found out where i (?:live|"
                 r"am|stay|sleep)|(?:ya )?me (?:encontro|encontraron|localizo|localizaron)"],
    "outside_now": [
        r"(?:is|are|s|re|been|sitting|parked|waiting) (?:\w+ )?(?:outside|out front of|waiting "
        r"outside|parked outside) (?:the|my|our|of)|(?:ll|will|going to|gonna) wait for me",
        r"(?:esta|estan|anda|andan) (?:\w+ )?(?:afuera|enfrente|esperandome)|me van a esperar",
    ],
    # -- a threat to come back and finish
    "finish_threat": [
        r"finish what (?:he|she|they) started|(?:come|coming) back to finish (?:me|it|the job)",
        r"(?:va|iba|viene) a (?:terminar|acabar) (?:lo que empezo|conmigo|de matarme)",
    ],
    # -- an overdose, its body signs, its intent unsure
    "took_more": [
        r"(?:took|used|did|had|swallowed) (?:way |a lot |so much |much )?more than i "
        r"(?:meant|wanted|planned|should)",
        r"(?:me )?(?:tome|meti|use) (?:mucho )?mas de lo que (?:queria|pensaba|debia)",
    ],
    "od_sign": [
        r"lips (?:\w+ ){0,2}?(?:blue|purple|grey|gray)|(?:can not|cant) (?:stay awake|keep my "
        r"eyes open|breathe right)|labios (?:\w+ )?(?:morados|azules)|no (?:puedo|me puedo) "
        r"mantener despiert[oa]",
    ],
    "on_purpose": [r"(?:maybe |kind of |kinda |half )?on purpose|(?:quizas |tal vez )?a "
                   r"proposito"],
    # -- asking how a medicine kills
    "hurt_or_sleep": [
        r"(?:does|would|will) (?:it|the \w+(?: thing)?|that|\w+) hurt (?:or )?(?:do|would|will) "
        r"(?:you|u|i) (?:just )?(?:fall asleep|pass out|go to sleep|drift off)",
        r"(?:duele|dolera) o (?:nomas |solo )?(?:te |me )?(?:duermes|dormis|quedas dormid[oa])",
    ],
    "lethal_amount": [
        r"(?:lethal|fatal|deadly|toxic) (?:threshold|dose|dosage|amount|quantity|limit|level)|"
        r"(?:dosis|cantidad) (?:letal|mortal|toxica)|how much (?:\w+ )?(?:is|would be) (?:lethal|"
        r"fatal)",
    ],
    "cabinet_all": [
        r"(?:everything|all the (?:pills|meds)|whatever is) (?:in|from) (?:the |my )?(?:medicine|"
        r"bathroom|pill) (?:cabinet|cupboard|drawer|box)|the whole (?:medicine cabinet|pill box)|"
        r"todo (?:lo )?(?:del|de mi|que hay en el) botiquin",
    ],
    "alone_going": [r"alone|by myself|on my own|sol[oa]|yo sol[oa]"],
    # -- a vow to maim
    "maim": [
        r"no (?:vuelve|volvera|va a volver) a (?:caminar|andar|hablar|ver)|(?:le|les) (?:rompo|"
        r"parto|voy a romper|voy a partir) (?:la cara|las piernas|el cuello)",
        r"(?:will|ll|is going to) never (?:walk|talk|see) again|break (?:his|her|their) "
        r"(?:legs|neck|face)",
    ],
    "vow": [r"te (?:lo )?juro|lo juro|juro que|i swear|swear to god|i promise you|(?:la|lo|los) "
            r"espero a la salida|wait for (?:him|her|them) outside"],
    # -- voices ordering one's own death by a method
    "voice_source": [r"(?:las|unas|mis|esas) voces"],
    "command_self": [
        r"(?:me )?(?:dicen|dice|ordenan|mandan|piden) que (?:me )?(?:tengo que |debo )?(?:tire|"
        r"aviente|"
        r"tirar|avente|aventar|mate|matar|corte|cortar|ahorque|colgar|cuelgue)",
        r"(?:tell|tells|telling|told|order|orders|ordering) me (?:that )?(?:i )?(?:have to|must|"
        r"should|to) (?:jump|throw myself|kill myself|hang myself|cut|step in front)",
    ],
}

# Each combination below also needs "spoken_cue": one cheap search of plain keywords, each
# of which one of the combination's own lexicons (_OWN) cannot match without, so that a
# message with none of them costs one search, not ten (tests/test_triage_round8.py checks
# the keywords cover every lexicon's matches on the corpus and the lists).
_OWN = ("join_dead", "join_again", "breaking_in", "finish_threat", "found_me", "took_more",
        "hurt_or_sleep", "lethal_amount", "cabinet_all", "maim", "command_self")
LEX["spoken_cue"] = [
    r"doors?|windows?|puerta|ventana|finish|terminar|acabar|found|tracked|encontr\w*|"
    r"localiz\w*|more than|mas de lo|hurt|duele|dolera|lethal|fatal|deadly|toxic|letal|"
    r"mortal|toxica|cabinet|cupboard|drawer|pill box|botiquin|again|vuelve|volvera|volver|"
    r"rompo|parto|romper|partir|break|dicen|dice|ordenan|mandan|piden|tell|tells|telling|"
    r"told|order|orders|ordering|murio|fallecio|passed|died|gone|heaven|cielo|funeral|"
    r"muerte|death|in heaven|up there",
]

# (category, what the evidence shows, the lexicons that must all be found)
COMBINATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = tuple(
    (category, evidence, ("spoken_cue", *needs)) for category, evidence, needs in (
        ("wish to be dead", "wanting to go with a loved one who died", ("join_dead", "kin_died")),
        ("wish to be dead", "wanting to be with a loved one again", ("join_again",)),
        ("violence in progress", "someone breaking the door in", ("breaking_in",)),
        ("violence in progress", "a threat to come back and finish", ("finish_threat",)),
        ("violence in progress", "found, and waited for outside", ("found_me", "outside_now")),
        ("medical danger", "an overdose with its body signs", ("took_more", "od_sign")),
        ("medical danger", "an overdose, maybe meant", ("took_more", "on_purpose")),
        ("method", "asking whether a medicine hurts or puts one to sleep", ("hurt_or_sleep",)),
        ("method", "asking for a lethal amount", ("lethal_amount",)),
        ("means at hand", "the whole medicine cabinet taken somewhere alone",
         ("cabinet_all", "alone_going")),
        ("harm to others", "a vow to maim someone", ("maim", "vow")),
        ("command hallucination", "voices ordering a method", ("voice_source", "command_self")),
    ))
assert all(set(needs) & set(_OWN) for _, _, needs in COMBINATIONS)

# No warning sign alone (half of a pair), or already stood for by "spoken_cue": kept out of
# the learned layer's gate.
NOT_A_SIGN = frozenset({"kin_died", "on_purpose", "alone_going", "vow", "outside_now",
                        *_OWN})
