"""Guards for the crisis flag, English and Spanish: care work, faith and grief, the news, and
self-harm urges met with a coping skill.

Families, not phrases:
- care work: a nurse or aide who lost a patient to suicide (clinical: it weighs on them, it is
  no act of theirs); counting, drawing up or giving morphine and fentanyl on a shift or at the
  pharmacy (no symptom: NOT_CLINICAL);
- faith language about someone else's death ("our pastor's wife went home to the Lord", "mi
  abuela partió con el Señor"): no crisis, and the learned layer is not asked; a wish of one's
  own said in faith language stays a crisis (flags_sideways);
- grief said as a habit or a blow ("no point cooking for one", "se murió mi papá y me pegó
  durísimo") and loneliness ("the only voice I hear is the TV"): clinical, not a crisis;
- the news, a series or a trial: "heard on the radio about the fellow who jumped", "la serie
  del tipo que envenena a la familia", "testigo en el juicio por el homicidio";
- a death wish over an everyday mishap ("me quiero matar, me olvidé el DNI"), a beating at
  sports ("nos mataron 4-0", "our team got slaughtered"), "my back is murdering me", "I'd rather
  die than do another zoom";
- self-harm urges met with a coping skill ("urges to cut but I did the ice cube thing") and
  anniversaries of not harming ("three years since I last cut", "hace dos años que no me
  autolesiono", "de chamaca me cortaba pero ya tengo años sin hacerlo"): clinical.
Masked before the crisis rules run, so the rest of the message is still read: a real warning
sign beside them ("... and I've saved my pills") keeps it a crisis.
"""

from __future__ import annotations

_PATIENT = (r"(?:patient|resident|client|kid|man|woman|guy|lady|boy|girl|paciente|residente|"
            r"chico|chica|muchacho|muchacha|senor|senora)")
_CONTROLLED = (r"(?:morphine|oxycodone|oxy|fentanyl|hydromorphone|dilaudid|methadone|"
               r"narcotics|opioids|controlled substances|controlled|patches|morfina|fentanilo|"
               r"oxicodona|metadona|opioides|estupefacientes|controlados|parches)")
_SHIFT = (r"(?:pharmacy|hospice|shift|unit|ward|floor|patients?|audit|nursing home|hospital|"
          r"med cart|pyxis|farmacia|guardia|turno|sala|planta|pacientes?|residencia|hospicio)")
_HEAVEN = (r"(?:the lord|jesus|god|glory|heaven|his maker|her maker|the father|our father|the "
           r"angels)")
_DIED_TO = (r"(?:partio|se fue|descansa|esta|ya esta|se encuentra) (?:con|en la gloria de|en "
            r"los brazos de|en la presencia de|en paz con|en el cielo con) (?:el senor|dios|"
            r"diosito|nuestro senor|jesus|la virgen)")
_NEWS = (r"(?:radio|news|paper|newspaper|tv|television|facebook|noticias|noticiero|periodico|"
         r"diario|tele|television)")
_SOMEONE = (r"(?:fellow|guy|man|woman|lady|kid|boy|girl|teen|farmer|soldier|vet|senor|senora|"
            r"hombre|mujer|muchacho|muchacha|chico|chica|joven|vecino|vecina|tipo|senora)")
_SELF_HARM = (r"(?:cut|cutting|hurt myself|hurting myself|burn|burning|burn myself|harm "
              r"myself|self harm|cortarme|lastimarme|quemarme|hacerme dano|autolesionarme)")
_COPING = (r"(?:holding (?:on|off|ice|it)|doing the ice|did the ice|used the ice|ice cube|"
           r"holding an ice|rubber band|snapped the band|texted|called|using my skills|using "
           r"the skills|riding it out|sitting with it|aguantando|resistiendo|hice lo del hielo|"
           r"use (?:el|la|los) (?:hielo|liga)|con hielo|le escribi|llame|mis herramientas)")
# A chore done for oneself alone since a death: "no point cooking for one".
_CHORE_FOR_ONE = (r"(?:in |of )?(?:cooking|making (?:dinner|supper|meals?|food|the bed)|eating|"
                  r"fixing (?:dinner|supper|meals?)|setting the table|getting dressed|dressing up|"
                  r"cleaning|baking)(?: \w+){0,3}? (?:for one|for just me|just for me|alone|by "
                  r"myself|for myself)")
