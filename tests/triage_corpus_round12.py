# ruff: noqa: E501  (client texts keep their writers' long lines)
"""Sixteenth corpus batch: for each kind of miss or false alarm on lists CC and DD, new wordings
of the same family (other words, other tenses, the other language), not the lists' texts. Same
format as tests/triage_corpus.py, which appends these.
"""

RAW = """
# ---------------------------------------- the wish or the plan said sideways: crisis
en other crisis | been thinking about yanking the wheel into the median every time I drive, part of me wants to
es other crisis | sigo pensando en dar el volantazo contra el muro del puente cuando vuelvo del trabajo
en other crisis | up on the overpass
es other crisis | estoy en el puente
en other crisis | the voice says my son would be better off in heaven and I havent slept
es other crisis | la voz me dice que la bebé estaría mejor con Dios, no he dormido nada
en reschedule crisis | can you move me to the 20th? that's after the date i picked to be gone anyway so it won't matter
en question crisis | does my policy pay out if I kill myself? asking so the kids are taken care of
es question crisis | ¿el seguro de vida paga si uno se quita la vida? es por mis hijos
en other crisis | wish that bull had finished me off instead of just breaking my hip. would be easier for everyone
es other crisis | ojalá el camión me hubiera aplastado a mí, sería más fácil para todos
en other crisis | I'm ready to go home to the Lord, I've saved up my pills
en other crisis | every night I ask God to take me in my sleep
# ---------------------------------------- faith, grief and loneliness about someone else or oneself: none / clinical
en other none | my aunt went home to the Lord last week, lovely service, I'm holding up fine
es other none | mi abuela partió con el Señor el domingo, fue una misa muy linda. Estoy bien, gracias
en other clinical | I keep setting two cups out for coffee, fifty years married. Hard to stop.
en other clinical | nobody has called in weeks, the only company I have is the radio
en other clinical | haven't cooked since he died, no point making dinner for one
es other clinical | se murió mi mamá hace un año hoy y me pegó fuerte
# ---------------------------------------- care work, the news, a trial, a mishap, sports: none
en other clinical | lost a resident to suicide on my floor last night, I was her aide. can't stop thinking about it
en confirm none | long shift at the pharmacy counting morphine and fentanyl for the audit, see you friday
en question none | watched a documentary on the radio about a guy who jumped off the golden gate. anyway is my copay the same?
es reschedule none | me citaron de testigo en el juicio por el asesinato de mi compañero, ¿podemos mover la cita?
es late none | ay me quiero matar, dejé la tarjeta del seguro en la casa, llego tarde
en question none | my knees are murdering me after roofing all week, can we do video?
es confirm none | nos golearon, nos mataron 5-1. nos vemos el martes
en question none | I'd rather die than sit through another zoom call, can we do in person?
en other none | my grandkid had me play a zombie game and I died like 30 times haha
# ---------------------------------------- self-harm urges met with a skill, anniversaries: clinical
en other clinical | its been a year since I last burned myself, no urges lately, wanted to share
es other clinical | ya van tres años sin cortarme, hoy me acordé y quería contarle
en other clinical | want to cut so bad but I'm holding ice and called my sponsor
es other clinical | tengo ganas de lastimarme pero me estoy aguantando, usé la liga como me enseñó
# ---------------------------------------- memory, panic in the body, withdrawal, a high, unreal: clinical
en other clinical | keep misplacing my keys and forgot my own son's birthday, getting worried about my memory
es other clinical | se me olvidan las cosas, dejé la llave del gas abierta dos veces esta semana
en other clinical | my heart races and I can't get a full breath whenever I open the mail
es other clinical | se me aprieta el pecho y no puedo respirar cuando pienso en las deudas
en other clinical | ever since I retired I just sit in the recliner all day, feel worthless
es other clinical | duermo todo el día, 13 horas, y sigo agotado
es other clinical | desde que murió mi viejo tomo whisky todas las noches, casi media botella, para dormir
es other clinical | no he dormido en tres noches y tengo mil ideas, compré dos carros esta semana
en other clinical | feel like im not real, like im watching myself in a movie all day
es other clinical | me siento como si no fuera yo, como en un sueño
# ---------------------------------------- requests said as statements, an earlier date, no more texts
en question none | I'd like to book my mother for the first opening on a tuesday, mornings only
es question none | quería sacarle una cita a mi papá para el lunes temprano
en reschedule none | is there anything sooner than the 22nd? this week is rough
en opt_out none | kindly discontinue the text reminders, I will call the office myself
"""
