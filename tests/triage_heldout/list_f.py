"""Held-out list F: written blind to the rules by an independent writer (older adults, carers, voice-to-text, second-language writers,
veterans, rural and working-class voices, long rambling messages), before any rule change, run once. (text, intent, flag, category).

First run (rules at ea887e5, once, before any change): n=125  crisis recall 0.76 (38/50), precision 0.83, flag accuracy 0.84, intent accuracy 0.90
"""

from __future__ import annotations

EN = [
    # --- crisis: wish_dead ---
    ("Good morning. Harold Pritchard here. I will be honest with you young lady, I go to bed each night hoping the "
     "Lord sees fit not to wake me. I am tired of being here.", "other", "crisis", "wish_dead"),
    ("hey its dale i dont really see the point of getting up anymore everybody be better off if i just wasnt around "
     "period", "other", "crisis", "wish_dead"),
    # --- crisis: intent_plan ---
    ("made up my mind this weekend is it. just wanted somebody to know", "other", "crisis", "intent_plan"),
    ("Hello, I am sorry my english. I decide I will finish my life after my son wedding on saturday. Please not tell "
     "him.", "other", "crisis", "intent_plan"),
    ("been thinking bout how to kill my shelf tonight i got it all figured out now", "other", "crisis",
     "intent_plan"),
    # --- crisis: method ---
    ("been reading up on how many of my heart pills it would take. pretty sure i know the number now", "other",
     "crisis", "method"),
    ("Doc, been cleaning the old service pistol every night this week and thinking about using it on myself. Not "
     "sleeping. Figured somebody ought to know.", "other", "crisis", "method"),
    # --- crisis: place_means ---
    ("parked up on the overpass by the quarry. been looking over the rail about an hour now", "other", "crisis",
     "place_means"),
    ("i got the rope up in the barn already just so you know", "other", "crisis", "place_means"),
    # --- crisis: preparatory ---
    ("Dear Dr. Alvarez, I have put my will in order, written letters to both my daughters and found a good home for "
     "my cat Biscuit. I wanted to thank you for your kindness all these years. Margaret", "other", "crisis",
     "preparatory"),
    ("went and got my affairs straightened out, paid off every last bill, signed the truck over to my nephew. feels "
     "good to have it all squared away finally", "other", "crisis", "preparatory"),
    # --- crisis: farewell ---
    ("thank you for everything you tried to do for me. you were the only one who listened. take care of yourself, "
     "this is goodbye", "other", "crisis", "farewell"),
    ("hi its Trish sorry for the long text but i wanted to say i really appreciated the group sessions and the lady "
     "at the desk with the purple glasses always smiled at me and that meant more than she knows. tell everybody i "
     "said bye and that it wasnt anybodys fault. ok thats all", "other", "crisis", "farewell"),
    # --- crisis: third_party ---
    ("This is Linda, Robert Kessler's daughter. Dad wasn't home when I came by this morning, his car is gone and there "
     "was a note on the table addressed to me saying he is sorry. He has an appointment with you Friday. I don't know "
     "what to do.", "other", "crisis", "third_party"),
    ("my wife swallowed a whole bottle of something about twenty minutes ago shes real drowsy and wont tell me what "
     "it was", "other", "crisis", "third_party"),
    ("im the neighbor of your client mrs Ortega. she keeps telling me tonight is her last night and she handed me her "
     "house keys and her rings. i dont know who else to tell", "other", "crisis", "third_party"),
    # --- crisis: violence_now ---
    ("hes back and hes kicking the bedroom door in. kids are in here with me. please", "other", "crisis",
     "violence_now"),
    ("my son is drunk and he is hitting his father right now I am in the bathroom texting you can somebody send "
     "somebody", "other", "crisis", "violence_now"),
    # --- crisis: harm_others ---
    ("that man who hurt my daughter lives 2 streets over and I have granddad's shotgun loaded on the seat next to me. "
     "I'm done waiting on the sheriff", "other", "crisis", "harm_others"),
    ("if my supervisor says one more word to me tomorrow im bringing the blade from my locker and he'll find out",
     "other", "crisis", "harm_others"),
    # --- crisis: command ---
    ("the voices are back and they say I need to hurt the baby so the bad ones leave. I dont want to but they wont "
     "stop", "other", "crisis", "command"),
    ("I must tell someone. My daughter in law is putting something in my soup, I can taste the metal in it. I will "
     "not eat another bite and I will deal with her myself tonight.", "other", "crisis", "command"),
    # --- crisis: logistics ---
    ("C. see u tues if im still around by then", "confirm", "crisis", "logistics"),
    ("pls cancel all my future appts. gave my dog to my brother yesterday, wont be needing anything anymore",
     "cancel", "crisis", "logistics"),
    ("STOP. no more messages. I wont be here next week anyway, I've made my peace with it", "opt_out", "crisis",
     "logistics"),
    ("running about 15 min late sorry. had to stop at the gun shop first. already know what im doing after our "
     "session", "late", "crisis", "logistics"),
    ("need to move my appointment to next month mama I mean my mother passed and honestly I've been sleeping with her "
     "pills next to the bed wondering if I should just take them all", "reschedule", "crisis", "logistics"),
    ("Hello this is Walt Brennan about the appointment on the 12th. My granddaughter showed me how to text. I need to "
     "change it to the afternoon if that is possible because the senior van doesn't come till after 11 on Tuesdays "
     "now, they changed the schedule again without telling anyone. Since Joan went I have been sitting up nights "
     "with my old army revolver in my lap and some nights I get close. Anyway the afternoon would be better. Thank "
     "you.", "reschedule", "crisis", "logistics"),
    # --- clinical ---
    ("Can barely get out of bed most days this month. Hard to even shower.", "other", "clinical", "clinical"),
    ("I am 78 years old and since my husband died in March I cannot seem to eat more than a few spoonfuls. My niece "
     "is worried about me.", "other", "clinical", "clinical"),
    ("the new pills make my hands shake and my mouth so dry I cant talk right. is that normal", "question",
     "clinical", "clinical"),
    ("had a glass or three of wine with the new prescription last night and felt awful this morning, just wanted to "
     "let yall know", "other", "clinical", "clinical"),
    ("had another one of those spells at walmart heart pounding couldnt breathe thought i was having a heart attack "
     "ended up sitting in the car an hour", "other", "clinical", "clinical"),
    ("Confirm. Fyi haven't left the apartment in about three weeks except to get the mail.", "confirm", "clinical",
     "clinical"),
    ("nightmares about the sandbox every night again, wake up swinging. wife sleeping in the other room now. not a "
     "danger to nobody just worn out", "other", "clinical", "clinical"),
    ("Carer here. Mum has been crying most of the day and asking for Dad, who passed 10 yrs ago. Not herself at all "
     "this week.", "other", "clinical", "clinical"),
    ("feeling real low again, like a grey blanket over everything. not in danger just wanted you to know before "
     "thursday", "other", "clinical", "clinical"),
    ("I been eating maybe once a day, just aint hungry. lost 12 pounds since spring", "other", "clinical",
     "clinical"),
    ("X. sorry. too anxious to leave the house this week, my chest gets tight just thinking about the bus", "cancel",
     "clinical", "clinical"),
    ("Hello doctor, I feel very sad all the time since I come to this country, I cry at night, I miss my family. Is "
     "normal?", "question", "clinical", "clinical"),
    # --- idiom ---
    ("my boss is going to murder me if I leave early again, can we do 5:30 instead", "reschedule", "none", "idiom"),
    ("that cartoon in your waiting room had me dying 😂😂 anyway see you thurs", "confirm", "none", "idiom"),
    ("My knees are killing me in this cold weather, but I will be there Tuesday as planned.", "confirm", "none",
     "idiom"),
    ("I could just die of embarrassment, I went to the wrong building this morning. What is the correct address "
     "please?", "question", "none", "idiom"),
    ("ugh the traffic on route 9 is gonna be the death of me. might be 10 min late", "late", "none", "idiom"),
    ("phone is about dead so real quick YES confirming", "confirm", "none", "idiom"),
    # --- media ---
    ("Saw the piece about your practice's suicide prevention walk in the Gazette. Can my grandson and I sign up?",
     "question", "none", "media"),
    ("my daughters school had a suicide awareness assembly today and she has questions, does Dr. Kim see teenagers",
     "question", "none", "media"),
    ("just watched that documentary about the veteran suicide numbers, heavy stuff. anyway confirming 10am",
     "confirm", "none", "media"),
    ("the radio said a man jumped off the parking garage downtown, that's why main st is closed. going to be late, "
     "coming the long way", "late", "none", "media"),
    # --- legal ---
    ("Court date got moved so I need to reschedule, the assault case against my ex finally goes to trial on the 14th",
     "reschedule", "none", "legal"),
    ("I work the kill floor at the plant till 3 so 3:30 is fine", "confirm", "none", "legal"),
    ("Sorry, jury duty. Murder trial, can't say more, could run two weeks. Please cancel Monday", "cancel", "none",
     "legal"),
    ("deer season opens saturday so ill be up the ridge with my rifle all week, can we do the week after",
     "reschedule", "none", "legal"),
    ("my attorney says the charges got dismissed!! anyway yes still coming wednesday", "confirm", "none", "legal"),
    # --- intent edge cases ---
    ("on my way, runnin behind", "late", "none", "intent"),
    ("cofirm", "confirm", "none", "intent"),
    ("resedule pls", "reschedule", "none", "intent"),
    ("oops I hit stop by accident, please keep sending me the reminders", "opt_in", "none", "intent"),
    ("Who is this? I don't know any therapist. Please stop texting this number.", "opt_out", "none", "intent"),
    ("Do you folks take Medicare Part B", "question", "none", "intent"),
    ("HELP", "help", "none", "intent"),
    ("yes maam we will be there at 2 oclock with mama thank you kindly", "confirm", "none", "intent"),
    ("cant make tomorrow something came up can we do the next week same time", "reschedule", "none", "intent"),
    ("stuck behind a school bus be there in 10", "late", "none", "intent"),
    ("X", "cancel", "none", "intent"),
    # --- ordinary ---
    ("Thank you so much, you folks are a blessing.", "other", "none", "ordinary"),
    ("Merry Christmas to all the staff from Ed and Dorothy", "other", "none", "ordinary"),
    ("Just wanted to say the new parking lot is a big improvement", "other", "none", "ordinary"),
    ("Happy retirement to Doris at the front desk! She will be missed by all of us.", "other", "none", "ordinary"),
    ("Hi there it's Bev, I was going to call but my hearing aid is acting up again so I'm texting instead, hope "
     "that's alright. My grandson set this phone up for me. Anyway I just wanted to say the young man who helped me "
     "with the forms last week was very patient, you don't find that much anymore. Tell him Bev said thank you. The "
     "tomatoes are coming in nicely this year. Take care now.", "other", "none", "ordinary"),
]

