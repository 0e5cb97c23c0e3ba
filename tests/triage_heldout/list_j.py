"""Held-out list J: written blind to the rules by an independent writer (very short and fragmentary texts), before
any rule change, run once. (text, intent, flag, category).

First run by the lead (rules after round 3, once; nobody had seen them): n=125  crisis recall 0.88 (42/48), precision 0.91, flag accuracy 0.91, intent accuracy 0.90
"""

from __future__ import annotations

EN = [
    # --- crisis: wish to be dead (mostly no death word) ---
    ("wish i just didnt wake up tmrw tbh", "other", "crisis", "wish_dead"),
    ("everyone'd be better off w/o me around", "other", "crisis", "wish_dead"),
    ("lowkey want to unalive fr not joking this time", "other", "crisis", "wish_dead"),
    ("cant do this anymore. dont want to be here", "other", "crisis", "wish_dead"),
    # --- crisis: intent / plan ---
    ("tonight. decided. pls dont call", "other", "crisis", "intent_plan"),
    ("got it all worked out for sat once the kids r at their dads", "other", "crisis", "intent_plan"),
    # --- crisis: method ---
    ("how many of my sertraline would it take", "question", "crisis", "method"),
    ("been googling how tall the 5th st parking garage is and if thats enough", "other", "crisis", "method"),
    # --- crisis: place / means at hand ---
    ("sitting on the bridge rail rn", "other", "crisis", "place_means"),
    ("took dads gun out of the safe. its on the table in front of me", "other", "crisis", "place_means"),
    # --- crisis: preparatory ---
    ("gave my cat to my sister today. she'll take better care of her than me", "other", "crisis", "preparatory"),
    ("been saving my pills up for a few weeks now. have a good pile", "other", "crisis", "preparatory"),
    # --- crisis: farewell ---
    ("thank u for trying with me. really. goodbye dr k", "other", "crisis", "farewell"),
    ("tell thursday group i said bye. for good this time", "other", "crisis", "farewell"),
    # --- crisis: third party ---
    ("this is his mom. he left a note and isnt answering, his car is gone", "other", "crisis", "third_party"),
    ("my gf keeps saying tonights the night she does it and now shes not picking up", "other", "crisis",
     "third_party"),
    ("my roommate took a whole bottle of something and shes super sleepy and slurring", "other", "crisis",
     "third_party"),
    # --- crisis: violence now ---
    ("hes banging on the bathroom door im locked in here w the baby", "other", "crisis", "violence_now"),
    # --- crisis: harm to others ---
    ("if my ex shows at pickup again im stabbing him. knife's in my purse", "other", "crisis", "harm_others"),
    # --- crisis: command / delusional certainty ---
    ("the voices say i have to hurt the baby to save her", "other", "crisis", "command"),
    ("theyre putting something in my water i KNOW it. not eating or drinking anything here", "other", "crisis",
     "command"),
    ("God told me tonight i have to cleanse myself with fire", "other", "crisis", "command"),
    # --- crisis: logistics carrying a warning sign ---
    ("C. wont be around after that one anyway", "confirm", "crisis", "logistics"),
    ("X. doesnt matter, im not gonna be here next wk", "cancel", "crisis", "logistics"),
    ("STOP. u wont need to text me after tonight", "opt_out", "crisis", "logistics"),
    ("confirm. fyi gave away my guitar and all my records this week, dont need em", "confirm", "crisis",
     "logistics"),
    ("hey so can we push to next thurs, the car is in the shop again and my boss is being a nightmare about "
     "shifts, honestly everything is falling apart and i keep thinking about just driving into the river on "
     "the way home, anyway thurs after 4 would be best if theres anything open, or fri morning, also my insurance card "
     "changed in jan if u need the new one i can bring it, sorry for the long text lol i know u guys are busy", "reschedule", "crisis", "logistics"),

    # --- clinical ---
    ("havent left the apt in 2 wks", "other", "clinical", "clinical"),
    ("sleeping like 3 hrs a night lately", "other", "clinical", "clinical"),
    ("new med making me shaky + nauseous, normal??", "question", "clinical", "clinical"),
    ("can i drink on the new lexapro? wedding sat", "question", "clinical", "clinical"),
    ("panic attack in the parking lot, still shaking, be there in 5", "late", "clinical", "clinical"),
    ("moms funeral was fri. cant stop crying", "other", "clinical", "clinical"),
    ("barely eating. never hungry", "other", "clinical", "clinical"),
    ("in bed since sunday cant get up", "other", "clinical", "clinical"),
    ("C. things r rough lately, crying a lot", "confirm", "clinical", "clinical"),
    ("feel numb. like im watching myself from outside", "other", "clinical", "clinical"),
    ("havent slept in 2 days and started like 4 projects. is this the mania thing again", "question",
     "clinical", "clinical"),

    # --- idiom (harmless) ---
    ("phone died sorry!! just seeing this. still on for 2", "confirm", "none", "idiom"),
    ("omg im dyingggg 😂 ur receptionist is hilarious", "other", "none", "idiom"),
    ("rip my saturday. fine 9am works 💀", "confirm", "none", "idiom"),
    ("C!! boss will murder me for leaving early but worth it", "confirm", "none", "idiom"),
    ("this traffic is killing me, 10 min late", "late", "none", "idiom"),
    ("shoot me now, dentist is the same day lol. resched pls", "reschedule", "none", "idiom"),
    ("im so dead, totally forgot today 😭 sorry", "other", "none", "idiom"),
    ("the links dead on my end, whats the meeting id", "question", "none", "idiom"),
    ("dying to tell u about my trip haha. C", "confirm", "none", "idiom"),
    ("ok so today was a whole thing, my daughter has strep, the dog ate a sock, and my sister is gonna kill me "
     "if i miss her birthday dinner tues which is exactly when my appt is, so could we move it to wed or thurs "
     "afternoon?? anything after 3 works, sorry to be that person, "
     "and also (random) can u please tell me if the copay changed this year bc my statement looked weird, you guys are lifesavers "
     "honestly",
     "reschedule", "none", "idiom"),
    # --- media ---
    ("saw the suicide prevention walk flyer in the lobby, is the office doing a team?", "question", "none",
     "media"),
    ("daughters school had a suicide awareness assembly today. do u do family sessions", "question", "none",
     "media"),
    ("fwd: 988 now takes texts too. share with ur people 💚", "other", "none", "media"),
    ("that show where the girl kills herself in ep 1 is actually really good", "other", "none", "media"),
    # --- legal ---
    ("hearing got pushed, DA dropped the battery charge 🙌 can i come wed instead", "reschedule", "none",
     "legal"),
    ("lawyer needs proof of therapy for the custody hearing can u print a letter?", "question", "none", "legal"),
    ("late, jury duty on a murder trial lol cant leave yet", "late", "none", "legal"),
    ("cant do sat, hunting trip w my dad. mon?", "reschedule", "none", "legal"),
    # --- intent edge cases ---
    ("omw runing late", "late", "none", "intent"),
    ("cofirm", "confirm", "none", "intent"),
    ("resched pls", "reschedule", "none", "intent"),
    ("oops hit stop by accident, can u keep sending the reminders", "opt_in", "none", "intent"),
    ("wrong # i dont see any dr. take me off this", "opt_out", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("whats the address again", "question", "none", "intent"),
    ("Cc", "confirm", "none", "intent"),
    ("👍", "confirm", "none", "intent"),
    ("x", "cancel", "none", "intent"),
    # --- ordinary ---
    ("thx!!", "other", "none", "ordinary"),
    ("happy friday front desk ladies ☀️", "other", "none", "ordinary"),
    ("u guys are the best", "other", "none", "ordinary"),
]

ES = [
    # --- crisis: wish to be dead ---
    ("ya no quiero despertar", "other", "crisis", "wish_dead"),
    ("seria mejor pa todos si yo no estuviera", "other", "crisis", "wish_dead"),
    ("estoy cansada de vivir la vdd", "other", "crisis", "wish_dead"),
    # --- crisis: intent / plan ---
    ("ya lo decidí. esta noche", "other", "crisis", "intent_plan"),
    # --- crisis: method ---
    ("cuantas pastillas de clonazepam son demasiadas?", "question", "crisis", "method"),
    # --- crisis: place / means ---
    ("ya tengo la soga colgada en el cuarto", "other", "crisis", "place_means"),
    ("estoy en el puente del río no me llamen", "other", "crisis", "place_means"),
    # --- crisis: preparatory ---
    ("le regalé mis cosas a mi prima, ya no las voy a necesitar", "other", "crisis", "preparatory"),
    # --- crisis: farewell ---
    ("gracias por todo doctora. cuide a los demás por mí. adiós", "other", "crisis", "farewell"),
    ("díganle al grupo de los martes que los quise mucho 💔", "other", "crisis", "farewell"),
    # --- crisis: third party ---
    ("mi mamá se tomó todas sus pastillas y no despierta bien", "other", "crisis", "third_party"),
    ("dijo que lo iba a hacer hoy. mi hijo. no sé dónde está", "other", "crisis", "third_party"),
    # --- crisis: violence now ---
    ("mi esposo me está pegando ayúdenme", "other", "crisis", "violence_now"),
    ("mi padrastro tiene a mi hermanito encerrado y le esta pegando ahorita", "other", "crisis", "violence_now"),
    # --- crisis: harm to others ---
    ("si vuelve a tocar a mi hija le meto el cuchillo, ya lo tengo listo", "other", "crisis", "harm_others"),
    # --- crisis: command ---
    ("las voces me dicen que tengo que lastimar a mi mamá", "other", "crisis", "command"),
    ("me están envenenando la comida en la casa, estoy seguro. no voy a comer nada", "other", "crisis",
     "command"),
    # --- crisis: logistics ---
    ("C. la última, ya después no se van a tener que preocupar por mí", "confirm", "crisis", "logistics"),
    ("BAJA. ya no voy a estar pa cuando manden el otro", "opt_out", "crisis", "logistics"),
    ("llego tarde estaba en la azotea pensando en tirarme ya voy", "late", "crisis", "logistics"),
    ("hola buenas tardes disculpe que le escriba tan largo pero quería ver si me pueden cambiar la cita del "
     "miércoles para el lunes porque mi niño tiene junta en la escuela y mi suegra no lo puede recoger, y la "
     "verdad ya tengo las pastillas juntadas en el cajón por si acaso ya no aguanto, pero bueno, el lunes en "
     "la tarde me queda bien o el martes temprano, si no se puede pues el jueves, usted me dice, muchas gracias "
     "y disculpe la molestia", "reschedule",
     "crisis", "logistics"),

    # --- clinical ---
    ("no he salido de la casa en semanas", "other", "clinical", "clinical"),
    ("no duermo nada, 2 horas si acaso", "other", "clinical", "clinical"),
    ("la pastilla nueva me da mucho mareo es normal", "question", "clinical", "clinical"),
    ("puedo tomar cerveza con la sertralina? es el bautizo de mi sobrino", "question", "clinical", "clinical"),
    ("me dio un ataque de pánico en el metro, todavía tiemblo", "other", "clinical", "clinical"),
    ("desde que murió mi abuela no tengo ganas de nada", "other", "clinical", "clinical"),
    ("casi no como, se me quitó el hambre", "other", "clinical", "clinical"),
    ("llevo 3 dias en la cama", "other", "clinical", "clinical"),
    ("confirmo. ando muy bajoneada estos días", "confirm", "clinical", "clinical"),

    # --- idiom ---
    ("me muero del hambre, paso por unos tacos y llego 10 min tarde", "late", "none", "idiom"),
    ("ya valió queso 🤦‍♀️ se me olvidó la cita", "other", "none", "idiom"),
    ("uff no aguanto la calor de hoy, tienen aire en la oficina?", "question", "none", "idiom"),
    ("me mata el tráfico, voy tarde", "late", "none", "idiom"),
    ("mi jefe me va a matar si salgo temprano, se puede mas tarde?", "reschedule", "none", "idiom"),
    ("estoy muerta de cansancio pero ahi estare. confirmo", "confirm", "none", "idiom"),
    ("qué palizón anoche tío, nos mataron 5-0 jaja", "other", "none", "idiom"),
    ("me quiero morir de la vergüenza, fui el martes en vez del miércoles 😅", "other", "none", "idiom"),
    ("confirm pero me muero de sueño lol", "confirm", "none", "idiom"),
    ("ay mi amol tú sabe que ese jefe mío me tiene loca, hoy me dijo que si llego tarde otra vez me bota, y la "
     "guagua no pasa, y la nena con fiebre, así que mejor me la pasan pa la semana que viene, el jueves o el "
     "viernes, lo que tengan, que si no me muero, y "
     "dígale a la doctora que el jarabe de la nena no tiene nada que ver, es pa la tos, ya usted sabe cómo es esto, "
     "gracias mi amor que Dios me la bendiga",
     "reschedule", "none", "idiom"),
    # --- media ---
    ("vi en las noticias lo del chavo que se suicidó en la prepa, qué triste", "other", "none", "media"),
    ("en la escuela de mi hijo dieron una plática de prevención del suicidio, ustedes dan talleres?",
     "question", "none", "media"),
    ("reenviado: Línea de la Vida 800 911 2000, compártelo", "other", "none", "media"),
    # --- legal ---
    ("me llamó la licenciada, lo de la demanda por lesiones ya se cerró pero hoy tengo que ir al juzgado, "
     "me cambian la cita?", "reschedule", "none", "legal"),
    ("me pueden dar una constancia de terapia pal juicio de custodia?", "question", "none", "legal"),
    ("voy tarde, estoy declarando en la fiscalía por el robo de mi carro", "late", "none", "legal"),
    # --- intent edge cases ---
    ("comfirmo", "confirm", "none", "intent"),
    ("reagendar xfa", "reschedule", "none", "intent"),
    ("le di STOP sin querer, sigan mandando porfa", "opt_in", "none", "intent"),
    ("número equivocado ya no me manden mensajes", "opt_out", "none", "intent"),
    ("AYUDA", "help", "none", "intent"),
    ("a q hora era?", "question", "none", "intent"),
    ("sorry voy late, el bus no pasó", "late", "none", "intent"),
    ("dale che, ahí estoy el martes", "confirm", "none", "intent"),
    # --- ordinary ---
    ("muchas gracias, bendiciones", "other", "none", "ordinary"),
    ("feliz día de las madres a todas las de recepción 🌹", "other", "none", "ordinary"),
]
