"""Guards for the crisis flag, English and Spanish: death talk over an everyday mishap, a story
someone else lived (a book, a podcast, a soap), and harm told as the past.

Families, not phrases:
- hyperbole whose cause follows or precedes it: a lost wallet, keys locked in the car, a bus
  that drove past, hold music, the boss seeing one dance, a brother who took the car ("I could
  just die, left my wallet", "púchica, me quiero morir, dejé las llaves", "voy a matar a mi
  hermano, se llevó mi carro"), a thing that "is suicidal" (the wifi);
- a retold story: "the podcast about the guy who survived jumping", "la novela donde la
  protagonista se envenena", "un libro de un niño que se quiere morir";
- the past: self-harm in school "but nothing in three years", someone else's suicide last
  month, an assault one still lives with ("desde que me violaron ..."), a parent's cruel wish
  ("prefiere un hijo muerto"): clinical, a clinician reads it, no red banner.
Masked before the crisis rules run, so the rest of the message is still read: a real warning
sign beside them ("... and I have the pills") keeps it a crisis.
"""

from __future__ import annotations

# Everyday mishaps: something left, lost, missed, seen, taken or slow.
_MISHAP = (r"(?:left|forgot|lost|missed|locked|dropped|spilled|broke|burned|overslept|"
           r"deje|olvide|perdi|se me (?:olvido|cayo|quedo|quemo|rompio|paso)|rompi|me vio|"
           r"me vieron|me cacharon|me pillaron|se llevo|se comio|me quito|me dejo|"
           r"the bus|bus just|drove (?:right )?past|on hold|hold music|waiting room|"
           r"mi jefe me|my boss saw)")
_THING = (r"(?:wifi|wi fi|internet|printer|phone|laptop|computer|car|bus|app|portal|website|"
          r"router|battery|zoom|connection|signal|charger|tv|game|console|microwave)")
_STORY = (r"(?:podcast|book|novel|memoir|movie|film|show|series|documentary|episode|song|"
          r"article|novela|libro|pelicula|serie|documental|capitulo|cancion|articulo|"
          r"telenovela|the one)")
_OTHER = (r"(?:guy|man|woman|girl|boy|kid|lady|teen|firefighter|soldier|cop|character|"
          r"protagonist|mom|dad|father|mother|nino|nina|chico|chica|senor|senora|muchacho|"
          r"muchacha|protagonista|personaje|mujer|hombre|soldado|bombero)")

