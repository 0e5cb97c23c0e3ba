# ruff: noqa: E501  (client texts keep their writers' long lines)
"""Eleventh corpus batch: for each kind of miss or false alarm on held-out lists O and P, new
wordings of the same family (other words, other tenses, the other language), not the lists'
texts. Same format as tests/triage_corpus.py, which appends these.
"""

RAW = """
# ---------------------------------------- a method named as a joke over a team, a song, a chore
en confirm none | if the Lakers blow it tonight I'm throwing myself off the balcony lmao. see u thurs
en reschedule none | honestly would rather hang myself than sit through another one of those group trainings haha, can we do 5 instead
es confirm none | si la selección pierde otra vez me aviento del puente jajaja. el jueves ahí estoy
es late none | estoy que me tiro del balcón con tanto papeleo jaja, llego 10 min tarde
en confirm none | if I have to hear that ringtone one more time I'm gonna jump off a bridge lol. yes to friday
# ---------------------------------------- joy said as dying
en other none | WE GOT THE APARTMENT!!! i could die rn 😭 thank you for helping me get through the search
es other none | me aceptaron en la universidad me muero de la emoción!!! gracias por todo
# ---------------------------------------- a chore "actually killing me", a dead man if late
en late none | this line at the DMV is literally killing me, gonna be 10 late
en reschedule none | I'm a dead man if I miss my daughter's recital, could we do 11 instead
es confirm none | literally dying con este calor pero sí voy el lunes
# ---------------------------------------- "cortar": a break-up, a service cut
es other clinical | desde que me cortó mi pololo estoy triste todo el día
es late none | me cortaron la luz y el celular se quedó sin batería, llego un poco tarde
# ---------------------------------------- the fear of dying inside a panic attack
es other clinical | otra vez me dio un ataque de pánico en el metro, sentía que me iba a morir
# ---------------------------------------- ropes, livestock, a hunting stand
en confirm none | spent all day tying ropes down on the flatbed, tired but see you tomorrow
es reschedule none | el sábado vamos a carnear un novillo para la boda de mi prima, ¿me cambia al lunes?
en reschedule none | opening weekend of deer season, I'll be in the tree stand from dawn with my dad's old rifle, could we move to tuesday
# ---------------------------------------- means given up; self-harm in the past
en other clinical | had a bad night and wanted to cut but I flushed the razors and called my mom, doing ok now
es other clinical | de chamaca me cortaba, anoche tuve ganas pero no lo hice, le marqué a mi hermana
es other clinical | hace mucho me hacía cortes, hoy me acordé de eso pero estoy bien
en other clinical | my coworker shot himself in march. I'm not planning on doing anything to myself, I just keep seeing his truck
# ---------------------------------------- a caregiver's exhaustion, with its cause
es other clinical | a mi papá lo cuido yo sola desde que le dio el derrame y ya no puedo más, no duermo
# ---------------------------------------- good news that explains a goodbye
en cancel none | got the promotion!! won't need the friday spot anymore, thanks for everything
# ---------------------------------------- distress said plainly, sleep and eating as behaviour
en other clinical | i feal sad every day and i dont eat much
en other clinical | keep waking up screaming from the same bad dreams about the accident
es other clinical | sueños feos todas las noches y me levanto llorando
en other clinical | chest pounding out of nowhere at work again, had to go sit in my car
en other clinical | the baby's due date would have been this week. not doing great
es other clinical | un año intentando embarazarnos y otra vez me vino la regla
en confirm clinical | fell off the wagon, back on the bottle since the divorce. see you monday
# ---------------------------------------- crying at a story, a "nightmare" commute
en confirm none | that movie where the dog dies at the end had me in tears lol. confirm wed
es confirm none | terminé la novela que me recomendó y lloré como magdalena al final. sí voy el martes
en late none | the commute today is an absolute nightmare, running 10 late
# ---------------------------------------- something vague settled, with reassurance or a last time
en other crisis | no need to worry about me anymore. it's all taken care of for this weekend
es other crisis | ya quedó todo arreglado, no se preocupe más por mí
en confirm crisis | see you tuesday. probably my last session anyway, i've got everything figured out
# ---------------------------------------- "done", insisted on; a passive wish; one's own end
en other crisis | i'm done. for real this time, not joking
es other crisis | ya me rindo, y no es drama esta vez
en other crisis | sometimes i hope my flight just crashes on the way home. wouldn't mind
es other crisis | ojalá el camión se vuelque con mi carro adentro, así ya no tendría que despertar
# ---------------------------------------- joining God soon, a relative's thoughts of a method
en cancel crisis | this is Maria's son, she asks to cancel thursday. she keeps saying she'll be with Jesus soon and won't need doctors
es other crisis | le escribe la nuera de don Tomás, él anda diciendo que quiere tomarse el veneno de las gallinas
en other crisis | this is his wife, he keeps talking about taking all his pills and I don't know what to do
# ---------------------------------------- found down, empty packs
es other crisis | lo encontré en el suelo del baño con las cajas de pastillas vacías, no responde bien
en other crisis | came home and found her passed out, empty pill bottles on the nightstand
# ---------------------------------------- a near attempt
en reschedule crisis | can we push to friday. nearly drove off the overpass last night, had to pull over
es other crisis | anoche por poco me aviento del puente, me regresé no sé ni cómo
# ---------------------------------------- a pet rehomed and accounts wrapped up; undeserving gift
en cancel crisis | cancel monday please. my neighbor is taking the cat, and the passwords are in the drawer by the door
es other crisis | ya le dejé la gatita a mi vecina y estoy borrando mis cuentas
en confirm crisis | confirm 2pm. gave my guitar to my cousin, she deserves it more than me
# ---------------------------------------- saved medicine, enough for two
en other crisis | been hiding dad's oxycodone for months, there's enough for the two of us now
es other crisis | estoy guardando la morfina de mi esposo, ya alcanza para los dos
# ---------------------------------------- not needed from a day; a place and its timing
es opt_out crisis | BAJA. después del viernes ya no hará falta
en other crisis | been walking along the tracks behind the plant, I know when the last freight comes through
# ---------------------------------------- worth more through the insurance; a vow, insisted on
en other crisis | my kids would be better off cashing in my life insurance
en other crisis | I'm going to put him in the ground, not kidding
# ---------------------------------------- a joke's wording with a real sign stays crisis
en other crisis | i would rather kill myself than go back to him
es other crisis | si mi esposa me deja me mato, ya tengo la soga
en other crisis | lol if the Bears lose I'm jumping off a bridge, already have the pills counted out
en other crisis | used to cut in high school and I did it again last night
# ---------------------------------------- a voice commanding a method; a threat reported
en other crisis | the voice says walk into the river tonight and it won't shut up
es other crisis | mi tío anda con la pistola gritando que nos va a matar a todos, estamos en el cuarto
"""
