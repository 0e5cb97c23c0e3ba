"""Crisis phrases, English and Spanish, that hide inside work talk or a scheduling request.

Families, not phrases: a lethal means taken from work and kept, or chosen because a test
would not find it ("pocketing the potassium vials", "insulin wouldn't show up on a tox
screen"); an overdose already swallowed or treated ("swallowed what's left in the bottle",
"they pumped my stomach", "me hicieron un lavado de estómago"); driving oneself and someone
else off a height so that "neither of us has to suffer"; a farewell that needs no phone where
one is going. Same conventions as flags_en: normalised text, one regex fragment per entry.

BEFORE_IDIOMS are looked for before idioms are masked: a threat heard while hiding ("saying
he's going to kill me, I locked myself in") or a tool brought to someone "not joking this
time" would otherwise be swallowed by the idiom ("my mom is going to kill me", "nail gun").
"""

from __future__ import annotations

_WORK_MEANS = (r"(?:vials?|ampules?|ampoules?|syringes?|insulin|potassium|kcl|fentanyl|"
               r"morphine|propofol|digoxin|succs|meds|medications?|pills|doses|narcotics|"
               r"ampollas|ampolletas|viales|jeringas|insulina|potasio|fentanilo|morfina|"
               r"pastillas|medicamentos)")
_TAKEN_MEANS = (r"(?:pill|pills|bottle|meds|medicine|medication|prescription|tablets|"
                r"sleeping pills|painkillers|pastillas|frasco|medicina|medicamentos|caja)")

CRISIS = [
    # a means taken from work and kept
    rf"(?:been |i have been |i am |started )?(?:pocketing|stashing|hoarding|squirreling away|"
    rf"sneaking home|swiping|skimming|keeping back|taking home) (?:\w+ ){{0,3}}?{_WORK_MEANS}",
    rf"(?:estoy |he estado |ando |me estoy )?(?:guardando|juntando|escondiendo|robando|"
    rf"llevandome|sacando) (?:\w+ ){{0,3}}?{_WORK_MEANS} (?:del|de la|de el) (?:trabajo|"
    r"hospital|clinica|farmacia|turno)",
    # chosen because it would not be found
    r"(?:would not|will not|does not|do not|would never|wouldnt|wont|doesnt) (?:even )?"
    r"(?:show up|show|be found|be detected|turn up|come up) (?:on|in) (?:a |an |the |any )?"
    r"(?:tox|toxicology|autopsy|blood|drug)(?: (?:screen|report|test|panel|work))?",
    r"no (?:saldria|sale|aparece|apareceria|aparecería|se detecta|se detectaria|lo detectan|"
    r"lo detectarian) en (?:el |un |la |una |ningun |ninguna )?(?:examen|prueba|analisis|"
    r"autopsia|toxicologico|tamizaje)",
    # an overdose already swallowed, or already treated
    rf"(?:i )?(?:swallowed|took|downed|ate) (?:what is|what was|whatever was|everything|all "
    rf"that was|all|the rest) left (?:in|of|from) (?:\w+ ){{0,3}}?{_TAKEN_MEANS}",
    rf"(?:i )?(?:swallowed|downed) (?:everything|all|the rest) (?:in|of|from) (?:\w+ ){{0,3}}?"
    rf"{_TAKEN_MEANS}",
    rf"me (?:tome|trague|acabe) (?:lo que quedaba|todo lo que habia|el resto|todas las "
    rf"que quedaban) (?:de|del|en el|en la) (?:\w+ ){{0,3}}?{_TAKEN_MEANS}",
    r"(?:they |had to |had my |got my |have my )?pump(?:ed|ing)? my stomach|my stomach "
    r"(?:pumped|was pumped|got pumped)",
    r"me (?:hicieron|tuvieron que hacer|estan haciendo|van a hacer) (?:un )?lavado "
    r"(?:de estomago|gastrico)",
    # the two of us, off a height
    r"(?:driving|drive|steer|steering|crash|crashing|put|putting) (?:us both|both of us|us|"
    r"the two of us|me and (?:him|her|the kids?)) (?:\w+ ){0,2}?(?:off|into|over) (?:a |the )?"
    r"(?:overpass|bridge|cliff|river|lake|guardrail|embankment|ravine|wall|tree|truck|"
    r"median|canyon)",
    r"(?:so|para que) (?:neither of us|none of us|ninguno de (?:los dos|nosotros)|ni el ni "
    r"yo|ni ella ni yo) (?:has to|have to|will have to|would have to|tenga que|tengamos que|"
    r"vuelva a|volvamos a)? ?(?:suffer|sufrir|sufra|suframos)",
    r"(?:tirarme|tirarnos|echarme|echarnos|meter el carro|meterme|meternos) (?:con el carro |"
    r"con el carro y todo |con los ninos |con mi hij\w+ )?(?:del|por el|al|contra el) "
    r"(?:puente|barranco|precipicio|rio|paso elevado|muro)(?: con (?:mi|los) \w+)?",
    # how easy the step would be; a part that hopes for it
    r"(?:thinking|think|thought|realized|realised|noticing|knowing) (?:about )?how easy it "
    r"(?:would be|is|would have been) to (?:step|jump|fall|let go|drive|swerve|end it|take "
    r"(?:them|it) all|not come back|just go)",
    r"(?:pensando|pienso|pense|pensé) (?:en )?lo (?:facil|fácil|sencillo) que (?:seria|sería|es) "
    r"(?:tirarme|saltar|dejarme caer|soltarme|acabar con todo|no volver|volantear)",
    r"part of me (?:hopes|wants|wishes|is hoping|would be glad if) (?:it happens|it does|i do "
    r"not wake up|i die|it would|it is|it kills me|i do not make it)",
    r"una parte de mi (?:quiere|espera|desea|ojala) que (?:pase|me muera|no despierte|me mate|"
    r"sea eso|me lleve)",
    # doing "the same" as someone who died, soon
    r"(?:want|wanna|going|plan|planning|ready|about) to do the same(?: thing)? (?:tonight|"
    r"tomorrow|soon|this week|this weekend|today|now)",
    r"(?:quiero|voy a|pienso|estoy lista para|estoy listo para) hacer lo mismo (?:esta noche|"
    r"hoy|manana|pronto|este fin)",
    # no phone where one is going
    r"(?:a )?donde (?:voy|me voy|yo voy)(?: ya)? no (?:hay|hace falta|voy a necesitar|"
    r"necesito|hay senal ni) (?:celular|telefono|senal|cel|mensajes)",
    r"where i am going (?:there is no|there are no|i will not need|i do not need|i wont need|"
    r"they do not have) (?:a |any )?(?:phone|phones|signal|reception|texts|reminders)",
]

