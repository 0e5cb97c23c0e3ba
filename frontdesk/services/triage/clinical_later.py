"""Clinical phrases, English and Spanish: symptoms said the way older adults, carers and people
in a high or mixed state say them, without a clinical word.

Families: memory slipping ("forgetting things more and more", "left the stove on", "dejé la
olla en el fuego"); panic said through the body ("chest gets tight and I can't catch my
breath when I think about the bills", "opresión en el pecho"); withdrawal after a loss or
retirement ("sit in the chair all day, feel useless"); loneliness and grief kept as a habit
("setting the table for two", "nobody calls", "paso días sin hablar con nadie"); sleeping all
day; drinking every night since a death; a high ("four nights without sleep and a thousand
ideas", "bought three phones"); feeling unreal or losing time. Same conventions as
clinical_en: normalised text, looked for only when there is no crisis.
"""

from __future__ import annotations

_DAYS = r"(?:\d+|two|three|four|five|six|seven|several|dos|tres|cuatro|cinco|seis|varias|varios)"

CLINICAL = [
    # memory slipping
    r"(?:forgetting|forget|misplacing|losing track of) (?:things|everything|names|my keys|where i)"
    r"(?: \w+){0,3}? (?:more and more|all the time|lately|a lot|constantly)|(?:getting|am|i am) "
    r"(?:worried|scared|afraid|concerned) about my memory|my memory (?:is )?(?:slipping|going|"
    r"getting worse)",
    r"(?:left|leaving|leave) the (?:stove|oven|burner|gas|iron|water) (?:on|running)(?: \w+){0,3}?"
    r" (?:again|twice|three times|this week)|(?:twice|again|three times)(?: \w+){0,3}? left the "
    r"(?:stove|oven|burner|gas) on",
    r"(?:me olvido|se me olvidan|olvido|me estoy olvidando) (?:de )?(?:las cosas|todo|los "
    r"nombres|donde)|(?:deje|dejo) (?:la olla|el gas|la llave del gas|la estufa|el horno|la "
    r"hornalla|la hornilla|el fuego)(?: \w+){0,3}? (?:en el fuego|prendid[oa]|encendid[oa]|"
    r"abiert[oa])",
    # panic said through the body
    r"(?:chest|heart) (?:gets|get|got|goes|is|feels) (?:so |all )?(?:tight|racing|pounding)"
    r"(?: \w+){0,4}? (?:can not|cant|could not|couldnt) (?:catch|get) (?:my|a) (?:full )?breath|"
    r"(?:heart|chest) (?:races|pounds|tightens)(?: \w+){0,4}? (?:can not|cant) (?:catch|get) "
    r"(?:my|a) (?:full )?breath",
    r"(?:opresion|presion|un nudo|dolor) en el pecho(?: \w+){0,4}? (?:cada vez que|cuando|siempre "
    r"que) (?:pienso|me acuerdo|veo)|se me (?:aprieta|cierra) el pecho(?: \w+){0,3}? no puedo "
    r"respirar",
    # withdrawal, uselessness, loneliness
    r"(?:since|ever since|now that) i (?:retired|lost my job|stopped working)(?: \w+){0,8}? "
    r"(?:useless|worthless|pointless|no purpose|all day|do not know what to do)",
    r"(?:sit|sitting|lie|lying|stay|staying) (?:in|on) (?:the|my) (?:chair|recliner|couch|bed|"
    r"sofa) (?:most of |all )?(?:the )?day(?: \w+){0,4}? (?:feel|feeling) (?:useless|worthless|"
    r"empty|like a burden)",
    r"(?:keep|still) (?:setting|putting out|making|pouring) (?:the table for two|two (?:plates|"
    r"cups|mugs|places)|(?:his|her) (?:plate|cup|coffee))",
    r"(?:nobody|no one|no body) (?:calls|visits|comes by|writes)(?: \w+){0,6}? (?:anymore|now|in "
    r"(?:weeks|months|days))|(?:nobody|no one) has (?:called|visited|come by) in (?:weeks|months|"
    r"days)",
    r"(?:paso|pase|llevo) (?:dias|semanas) sin hablar con nadie|(?:casi )?no hablo con nadie|"
    r"nadie (?:me )?(?:llama|visita|escribe)(?: \w+){0,3}? (?:ya|nunca|desde)",
    # sleeping all day; drinking every night since a death
    r"(?:ando|estoy|paso|me paso) durmiendo todo el dia|duermo (?:todo el dia|\d+ horas)|sleeping "
    r"(?:all day|\d+ hours|12 14 hours)|sleep (?:all day|\d+ hours a day)",
    r"(?:tomo|bebo|me tomo|me bebo) (?:\w+ )?(?:todas las noches|cada noche)|(?:drink|pour)"
    r" (?:\w+ ){0,2}?(?:every night|each night|nightly)(?: \w+){0,4}? (?:since|to sleep|to get to "
    r"sleep)",
    # a high
    rf"(?:llevo|van|tengo) {_DAYS} (?:noches|dias) sin dormir(?: \w+){{0,4}}? (?:mil ideas|"
    r"ideas|energia|acelerad[oa]|como nunca)|(?:compre|gaste) (?:\w+ ){0,2}?(?:celulares|carros|"
    r"autos|telefonos)(?: \w+){0,3}? (?:empresa|negocio|esta semana|hoy)|mil ideas",
    rf"(?:have not|havent|had not) slept (?:in|for) (?:like )?{_DAYS} (?:days|nights)"
    r"(?: \w+){0,3}? (?:but|and) (?:i )?(?:feel|am feeling) (?:amazing|great|incredible|on top "
    r"of the world|unstoppable)|(?:started|starting) \w+ (?:businesses|companies)|thoughts are "
    r"(?:going|racing) so fast",
    # unreal, losing time
    r"(?:feel|feels|feeling|felt) like (?:i am|im) (?:not real|watching myself|in a dream|in a "
    r"movie|outside (?:my|of my) body)|(?:zoning|spacing) out and losing time|losing (?:chunks "
    r"of )?time",
    r"(?:siento|sentia) (?:que|como si) no (?:soy|fuera|fuese) yo|como (?:si estuviera|en un) "
    r"(?:sonando|sueno)(?: despiert[oa])?",
]