_GONE_SINCE = (r"(?:years?|months?|weeks?|days?|anos|meses|semanas|dias)")

IDIOMS = [
    # faith language about someone else's death
    rf"(?:went|has gone|had gone|was called|got called|passed on|passed|gone) (?:on )?"
    rf"(?:home )?to (?:be with )?{_HEAVEN}",
    rf"(?:mi|nuestra|nuestro|su|la|el) (?:\w+ ){{0,3}}?{_DIED_TO}|(?:dios|el senor|diosito) se "
    r"(?:lo|la) llevo",
    # the news about someone else
    rf"{_NEWS} (?:\w+ ){{0,4}}?(?:about|on|de|sobre|del|de la) (?:the|a|that|this|el|la|un|una|"
    rf"ese|esa) (?:\w+ )?{_SOMEONE} (?:\w+ )?(?:who|that|que) (?:\w+ ){{0,2}}?(?:jumped|jumps|"
    r"killed|shot|hanged|drowned|died|overdosed|se tiro|se mato|se suicido|se ahorco|se ahogo)"
    r"(?: (?:off|from|del|de la|desde|in|into|en|al) (?:a |the |el |la )?(?:\w+ ){0,2}?\w+)?",
    # a series or a trial someone else's crime is in
    r"(?:serie|novela|pelicula|show|series|movie|documental|documentary) (?:\w+ ){0,2}?(?:del|de "
    rf"la|about the|about a|where the|where a) {_SOMEONE} (?:que|who|that) (?:\w+ )?(?:envenena|"
    r"enveneno|mata|mato|poisons|poisoned|kills|killed|murders|murdered)",
    r"(?:juicio|caso|audiencia|declarar|testigo|testificar|declaracion|trial|hearing|testify|"
    r"testifying|witness)(?: \w+){0,5}? (?:por|de|del|sobre|for|in|about|on) (?:el |la |the |a )?"
    r"(?:homicidio|asesinato|muerte|feminicidio|homicide|murder|killing|shooting)",
    # a death wish over an everyday mishap, said first
    r"(?:ay |uy |uf |lol )?me quiero (?:matar|morir)(?: lol)?(?= (?:\w+ ){0,2}?(?:me olvide|se me "
    r"olvido|olvide|deje|perdi|se me quedo|se me paso))",
    # a beating at sports, "my back is murdering me", "rather die than another zoom"
    r"(?:team|we|they|game|match|squad|club|equipo)(?: \w+){0,2}? (?:got|get|were|was|are "
    r"getting|is getting) (?:absolutely |totally |just |so )?(?:slaughtered|murdered|destroyed|"
    r"massacred|crushed|killed)",
    r"nos (?:mataron|masacraron|destrozaron|golearon|bailaron|humillaron)(?= (?:\d|en el|el "
    r"partido|otra vez|de nuevo))",
    r"(?:is|are|was|were|s|been|keeps|keep) (?:absolutely |just |literally |really )?"
    r"(?:murdering|slaughtering|destroying) me",
    r"i (?:would|d) (?:rather|sooner) (?:die|be dead|drop dead)(?= than (?:(?:do|doing|sit "
    r"through|sitting through|attend|attending|have|having|take|taking|go to|going to|join|"
    r"joining|watch|watching|eat|eating|wear|wearing|use|using) )?(?:another|one more|more) )",
    r"prefiero (?:morirme|morir|estar muert[oa])(?: antes)? (?:que|a) (?=(?:otra|otro|hacer|ir|"
    r"volver a|tener|sentarme)\b)",
]

