"""A labelled corpus of client text replies (English and Spanish) for the reply classifier.

Every line is `lang intent flag | text`. Written by hand to look like real replies to the
practice's texts: typos, texting shortcuts, emoji, negation, idioms that only sound alarming,
mixed intent + flag. All names are invented. The labels are what a careful front desk and
clinician would want, not what the classifier happens to say.

This is the development corpus: the first part was written before any rule, and each later
batch was written to find where the rules failed, and the rules were then widened. So the
classifier's figures on it are upper bounds; tests/test_triage.py keeps held-out lists that
say how it does on wording it has never seen.

Labelling rules (the product's, see frontdesk.services.triage):
- a crisis phrase is never itself an intent: "I can't go on" is intent other, flag crisis;
- "ok"/"vale" alone confirm; "thanks" alone, a bare "no" and wrong numbers are other;
- asking about availability in general is a question, asking to move *my* session reschedules;
- a negated cancel ("no, I don't want to cancel") keeps the appointment: confirm;
- a negated crisis statement ("I'm not suicidal, just tired") is clinical, but a negation
  followed by "but ..." is crisis.
"""

from __future__ import annotations

from typing import NamedTuple


class Example(NamedTuple):
    lang: str  # "en" | "es"
    intent: str
    flag: str
    text: str


