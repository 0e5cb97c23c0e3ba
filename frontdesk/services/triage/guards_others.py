"""Guards for the crisis flag, English and Spanish: alarming words about other people.

Families, not phrases: fiction and games (a character "unalived" in a finale, a game called
Suicide Squad, "la serie de la chica que se suicida"); the trade of someone who works with
danger (an ER shift with overdoses, a pharmacist on with poison control, "hubo una
intoxicación en la farmacia"); a hunting trip with a rifle; a loss to suicide (grief: the
clinical rules read it). And, as clinical rather than crisis, self-harm placed in the past
("I self-harmed in middle school", "me cortaba en la secundaria"), and a relapse on a
substance counted in clean time ("smoked again after 2 months clean").
Same conventions as guards_en: normalised text, masked before the crisis rules run.
"""

from __future__ import annotations

from .flags_en import KIN
from .flags_es import PARIENTE

_ME = r"(?:i|me|my|myself|mine|yo|mi|mis|me)"
_NOT_ME = rf"(?: (?!{_ME}\b)\w+)"
_MEDIA = (r"(?:game|games|video game|videogame|show|series|season|episode|finale|movie|film|"
          r"book|novel|comic|anime|manga|cartoon|character|villain|hero|protagonist|juego|"
          r"jueguito|videojuego|serie|peli|pelicula|novela|libro|comic|caricatura|personaje|"
          r"temporada|capitulo|final de temporada)")

# Someone who works with danger, about the work ("we had two overdoses", "at the counter",
# "ER doc here"): masked for the crisis rules and for the clinical ones alike.
WORK = [
    r"(?:we had|we got|came in|come in|brought in|rolled in|at the counter|in the store|on "
    r"shift|my shift|a patient|my patient|a call|the call|poison control about|hubo|tuvimos|"
    r"llego|llegaron|atendimos|en la tienda|en la farmacia|en el turno)(?: (?!(?:i|me|my|"
    r"myself|yo|mi)\b)\w+){0,3}? (?:overdoses?|gsws?|gunshot wounds?|stabbings?|codes?|"
    r"cardiac arrests?|intoxicacion\w*|sobredosis|balacera|baleados?|heridos? de bala)"
    r"(?: (?:con|with) (?:pastillas|pills))?",
    r"(?:an? |two |three |\d+ )?(?:overdoses?|gsws?|gunshot wounds?|stabbings?|codes?|cardiac "
    r"arrests?) (?:came|come|comes|rolled|were brought|was brought|got brought) in",
    r"(?:er|ed|icu|ems|trauma) (?:doc|doctor|nurse|tech|medic|physician|shift|resident)s?|"
    r"(?:shift|work|working|job|nurse) (?:in|at) the (?:er|ed|icu)|(?:911 |police )?"
    r"dispatcher|paramedic|pharmacist here|nurse here|doc here",
]

# A loss to suicide: grief (clinical_wider reads it as such), not a risk to the client.
LOSS = [
    rf"(?:my|our|a|his|her) (?:\w+ ){{0,2}}?{KIN}(?: \w+){{0,3}}? (?:died by suicide|died of "
    r"suicide|killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life|"
    r"committed suicide|completed suicide)",
    rf"(?:mi|nuestro|nuestra|su) {PARIENTE}(?: \w+){{0,3}}? (?:se suicido|se quito la vida|se "
    r"mato)|(?:se suicido|se quito la vida) (?:mi|nuestro|nuestra|su) " + PARIENTE,
    rf"(?:lost|perdi|perdio) (?:my|a|his|her|their|our|mi|a mi|a su|su) (?:\w+ )?"
    rf"(?:{KIN}|{PARIENTE}) (?:to|por|al) (?:suicide|"
    r"suicidio)",
]