# At least clinical: grief, loneliness, care work, urges met with a skill, harm long past.
NEGATED_CRISIS = [
    rf"(?:lost|lose|losing) (?:a|one of (?:my|our)|my|our) (?:\w+ )?{_PATIENT}s? to suicide",
    rf"se (?:nos |me )?(?:suicido|mato|quito la vida) (?:un|una|el|la) (?:\w+ )?{_PATIENT}",
    # grief said as a blow or a habit; loneliness
    r"(?:murio|fallecio|se fue|perdi|muerte|aniversario|hace un ano)(?: \w+){0,8}? (?:me|nos) "
    r"(?:pego|dio|golpeo) (?:durisimo|muy duro|duro|fuerte|fuertisimo|bien duro|bien fuerte)",
    rf"(?:do not|dont|no|can not|cant) see (?:the |much |any )?point {_CHORE_FOR_ONE}",
    rf"(?:no|not much|little) point {_CHORE_FOR_ONE}",
    r"no (?:le )?veo (?:el )?sentido (?:a|de) (?:cocinar|hacer de comer|poner la mesa|arreglarme)"
    r"(?: \w+){0,3}? (?:para (?:un[oa]|mi sol[oa]|mi)|sol[oa])",
    r"(?:the )?only (?:voice|voices|company|one) i (?:hear|have|talk to)(?: \w+){0,3}? (?:is|are|"
    r"comes from) (?:the |my )?(?:tv|television|radio|dog|cat|news)",
    # self-harm urges met with a skill
    rf"(?:urges?|want|wanting|wanted|ganas|tentad[oa]) (?:\w+ ){{0,3}}?(?:to |de )?{_SELF_HARM}"
    rf"(?: \w+){{0,5}}? (?:but|pero) (?:\w+ ){{0,4}}?{_COPING}",
    # anniversaries of not harming
    rf"{_GONE_SINCE} (?:\w+ ){{0,2}}?since i (?:last )?(?:cut|hurt|burned|harmed|self "
    r"harmed)(?: myself)?",
    r"(?:have not|had not|havent) (?:cut|hurt|harmed|burned)(?: myself)? (?:in|for|since) (?:\w+ )"
    r"{0,2}?(?:years?|months?|a long time)",
    rf"(?:hace|llevo|van|ya van|tengo|cumplo) (?:\w+ ){{0,2}}?{_GONE_SINCE} (?:que no|sin) (?:me )?"
    r"(?:autolesion\w*|cort\w*|lastim\w*|quem\w*|hacerme dano)",
    r"(?:de chamac[oa]|de chic[oa]|de nin[oa]|de adolescente|de joven|de morr[oa]|de pelad[oa]|"
    r"de carajit[oa]|de pequen[oa]|de escuincl[ea]) me (?:cortaba|lastimaba|quemaba)",
]

# After a negated crisis: "but it's been years", "pero ya tengo años sin hacerlo".
SOFT_BUT = (r"(?:but|pero) (?:ya )?(?:tengo|llevo|van|hace|it has been|it is been|its been|been) "
            r"(?:\w+ )?(?:anos|meses|years|months|tiempo|a long time|a while)")

# Care work with controlled drugs is no symptom of the client's.
NOT_CLINICAL = [
    rf"(?:counting|counting out|count|counted|drawing up|drew up|drawing|giving|gave|pushing|"
    rf"wasting|dispensing|filling|stocking|recuento de|recontando|contando|administrando|"
    rf"preparando|dispensando) (?:\w+ ){{0,3}}?{_CONTROLLED}(?: (?:and|y|&) (?:\w+ )?"
    rf"{_CONTROLLED})*(?= (?:\w+ ){{0,8}}?{_SHIFT}\b)",
    rf"{_SHIFT}(?: \w+){{0,10}}? (?:counting|counting out|count|drawing up|drew up|drawing|giving|"
    rf"gave|pushing|wasting|dispensing|filling|stocking|recuento de|recontando|contando|"
    rf"administrando|preparando|dispensando) (?:\w+ ){{0,3}}?{_CONTROLLED}(?: (?:and|y|&) (?:\w+ )?"
    rf"{_CONTROLLED})*",
    # a game or a show, not a symptom
    r"zombie (?:game|movie|show|series|film|apocalypse)|(?:juego|videojuego|pelicula|serie) de "
    r"zombies?",
    r"binge\w* (?:watch\w*|a show|the show|a series|the series|netflix|tv|shows|episodes|a season"
    r"|la serie|series)|binge watch\w*|maratoneando|maraton de (?:series|la serie)",
]