BEFORE_IDIOMS = [
    # a threat heard while hiding from it
    r"(?:saying|says|said|screaming|yelling|shouting|threatening|swearing|swears|keeps "
    r"saying) (?:that )?(?:he|she|they) (?:is |are |will |s )?(?:going to |gonna )?(?:kill|"
    r"hurt|shoot|stab|strangle|choke) (?:me|us|the kids|my \w+)(?=(?: \w+){0,8} (?:i locked|"
    r"locked myself|i am hiding|hiding in|in the closet|he will hear|she will hear|hell hear|"
    r"shell hear|can not call|cant call|banging|kicking the door|break the door|please))",
    r"(?:banging|pounding|kicking) on (?:the |my )?(?:\w+ )?door (?:\w+ ){0,3}?(?:saying|"
    r"screaming|yelling|shouting) (?:that )?(?:he|she|they) (?:is |are |will )?(?:going to |"
    r"gonna )?(?:kill|hurt|shoot|stab) (?:me|us)",
    r"(?:gritando|diciendo|dice|grita) que (?:me|nos) va a (?:matar|quemar|acuchillar|"
    r"ahorcar)(?=(?: \w+){0,8} (?:me encerre|estoy escondid\w|en el closet|en el bano|me va a "
    r"oir|no puedo llamar|golpeando|pateando))",
    # a tool brought to someone, "not joking this time"
    r"(?:bringing|bring|taking|grabbing|coming with|showing up with) (?:the |my |a |his )?"
    r"(?:nail gun|nailgun|gun|knife|machete|bat|crowbar|hammer|rifle|shotgun|pistol)"
    r"(?: \w+){0,5}? not (?:joking|kidding|playing)(?: around)?(?: this time)?",
    r"(?:llevo|voy a llevar|me llevo|traigo) (?:la |el |mi )?(?:pistola|cuchillo|machete|bate|"
    r"pistola de clavos|escopeta)(?: \w+){0,5}? no (?:estoy )?(?:jugando|bromeando)",
]
