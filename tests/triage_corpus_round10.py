# ruff: noqa: E501  (client texts keep their writers' long lines)
"""Fourteenth corpus batch: for each kind of miss or false alarm on lists U, V, Y and Z, new
wordings of the same family (other words, other tenses, the other language), not the lists'
texts. Same format as tests/triage_corpus.py, which appends these.
"""

RAW = """
# ---------------------------------------- a flat passive wish
en other crisis | kinda bummed i woke up again. thats all
es other crisis | la verdad me daría igual si un día no me despierto
# ---------------------------------------- a threat with the target's whereabouts
en other crisis | if he shows up at the hearing, i know where he works and i'll finish it
es other crisis | ya sé dónde trabaja ese tipo y no es una forma de hablar
# ---------------------------------------- letters written, affairs settled, inside a request
es cancel crisis | cancelen lo del lunes, ya tengo listas las cartas para mis nietos
en confirm crisis | confirming friday. sorted out my affairs this week so the only thing left is me
es other crisis | si me pasa algo que mis gatos se queden con mi vecina, ya les compré comida
en late crisis | running late, parked at the overlook trying to decide
# ---------------------------------------- history, resisted urges, panic, MAID: clinical
en other clinical | twenty years ago i tried to end my life. doing well now, just for the intake form
es other clinical | hace como 5 años me corté, ya estoy bien, nomás para que lo sepa
en other clinical | wanted to cut last night but i didn't, used the ice trick instead
en question clinical | does dr lee talk with patients about medical aid in dying? my oncologist brought it up
# ---------------------------------------- work, slips and idioms: no flag
en late none | paramedic shift was brutal, a lady OD'd in the back of the rig. running 10 late
en reschedule none | my boss will kill me if i miss another shift, can we do 8am instead
es late none | este tráfico, me voy a morir aquí. llego tarde
en confirm none | i could strangle my roommate, she ate my lunch again. see you at 3
en reschedule none | going to do video instead, no need to call, just text me the link please
"""