_RAW = """
# ---------------------------------------------------------------- English: confirm
en confirm none | yes
en confirm none | Yes!
en confirm none | C
en confirm none | c
en confirm none | C.
en confirm none | c 👍
en confirm none | C thanks!
en confirm none | c pls
en confirm none | Yes I'll be there
en confirm none | yes ill be there
en confirm none | Yep see u tmrw
en confirm none | yup!! see you then
en confirm none | Confirmed, thank you
en confirm none | confirm
en confirm none | CONFIRM
en confirm none | I'll be there 👍
en confirm none | will be there
en confirm none | See you Thursday!
en confirm none | sounds good, see you then
en confirm none | Yes, confirming my appt for tomorrow at 3
en confirm none | yesss
en confirm none | yeahh ill be there
en confirm none | Yes ma'am
en confirm none | absolutely, see you at 4
en confirm none | ok
en confirm none | Ok thank you
en confirm none | k
en confirm none | got it, thanks!
en confirm none | Perfect, see you then
en confirm none | I'm coming
en confirm none | no need to reschedule, I'll be there
en confirm none | no, I don't want to cancel
en confirm none | dont cancel pls im coming
en confirm none | I won't be late, see you at 2
en confirm none | Yes!! looking forward to it
en confirm none | Yes, I'll be there. Still at the same address right?
en confirm none | on my way
en confirm none | c u there
en confirm none | cant wait to see you tmrw
en confirm none | yes, can't wait
en confirm none | Yes for my son Tuesday 4pm
en confirm none | C - see you next week.
en confirm none | we'll be there
en confirm none | yes thanks for the reminder
en confirm none | Hi! Yes I will be there on Wednesday
en confirm none | Yes c
en confirm none | Confirming for Jake's session tomorrow
en confirm none | I'm dead tired but see you tomorrow
en confirm none | I'll jump on the video call at 3
en confirm none | yes ready for the video session tmrw
en confirm none | Im not canceling, see you at 10
# ---------------------------------------------------------------- English: cancel
en cancel none | X
en cancel none | x
en cancel none | X.
en cancel none | x sorry
en cancel none | Cancel
en cancel none | cancel
en cancel none | CANCEL please
en cancel none | I need to cancel
en cancel none | i have to cancel tomorrow sorry
en cancel none | cant make it tmrw
en cancel none | Can't make it today, my kid is sick
en cancel none | I won't be able to make it
en cancel none | wont be able to come this week
en cancel none | not gonna make it today sorry
en cancel none | something came up, need to cancel
en cancel none | please cancel my appt
en cancel none | Sorry I have to cancel, work emergency
en cancel none | I can't come on Thursday
en cancel none | I have the flu, have to cancel
en cancel none | I'll have to miss this week
en cancel none | cancel pls
en cancel none | cancel my 3pm
en cancel none | need to cancel 4 tomorrow
en cancel none | x - car broke down
en cancel none | I can't attend, sorry for the late notice
en cancel none | Unfortunately I won't be there tomorrow
en cancel none | we wont be coming today, my son has a fever
en cancel none | I'm not able to make it this week
en cancel none | I don't want to cancel but I have to, no childcare
en cancel none | ok I need to cancel
en cancel none | Ugh I totally forgot, I can't make it today. So sorry!!
en cancel none | X sorry!! 😞
en cancel none | cancelling tomorrow, i'm out of town
# ---------------------------------------------------------------- English: reschedule
en reschedule none | R
en reschedule none | r
en reschedule none | R please
en reschedule none | Can we reschedule?
en reschedule none | i need to reschedule
en reschedule none | resched pls
en reschedule none | can we move it to friday?
en reschedule none | could I do thursday instead?
en reschedule none | Is there any way to push it back an hour?
en reschedule none | need a different time this week
en reschedule none | R - work conflict
en reschedule none | can we do next week instead
en reschedule none | Can't make it at 3, would 5 work?
en reschedule none | Need to change my appointment time
en reschedule none | Could we move my session to the afternoon?
en reschedule none | any chance we can switch to telehealth tmrw?
en reschedule none | Can i come earlier? like 2 instead of 3
en reschedule none | I have to cancel tomorrow but can we find another day this week?
en reschedule none | rebook me for next week pls
en reschedule none | Could we postpone to next Monday?
en reschedule none | My work schedule changed so I need a new time for my sessions
en reschedule none | RESCHEDULE
en reschedule none | R. sorry!
en reschedule none | can we do 4:30 instead of 4?
en reschedule none | is it possible to move tomorrow's appt to the morning?
en reschedule none | I can't go on Tuesday, can we do Wednesday?
en reschedule none | x actually can we reschedule to next week
en reschedule none | Yes but can we push it to 5?
en reschedule none | C... wait no R, I have a dentist thing
en reschedule none | I hurt my back at the gym, can we move to video?
# ---------------------------------------------------------------- English: late
en late none | running late sorry
en late none | Running 10 min late
en late none | im gonna be 5 mins late
en late none | be there in 10
en late none | stuck in traffic, be there asap
en late none | Sorry running behind, 15 min
en late none | can I come 10 min late?
en late none | Is it ok if I'm a few minutes late?
en late none | omw, running a bit late
en late none | Traffic is awful, will be late
en late none | this traffic is killing me, 10 min out
en late none | going 2 be late sorry!!
en late none | parking now, 2 min
en late none | late, sorry!
en late none | Train is delayed, I'll be about 20 minutes late
en late none | I'll be late tomorrow, have a work call till 3:10
en late none | L8 sorry
en late none | bus broke down, gonna be late
en late none | be there in 5
en late none | Will be a couple minutes late
en late none | My phone is dead so texting from my friend's, running 10 late
en late none | The bridge is closed, taking the long way, 15 min late
en late none | yes but I'll be 10 mins late
en late none | C but running a little late
en late none | sorry im late, in the lobby now
en late none | Im late im so sorry, dying in this traffic
# ---------------------------------------------------------------- English: question
en question none | What time is my appointment?
en question none | where do I park?
en question none | Is there parking nearby
en question none | do I need to bring anything?
en question none | how much is the copay
en question none | Can I pay with my HSA card?
en question none | whats the address again
en question none | Is it in person or video?
en question none | whats the link for tomorrow
en question none | Who is my appointment with?
en question none | Is the office open on Monday? It's a holiday
en question none | do you take Blue Cross?
en question none | can my partner come with me to the session?
en question none | How long is the session
en question none | is there a late cancellation fee?
en question none | Did you get my forms?
en question none | Can you send me the intake paperwork again
en question none | when is my next appt
en question none | is dr Lee in tmrw?
en question none | I was wondering if you have any evening slots
en question none | What floor are you on?
en question none | the link isnt working?
en question none | i didnt get the zoom link
en question none | is it still on tomorrow with the snow?
en question none | Do you have my new insurance info?
en question none | what happens if I miss a session?
en question none | Will I get a receipt for my taxes?
en question none | let me know if i owe anything
en question none | can I bring my dog
en question none | how do I log in to the video?
en question none | Is my daughter's appt at 4 or 4:30?
en question none | wait which day is it?
en question none | Did you cancel my appointment? I got an email
en question none | ??
en question none | what's the point of the intake survey? its so long lol
en question none | Can we cut the session short tomorrow? I have to pick up my kid at 5
# ---------------------------------------------------------------- English: opt_out
en opt_out none | STOP
en opt_out none | stop
en opt_out none | Stop.
en opt_out none | STOP!!!
en opt_out none | STOPALL
en opt_out none | unsubscribe
en opt_out none | UNSUBSCRIBE
en opt_out none | End
en opt_out none | quit
en opt_out none | OPTOUT
en opt_out none | revoke
en opt_out none | stop texting me
en opt_out none | please stop texting me
en opt_out none | no more texts please
en opt_out none | Stop sending me these
en opt_out none | dont text me anymore
en opt_out none | take me off your list
en opt_out none | Remove my number
en opt_out none | I don't want these messages anymore
en opt_out none | stop please
en opt_out none | wrong number, stop texting me
en opt_out none | Stop all
en opt_out none | opt out
# ---------------------------------------------------------------- English: opt_in
en opt_in none | START
en opt_in none | start
en opt_in none | Unstop
en opt_in none | UNSTOP
en opt_in none | subscribe
en opt_in none | you can text me again
en opt_in none | please start sending reminders again
en opt_in none | START please
en opt_in none | opt in
en opt_in none | I'd like to get the text reminders again
# ---------------------------------------------------------------- English: help
en help none | HELP
en help none | help
en help none | Help?
en help none | INFO
en help none | info
en help none | HELP.
en help none | info please
# ---------------------------------------------------------------- English: other
en other none | thanks
en other none | Thank you!
en other none | thx
en other none | ty so much
en other none | 👍
en other none | ❤️
en other none | 😊😊
en other none | wrong number
en other none | Wrong number
en other none | who is this?
en other none | I don't know who this is
en other none | you have the wrong person
en other none | Sorry, this isn't Maria. New number
en other none | 1
en other none | 2
en other none | 3
en other none | lol
en other none | Happy holidays!
en other none | Have a good weekend
en other none | good morning
en other none | I'm feeling much better this week
en other none | just wanted to say thank you for everything
en other none | no
en other none | nope
en other none | no thanks
en other none | hi
en other none | Hi it's Jenna
en other none | dying to see the new office!
en other none | I'd kill for a coffee rn
en other none | my phone is dead, will call later
en other none | lol I almost died laughing at the waiting room sign
en other none | My insurance changed last month
en other none | I'll call the office tomorrow
en other none | I left my umbrella there yesterday
en other none | Happy new year to the whole team 🎉
en other none | Merry christmas!
en other none | sorry wrong chat
en other none | my feet are killing me after that hike lol
en other none | I killed it at my job interview today!!
en other none | Killing time in the waiting room
en other none | bored to death lol
en other none | that banana bread you had at the front desk was to die for
en other none | my battery is about to die, I'll call you back
en other none | I'm cutting back on coffee like you said
en other none | cut my hair, don't be shocked lol
en other none | Jumped the gun and drove to the old office lol
en other none | I was stuck on the bridge for an hour yesterday lol
en other none | I overdosed on netflix this weekend lol
en other none | Thank you for being so patient with me
en other none | Got your voicemail
en other none | It's Sam's mom, he says thanks
en other none | .
# ---------------------------------------------------------------- English: crisis
en other crisis | I don't want to be here anymore
en other crisis | i dont wanna be here anymore
en other crisis | wish I could go to sleep and not wake up
en other crisis | honestly wish i could sleep and never wake up
en other crisis | whats the point anymore
en other crisis | what's even the point
en other crisis | everyone would be better off without me
en other crisis | they'd be better off without me honestly
en other crisis | kms
en other crisis | i want to kms
en other crisis | been thinking about unaliving myself
en other crisis | I want to die
en other crisis | i just want to die lol
en other crisis | I've been cutting again
en other crisis | I cut myself last night
en other crisis | i hurt myself again
en other crisis | been thinking about hurting myself
en other crisis | I took all my pills
en other crisis | took a bunch of my sleeping pills, feel weird
en other crisis | I think I overdosed
en cancel crisis | cancel, I'm in the hospital after I overdosed
en other crisis | I bought a gun
en other crisis | I have the rope ready
en other crisis | I keep thinking about the bridge
en other crisis | I'm going to hurt him
en other crisis | I want to kill my boss, seriously, I'm not joking
en other crisis | im going to kill him if he touches me again
en other crisis | He hit me last night
en other crisis | he hits me when hes drunk
en other crisis | I'm scared to go home
en other crisis | im afraid to go home tonight
en other crisis | i dont feel safe at home
en other crisis | My husband threatened to kill me
en other crisis | my boyfriend choked me
en other crisis | I can't do this anymore
en other crisis | I cant go on
en other crisis | I want to end it all
en other crisis | thinking of ending my life
en other crisis | Nobody would even notice if I was gone
en other crisis | i feel like a burden to everyone
en other crisis | I'm not going to make it through tonight
en other crisis | I have pills saved up
en confirm crisis | yes ill be there. but honestly i dont know how much longer i can keep going
en confirm crisis | C. Also I've been having thoughts of suicide
en other crisis | not suicidal but i keep thinking about dying
en other crisis | I'm not going to hurt myself but I've been thinking about it a lot
en other crisis | i wish i was never born
en other crisis | life isnt worth living
en other crisis | i might do something stupid tonight
en other crisis | I just want to disappear forever
en other crisis | my ex is outside my apartment and won't leave, im scared
en other crisis | he said if I leave he'll kill me
en other crisis | I'm so angry I could hurt someone
en other crisis | Im in the ER, I tried to end it
en other crisis | please help me
en other crisis | i've been googling how many pills it would take
en other crisis | this is my last message. thank you for trying
en other crisis | Sorry for everything. Goodbye
en cancel crisis | X. tell Dr K thank you for everything, I won't be around much longer
en other crisis | i'm scared i'm going to hurt my baby
en other crisis | tired of being alive tbh
en other crisis | sewerslide thoughts again
en other crisis | he locked me in the bedroom and took my phone, texting from my sister's
en reschedule crisis | can we move my appt, I was raped on saturday and can't leave the house
en late crisis | running late, he pushed me down the stairs and I'm shaking
en other crisis | I don't want to wake up tomorrow
# ---------------------------------------------------------------- English: clinical
en other clinical | I've been having panic attacks again
en other clinical | cant sleep at all this week
en other clinical | Been feeling really depressed
en other clinical | my anxiety is through the roof
en other clinical | I relapsed last weekend
en other clinical | Started drinking again
en other clinical | the new meds are making me dizzy
en other clinical | I stopped taking my zoloft
en question clinical | side effects are bad, should I stop taking it??
en other clinical | my mom died on sunday
en cancel clinical | My dad passed away, I won't be able to come this week
en confirm clinical | yes I'll come, I've been feeling really low
en other clinical | really struggling this week
en confirm clinical | rough week, see you thursday
en other clinical | I had a breakdown at work today
en other clinical | I'm not suicidal, just exhausted and sad
en other clinical | I'm not going to hurt myself, don't worry
en other clinical | I've been crying all day
en other clinical | feeling so hopeless lately
en other clinical | I used again last night
en other clinical | I've been so anxious I threw up
en other clinical | my OCD is really bad lately
en other clinical | Having nightmares every night
en other clinical | im so overwhelmed
en other clinical | I feel numb
en confirm clinical | C - been a really hard week
en other clinical | I got out of the hospital yesterday
en question clinical | can we talk about my meds next time?
en question clinical | Can I get a refill on my prescription?
en reschedule clinical | Nightmares again. Can we move my appt earlier?
en other clinical | the loneliness is killing me
en other clinical | i havent eaten in 3 days
en other clinical | binged and purged again
en other clinical | I've been hearing voices again
en other clinical | i feel like im losing my mind
en other clinical | my grandma passed last night
en other clinical | We lost the baby
en other clinical | I got fired and I'm spiraling
en other clinical | work is killing me, so stressed
en other clinical | i'm dying inside
en other clinical | my husband left me
en other clinical | feeling off since the new dose
en other clinical | drank a whole bottle of wine last night
en late clinical | running late, had a panic attack in the car
en reschedule clinical | R, also my anxiety has been really bad
en other clinical | the flashbacks are back
en other clinical | I'm not suicidal or anything, just really down
en cancel clinical | x, too depressed to get out of bed today
en other clinical | i feel like i'm going to die, my heart won't stop racing
en other clinical | im not in danger, just really sad
# ---------------------------------------------------------------- Spanish: confirm
es confirm none | Sí
es confirm none | si
es confirm none | Si, ahí estaré
es confirm none | sí gracias
es confirm none | C
es confirm none | c gracias
es confirm none | Confirmo
es confirm none | confirmado
es confirm none | Confirmo mi cita de mañana
es confirm none | Allí estaré
es confirm none | ahi estare 👍
es confirm none | Nos vemos el jueves
es confirm none | Perfecto, nos vemos
es confirm none | Claro que sí
es confirm none | de acuerdo
es confirm none | Vale, gracias
es confirm none | ok gracias
es confirm none | Siii
es confirm none | Síííí
es confirm none | sí, voy
es confirm none | Cuenten conmigo
es confirm none | si señora ahi estare
es confirm none | no quiero cancelar, sí voy
es confirm none | Sí, confirmo. ¿Es en la misma dirección?
es confirm none | voy en camino
es confirm none | Asistiré sin falta
es confirm none | sí voy, no puedo esperar
es confirm none | muerta de cansancio pero ahí estaré
es confirm none | Buenas tardes, sí confirmo la cita de mi hijo
es confirm none | C, gracias por el recordatorio
es confirm none | No, no quiero cambiar la cita. Ahí estaré
# ---------------------------------------------------------------- Spanish: cancel
es cancel none | X
es cancel none | x lo siento
es cancel none | Cancelar
es cancel none | cancelo
es cancel none | Quiero cancelar mi cita
es cancel none | Necesito cancelar la cita de mañana
es cancel none | No voy a poder ir
es cancel none | no puedo ir mañana, mi hijo está enfermo
es cancel none | No podré asistir
es cancel none | Lo siento, no puedo asistir el martes
es cancel none | me es imposible ir hoy
es cancel none | cancela porfa
es cancel none | No voy a ir, disculpe
es cancel none | Tengo que cancelar por trabajo
es cancel none | Disculpe, hoy no puedo llegar
es cancel none | no voy a poder asistir esta semana
es cancel none | X, perdón
es cancel none | anulen mi cita por favor
es cancel none | Hoy no puedo, lo siento
es cancel none | no podre ir mñn
es cancel none | se me presentó un imprevisto, no podré ir
es cancel none | tengo gripe, tengo que faltar a la cita
# ---------------------------------------------------------------- Spanish: reschedule
es reschedule none | R
es reschedule none | r porfa
es reschedule none | Quiero cambiar mi cita
es reschedule none | ¿Podemos cambiar la cita para el viernes?
es reschedule none | Necesito reprogramar
es reschedule none | reagendar por favor
es reschedule none | ¿Se puede mover a la tarde?
es reschedule none | ¿Tienen otro horario el lunes?
es reschedule none | No puedo a las 3, ¿a las 5 sí?
es reschedule none | ¿Podemos pasarla a la próxima semana?
es reschedule none | Necesito otra fecha
es reschedule none | Puedo ir el jueves en vez del martes?
es reschedule none | Quisiera cambiar de hora
es reschedule none | R, gracias
es reschedule none | cambiar cita
es reschedule none | hay forma de posponerla?
es reschedule none | ¿Podemos aplazar la sesión una semana?
es reschedule none | me hice daño en la rodilla jugando fútbol, ¿podemos cambiar a video?
es reschedule none | Sí pero ¿la podemos mover a las 6?
es reschedule none | ¿Se puede adelantar la cita a las 10?
# ---------------------------------------------------------------- Spanish: late
es late none | Llego tarde
es late none | voy tarde, perdón
es late none | Voy a llegar 10 minutos tarde
es late none | llego en 5
es late none | Estoy en el tráfico, llego en 15
es late none | Voy retrasada
es late none | Me retraso unos minutos
es late none | el tráfico me está matando, llego tarde
es late none | me mata el tráfico, voy tarde
es late none | voy 5 min tarde
es late none | ¿Puedo llegar 10 minutos tarde?
es late none | Perdón, voy un poco atrasado
es late none | Llegaré tarde, el metro está parado
es late none | voy tardeee
es late none | me muero de hambre jaja, llego en 10
es late none | No voy a llegar a tiempo, unos 10 minutos
# ---------------------------------------------------------------- Spanish: question
es question none | ¿A qué hora es mi cita?
es question none | ¿Dónde me estaciono?
es question none | Cuánto cuesta la sesión?
es question none | ¿Hay estacionamiento?
es question none | ¿Necesito llevar algo?
es question none | ¿Aceptan seguro médico?
es question none | ¿Es presencial o por video?
es question none | cual es la direccion
es question none | ¿Me pueden mandar el enlace?
es question none | No me llegó el link
es question none | ¿Con quién es mi cita?
es question none | Puedo llevar a mi hija?
es question none | ¿La sesión dura 50 minutos?
es question none | ¿Cuándo es mi próxima cita?
es question none | a que hora era?
es question none | ¿Tienen citas los sábados?
es question none | ¿Cómo entro a la videollamada?
es question none | quisiera saber si tengo saldo pendiente
es question none | ¿Cobran por cancelar?
es question none | ¿Me cancelaron la cita? Me llegó un correo
es question none | ¿La doctora habla español?
es question none | ¿Mañana abren? por la nieve
# ---------------------------------------------------------------- Spanish: opt_out
es opt_out none | PARAR
es opt_out none | parar
es opt_out none | Baja
es opt_out none | BAJA
es opt_out none | Alto
es opt_out none | ALTO!
es opt_out none | no me envíen más mensajes
es opt_out none | no me manden mas mensajes por favor
es opt_out none | Dejen de escribirme
es opt_out none | ya no quiero recibir mensajes
es opt_out none | quiero darme de baja
es opt_out none | no mas mensajes
es opt_out none | número equivocado, dejen de mandarme mensajes
# ---------------------------------------------------------------- Spanish: opt_in
es opt_in none | ALTA
es opt_in none | alta
es opt_in none | COMENZAR
es opt_in none | comenzar
es opt_in none | quiero volver a recibir los recordatorios
es opt_in none | Pueden volver a mandarme mensajes
# ---------------------------------------------------------------- Spanish: help
es help none | AYUDA
es help none | ayuda
es help none | Ayuda?
# ---------------------------------------------------------------- Spanish: other
es other none | Gracias
es other none | muchas gracias!
es other none | mil gracias 🙏
es other none | Número equivocado
es other none | numero equivocado, no conozco a esa persona
es other none | ¿Quién es?
es other none | Buenos días
es other none | Feliz navidad a todos
es other none | jaja
es other none | Me muero de ganas de ver la oficina nueva
es other none | me muero de risa con el letrero de la sala
es other none | no
es other none | No gracias
es other none | Se me murió el celular, luego les llamo
es other none | Hola, soy la mamá de Sofía
es other none | Ya les mandé los papeles
es other none | Que tengan buen fin de semana
es other none | Estoy mucho mejor esta semana, gracias
es other none | Dios los bendiga
es other none | me corté el pelo jaja no se asusten
es other none | Matando el tiempo en la sala de espera
es other none | el trabajo me está matando jaja
es other none | Me muero por verla, tengo mucho que contarle
es other none | ese pastel estaba de muerte
es other none | 2
# ---------------------------------------------------------------- Spanish: crisis
es other crisis | quiero morir
es other crisis | me quiero morir
es other crisis | Ya no quiero vivir
es other crisis | no quiero vivir más
es other crisis | Quisiera dormirme y no despertar
es other crisis | me quiero matar
es other crisis | estoy pensando en suicidarme
es other crisis | pienso en quitarme la vida
es other crisis | quiero hacerme daño
es other crisis | me volví a cortar
es other crisis | me corté otra vez
es other crisis | tomé todas las pastillas
es other crisis | me tomé todas mis pastillas
es other crisis | me tome un monton de pastillas para dormir
es other crisis | creo que tuve una sobredosis
es other crisis | No aguanto más
es other crisis | ya no aguanto mas
es other crisis | ya no puedo más con mi vida
es other crisis | mi esposo me pega
es other crisis | Me pegó anoche
es other crisis | mi pareja me golpea
es other crisis | tengo miedo de ir a casa
es other crisis | Tengo miedo de volver a mi casa
es other crisis | no me siento segura en mi casa
es other crisis | me amenazó con matarme
es other crisis | lo voy a matar
es other crisis | quiero matar a mi jefe, en serio
es other crisis | voy a hacerle daño
es other crisis | compré una pistola
es other crisis | estarían mejor sin mí
es other crisis | Nadie me extrañaría
es other crisis | para qué seguir
es other crisis | no tiene sentido vivir
es other crisis | quiero desaparecer
es confirm crisis | Sí voy, pero la verdad no quiero seguir viviendo
es cancel crisis | X. Estoy en el hospital por una sobredosis
es other crisis | no soy suicida pero pienso mucho en la muerte
es other crisis | kms ya no puedo
es other crisis | Esta es mi despedida, gracias por todo
es other crisis | ayúdenme por favor
es other crisis | tengo una cuerda
es other crisis | pienso en tirarme del puente
es other crisis | mi ex me está siguiendo y tengo miedo
es other crisis | ojalá no despertara mañana
es other crisis | soy una carga para todos
es late crisis | voy tarde, mi esposo me empujó y no encuentro las llaves
es other crisis | me quiero ir para siempre
es other crisis | mi novio me amenaza con un cuchillo
# ---------------------------------------------------------------- Spanish: clinical
es other clinical | He tenido ataques de pánico
es other clinical | no puedo dormir
es other clinical | me siento muy deprimida
es other clinical | mucha ansiedad esta semana
es other clinical | recaí el fin de semana
es other clinical | volví a tomar
es other clinical | Los nuevos medicamentos me dan náuseas
es other clinical | dejé de tomar las pastillas
es other clinical | falleció mi mamá
es cancel clinical | mi papá murió el domingo, no podré ir
es confirm clinical | Sí voy, he estado muy triste
es other clinical | ha sido una semana muy difícil
es other clinical | estoy llorando todo el día
es other clinical | me siento vacía
es other clinical | no soy suicida, solo estoy cansada
es other clinical | no me voy a hacer daño, no se preocupe
es other clinical | tengo pesadillas todas las noches
es other clinical | estoy muy estresado con el trabajo
es other clinical | me diagnosticaron depresión
es other clinical | Me siento sola
es other clinical | la estoy pasando muy mal
es other clinical | salí del hospital ayer
es other clinical | el psiquiatra me cambió la dosis
es other clinical | tuve una crisis de ansiedad en el trabajo
es other clinical | estoy bebiendo mucho otra vez
es other clinical | no he comido en días
es other clinical | me dejó mi esposo
es reschedule clinical | R, tengo mucha ansiedad y no puedo salir
es question clinical | ¿Puedo hablar con la doctora sobre mis medicamentos?
es late clinical | llego tarde, tuve un ataque de pánico en el metro
es other clinical | me muero de nervios por lo de mañana
es confirm clinical | C. Ha sido una semana horrible
es cancel clinical | x, estoy muy deprimida para salir hoy
# ================================================================ second batch
# Written after the first rules, to find where they failed to generalise (mostly crisis
# wording and harmless messages with alarming words); the rules were then widened.
en other crisis | honestly i dont see the point in anything anymore
en other crisis | I keep thinking everyone would be happier if i wasnt around
en other crisis | i want to go to sleep and never wake up
en other crisis | Im gonna end it tonight
en other crisis | thinking about taking all my meds at once
en other crisis | ive been scratching my arms again till they bleed
en other crisis | i relapsed on sh
en other crisis | I swallowed a bottle of tylenol
en other crisis | my stepdad keeps coming into my room at night and im scared
en other crisis | he choked me again last night
en other crisis | i'm hiding in the bathroom, he's screaming
en other crisis | I'm afraid of what I might do to myself
en other crisis | I have a plan
en other crisis | i wrote a goodbye letter
en other crisis | i feel like ending things
en other crisis | i feel like dying
en other crisis | i wanna kill myself lol
en other crisis | kill me now
en other crisis | I just dont want to exist anymore
en other crisis | Can't stop thinking about killing myself
en other crisis | if he comes back im going to stab him
en other crisis | I could honestly strangle my coworker, I'm so close to snapping
en other crisis | theres no way out
en other crisis | i can't keep living like this
en other crisis | im done. i cant anymore
en other crisis | i'm ready to die
en other crisis | my partner hurts me
en other crisis | She threw a knife at me
en other crisis | I'm at the bridge
en other crisis | bought rope today
en other crisis | i deserve to die
en other crisis | im not ok. i think im going to do it tonight
en cancel crisis | need to cancel, i'm in the psych ward
en confirm crisis | yes. also ive been self harming again
en other crisis | took like 30 pills idk what happens now
en other crisis | everything would be easier if i was dead
en other crisis | i dont think i'll be alive by next week
en other crisis | my dad beats my mom and I'm scared
en other clinical | ive been really anxious about the session
en other clinical | my therapist said to text if i had a bad day. having a bad day
en other crisis | i've been having really dark thoughts
en other clinical | cant stop shaking
en other clinical | I'm so tired of everything
en other clinical | Started lexapro monday, feeling weird
en other clinical | i think im having a manic episode
en other clinical | drinking every night again
en other clinical | i havent left the house in a week
en other clinical | my dog died and i cant stop crying
en other clinical | had a really bad panic attack at the store
en other clinical | i've been feeling really disconnected from everything
en other none | thanks for the reminder!
en other none | my kid says hi
en other none | sorry, i thought this was my sister's number
en other none | i'm so excited for the new office!
en other none | omg this snow is insane
en other none | got stuck in the elevator lol but made it
en other none | that movie killed me 😂
en other none | my mom is dying to meet Dr Kim lol
en other none | I'm dead 😂😂
en other none | we got a new puppy!!
en other none | the heat is killing me
en confirm none | yeah we'll see you then
en confirm none | sure thing
en confirm none | Yes I confirm the 3pm with Dr Ramos
en confirm none | We'll be there!
en confirm none | yess c u thursday
en confirm none | confirmed 👍👍
en cancel none | I can't come in tomorrow, I'm sick
en cancel none | Cant do today sorry
en cancel none | need to skip this week
en cancel none | we have to cancel, family emergency
en cancel none | Not going to be able to make it, sorry
en cancel none | I wont make it today
en reschedule none | can we switch to wednesday
en reschedule none | do you have anything later in the day? cant do 10
en reschedule none | Can I move to 2pm?
en reschedule none | is thursday at 4 open instead
en reschedule none | need to push my appt back a week
en late none | im running about 15 behind
en late none | 5 min away
en late none | Be there in 10 min, so sorry
en late none | Running late! Sorry!
en late none | hitting traffic, might be a few min late
en question none | do you validate parking
en question none | Where is the office?
en question none | Are you open on Saturdays?
en question none | is it ok to bring my baby
en question none | what's the wifi password
en opt_out none | please remove me from this list
en opt_out none | stop messaging me
en opt_out none | STOP texting
en opt_in none | Start again please
en late none | sorry, the T is dead stopped, 10 min late
en reschedule none | my car died on the highway, I'll call to rebook
en other none | The plant you gave me died lol
en cancel none | I'm sick as a dog, can't come today
en other none | thank you, you're a lifesaver
en cancel none | my kid cut his hand, we're at urgent care, can't make it
en other none | i was dying of the heat in that waiting room lol
en confirm none | yes! I'm dying to tell you about my week (the good kind lol)
en other none | ugh mondays are the death of me
en other none | my boss is going to kill me if I'm late again lol
en question none | does the office have a first aid kit? I cut my finger on the door
en other none | my battery's dying, will text later
en question none | is the parking garage dead end or through?
en late none | killing time in the car, 5 min late bc of parking
en other none | my daughter's hamster died, she's sad but ok
en other none | we watched a scary movie and I was scared to death lol
en question none | can I shoot you an email with my new insurance?
en other none | I'm hanging in there, thanks for asking
en confirm none | Yes. Looking forward to it. Dead set on making progress this year
en confirm none | yes, see you at 3. no need to call
en other none | I killed it at the 5k this weekend!
en question none | what's the name of that breathing app you mentioned?
en other none | no worries
en other none | all good
en reschedule none | I can't do 10, but anything after 2 works
en reschedule none | would tuesday at 5 be possible instead?
en late none | running 5 late, hang tight
en question none | is the session tomorrow or thursday? I'm confused
en opt_out none | Please stop sending texts to this number
en other none | This is Maria's husband, she's in the shower
en confirm none | ok see you then
en cancel none | I'm out of town, need to cancel tomorrow's
en question none | Who do I talk to about billing?
en confirm none | Yup, I'll be on the zoom
en other none | my son is driving me crazy lol
en other none | I'm beat, heading to bed early
en other none | lmao I'm dead
en late none | gonna be a few late, bus is slow
en confirm none | I'll come, no problem
en question none | Do you have a fax number?
es other crisis | ya no quiero estar aquí
es other crisis | quisiera no despertar
es other crisis | me dan ganas de morirme
es other crisis | tengo ganas de matarme
es other crisis | ya no le veo sentido a nada
es other crisis | me voy a quitar la vida
es other crisis | estoy pensando en tomarme todas las pastillas
es other crisis | mi esposo me golpeó anoche y tengo miedo
es other crisis | me quiero cortar
es other crisis | nadie me va a extrañar
es other crisis | todos estarían mejor si yo no estuviera
es other crisis | ya me cansé de vivir
es other crisis | mi pareja me amenazó con un cuchillo
es other crisis | estoy en peligro
es other crisis | quiero acabar con todo
es other crisis | creo que voy a hacer una locura
es other crisis | me tomé como 20 pastillas
es other crisis | me quiero morir jaja
es other crisis | me quiero morir ya
es other crisis | quiero matar a mi esposo
es confirm crisis | si voy, pero ya no aguanto mas
es other clinical | tengo mucha angustia
es other clinical | no he podido dormir bien
es other clinical | estoy muy decaída
es other clinical | he estado tomando mucho
es other clinical | me siento muy mal emocionalmente
es other clinical | murió mi abuelita
es other clinical | tuve un ataque de ansiedad
es other none | me mataste de risa jaja
es other none | que les vaya bien
es other none | feliz año nuevo
es other none | me muero de sueño jaja
es other none | ya llegué
es confirm none | sí, ahí nos vemos
es confirm none | claro, ahí estaré
es confirm none | Confirmo, gracias
es cancel none | no voy a poder llegar hoy
es cancel none | no voy a asistir
es cancel none | no puedo hoy
es cancel none | mañana no voy a poder, perdón
es reschedule none | podemos cambiarla para el jueves?
es reschedule none | me pueden dar otra cita?
es reschedule none | tiene algo más tarde?
es late none | voy llegando, 5 minutos
es late none | me atrasé un poco, llego en 10
es question none | ¿dónde queda la oficina?
es question none | la cita es presencial?
es question none | ¿me puede mandar la dirección?
es opt_out none | no quiero más mensajes
es opt_out none | ya no me manden mensajes
es other none | se me murió la batería, luego escribo
es other none | jajaja me muero
es other none | mi jefe me va a matar si llego tarde otra vez jaja
es confirm none | claro, allí nos vemos mañana
es other none | qué bueno, gracias
es other none | ok, gracias por avisar
es cancel none | estoy enferma, no voy a poder ir mañana
es question none | ¿me recuerdan la dirección?
es late none | llego en unos 10, hay mucho tráfico
es other none | muerta de la risa con tu mensaje
es other none | me corté con un papel jaja
es reschedule none | ¿podría ser el viernes en lugar del jueves?
es confirm none | sí, ahí estaré puntual
es other none | hace un calor de muerte
es question none | ¿cuánto es el copago?
es other none | mi hijo se cayó y se hizo daño en la rodilla pero está bien
es cancel none | lo siento, no voy a llegar, se me descompuso el carro
es other none | bendiciones
es question none | ¿puedo pagar con tarjeta?
es other none | me duele la cabeza jaja qué semana
es other none | ya estoy mejor gracias a Dios
es opt_out none | por favor ya no me escriban
es other none | buenas noches
# ================================================================ third batch
# Written after the second round of rules, same purpose; led to the rule for life itself
# in doubt ("no reason to keep going", "what if I didn't wake up").
en confirm none | yea ill b there
en confirm none | Yes see u soon!!
en confirm none | Confirm for Tues
en confirm none | i'll be thereee
en confirm none | Will do, see you Monday
en confirm none | thank u, will be there
en confirm none | Yes - and I'll bring the forms
en cancel none | I'm so sorry I have to cancel tomorrow, my mom is in town and i forgot
en cancel none | can't come tmrw sry
en cancel none | Cancel tomorrow pls
en cancel none | hey i wont be able to make it today
en cancel none | I'm going to have to cancel, sorry for the short notice
en cancel none | Gotta cancel, car trouble
en cancel none | X (sorry!)
en cancel none | we need to cancel jordan's appointment, he has strep
en reschedule none | can we do a later time tmrw?
en reschedule none | Can I reschedule for next thurs?
en reschedule none | Need to move my 2pm
en reschedule none | do u have anything friday
en reschedule none | Could I come in at 4 instead of 3?
en reschedule none | R pls, work thing came up
en late none | runnin late
en late none | Stuck on the highway, will be late
en late none | 10 min behind sorry!!
en late none | i'll be a lil late
en late none | just parking, be up in 2
en question none | hey what time tmrw?
en question none | Is it telehealth or in office this week?
en question none | do i need to fill anything out before?
en question none | hi, how do i pay my balance
en question none | did my insurance go through?
en question none | Whats the cancellation policy
en opt_out none | Stop texting this number
en opt_out none | UNSUBSCRIBE ME
en opt_out none | no more messages pls
en confirm none | ok cool thanks
en other none | Thank you so much!! 🙏
en other none | you guys are the best
en other none | great session today, thank you
en other none | i think you have the wrong number
en other none | sorry who?
en other none | 👍👍
en other none | lol ok
en other crisis | i cant do this anymore honestly
en other crisis | i feel like i'm drowning and theres no point
en other crisis | nobody cares if i live or die
en other crisis | i think about driving off the road a lot
en other crisis | my husband pulled a gun on me
en other crisis | I'm scared he's going to hurt me when he gets home
en other crisis | i took too many of my xanax
en other crisis | i dont want to live anymore
en other crisis | I've started hurting myself again
en other crisis | been having thoughts of ending it
en other crisis | i want to disappear
en other crisis | i just wanna sleep forever
en other crisis | i'm thinking about killing my dad
en other crisis | I'm at the end of my rope
en other crisis | i have the pills in my hand
en other crisis | im gonna jump
en other crisis | he raped me
en other crisis | my bf hit me again
en other crisis | i cant stop thinking about dying
en other crisis | what if i just didnt wake up
en confirm crisis | yes ill be there if im still alive
en cancel crisis | cancel. there's no reason for me to keep going
en other crisis | im not safe
en other crisis | I don't trust myself right now
en other clinical | been feeling super down lately
en other clinical | my panic is bad today
en other clinical | I can't stop crying
en other clinical | i've been drinking a lot
en other clinical | haven't slept in 2 days
en other clinical | my meds ran out
en other clinical | the doctor upped my dose
en other clinical | my anxiety is killing me
en confirm clinical | yes see u thurs, this week has been awful
en other clinical | my father passed this morning
en other clinical | i'm not suicidal, i promise. just sad
en other clinical | I keep having flashbacks
en other clinical | feeling really empty
en cancel clinical | cancel, too anxious to leave the house
en question clinical | should i keep taking the new meds?
es confirm none | si claro ahi nos vemos
es confirm none | sí, ahí estaré mañana
es confirm none | confirmo la cita
es confirm none | Sí, ahí voy a estar
es confirm none | perfecto gracias, ahí estaré
es cancel none | no voy a poder ir mañana
es cancel none | Cancelo la cita del jueves
es cancel none | necesito cancelar, estoy enferma
es cancel none | hoy no voy a poder asistir, disculpe
es reschedule none | ¿podemos cambiar la hora?
es reschedule none | quisiera reagendar mi cita
es reschedule none | ¿tiene espacio el viernes en la tarde?
es reschedule none | R por favor
es late none | voy un poquito tarde
es late none | me retrasé, llego en 15 min
es late none | estoy en camino pero hay mucho tráfico
es question none | ¿a qué hora es la cita de mañana?
es question none | ¿la cita es por zoom?
es question none | ¿dónde están ubicados?
es question none | ¿necesito llevar mi tarjeta del seguro?
es opt_out none | no quiero recibir más mensajes
es opt_out none | STOP por favor
es other none | muchísimas gracias
es other none | creo que se equivocaron de número
es other none | igualmente
es other none | jajaja ok
es other crisis | ya no quiero seguir
es other crisis | me quiero matar ya
es other crisis | pienso en matarme todos los días
es other crisis | tengo ganas de cortarme
es other crisis | mi marido me golpeó otra vez
es other crisis | estoy pensando en hacerme daño
es other crisis | tomé muchas pastillas
es other crisis | no sé si quiero seguir viviendo
es other crisis | a veces pienso que sería mejor no despertar
es other crisis | tengo miedo de mi esposo
es other crisis | me quiero morir, no aguanto
es other crisis | no tengo razones para vivir
es cancel crisis | no voy a poder ir, ya no quiero vivir
es other clinical | me siento muy triste
es other clinical | ando muy ansiosa
es other clinical | no he dormido nada
es other clinical | volví a beber
es other clinical | se murió mi perrito y estoy muy mal
es other clinical | los medicamentos me tienen mareada
es confirm clinical | sí voy, ha sido una semana muy pesada
es other clinical | estoy muy estresada
es other clinical | no soy suicida, solo estoy muy cansada de todo
# ================================================================ fourth batch
# Same purpose; led to the warning signs that only count together (warning.py). Two
# harmless messages here are still flagged (a film title, sad news): kept, labelled true.
en other crisis | i keep looking at the pill bottle
en other crisis | tonight's the night. thank you for everything
en other crisis | i'm tired. i want to sleep and not deal with anything ever again
en other crisis | idk how much more of this i can take
en other crisis | if something happens to me tell my mom i love her
en other crisis | i've been giving my stuff away
en other crisis | Im so done with everything. i just want it to stop
en other crisis | maybe it'd be easier for everyone if i just disappeared
en other crisis | there's a gun in the house and I keep thinking about it
en other crisis | im sitting on the bathroom floor with a razor
en other crisis | my mom's boyfriend keeps touching me
en other crisis | i got jumped walking home and i'm scared to go out
en other crisis | my ex keeps showing up at my job and threatening me
en other crisis | he put his hands on me again
en other crisis | I feel like hurting someone
en other crisis | I could kill him honestly
en other crisis | i want to hurt my sister
en other crisis | ive been thinking of ways to die
en other crisis | i dont see a future for myself
en other crisis | hey. i just wanted to say bye
en other crisis | i wont be needing any more appointments. goodbye
en other crisis | help. i did something really bad to myself
en other crisis | 😭😭 i want to die
en other crisis | I want to die lol jk... unless?
en other clinical | i've been so irritable and snapping at everyone
en other clinical | i cant focus at work
en other clinical | my eating disorder is back
en other clinical | feeling kinda hopeless about the job search
en other clinical | been isolating a lot
en other clinical | i had a panic attack on the train
en other clinical | the new antidepressant is making me nauseous
en other clinical | i've been self medicating with weed
en other clinical | i smoked again after 6 months sober
en other clinical | my grief is hitting hard this week
en other none | we watched Dead Poets Society last night, so good
en other none | my grandpa turned 90 today!
en other none | killer deal on the parking garage lol
en other none | the news about the shooting was so sad
en other none | i'm dying to know how the story ends lol
en other none | I'm at my wits end with this printer lol
en other none | haha my dog ate my homework sheet
en confirm none | yes, I'll come even though I'm dead tired
en question none | is it cool if I bring my service dog?
en cancel none | My daughter has a fever, we won't make it
en reschedule none | can we do the 17th instead?
en late none | Running 10 min behind, so sorry
en other none | thanks, you saved my life with that recommendation lol
en other none | my tooth is killing me, dentist tomorrow
en other none | the kids are driving me nuts
en question none | can I get a superbill for insurance?
en other none | i survived the holidays lol
en other none | got my flu shot today
es other crisis | no quiero estar viva
es other crisis | me dan ganas de aventarme del puente
es other crisis | tengo un plan para matarme
es other crisis | ya escribí mis cartas de despedida
es other crisis | me corté los brazos
es other crisis | mi esposo me tiene encerrada
es other crisis | mi papá le pega a mi mamá y tengo miedo
es other crisis | quiero lastimar a mi hermano
es other crisis | estoy en la azotea y quiero saltar
es other crisis | siento que ya no vale la pena nada
es other crisis | me tomé las pastillas de mi mamá, todas
es other crisis | ya no puedo más, adiós
es other crisis | ojalá me muriera
es other crisis | quiero dormirme para siempre
es other crisis | no quiero seguir aquí
es other clinical | me siento abrumada
es other clinical | he estado con mucha ansiedad
es other clinical | tengo insomnio otra vez
es other clinical | estoy de luto
es other none | me matas de risa
es other none | qué pena, gracias
es other none | mi abuelo cumple 90 hoy
es other none | ando muerta de sueño jaja
es confirm none | claro que sí, allí estaré
es cancel none | mi hija tiene fiebre, no vamos a poder ir
es question none | ¿puedo llevar a mi perro de servicio?
es late none | llego como 10 minutitos tarde
es reschedule none | ¿se puede el 17 en vez?
es other none | el examen me mató jaja
"""


