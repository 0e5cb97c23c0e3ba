# ruff: noqa: E501  (client texts keep their writers' long lines)
"""Sixth corpus batch (round 2): for each warning-sign category that held-out lists E
and F showed the rules missing (or each idiom / media / workplace mention they flagged), three
or more NEW wordings of the same category, written before the rules were widened. Variants, not
copies of the held-out texts. Same format as tests/triage_corpus.py, which appends these.
"""

RAW = """
# ---------------------------------------- method: researching an amount
en other crisis | looked up how many of my lexapro it'd take, wrote the number down
en other crisis | been googling how many tylenol it takes so you don't wake up
en other crisis | trying to work out how many of grandma's blood pressure pills would do it
es other crisis | estuve buscando cuántas de mis pastillas de la presión harían falta
es other crisis | ya investigué cuántas tabletas se necesitan, ya sé el número
# ---------------------------------------- method: rehearsal with a cord
en other crisis | a teacher told us our daughter has been practicing with a scarf in the bathroom
en other crisis | her friend says she's been testing whether the closet rod holds her weight with a belt
en other crisis | my nephew told his cousin he tried the cord out in the garage to see if it holds
es other crisis | su maestra nos dijo que mi hija ha estado practicando con un cinturón en el clóset
# ---------------------------------------- third party: a note, a photo, silence
en other crisis | this is Dev's dad, his bed wasn't slept in and there's a note on the kitchen table that says forgive me
en other crisis | I'm her roommate, found a note saying sorry and she's not picking up
en other crisis | hi it's Kayla's aunt, she left her phone at home with a letter addressed to her mom and nobody can find her
en other crisis | my cousin posted a photo of her pill bottles with the word sorry and won't pick up, she sees you on tuesdays
en other crisis | our son sent his sister a picture of the rope in his room and isn't replying
en other crisis | my girlfriend's story is just a pile of pills and she isn't answering, she's your patient
en other crisis | writing about your client Sam, his mother says he has been saying he won't be around for the holidays
es other crisis | soy el hermano de Nico, encontré una nota en su cuarto y no contesta
es other crisis | le escribe la tía de Vale, no ha llegado a casa y dejó un recado que dice perdónenme
es other crisis | mi amiga subió una foto de un montón de pastillas y ya no contesta, es paciente de ustedes
# ---------------------------------------- command hallucinations
en other crisis | the voice keeps saying I need to burn myself to make it quiet
en other crisis | heard the voice again telling me to cut deeper this time
en other crisis | something in my head says I have to bleed to get clean
es other crisis | la voz me dice que me tengo que cortar para sacar lo malo
# ---------------------------------------- persecution with certainty and a threat
en other crisis | my neighbor is slipping something in my coffee, I know it for sure, I'll deal with her myself today
en other crisis | someone keeps adding stuff to my well water, I'm not drinking anything until I handle it
es other crisis | mi cuñado le pone algo a mi comida, estoy segura, hoy me encargo de él
es other crisis | los de arriba me echan químicos por la ventila, ya sé cómo pararlos
# ---------------------------------------- preparatory: finality inside logistics
en confirm crisis | yes confirmed. not that it'll matter after friday, I've got everything taken care of
en confirm crisis | C. won't matter by then anyway, all my stuff is squared away
en reschedule crisis | sure push it to next month, won't matter much by then, my affairs are settled
es confirm crisis | sí confirmo, total ya no va a importar, ya dejé todo resuelto
es confirm crisis | confirmado, igual después del viernes no va a importar, ya tengo todo arreglado
# ---------------------------------------- self-harm said inside logistics
en cancel crisis | have to cancel, dad found out i cut again and i'm grounded
en late crisis | running late, i cut last night and had to redo the bandage
en reschedule crisis | can we do friday instead, i burned again over the weekend and it's a mess at home
# ---------------------------------------- violence now: locked in, don't call
es other crisis | mi padrastro nos tiene encerrados en el cuarto y está borracho, no me marquen
es other crisis | mi ex nos encerró a mí y a los niños, si le hablo a alguien dice que nos va a ir peor
en other crisis | my stepdad locked us in the basement and took my phone, don't call this number
en other crisis | he has my phone and won't let us leave the house, please don't call back, text only
en other crisis | he's pounding on the bathroom door trying to get in, me and the baby are inside
en other crisis | she's smashing the bedroom door with a hammer, we're stuck in here
en other crisis | my dad is breaking down my door rn
es other crisis | está pateando la puerta del cuarto, estoy adentro con los niños
# ---------------------------------------- intent: where they are going
es opt_out crisis | ya no me escriban, a donde voy no hacen falta recordatorios
es other crisis | no se preocupen por mí, adonde me voy ya no hace falta nada
en opt_out crisis | STOP, where I'm headed I won't need reminders
# ---------------------------------------- intent and plan with a time
en other crisis | mind's made up, saturday is it. wanted one person to hear it
en other crisis | I've made up my mind, tonight is it
en other crisis | decided. after the holidays that's it for me, just wanted someone to know
es other crisis | ya me decidí, este sábado es el día. solo quería que alguien lo supiera
en other crisis | i will finish with my life after the holidays, it is decided
en other crisis | planning to finish myself once the kids are back at school
# ---------------------------------------- preparatory: will, home for a pet, letters
en other crisis | my will is updated, the dog has a good home lined up, and I've written to each of my children
en other crisis | got my papers in order and found a loving home for the cats. thank you for all your patience over the years
en other crisis | wrote letters to my kids and put the deed and the will in the top drawer
es other crisis | ya puse en orden mi testamento y le encontré un buen hogar a mi gato
# ---------------------------------------- farewell: nobody's fault, said bye
en other crisis | let everybody know I said goodbye, none of this is anyone's fault
en other crisis | tell the group I said bye and that nobody should blame themselves
en other crisis | pass on to the girls at the desk that it was never their fault. bye now
es other crisis | díganle a todos que me despedí y que no es culpa de nadie
es other crisis | mil gracias por todo lo que hizo por mí, doctora. no fue culpa suya. adiós
es other crisis | dígale a la doctora que no fue su culpa, ya no pude más
# ---------------------------------------- logistics with "if I'm still here"
en confirm crisis | yes see you monday, assuming I'm still here by then
en confirm crisis | confirmed for the 12th if I make it that long
en reschedule crisis | next month works, if i'm still alive
es confirm crisis | confirmo el jueves, si es que sigo vivo para entonces
# ---------------------------------------- made peace, won't be here
en opt_out crisis | unsubscribe me, I'm at peace with how this ends and I won't be here to read them
en cancel crisis | cancel it. I won't be here next month, I've made peace with that
en opt_out crisis | no more reminders. I've said what I needed to say and I've made my peace
es opt_out crisis | ya no me manden nada, ya hice las paces con todo, no voy a estar aquí
# ---------------------------------------- wish to be dead: asking God to take them
es other crisis | todas las noches le pido al Señor que ya me lleve
es other crisis | estoy harta de ser una carga para mi familia
es other crisis | ruego a Diosito que me recoja pronto
en other crisis | every night I ask the Lord to take me home, I'm just a weight on my kids
en other crisis | I pray God takes me in my sleep
# ---------------------------------------- method: a car and something to hit
es late crisis | llego tarde, vengo manejando con ganas de meterme debajo de un tráiler
es other crisis | ando pensando en chocar el coche contra un muro a propósito
es cancel crisis | no voy a llegar, me dan ganas de estampar el carro contra el puente
en late crisis | running late, keep thinking about steering into the concrete divider
# ---------------------------------------- idioms: heat, cough, stunned, flat battery
es question none | ya no aguanto más esta calor, ¿tienen ventilador en la sala?
es other none | no aguanto más el tráfico de la mañana jaja
es reschedule none | ya no puedo más con esta gripa, ¿la pasamos a la otra semana?
es other none | me quedé muerta cuando vi la cuenta del súper
es other none | nos quedamos muertas con la noticia de la boda jaja
en confirm none | battery's nearly dead, confirming tmrw
en other none | phone almost dead, will text later
en late none | my car is about to die, running late
# ---------------------------------------- media, news, school, books
en confirm none | saw a news segment on teen suicide rates, so sad. confirming thurs
en other none | listening to a podcast about a murder in Ohio while I wait
en question none | my son's school is doing a suicide awareness week, do you have pamphlets?
en other none | the tv said a woman jumped from the overpass so the highway is closed
es question none | vi en las noticias que hubo un asesinato en la colonia, ¿abren mañana?
es other none | en la escuela dieron una charla de prevención del suicidio para padres
es other none | estoy leyendo un libro sobre la muerte de Frida, muy bueno
es other none | en la serie de anoche el villano mató a la hermana jaja
# ---------------------------------------- work, hunting, court
en confirm none | I'm on the kill line at the packing plant until 4, 4:30 works
en other none | work at the slaughterhouse so mornings are tough for me
es confirm none | salgo del rastro a las 2, llego a las 3
en reschedule none | elk season starts monday and i'll be out with my rifle, can we move it a week
en other none | duck season, out in the blind with my shotgun till dark
en confirm none | court granted the protective order so we are all good, see you friday
en other none | the restraining order was approved today, feeling relieved
# ---------------------------------------- ordinary: children's news, symptoms
en other clinical | my 7 year old cries every night before school and says her head hurts
en other none | my kid finished all her classes, tell the doctor she says hi
es other none | mi niño pasó de año, díganle a la doctora que le manda saludos
"""

