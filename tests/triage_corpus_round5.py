# ruff: noqa: E501  (client texts keep their writers' long lines)
"""Ninth corpus batch: for each kind of miss or false alarm on held-out lists K and L, new
wordings of the same family (other words, the other language), not the lists' texts. Same
format as tests/triage_corpus.py, which appends these.
"""

RAW = """
# ---------------------------------------- farewell: euphemism, a goodbye passed on through someone
en other crisis | my cousin texted the group chat "see you all in the next life" and turned his phone off
es other crisis | nos vemos del otro lado, gracias por todo
en other crisis | thanks for never giving up on me. say goodbye to the girls at reception for me
es other crisis | gracias por tenerme paciencia estos años. despídame de la recepcionista, dígale adiós de mi parte
# ---------------------------------------- third party: other reporters, the client's words passed on
en other crisis | this is Tom's coworker, he told me his kids would be better off without him and he didnt come in today
es other crisis | soy el padrino de Luis, anda diciendo que su familia estaría mejor sin él y no contesta
# ---------------------------------------- plan: waiting to be alone, not to be found
en other crisis | I have it all planned out, once my wife is at her sisters on friday
es other crisis | ya lo tengo pensado, cuando mis hijos se vayan con su papá lo hago
en other crisis | waiting until my roommate leaves so he doesnt find me
es opt_out crisis | hoy se termina todo, ya no me escriban
en other crisis | it all ends this weekend, thanks for trying
# ---------------------------------------- method: other tenses, "enough", how easy
es late crisis | perdón, voy tarde, estuve en el puente un rato pensando si saltaba
en other crisis | been looking at whether the parking garage on 5th is tall enough
es other crisis | quería saber si el puente de la autopista es lo bastante alto
# ---------------------------------------- overdose nearly not survived, more meant
en reschedule crisis | R pls, they had to narcan me saturday and honestly tonight im taking double
es other crisis | por poco no la cuento con la heroína el sábado, hoy me meto más
# ---------------------------------------- a medicine with a bottle of alcohol, asked about
en other crisis | what would happen if someone took their xanax with a whole bottle of wine? asking for me
es other crisis | ¿qué pasa si me tomo las pastillas para dormir con una botella de tequila entera?
# ---------------------------------------- a passive wish: something happening to them
en other crisis | honestly praying a semi takes me out on the highway tonight
es other crisis | ojalá me atropelle un camión de camino al trabajo
# ---------------------------------------- violence: things thrown, kept in, a check-in deadline, a code word
en other crisis | my boyfriend smashed the tv and says im not going anywhere tonight
es other crisis | mi esposo aventó los platos y dice que no salgo de la casa, manden a alguien
en other crisis | if i dont text you back by 10 call the police please
en other crisis | he took my car keys again and said if i go to my moms he'll make sure i regret it
es confirm crisis | confirmo el martes. díganle a la doctora que está pasando otra vez
# ---------------------------------------- medical danger: fainting after days without food
en other crisis | passed out at work, havent eaten since thursday
es other crisis | me desmayé en la ducha, llevo tres días sin comer
# ---------------------------------------- command hallucination: a ritual harm
en other crisis | god keeps telling me the baby has to be purified before sunday
es other crisis | la voz dice que tengo que limpiar con fuego la casa antes de que nazca el bebé
# ---------------------------------------- preparatory: things handed over, letters written
en confirm crisis | confirmed. gave my nephew my guitar and finished writing my dad a letter, so that's handled
es other crisis | le regalé a mi hermano mi consola y les escribí las cartas a mis papás
# ---------------------------------------- not crisis: crisis-line work, a class or series on the subject
en reschedule none | started training for the suicide hotline on tuesdays, can we do wednesdays instead
es reschedule none | empecé de voluntaria en la línea de la vida los jueves, ¿me cambia al viernes?
en question none | my criminology course has a module on serial killers, any good podcasts?
es confirm none | tengo examen de la materia sobre violencia y abuso el lunes, pero confirmo el martes
# ---------------------------------------- not crisis: a danger survived, a chore that "could kill"
en other none | the storm took the roof off the barn, we all thought we were going to die but everyone is fine
es other none | se nos fue la luz en el elevador, creímos que nos íbamos a morir jaja
en late none | I could kill my roommate for taking my car again lol, running 10 late
# ---------------------------------------- clinical, not crisis: self-harm given up, an urge that passed
en other clinical | six months clean from cutting today, wanted you to know
es other clinical | llevo ocho meses sin cortarme, la psicóloga dijo que lo compartiera
en other clinical | got the urge to cut after the fight but I called my sister instead and it passed
"""
