# ruff: noqa: E501  (client texts keep their writers' long lines)
"""Thirteenth corpus batch: for each kind of miss or false alarm on lists S and T, new wordings
of the same family (other words, other tenses, the other language), not the lists' texts. Same
format as tests/triage_corpus.py, which appends these.
"""

RAW = """
# ---------------------------------------- wanting to join or be with someone who died
en other crisis | my grandpa passed in june and all i want is to go be with him
en other crisis | ever since my twin died i keep thinking i should just go join her
es other crisis | desde que falleció mi esposo solo pienso en irme con él
es other crisis | se me murió mi hija y ya me quiero ir a donde está ella
# ---------------------------------------- grief alone stays clinical
en other clinical | my dad passed in the spring and i still cry when i drive past his house
es other clinical | desde que murió mi abuelita la extraño todos los días y lloro mucho
# ---------------------------------------- a dying feeling, welcomed; a rope already put somewhere
en other crisis | chest has felt like i'm dying all week and part of me hopes it happens
es other crisis | siento que me estoy muriendo y ojalá fuera cierto
en other crisis | the noose is already up in the barn
es other crisis | la soga ya está lista en la cochera
# ---------------------------------------- nothing mattering after a set day; a date picked while the plan fails
en opt_out crisis | stop texting me. after tonight none of it will matter
es other crisis | pasado mañana ya nada va a importar
en other crisis | went through my safety plan, nobody picked up, and i chose the day
es other crisis | los pensamientos no se van y ya elegí la fecha
# ---------------------------------------- a vow to run someone over; a voice about the baby
en other crisis | i swear to god if he comes near the school i'm going to run him down
es other crisis | te lo juro que si se aparece lo atropello con la troca
en other crisis | my sister had the baby 3 weeks ago and says god is telling her the baby has to go back
es other crisis | mi nuera dice que una voz le pide que le haga daño al bebé
# ---------------------------------------- opioids saved up
en other crisis | been saving dad's leftover oxycodone in my sock drawer
es other crisis | guardé la morfina que le sobró a mi papá, la tengo aquí
# ---------------------------------------- a death or suicide at work, in a book
en late none | caught a homicide scene at 6am, going to be about 20 late
es late none | hubo un choque con dos fallecidos en la autopista y sigo en la escena del turno, llego tarde
en question none | watching a documentary for my psych class, it's all about suicide. do you take venmo?
# ---------------------------------------- someone else's death, verb first; killed by others
es other clinical | se quitó la vida un vecino del edificio y no puedo dejar de pensar en eso
es other clinical | asesinaron a mi tío el mes pasado y no duermo bien
en other clinical | my best friend was killed in a crash and i can't focus on anything
# ---------------------------------------- figures of speech
en confirm none | my mom said she'd rather die than miss her tuesday session, she'll be there
es confirm none | mi tía prefiere morirse antes que faltar a la cita, ahí estará
en reschedule none | omg i'm dead, completely forgot, can we do friday instead
en other none | the rain is killing my mood today haha
es other none | casi me muero resbalando en el hielo jaja, ya estoy bien
# ---------------------------------------- a panic attack's dying feeling: clinical
en other clinical | had a panic attack on the bus and honestly thought i was dying
es other clinical | tuve un ataque de ansiedad y sentí que me voy a morir
# ---------------------------------------- a gun sold; self-harm years ago, stopped
en question none | finally got my grandpa's rifles sold at the auction. can I update my address?
en other clinical | i used to cut as a teenager but i haven't in six years, it came up with my girlfriend
es other clinical | me lastimaba de adolescente pero ya no, llevo diez años sin hacerlo
# ---------------------------------------- eating disorders, plainly
en other clinical | counting calories again and throwing up after dinner most nights
es other clinical | mi hija está pesando 38 kilos y encontré laxantes en su cuarto
# ---------------------------------------- the thoughts back, the plan in use; trouble at home in code
en confirm clinical | the thoughts came back this week but i'm using my plan and my roommate is home. see you thursday
es other clinical | las cosas en mi casa andan feas otra vez, quiero hablarlo en la sesión
# ---------------------------------------- scheduling said plainly
en reschedule none | can my son be seen earlier than the 12th?
es reschedule none | ¿podemos adelantar mi cita para el lunes?
en confirm none | i'll be at group thursday like always
es confirm none | estoy agotada pero voy igual a la cita
en question none | can the office email me the receipt
en opt_out none | please stop texting this number, it's my work phone
"""
