"""Guards for the crisis flag, English and Spanish: death talk that is a joke, a cheer or a
word with another meaning.

Families, not phrases: a method named as a joke over a team, a song, a waiting room or a pile
of work ("if the Cowboys lose again I'm jumping off a bridge", "I'd sooner hang myself than sit
through that again", "estoy que me tiro por la ventana con tanto trabajo", "si el Madrid pierde
me tiro por la ventana"); joy said as dying ("got into grad school, I could literally die",
"me dieron la beca, me muero"); "literally dying" beside a confirmation; a "dead man" if they
miss an event; "cortar" meaning a break-up or a cut-off service ("desde que me cortó mi novia",
"me cortaron la luz"); the fear of dying inside a panic attack ("en los ataques de pánico
siento que me voy a morir"); a rope tied on a load or an animal; slaughtering livestock.
Same conventions as guards_en: normalised text, masked before the crisis rules run, so the
rest of the message is still read ("lol if they lose I'm jumping off a bridge, I have the
pills ready" is a crisis).
"""

from __future__ import annotations

# A method named as a threat against oneself.
_METHOD_EN = (r"(?:jump(?:ing)? off (?:a |the )?(?:bridge|cliff|roof|building|balcony)|"
              r"hang(?:ing)? myself|kill(?:ing)? myself|shoot(?:ing)? myself|kms|throw(?:ing)? "
              r"myself (?:off|out) (?:a |the )?(?:bridge|window|roof|balcony)|walk(?:ing)? into "
              r"traffic|drive (?:my car )?off a (?:bridge|cliff)|die)")
_METHOD_ES = (r"(?:me tiro|me aviento|me lanzo|me echo|me mato|me ahorco|me cuelgo|me muero)"
              r"(?: (?:(?:por|de|desde) (?:la|el)|del|al) (?:ventana|balcon|puente|azotea|"
              r"techo))?")
# Life said as a unit of time: "one more day like this" is no trivial cause.
_LIFE = r"(?:day|days|night|nights|week|weeks|year|years|month|months|minute|second|hour)"
# The subject of a sports conditional: a team, never the writer or a person close to them.
_TEAM = r"(?:the \w+|my team|our team|this team|el \w+|la seleccion|mi equipo|nuestro equipo)"
_SPORT_VERB = (r"(?:lose|loses|lost|win|wins|choke|chokes|blow it|blows it|miss the playoffs|"
               r"get relegated|pierde|pierden|gana|ganan|empata|empatan|desciende|descienden)")