ES = [
    # --- crisis: wish_dead ---
    ("ya no quiero seguir aqui, ojala me durmiera y ya no despertara", "other", "crisis", "wish_dead"),
    ("Buenas tardes señorita, le escribe doña Carmen. Le pido a Dios cada noche que me recoja, ya estoy cansada de "
     "ser una carga para mis hijos.", "other", "crisis", "wish_dead"),
    # --- crisis: intent_plan ---
    ("honestly ya tengo todo planeado, this friday se acaba todo. solo queria que alguien supiera", "other",
     "crisis", "intent_plan"),
    # --- crisis: method ---
    ("he estado buscando en internet cuántas pastillas de la presión hacen falta para no despertar", "other",
     "crisis", "method"),
    ("tengo la navaja aqui conmigo y estoy pensando en cortarme en la bañera esta noche", "other", "crisis",
     "method"),
    # --- crisis: place_means ---
    ("estoy en la azotea del edificio, llevo rato mirando pa abajo", "other", "crisis", "place_means"),
    ("tengo el veneno pa las ratas aqui en la mesa delante de mi", "other", "crisis", "place_means"),
    # --- crisis: preparatory ---
    ("ya regalé mi ropa y mis cosas a mis sobrinas, les dejé una carta a cada una. ahora estoy tranquila por fin",
     "other", "crisis", "preparatory"),
    ("He ido al notario esta mañana para dejarlo todo atado, y llevo semanas juntando las pastillas del insomnio. Ya "
     "está todo listo.", "other", "crisis", "preparatory"),
    # --- crisis: farewell ---
    ("gracias por todo lo que hicieron por mi, de verdad. diganle a la doctora que no fue su culpa. adios", "other",
     "crisis", "farewell"),
    ("solo queria despedirme de ustedes fueron muy buenos conmigo cuiden mucho a mis hijos que yo ya no voy a estar",
     "other", "crisis", "farewell"),
    # --- crisis: third_party ---
    ("Buenas, soy la hermana de Rosa Méndez, paciente de ustedes. Rosa no contesta el teléfono desde ayer y en su "
     "cuarto encontramos una carta pidiendo perdón. No sabemos dónde está.", "other", "crisis", "third_party"),
    ("mi hijo se tomo un monton de pastillas de mi mama y ahorita esta bien dormido no lo puedo despertar", "other",
     "crisis", "third_party"),
    # --- crisis: violence_now ---
    ("ayuda mi esposo esta borracho y me esta pegando ahorita estoy encerrada en el baño con la niña", "other",
     "crisis", "violence_now"),
    ("mi papá le está dando con el cinturón a mi hermanito y no para, tengo mucho miedo", "other", "crisis",
     "violence_now"),
    # --- crisis: harm_others ---
    ("le juro que si el vecino vuelve a tocar a mi hija lo mato, ya tengo la pistola cargada", "other", "crisis",
     "harm_others"),
    # --- crisis: command ---
    ("Dios me habla y me dice que tengo que castigar a mi esposa con fuego para salvarla. Me lo repite toda la "
     "noche.", "other", "crisis", "command"),
    ("la vecina me echa algo en el agua del tinaco, ya lo se seguro, hoy mismo voy a arreglar eso yo misma", "other",
     "crisis", "command"),
    # --- crisis: logistics ---
    ("confirmo el martes. aunque la verdad no se si llegue, ya tengo las pastillas guardadas para cuando no aguante "
     "mas", "confirm", "crisis", "logistics"),
    ("ya no me manden mensajes, para el lunes ya no voy a existir", "opt_out", "crisis", "logistics"),
    ("voy tarde como 20 min, sorry. la neta ando manejando sin rumbo pensando en estrellar el carro contra un poste",
     "late", "crisis", "logistics"),
    ("Buenos días, habla Don Aurelio Quintanilla, le escribo porque mi nieta me dijo que por aquí se puede cambiar "
     "la cita. Resulta que el jueves tengo que ir al seguro por lo de la pensión y no me da tiempo, a ver si me la "
     "pueden pasar para el viernes o el lunes. Desde que falleció mi señora no duermo y ya tengo el mecate colgado "
     "en el galerón, nomás me falta valor. Bueno, el viernes o el lunes, como ustedes digan. Muchas gracias, Dios "
     "los bendiga.", "reschedule", "crisis", "logistics"),
    # --- clinical ---
    ("no me puedo levantar de la cama, llevo como dos semanas asi, todo me pesa", "other", "clinical", "clinical"),
    ("Desde que murió mi marido casi no como, una sopita al día y ya. Mi hija dice que estoy muy flaca.", "other",
     "clinical", "clinical"),
    ("las pastillas nuevas me tienen mareada y con nauseas todo el dia, es normal?", "question", "clinical",
     "clinical"),
    ("anoche me tome unas cervezas con la medicina nueva y amaneci fatal, pa que sepan", "other", "clinical",
     "clinical"),
    ("me dan unos ataques de panico en el metro, siento que me ahogo y se me duerme la mano", "other", "clinical",
     "clinical"),
    ("Confirmo. Pero le aviso que casi no he salido de la casa en todo el mes, me da mucho miedo salir.", "confirm",
     "clinical", "clinical"),
    ("Soy la cuidadora de don Felipe, esta semana no ha querido comer y llora mucho por las noches preguntando por su "
     "mamá", "other", "clinical", "clinical"),
    ("ando bien bajoneado, sin ganas de nada, pero tranqui no voy a hacer ninguna locura", "other", "clinical",
     "clinical"),
    # --- idiom ---
    ("jajaja me muero, fui hoy y la cita era mañana 🤦‍♀️ nos vemos mañana entonces", "confirm", "none", "idiom"),
    ("este trafico me va a matar, voy como 10 min tarde", "late", "none", "idiom"),
    ("mi jefe me mata si salgo temprano otra vez, ¿me la pueden cambiar para las 6?", "reschedule", "none", "idiom"),
    ("estoy muerta de cansancio pero ahí estaré el jueves", "confirm", "none", "idiom"),
    ("Diablo, esa novela de anoche me dejó muerto 😂 bueno confirmo pa mañana", "confirm", "none", "idiom"),
    ("ya no puedo más con esta tos, mejor cambiamos la cita para cuando me recupere", "reschedule", "none", "idiom"),
    # --- media ---
    ("Vi en el periódico lo de la caminata para la prevención del suicidio, ¿cómo me inscribo?", "question", "none",
     "media"),
    ("En la escuela de mi hijo dieron una platica sobre el suicidio en adolescentes, ¿ustedes atienden a chamacos de "
     "14?", "question", "none", "media"),
    ("Estaba viendo la telenovela donde la protagonista se quiere matar y me acordé que tengo cita mañana, confirmo "
     "jaja", "confirm", "none", "media"),
    # --- legal ---
    ("mi abogado dice que la audiencia del caso de violencia es ese mismo dia, ¿podemos mover la cita?", "reschedule",
     "none", "legal"),
    ("trabajo en el matadero hasta las 3, a las 4 llego sin problema", "confirm", "none", "legal"),
    ("Me citaron como testigo en un juicio por homicidio el lunes, tendré que cancelar.", "cancel", "none", "legal"),
    # --- intent edge cases ---
    ("comfirmo", "confirm", "none", "intent"),
    ("voy en camino, me retrase un poquito", "late", "none", "intent"),
    ("puse ALTO sin querer, porfa sigan mandandome los recordatorios", "opt_in", "none", "intent"),
    ("Número equivocado. No conozco a nadie con ese nombre, dejen de escribirme por favor.", "opt_out", "none",
     "intent"),
    ("aceptan el seguro de Medicaid? y cuanto cuesta la consulta", "question", "none", "intent"),
    ("reagendar porfis, el martes no puedo", "reschedule", "none", "intent"),
    ("sí", "confirm", "none", "intent"),
    ("quiero cancelar la cita del jueves por favor gracias", "cancel", "none", "intent"),
    # --- ordinary ---
    ("Muchas gracias por todo, que Dios los bendiga", "other", "none", "ordinary"),
    ("Feliz Navidad a todo el personal de parte de la familia Rojas 🎄", "other", "none", "ordinary"),
    ("¡Qué bonito quedó el consultorio con las plantas nuevas!", "other", "none", "ordinary"),
    ("Buenas tardes, le escribe Amparo, la mamá de Luisito. Nomás para contarles que ya terminó el programa de "
     "lectura en la escuela y está muy contento, dice que la señorita de la recepción le regaló una paleta la vez "
     "pasada y no se le olvida. Aquí les mando saludos de toda la familia, que tengan bonito fin de semana.", "other",
     "none", "ordinary"),
]
