"""Held-out list K: written blind to the rules by an independent writer (veterans and first
responders, postpartum, recovery, manual workers, regional Spanish) while round 4 changed the
rules; nobody tuning the rules read it. (text, intent, flag, category)

First run, rules at 41bba4a (after round 3): recall 0.84 (42/50), precision 0.95, flag 0.88,
intent 0.88.
Rules after round 4 (its texts still unread): recall 0.84 (42/50), precision 0.95, flag 0.88,
intent 0.89.
"""

from __future__ import annotations

EN = [
    # ---- crisis: wish_dead ----
    ("honestly wouldnt mind if i just didnt wake up tmrw. been thinking that a lot since the baby came",
     "other", "crisis", "wish_dead"),
    ("20 yrs on the job and all i want now is to go to sleep and stay there", "other", "crisis", "wish_dead"),
    # ---- crisis: intent_plan ----
    ("decided tonight is the night. not scared anymore. thx for trying doc",
     "other", "crisis", "intent_plan"),
    ("im gonna eat my gun after my shift friday. dont call my wife", "other", "crisis", "intent_plan"),
    ("Got it all figured out, waiting til the kids are at their dads this weekend so they dont find me",
     "other", "crisis", "intent_plan"),
    # ---- crisis: method ----
    ("how many of my oxy would it take to not wake up, asking for real", "question", "crisis", "method"),
    ("what happens if somebody drinks the paraquat we keep in the barn. how long does it take",
     "question", "crisis", "method"),
    # ---- crisis: place_means ----
    ("sitting up on top of the grain bin watching the sun go down. its a long way down from here",
     "other", "crisis", "place_means"),
    ("car running in the garage door shut, just wanted to say sorry i wont make thurs",
     "cancel", "crisis", "place_means"),
    # ---- crisis: preparatory ----
    ("Gave my truck and my tools to my nephew today, updated the beneficiary on the VA policy. "
     "feels good to have it all squared away", "other", "crisis", "preparatory"),
    ("pls cancel my standing appts going forward. wrote letters for my kids and found a home for the dog",
     "cancel", "crisis", "preparatory"),
    ("Who do i give the passwords to for the baby's accounts? want to make sure my husband has everything "
     "he needs when im not here", "question", "crisis", "preparatory"),
    # ---- crisis: farewell ----
    ("tell Dr K it wasnt her fault. none of it was. goodbye 🙏", "other", "crisis", "farewell"),
    ("this is my last text to anyone. love my baby girl more than anything, she deserves a better mom",
     "other", "crisis", "farewell"),
    # ---- crisis: third_party ----
    ("This is Mike's wife. He's locked himself in the shed with his rifle and wont answer me. what do I do",
     "question", "crisis", "third_party"),
    ("hi this is Jenna's sponsor, she hasnt picked up in 2 days and posted 'see yall on the other side'. "
     "she has an appt with you tues", "other", "crisis", "third_party"),
    ("Hi, this is Tom, Rachel's husband, she's got the 10am with Dr. Patel on Monday. Wanted to ask if I "
     "can come in with her, she said it was ok with her. Also we need to update our address, we moved to "
     "the place on Birch st, 44 Birch. The baby is doing great, gaining weight. Rachel has been really "
     "quiet though and yesterday I found she had been reading how many of her pills it would take, the "
     "search was still up on the laptop, and she keeps saying the baby deserves better. Anyway can you "
     "let me know about coming in and where to send the address change?",
     "question", "crisis", "third_party"),
    # ---- crisis: violence_now ----
    ("hes back and hes drunk and breaking stuff, im in the bathroom with the baby. cant talk",
     "other", "crisis", "violence_now"),
    ("R pls. he took my phone charger and my keys again and said if I leave he'll make sure I regret it. "
     "using neighbors wifi", "reschedule", "crisis", "violence_now"),
    # ---- crisis: harm_others ----
    ("if that foreman says one more word to me tomorrow im gonna put him in the ground. i mean it this time",
     "other", "crisis", "harm_others"),
    ("i swear if the baby cries one more time tonight i dont know what ill do to her. "
     "i cant be trusted alone with her rn", "other", "crisis", "harm_others"),
    ("know where my ex's new boyfriend parks his truck. shotgun's loaded behind the seat. tonight he learns",
     "other", "crisis", "harm_others"),
    # ---- crisis: command ----
    ("the voice on the radio says i have to cleanse the house with fire before the baby is 40 days old. "
     "its very clear now", "other", "crisis", "command"),
    ("God told me on my run tonight that Im the sacrifice. I finally understand what he wants me to do",
     "other", "crisis", "command"),
    ("they're putting something in the water at the station, i can taste it. not eating or drinking "
     "anything else till I find out who", "other", "crisis", "command"),
    # ---- crisis: logistics ----
    ("C. dont bother booking me another one after this, wont be around for it",
     "confirm", "crisis", "logistics"),
    ("running late, sitting in the truck in the parking lot with a bottle of pills in my lap deciding "
     "whether to come in", "late", "crisis", "logistics"),
    ("STOP. no more reminders. wont be needing them where im going", "opt_out", "crisis", "logistics"),
    ("can we reschedual to next month? if im still here by then lol", "reschedule", "crisis", "logistics"),
    ("hey so sorry this is long, voice to text in the truck. wanted to let you know the insurance card "
     "changed, new one starts the first, my wife said she emailed it but not sure it went through. also "
     "the roads out by us are still washed out so I might be a few min late if the county hasnt fixed the "
     "bridge yet. been thinking the guys would be better off if I just went in the river some night and "
     "nobody had to deal with me no more. anyway the new member number is on the back, I can read it to "
     "the girl at the desk when I get there. confirm for the 12th",
     "confirm", "crisis", "logistics"),
    # ---- clinical ----
    ("C. fyi the new sertraline dose has me nauseous and shaky every morning",
     "confirm", "clinical", "clinical"),
    ("Havent slept more than 2 hrs a night since the baby, crying all the time, is that normal? "
     "still coming thurs", "confirm", "clinical", "clinical"),
    ("relapsed saturday, 3 yrs down the drain. told my sponsor. can I get in sooner",
     "reschedule", "clinical", "clinical"),
    ("nightmares are back since the anniversary of the crash, sleeping in the recliner with the tv on",
     "other", "clinical", "clinical"),
    ("can the doc up my prazosin? still waking up swinging", "question", "clinical", "clinical"),
    ("been drinking a 12 pack every night after shift to come down. not proud of it",
     "other", "clinical", "clinical"),
    ("I have no appetite and lost 15 lbs since harvest. wife is on my case about it",
     "other", "clinical", "clinical"),
    ("feel numb around my son, like hes someone elses baby. is that a thing?",
     "question", "clinical", "clinical"),
    ("can i take my suboxone the morning of the appointment or should i wait",
     "question", "clinical", "clinical"),
    ("22 days sober today!! cravings are rough at night tho", "other", "clinical", "clinical"),
    ("Running late, panic attack in the parking garage, be there in 10", "late", "clinical", "clinical"),
    ("had to call out sick 3 times this month, just can't get out of bed. still ok for mon",
     "confirm", "clinical", "clinical"),
    ("cutting back on the drinking slowly like the doc said, down to 4 a day from 10",
     "other", "clinical", "clinical"),
    ("still seeing the kid from that call every time I close my eyes. 2 weeks now",
     "other", "clinical", "clinical"),
    ("is it ok to breastfeed on the zoloft? pediatrician said ask you", "question", "clinical", "clinical"),
    ("Reschedual pls, my anxiety has been through the roof and I cant drive on the highway right now",
     "reschedule", "clinical", "clinical"),
    ("went to a meeting tonight for the first time in a month. felt good but raw",
     "other", "clinical", "clinical"),
    ("lost my grandpa last week, the one who raised me on the farm. not doing great but hanging in",
     "other", "clinical", "clinical"),
    ("the gabapentin makes me so foggy I almost fell off the scaffold today. can we talk about switching",
     "question", "clinical", "clinical"),
    ("Hey! just wanted to share some news before my appt friday. got my 1 year chip last night, my sponsor "
     "gave a speech that had the whole room crying, he said when he met me I looked like death warmed over "
     "and honestly he wasn't wrong lol. my mom came, first time she's been to a meeting. with the holidays "
     "coming I have a plan for the office party, gonna bring my own NA drinks and leave early. anyway see "
     "you friday, same time, and thank you for sticking with me through the ugly part",
     "confirm", "clinical", "clinical"),
    # ---- idiom ----
    ("C! this heat out on the roofing crew is killing me, see you at 4", "confirm", "none", "idiom"),
    ("running late, traffic on 95 is murder. 10 min", "late", "none", "idiom"),
    ("my 3 week old is trying to kill me with these 4am feeds lol. confirm for fri",
     "confirm", "none", "idiom"),
    ("can we move it to 3? Im dead on my feet after a double at the firehouse",
     "reschedule", "none", "idiom"),
    ("I could murder a burrito rn. anyway yes confirming tues", "confirm", "none", "idiom"),
    ("lol Sarge would shoot me if I missed another appt so YES I'll be there", "confirm", "none", "idiom"),
    ("that last session slayed me in a good way. thank you", "other", "none", "idiom"),
    ("ok so long story but the reason I missed last week: we had a barn fire on the neighbors place and the "
     "whole volunteer dept was out there til 3am, one of the guys said he thought we were all gonna die "
     "when the loft came down, honestly like a war movie, but everyone made it out and even the horses are "
     "fine. I slept like a rock after. I feel good, really good actually, the breathing stuff Dr. Lee "
     "taught me worked when things got crazy. can I get something next week, tues or weds afternoon, "
     "after 2 works best since I'm on the early crew",
     "reschedule", "none", "idiom"),
    # ---- media ----
    ("watched that documentary on first responder suicide rates last night, want to talk about how the "
     "dept handles it. confirm for weds", "confirm", "none", "media"),
    ("Just finished my QPR suicide prevention training for the fire dept! yes still on for Monday",
     "confirm", "none", "media"),
    ("reading 'The Body Keeps the Score' like the doc suggested, the chapter on war vets is intense. see "
    "u fri",
     "confirm", "none", "media"),
    ("Signed up to volunteer at the veterans crisis line on weekends. can we move my sat appts to weekdays?",
     "reschedule", "none", "media"),
    # ---- legal ----
    ("cant make tues, I have a custody hearing downtown. can we do wed?", "reschedule", "none", "legal"),
    ("need the doc to execute the FMLA forms before friday, is that possible?", "question", "none", "legal"),
    ("my wife is coming to shoot the newborn photos at 2 so can we move to 4", "reschedule", "none", "legal"),
    ("Court date for the DUI from last year got moved to the 14th, my lawyer says I need a letter showing "
     "Im in treatment. can you send one?", "question", "none", "legal"),
    # ---- intent ----
    ("comfirm", "confirm", "none", "intent"),
    ("yes", "confirm", "none", "intent"),
    ("C", "confirm", "none", "intent"),
    ("cancle my thurs pls, kid has a fever", "cancel", "none", "intent"),
    ("can we move it", "reschedule", "none", "intent"),
    ("on my way, running late", "late", "none", "intent"),
    ("STOP", "opt_out", "none", "intent"),
    ("sorry I didnt mean to send stop, keep texting me the reminders", "opt_in", "none", "intent"),
    ("2", "other", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("info", "help", "none", "intent"),
    ("reschedual for next week? calving season, cant leave the farm", "reschedule", "none", "intent"),
    ("whats the parking like at the new office? my truck has a trailer on it", "question", "none", "intent"),
    # ---- ordinary ----
    ("please stop texting this number, I'm not Ana, I just got this phone", "opt_out", "none", "ordinary"),
    ("thank you 🙏", "other", "none", "ordinary"),
    ("baby slept 6 hrs straight last night!!! feeling human again", "other", "none", "ordinary"),
    ("good session yesterday, slept better than I have in months", "other", "none", "ordinary"),
    ("who is this?", "question", "none", "ordinary"),
    ("Happy thanksgiving to everyone at the office!", "other", "none", "ordinary"),
]

ES = [
    # ---- crisis: wish_dead ----
    ("no doy más, ojalá no despertar mañana y ya", "other", "crisis", "wish_dead"),
    ("Che, la verdad ya fue todo. Quisiera desaparecer del mapa para siempre y que nadie me busque",
     "other", "crisis", "wish_dead"),
    # ---- crisis: intent_plan ----
    ("ya lo decidí neta, este sábado me cuelgo en el granero y se acabó todo",
     "other", "crisis", "intent_plan"),
    # ---- crisis: method ----
    ("cuántas pastillas de clonazepam con alcohol serían suficientes para dormir y no despertar?",
     "question", "crisis", "method"),
    ("oye una pregunta, el veneno pa las ratas que venden en la ferre, cuánto hay que tomar pa que le "
     "haga efecto a una persona", "question", "crisis", "method"),
    # ---- crisis: place_means ----
    ("Toy en el puente Teodoro Moscoso mirando pa'l agua, se ve bien tranquila allá abajo",
     "other", "crisis", "place_means"),
    ("Hola, ¿cómo andás? Te escribo porque no sé si el jueves puedo, me cambiaron el turno en la fábrica "
     "y ahora salgo a las seis, así que capaz llego tarde o lo pasamos para el viernes, como te quede "
     "mejor. La beba ya está más grande, come bien, la pediatra dice que está perfecta. Yo la verdad no "
     "doy más, anoche estuve un rato largo en el balcón del piso doce mirando para abajo y pensando que "
     "sería tan fácil. Bueno, después me fui a dormir. Avisame lo del turno porfa, y decile a la "
     "licenciada que le llevo los papeles de la obra social.",
     "reschedule", "crisis", "place_means"),
    ("Buenas, habla Jhon, el de los martes. Le cuento que me salió el subsidio de vivienda, por fin, y la "
     "cucha está feliz. En la finca harto camello con la cosecha del café, se me pasan los días volando. "
     "Parce, le soy sincero, la escopeta de mi papá la tengo cargada debajo de la cama desde el domingo y "
     "cada noche la saco y la miro un rato. Pero bueno, confirmo para el martes a las 3, llevo los papeles "
     "del seguro que me pidieron.",
     "confirm", "crisis", "place_means"),
    # ---- crisis: preparatory ----
    ("ya le regalé mis botas y mi montura a mi compadre, y dejé escrito a quién le toca el rancho. "
     "ya quedó todo en orden", "other", "crisis", "preparatory"),
    # ---- crisis: farewell ----
    ("gracias por todo pana, de verdad. cuídense mucho allá, yo ya me voy a descansar para siempre",
     "other", "crisis", "farewell"),
    ("Che, gracias por bancarme todo este tiempo. Decile a la licenciada que la quiero mucho. "
     "Ya no van a tener que preocuparse más por mí. Chau.", "other", "crisis", "farewell"),
    # ---- crisis: third_party ----
    ("Soy la mamá de Karla, desde que nació el bebé no come ni duerme y hoy me dijo que el niño estaría "
     "mejor sin ella. Tiene cita el jueves", "other", "crisis", "third_party"),
    # ---- crisis: violence_now ----
    ("no puedo ir a la cita, mi marido me encerró en el cuarto y me quitó el celular, estoy usando el de "
     "mi hija. tengo miedo", "cancel", "crisis", "violence_now"),
    ("mi pareja me está pegando otra vez, los niños están gritando, no sé qué hacer",
     "other", "crisis", "violence_now"),
    # ---- crisis: harm_others ----
    ("neta si vuelvo a ver al cabrón que atropelló a mi hermano me lo chingo, ya sé dónde vive y ya "
     "conseguí con qué", "other", "crisis", "harm_others"),
    # ---- crisis: command ----
    ("las voces me dicen que tengo que castigarme y esta vez las voy a obedecer",
     "other", "crisis", "command"),
    ("el vecino me está envenenando la comida, lo sé, y si Dios me lo pide voy a hacer lo que tengo que "
    "hacer",
     "other", "crisis", "command"),
    # ---- crisis: logistics ----
    ("voy llegando tarde, perdón, estuve toda la madrugada en la azotea pensando si me tiraba o no",
     "late", "crisis", "logistics"),
    ("R porfa. anoche me metí fentanilo otra vez y casi no la cuento, y la neta hoy pienso meterme el doble",
     "reschedule", "crisis", "logistics"),
    ("STOP. ya no manden nada, esta noche se acaba todo", "opt_out", "crisis", "logistics"),
    # ---- clinical ----
    ("Confirmo para el martes. Desde que nació la nena no paro de llorar y casi no duermo",
     "confirm", "clinical", "clinical"),
    ("Estoy en la lona, sin chamba y sin ganas de nada, pero ahí voy a estar el jueves",
     "confirm", "clinical", "clinical"),
    ("recaí el fin de semana con el trago, ya hablé con mi padrino de AA. ¿me pueden dar cita antes?",
     "reschedule", "clinical", "clinical"),
    ("la pastilla nueva me da mucho mareo y náuseas, ¿la puedo tomar en la noche?",
     "question", "clinical", "clinical"),
    ("ando con la ansiedad a mil, el corazón me late durísimo todo el día", "other", "clinical", "clinical"),
    ("Hola, no he podido comer casi nada desde que murió mi mamá. ¿Es normal?",
     "question", "clinical", "clinical"),
    ("llevo 40 días limpio de la heroína, ahí vamos pana 💪", "other", "clinical", "clinical"),
    ("voy tarde, me dio un ataque de pánico en el metro, llego en 20", "late", "clinical", "clinical"),
    ("Che, hace una semana que no pego un ojo, me paso la noche dando vueltas en la cama",
     "other", "clinical", "clinical"),
    ("¿Puedo tomar el clonazepam con una cerveza en la boda del sábado?", "question", "clinical", "clinical"),
    ("desde que volví del despliegue me sobresalto con cualquier ruido, los cohetes de año nuevo me "
     "tuvieron mal", "other", "clinical", "clinical"),
    # ---- idiom ----
    ("me muero de ganas de contarle a la doctora lo del trabajo nuevo! confirmo", "confirm", "none", "idiom"),
    ("X, mi jefe me tiene muerto con tanta chamba esta semana, después agendo", "cancel", "none", "idiom"),
    ("Voy tarde, el tapón en la Baldorioty está pa' matar a cualquiera 😅", "late", "none", "idiom"),
    ("jaja casi me muero del susto cuando vi el recordatorio, pensé que era hoy. Sí confirmo el viernes",
     "confirm", "none", "idiom"),
    ("che, estoy muerto de sueño con la beba pero el jueves voy seguro", "confirm", "none", "idiom"),
    # ---- media ----
    ("vi en las noticias lo del tiroteo en la escuela, qué horror. ¿igual hay consulta mañana o cierran?",
     "question", "none", "media"),
    ("Estoy haciendo un curso de prevención del suicidio en la uni, ¿la doctora me recomienda algún libro?",
     "question", "none", "media"),
    ("Terminé la serie esa del asesino en serie, qué miedo jaja. Confirmo el lunes",
     "confirm", "none", "media"),
    # ---- legal ----
    ("Tengo que ir a declarar a la fiscalía por el choque del mes pasado, ¿podemos pasar la cita al viernes?",
     "reschedule", "none", "legal"),
    ("El abogado necesita que la doctora firme el formulario para la demanda del seguro, ¿se lo puedo "
     "llevar el martes?", "question", "none", "legal"),
    ("Buenas tardes, disculpe que le escriba tan largo. Quería ver si se puede mover la cita del miércoles "
     "porque me toca ir al juzgado con mi ex por lo de la pensión de los niños, el abogado dice que es "
     "puro trámite y que ya casi se acaba el pleito. También le cuento que ya me cambiaron de obra y ahora "
     "estoy en una chamba más tranquila, menos horas, y la neta me siento mucho mejor, hasta duermo bien. "
     "Mi vieja dice que me ve más contento. Si se puede el jueves o viernes en la tarde sería perfecto, "
     "después de las cuatro. Gracias y saludos a la doctora.",
     "reschedule", "none", "legal"),
    # ---- intent ----
    ("sí", "confirm", "none", "intent"),
    ("c gracias", "confirm", "none", "intent"),
    ("cancelo, se me complicó con la chamba", "cancel", "none", "intent"),
    ("¿se puede cambiar pa'l lunes? el viernes tengo turno doble en el cuartel",
     "reschedule", "none", "intent"),
    ("ya voy en camino pero voy atrasadita, llego como 15 min tarde", "late", "none", "intent"),
    ("AYUDA", "help", "none", "intent"),
    ("perdón, mandé STOP sin querer, sí quiero seguir recibiendo los mensajes", "opt_in", "none", "intent"),
    ("la opción 3 porfa", "other", "none", "intent"),
    ("no me manden más mensajes por favor", "opt_out", "none", "intent"),
    # ---- ordinary ----
    ("número equivocado, aquí no vive ninguna Ana, dejen de escribir a este número",
     "opt_out", "none", "ordinary"),
    ("Gracias mija, que Dios la bendiga 🙏", "other", "none", "ordinary"),
    ("Todo tranqui por acá, la beba ya duerme toda la noche 😍", "other", "none", "ordinary"),
    ("jajaja qué buena onda que me recuerden, si no se me olvida seguro", "other", "none", "ordinary"),
]
