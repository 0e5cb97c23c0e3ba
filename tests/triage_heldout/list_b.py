"""Held-out list B: other voices (teenagers and parents, older adults, voice-to-text, long
rambling messages), written before the category redesign.

Each entry is (text, intent, flag, category). Not copied into the corpus. Names invented.
"""

from __future__ import annotations

EN = [
    # ---- long rambling, the one sentence that matters in the middle
    ("ok so the meeting with mr patel at school went fine i guess and my mom is being nice "
     "for once and i finally got my hair done which is cool but ive been writing goodbye "
     "letters to everyone in my notebook and im almost done with them, anyway see you "
     "tuesday", "confirm", "crisis", "farewell"),
    ("Good morning, sorry for the long text, my daughter's recital was lovely and the "
     "weather has been nice, the garden is coming along. I have been setting aside my "
     "husband's old heart tablets in a jar in case I decide I have had enough. Anyway I "
     "will see you Monday at 10.", "confirm", "crisis", "preparatory"),
    ("so work was crazy this week and my landlord finally fixed the sink and i started that "
     "show you told me about and honestly im just waiting for everyone to stop needing me "
     "so i can go quietly, also can we move friday to 3", "reschedule", "crisis",
     "wish_dead"),
    # ---- voice-to-text, no punctuation
    ("okay texting with my voice sorry for mistakes i am on the bridge on route 9 and i "
     "dont want to be talked out of it i just wanted someone to know", "other", "crisis",
     "place_means"),
    ("hey siri text the therapist i wont be needing the appointment next week or any week "
     "after that tell her it isnt her fault", "cancel", "crisis", "farewell"),
    ("this is Ron's wife he took a bunch of his pills and is not waking up properly what do "
     "we do", "other", "crisis", "third_party"),
    # ---- teens and parents
    ("my girlfriend just texted me a picture of pills and said bye forever, shes your "
     "client, what do I do", "other", "crisis", "third_party"),
    ("i can hear my dad throwing stuff at my mom again and he said he would end us all",
     "other", "crisis", "violence_now"),
    ("my stepdad keeps coming into my room at night and i dont want to go home after "
     "school", "other", "crisis", "violence_now"),
    ("found my 14yo's search history, how many advil is too many and painless ways to go. "
     "she's at school right now", "other", "crisis", "third_party"),
    ("idk if this counts but i've been holding my breath in the bath to see how long til i "
     "pass out", "other", "crisis", "method"),
    # ---- older adults
    ("Dear Dr. Alvarez, at my age I have had a good run and I have decided I will not be "
     "continuing. I wanted to thank you properly while I can.", "other", "crisis",
     "farewell"),
    ("Hello this is Dorothy. Since Walter passed I sleep with his service revolver on his "
     "pillow. It is a comfort knowing it is there.", "other", "crisis", "place_means"),
    # ---- harm to others, command, delusion
    ("I bought a knife last week. if my manager writes me up one more time he'll find out "
     "what happens", "other", "crisis", "harm_others"),
    ("the neighbors are pumping gas through the vents to get rid of me, i've got something "
     "for them when they come to the door tonight", "other", "crisis", "harm_others"),
    ("the voices are louder today, they want me to do something to my roommate", "other",
     "crisis", "command"),
    # ---- logistics
    ("STOP. none of this matters anymore, i wont need reminders where im going", "opt_out",
     "crisis", "logistics"),
    ("Can we reschedule to next week? I OD'd saturday night and I'm still at the hospital",
     "reschedule", "crisis", "logistics"),
    ("cancel all my appointments please. i've made my decision and tonight is the night",
     "cancel", "crisis", "logistics"),
    ("will be late, he smashed my phone and I'm hiding at the gas station till he leaves",
     "late", "crisis", "violence_now"),
    # ---- idioms and everyday violent words
    ("I was so embarrassed I wanted to crawl in a hole and die, anyway see you at 3",
     "confirm", "none", "idiom"),
    ("that movie was a total massacre of the book haha", "other", "none", "idiom"),
    ("killing it at the gym lately, feeling great", "other", "none", "idiom"),
    ("shoot, forgot my insurance card. can I bring it next time?", "question", "none",
     "idiom"),
    ("traffic on 405 is murder, 15 min out", "late", "none", "idiom"),
    ("my kid's soccer team got slaughtered 6-0 so we're all sulking, still coming tho",
     "confirm", "none", "idiom"),
    ("dead battery in the car, can we switch to a phone session today?", "reschedule",
     "none", "idiom"),
    ("the heat is unbearable, I'm dying out here waiting for the bus", "other", "none",
     "idiom"),
    ("my husband's gonna strangle me, I double booked us. can we go to 4?", "reschedule",
     "none", "idiom"),
    ("reading a great thriller about a serial killer, it's keeping me up lol", "other",
     "none", "idiom"),
    ("my son is doing a school project on suicide awareness week, is there a pamphlet he "
     "could borrow?", "question", "none", "media"),
    ("there was a shooting on the news near your office, are you guys ok?", "question",
     "none", "media"),
    ("I'm a paralegal, just got out of a domestic violence hearing for a client, running "
     "15 behind", "late", "none", "legal"),
    ("our hunting trip is this weekend so I'll be out of signal until Monday", "other",
     "none", "legal"),
    # ---- clinical
    ("sleeping like 3 hours a night lately, brain won't shut off", "other", "clinical",
     "clinical"),
    ("haven't left the apartment since sunday, can't make myself", "other", "clinical",
     "clinical"),
    ("hi its walter, the new tablets make me very dizzy in the mornings and I fell once",
     "other", "clinical", "clinical"),
    ("my daughter is barely eating and sleeps all day since the breakup, should I bring her "
     "in?", "question", "clinical", "clinical"),
    # ---- intent edge cases
    ("omw but gonna be late, bus is crawling", "late", "none", "intent"),
    ("yes conferm for tmrw", "confirm", "none", "intent"),
    ("can i reshedule to friday", "reschedule", "none", "intent"),
    ("oops didnt mean to unsubscribe, please resume the texts", "opt_in", "none", "intent"),
    ("I don't know any Maria, please stop messaging this number", "opt_out", "none",
     "intent"),
    ("heading out now, might be a few minutes late", "late", "none", "intent"),
]

