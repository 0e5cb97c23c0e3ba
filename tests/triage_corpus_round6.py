# ruff: noqa: E501  (client texts keep their writers' long lines)
"""Tenth corpus batch: for each kind of miss or false alarm on held-out lists M and N, new
wordings of the same family (other words, the other language), not the lists' texts. Same
format as tests/triage_corpus.py, which appends these.
"""

RAW = """
# ---------------------------------------- hyperbole over a trivial cause: a bus, a form, a blunder
en late none | ugh kms if this train sits outside the station any longer, gonna be 10 late
es question none | me mato si tengo que llenar ese formulario otra vez jaja, ¿sirve el del año pasado?
en question none | omg kill me now, I forgot my wallet at work. can I pay next time?
en reschedule none | brb going to go die in a hole, forgot I have the dentist at 2. can we move to 4?
en late none | my toddler dumped juice all over the stroller, literally dying. running 15 min late
en confirm none | our bowling league is so dead this season lol. anyway confirmed for tues
es reschedule none | me estoy matando trabajando esta semana, ¿podemos pasar la cita al jueves?
en confirm none | killing myself studying for boards this week, see you friday anyway
es other none | mi hermano se pasa el día matando zombies en la compu
# ---------------------------------------- fiction and games
en confirm none | my favorite character got killed off in the finale, so rude. confirm monday
es confirm none | anoche vimos una peli donde todos mueren al final, qué drama. confirmo el jueves
en question none | my son keeps asking to play a game called dead by daylight, is that ok at 9?
# ---------------------------------------- working with danger: the trade's words
en reschedule none | EMT here, we had three overdoses on shift last night, can we push to friday?
es late none | soy paramédico, llegaron dos heridos de bala al final del turno, voy 20 min tarde
en late none | ER nurse here, a stabbing came in right before I clocked out, running late
# ---------------------------------------- a hunting trip, a letter for a lawyer or a school
en reschedule none | taking my son duck hunting saturday morning so can we do the afternoon? he gets to carry the shotgun this year
es reschedule none | vamos de cacería con mi suegro el sábado, ya le compró escopeta nueva, ¿me cambia la cita al lunes?
es question none | la escuela pide una constancia de que mi hijo va a terapia, ¿me la pueden dar?
en question none | my lawyer needs a letter that I've been coming to sessions, who handles that?
# ---------------------------------------- a loss to suicide, self-harm in the past, a soft "but": clinical
en other clinical | my uncle took his own life in march and the holidays are hitting hard. im safe, just heavy
es other clinical | mi amiga se quitó la vida hace un año, hoy la extraño mucho pero estoy bien
en other clinical | I used to cut in high school but I've been clean for years. a movie brought it all back up today
es other clinical | no voy a hacer nada, pero hoy me duele mucho todo
en other clinical | drank again after 6 months sober, just one night but I feel awful
# ---------------------------------------- symptoms said as behaviour
en other clinical | put my whole paycheck into sports betting again and my husband doesn't know
es other clinical | me salto la cena casi todos los días y me peso en la mañana y en la noche
en other clinical | we keep screaming at each other all the time now and the kids hear everything
es other clinical | mi hija lleva un mes encerrada en su cuarto y ya no quiere salir con sus amigas
en other clinical | since the crash I can't stop seeing it when I close my eyes
en other clinical | life feels so flat lately. not going to do anything stupid, just flat
es other clinical | me siento una basura desde que perdí el trabajo
# ---------------------------------------- plan: the others out of the way, how and when
en other crisis | after my husband leaves for his trip sunday I will do it. I decided
es other crisis | ya decidí cómo y cuándo, el domingo antes de que despierten todos
en other crisis | figured out the how and the when. before the kids get home friday
# ---------------------------------------- rehearsal with a rope or belt
en other crisis | last night I tied the belt to the closet rod just to test it
es other crisis | amarré el cinturón a la viga del garage a ver si aguanta
# ---------------------------------------- what amount is enough, a supply at hand; the dose that would stop the heart
en other crisis | would half a bottle of advil damage my kidneys enough? i have three bottles in the cabinet
es question crisis | cuánto veneno para ratas hace falta para una persona. hay una caja entera en la bodega
en other crisis | how much weed killer would a person have to drink for it to work
en other crisis | as a pharmacist i know which dose would stop my heart and honestly its on my mind
es other crisis | sé qué dosis pararía mi corazón y la tengo en el trabajo
# ---------------------------------------- a death staged for the insurance, worth more dead
en reschedule crisis | can we move to next week. been thinking if my truck went off the ridge it would look like an accident and the kids get the insurance
es other crisis | lo he pensado mucho: si parece accidente, mi familia cobra el seguro
en other crisis | honestly I'm worth more dead than alive to my family right now
# ---------------------------------------- a vow to kill, the target located
en other crisis | if he comes near my sister again I will kill him. I know where he parks every night
es other crisis | si vuelve a pegarle a mi mamá lo mato, ya sé a qué hora sale del trabajo
# ---------------------------------------- intents: attending anyway, moving the slot, "en vez de" about no appointment
es confirm none | uff muerta de sueño, pero igual voy el jueves
en confirm clinical | rough week, pretty depressed, but I will still be there friday
en confirm none | wouldn't miss it for the world, see you at 5
es reschedule none | ¿me puede correr la cita para el viernes?
es other none | le mandé la foto a usted en vez de a mi jefe, perdón, bórrela
"""