IDIOMS = [
    # a team's result as the cause, either order
    rf"if {_TEAM} {_SPORT_VERB}(?: \w+){{0,3}}? (?:i am |i will |i m |i )?(?:going to |gonna )?"
    rf"{_METHOD_EN}",
    rf"{_METHOD_EN} if {_TEAM} {_SPORT_VERB}",
    rf"si {_TEAM} {_SPORT_VERB}(?: \w+){{0,3}}? {_METHOD_ES}",
    rf"{_METHOD_ES} si {_TEAM} {_SPORT_VERB}",
    # "I'd sooner jump off a bridge than sit in that waiting room" (never "than keep living")
    # and the "than" is a chore of sitting, waiting or listening (never "than go back to him")
    rf"(?:would |id |i d |i would )?(?:sooner|rather) {_METHOD_EN} than (?:sit|sitting|wait|"
    r"waiting|stand|standing|listen|listening|watch|watching|hear|hearing|fill|filling|attend|"
    r"attending|drive|driving|ride|riding|do (?:the|that|this|another) (?:\w+ )?(?:form|"
    r"paperwork|training|meeting|class|quiz|test|exam|survey|homework))\b",
    rf"prefiero {_METHOD_ES} (?:antes )?(?:que|a) (?:sentarme|esperar|escuchar|ver|llenar|hacer "
    r"(?:el|la|otra|otro) (?:\w+ )?(?:fila|tramite|formulario|papeleo|examen|tarea))\b",
    # "if I hear one more Christmas song I'm gonna hang myself" (never "one more day like this")
    r"if i (?:have to |need to )?(?:hear|see|sit through|listen to|watch|read|fill out|get|do) "
    rf"(?:one more|another|that|this|the same) (?!{_LIFE}\b)(?:\w+ ){{1,5}}?(?:i am |i will |i m "
    rf"|i )?(?:going to |gonna )?{_METHOD_EN}",
    # "estoy que me tiro por la ventana con tanto trabajo": exasperation, with its cause
    rf"estoy que {_METHOD_ES}(?= (?:con|de|por) (?:tanto|tanta|tantos|tantas|este|esta|el|la) )",
    rf"{_METHOD_ES} (?:con|de|por) (?:tanto|tanta|tantos|tantas) (?:trabajo|tarea|tareas|"
    r"examenes|calor|trafico|papeleo|reuniones|pendientes|ruido|chamba|pega|curro)",
    # joy said as dying: "got into grad school, I could literally die right now"
    r"(?:got into|got accepted|accepted (?:into|to|at)|got the (?:job|scholarship|promotion|"
    r"apartment|house|grant|part|role)|passed (?:my|the) \w+|got engaged|we won|i won|"
    r"me (?:dieron|aceptaron|ofrecieron|otorgaron) (?:la|el|en) \w+|aprobe|pase el \w+|"
    r"me comprometi|ganamos|gane)(?: (?!(?:want|wanna|wish|going|gonna|to|but|pero|quiero|"
    r"ganas|should|rather|better|want|hope|ojala)\b)\w+){0,6}? (?:i (?:could|can|will|would) )?"
    r"(?:literally |actually |just |legit )?(?:die|dying|dead|me muero|muero|me mori|morir)"
    r"(?= *$| (?:right now|rn|lol|gracias|thank|of (?:happiness|joy)|de (?:la )?(?:emocion|"
    r"felicidad|alegria)|i|estoy|soy|que)\b)",
    # "literally I'm dying" beside the confirmation it comes with
    r"(?:literally|actually|legit) (?:i am |i m )?(?:dying|dead)(?=(?: \w+){0,4}? (?:but|pero|yes|"
    r"si|confirm\w*|see you|nos vemos|voy)\b)",
    # a chore "actually killing me": the adverb does not make it a threat
    r"(?:is|are|was|were|s|been|keeps|keep) (?:actually|literally|really|seriously|lowkey|"
    r"honestly|just|absolutely|truly) killing me",
    # a hunting season or stand, the rifle a few words on
    r"(?:deer|duck|elk|turkey|dove|hog|bear|hunting) (?:season|stand|blind|camp|lease|hunt)"
    r"(?: (?!(?:myself|me)\b)\w+){0,20}? (?:rifle|shotgun|gun|bow)s?",
    # a dead man if they miss an event
    r"(?:i am |i m |i will be |going to be |gonna be |be )?(?:a )?dead (?:man|woman|meat)"
    r"(?= if (?:i|we) (?:miss|am late|forget|do not|skip|lose|break|get|show up late)\b)",
    r"(?:soy|seria|voy a ser) (?:hombre|mujer) muert[oa](?= si (?:no )?(?:llego|falto|pierdo|"
    r"olvido|me olvido)\b)",
    # "cortar" as a break-up or a service cut off
    r"(?:me|nos|le) corto (?:mi|el|la|su) (?:novi[oa]|pareja|ex|pololo|polola|jev[oa]|chic[oa]|"
    r"esposo|esposa|marido|mujer)|cortamos|(?:corte|cortar|corto) con (?:mi|el|la|su) "
    r"(?:novi[oa]|pareja|ex|pololo|polola)",
    r"(?:me|nos|le) (?:cortaron|corto|cortan) (?:la luz|el agua|el gas|el internet|el cable|el "
    r"telefono|la linea|el servicio|la llamada|el pelo|las horas)",
    # the fear of dying is part of a panic attack
    r"(?:ataques? de (?:panico|ansiedad)|panico|ansiedad)(?: \w+){0,8}? (?:siento|senti|sentia) "
    r"(?:que|como que|como si) me (?:voy a morir|muero|iba a morir|fuera a morir)",
    r"(?:siento|senti|sentia) (?:que|como que|como si) me (?:voy a morir|muero|iba a morir|fuera a"
    r" morir)(?= (?:\w+ ){0,3}?(?:el corazon|no puedo respirar|me falta el aire|me ahogo)\b)",
    # a rope on a load, a trailer or an animal, never on a beam, a tree or a door
    r"(?:tie|tied|ties|tying|strap\w*|secur\w*|throw|threw|coil\w*|cinch\w*|ti) (?:\w+ ){0,2}?"
    r"(?:the |a |my |that )?(?:ropes?|straps?|chains?) (?:on|to|around|onto|over|down on) (?:the |"
    r"a |my |that )?(?:truck|trailer|load|boat|horse|cow|calf|steer|tarp|pallet|cargo|bales?|"
    r"flatbed|pickup)",
    r"(?:amarre|amarro|amarrar|amarrando|ate|atar) (?:la |una |el |un )?(?:soga|cuerda|mecate|"
    r"lazo) (?:a |al |en |en el |en la |de )(?:la |el )?(?:carga|camion|troca|caballo|vaca|"
    r"becerro|lancha|bote|trailer|pickup)",
    # slaughtering livestock for a meal or a feast
    r"(?:matar|mata|mato|matamos|matan|matando|carnear|carneamos|destazar|destazamos) (?:a )?"
    r"(?:el |la |los |las |un |una |unos |mi |\d+ )?(?:chanchos?|cochinos?|cuches|marranos?|"
    r"gallos?|novillos?|terneros?|corderos?|chompipes?|chivitos?|res)",
    r"(?:kill\w*|butcher\w*|slaughter\w*|process\w*) (?:the |a |some |our |my |\d+ )?(?:steers?|"
    r"calves|calf|lambs?|ducks?|geese|deer|hog|hogs)",
]

