"""Fifth corpus batch: examples by warning-sign category, written for the category
redesign (frontdesk/services/triage/signs.py) and for the idiom, media, clinical and intent
gaps the held-out lists showed. New wording, not copies of the held-out lists. Same format
as tests/triage_corpus.py, which appends these to CORPUS.
"""

RAW = """
# ---------------------------------------------------------------- preparatory / farewell
en other crisis | gave away my records and my bike, won't need them after this week
en other crisis | put my affairs in order today, the will is signed
en other crisis | found a new home for my cat, she'll be happier there
en other crisis | thank you for everything you did for me, you were always kind
en other crisis | tell my brother it's not his fault
es other crisis | ya regalé mi consola y mis libros, ya no los voy a ocupar
es other crisis | ya dejé todo arreglado con el notario para mis hijos
es other crisis | fue un gusto conocerla doctora, me despido
# ---------------------------------------------------------------- place, method, means
en other crisis | on the roof of the hospital garage, looking over the edge
en other crisis | engine running in the garage, door shut
en other crisis | my grandpa's heart pills are in a jar in front of me
en other crisis | how many sleeping pills is too many
es other crisis | estoy en el puente mirando el agua
es other crisis | tengo las pastillas de mi papá contadas en la mesa
es other crisis | prendí el carro en la cochera con la puerta cerrada
# ---------------------------------------------------------------- third party, violence, others
en other crisis | this is his sister, he left a note and isn't answering his phone
en other crisis | my roommate locked herself in with a knife and won't come out
en other crisis | my husband is choking me right now please call 911
en other crisis | my stepdad is hitting my little brother again, please send someone
en other crisis | I bought a bat and I know where my ex lives now
en other crisis | god told me the neighbor's kid is evil and must be stopped
en other crisis | the neighbors are putting poison in my water to get rid of me
es other crisis | soy la mamá de Lucía, dejó una carta y no contesta
es other crisis | mi pareja me está ahorcando ahorita, ayúdenme
es other crisis | una voz en mi cabeza me dice que lastime a mi hijo
es other crisis | me están envenenando la comida, ya compré un cuchillo para defenderme
# ---------------------------------------------------------------- inside logistics
en confirm crisis | confirming tomorrow, fyi I took a whole bottle of my sleeping pills last night
en cancel crisis | cancel all my sessions, I won't be around for future appointments
es confirm crisis | confirmo el lunes, ayer me tomé una caja entera de pastillas
# ---------------------------------------------------------------- idioms, media, legal
en reschedule none | my manager will kill me if I leave early, could we do 6 instead
en other none | my phone's charger is dead, texting from my wife's phone
en other none | the school had a suicide prevention talk, my son liked it
en late none | jury duty for an assault case ran long, 15 min late
en question none | starving to death, is there a cafe near the office?
es other none | la escuela dio una plática sobre prevención del suicidio
es question none | el enlace está muerto, ¿me mandan otro por favor?
es reschedule none | mi jefa me va a matar si salgo temprano, ¿se puede más tarde?
es other none | ya no aguanto este calor jaja
# ---------------------------------------------------------------- clinical
en other clinical | only eating once a day lately, not hungry
en other clinical | been in bed most of the week
en question clinical | can I have wine with my new medication?
es other clinical | casi no estoy comiendo y duermo muy poco
es other clinical | llevo días sin salir de mi cuarto
es other clinical | el medicamento nuevo me da mareos y náuseas
# ---------------------------------------------------------------- intents
en confirm none | confrim for tomorrow
en reschedule none | need to reschedual please
en opt_in none | pressed stop by mistake, please resume the texts
en opt_out none | wrong number, please stop
es confirm none | confirmo, nos vemos
es reschedule none | quiero reagnedar mi cita
es opt_in none | mandé baja sin querer, quiero volver a recibir los recordatorios
"""
