"""Held-out list E: written blind to the rules by an independent writer (teens, parents, young adults), before
any rule change, run once. (text, intent, flag, category).

First run (rules at ea887e5, once, before any change): n=129  crisis recall 0.77 (37/48), precision 0.82, flag accuracy 0.84, intent accuracy 0.92
"""

from __future__ import annotations

EN = [
    # ---- crisis: wish_dead ----
    ("ngl i kinda just want to not wake up tmrw. like at all", "other", "crisis", "wish_dead"),
    ("everybody would honestly be better off if i wasnt around to mess everything up for them",
     "other", "crisis", "wish_dead"),
    # ---- crisis: intent_plan ----
    ("decided im doing it this weekend while my parents are at my aunts. not asking for help, "
     "i just wanted one person to know", "other", "crisis", "intent_plan"),
    ("gonna unalive myself after finals fr. im so done", "other", "crisis", "intent_plan"),
    # ---- crisis: method ----
    ("been looking up how many of my sertraline it would take. not for a school thing",
     "other", "crisis", "method"),
    ("cant stop thinking about the train tracks behind the school. like just standing there when it comes",
     "other", "crisis", "method"),
    # ---- crisis: place_means ----
    ("my dads gun safe code is his birthday. i figured it out today and hes gone till sunday",
     "other", "crisis", "place_means"),
    ("im on the top level of the parking garage on 5th rn. its really quiet up here",
     "other", "crisis", "place_means"),
    # ---- crisis: preparatory ----
    ("gave my switch and all my squishmallows to my little sister today. she doesnt need to know why",
     "other", "crisis", "preparatory"),
    ("wrote letters for everyone, theyre in my desk drawer. deleted my insta and tiktok too",
     "other", "crisis", "preparatory"),
    # ---- crisis: farewell ----
    ("thank u for everything dr m, u tried harder than anyone ever did. this is the last text youll get from me",
     "other", "crisis", "farewell"),
    ("tell my therapist it wasnt her fault ok. bye", "other", "crisis", "farewell"),
    # ---- crisis: third_party ----
    ("This is Maya's mom. She is not in her room, her phone is on the bed and there's a note that just "
     "says I'm sorry. Please call me", "other", "crisis", "third_party"),
    ("Hello, this is Ms. Alvarez, school counselor at Roosevelt High. Forwarding a concern per our release of "
     "information for your client Jordan B. (11th grade). A classmate showed us messages from last night in which "
     "Jordan says she has been 'practicing' with a belt in her closet and that she 'won't be at the game "
     "Friday.' We have called her father, who is on his way to the school. Please have someone from the practice "
     "call me back on the main school line as soon as possible.", "other", "crisis", "third_party"),
    ("my best friend just snapped a pic of a bunch of pills w the caption gn everyone and now shes not "
     "answering. shes one of ur patients her name is ava", "other", "crisis", "third_party"),
    # ---- crisis: violence_now ----
    ("hes hitting her again rn. im in the closet w my little brother pls", "other", "crisis", "violence_now"),
    ("my bf has my phone most of the time. he choked me last night and hes in the next room. dont call back",
     "other", "crisis", "violence_now"),
    # ---- crisis: harm_others ----
    ("if that kid says one more thing to me tmrw im bringing my brothers knife. i mean it this time",
     "other", "crisis", "harm_others"),
    ("I'm so close to hurting the baby when he won't stop screaming. I had to put him in the crib and walk "
     "outside. I'm shaking", "other", "crisis", "harm_others"),
    # ---- crisis: command ----
    ("the voice is back and its saying i have to cut to let the bad out. it gets louder when i ignore it",
     "other", "crisis", "command"),
    ("they are putting something in the water at my apartment i KNOW it i can taste it, im not drinking "
     "anything anymore until they stop", "other", "crisis", "command"),
    # ---- crisis: logistics ----
    ("C. wont matter much after this week anyway, i got everything sorted out 🙂", "confirm", "crisis",
     "logistics"),
    ("STOP. no more reminders. i wont need them where im going", "opt_out", "crisis", "logistics"),
    ("omw, like 10 min late sorry. sat in my car on the bridge for a while thinking about going over the rail",
     "late", "crisis", "logistics"),
    ("can we move it to thursday? mom took my door off bc i cut again last night and its a whole thing",
     "reschedule", "crisis", "logistics"),
    ("hiii ok so yes C for thursday at 4 i think?? my mom said she'd drive me but she also has work so maybe my "
     "aunt idk we'll figure it out. school has been soooo much lately we have a bio test and my group project "
     "partner ghosted us lol. oh also i gave my cat to my neighbor bc i wont be able to take care of her soon, "
     "shell be happier there. anyway can i bring my sketchbook to show dr lee? she asked about it last time",
     "confirm", "crisis", "logistics"),

    # ---- clinical ----
    ("been sleeping like 14 hrs a day and still exhausted, is that a med thing?", "question", "clinical",
     "clinical"),
    ("havent really left my room since sunday. not in a scary way i just cant make myself",
     "other", "clinical", "clinical"),
    ("Parent here. Ethan (14) has barely eaten since his grandpa passed, a few bites a day maybe. "
     "Should we bring that up Tuesday?", "question", "clinical", "clinical"),
    ("had 3 panic attacks at school this week and the nurse sent me home twice 😞", "other", "clinical",
     "clinical"),
    ("is it ok to have a couple drinks on the new med? my friends bday is saturday", "question", "clinical",
     "clinical"),
    ("the lexapro is making my hands shake a lot and i feel kinda spacey all day", "other", "clinical",
     "clinical"),
    ("C 👍 also fyi the nightmares are back, wanted dr k to know before", "confirm", "clinical", "clinical"),
    ("idk how to explain it i just feel numb all the time. not sad just nothing", "other", "clinical",
     "clinical"),
    ("my daughter has been crying every night since the breakup and skipping volleyball. she says shes fine "
     "but shes not", "other", "clinical", "clinical"),
    ("not suicidal or anything dont worry, just super burnt out and havent showered in like a week",
     "other", "clinical", "clinical"),
    ("My 9 yr old is having meltdowns every morning before school and says his tummy hurts. Pediatrician says "
     "nothing physical", "other", "clinical", "clinical"),
    ("my anxiety is SO bad lately i literally cant order at chipotle without my voice shaking",
     "other", "clinical", "clinical"),

    # ---- idiom ----
    ("LMAOOO im literally dead 💀 i thought my appt was today", "other", "none", "idiom"),
    ("my mom is gonna kill me if i miss another session so C", "confirm", "none", "idiom"),
    ("this heat is killing me, is the waiting room ac fixed yet", "question", "none", "idiom"),
    ("that therapy worksheet lowkey destroyed me 😭 in a good way tho", "other", "none", "idiom"),
    ("i could literally die of embarrassment, i called the receptionist mom last week", "other", "none",
     "idiom"),
    ("dying to tell dr s about my audition. I GOT THE PART", "other", "none", "idiom"),
    ("zoom link is dead?? the page just spins forever", "question", "none", "idiom"),
    ("ugh my phone died thats why i didnt answer, yes C for friday", "confirm", "none", "idiom"),
    ("my little brother shot me with a nerf dart during telehealth lol sorry about that", "other", "none",
     "idiom"),
    ("ok so update for dr r since she said to text if anything happened: i DIED at the talent show lmaooo like i "
     "forgot the second verse and just stood there frozen and everyone was screaming for me anyway so it was "
     "fine?? my best friend said i killed it and my mom cried (happy crying). im still kinda shaky but in a good "
     "way. also can we do 4:30 instead of 4 on tues bc of rehearsal", "reschedule", "none", "idiom"),

    # ---- media ----
    ("we had a suicide prevention assembly at school today, do u guys do group sessions for teens?",
     "question", "none", "media"),
    ("Hi, I'm the counselor at Westbrook High. We're hosting an Out of the Darkness walk on the 12th, would "
     "your practice want a table?", "question", "none", "media"),
    ("we have to watch 13 reasons why for english and write an essay on it. weird assignment ngl",
     "other", "none", "media"),
    ("my psych teacher made us memorize 988 today lol. anyway confirming thurs", "confirm", "none", "media"),
    ("saw on the news there was a shooting at the mall near you guys, is the office open today?",
     "question", "none", "media"),
    ("doing my history presentation on kurt cobain and the 27 club today so ill be like 5 min late",
     "late", "none", "media"),

    # ---- legal ----
    ("the lawyer says the restraining order went through so we're good. see you tues", "confirm", "none",
     "legal"),
    ("my dad is executing my grandmas will this week so we need to reschedule", "reschedule", "none",
     "legal"),
    ("had to testify as a witness in a hit and run case today and court ran over. can i come next week",
     "reschedule", "none", "legal"),
    ("does insurance still cover it if the sessions are court ordered?", "question", "none", "legal"),

    # ---- intent edge cases ----
    ("omw! traffic is insane, like 10 min", "late", "none", "intent"),
    ("Confrim", "confirm", "none", "intent"),
    ("resceduel pls", "reschedule", "none", "intent"),
    ("oops i hit stop by accident can u turn my reminders back on", "opt_in", "none", "intent"),
    ("who is this?? please stop texting me, wrong number", "opt_out", "none", "intent"),
    ("whats the parking situation at the new office", "question", "none", "intent"),
    ("yep ill be there", "confirm", "none", "intent"),
    ("cant make it today my car broke down sorry 😩", "cancel", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("hey its lilys mom, can we switch to the 4pm slot on wed", "reschedule", "none", "intent"),
    ("idk what this is i never signed up, take me off the list", "opt_out", "none", "intent"),

    # ---- ordinary ----
    ("thx!!", "other", "none", "ordinary"),
    ("happy thanksgiving to everyone at the office 🦃", "other", "none", "ordinary"),
    ("dr p said to tell u guys i made honor roll 🥳", "other", "none", "ordinary"),
    ("lol my dog just tried to eat my phone", "other", "none", "ordinary"),
]

ES = [
    # ---- crisis: wish_dead ----
    ("todos estarían mejor sin mí, neta. nomás soy un estorbo pa mi familia", "other", "crisis", "wish_dead"),
    ("tía no puedo más, solo quiero desaparecer y no volver nunca", "other", "crisis", "wish_dead"),
    # ---- crisis: intent_plan ----
    ("ya tengo el plan, like literally nobody is gonna stop me esta vez", "other", "crisis", "intent_plan"),
    ("me voy a quitar la vida despues de la graduación, ya no hay vuelta atrás", "other", "crisis",
     "intent_plan"),
    # ---- crisis: method ----
    ("he estado buscando cuantas pastillas de clonazepam hacen falta, y no es pa un trabajo de la escuela",
     "other", "crisis", "method"),
    # ---- crisis: place_means ----
    ("estoy parado en el puente de la autopista, no se que hago aqui", "other", "crisis", "place_means"),
    ("mi papá dejó la pistola en el buró y estoy sola en la casa toda la noche", "other", "crisis",
     "place_means"),
    # ---- crisis: preparatory ----
    ("mano le regalé mi play y mis tenis a mi primo, ya yo no los voy a necesitar", "other", "crisis",
     "preparatory"),
    ("ya dejé escritas las cartas pa mi mamá y mis hermanos, están debajo de la almohada", "other", "crisis",
     "preparatory"),
    # ---- crisis: farewell ----
    ("gracias por todo de verdad. cuiden mucho a mi mamá. adiós 🤍", "other", "crisis", "farewell"),
    # ---- crisis: third_party ----
    ("Buenas, soy la mamá de Sofía. No llegó a dormir, no contesta el teléfono y encontré una carta en su "
     "cuarto donde dice que lo siente. Por favor ayúdenme", "other", "crisis", "third_party"),
    ("Hola, soy orientadora del colegio. Un alumno suyo, Mateo, le contó a una compañera que tiene una cuerda "
     "guardada en el clóset para esta noche. Ya avisamos a los papás, favor de comunicarse conmigo.",
     "other", "crisis", "third_party"),
    # ---- crisis: violence_now ----
    ("mi padrastro le está pegando a mi mamá ahorita y no deja salir a nadie, estoy encerrada en el baño",
     "other", "crisis", "violence_now"),
    ("el novio de mi hermana nos tiene encerradas y dice que si llamo a la policia nos va a ir peor. no me "
     "llamen a este numero porfa", "other", "crisis", "violence_now"),
    # ---- crisis: harm_others ----
    ("si el wey ese vuelve a tocar a mi hermana le meto el cuchillo, ya lo traigo en la mochila",
     "other", "crisis", "harm_others"),
    ("Soy el papá de Luis. Agarró mi machete y dice que va a buscar al muchacho que le pegó, ya se salió de "
     "la casa", "other", "crisis", "harm_others"),
    # ---- crisis: command ----
    ("las voces me dicen que tengo que lastimar a mi hermanito pa que se salve, no se callan",
     "other", "crisis", "command"),
    # ---- crisis: logistics ----
    ("Confirmo. igual ya no va a importar mucho, ya arreglé todo 🙂", "confirm", "crisis", "logistics"),
    ("cancelo la cita, para el martes ya no voy a estar", "cancel", "crisis", "logistics"),
    ("BAJA. ya no me manden nada, a donde voy no hace falta", "opt_out", "crisis", "logistics"),
    ("voy tarde, me quedé un rato en la azotea del edificio pensando si aventarme", "late", "crisis",
     "logistics"),
    ("hola buenas es para confirmar la cita del lunes mi mama me dijo que escribiera yo misma asi que aqui "
     "estoy este fin de semana fue raro fuimos donde mi abuela en bayamon y todo bien pero yo ya tengo guardadas "
     "las pastillas de mi abuela en una media debajo del colchon por si acaso no se por que les cuento esto "
     "bueno confirmo el lunes a las 3 gracias", "confirm", "crisis", "logistics"),

    # ---- clinical ----
    ("no he podido dormir casi nada, como 3 horas por noche desde hace dos semanas", "other", "clinical",
     "clinical"),
    ("la sertralina me da muchas náuseas y mareo, ¿es normal?", "question", "clinical", "clinical"),
    ("desde que murió mi abuelita no tengo ganas de nada, solo lloro", "other", "clinical", "clinical"),
    ("me dio un ataque de pánico en el metro y me tuve que bajar, sentía que me moría", "other", "clinical",
     "clinical"),
    ("llevo como 4 dias sin salir de la cama, no es nada grave solo no puedo", "other", "clinical",
     "clinical"),
    ("¿puedo tomar unas chelas con la medicina nueva? es el cumple de mi compa", "question", "clinical",
     "clinical"),
    ("Confirmo el jueves. Le comento que Diego ha estado muy irritable y con pesadillas", "confirm",
     "clinical", "clinical"),
    ("Buenas tardes. Les escribe la mamá de Valentina (16). Quería avisarles antes de la cita del miércoles que "
     "estas últimas semanas la he notado muy apagada: duerme muchísimo, casi no sale de su cuarto, dejó el "
     "equipo de vóley y come muy poco. No ha dicho nada preocupante ni creo que esté en peligro, pero sí me "
     "gustaría que la doctora lo supiera. También quería saber si puedo entrar yo unos minutos al final. "
     "¿Sería posible? Muchas gracias por todo.", "question", "clinical", "clinical"),

    # ---- idiom ----
    ("me muero de sueño jaja pero ahí estaré, confirmo", "confirm", "none", "idiom"),
    ("qué bochorno, no aguanto más este calorón, ¿la sala de espera tiene clima?", "question", "none", "idiom"),
    ("mi mamá me va a matar si no llego, ya voy corriendo", "late", "none", "idiom"),
    ("me morí de risa con el cartel nuevo de la sala de espera jajaja", "other", "none", "idiom"),
    ("tía que me he quedado muerta, pensaba que la cita era mañana", "other", "none", "idiom"),
    ("se me murió el cel por eso no contesté. si confirmo", "confirm", "none", "idiom"),
    ("estoy muerto de cansancio despues del partido, llego como 10 min tarde", "late", "none", "idiom"),
    ("mi jefe me va a fusilar si salgo temprano otra vez, mejor cambiamos la cita", "reschedule", "none",
     "idiom"),

    # ---- media ----
    ("en la escuela dieron una plática sobre prevención del suicidio y nos dieron un folleto de ustedes, "
     "¿atienden adolescentes?", "question", "none", "media"),
    ("salió en el noticiero que hubo una balacera cerca de la clínica, ¿siguen atendiendo hoy?", "question",
     "none", "media"),
    ("tengo que leer Crónica de una muerte anunciada pa literatura y no he empezado jaja", "other", "none",
     "media"),

    # ---- legal ----
    ("mi abogado dice que ya retiraron los cargos, entonces ya no necesito la carta. gracias", "other", "none",
     "legal"),
    ("tengo audiencia en el juzgado por lo de la custodia, se puede mover la cita?", "reschedule", "none",
     "legal"),
    ("la policía ya levantó el acta del choque, nadie salió herido, todo bien. llego un poco tarde", "late",
     "none", "legal"),

    # ---- intent edge cases ----
    ("confirmó", "confirm", "none", "intent"),
    ("reagendar x fa", "reschedule", "none", "intent"),
    ("le di a STOP sin querer, me pueden volver a mandar los recordatorios?", "opt_in", "none", "intent"),
    ("numero equivocado, por favor ya no me escriban", "opt_out", "none", "intent"),
    ("voy en camino, hay un tráfico horrible", "late", "none", "intent"),
    ("no voy a poder ir hoy, se me enfermó el niño", "cancel", "none", "intent"),
    ("¿Cuánto cuesta la consulta si no tengo seguro?", "question", "none", "intent"),
    ("confirm pa el martes, see u there 🙌", "confirm", "none", "intent"),

    # ---- ordinary ----
    ("mil gracias!!", "other", "none", "ordinary"),
    ("feliz navidad a todo el equipo 🎄", "other", "none", "ordinary"),
    ("wepa, mi nena pasó todas las clases 🎉 díganle a la doctora", "other", "none", "ordinary"),
]