# Means given up: a protective step; self-harm placed in the past; doing "anything" denied.
# At least clinical: a clinician reads it ("but ..." after it still makes a crisis).
NEGATED_CRISIS = [
    r"(?:not|never|no) (?:thinking|planning|going|gonna) (?:of |about |to |on )?(?:doing|do) "
    r"anything(?: (?:to )?myself| stupid| drastic| rash)?",
    r"(?:me cortaba|me lastimaba|me autolesionaba|me hacia (?:dano|cortes)|me quemaba)(?: \w+)"
    r"{0,3}? (?:cuando era (?:\w+ )?(?:chic[oa]|nin[oa]|cipot[ao]|chamac[oa]|patoj[oa]|morr[oa]|"
    r"joven|adolescente|pequen[oa]|chiquit[oa]|pelad[oa]|escuincl[ea]|guambra|cabr[oa])|ya no\b|"
    r"antes|hace (?:anos|mucho))",
    r"(?:de|cuando era) (?:\w+ )?(?:chic[oa]|nin[oa]|cipot[ao]|chamac[oa]|patoj[oa]|morr[oa]|"
    r"joven|adolescente|pequen[oa]|chiquit[oa]|pelad[oa]|escuincl[ea]|guambra|cabr[oa]) (?:yo )?"
    r"(?:me cortaba|me lastimaba|me autolesionaba|me hacia (?:dano|cortes)|me quemaba)",
    r"hace (?:anos|mucho|tiempo) (?:que )?(?:me cortaba|me hacia (?:cortes|dano)|me lastimaba|"
    r"me quemaba)(?: \w+){0,2}?(?: ya no)?",
    r"(?:cut|hurt|burned) myself (?:back )?when i was (?:a )?(?:kid|teen|teenager|young|little|"
    r"in school)",
    r"(?:threw|thrown|throw|tossed|toss|flushed|flush|got rid of|get rid of|dumped|disposed of) "
    r"(?:out |away )?(?:all )?(?:of )?(?:the |my |those |these )?(?:blades?|razors?|pills|"
    r"meds|rope|knife|knives)(?: (?:out|away))?",
    r"(?:gave|handed|dropped off) (?:my |the )?(?:guns?|rifles?|pistol|pills|meds)(?: \w+){0,3}? "
    r"to (?:\w+ ){0,2}?(?:to (?:hold|keep|lock up)|for safekeeping)",
    r"(?:tire|bote|deseche|me deshice de|entregue|le di) (?:todas )?(?:las |mis |los |la |el )?"
    r"(?:navajas?|cuchillas?|hojas|pastillas|pistola|arma|soga)(?: (?:a \w+ (?:para que (?:la |"
    r"las |lo |los )?(?:guarde|cuide)))| a la basura)?",
]