IDIOMS = [
    *WORK,
    # fiction and games
    rf"{_MEDIA}s?{_NOT_ME}{{0,6}}? (?:called|named|titled|llamad[oa]|que se llama) (?:\w+ )"
    r"{0,3}?(?:suicide|kill\w*|death|dead|murder\w*|suicid\w*|muerte|muert[oa]s?|mata\w*)\w*",
    r"suicide squad|red dead|dead by daylight|dying light|dead island|left 4 dead|walking dead|"
    r"death stranding|death note|kill la kill|assassins creed|hitman|dead poets(?: society)?|"
    r"dead to me|dead man walking|kill bill|(?:13|thirteen) reasons why",
    r"(?:character|villain|hero|protagonist|fav|favorite|favourite|personaje)(?: \w+){0,2}? "
    r"(?:got|gets|was|is|has been|fue|se) (?:unalived|killed|killed off|murdered|dead|shot|"
    r"written off|muri\w*|muere|mata\w*)(?: (?:in|at|off|en|al) (?:the )?(?:\w+ )?(?:finale|"
    r"episode|season|end|book|movie|final|capitulo|temporada))?",
    rf"(?:juego|jueguito|videojuego|serie|peli|pelicula|novela|libro|anime|caricatura|"
    rf"documental)s? (?:\w+ ){{0,2}}?(?:de|del|sobre|donde|en (?:el|la) que|que) "
    rf"(?:(?!{_ME}\b)\w+ ){{0,5}}?(?:matar|mata|matan|suicid\w*|muere|mueren|muertos?|"
    r"zombies?|asesin\w*)",
    # school work about a place or a method, not a plan
    r"(?:essay|paper|project|report|assignment|research|presentation|history|documentary|"
    r"ensayo|tarea|proyecto|investigacion)(?: \w+){0,3}? (?:about|on|sobre|de) (?:the |los |"
    r"las |el |la )?(?:\w+ ){0,4}?(?:jumpers|suicide barriers?|safety nets?|redes? de "
    r"proteccion)(?: (?:and|y) (?:the |la |el )?(?:\w+ ){0,2}?(?:net|barrier|red|barrera)s?)?",
    *LOSS,
    # a substance counted in clean time: a relapse, read by the clinical rules
    r"(?:smoked|drank|used|relapsed|slipped|drinking|drunk|high|weed|alcohol|beer|vape\w*|"
    r"fume|tome|bebi|recai)(?: \w+){0,5}? (?:\d+|one|two|three|four|five|six|a|un|una|dos|tres)"
    r" (?:days?|weeks?|months?|years?|dias|semanas|meses|anos) (?:clean|sober|limpi[oa]|"
    r"sobri[oa])",
]

# Contexts that settle the alarming words inside a longer stretch of ordinary message: only
# those words are masked (classify), so the logistics around them are still read
# ("going deer hunting with my dad sat so can't make it, can we do sunday").
CONTEXT = [
    # a hunting trip: the gun is the sport's
    r"(?:going|go|goes|went|gone|take me|takes me|took me|taking (?:\w+ ){0,2}?\w+) "
    r"(?:(?:deer|duck|elk|"
    r"turkey|bird|dove|hog|bear|pheasant|goose) )?hunting(?: "
    r"(?!(?:myself|on me|alone|bed|end|done|over|better|anymore|last|goodbye)\b)\w+){1,22}? "
    r"(?:rifle|shotgun|gun|bow)s?",
    r"(?:ir|vamos|voy|fuimos|iremos|van) de (?:caceria|caza)(?: (?!(?:yo|me|sol[oa])\b)\w+)"
    r"{1,16}? (?:rifle|escopeta|arma)",
    # paperwork for a lawyer, a court or a school: "mi abogado necesita una carta"
    r"(?:abogad[oa]|lawyer|attorney|probation officer|parole officer|juez|judge|court|juzgado|"
    r"school|escuela|employer|jefe|boss|hr|insurance|seguro)(?: \w+){0,3}? (?:necesita|needs|"
    r"wants|pide|pidio|asks for|asked for|quiere|requires) (?:una |un |a |an )?(?:carta|letter|"
    r"note|constancia|nota|comprobante|form|proof)(?: \w+){0,8}",
]

# At least clinical: self-harm placed in the past, with the time or the years since.
NEGATED_CRISIS = [
    r"(?:self harmed|self harm\w*|cut|cutting|hurt myself|harmed myself)(?: a lot| a bit| "
    r"sometimes)? (?:in|back in|during|through|when i was in) (?:middle school|high school|"
    r"junior high|college|my teens|my twenties|\d+(?:th)? grade|school)",
    r"(?:i )?used to (?:self harm|cut|hurt myself|harm myself|burn myself)",
    r"(?:me cortaba|me lastimaba|me autolesionaba|me hacia dano)(?: \w+){0,2}? (?:en la "
    r"secundaria|en la prepa|en el colegio|en el liceo|de chic[oa]|de adolescente|antes|hace "
    r"anos)",
]

# After a negated crisis, a "but" that only adds feeling or recovery keeps it clinical:
# "I'm not going to do anything, but it hurts a lot", "self-harmed in school but I've been
# clean". A "but" followed by anything else still makes the negation a preamble (classify).
SOFT_BUT = (
    r"(?:but|pero|though|aunque) (?:(?!(?:not|no|nunca|never|ya no)\b)\w+ ){0,3}?(?:safe|ok|okay|"
    r"fine|good|alright|clean|sober|bien|tranquil[oa]|a salvo|hurts|hurt|duele|sad|upset|triste|"
    r"sucks|hard|cuesta|extrano|messed me up)\b"
)
