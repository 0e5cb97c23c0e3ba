"""Held-out list N: written blind to the rules by an independent writer (couples and family
clients, suicide-bereaved, clinicians and dispatchers at work, gamer slang, religious, rural,
legal trouble, voice-to-text; ES: Colombian, Venezuelan, Peruvian, Chilean, Spanglish, older adult).
(text, intent, flag, category)

First run, by the lead, on the rules at aa592c5 (after round 4), before round 5 changed
anything: recall 0.90 (44/49), precision 0.77, flag 0.85, intent 0.90.
Rules after round 5 (its texts still unread): recall 0.90 (44/49), precision 0.79, flag 0.85, intent 0.90.
"""

from __future__ import annotations

EN = [
    (
        "lowkey wanna unalive. not gonna do anything rn i just dont want to be here anymore",
        "other", "crisis", "wish_dead",
    ),
    (
        "Lord forgive me but every night I ask Him to just take me in my sleep. I'm so tired "
        "of waking up",
        "other", "crisis", "wish_dead",
    ),
    (
        "Hi it's Rosa. Sorry for the long text. The anniversary of my son's death is next "
        "week and my sister wants to do a mass, I said fine. Honestly I keep thinking he was "
        "right to go and I want to be with him, I don't see why I'm still here. The mass is "
        "at 10 at St Anne's if you want to know. Anyway.",
        "other", "crisis", "wish_dead",
    ),
    ("kms tonight fr. not the meme. im done", "other", "crisis", "intent_plan"),
    (
        "I've made up my mind. once the kids go to their dad's Saturday I'm ending it. I "
        "just wanted someone to know",
        "other", "crisis", "intent_plan",
    ),
    (
        "I have it all plant out for Friday when every body is at the fair comma I just "
        "wanted to say you did your best period",
        "other", "crisis", "intent_plan",
    ),
    (
        "how many seroquel would it take to just not wake up. asking for me",
        "other", "crisis", "method",
    ),
    (
        "how much paraquat would somebody have to drink for it to work. theres a full jug in "
        "the shed",
        "other", "crisis", "method",
    ),
    (
        "im an ICU nurse. I know exactly what dose would stop my heart and nobody would "
        "blink if I pulled it from the pyxis. thats what scares me",
        "other", "crisis", "method",
    ),
    (
        "sitting in the truck in the machine shed with the engine running and the big door "
        "down",
        "other", "crisis", "place_means",
    ),
    (
        "up on the railroad trestle over the river. just sitting. its a long way down",
        "other", "crisis", "place_means",
    ),
    (
        "got my dads deer rifle out of the safe. its loaded and on my lap",
        "other", "crisis", "place_means",
    ),
    (
        "Gave Duke to my neighbor today and signed the truck title over to my brother. Feels "
        "good to have everything squared away finally",
        "other", "crisis", "preparatory",
    ),
    (
        "Hey. Quick update since I missed last week. Work's been fine, finally sold the "
        "boat. I've been giving away my guitars and tools to the guys at church, wrote out "
        "who gets what, and put all the passwords in an envelope for my wife. Weather's been "
        "nice. Talk soon maybe",
        "other", "crisis", "preparatory",
    ),
    (
        "thank u for trying with me. u were the only one who actually listened. tell "
        "everyone at the office bye",
        "other", "crisis", "farewell",
    ),
    (
        "gg everyone. logging off for good this time. not the game. me 🫡",
        "other", "crisis", "farewell",
    ),
    (
        "This is Tyler's mom. He locked himself in the bathroom and keeps saying he's not "
        "coming out alive. He's 15. What do I do??",
        "other", "crisis", "third_party",
    ),
    (
        "My husband is your patient, Tom Becker. He left a note on the kitchen table and the "
        "pistol is gone from the closet. He's not answering. Please help",
        "other", "crisis", "third_party",
    ),
    (
        "hi this is Jess's gf. she just texted me 'im sorry for everything, u wont have to "
        "deal w me anymore' and now her phones off. im 2 hrs away at work",
        "other", "crisis", "third_party",
    ),
    (
        "hes kicking the bedroom door in right now. me and the kids are in the closet",
        "other", "crisis", "violence_now",
    ),
    (
        "if my ex shows up to the custody exchange tmrw with that guy I swear I'll put them "
        "both in the ground. done being nice. I know where he lives",
        "other", "crisis", "harm_others",
    ),
    (
        "I keep picturing hurting the baby when she won't stop screaming. I put her in the "
        "crib and walked outside bc I don't trust myself right now",
        "other", "crisis", "harm_others",
    ),
    (
        "the voices say I have to walk into the pond tonight to make it stop. theyre so loud",
        "other", "crisis", "command",
    ),
    (
        "God spoke to me plain as day. He says I have to make a sacrifice of my body tonight "
        "and I must obey Him",
        "other", "crisis", "command",
    ),
    ("cancel thursday pls. won't be around by then anyway", "cancel", "crisis", "logistics"),
    (
        "STOP. no more texts. I've got the pills counted out and I don't want anyone talking "
        "me out of it",
        "opt_out", "crisis", "logistics",
    ),
    (
        "hey its Kayla running like 15 late had to drop the baby at my moms. also fyi i "
        "wrote everybody goodbye letters last night and i think today might be the day. "
        "anyway see u soon",
        "late", "crisis", "logistics",
    ),
    (
        "Need to move my 3pm, they moved my DUI hearing to that day. Honestly if I lose my "
        "license and the kids I'm driving into the quarry, no point anymore. Does Friday "
        "work?",
        "reschedule", "crisis", "logistics",
    ),
    (
        "Yes confirming Monday 10am. Also I took like 30 of my sleeping pills about an hour "
        "ago and I feel really weird. See you Monday",
        "confirm", "crisis", "logistics",
    ),
    (
        "can we move my appt to next wk, fields are flooded and I'm trying to save what I "
        "can. bank is taking the farm in Nov. been sitting out by the grain bin a lot "
        "thinking the family gets the insurance if it looks like an accident. Tues or Wed "
        "afternoon works",
        "reschedule", "crisis", "logistics",
    ),
    (
        "been having panic attacks at work again, like 3 this week. had to leave the floor "
        "twice",
        "other", "clinical", "clinical",
    ),
    (
        "the 50 of zoloft isnt doing much. still crying most days. just fyi before thursday",
        "other", "clinical", "clinical",
    ),
    (
        "It's been 2 years since my brother took his life and this month is always the "
        "worst. Not sleeping, barely eating. I'm safe, just heavy",
        "other", "clinical", "clinical",
    ),
    (
        "relapsed friday after 8 months sober. drank all weekend. feel like garbage about it",
        "other", "clinical", "clinical",
    ),
    (
        "my wife and I had another huge blowup in front of the kids. nobody got hurt but I'm "
        "worried what it's doing to them",
        "other", "clinical", "clinical",
    ),
    (
        "My daughter (14, sees Dr. Patel) has stopped eating lunch and I found out she's "
        "been throwing up after dinner. Should I bring it up at her appt or call sooner?",
        "question", "clinical", "clinical",
    ),
    (
        "old scars on my arm got noticed at work today and it brought up a lot. haven't cut "
        "in 3 years and I'm not going to, just rattled",
        "other", "clinical", "clinical",
    ),
    (
        "cant sleep more than 2-3 hrs since the night shifts started, brain wont shut off",
        "other", "clinical", "clinical",
    ),
    (
        "the new medication is making me really dizzy and my hands are shaking a lot period "
        "just wanted to let some body know",
        "other", "clinical", "clinical",
    ),
    (
        "I'm a 911 dispatcher and I took a call last week with a little kid that didn't make "
        "it. I can't stop hearing it when I close my eyes",
        "other", "clinical", "clinical",
    ),
    (
        "lost half the herd in the flood. havent really left the house in a week. wife says "
        "im not myself",
        "other", "clinical", "clinical",
    ),
    (
        "smoked again after 2 months clean, just weed but still. feel like im slipping",
        "other", "clinical", "clinical",
    ),
    (
        "it's so over for me fr. failed another class, havent showered in 4 days, just "
        "gaming till 5am and sleeping till 3",
        "other", "clinical", "clinical",
    ),
    (
        "my partner has nightmares every night since he got back from deployment, yelling in "
        "his sleep. he won't tell you himself so I am",
        "other", "clinical", "clinical",
    ),
    (
        "binged again last night and then made myself sick. thought I was past this",
        "other", "clinical", "clinical",
    ),
    (
        "Anxiety thru the roof before the custody hearing. chest tight all day, can barely "
        "eat",
        "other", "clinical", "clinical",
    ),
    (
        "Rough weekend. My mom passed Thursday. I'll still be there Wednesday, I think I "
        "need it",
        "confirm", "clinical", "clinical",
    ),
    (
        "my lithium level came back high and they lowered it, now I feel foggy and slow all "
        "day",
        "other", "clinical", "clinical",
    ),
    (
        "feeling really flat and numb lately. not sad exactly, just nothing",
        "other", "clinical", "clinical",
    ),
    ("this traffic on 95 is killing me, gonna be 10 min late sorry", "late", "none", "idiom"),
    (
        "lol I'm dead 💀 the reminder says suite 200 but you're in 210 right?",
        "question", "none", "idiom",
    ),
    (
        "kms if I have to fill out that intake form again 😭 is the one from last year still "
        "good?",
        "question", "none", "idiom",
    ),
    (
        "my fantasy team is so dead it's not even funny. anyway confirming tues",
        "confirm", "none", "idiom",
    ),
    (
        "it's so over. I left my wallet in the waiting room, can you hold it at the desk? 😩",
        "question", "none", "idiom",
    ),
    ("ded 💀 i showed up on the wrong day didnt i", "question", "none", "idiom"),
    (
        "My mother in law is staying with us for 2 weeks, pray for me lol. See you Thurs",
        "confirm", "none", "idiom",
    ),
    (
        "the heat out here is murder on the cattle, I'll be in late, gotta check the water "
        "tanks first",
        "late", "none", "idiom",
    ),
    (
        "Confirmed! I'd rather die than miss this one, he finally agreed to come to couples 😂",
        "confirm", "none", "idiom",
    ),
    (
        "pastor preached on dying to self Sunday and it really hit me, want to bring it up "
        "next time",
        "other", "none", "idiom",
    ),
    (
        "running 20 late, had a code at the end of my shift and the pt didn't make it. be "
        "there by 4:30",
        "late", "none", "intent",
    ),
    (
        "pharmacist here, was on with poison control about an overdose at the counter for an "
        "hour. can I still come at 6?",
        "question", "none", "intent",
    ),
    (
        "911 dispatch moved me to overnights (lots of ODs and a barricaded gunman last night "
        "lol). Can we move Thurs to Fri morning?",
        "reschedule", "none", "intent",
    ),
    (
        "ER doc here, sorry I no-showed, a GSW to the chest came in right at 2. Can I rebook?",
        "reschedule", "none", "intent",
    ),
    (
        "cant make thurs, gotta put down the old mare, vet's coming at 2. next week ok?",
        "reschedule", "none", "intent",
    ),
    (
        "we butchered hogs all weekend, still got blood under my nails lol. see you Monday",
        "confirm", "none", "ordinary",
    ),
    (
        "just finished 13 Reasons Why with my daughter, we might want to talk about it at "
        "the family session. see u Sat",
        "confirm", "none", "media",
    ),
    (
        "we died like 40 times to the final boss last night lmao. anyway yes i can do the 2pm",
        "confirm", "none", "media",
    ),
    (
        "my fav character got unalived in the season finale and im in shambles 😭 but yes "
        "confirm thursday",
        "confirm", "none", "media",
    ),
    (
        "I have court for the DUI on the 12th at 9, can we move that session? lawyer says I "
        "have to be there",
        "reschedule", "none", "legal",
    ),
    (
        "Probation officer needs a letter saying I'm attending, who do I ask?",
        "question", "none", "legal",
    ),
    (
        "custody eval landed on the same day as my appt and the judge won't move it. next "
        "week?",
        "reschedule", "none", "legal",
    ),
    (
        "My attorney says they might subpoena my records for the custody case, do you guys "
        "get notified when that happens?",
        "question", "none", "legal",
    ),
    ("C", "confirm", "none", "intent"),
    ("STOP", "opt_out", "none", "intent"),
    ("START", "opt_in", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("wrong number, I don't know any Dr. Alvarez", "other", "none", "ordinary"),
    (
        "Thank you so much for last session, we actually talked on the drive home for once 🙏",
        "other", "none", "ordinary",
    ),
    ("Can I pay the copay with my HSA card?", "question", "none", "intent"),
    (
        "yes we will both be there Tuesday at 5 period thank you Jesus for the good weather "
        "amen",
        "confirm", "none", "intent",
    ),
    ("pls stop texting this number, I switched to email reminders", "opt_out", "none", "intent"),
    ("cancel my son's appt fri, he has the flu", "cancel", "none", "intent"),
    (
        "this is Mary Lou I need to cancel my point meant on Wensday my husband has a "
        "doctors appointment period",
        "cancel", "none", "intent",
    ),
]

ES = [
    (
        "la verdad ya no quiero seguir viviendo po, estoy cansá de todo, ojalá no despertar "
        "mañana",
        "other", "crisis", "wish_dead",
    ),
    (
        "Señorita, disculpe que le escriba a estas horas. Desde que mi hijo se quitó la vida "
        "ya no le encuentro sentido a nada y le pido a Dios todas las noches que me lleve "
        "con él. No sé a quién más decírselo.",
        "other", "crisis", "wish_dead",
    ),
    (
        "ya lo decidí vale, esta noche acabo con esto. no aguanto más esta vaina",
        "other", "crisis", "intent_plan",
    ),
    (
        "hey sorry por no contestar last week, el trabajo ha estado crazy y mi tía está en "
        "el hospital. ya tengo todo planeado para este weekend cuando mi mom se vaya a "
        "Texas, i just want somebody to know que no fue culpa de nadie. anyway cómo están "
        "ustedes",
        "other", "crisis", "intent_plan",
    ),
    (
        "cuántas pastillas de clonazepam se necesitan para no despertar? tengo una caja "
        "entera",
        "other", "crisis", "method",
    ),
    (
        "estoy en el puente de la 80 parce, mirando pa abajo. no sé ni qué hago aquí",
        "other", "crisis", "place_means",
    ),
    (
        "ya le regalé mi moto a mi primo y dejé cartas pa mi mamá y mi hermana. todo quedó "
        "en orden",
        "other", "crisis", "preparatory",
    ),
    (
        "gracias por todo doctora, de verdad. usted hizo lo que pudo. cuide mucho a sus "
        "otros pacientes. adiós",
        "other", "crisis", "farewell",
    ),
    (
        "chao nomás, fue bonito mientras duró. díganle a la Cata que la quiero harto",
        "other", "crisis", "farewell",
    ),
    (
        "Buenas noches. Le escribe la madre de Andrés, paciente suyo. Lo encontré con una "
        "soga en el cuarto y ahora se encerró en el baño y no me contesta. Por favor, ¿qué "
        "hago?",
        "other", "crisis", "third_party",
    ),
    (
        "hi soy la esposa de Luis Ortega. he's been drinking y dijo que se va pal monte con "
        "la pistola y que no lo busquemos. no contesta el cel",
        "other", "crisis", "third_party",
    ),
    (
        "mi marido está borracho y le está pegando a mi hijo ahorita, yo estoy encerrada con "
        "la niña",
        "other", "crisis", "violence_now",
    ),
    (
        "el papá de mis chamos se metió a la casa a la fuerza y tiene un cuchillo, estoy en "
        "el baño con ellos",
        "other", "crisis", "violence_now",
    ),
    (
        "si ese tipo vuelve a tocar a mi hija en las visitas lo mato, me da igual la cárcel. "
        "ya sé dónde trabaja",
        "other", "crisis", "harm_others",
    ),
    (
        "las voces me dicen que me tengo que tirar del balcón pa salvar a mi familia y no se "
        "callan",
        "other", "crisis", "command",
    ),
    (
        "qué pena, me toca cancelar la cita del jueves. igual ya no voy a estar pa esa "
        "fecha, ya tengo todo listo",
        "cancel", "crisis", "logistics",
    ),
    (
        "Estimada señorita: Le confirmo que asistiré a mi cita del martes a las diez de la "
        "mañana, Dios mediante. Quisiera también que le dijera a la doctora que he estado "
        "guardando las pastillas del corazón de mi difunto esposo y que he pensado "
        "tomármelas todas juntas para reunirme con él, pues ya no tengo nada que hacer en "
        "este mundo. Muchas gracias por su amabilidad.",
        "confirm", "crisis", "logistics",
    ),
    (
        "causa voy a llegar tarde como 20 min, el tráfico en la javier prado. ah y anoche me "
        "tomé un frasco de pastillas pero no pasó nada, igual me siento raro",
        "late", "crisis", "logistics",
    ),
    (
        "STOP. no quiero más mensajes. i won't need them where i'm going",
        "opt_out", "crisis", "logistics",
    ),
    (
        "qué pena molestar, pero he tenido ataques de pánico casi todos los días esta "
        "semana, no he podido ni ir a trabajar",
        "other", "clinical", "clinical",
    ),
    (
        "Doctora, le comento que desde que falleció mi esposo no duermo más de tres horas y "
        "se me quitó el apetito. No se preocupe, no pienso hacer ninguna locura, pero me "
        "siento muy sola.",
        "other", "clinical", "clinical",
    ),
    (
        "hoy se cumplen 3 años de que mi hermano se suicidó. estoy triste pero bien, solo "
        "quería decirlo",
        "other", "clinical", "clinical",
    ),
    (
        "la sertralina me tiene con náuseas y mareo todo el santo día, qué ladilla. pa que "
        "la doctora sepa",
        "other", "clinical", "clinical",
    ),
    (
        "volví a tomar el finde weón, después de 6 meses. me siento como las weas",
        "other", "clinical", "clinical",
    ),
    (
        "mi hijo de 16 lleva semanas encerrado en su cuarto, no come con nosotros y dejó el "
        "fútbol. me tiene muy preocupada",
        "other", "clinical", "clinical",
    ),
    (
        "mi pareja y yo no paramos de pelear, anoche se fue a dormir donde su mamá. nadie "
        "salió herido pero estoy destrozada",
        "other", "clinical", "clinical",
    ),
    (
        "hace 2 años que no me corto y hoy me dieron ganas por primera vez en mucho tiempo. "
        "no lo hice y no lo voy a hacer, pero quería contarle",
        "other", "clinical", "clinical",
    ),
    (
        "se perdió toda la cosecha de papa con la helada y no puedo dormir pensando en las "
        "deudas",
        "other", "clinical", "clinical",
    ),
    (
        "i've been skipping meals otra vez y me peso como 5 veces al día. i know, i know",
        "other", "clinical", "clinical",
    ),
    (
        "me siento muy bajoneada, sin ganas de nada, ni de bañarme. igual voy el martes",
        "confirm", "clinical", "clinical",
    ),
    (
        "tengo la audiencia de custodia el lunes y no he dormido nada, me tiembla todo y no "
        "puedo respirar bien cuando pienso en eso",
        "other", "clinical", "clinical",
    ),
    (
        "me muero de la risa con el recordatorio jaja, sí confirmo el jueves po",
        "confirm", "none", "idiom",
    ),
    ("parce este trancón me tiene muerto, llego como 15 min tarde", "late", "none", "idiom"),
    (
        "me voy a matar estudiando pal parcial jajaja, ¿podemos pasar la cita al viernes?",
        "reschedule", "none", "idiom",
    ),
    (
        "me quiero morir de la vergüenza, le mandé el audio a la doctora en vez de a mi "
        "pololo 🙈 lo pueden borrar porfa?",
        "question", "none", "idiom",
    ),
    (
        "estoy muerto de hambre, salgo de la chamba y voy directo, confirmado",
        "confirm", "none", "idiom",
    ),
    (
        "lol i'm literally dying, me equivoqué de día otra vez?? is it tomorrow?",
        "question", "none", "idiom",
    ),
    (
        "Señorita, con este calor me estoy muriendo, pero ahí estaré el viernes, Dios "
        "mediante.",
        "confirm", "none", "idiom",
    ),
    ("chamo ese tráfico está pa matar a alguien jaja, voy 10 min tarde", "late", "none", "idiom"),
    (
        "soy enfermera y hoy se me murió un paciente al final del turno, salgo tarde. ¿me "
        "puede correr la cita pa las 7?",
        "reschedule", "none", "intent",
    ),
    (
        "trabajo en farmacia y hoy hubo una intoxicación con pastillas en la tienda, llegó "
        "la ambulancia y todo. por eso me retrasé, ya voy",
        "late", "none", "intent",
    ),
    (
        "toca matar el marrano el sábado pa la fiesta, no puedo ir. ¿me regala cita la otra "
        "semana?",
        "reschedule", "none", "intent",
    ),
    (
        "vimos la película esa del suicidio en el colegio con mi hija y quedó con hartas "
        "preguntas, queremos conversarlo el sábado. confirmamos",
        "confirm", "none", "media",
    ),
    (
        "me mataron like 50 veces en ranked anoche lmao, anyway confirmo las 4",
        "confirm", "none", "media",
    ),
    (
        "tengo cita con el oficial de probatoria el mismo día, ¿me puede cambiar la cita?",
        "reschedule", "none", "legal",
    ),
    (
        "Buenas tardes. Mi abogado me informa que el juzgado requiere una constancia de que "
        "estoy asistiendo a terapia por el caso de la custodia de mis nietos. ¿Me la podrían "
        "facilitar?",
        "question", "none", "legal",
    ),
    ("tengo court por el DUI el 14, can we move my session?", "reschedule", "none", "legal"),
    ("Confirmo", "confirm", "none", "intent"),
    ("cancelo la del lunes porfa, me salió un viaje", "cancel", "none", "intent"),
    ("número equivocado, no conozco a ningún Julián", "other", "none", "ordinary"),
    ("BAJA", "opt_out", "none", "intent"),
    ("muchas gracias por la sesión de ayer, Dios le pague 🙏", "other", "none", "ordinary"),
    (
        "hola le habla doña Carmen para confirmar la cita del jueves a las tres punto "
        "gracias mija",
        "confirm", "none", "intent",
    ),
]