IDIOMS = [
    # the death wish, then the mishap it is about
    rf"(?:i )?(?:could|could just|can|want to|wanna) (?:just )?die(?= (?:\w+ ){{0,2}}?"
    rf"{_MISHAP}\b)",
    rf"(?:lol |ay |uf |puchica |chuta |diablos |dios mio |que verguenza )?me quiero morir"
    rf"(?: lol)?(?= (?:\w+ ){{0,3}}?{_MISHAP}\b)",
    rf"(?:kms|kys|i want to die|want to die)(?= (?:the|this|my|that) (?:\w+ ){{0,2}}?"
    rf"{_MISHAP}\b)",
    # the mishap, then the wish: "on hold 45 min now, ready to jump off a bridge lol"
    rf"{_MISHAP}(?: \w+){{0,6}}? (?:is going to make me|going to make me|makes me want to|"
    rf"ready to|about to|want to) (?:jump off|throw myself off) (?:a|the) (?:bridge|cliff|"
    rf"roof|building)",
    # a relative who took the car
    r"(?:voy a|lo voy a|la voy a|i am going to|i will) (?:matar|kill) (?:a )?(?:mi|my) "
    r"(?:hermano|hermana|primo|prima|hijo|hija|esposo|esposa|marido|novio|novia|roommate|"
    r"brother|sister|cousin|son|daughter|husband|wife|boyfriend|girlfriend)(?= (?:\w+ )?(?:se "
    r"llevo|se comio|me quito|uso|agarro|rompio|took|ate|broke|used|borrowed|finished) "
    r"(?:mi|my|el|la|the|all))",
    # a thing that "is suicidal"
    rf"{_THING}(?: \w+){{0,3}}? (?:is|s|are|esta|anda) (?:so |literally |lowkey |actually |"
    r"re |bien )?(?:suicidal|suicida)",
    # a retold story
    rf"{_STORY} (?:\w+ ){{0,3}}?(?:about|on|where|de|sobre|donde|en (?:la|el) que) (?:\w+ ){{0,4}}?"
    rf"{_OTHER} (?:\w+ ){{0,2}}?(?:(?:who|that|que|whose) )?(?:\w+ ){{0,3}}?(?:survived "
    r"\w+ing|jumped|jumping|jumps|survived|killed|kills|died|dies|overdosed|hanged|shot|"
    r"wants? to die|wanted to die|se (?:quiere morir|quiso morir|"
    r"mata|mato|suicida|suicido|envenena|enveneno|tira|tiro|ahorca|ahorco|corta)|quiere morir)"
    # the place it happened, no further: a sign said after it is still read
    r"(?: (?:off|from|del|de la|desde) (?:a |the |el |la )?(?:\w+ )?\w+)?",
    # someone else's overdose, reversed at work: "guy OD'd in our parking lot, we narcanned him"
    r"(?:guy|man|woman|lady|kid|customer|patient|someone|somebody|client) (?:overdosed|od|ods)"
    r"(?: \w+){0,6}? (?:narcan\w*|revived|brought (?:him|her|them) back)",
]

# At least clinical: told as the past, as someone else's act, or as someone else's cruelty.
NEGATED_CRISIS = [
    r"(?:cut|hurt|burned|burnt) (?:myself|my arms?|my legs?)(?: \w+){0,4}? (?:in|back in|during|"
    r"when i was in|in like) (?:high school|middle school|college|my teens|junior high|\d+th "
    r"grade|the past|(?:\d+|a few|two|three|several) years ago)",
    r"me (?:cortaba|cortaba los brazos|lastimaba|quemaba)(?: \w+){0,3}? (?:en|cuando estaba en|"
    r"cuando iba en) (?:la )?(?:prepa|secundaria|colegio|liceo|universidad|la u)",
    r"(?:not|never) (?:trying|meaning|planning|wanting) to (?:hurt|harm|kill) (?:myself|me)",
    # someone else's suicide, at a time past
    r"(?:killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?"
    r"life|died by suicide|committed suicide)(?= (?:\w+ ){0,2}?(?:last|this|a|two|three|few|in|"
    r"ago|years|months|weeks)\b)",
    r"(?:se quito la vida|se suicido|se mato)(?= (?:\w+ ){0,1}?(?:el mes|la semana|el ano|hace|"
    r"en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre)))",
    # an assault lived with, not happening now
    r"(?:desde|despues de) que (?:me violaron|me violo|abusaron de mi|abuso de mi|me "
    r"asaltaron|me atacaron)",
    r"(?:flashbacks?|nightmares?|memories|triggers?) (?:\w+ ){0,1}?(?:from|of|about) (?:the|my) "
    r"(?:assault|rape|attack|abuse)",
    r"(?:since|ever since|after) (?:the|my) (?:assault|rape|attack)",
    # someone else's cruelty: "prefiere un hijo muerto que un hijo gay"
    r"(?:prefiere|preferiria|prefieren|dijo que prefiere) (?:\w+ ){0,2}?muert[oa]s? (?:que|q)",
    r"(?:would rather|had rather|rather) have a dead (?:\w+ )?(?:son|daughter|kid|child) than",
]

# After a negated crisis: "but nothing in three years", "pero nada desde entonces".
SOFT_BUT = (r"(?:but|pero) (?:nothing|none|nada|no) (?:\w+ )?(?:in|since|for|desde|en) ")
