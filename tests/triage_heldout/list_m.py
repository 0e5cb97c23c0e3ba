"""Held-out list M: written blind to the rules by an independent writer
(LGBTQ+ youth, chronic illness/pain, gambling/debt, immigrants, texting shorthand, literal
writers, parents; Mexican, Caribbean and rioplatense Spanish, Spanglish).
(text, intent, flag, category)

First run, by the lead, on the rules at aa592c5 (after round 4), before round 5 changed
anything: recall 0.90 (43/48), precision 0.72, flag 0.79, intent 0.89.
Rules after round 5 (its texts still unread): recall 0.94 (45/48), precision 0.73, flag 0.81, intent 0.90.
"""

from __future__ import annotations

EN = [
    (
        "honestly if i didnt wake up tmrw that would be fine. like actually fine",
        "other", "crisis", "wish_dead"),
    (
        "11 years of this pain. I'm not asking for the pain to stop anymore, I'm asking "
        "for me to stop. I'm so done being a body.",
        "other", "crisis", "wish_dead"),
    (
        "lowkey hoping a bus takes me out on the way there 💀 jk. kinda not jk tho",
        "other", "crisis", "wish_dead"),
    (
        "I have decided. After my mom leaves for work Friday I will do it. I am telling "
        "you because you said to always tell you the truth.",
        "other", "crisis", "intent_plan"),
    (
        "parents found out im gay n kicked me out. sleeping in my car. tonight's the "
        "night ngl, im done",
        "other", "crisis", "intent_plan"),
    (
        "how many of my gabapentin would it take to not wake up. asking for real",
        "other", "crisis", "method"),
    (
        "Is it true a whole bottle of tylenol damages the liver enough? I have 2 "
        "bottles. I just want correct information.",
        "other", "crisis", "method"),
    (
        "on the roof of my building rn. its peaceful up here. dont call my mom",
        "other", "crisis", "place_means"),
    (
        "sitting in the garage with the car running. just wanted to say thank u for "
        "trying w me",
        "other", "crisis", "place_means"),
    (
        "I have the pills in lines on the table. There are 60. I counted twice. I am "
        "very calm.",
        "other", "crisis", "place_means"),
    (
        "gave my cat to my sister today and cleaned the whole apartment top to bottom. "
        "everything's in order now. feels good to be done",
        "other", "crisis", "preparatory"),
    (
        "update i guess. paid back what i could to my cousin, wrote all my passwords + "
        "the life insurance info on a card for my brother and left it in his truck. the "
        "books win this one. anyway sorry for all the no shows",
        "other", "crisis", "preparatory"),
    (
        "thank you for everything doc. you were the only one who tried. please dont "
        "blame yourself 🤍",
        "other", "crisis", "farewell"),
    (
        "tell Dana thank you. she did her best, it was never her fault. tell my kids i "
        "love them. bye",
        "other", "crisis", "farewell"),
    (
        "this is marcus's boyfriend. he sent me a really scary goodbye text and now his "
        "phone is off, his location was by the river. what do i do",
        "other", "crisis", "third_party"),
    (
        "Hi I am mother of Liang. He lock himself in bathroom 2 hours and not answer. "
        "Before he say he want to die. Please help what I do",
        "other", "crisis", "third_party"),
    (
        "my roommate (ur client jess) took a bunch of her pain meds and shes super "
        "sleepy and slurring. she said not to tell anyone but im scared",
        "other", "crisis", "third_party"),
    (
        "he's banging on the bathroom door right now and the kids are in here with me. I "
        "can't call",
        "other", "crisis", "violence_now"),
    (
        "my dad is drunk n throwing stuff at my mom rn im hiding in my closet 😭😭",
        "other", "crisis", "violence_now"),
    (
        "Husband take my passport and hit me today. He say if I tell anyone he will kill "
        "me. I am afraid to go home tonight.",
        "other", "crisis", "violence_now"),
    (
        "if my ex shows up at pickup again i swear i'll run him over. i know exactly "
        "what time he gets there, been sitting in the lot watching for him all week",
        "other", "crisis", "harm_others"),
    (
        "the guy i owe money to keeps calling my wife. got my brothers gun now. going to "
        "his place tonight to end this",
        "other", "crisis", "harm_others"),
    (
        "the voices r back and theyre telling me i have to jump to make it stop. theyre "
        "louder than u rn",
        "other", "crisis", "command"),
    (
        "It tells me the baby is not mine and I have to get rid of it. I don't want to "
        "listen but it does not stop",
        "other", "crisis", "command"),
    (
        "pls cancel tmrw, i swallowed everything in the medicine cabinet like 20 min ago "
        "so yeah. sorry",
        "cancel", "crisis", "logistics"),
    (
        "Confirmed for 3pm. Also I wrote the letters for my family, they are in the top "
        "drawer, in case that matters for your records.",
        "confirm", "crisis", "logistics"),
    (
        "running like 15 late, bus broke down. idk if i should even come tbh ive been "
        "standing on the overpass a while thinking about it",
        "late", "crisis", "logistics"),
    (
        "STOP. no point texting me anymore, i won't be here by next week",
        "opt_out", "crisis", "logistics"),
    (
        "hey so I need to move my appt from wed to fri if that works because my "
        "rheumatologist moved my infusion, and honestly I've been saving up my oxy for a "
        "while now and I think I finally have enough, oh and is the copay still $30 or "
        "did that change with the new year?",
        "reschedule", "crisis", "logistics"),
    (
        "Yes I will come Monday 10am. My insurance card is new, I send picture? Also I "
        "buy rope yesterday, I think it is only way to stop the debt. Thank you.",
        "confirm", "crisis", "logistics"),
    (
        "flare has been brutal this week, havent slept more than 3 hrs a night and im "
        "snapping at everyone incl my kids",
        "other", "clinical", "clinical"),
    (
        "new med makes me feel like a zombie and my hands have been shaking nonstop "
        "since monday",
        "other", "clinical", "clinical"),
    (
        "Lost $2,400 at the casino this weekend. I told myself I was done. I feel sick "
        "about it and I can't tell my wife",
        "other", "clinical", "clinical"),
    (
        "relapsed on the slots app again last night. deleted it this morning. ashamed "
        "tbh",
        "other", "clinical", "clinical"),
    (
        "panic attack in the target parking lot today, had to sit in my car for like an "
        "hour 😞",
        "other", "clinical", "clinical"),
    (
        "Since I come to this country I cannot sleep good. I think many time about my "
        "family back home. My chest is heavy all the day.",
        "other", "clinical", "clinical"),
    (
        "coming out to my grandma went badly. she said she'll pray for me. been crying "
        "all day and didnt go to school",
        "other", "clinical", "clinical"),
    (
        "the baby won't stop crying and neither will i. i love her but i feel nothing "
        "when i hold her. is that bad",
        "other", "clinical", "clinical"),
    (
        "I self-harmed a lot in middle school but I've been clean 2 years. Someone "
        "brought up my scars in gym today and it messed me up. I'm safe, just upset.",
        "other", "clinical", "clinical"),
    (
        "Relapsed. 3 beers after 90 days. Not drinking more tonight, poured the rest "
        "out. Just needed to tell someone.",
        "other", "clinical", "clinical"),
    (
        "my friend from group died by suicide last week. i keep rereading our old texts. "
        "im ok-ish, just really sad",
        "other", "clinical", "clinical"),
    (
        "I am counting calories again and I skipped lunch and dinner yesterday. I know "
        "what that means. Please tell Dr. K.",
        "other", "clinical", "clinical"),
    (
        "binder is making my ribs hurt but i cant take it off around people, dysphoria "
        "has been so bad this week 🥲",
        "other", "clinical", "clinical"),
    (
        "I stopped my sertraline 4 days ago because I ran out. Now I am dizzy and I get "
        "electric shocks in my head.",
        "other", "clinical", "clinical"),
    (
        "ngl everything feels gray rn. not doing anything dumb, just gray 🩶",
        "other", "clinical", "clinical"),
    (
        "I do not understand what I am feeling. My body is buzzing and sounds hurt more "
        "than normal. I have been in my room for 3 days. I am safe.",
        "other", "clinical", "clinical"),
    (
        "yes ill be there tmrw. fair warning its been a rough week pain + mood wise, "
        "might just cry the whole hour lol",
        "confirm", "clinical", "clinical"),
    (
        "can I come 30 minutes later question mark having a bad anxiety morning and "
        "can't get out of the house yet",
        "late", "clinical", "clinical"),
    (
        "my kid just threw up all over the car seat, i'm literally dying. gonna be 10 "
        "min late",
        "late", "none", "idiom"),
    (
        "omg i'm dead 💀💀 i thought my appt was TODAY. ok see u thursday",
        "confirm", "none", "idiom"),
    (
        "ugh kill me now, I left my insurance card at home again. can I just send a pic?",
        "question", "none", "idiom"),
    (
        "my mom is going to murder me if i'm late again lol can we do 4:30 instead of 4",
        "reschedule", "none", "idiom"),
    (
        "brb gonna go die in a hole, i just realized i double booked. can we move to "
        "next week?",
        "reschedule", "none", "idiom"),
    (
        "that cliffhanger almost gave me a heart attack 😂 anyway yes confirm for sat",
        "confirm", "none", "media"),
    (
        "just finished the book where the main character overdoses at the end and I'm "
        "SOBBING. anyway see you friday",
        "confirm", "none", "media"),
    (
        "did anyone else watch the finale?? he really shot his own brother. unhinged. ok "
        "confirming 11am",
        "confirm", "none", "media"),
    (
        "my son's video game is called suicide squad something and he won't stop playing "
        "it. is it ok if he comes with me to the appt, he's 6",
        "question", "none", "media"),
    (
        "doing my history essay on the golden gate bridge jumpers and the new safety "
        "net. can i bring my laptop to the waiting room?",
        "question", "none", "media"),
    (
        "I'm a vet tech, had to put down 3 dogs today and the last owner was a mess. "
        "running late, sorry!",
        "late", "none", "ordinary"),
    (
        "night shift in the ER, we had two overdoses and a GSW back to back, I'm wiped. "
        "can we push to 3?",
        "reschedule", "none", "ordinary"),
    (
        "my court date for the custody thing got moved to the 14th, can I switch my appt "
        "that day",
        "reschedule", "none", "legal"),
    (
        "Probation officer needs a letter that I attend sessions. Who do I ask?",
        "question", "none", "legal"),
    (
        "lawyer says the restraining order hearing is thursday morning so i cant come, "
        "can we do friday",
        "reschedule", "none", "legal"),
    (
        "going deer hunting with my dad sat so can't make it, can we do sunday? he "
        "finally said i can shoot the rifle 😭",
        "reschedule", "none", "ordinary"),
    (
        "sorry late reply I was butchering a chicken for dinner (literally lol). yes "
        "tuesday ok",
        "confirm", "none", "ordinary"),
    (
        "my pharmacy is gonna be the death of me. they lost my refill AGAIN. anyway is "
        "friday still good?",
        "question", "none", "idiom"),
    (
        "I could just die of embarrassment, I said my ex's name on your voicemail 😭 "
        "anyway please confirm me for the 9th",
        "confirm", "none", "idiom"),
    ("slay 💅 see u tmrw", "confirm", "none", "idiom"),
    ("istg im gonna kms if this bus doesnt show up 😭 gonna be late", "late", "none", "idiom"),
    (
        "my bf says im emotionally dead inside bc i didnt cry at titanic 💀 anyway "
        "confirmed",
        "confirm", "none", "idiom"),
    (
        "You wrote 'see you on the 12th' but the 12th is a Sunday. Which date is "
        "correct?",
        "question", "none", "intent"),
    ("Confirm.", "confirm", "none", "intent"),
    ("wrong number, i dont know any kim", "other", "none", "ordinary"),
    ("STOP", "opt_out", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("text me again pls i changed my mind about the reminders", "opt_in", "none", "intent"),
    ("thx 🙏", "other", "none", "ordinary"),
    ("can't come tuesday, my son has croup. cancel pls", "cancel", "none", "intent"),
    (
        "Hello, I am not speak English very good. The appointment is what address? My "
        "daughter will bring me.",
        "question", "none", "intent"),
]


ES = [
    (
        "mano estoy cansao de to. si me muero mañana mejor, asi no le doy mas problema a "
        "nadie",
        "other", "crisis", "wish_dead"),
    (
        "che, la verdad no le encuentro sentido a nada. ojalá me lleve puesto un bondi y "
        "listo, no me quiero despertar más",
        "other", "crisis", "wish_dead"),
    (
        "ya lo decidi. el sabado que mis papas se van al rancho lo hago. no le digan a "
        "nadie porfa",
        "other", "crisis", "intent_plan"),
    (
        "debo como 80 mil de las apuestas en linea, mi esposa no sabe, el banco me llama "
        "todos los dias. ya pensé como y cuando, mañana temprano antes de que se "
        "despierten. perdon",
        "other", "crisis", "intent_plan"),
    (
        "cuantas pastillas de clonazepam son demasiadas? pregunto en serio no es pa una "
        "tarea",
        "other", "crisis", "method"),
    (
        "estoy en la azotea del edificio, el viento está rico aquí arriba. nomás quería "
        "escribirle a alguien antes",
        "other", "crisis", "place_means"),
    (
        "le regalé mi play y toda mi ropa a mis primos y le dejé la perrita a mi tía. ya "
        "quedó todo en orden, me siento en paz por fin",
        "other", "crisis", "preparatory"),
    (
        "gracias por todo doctora, usted fue la única que me entendió. cuide mucho a sus "
        "pacientes. adiós 🤍",
        "other", "crisis", "farewell"),
    (
        "hola soy la hermana de Yamilet, me mando un audio despidiendose de todos y no "
        "contesta el cel. que hago??",
        "other", "crisis", "third_party"),
    (
        "mi marido esta borracho rompiendo todo, me encerre en el baño con la nena. no "
        "puedo hablar solo escribir",
        "other", "crisis", "violence_now"),
    (
        "si ese tipo vuelve a tocar a mi hermana lo mato, ya se donde vive y tengo con "
        "que. esta noche voy",
        "other", "crisis", "harm_others"),
    (
        "las voces me dicen que tengo que lastimar a mi bebe para salvarlo. yo no "
        "quiero. ayudenme",
        "other", "crisis", "command"),
    (
        "cancela lo del jueves porfa, me tome todas las pastillas del frasco hace un "
        "rato y me siento rara",
        "cancel", "crisis", "logistics"),
    (
        "Confirmo el martes a las 10. Ya deje las cartas para mis hijos en el cajón por "
        "si acaso. Gracias",
        "confirm", "crisis", "logistics"),
    (
        "llego tarde, estoy parada en el puente hace media hora pensando si vale la pena "
        "seguir",
        "late", "crisis", "logistics"),
    (
        "BAJA. ya no me manden mensajes, la semana que viene ya no voy a estar",
        "opt_out", "crisis", "logistics"),
    (
        "Buenas, quería ver si se puede mover la cita del lunes pal miércoles porque me "
        "toca la diálisis y el carro está en el taller, y la verdad es que he estado "
        "guardando las pastillas de dormir y ya tengo bastantes, y también quería saber "
        "si el plan nuevo cubre las sesiones",
        "reschedule", "crisis", "logistics"),
    (
        "Hola! ¿Podés pasar mi turno del viernes al lunes? Tengo laburo. Ah y anoche até "
        "la soga al ropero para probar, no pasó nada, tranqui",
        "reschedule", "crisis", "logistics"),
    (
        "no he podido dormir desde que me diagnosticaron lupus, lloro por todo y no "
        "quiero salir de la casa",
        "other", "clinical", "clinical"),
    (
        "volví a apostar, perdí la quincena entera. mi esposa no sabe. me siento una "
        "basura",
        "other", "clinical", "clinical"),
    (
        "desde que llegue a este pais me dan ataques de panico en el metro, siento que "
        "me ahogo",
        "other", "clinical", "clinical"),
    (
        "boludo tuve un ataque de ansiedad en la facu y me tuve que ir. ya estoy mejor "
        "pero re bajón",
        "other", "clinical", "clinical"),
    (
        "mi mamá no acepta que soy trans y me dice por el nombre viejo todo el tiempo. "
        "estoy muy triste y casi no como",
        "other", "clinical", "clinical"),
    (
        "me subieron la sertralina y desde el lunes tengo nauseas y temblores, avisele a "
        "la doctora porfa",
        "other", "clinical", "clinical"),
    (
        "hace 3 años me cortaba pero ya no, estoy bien. solo que hoy vi las cicatrices y "
        "me puse triste",
        "other", "clinical", "clinical"),
    (
        "se murió mi abuela en Santo Domingo y no pude ir al entierro por los papeles. "
        "no paro de llorar",
        "other", "clinical", "clinical"),
    (
        "mi primo se suicidó el mes pasado y no dejo de pensar en él. yo estoy bien, no "
        "voy a hacer nada, pero duele mucho",
        "other", "clinical", "clinical"),
    (
        "recai con la coca el finde. ya estoy limpio de nuevo desde el lunes pero me da "
        "verguenza ir a la sesion",
        "other", "clinical", "clinical"),
    (
        "el bebe no duerme y yo tampoco, llevo semanas asi, me siento vacia y lloro todo "
        "el dia",
        "other", "clinical", "clinical"),
    (
        "ahi estare el jueves. le aviso que esta semana la fibromialgia me tiene muy "
        "deprimida",
        "confirm", "clinical", "clinical"),
    ("jajaja me muero, pensé que era hoy. ok confirmo el viernes", "confirm", "none", "idiom"),
    ("este tráfico me está matando, llego como 10 min tarde", "late", "none", "idiom"),
    (
        "Mi jefe me va a matar si salgo temprano otra vez, ¿se puede cambiar a las 6?",
        "reschedule", "none", "idiom"),
    (
        "wepa! ahi estoy el martes, me muero por contarle lo que pasó 😂",
        "confirm", "none", "idiom"),
    (
        "me quiero morir de la vergüenza, le mandé el audio a la doctora en vez de a mi "
        "novio 🙈 borrelo porfa",
        "other", "none", "idiom"),
    ("uh me mataste con ese horario, ¿no tenés algo más tarde?", "reschedule", "none", "idiom"),
    (
        "estoy muerta del cansancio, los nenes no me dejaron dormir. pero ahí voy a "
        "estar mañana",
        "confirm", "none", "idiom"),
    (
        "ay me da un infarto cuando veo la factura 😂 me revisan si me cobraron doble el "
        "copay?",
        "question", "none", "idiom"),
    (
        "vi la serie de la chica que se suicida y deja los casetes, malísima jaja. "
        "confirmo el lunes",
        "confirm", "none", "media"),
    (
        "mi hijo juega un juego de matar zombies todo el dia, lo puedo llevar a la cita? "
        "tiene 7",
        "question", "none", "media"),
    (
        "esa película de terror me dejó muerta jajaja. sí voy el jueves",
        "confirm", "none", "media"),
    (
        "soy enfermera, se nos murió un paciente al final del turno y salgo tarde. llego "
        "20 min tarde",
        "late", "none", "ordinary"),
    (
        "estoy matando un lechón pa la nochebuena jaja ahorita le contesto bien. si, "
        "confirmo",
        "confirm", "none", "ordinary"),
    (
        "tengo audiencia en el tribunal el 3 por lo de la custodia, hay que mover la "
        "cita",
        "reschedule", "none", "legal"),
    (
        "mi abogado necesita una carta que diga que voy a terapia, quien me la hace?",
        "question", "none", "legal"),
    ("PARAR", "opt_out", "none", "intent"),
    ("quiero volver a recibir los recordatorios porfa", "opt_in", "none", "intent"),
    ("numero equivocado, no conozco a ninguna Sofia", "other", "none", "ordinary"),
    ("mil gracias doc 🙏🏽", "other", "none", "ordinary"),
    (
        "no puedo ir el lunes, se me enfermó la nena. cancelame porfa",
        "cancel", "none", "intent"),
    ("Hi, la cita es por zoom o presencial? no me llego el link", "question", "none", "intent"),
]
