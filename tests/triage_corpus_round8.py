# ruff: noqa: E501  (client texts keep their writers' long lines)
"""Twelfth corpus batch: for each kind of miss or false alarm on held-out lists Q and R, new
wordings of the same family (other words, other tenses, the other language), not the lists'
texts. Same format as tests/triage_corpus.py, which appends these.
"""

RAW = """
# ---------------------------------------- not a burden, not around, much longer
en confirm crisis | yes see you friday. won't be a problem to anybody for much longer so dont worry
es confirm crisis | sí el martes voy. ya no voy a ser una carga para nadie por mucho tiempo
en other crisis | honestly not counting on sticking around much longer, just so someone knows
# ---------------------------------------- better off had they died; praying not to wake up
en other crisis | my whole family would have been better off if i never came back from the desert
es other crisis | todos estarían mejor si me hubiera muerto en el accidente
en other crisis | every night i'm praying i won't wake up in the morning
es other crisis | le pido a diosito no amanecer mañana
# ---------------------------------------- going with a loved one who died
es other crisis | ya me quiero ir con mi papá, desde que falleció no le encuentro sentido a nada
en other crisis | since my brother passed i just want to be with my brother again
# ---------------------------------------- someone breaking in now; found and waited for; a threat to finish
en other crisis | my ex is breaking down the front door right now
es other crisis | está golpeando la puerta y gritando, estoy encerrada en el baño
en other crisis | they tracked me to my cousin's place and a car has been parked outside the house all night
es other crisis | mi ex salió del penal y le dijo a mi mamá que va a terminar lo que empezó
# ---------------------------------------- an overdose, its body signs, maybe meant
en other crisis | did way more than i wanted last night, kinda on purpose, and i can't stay awake
es other crisis | me tomé más de lo que quería y tengo los labios morados
# ---------------------------------------- how a medicine kills
en other crisis | would the benadryl hurt or would i just fall asleep?
es other crisis | cuál es la dosis letal del paracetamol para alguien de mi peso?
en other crisis | what is the fatal dose of amitriptyline
# ---------------------------------------- the whole cabinet taken somewhere alone; a vow to maim
en other crisis | driving to the cabin by myself tonight with whatever is in the bathroom cabinet
es other crisis | te lo juro que si vuelve a tocar a mi hija le parto las piernas
# ---------------------------------------- voices ordering a method
es other crisis | las voces me mandan que me aviente del puente
en other crisis | the voice keeps telling me i have to throw myself off the roof
# ---------------------------------------- someone else's death by suicide or overdose: grief
en other clinical | my best friend from rehab od'd on saturday and i can't stop shaking
es other clinical | mi tío se suicidó en diciembre y todavía no lo puedo creer
en reschedule clinical | my coworker took her own life on monday, could i come in earlier this week
# ---------------------------------------- a past overdose counted from; self-harm that stopped
en other clinical | three years sober since my overdose and today is hard
es other clinical | de adolescente me cortaba pero ya no, solo que hoy lo soñé
# ---------------------------------------- dying of embarrassment; hyperbole reported; exasperation
en reschedule none | ugh i could literally die, i wrote down the wrong day. can we do thursday
es reschedule none | me quiero morir, me quedé dormida otra vez jajaja, me pasan para el viernes?
en late none | my son says he'll die if he misses practice so running 10 late
en late none | i'm gonna strangle the dog, it ate my car keys. running late
# ---------------------------------------- work and the news
en late none | had to kill a bunch of stuck jobs on the server before leaving, 10 min late
en confirm none | we had a jumper off the overpass on my shift, crew talked him down and he is fine. see you at 4
es question none | viste lo del tiroteo en el centro? sigue abierta la consulta?
es late none | el calor está para matar a alguien, llego tarde
en cancel none | jury duty for a murder trial and the judge will not let me off, cancel monday please
# ---------------------------------------- unwanted thoughts the writer disowns
en question clinical | I keep picturing stabbing my husband with the bread knife and it scares me, I'd never do it. is this normal?
es other clinical | se me viene la imagen de tirar al bebé por la escalera, me da terror pensarlo, jamás lo haría
# ---------------------------------------- recovery, perception, compulsions, mania, the body
en other clinical | picked up again on saturday after 90 days. please don't tell my mom
es other clinical | volví a consumir el fin de semana
es other clinical | llevo un mes bebiendo todos los días
en other clinical | keep hearing whispers when nobody else is in the room, mostly at night
en late clinical | spent an hour checking the door locks over and over, be there 20 late
es other clinical | dejé las pastillas por mi cuenta y ando muy acelerada gastando de más
en other clinical | the mood has been really flat, no energy to even get up
en other clinical | still flinch every time someone touches my shoulder since that night
en other clinical | cant be around crowds since i got home from deployment
es other clinical | apenas duermo y perdí el apetito desde que me separé
# ---------------------------------------- a homeless shelter as an address; work, shows, lawyers
en late none | walking over from the shelter now, 10 min late
en confirm none | binge watched the whole show last night, the ending where he jumps was wild. see you friday
en question none | my custody lawyer needs a letter with my session dates, can you send it
"""