# Round 2, second pass: the categories that only the learned layer caught on lists E and F;
# the rules should name them too. New wordings, written before the lexicons were widened.
RAW += """
# ---------------------------------------- preparatory: given away, a secret kept
en other crisis | handed all my hoodies and my speaker to my best friend. didn't tell her why
en other crisis | left every one of my plushies with my cousin, she doesn't need to know the reason
en other crisis | got my brother to promise he'd look after my fish. he asked why, I didn't answer
es other crisis | le di todos mis juegos a mi hermano y no le dije por qué
es other crisis | le regalé mi compu y mis audífonos a mi prima, ya yo no los voy a usar
# ---------------------------------------- letters written and left
es other crisis | ya tengo escritas unas cartas para mis hijos, están en el cajón
es other crisis | terminé las cartas pa mi familia, las dejé en la mesa
# ---------------------------------------- harm to others: close to hurting a child
en other crisis | I came so close to shaking my newborn tonight, I had to leave the room
en other crisis | nearly hit my toddler today when she wouldn't stop, I'm scared of what I'll do
en other crisis | I'm this close to hurting him, he won't stop crying
# ---------------------------------------- a plan held, nobody will stop it
es other crisis | ya tengo todo planeado y esta vez nadie me va a detener
en other crisis | the plan is set and nobody is going to stop me this time
en other crisis | i have it all planned out, for real this time
# ---------------------------------------- harm to others: a weapon, going after someone
es other crisis | mi hijo agarró un cuchillo y dice que va a buscar al que le robó
en other crisis | my son grabbed the bat and says he's going after the kid who jumped him
es other crisis | soy la esposa de Raúl, sacó la escopeta y dice que va a buscar a su hermano
# ---------------------------------------- intent: a last night said to someone
en other crisis | my neighbor who sees you keeps saying tonight is her last night on earth
en other crisis | she told me today is her last day, she's your client
es other crisis | mi mamá dice que esta es su última noche, es paciente de ustedes
# ---------------------------------------- plan: it all ends on a day
es other crisis | el viernes se acaba todo, solo quería que alguien lo supiera
es other crisis | este fin de semana se termina todo, ya está decidido
en other crisis | it all ends on friday, just wanted someone to know
# ---------------------------------------- means at hand: poison in front of them
es other crisis | tengo el raticida enfrente de mí
es other crisis | el veneno para ratas está frente a mí en la mesa
en other crisis | the rat poison is sitting in front of me on the table
# ---------------------------------------- violence now: a belt, a child
es other crisis | mi padrastro le está dando con la chancla a mi hermana y no para
es other crisis | mi mamá nos está pegando con el cable, ayuda
en other crisis | dad is whipping my little brother with his belt right now and won't stop
# ---------------------------------------- command: God speaks, punish with fire
es other crisis | Dios me habla y me pide castigar a mi hijo
es other crisis | el diablo me habla y me dice que queme la casa con mi familia adentro
en other crisis | God speaks to me and says I must punish my wife with fire to save her
# ---------------------------------------- ordinary: school, shows, good news
en other none | we have to watch a movie about a shooting for history class and write a report
en other none | our book club is reading a mystery where the butler dies, so fun
es other none | tengo que ver una película de guerra para historia jaja
en other clinical | my son has stomach aches every school morning, the pediatrician found nothing
es other none | mi hija se graduó, díganle a la doctora que estamos felices
"""

