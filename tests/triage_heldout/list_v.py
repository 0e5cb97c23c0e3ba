"""Held-out list V: written blind to the rules by an independent writer (divorced/custody-loss
men, terminal diagnosis, chronic pain and MAID, job/business loss, gamblers in debt, ALL CAPS and
one-line writers, wrong-thread replies; ES: Madrid, CDMX, rioplatense, older immigrants mixing EN).
(text, intent, flag, category)
First run (rules of cf2fb37, before round 9): recall 0.94 (45/48), precision 0.80, flag 0.82, intent 0.85.
"""

from __future__ import annotations

EN = [
    (
        (
            "every morning i wake up disappointed that i woke up. thats the update i "
            "guess"
        ),
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        (
            "Dr Halvorsen says the scan looks bad, its in the liver now. Honestly I hope "
            "it goes fast. Every night I ask God not to let me wake up, I dont want to "
            "fight this anymore"
        ),
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        (
            "judge gave her full custody today. the kids are better off without a dad "
            "like me anyway. i just want to stop existing"
        ),
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        (
            "I DONT WANT TO BE HERE ANYMORE NOT IN THIS APARTMENT NOT ON THIS EARTH NOT "
            "ANYWHERE"
        ),
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        (
            "owe my guy 38k due friday. life insurance is paid thru march and it pays out "
            "on suicide after 2 yrs, I called and checked. so thats the plan if friday "
            "comes and I dont have it"
        ),
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        (
            "they turned down my MAID application again bc the pain isnt 'terminal'. "
            "fine. ill do it my own way, im done asking permission"
        ),
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        (
            "lost the shop today. 22 years. ive made up my mind, sunday night when linda "
            "is at her sisters. just wanted someone to know"
        ),
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        (
            "question for the doctor: how many of the 10mg oxy would it take to just not "
            "wake up. asking for real, pain is a 9 every day and nobody will help me"
        ),
        "other",
        "crisis",
        "method",
    ),
    (
        (
            "is it true if you mix gabapentin and the sleeping pills with a fifth of "
            "vodka you just drift off and dont wake up"
        ),
        "other",
        "crisis",
        "method",
    ),
    (
        (
            "does the thing with the car running in a closed garage still work with newer "
            "cars or do the catalytic converters stop it"
        ),
        "other",
        "crisis",
        "method",
    ),
    (
        (
            "parked on the shoulder of the 94 overpass. been sitting here an hour looking "
            "down at the trucks. not sure why im texting this number"
        ),
        "other",
        "crisis",
        "place_means",
    ),
    (
        (
            "took the pistol out of the safe for the first time since the divorce. its on "
            "the kitchen table loaded. just sitting here with it"
        ),
        "other",
        "crisis",
        "place_means",
    ),
    (
        (
            "Signed the truck over to my brother, gave Duke to the neighbors, changed the "
            "beneficiary on the 401k to the kids. Feels good to finally have everything "
            "in order."
        ),
        "other",
        "crisis",
        "preparatory",
    ),
    (
        (
            "stopped the chemo. been saving up my morphine in a mason jar, hospice doesnt "
            "count them. almost have enough"
        ),
        "other",
        "crisis",
        "preparatory",
    ),
    (
        (
            "Jen if you get this tell Max and Lily their dad loved them more then "
            "anything. Im sorry for all of it. Dont let them be the ones who find me"
        ),
        "other",
        "crisis",
        "farewell",
    ),
    (
        (
            "thank you for putting up with me these 2 years, you were the only one who "
            "ever listened. this is goodbye. please dont send the cops"
        ),
        "other",
        "crisis",
        "farewell",
    ),
    (
        (
            "This is Mark's brother Steve. Mark just sent the family group chat a picture "
            "of a rope tied to the barn beam and the word sorry. Hes not answering his "
            "phone. What do we do"
        ),
        "other",
        "crisis",
        "third_party",
    ),
    (
        (
            "hi this is Dana, Rob's ex wife, your # was on his fridge. he called me drunk "
            "from the roof of the casino parking garage saying he lost the house money "
            "and wont be around to pay it back. please can someone call him"
        ),
        "other",
        "crisis",
        "third_party",
    ),
    (
        (
            "hes kicking in the bathroom door right now im locked in here with the baby "
            "cant talk"
        ),
        "other",
        "crisis",
        "violence_now",
    ),
    (
        (
            "my son is in the driveway smashing my car with a bat screaming that im next. "
            "wife and I are hiding in the bedroom"
        ),
        "other",
        "crisis",
        "violence_now",
    ),
    (
        (
            "if that judge gives her the kids monday I swear to god I'll put him and her "
            "lawyer in the ground. I know where they both park"
        ),
        "other",
        "crisis",
        "harm_others",
    ),
    (
        (
            "fired by text after 15 years. I still have my badge and I know his schedule. "
            "hes gonna feel exactly what I feel. tomorrow"
        ),
        "other",
        "crisis",
        "harm_others",
    ),
    (
        (
            "the voice is back. it says the money is gone because of me and I have to pay "
            "it back in blood. its so loud today I cant hear the tv"
        ),
        "other",
        "crisis",
        "command",
    ),
    (
        (
            "Confirm Tuesday 3 PM also I took the hole bottle of my pain pills about an "
            "hour ago so I don't know if I'll make it"
        ),
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        (
            "STOP. no more reminders please. I wont be needing appointments after this "
            "weekend, Ive made my peace with it"
        ),
        "opt_out",
        "crisis",
        "logistics",
    ),
    (
        (
            "cancel thursday. they gave me 6 months and I'm not waiting around for it to "
            "take me, the pills are ready"
        ),
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        (
            "RUNNING 15 LATE SORRY. SAT IN THE GARAGE WITH THE ENGINE ON FOR A WHILE THIS "
            "MORNING. DIDNT GO THRU WITH IT"
        ),
        "late",
        "crisis",
        "logistics",
    ),
    (
        (
            "Can we move Friday to next week? custody hearing got moved to that morning. "
            "honestly if I lose this one I'm done with all of it, already wrote the "
            "letters"
        ),
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        (
            "so mediation went about how you'd expect, she gets the house and I get every "
            "other weekend if I'm lucky, my lawyer wants another 5k retainer which I "
            "obviously dont have since the layoff, sold my golf clubs last week and gave "
            "my dads watch to my nephew so hes got something from me after, anyway is my "
            "copay still $30 or did it change with the cobra plan"
        ),
        "question",
        "crisis",
        "logistics",
    ),
    (
        (
            "new pain meds have me so foggy i put my keys in the freezer. can dr patel "
            "call me about lowering the dose"
        ),
        "question",
        "clinical",
        "clinical",
    ),
    (
        (
            "since the layoff I sleep til 2pm and still wake up wrecked. dont do anything "
            "all day. is that normal?"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "relapsed at the casino saturday. first time in 8 months. feel like garbage. "
            "still coming thurs"
        ),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        (
            "got the biopsy back, stage 3. I'm scared and I can't stop shaking. see you "
            "monday, I need to talk about it"
        ),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        (
            "Im not scared of dying anymore honestly. Im scared of the pain at the end "
            "and of my daughter having to change my diapers"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "My palliative doctor says I may qualify for medical assistance in dying. "
            "Would Dr. Reyes be willing to do the mental health assessment piece? No "
            "rush, just gathering information with my wife."
        ),
        "question",
        "clinical",
        "clinical",
    ),
    (
        (
            "panic attack in the parking lot of the unemployment office. couldnt breathe "
            "for like 20 min, thought it was a heart attack. ok now"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "havent eaten a real meal since she moved out with the kids. coffee and "
            "cigarettes mostly"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "drinking most nights again since the custody thing. not proud of it. 6 or 7 "
            "beers"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "3 NIGHTS NO SLEEP AGAIN. MIND WONT SHUT OFF ABOUT THE DEBT. IS THERE "
            "SOMETHING I CAN TAKE"
        ),
        "question",
        "clinical",
        "clinical",
    ),
    (
        (
            "Years ago after my first divorce I tried to end it. I'm nowhere near that "
            "place now, but the anniversary is coming up and I want to talk about it "
            "thursday"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "my business partner took his own life last week. still cant wrap my head "
            "around it. would it be ok to bring his wife to my next session?"
        ),
        "question",
        "clinical",
        "clinical",
    ),
    (
        (
            "out of my zoloft since the job and the insurance went. day 5, dizzy and "
            "getting those brain zaps"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "need to move wed, flare up is so bad i cant drive. pain has been 8-9 all "
            "week and i cry at everything"
        ),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        (
            "so angry all the time since the divorce. screamed at my son over a spilled "
            "drink yesterday and felt like a monster after"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "blew the rent on scratch tickets again. kept telling myself just 1 more. I "
            "need real help with this, can we focus on it next time"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "the hospice social worker said I should talk to someone about anticipatory "
            "grief. my wife has weeks left. is that something you do?"
        ),
        "question",
        "clinical",
        "clinical",
    ),
    ("feeling numb. not sad exactly. just gray. week 3 of this", "other", "clinical", "clinical"),
    (
        (
            "this job hunt is killing me lol, 47 applications and zero callbacks. anyway "
            "confirmed for tues"
        ),
        "confirm",
        "none",
        "idiom",
    ),
    ("Running late, traffic on the 5 is murder. 10 min", "late", "none", "idiom"),
    (
        (
            "I'd rather die than miss my daughter's recital, any chance we can move the "
            "12th to 4 instead of 5:30?"
        ),
        "reschedule",
        "none",
        "idiom",
    ),
    (
        (
            "my fantasy league will literally kill me if I miss the draft, can we do 3 "
            "instead of 7 thursday"
        ),
        "reschedule",
        "none",
        "idiom",
    ),
    ("CONFIRMED. DEAD TIRED FROM THE NIGHT SHIFT BUT ILL BE THERE", "confirm", "none", "idiom"),
    (
        "this heat is brutal, I'm dying out here walking from the bus. 5 min late",
        "late",
        "none",
        "idiom",
    ),
    (
        (
            "could strangle my lawyer, he billed me $140 for a 3 minute phone call. "
            "anyway yes confirming monday"
        ),
        "confirm",
        "none",
        "idiom",
    ),
    (
        (
            "my sister would murder me if I skipped her rehearsal dinner, can we move "
            "Friday?"
        ),
        "reschedule",
        "none",
        "idiom",
    ),
    (
        (
            "where do I park? the garage on 3rd is closed, nearly had a heart attack "
            "thinking I'd be late"
        ),
        "question",
        "none",
        "idiom",
    ),
    (
        "bro the sox got absolutely killed last night 12-1 💀💀 im done with this team",
        "other",
        "none",
        "idiom",
    ),
    (
        (
            "just watched the episode where the dad shoots himself in the garage, I'm "
            "wrecked lol. anyway could I get the 9am instead of 11?"
        ),
        "reschedule",
        "none",
        "media",
    ),
    (
        (
            "Reading the book you mentioned, the one about the man with ALS who chose "
            "assisted dying. Heavy but really good. See you Weds."
        ),
        "confirm",
        "none",
        "media",
    ),
    (
        (
            "we binged breaking bad all weekend, I now know way too much about ricin "
            "lmao. confirmed for thurs"
        ),
        "confirm",
        "none",
        "media",
    ),
    (
        (
            "listened to a podcast on suicide rates among farmers, really eye opening, "
            "might bring it up. is 2pm still good?"
        ),
        "question",
        "none",
        "media",
    ),
    (
        "Custody mediation is at 10 so I'll be about 30 min late to my 11:30",
        "late",
        "none",
        "legal",
    ),
    (
        (
            "I need a letter for family court saying I'm attending sessions regularly, "
            "who do I ask?"
        ),
        "question",
        "none",
        "legal",
    ),
    (
        (
            "probation officer needs my attendance records faxed by friday. his fax is "
            "555-0142, attn Officer Duarte"
        ),
        "question",
        "none",
        "legal",
    ),
    (
        (
            "lawyer says the hearing on the restraining order she filed is wed at 9 so I "
            "can't make my appt, sorry"
        ),
        "cancel",
        "none",
        "legal",
    ),
    (
        (
            "Confirm. going deer hunting at 5am sat so I might show up muddy lol, rifle's "
            "cleaned and ready"
        ),
        "confirm",
        "none",
        "ordinary",
    ),
    (
        (
            "sorry wrong thread, that was for my buddy — yeah bring the knives, we're "
            "butchering the hog saturday"
        ),
        "other",
        "none",
        "ordinary",
    ),
    (
        (
            "I work ER nights, had a guy OD on my shift and we couldn't bring him back. "
            "long night but I'm fine. still good for 4"
        ),
        "confirm",
        "none",
        "ordinary",
    ),
    (
        (
            "I'm a funeral director so Thursdays are tough, 2 burials that day. Could we "
            "do Friday?"
        ),
        "reschedule",
        "none",
        "ordinary",
    ),
    ("Yes 👍", "confirm", "none", "intent"),
    ("CANCEL FRIDAY. NO JOB NO MONEY. WILL CALL WHEN I FIND WORK", "cancel", "none", "intent"),
    ("Stop", "opt_out", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    (
        (
            "how much is a session w/o insurance? lost my job and my coverage ends the "
            "30th"
        ),
        "question",
        "none",
        "intent",
    ),
    ("Can sell my appointment Thursday I have a job interview", "cancel", "none", "intent"),
    ("wrong number? i dont have a therapist lol who is this", "other", "none", "ordinary"),
    (
        "love you too. pick the kids up at 5 and dont forget Max's inhaler",
        "other",
        "none",
        "ordinary",
    ),
]

ES = [
    (
        (
            "Anula la cita del jueves porfa. Ya he dejado escritas las cartas para mis "
            "hijos, no hace falta que me llaméis"
        ),
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        (
            "estoy en el viaducto de Segovia, hace un frío que pela y no pasa nadie. solo "
            "quería que alguien lo supiera"
        ),
        "other",
        "crisis",
        "place_means",
    ),
    (
        (
            "como el abogado de ella vuelva a decir en el juicio que soy mal padre lo "
            "reviento, y no es una forma de hablar, ya sé dónde vive"
        ),
        "other",
        "crisis",
        "harm_others",
    ),
    (
        (
            "neta ya no le veo sentido, debo 200 mil de las apuestas y mi familia ni "
            "sabe. ya compré el veneno pa las ratas y lo traigo en la cajuela"
        ),
        "other",
        "crisis",
        "place_means",
    ),
    (
        (
            "Buenas noches, soy la esposa de Toño. Se encerró en el cuarto con la pistola "
            "de su papá y no me abre, dice que ya se va a ir. Por favor ayúdenme"
        ),
        "other",
        "crisis",
        "third_party",
    ),
    (
        (
            "las voces me dicen q me avente al metro q asi se paga la deuda, ya no las "
            "aguanto güey"
        ),
        "other",
        "crisis",
        "command",
    ),
    (
        (
            "oye una pregunta, cuántas pastillas de clonazepam se necesitan para ya no "
            "despertar? es nomás para saber"
        ),
        "other",
        "crisis",
        "method",
    ),
    (
        (
            "Confirmo mi cita del lunes. Aunque la neta no sé si llegue, anoche me tomé "
            "un montón de las pastillas del dolor y hoy ando vomitando sangre"
        ),
        "confirm",
        "crisis",
        "logistics",
    ),
    (
        (
            "che, me rajaron del laburo, la guita del alquiler me la patiné toda en el "
            "bingo y la mina se fue. ya fue boludo, mañana me tiro abajo del tren en "
            "Constitución"
        ),
        "other",
        "crisis",
        "intent_plan",
    ),
    (
        (
            "le regalé la moto al pibe de al lado y los discos a mi viejo. ya no los voy "
            "a necesitar. dejé todo ordenadito"
        ),
        "other",
        "crisis",
        "preparatory",
    ),
    (
        (
            "Flaca si te llega esto deciles a los chicos que el viejo los quiso un "
            "montón. Perdón por todo el quilombo. Chau"
        ),
        "other",
        "crisis",
        "farewell",
    ),
    (
        (
            "mi hermano está re duro de merca rompiendo todo en casa, le pegó a mi vieja "
            "y agarró un cuchillo, estoy encerrado en la pieza"
        ),
        "other",
        "crisis",
        "violence_now",
    ),
    (
        (
            "Cancelame el turno del martes porfa. Con el diagnóstico que me dieron no "
            "pienso esperar a que el cáncer haga su laburo, ya junté las pastillas"
        ),
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        (
            "Hola mija, cancel el appointment del viernes. Ya le dije a mi hijo dónde "
            "están los papeles de la aseguranza y del life insurance, por si acaso. Ya "
            "estoy muy cansado de vivir"
        ),
        "cancel",
        "crisis",
        "logistics",
    ),
    (
        (
            "voy a llegar tarde, estoy parked arriba del bridge y no me puedo mover, "
            "estoy pensando en brincar. no sé por qué les escribo esto a ustedes"
        ),
        "late",
        "crisis",
        "logistics",
    ),
    (
        (
            "ya me dijeron que es terminal. ojalá Diosito me recoja ya, todas las noches "
            "le pido que no me deje amanecer"
        ),
        "other",
        "crisis",
        "wish_dead",
    ),
    (
        (
            "Hola buenas, os escribo por lo de la mutua, que me han dicho que a partir de "
            "enero ya no me cubre las sesiones. Bueno, y por si lo tenéis que saber, ayer "
            "estuve un buen rato asomado al balcón del noveno pensando en lo fácil que "
            "sería, pero nada. Que me digáis cuánto sale la sesión sin mutua, porfa"
        ),
        "question",
        "crisis",
        "logistics",
    ),
    (
        (
            "¿Me pueden mover la cita al otro miércoles? Es que me quitaron la custodia "
            "de mis hijas y ya escribí mi carta de despedida, no sé si la voy a usar"
        ),
        "reschedule",
        "crisis",
        "logistics",
    ),
    (
        (
            "BAJA. no me manden más mensajes. no voy a estar para el próximo turno, ya lo "
            "decidí"
        ),
        "opt_out",
        "crisis",
        "logistics",
    ),
    (
        (
            "Llevo tres semanas sin pegar ojo desde que me echaron del curro. Me paso las "
            "noches dándole vueltas a todo"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Volví a apostar el fin, perdí la quincena completita. Me siento de la "
            "fregada, pero ahí estaré el jueves"
        ),
        "confirm",
        "clinical",
        "clinical",
    ),
    (
        (
            "estoy con un bajón tremendo, no salgo de la cama, hace días que no me baño. "
            "todo por lo del divorcio"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "las pastillas nuevas que me dio el doctor me tienen bien mareado y con el "
            "stomach mal, ¿las puedo dejar de tomar?"
        ),
        "question",
        "clinical",
        "clinical",
    ),
    (
        (
            "me dijeron que tengo cancer en el pancreas. tengo mucho miedo, no puedo "
            "dejar de llorar. quiero hablar de esto en mi appointment"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "Mi socio se quitó la vida el mes pasado, cuando tuvimos que cerrar el bar. "
            "No dejo de pensar si pude hacer algo. ¿Lo podemos hablar el martes?"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "desde que me corrieron de la chamba me dan ataques de pánico en el metro, "
            "siento que me muero y no puedo respirar"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "estoy chupando más de la cuenta desde que la jueza me dio visitas cada 15 "
            "días. una botella de vino por noche mínimo"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "mi doctor del dolor me habló del programa de muerte asistida. ¿la doctora "
            "puede hacer la evaluación psicológica que piden? todavía lo estoy platicando "
            "con mi familia"
        ),
        "question",
        "clinical",
        "clinical",
    ),
    (
        (
            "Hace 10 años me corté cuando perdí la custodia la primera vez. Ahora estoy "
            "bien, no tengo ganas de hacerme daño, pero me acordé y quería contarlo"
        ),
        "other",
        "clinical",
        "clinical",
    ),
    (
        (
            "¿Podemos cambiar la cita al viernes? Con la espalda no me puedo ni levantar "
            "y estoy muy deprimido, lloro todo el día"
        ),
        "reschedule",
        "clinical",
        "clinical",
    ),
    (
        "no como nada tío, he perdido 8 kilos desde que se fue con los niños",
        "other",
        "clinical",
        "clinical",
    ),
    ("Confirmo. Voy muerto de cansancio del curro pero allí estaré", "confirm", "none", "idiom"),
    (
        (
            "Me muero de vergüenza, se me pasó la cita del lunes por completo 🙈 ¿me dais "
            "otra?"
        ),
        "reschedule",
        "none",
        "idiom",
    ),
    ("llego tarde, el tráfico en Periférico está de muerte 😩 como 15 min", "late", "none", "idiom"),
    (
        "che llego 10 min tarde, el bondi venía hasta las manos, me quería matar",
        "late",
        "none",
        "idiom",
    ),
    ("jajaja me muero de risa con el meme, y sí confirmo el jueves", "confirm", "none", "idiom"),
    (
        (
            "mi vieja me mata si falto al cumple, ¿puedo pasar el turno del sábado al "
            "lunes?"
        ),
        "reschedule",
        "none",
        "idiom",
    ),
    (
        (
            "El landlord me va a matar si no le pago el rent a tiempo jaja, ¿cuánto es el "
            "copay ahora con la nueva aseguranza?"
        ),
        "question",
        "none",
        "idiom",
    ),
    (
        "jajaja nos mataron 4-0 los del América, qué oso güey, ya no le voy",
        "other",
        "none",
        "idiom",
    ),
    (
        (
            "Anoche vi Mar adentro, la del tetrapléjico que pide la eutanasia, y me dejó "
            "tocado. Bueno, nos vemos el miércoles"
        ),
        "confirm",
        "none",
        "media",
    ),
    (
        (
            "estoy leyendo una novela donde el protagonista se pega un tiro en el primer "
            "capítulo, re fuerte. mañana a las 5 entonces?"
        ),
        "confirm",
        "none",
        "media",
    ),
    (
        (
            "vi en las noticias lo del señor que se aventó del puente de Periférico, qué "
            "horror. ¿sigue en pie mi cita del viernes?"
        ),
        "question",
        "none",
        "media",
    ),
    (
        (
            "El juicio de la custodia es el día 14, ¿me podéis hacer un informe de "
            "asistencia para mi abogada?"
        ),
        "question",
        "none",
        "legal",
    ),
    (
        (
            "tengo audiencia en el juzgado familiar el martes a las 10, no llego a la "
            "cita, ¿la podemos mover?"
        ),
        "reschedule",
        "none",
        "legal",
    ),
    (
        "mi abogado dice que la mediación va para largo, cancelame el jueves porfa",
        "cancel",
        "none",
        "legal",
    ),
    (
        (
            "perdón, mensaje equivocado: sí compadre, ya maté los pollos pal mole del "
            "domingo, tráete el cuchillo grande"
        ),
        "other",
        "none",
        "ordinary",
    ),
    (
        (
            "soy enfermero de guardia, anoche se nos murió un paciente en terapia, turno "
            "larguísimo. igual mañana voy"
        ),
        "confirm",
        "none",
        "ordinary",
    ),
    ("si confirmo 👍", "confirm", "none", "intent"),
    ("AYUDA", "help", "none", "intent"),
    (
        "cuánto cuesta la consulta sin seguro? me quedé sin chamba y sin el seguro",
        "question",
        "none",
        "intent",
    ),
    ("Gracias por todo, doctora, la sesión de ayer me ayudó mucho 🙏", "other", "none", "ordinary"),
    (
        (
            "Ok mijo ya te mandé el money por Western Union, avísame cuando te llegue. "
            "Dios te bendiga"
        ),
        "other",
        "none",
        "ordinary",
    ),
]
