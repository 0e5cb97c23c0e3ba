"""Held-out list W: written blind to the rules by an independent writer (farmers/ranchers, trades,
clinicians, LGBTQ young adults, immigrants, shared family phones, one-word replies; PR, Cuban,
Colombian and Venezuelan Spanish).
(text, intent, flag, category)
"""

from __future__ import annotations

EN = [
    (
        (
            'honestly wouldnt mind if the tractor rolled on me. save everybody a lot of '
            'trouble'
        ),
        'other', 'crisis', 'wish_dead',
    ),
    (
        (
            "parents found out im gay. dad said hed rather have a dead son. honestly i'd "
            'rather not be here either so we agree on something'
        ),
        'other', 'crisis', 'wish_dead',
    ),
    (
        (
            'long day. poured footings from 6am, boss shorted our checks again, truck '
            'needs tires. kinda hoping the trench caves in on me tomorrow and i dont '
            'climb out. anyway how was your weekend'
        ),
        'other', 'crisis', 'wish_dead',
    ),
    (
        (
            "Made my decision. After the calves sell Saturday I'm done. Checked and the "
            'policy pays out either way'
        ),
        'other', 'crisis', 'intent_plan',
    ),
    (
        (
            'i have it worked out for friday while my roommate is at work. not asking for'
            ' anything. just wanted someone to know'
        ),
        'other', 'crisis', 'intent_plan',
    ),
    (
        (
            'how much of the paraquat in the shed would it take for a grown man. not a '
            'joke'
        ),
        'other', 'crisis', 'method',
    ),
    (
        (
            "ICU nurse. I know how much insulin wouldn't show up on a tox screen. been "
            'doing the math every night this week'
        ),
        'other', 'crisis', 'method',
    ),
    (
        (
            'up on the roof at the jobsite. everyone went home. 6 floors. just sitting on'
            ' the edge w my boots hanging over'
        ),
        'other', 'crisis', 'place_means',
    ),
    (
        (
            'got dads rifle out of the safe its on the bed next to me. idk why im texting'
            ' this number'
        ),
        'other', 'crisis', 'place_means',
    ),
    (
        (
            "parked on the 41 overpass. been here an hour. traffic's loud"
        ),
        'other', 'crisis', 'place_means',
    ),
    (
        (
            'gave Blue to the neighbors today and signed the truck over to my brother. '
            'feels good having things squared away'
        ),
        'other', 'crisis', 'preparatory',
    ),
    (
        (
            "updated the will, paid off the feed store, sold my saddles. everything's "
            "tidy now. nobody'll have to sort out my mess"
        ),
        'other', 'crisis', 'preparatory',
    ),
    (
        (
            'Thank you for trying with me. You were kind when nobody else was. Goodbye'
        ),
        'other', 'crisis', 'farewell',
    ),
    (
        (
            'love u guys. sorry about the mess. tell mom it wasnt her fault'
        ),
        'other', 'crisis', 'farewell',
    ),
    (
        (
            'This is his wife. Jim took the 30-06 out to the back pasture 2 hrs ago and '
            "isn't answering. he left a note on the kitchen table. what do I do"
        ),
        'other', 'crisis', 'third_party',
    ),
    (
        (
            "hi im mateo's roommate. he locked himself in the bathroom, says he took all "
            'his sertraline. do i call 911??'
        ),
        'other', 'crisis', 'third_party',
    ),
    (
        (
            'cant talk hes home. throwing stuff again and has the belt. me and the baby '
            'in the closet'
        ),
        'other', 'crisis', 'violence_now',
    ),
    (
        (
            'my dad found out about my girlfriend and hes kicking my door in rn'
        ),
        'other', 'crisis', 'violence_now',
    ),
    (
        (
            'if the foreman says one more word to me tomorrow im bringing the nail gun. '
            'not joking this time'
        ),
        'other', 'crisis', 'harm_others',
    ),
    (
        (
            "I know where my ex's new guy works. been sitting across the lot with the "
            'shotgun behind the seat since noon'
        ),
        'other', 'crisis', 'harm_others',
    ),
    (
        (
            'the voice is back and says i have to do it tonight or something happens to '
            'my kids'
        ),
        'other', 'crisis', 'command',
    ),
    (
        (
            "yes confirming Tues 3pm. fyi I've been bringing home the oxy we waste at "
            'work and have a good stash now, just in case. see you then'
        ),
        'confirm', 'crisis', 'logistics',
    ),
    (
        (
            "Can we move Thursday? Calving season, can't get off the place. Honestly been"
            " thinking the herd'd be better off sold and me in the ground next to Dad. "
            'Call me to rebook'
        ),
        'reschedule', 'crisis', 'logistics',
    ),
    (
        (
            'running 15 late, sitting on the top level of the parking garage deciding if '
            "I'm coming in or going over"
        ),
        'late', 'crisis', 'logistics',
    ),
    ('STOP. no point anymore. tell them i said bye', 'opt_out', 'crisis', 'logistics'),
    (
        (
            'hey its Dani sorry for the late reply my mom has my phone most days. so '
            'about the 14th can we do later in the day? after school i have to watch my '
            'brothers. also i swallowed whats left in my moms pill bottle like an hour '
            'ago and my stomach feels weird. 4pm works if u have it'
        ),
        'reschedule', 'crisis', 'logistics',
    ),
    (
        (
            "Confirmed. Tell doc the letters are written and the gun's cleaned and "
            'loaded. Ready when I am'
        ),
        'confirm', 'crisis', 'logistics',
    ),
    (
        (
            'cant make tmrw, doubles at the hospital. been pocketing the potassium vials,'
            ' i know exactly how it would go. cancel pls'
        ),
        'cancel', 'crisis', 'logistics',
    ),
    (
        (
            'quick q, does life insurance still pay my wife if its suicide? and what time'
            ' is my appt wednesday'
        ),
        'question', 'crisis', 'logistics',
    ),
    (
        (
            'been drinking again since the hail took the wheat. not every day. most days'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'cant sleep more than 2-3 hrs, just lay there running numbers on the loan'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'panic attack on the scaffold today, had to climb down. hands wouldnt stop '
            'shaking'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'the new med makes me dizzy as hell on ladders so I stopped it sunday'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            "mom still won't talk to me since I came out. I cry in my car before every "
            'shift'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'nightmares about the covid unit again. woke my partner up screaming'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'cut myself a few times in high school but nothing in like 3 years, just '
            "thought the new dr should know since we're starting over"
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'ICE was at the job site today. hid in the porta john an hour. still shaking '
            'and cant eat'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'my buddy from the crew killed himself last month and I keep seeing his truck'
            ' everywhere'
        ),
        'other', 'clinical', 'clinical',
    ),
    ('relapsed. 2 weeks down the drain', 'other', 'clinical', 'clinical'),
    ('rough week. low.', 'other', 'clinical', 'clinical'),
    (
        (
            'been eating everything at night after shifts then throwing it up. didnt want'
            ' to say it out loud'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'can dr send a new lithium script to the walgreens on main? been out since '
            'monday and feeling off'
        ),
        'question', 'clinical', 'clinical',
    ),
    (
        (
            'dad passed in the spring and I still set out two coffee cups every morning'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'cant say much on this phone. the thing we talked about is worse. sleeping '
            'all day'
        ),
        'other', 'clinical', 'clinical',
    ),
    ('not doing great. not dangerous, just heavy', 'other', 'clinical', 'clinical'),
    (
        (
            "my gf's parents found out about us and she's not allowed to see me anymore. "
            'havent eaten in 2 days'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            "been hearing my name called when nobody's there. doesn't tell me to do "
            'anything, just creeps me out'
        ),
        'other', 'clinical', 'clinical',
    ),
    ('this heat is killing me, any chance we do 8am instead of 2', 'reschedule', 'none', 'idiom'),
    (
        (
            "lol I'd rather die than sit in that waiting room with the fish tank again. "
            'can we do video this time'
        ),
        'question', 'none', 'idiom',
    ),
    ('my boss is gonna murder me if I leave early. 5:30 work?', 'reschedule', 'none', 'idiom'),
    ('confirm. dead on my feet but ill be there', 'confirm', 'none', 'idiom'),
    ('KILLED IT at the journeyman exam 🎉🎉 see you thurs', 'confirm', 'none', 'idiom'),
    (
        (
            'my feet are killing me after 14 hrs on the floor, can tmrw be telehealth?'
        ),
        'question', 'none', 'idiom',
    ),
    (
        (
            'on hold w BCBS 45 min now, ready to jump off a bridge lol. are yall in '
            'network with them?'
        ),
        'question', 'none', 'idiom',
    ),
    (
        (
            'I could just die, left my wallet at home. can I pay the copay next time?'
        ),
        'question', 'none', 'idiom',
    ),
    (
        (
            'sorry missed ur call, we coded a patient at 3 and it ran long. still good '
            'for 10 tmrw'
        ),
        'confirm', 'none', 'ordinary',
    ),
    (
        (
            "Pharmacist here, running 15 late. guy OD'd in our parking lot and we "
            "narcanned him, he's ok. on my way"
        ),
        'late', 'none', 'ordinary',
    ),
    (
        (
            'had to put down 2 heifers this morning, running behind. there by 4:15'
        ),
        'late', 'none', 'ordinary',
    ),
    (
        (
            'butchering hogs sat so I need to move my appt. bloody work lol. next week '
            'any day'
        ),
        'reschedule', 'none', 'ordinary',
    ),
    (
        (
            'started that book you mentioned, the one where the brother drowns himself. '
            'heavy but good'
        ),
        'other', 'none', 'media',
    ),
    (
        (
            'watched the doc about the golden gate jumpers last night, wild. anyway '
            'confirming monday'
        ),
        'confirm', 'none', 'media',
    ),
    ('stardew keeps killing my chickens lol ok see u wed', 'confirm', 'none', 'media'),
    (
        (
            'I have immigration court the 22nd at 9, can we move my session'
        ),
        'reschedule', 'none', 'legal',
    ),
    (
        (
            'my lawyer needs a letter from you for the asylum case, can the desk send it '
            'to her'
        ),
        'question', 'none', 'legal',
    ),
    ('PO needs proof I came to my sessions, can you email it', 'question', 'none', 'legal'),
    (
        (
            'custody hearing got moved to the 3rd so I have to cancel that day'
        ),
        'cancel', 'none', 'legal',
    ),
    (
        (
            'will the front desk report me to immigration if I dont have ID at check in?'
        ),
        'question', 'none', 'intent',
    ),
    (
        (
            "this is the family phone so pls just say 'your appointment' not the name of "
            'the clinic'
        ),
        'question', 'none', 'intent',
    ),
    ('yes', 'confirm', 'none', 'intent'),
    ('Cancel', 'cancel', 'none', 'intent'),
    ('STOP', 'opt_out', 'none', 'intent'),
    ('START', 'opt_in', 'none', 'intent'),
    ('HELP', 'help', 'none', 'intent'),
    ('got a new number, text me here again pls', 'opt_in', 'none', 'intent'),
    ('whats the zoom link', 'question', 'none', 'intent'),
    ('ok thx', 'other', 'none', 'ordinary'),
    ('who is this? wrong number I think', 'other', 'none', 'ordinary'),
    (
        (
            'this is my moms phone please dont send anything about my appointments to '
            'this number anymore'
        ),
        'opt_out', 'none', 'intent',
    ),
    ('running 10 behind, stuck behind a combine on 12', 'late', 'none', 'intent'),
    (
        (
            'Cancel my appointment for Tuesday period new paragraph my daughter has a '
            'fever'
        ),
        'cancel', 'none', 'intent',
    ),
    ('thanks for today. really helped', 'other', 'none', 'ordinary'),
]