# Round 2, third pass: the categories list D (already opened when the learned layer was chosen)
# still leaves to the learned layer: a stockpile of any medicine, alcohol with pills, a love
# said in the past tense to pass on, doubting they reach next week, a rail or footbridge.
RAW += """
en confirm crisis | yes confirm. btw been stashing my metformin for weeks now
en other crisis | I've been hoarding my mom's heart medication in my drawer
es confirm crisis | confirmo, llevo semanas juntando la insulina
en late crisis | late, been parked for an hour with a bottle of whiskey and all my pills
en other crisis | sitting alone with a fifth of vodka and my sleeping pills
es other crisis | estoy sola con una botella de tequila y las pastillas de mi mamá
es other crisis | díganle a mis hijos que los quise mucho
es other crisis | dile a mi mamá que la quise
en other crisis | tell my son I always loved him, ok?
es reschedule crisis | muévanme la cita, aunque dudo llegar a la otra semana
en reschedule crisis | move it if you want, I doubt I'll make it to next week
es cancel crisis | cancelen, no creo que llegue al lunes
en other crisis | standing on the pedestrian bridge over the rail line again
en other crisis | back on the overpass above the freeway, trucks every minute
es other crisis | otra vez en el puente peatonal arriba de las vías
"""

RAW += """
# ---------------------------------------- command: a device gives orders
en other crisis | the tv keeps sending me instructions about the family upstairs and I have to obey
en other crisis | the news anchor is telling me what to do about my sister, I have to obey
es other crisis | la radio me da órdenes sobre mi vecino y tengo que obedecer
"""