# Eighth batch (round 4): wider families for what held-out lists I and J showed missing,
# written fresh (never copied from a list): absence after a time, rejection and "giving them
# what they want", a poison one keeps going back to, a vow to shoot or stab with the weapon
# ready, arrangements so nobody has to break in, a decision with a time and "don't call",
# days in bed or indoors counted out; and the ordinary side: chores and bosses that "will
# kill me", a hotline forwarded, a funeral as the reason for a change, loose slot offers.
_ROUND4_RAW = """
en confirm crisis | C. none of it really matters after friday anyway
en cancel crisis | X. doesnt even matter, prob wont be around after this week
en opt_out crisis | STOP. you wont have to remind me of anything after tomorrow
en other crisis | nobody will have to worry about me anymore after this weekend
es confirm crisis | C. ya después de este fin no se van a tener que preocupar por mí
es cancel crisis | X. da igual, ya no voy a estar después del viernes
es other crisis | ya no van a tener que aguantarme, se los prometo
en other crisis | my dad says he'd rather have no kid than a trans one. fine, he'll get his wish
en other crisis | they'd rather see me gone so i'll just save them the trouble
es other crisis | mis papás me corrieron de la casa por ser gay, pues les voy a dar el gusto
es other crisis | nadie me quiere aquí, les voy a hacer el favor
en other crisis | theres weed killer in the shed and i keep walking back out there to look at it
en other crisis | the pesticide is under the sink and I keep finding excuses to go stare at it
es other crisis | tengo el gramoxone en la bodega y me la paso yendo a verlo en la noche
es other crisis | el veneno para las ratas sigue en el patio y busco pretextos para ir
en other crisis | if he comes near my girl again I'll put a bullet in him, it's loaded
en other crisis | swear to god I'll stab him the second he walks in
es other crisis | si ese tipo vuelve le meto unos balazos, ya la tengo cargada
es other crisis | le voy a meter el cuchillo a mi cuñado, ya lo tengo afilado
en reschedule crisis | thursday works. left the door unlocked so nobody has to kick it in
en other crisis | mailed my spare key to my brother so whoever finds me can get in
es confirm crisis | ahí estaré el jueves. dejé la llave para que no tengan que tumbar la puerta
es other crisis | dejé la puerta abierta, quien me encuentre que no se asuste
en other crisis | decided. this weekend. please dont try to call me
en other crisis | made up my mind, tonight. dont come looking
es other crisis | ya lo decidí, esta noche. no me busquen
en other clinical | spent the whole weekend on the couch, didnt shower, didnt care
en other clinical | havent gone outside in like 10 days
en other clinical | been lying in bed for three days straight, cant get up
es other clinical | llevo cinco días sin salir del cuarto
es other clinical | no he salido del depa desde el lunes, no tengo ganas
en reschedule none | this chem midterm is going to kill me, can we do next week instead
en confirm none | C, my manager will murder me for leaving early but I'll be there
en other none | fwd: 988 is the crisis line now, call or text. pass it on
en other none | sharing bc ppl should know: 988 crisis line, save the number
es reschedule none | me re mató la semana, ¿me pasa la cita para el lunes?
es other none | reenviado: línea de ayuda 800 290 0024, compártelo con quien lo necesite
es reschedule none | con esta lluvia y el tráfico, que si no me muero, ¿me cambian la cita?
en reschedule none | the memorial service is saturday so I need to move my appointment
en cancel none | X, its my grandpa's funeral tomorrow, we're all fine
es reschedule none | es el entierro de mi abuela el martes, ¿podemos otro día?
en reschedule none | cant do wed, dentist then. thurs?
en reschedule none | could we look at the week after? this one is packed
en confirm none | still on for 10 tomorrow
en confirm none | ok 3pm works
en confirm none | C for thurs, thanks
en confirm none | the new time is fine, see you then
en question none | whats the address for the new office
en question none | is this the form you wanted me to sign
es reschedule none | ¿se puede más tarde? tipo 5
es reschedule none | ¿podemos a las 4 en vez de a las 2?
es reschedule none | ¿me da otra para el jueves?
es opt_in none | puse STOP por error, sigan mandando los recordatorios
es question clinical | la pastilla nueva me da náuseas, es normal
en confirm none | Cc
en other crisis | everyone'd be happier w/o me tbh
en other none | the hunting lease opens saturday, my rifle's finally zeroed lol
es reschedule none | tengo que fumigar con el herbicida el viernes, ¿me pasa la cita al lunes?
"""