ES = [
    (
        (
            'bendito, a veces le pido a Dios q me lleve ya. pa q seguir aqui dando lata'
        ),
        'other', 'crisis', 'wish_dead',
    ),
    (
        (
            'ya lo tengo decidido parce, el sabado cuando mi ma se vaya pa la finca. no '
            'me vayan a buscar'
        ),
        'other', 'crisis', 'intent_plan',
    ),
    (
        (
            'no puedo hablar mucho, es el cel de la casa. lo q le conte del garaje... es '
            'esta noche'
        ),
        'other', 'crisis', 'intent_plan',
    ),
    (
        (
            'cuantas d las pastillas d dormir hacen falta pa no despertarse mas? pregunto'
            ' en serio'
        ),
        'other', 'crisis', 'method',
    ),
    (
        (
            'toy en el puente d la autopista chamo, no se ni xq te escribo'
        ),
        'other', 'crisis', 'place_means',
    ),
    (
        (
            'le regale mis gallos y la moto a mi primo, ya deje todo arreglao pa mi vieja'
        ),
        'other', 'crisis', 'preparatory',
    ),
    (
        (
            'gracias x todo doctora, ud fue la unica q me escucho. digale a mi hermana q '
            'la quiero mucho. adios'
        ),
        'other', 'crisis', 'farewell',
    ),
    (
        (
            'buenas, soy la tia d Yeison. el muchacho se encerro en el cuarto con una '
            'soga y no abre, q hacemos??'
        ),
        'other', 'crisis', 'third_party',
    ),
    (
        (
            'hola soy la esposa d Rafael, se fue pal monte con la escopeta y dejo una '
            'carta en la mesa. no contesta el cel'
        ),
        'other', 'crisis', 'third_party',
    ),
    (
        (
            'esta borracho y me esta dando, me encerre en el baño con los nenes. no '
            'llamen a este numero'
        ),
        'other', 'crisis', 'violence_now',
    ),
    (
        (
            'mi pai se entero q soy gay y me cayo a golpes, estoy escondio donde la '
            'vecina pero el esta afuera gritando'
        ),
        'other', 'crisis', 'violence_now',
    ),
    (
        (
            'si ese man vuelve a tocar a mi niña lo mato, ya tengo el fierro listo y se '
            'donde vive'
        ),
        'other', 'crisis', 'harm_others',
    ),
    (
        (
            'las voces me dicen q me tire al rio, q asi se acaba todo. no las puedo '
            'callar'
        ),
        'other', 'crisis', 'command',
    ),
    (
        (
            'asere las voces dicen q el vecino me quiere envenenar y q tengo q hacerlo yo'
            ' primero, esta noche'
        ),
        'other', 'crisis', 'command',
    ),
    (
        (
            'confirmo el jueves. tb queria decirle q ya tengo guardadas todas las '
            'pastillas del abuelo, x si acaso. nos vemos'
        ),
        'confirm', 'crisis', 'logistics',
    ),
    (
        (
            'cancela la cita del lunes porfa, ya no voy a estar. ya me despedi de todos'
        ),
        'cancel', 'crisis', 'logistics',
    ),
    (
        (
            'voy tarde, estoy en la azotea del edificio y no se si bajar por la escalera '
            'o por el otro lado'
        ),
        'late', 'crisis', 'logistics',
    ),
    (
        (
            'BAJA. no me escriban mas, total pa q, esta noche se acaba todo'
        ),
        'opt_out', 'crisis', 'logistics',
    ),
    (
        (
            'hola buenas, le escribo pq necesito cambiar la cita del 12, me salio trabajo'
            ' en la obra de Bayamon toda la semana y el capataz no da permiso. la verdad '
            'no he estado bien, anoche me tome como 20 pastillas d las q me dieron y no '
            'le he dicho a nadie, hoy amaneci mareao. si puede el sabado mejor. gracias'
        ),
        'reschedule', 'crisis', 'logistics',
    ),
    (
        (
            'q horario tienen el viernes? y otra cosa, el seguro de vida paga si es '
            'suicidio? pa dejarle algo a los nenes'
        ),
        'question', 'crisis', 'logistics',
    ),
    (
        (
            'no duermo desde q deportaron a mi esposo, tengo el pecho apretao todo el dia'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'tengo miedo d salir a trabajar x la migra, no como, lloro x todo'
        ),
        'other', 'clinical', 'clinical',
    ),
    ('volvi a tomar desde q se murio mi apa, casi todos los dias', 'other', 'clinical', 'clinical'),
    (
        (
            'las pastillas nuevas me tienen como un zombie, las deje el domingo'
        ),
        'other', 'clinical', 'clinical',
    ),
    ('otro ataque d panico en la guagua, tuve q bajarme', 'other', 'clinical', 'clinical'),
    (
        (
            'me siento vacia, sin ganas d nada. tranquila q no voy a hacer nada malo, '
            'solo q pesa'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'mi mama dijo q prefiere un hijo muerto q un hijo gay. estoy donde mi pana, '
            'estoy bien, pero me duele demasiado'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'hace años me cortaba, ya no. hoy me acorde mucho d eso y queria contarle'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'mi compadre se quito la vida el mes pasado y no dejo d pensar en eso'
        ),
        'other', 'clinical', 'clinical',
    ),
    (
        (
            'estoy comiendo y vomitando otra vez, no le he dicho a nadie'
        ),
        'other', 'clinical', 'clinical',
    ),
    ('bajon', 'other', 'clinical', 'clinical'),
    ('recai con el perico, 3 dias seguidos. me da pena decirle', 'other', 'clinical', 'clinical'),
    ('jajaja me muero, pense q era mañana. confirmo el martes', 'confirm', 'none', 'idiom'),
    (
        (
            'este calor me tiene muerta, se puede pasar la cita pa la tarde?'
        ),
        'reschedule', 'none', 'idiom',
    ),
    ('mi jefe me mata si salgo temprano, hay chance a las 6?', 'reschedule', 'none', 'idiom'),
    ('ando matao del trabajo pero ahi estare', 'confirm', 'none', 'idiom'),
    (
        (
            'estoy q me tiro x la ventana con este trafico jaja, llego 10 min tarde'
        ),
        'late', 'none', 'idiom',
    ),
    ('voy a matar a mi hermano, se llevo mi carro 😤 llego en 20', 'late', 'none', 'idiom'),
    ('q susto el temblor, casi me muero jaja. todo bien, confirmo', 'confirm', 'none', 'idiom'),
    (
        (
            'el partido d anoche me mato, perdio el Nacional. nos vemos el jueves parce'
        ),
        'confirm', 'none', 'idiom',
    ),
    (
        (
            'a este paso me da un infarto con la renta jaja. cuanto es el copago?'
        ),
        'question', 'none', 'idiom',
    ),
    (
        (
            'anoche en la novela el marido la mato y yo gritando jaja. bueno confirmo'
        ),
        'confirm', 'none', 'media',
    ),
    (
        (
            'eche mate 3 gallinas pal sancocho y se me hizo tarde, llego en 15 aja'
        ),
        'late', 'none', 'ordinary',
    ),
    (
        (
            'soy enfermera, se me murio un paciente al final del turno y me toco el '
            'papeleo, llego tarde'
        ),
        'late', 'none', 'ordinary',
    ),
    ('me voy d caceria con mi tio el finde, no llego el lunes', 'cancel', 'none', 'ordinary'),
    ('tengo audiencia d inmigracion el 5, hay q cambiar la cita', 'reschedule', 'none', 'legal'),
    (
        (
            'el abogado necesita una carta d ustedes pa mi caso d asilo, me la pueden '
            'mandar?'
        ),
        'question', 'none', 'legal',
    ),
    ('tengo corte x lo d la custodia, cancelo el miercoles', 'cancel', 'none', 'legal'),
    ('Si', 'confirm', 'none', 'intent'),
    ('no me manden mas mensajes x favor', 'opt_out', 'none', 'intent'),
    ('cambie d numero, mandenme los recordatorios aqui otra vez porfa', 'opt_in', 'none', 'intent'),
    ('AYUDA', 'help', 'none', 'intent'),
    ('numero equivocado, no conozco a ninguna Marisol', 'other', 'none', 'ordinary'),
]
