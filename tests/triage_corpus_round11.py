# ruff: noqa: E501  (client texts keep their writers' long lines)
"""Fifteenth corpus batch: for each kind of miss or false alarm on lists W, X, AA and BB, new
wordings of the same family (other words, other tenses, the other language), not the lists'
texts. Same format as tests/triage_corpus.py, which appends these.
"""

RAW = """
# ---------------------------------------- a means from work, chosen so a test would not find it
en other crisis | night shift again. been stashing the morphine we waste instead of logging it, i have enough now
es other crisis | trabajo en farmacia y he estado guardando ampollas de potasio del trabajo, ya sé cómo sería
en other crisis | did you know some of the stuff we give in the unit doesnt show up on a tox screen. been reading about it a lot
# ---------------------------------------- an overdose already taken or treated, inside a request
en reschedule crisis | need to move thursday, they had to pump my stomach saturday and im still at my aunts
es cancel crisis | no voy a poder ir el martes, anoche me tomé lo que quedaba del frasco de mi abuela y me siento rara
# ---------------------------------------- the two of us, off a height; how easy the step would be
es reschedule crisis | ¿podemos pasar la cita? cuido a mi esposo solo y a veces pienso en meter el carro al río con los dos para que ninguno sufra más
en other crisis | keep catching myself thinking how easy it would be to let go of the wheel on the bridge
# ---------------------------------------- a threat heard while hiding; a tool "not joking"
en other crisis | she keeps saying she's going to stab me, im hiding in the laundry room, she'll hear me if i call
es other crisis | está gritando que me va a matar, me encerré en el baño con los niños
en other crisis | swear if my landlord shows up again im coming with the crowbar, not kidding around
# ---------------------------------------- hyperbole over an everyday mishap: no flag
en late none | could just die, forgot my badge and had to drive back. 15 late
es confirm none | ay me quiero morir, se me cayó el café encima antes de salir jaja. ahí nos vemos
en reschedule none | the internet at my place is so suicidal lately, can we do phone instead
# ---------------------------------------- a story someone else lived: no flag
es confirm none | qué serie la de anoche, el soldado que se tira del puente al final, no lo esperaba. nos vemos el lunes
en question none | my daughter is reading a novel about a girl who wants to die, how do I talk about it with her?
# ---------------------------------------- the past, someone else's suicide, an assault lived with: clinical
en other clinical | burned my arms a few times in college, nothing in years. just so the new intake has it
es other clinical | mi vecino se suicidó hace dos semanas y no me lo puedo sacar de la cabeza
en other clinical | ever since the assault I flinch when anyone comes up behind me. I'm not in danger
# ---------------------------------------- everyday symptoms said plainly: clinical
en other clinical | havent really eaten in 3 days, nothing tastes like anything
es other clinical | mi mamá con demencia me tiene agotada y anoche le grité, me siento la peor hija
en other clinical | the newborn cries and I don't feel anything toward him, like he's a neighbor's baby
en other clinical | honestly still annoyed with you after last session, felt like you didn't listen
"""