def _parse(raw: str) -> tuple[Example, ...]:
    examples = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, _, text = line.partition(" | ")
        lang, intent, flag = head.split()
        examples.append(Example(lang, intent, flag, text))
    return tuple(examples)


from triage_corpus_generalise import RAW as _GENERALISE_RAW  # noqa: E402  (sixth batch)
from triage_corpus_round3 import RAW as _ROUND3_RAW  # noqa: E402  (seventh batch)
from triage_corpus_round5 import RAW as _ROUND5_RAW  # noqa: E402  (ninth batch)
from triage_corpus_round6 import RAW as _ROUND6_RAW  # noqa: E402  (tenth batch)
from triage_corpus_round7 import RAW as _ROUND7_RAW  # noqa: E402  (eleventh batch)
from triage_corpus_round8 import RAW as _ROUND8_RAW  # noqa: E402  (twelfth batch)
from triage_corpus_round9 import RAW as _ROUND9_RAW  # noqa: E402  (thirteenth batch)
from triage_corpus_round10 import RAW as _ROUND10_RAW  # noqa: E402  (fourteenth batch)
from triage_corpus_round11 import RAW as _ROUND11_RAW  # noqa: E402  (fifteenth batch)
from triage_corpus_round12 import RAW as _ROUND12_RAW  # noqa: E402  (sixteenth batch)
from triage_corpus_signs import RAW as _SIGNS_RAW  # noqa: E402  (fifth batch, by category)

CORPUS: tuple[Example, ...] = (_parse(_RAW) + _parse(_SIGNS_RAW)
                               + _parse(_GENERALISE_RAW) + _parse(_ROUND3_RAW)
                               + _parse(_ROUND4_RAW) + _parse(_ROUND5_RAW)
                               + _parse(_ROUND6_RAW) + _parse(_ROUND7_RAW)
                               + _parse(_ROUND8_RAW) + _parse(_ROUND9_RAW)
                               + _parse(_ROUND10_RAW) + _parse(_ROUND11_RAW)
                               + _parse(_ROUND12_RAW))
