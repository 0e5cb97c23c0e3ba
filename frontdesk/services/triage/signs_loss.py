"""Warning signs read on the whole message, before idioms and grief are masked, English and
Spanish side by side.

The guards mask a death in the family ("my grandma passed", "murió mi hijo") and a dying
feeling ("I feel like I'm dying") as no crisis of the client's own, and that is right for grief
and panic alone. Beside a wish to follow or to let it happen they are the warning sign itself,
so these families are looked for on the text as written:
- wanting to join or be with someone who died ("since dad died I keep thinking I should just
  join him", "my brother passed and I just wanna be where he is", "desde que murió mi hijo solo
  pienso en reunirme con él", "falleció mi abuela y quiero irme con ella"); missing them or
  crying for them stays clinical;
- a dying feeling welcomed ("feel like I'm dying and I want it to happen", "siento que me
  muero y ojalá fuera cierto");
- a rope or cord already put somewhere ("the rope's already in the garage", "la soga ya
  está en la cochera");
- nothing mattering after a set day ("after today it won't matter", "después de hoy ya da lo
  mismo");
- a date picked while the thoughts or the safety plan fail ("the thoughts aren't passing and
  I picked a date", "nadie contesta y ya escogí la fecha");
- a vow to run someone over ("I swear I'll run him over", "te juro que lo atropello");
- a voice, or God, telling a new mother something about the baby ("God wants her to give the
  baby back", "una voz le dice que el niño no es suyo"): a psychosis after a birth.
"""

from __future__ import annotations

import re

_KIN = (r"(?:mom|mum|mother|mama|dad|father|papa|brother|sister|son|daughter|baby|wife|husband|"
        r"grandma|grandpa|granny|grandmother|grandfather|friend|boyfriend|girlfriend|partner|"
        r"fiance|fiancee|twin|ama|apa|mami|papi|madre|padre|hermano|hermana|hijo|hija|abuela|"
        r"abuelo|abuelita|abuelito|esposo|esposa|amigo|amiga|novio|novia|viejo|vieja|mujer|"
        r"marido|gemelo|gemela)")
_THEM = rf"(?:him|her|them|my {_KIN}|mom|dad|grandma|grandpa)"
_ELLOS = rf"(?:el|ella|ellos|ellas|mi {_KIN}|mis \w+)"

# Someone close who died (said any way, any tense).
_DIED = re.compile(
    r"\b(?:passed(?: away| on)?|died|is gone|was killed|lost (?:my|our) \w+|funeral|since "
    r"(?:my |our )?\w+ (?:died|passed|left us)|(?:se )?(?:me )?murio|fallecio|se (?:me )?fue|"
    r"perdi a (?:mi|mis)|su muerte|desde que (?:se )?(?:murio|fallecio|partio)|velorio|"
    r"entierro|in heaven|al cielo)\b")
# Wanting to follow them: to join, be with, be where they are, go with them.
_FOLLOW = re.compile(
    rf"\b(?:want|wanna|wish|need|long|should|ready|keep thinking|thinking|think about|thought "
    rf"about|just want|all i want)\w*(?: \w+){{0,4}}? (?:(?:go |just )?join(?:ing)? {_THEM}|"
    rf"(?:go |to go |and )?be with {_THEM}(?! (?:at|for|on|this|tomorrow|tonight|next|when|in "
    rf"the hospital|at the hospital))|be where (?:he|she|they) (?:is|are|went)|go (?:to )?where "
    rf"(?:he|she|they) (?:is|are|went)|follow {_THEM}|go with {_THEM}(?! (?:to|at|for)))\b"
    rf"|\b(?:quiero|quisiera|me quiero|ya me quiero|pienso en|solo pienso en|tengo ganas de|"
    rf"deseo|me gustaria|necesito)(?: \w+){{0,2}}? (?:irme con {_ELLOS}|ir con {_ELLOS}(?! (?:a|al"
    rf"|para))|reunirme con {_ELLOS}|alcanzar(?:lo|la|los)|seguir(?:lo|la|los)|estar con "
    rf"{_ELLOS} (?:otra vez|de nuevo|alla|en el cielo)|ir(?:me)? (?:a )?donde (?:esta|estan))\b")
# A dying feeling, then a wish that it come true.
_WELCOMED = re.compile(
    r"\b(?:feel(?:s|ing)? like i (?:am|m) (?:dying|going to die)|i (?:am|m) dying|siento que me "
    r"(?:muero|voy a morir|estoy muriendo)|me estoy muriendo)\b(?: \w+){0,3}? (?:and|but|y|pero)"
    r" (?:honestly |really |part of me |la verdad |(?:una )?parte de mi )?(?:i )?(?:want|wish|"
    r"hope|would welcome|welcome|would not mind|would not fight|quiero|ojala|deseo|no me "
    r"importaria)\b(?: \w+){0,3}? (?:happen\w*|true|real|"
    r"pase|sea (?:verdad|cierto|asi)|fuera (?:verdad|cierto)|passes|comes)\b"
    r"|\b(?:feel(?:s|ing)? like i (?:am|m) (?:dying|going to die)|siento que me (?:muero|voy a "
    r"morir))\b(?: \w+){0,3}? (?:and|y) (?:i )?(?:hope i do|hope so|ojala (?:si|asi sea|sea "
    r"asi))\b")
# A rope or cord already put somewhere at home.
_ROPE_PLACED = re.compile(
    r"\b(?:rope|ropes|noose|cord|extension cord|belt|soga|cuerda|lazo)(?: is| s| are)? (?:already"
    r"|all set|set up|tied|hanging|ready|ya)(?: \w+){0,2}? (?:in|on|at|from|up in|en|colgada en|"
    r"amarrada en|lista en) (?:the|my|el|la|mi) (?:garage|basement|attic|closet|shed|barn|tree|"
    r"beam|rafters?|stairwell|garaje|cochera|sotano|closet|arbol|viga|bodega|atico|patio)\b")
