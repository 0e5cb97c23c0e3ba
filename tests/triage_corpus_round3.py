# ruff: noqa: E501  (client texts keep their writers' long lines)
"""Seventh corpus batch (round 3): for each category behind a miss, false alarm or
wrong intent on held-out lists G and H, three or more NEW wordings of the same category (other
voices, the other language), written before the rules were widened. Variants, not copies of
the held-out texts. Same format as tests/triage_corpus.py, which appends these.
"""

RAW = """
# ---------------------------------------- method: researching places without barriers
en other crisis | been looking up which parking garages downtown have no railings on top
en other crisis | spent the night checking which overpasses around here have no fence
en other crisis | I keep reading about the tallest buildings you can get onto the roof of
es other crisis | estuve buscando qué puentes de la ciudad no tienen malla ni barandal
es other crisis | ando viendo en internet cuáles edificios dejan subir a la azotea
# ---------------------------------------- preparatory: closing accounts, rehoming a pet, settled
en other crisis | cancelled my lease and my gym and found my cat a new family. nice to have it all wrapped up
en other crisis | closed my bank account, gave my bird to the neighbor. everything is taken care of now
en confirm crisis | C. paid off every debt and shut down my phone line after this month, won't need it
es other crisis | ya di de baja mi línea del cel y le dejé mi perrita a mi prima, todo queda arreglado
es other crisis | cerré mi cuenta del banco y regalé a mi gato, ya quedó todo en orden
# ---------------------------------------- preparatory: giving things away inside a long logistics message
en confirm crisis | confirming monday at 10. btw gave my tools to my son in law and my record player to the kid next door, wont be needing any of that stuff. my daughter will drop me off, is there parking in front?
en reschedule crisis | can we move tuesday to the afternoon? also handed my fishing gear to my grandson and my watch to my brother, i wont need them where im going
es confirm crisis | confirmo el lunes. ya le regalé mi bici a mi sobrino y mis libros a la vecina, ya no los voy a ocupar. ¿hay estacionamiento?
# ---------------------------------------- farewell: thanks, look after yourself, goodbye
es other crisis | Muchas gracias por todo, licenciada. Cuídese mucho. Adiós
en other crisis | thank you for everything doc. look after your family. goodbye
en other crisis | thanks for all of it. take care of yourself and your kids. bye
es other crisis | gracias por todo lo que hizo, cuide mucho a su familia, adiós para siempre
# ---------------------------------------- an ordinary goodbye with a reason: not crisis
en cancel none | please cancel, I'm moving to Denver next month. thanks for everything, take care!
es cancel none | cancelen por favor, me cambio de terapeuta por el seguro. gracias por todo, adiós
en cancel none | cancel my sessions, switching to a therapist near my new job. thanks for everything!
# ---------------------------------------- violence now, coded: a pretext call, keys or phone taken
en other crisis | please call and say my appointment was moved to right now, I need an excuse to leave, he hid my car keys
en other crisis | can someone phone me pretending to be the office, he took my phone charger and wont let me go out
en other crisis | text back like you're my cousin please. he took my wallet and I need a reason to get out of here tonight
es other crisis | llámeme y diga que es de la clínica, necesito un pretexto para salir de la casa, me quitó las llaves
es other crisis | está aquí otra vez, borracho, ya me pegó. no puedo llamar a nadie porque me revisa el teléfono
en other crisis | hes back again and drunk, already hit me. cant call anyone he checks my phone
es other crisis | llegó tomado otra vez y ya me golpeó, no me deja usar el cel
# ---------------------------------------- violence now: a child hit, send someone
es other crisis | anoche le pegó a mi hija otra vez y ahorita está gritando, manden a alguien
en other crisis | he hit my son again last night and he's yelling right now, please send someone to 14 Elm
es other crisis | le pegó al bebé y ahorita anda bien enojado, mándeme a la policía
# ---------------------------------------- leaving this world, not knowing if still here
es confirm crisis | confirmo, aunque pa qué, si ya me voy a ir de este mundo
es other crisis | pronto me voy a ir de este mundo, ya no falta mucho
en confirm crisis | confirmed, not that it matters, I'll be leaving this world soon anyway
es reschedule crisis | ¿me la puede cambiar al viernes? no sé si voy a seguir aquí para entonces
en reschedule crisis | move me to next month, not sure I'll still be around by then honestly
es cancel crisis | cancelo, no sé si voy a estar viva para el martes
# ---------------------------------------- a high place, said as where they are
en other crisis | on the top level of the parking structure right now. it's so quiet up here
en other crisis | at the very top of the stairwell on the roof, nobody else up here
es other crisis | estoy en el último piso del estacionamiento, aquí arriba hace mucho viento
# ---------------------------------------- third party: pills taken, perfect tense, drowsy
es other crisis | soy su hermano, se ha tomado casi todo el frasco de pastillas y no se despierta, ¿qué hacemos?
es other crisis | mi mamá se ha tragado un montón de pastillas y está muy dormida
en other crisis | her roommate here, she has taken a bunch of her pills and is really drowsy
en cancel crisis | this is his brother, he swallowed something out of the medicine cabinet, we're at the ER, he can't come today
# ---------------------------------------- means gathered, in the past tense
es confirm crisis | confirmo el viernes. ya reuní todas mis pastillas en una bolsa por si acaso
es other crisis | junté todas las medicinas de la casa en un solo frasco
en confirm crisis | yes confirmed. I put all my pills together in one jar just in case
# ---------------------------------------- idioms: things dead, jokes that "killed", traffic "murder"
en question none | the zoom link you emailed is dead, can you send a new one
en other none | the login page you gave me seems dead
es confirm none | se me ha muerto la batería y no vi nada, confirmo el lunes
es confirm none | se ha muerto el wifi en casa pero ahí estaré
es confirm none | el doctor me mató con su chiste jaja, nos vemos el martes
es other none | mi hermano me mató de risa con su comentario
es late none | el tapón en la autopista me tiene muerta, llego en 15
es late none | este trancón me tiene muerto, voy tarde
en late none | the bridge traffic is sheer murder today, 15 min late
en late none | parking was straight murder, running 5 behind
# ---------------------------------------- work and trade: animals, ranges, court papers
es late none | tengo que matar unas gallinas en la mañana, llego tarde
es other none | mi papá mata los cerdos el sábado, no puedo ir ese día
en other none | I have to kill the chickens for the market tomorrow morning
en other none | I coach at the shooting range on sundays so never book me then
en other none | I work the counter at a gun shop, evenings are best
en question none | do you need a copy of the old restraining order paperwork for my file?
es other none | mi abogado dijo que retiraron los cargos, ya todo se arregló
es other none | el abogado dice que ya cerraron el caso de la pelea, ya no necesito el papel
# ---------------------------------------- media and school mentions in Spanish
es question none | mi hijo tiene una exposición sobre la prevención del suicidio juvenil, ¿tienen folletos?
es question none | mi hija hace un proyecto de la escuela sobre el suicidio en adolescentes, ¿me pueden dar información?
es question none | vi en el noticiero lo de la señora que se aventó del puente, qué tristeza. ¿sigue mi cita?
# ---------------------------------------- sympathy with news and horror films: not clinical
en confirm none | saw the news about that shooting at the mall, so sad. anyway see you thursday
es confirm none | vi lo del accidente en la tele, qué triste. nos vemos el lunes
en confirm none | watched a scary movie and I'm never sleeping again lol. see you wednesday
# ---------------------------------------- clinical: staying in, grief anniversary, cravings
en other clinical | haven't really gone out of the house in weeks, just so you know
en confirm clinical | it's two years since mom passed and this week is hard. I'll be there
en other clinical | been in bed since friday, didn't shower and barely ate
es other clinical | llevo un año limpia pero estos días tengo muchas ganas de volver a tomar
en other clinical | 8 months sober but the cravings to use again are strong this week
# ---------------------------------------- intent: a reply letter at the end
en confirm none | thanks for the reminder, got it. C
en confirm none | long week but looking forward to it. C
en reschedule none | something came up at work. R
# ---------------------------------------- intent: STOP sent by mistake
en opt_in none | hit stop by mistake, can i keep getting the reminders
es opt_in none | puse BAJA por error, quiero seguir recibiendo los mensajes
es opt_in none | mandé ALTO sin querer, quiero seguir recibiendo los avisos
# ---------------------------------------- intent: a carrier keyword opening a message
en opt_out crisis | STOP. I won't be needing reminders after this
es opt_out crisis | BAJA. ya no me escriban, pronto no voy a estar
en opt_out none | STOP. I moved to another practice
# ---------------------------------------- intent: help, reschedule without "reschedule"
en help none | help, what do I reply to confirm
en help none | info what are the options
es reschedule none | no puedo el lunes tengo junta, se puede el jueves?
es reschedule none | ¿me la pasas para las 5?
es reschedule none | ¿se puede pasar a la mañana? tengo trabajo en la tarde
es reschedule none | podemos pasar mi cita al viernes?
en reschedule none | can we do after 4 instead, work runs late
en confirm none | my shift got moved so I can make wednesday after all
en confirm none | friday still good for me
es late none | ya salí, se me hizo tarde
en cancel none | I won't be needing the monday slot, thanks
"""