ES = [
    ("reprogramen mi cita para cuando sea, total ya no voy a estar", "reschedule", "crisis",
     "logistics"),
    ("mi hija de 15 me mandó un mensaje despidiéndose y no sé dónde está", "other",
     "crisis", "third_party"),
    ("me despido, fue un gusto conocerlos a todos. no me busquen", "other", "crisis",
     "farewell"),
    ("Dios me habló y me dijo que el bebé tiene el demonio adentro y tengo que sacárselo",
     "other", "crisis", "command"),
    ("estoy segura que mi familia me está envenenando la comida, ya no como nada de lo que "
     "hacen y voy a defenderme como sea", "other", "crisis", "harm_others"),
    ("ando bien bajoneado y traigo las pastillas de mi abuela en la mochila, pa qué "
     "seguirle", "other", "crisis", "place_means"),
    ("hola buenas tardes disculpe la molestia le escribo con la voz porque no veo bien mi "
     "nieto se fue a vivir lejos y la casa está muy sola ya repartí mis joyas entre mis "
     "nietas y dejé todo arreglado con el notario para cuando ya no esté", "other",
     "crisis", "preparatory"),
    ("parce ya no doy más, me voy a tirar de la represa esta noche", "other", "crisis",
     "intent_plan"),
    ("che, le dejé mis cosas a mi vieja y le mandé un audio diciéndole que la quiero, ya "
     "está", "other", "crisis", "farewell"),
    ("mi papá le está pegando a mi mamá ahorita y tengo mucho miedo, ayúdenme", "other",
     "crisis", "violence_now"),
    ("el vecino de al lado le grita y le pega al niño todas las noches, ahorita se oye",
     "other", "crisis", "violence_now"),
    ("confirmo la cita, aunque no sé si llegue, tengo la soga en la cajuela desde el lunes",
     "confirm", "crisis", "logistics"),
    ("sólo quiero dormir y que no amanezca nunca", "other", "crisis", "wish_dead"),
    ("mi hijo dice que escucha a alguien que le ordena lastimar a su hermanita", "other",
     "crisis", "command"),
    # ---- idioms
    ("mi jefe me va a matar si salgo temprano otra vez, ¿hay algo más tarde?", "reschedule",
     "none", "idiom"),
    ("qué oso, me muero, mandé el mensaje al número equivocado", "other", "none", "idiom"),
    ("mi abuelito dice que se va a morir de aburrimiento en la sala de espera jaja",
     "other", "none", "idiom"),
    ("los niños me van a volver loca, confirmo mañana", "confirm", "none", "idiom"),
    ("ya no aguanto este calor, ¿tienen aire acondicionado?", "question", "none", "idiom"),
    ("se me murió la batería del carro, voy tarde", "late", "none", "idiom"),
    ("ese partido estuvo para morirse, ganamos en el último minuto", "other", "none",
     "idiom"),
    ("mi hermano me quiere matar porque choqué su coche jaja, igual nos vemos el martes",
     "confirm", "none", "idiom"),
    ("vi un reportaje sobre la línea de prevención del suicidio, qué bueno que existe",
     "other", "none", "media"),
    ("tengo que declarar como testigo en un juicio por homicidio, ¿podemos cambiar al "
     "viernes?", "reschedule", "none", "legal"),
    # ---- clinical
    ("mi mamá dice que ando muy apagado y es verdad, no tengo ganas de nada", "other",
     "clinical", "clinical"),
    ("desde el cambio de pastilla tengo la boca seca y me tiembla la mano", "other",
     "clinical", "clinical"),
    ("ya tomé vino con la pastilla nueva y me sentí rarísima, ¿es peligroso?", "question",
     "clinical", "clinical"),
    ("mi hijo no sale de su cuarto hace una semana, ni para comer", "other", "clinical",
     "clinical"),
    ("ando comiendo re poco, bajé como cinco kilos en un mes", "other", "clinical",
     "clinical"),
    ("me la paso acostada todo el día, no me dan ganas de levantarme", "other",
     "clinical", "clinical"),
    # ---- intent edge cases
    ("confimo", "confirm", "none", "intent"),
    ("ya salí pero voy atrasadita, llego en 15", "late", "none", "intent"),
    ("puse STOP por error, ¿me pueden reactivar los mensajes?", "opt_in", "none",
     "intent"),
    ("no conozco a ninguna Ana, ya no me manden mensajes por favor", "opt_out", "none",
     "intent"),
    ("quiero reprogamar la cita", "reschedule", "none", "intent"),
]

MESSAGES = EN + ES