# Nothing mattering after a set day.
_AFTER_DAY = re.compile(
    r"\b(?:after|past|come|by) (?:today|tonight|tomorrow|this weekend|friday|saturday|sunday|"
    r"monday)(?: \w+){0,3}? (?:(?:it|that|this) (?:will not|wont|is not going to|does not|doesnt|"
    r"would not)|(?:nothing|none of (?:it|this|that)) (?:will|is going to|would|does)) matter\b"
    r"|\b(?:it|nothing|none of (?:it|this)) (?:will not|wont|is not going to) matter (?:anymore |"
    r"any more )?(?:after|past) (?:today|tonight|tomorrow|this weekend)\b"
    r"|\b(?:despues de|pasado|a partir de) (?:hoy|esta noche|manana|este fin)(?: \w+){0,2}? "
    r"(?:ya )?(?:da lo mismo|da igual|no (?:importa|va a importar|importara|me importa)|nada "
    r"(?:importa|va a importar))\b"
    r"|\b(?:ya )?(?:da lo mismo|da igual|nada (?:importa|va a importar)) (?:despues de|pasado) "
    r"(?:hoy|esta noche|manana)\b")
# A date or day picked ...
_PICKED_DATE = re.compile(
    r"\b(?:picked|chose|chosen|set|have|got|decided on|circled) (?:a|the|my) (?:date|day)\b"
    r"(?! (?:for|of|to|with|at) )"
    r"|\bya (?:escogi|elegi|tengo|puse|decidi) (?:la|el|una|un) (?:fecha|dia)\b"
    r"(?! (?:de|para|con) )")
# ... while the thoughts will not pass or the safety plan fails.
_FAILING = re.compile(
    r"\b(?:the |these |my |suicidal |dark )?thoughts (?:are not|arent|will not|wont|do not|dont|"
    r"keep not) (?:passing|going away|stopping|leaving|letting up)|thoughts (?:are )?(?:back|"
    r"worse|louder)|safety plan|no answer|nobody (?:answered|picked up)|no one (?:answered|"
    r"picked up)|los pensamientos no se (?:van|pasan|quitan)|plan de seguridad|nadie (?:contesta|"
    r"contesto|me contesta)|no contestan?\b")
# A vow to run someone over.
_RUN_OVER = re.compile(
    rf"\b(?:ill|i will|i ll|i am going to|im going to|gonna|i would|id|i d) (?:\w+ )?(?:run|"
    rf"drive) (?:{_THEM}|that \w+|the \w+) (?:over|down|off the road)\b"
    r"(?! (?:to|at|for|there|here|after)\b)"
    r"|\b(?:lo|la|los) (?:voy a )?(?:atropello|atropellar|atropellare|aplasto)\b"
    r"|\ble (?:paso|voy a pasar) (?:el carro|la camioneta|el coche|la troca) (?:por )?encima\b")
_MEANT = re.compile(
    r"\b(?:i swear|swear to god|not (?:joking|kidding)|not a joke|for real this time|i mean it|"
    r"te (?:lo )?juro|lo juro|juro que|no es (?:broma|chiste)|en serio|no estoy (?:bromeando|"
    r"jugando)|if (?:he|she|they|my \w+) (?:shows? up|comes?|touches|tries)|si (?:vuelve|viene|se "
    r"aparece|llega))\b")

# A voice, God or the devil telling her (or him) what to do about the baby.
_VOICE_BABY = re.compile(
    r"\b(?:a voice|voices|the voice|god|the devil|angels?|una voz|las voces|la voz|unas voces|"
    r"dios|el diablo|angeles?)(?: \w+){0,2}? (?:tells?|told|telling|wants?|wanted|says?|said|"
    r"is telling|le dice|le dijo|le pide|le pidio|quiere|le ordena|le dicen)\b(?: \w+){0,10}? "
    r"(?:the baby|her baby|his baby|the child|our baby|el bebe|la bebe|el nino|la nina|su bebe|"
    r"el nene|la nena|a la bebe|al bebe|al nino)\b")


def loss_signs(text: str) -> list[tuple[str, str, str]]:
    """(category, evidence, matched words) for each family above found in the normalised,
    unmasked text."""
    found = []
    if (follow := _FOLLOW.search(text)) and (died := _DIED.search(text)):
        found.append(("wish to be dead", "wanting to join someone who died",
                      f'"{died.group()}" + "{follow.group()}"'))
    if welcomed := _WELCOMED.search(text):
        found.append(("wish to be dead", "a dying feeling, welcomed", f'"{welcomed.group()}"'))
    if rope := _ROPE_PLACED.search(text):
        found.append(("means at hand", "a rope already put somewhere", f'"{rope.group()}"'))
    if after := _AFTER_DAY.search(text):
        found.append(("intent", "nothing mattering after a set day", f'"{after.group()}"'))
    if (picked := _PICKED_DATE.search(text)) and (failing := _FAILING.search(text)):
        found.append(("plan", "a date picked while the thoughts or the plan fail",
                      f'"{failing.group()}" + "{picked.group()}"'))
    if (run := _RUN_OVER.search(text)) and (meant := _MEANT.search(text)):
        found.append(("harm to others", "a vow to run someone over",
                      f'"{meant.group()}" + "{run.group()}"'))
    if voice := _VOICE_BABY.search(text):
        found.append(("command hallucination", "a voice or God telling a parent about the baby",
                      f'"{voice.group()}"'))
    return found
