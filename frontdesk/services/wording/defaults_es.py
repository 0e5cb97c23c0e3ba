"""Default Spanish texts: warm, plain, usted. Same rules as defaults_en.

The SMS texts avoid á, í, ó and ú in their own words (é, ñ, ü and ¿ are GSM-7; the other
accents would switch a text to UCS-2 and cut a segment from 160 to 70 characters), without
misspelling anything: "cita", not "sesión"; "llame al", not "llámenos". Names and dates that
carry those accents ("sábado", "María") still can. Emails use every accent freely.

The reply letters are the same in every language (C / R / X), so the reply reader needs one
rule; STOP, START and HELP stay in English because those are the carrier's keywords.
"""

from __future__ import annotations

from frontdesk.domain import Step

NAME = "{{ practice_name }}: "
NAME_MIN = "{% if practice_name %}{{ practice_name }}: {% endif %}"
HI = "Hola {{ client_first_name }}, "
STOP = "Responda STOP para darse de baja."
REPLY = "Responda C para confirmar, R para reprogramar, X para cancelar."
WHERE = ("{% if is_telehealth %} por video:\n{{ session_link }}\n"
         "{% else %} en {{ address }}. {% endif %}")

DEAR = "Hola {{ client_first_name }}:\n\n"
HELLO = "Hola:\n\n"
DETAILS = (
    "Con: {{ clinician_name }}\n"
    "Fecha: {{ date_text }}\n"
    "Hora: {{ time_text }}{% if time_zone %} ({{ time_zone }}){% endif %}\n"
    "{% if is_telehealth %}Lugar: por video. Su enlace: {{ session_link }}"
    "{% else %}Lugar: {{ address }}{% endif %}"
)
CHANGE = ("Si necesita cambiarla o cancelarla, responda a este correo o llámenos al "
          "{{ practice_phone }}.")
CHANGE_MIN = "Si necesita cambiarla o cancelarla, responda a este correo."
SIGN = "\n\n{{ practice_name }}\n{{ practice_phone }}"
SIGN_MIN = "{% if practice_name %}\n\n{{ practice_name }}{% endif %}"
EMAIL_STOP = "\n\nSi prefiere no recibir estos correos, responda y avísenos."

# The missed-session note's optional question; replies 1-6 are read by inbox/barriers.py.
WHAT_GOT_IN_THE_WAY = ("Si quiere contarnos el motivo: 1 transporte, 2 cuidado de niños, "
                       "3 costo, 4 lo olvidé, 5 malestar, 6 otra cosa. No hace falta responder. ")

TEXTS: dict[Step, dict[str, str]] = {
    Step.BOOKING_CONFIRMATION: {
        "sms": NAME + HI + "le confirmamos su cita con {{ clinician_name }} {{ when_text }}"
               + WHERE + STOP,
        "sms_min": NAME_MIN + "Le confirmamos su cita {{ when_text }}. " + STOP,
        "subject": "Cita confirmada: {{ date_text }}, {{ time_text }}",
        "email": DEAR + "Le confirmamos su cita.\n\n" + DETAILS + "\n\n" + CHANGE + SIGN
                 + EMAIL_STOP,
        "subject_min": "Cita confirmada",
        "email_min": HELLO + "Le confirmamos su cita {{ when_text }}.\n\n" + CHANGE_MIN
                     + SIGN_MIN,
    },
    Step.CONFIRMATION_REQUEST: {
        "sms": NAME + HI + "su cita con {{ clinician_name }} es {{ when_text }}. " + REPLY,
        "sms_min": NAME_MIN + "Recordatorio: su cita es {{ when_text }}. " + REPLY,
        "subject": "Confirme su cita del {{ date_text }}",
        "email": DEAR + "Le esperamos pronto. ¿Nos confirma si esta hora le sigue "
                 "conviniendo?\n\n" + DETAILS + "\n\nPara confirmar, cambiar o cancelar su "
                 "cita, responda a este correo o llámenos al {{ practice_phone }}." + SIGN
                 + EMAIL_STOP,
        "subject_min": "Confirme su cita",
        "email_min": HELLO + "Le recordamos su cita {{ when_text }}. Para confirmar, cambiar "
                     "o cancelar su cita, responda a este correo." + SIGN_MIN,
    },
    Step.DAY_BEFORE: {
        # "Ana, le esperamos…" rather than "Hola Ana, …": five characters that keep the most
        # common text in one segment more often.
        "sms": NAME + "{{ client_first_name }}, le esperamos {{ when_text }} con "
               "{{ clinician_name }}" + WHERE + STOP,
        "sms_min": NAME_MIN + "Recordatorio: su cita es {{ when_text }}."
                   "{% if is_telehealth %}\n{{ session_link }}\n{% else %} {% endif %}" + STOP,
        "subject": "Recordatorio: su cita {{ day_text }}",
        "email": DEAR + "Le recordamos su cita {{ day_text }}.\n\n" + DETAILS + "\n\n"
                 + CHANGE + SIGN + EMAIL_STOP,
        "subject_min": "Recordatorio de cita",
        "email_min": HELLO + "Le recordamos su cita {{ when_text }}."
                     "{% if is_telehealth %}\n\n{{ session_link }}{% endif %}\n\n"
                     + CHANGE_MIN + SIGN_MIN,
    },
    Step.TELEHEALTH_LINK: {
        "sms": NAME + "Su cita empieza {{ when_text }}. Para entrar:\n{{ session_link }}",
        "sms_min": NAME_MIN + "Su cita empieza {{ when_text }}.\n{{ session_link }}",
        "subject": "El enlace de su cita de las {{ time_text }}",
        "email": DEAR + "Su cita con {{ clinician_name }} empieza {{ when_text }}. Puede "
                 "entrar aquí:\n\n{{ session_link }}" + SIGN,
        "subject_min": "Su cita {{ day_text }}",
        "email_min": HELLO + "Su cita empieza {{ when_text }}.\n\n{{ session_link }}"
                     + SIGN_MIN,
    },
    Step.MISSED_FOLLOW_UP: {
        "sms": NAME + HI + "no le vimos {{ day_text }}; esperamos que este bien. "
               "Responda R para otra fecha o llame al {{ practice_phone }}. "
               + WHAT_GOT_IN_THE_WAY + STOP,
        "sms_min": NAME_MIN + "No le vimos {{ day_text }}; esperamos que este bien. "
                   "Responda R para otra fecha. " + WHAT_GOT_IN_THE_WAY + STOP,
        "subject": "Esperamos que se encuentre bien",
        "email": DEAR + "No pudimos verle {{ day_text }} y esperamos que se encuentre bien."
                 "\n\nCuando quiera, responda a este correo o llámenos al "
                 "{{ practice_phone }} y buscaremos otra fecha." + SIGN + EMAIL_STOP,
        "subject_min": "Una nueva fecha para su cita",
        "email_min": HELLO + "No pudimos verle {{ day_text }} y esperamos que se encuentre "
                     "bien. Cuando quiera, responda a este correo y buscaremos otra fecha."
                     + SIGN_MIN,
    },
    Step.RESCHEDULE_NOTICE: {
        "sms": NAME + HI + "su cita con {{ clinician_name }} ahora es {{ when_text }}, "
               "{{ modality_text }}. Si no le conviene, responda R o llame al "
               "{{ practice_phone }}. " + STOP,
        "sms_min": NAME_MIN + "Su cita ahora es {{ when_text }}. Si no le conviene, "
                   "responda R. " + STOP,
        "subject": "Su cita cambió al {{ date_text }}",
        "email": DEAR + "Su cita cambió{% if previous_when_text %} (antes era "
                 "{{ previous_when_text }}){% endif %}. Estos son los nuevos datos:\n\n"
                 + DETAILS + "\n\nSi la nueva hora no le conviene, responda a este correo o "
                 "llámenos al {{ practice_phone }}." + SIGN + EMAIL_STOP,
        "subject_min": "Cambio en su cita",
        "email_min": HELLO + "Su cita ahora es {{ when_text }}.{% if previous_when_text %} "
                     "(Antes era {{ previous_when_text }}.){% endif %}\n\nSi la nueva hora "
                     "no le conviene, responda a este correo." + SIGN_MIN,
    },
    Step.CANCELLATION_NOTICE: {
        "sms": NAME + HI + "lo sentimos, tenemos que cancelar su cita con "
               "{{ clinician_name }} {{ when_text }}. Responda R para buscar otra fecha o "
               "llame al {{ practice_phone }}. " + STOP,
        "sms_min": NAME_MIN + "Lo sentimos, tenemos que cancelar su cita {{ when_text }}. "
                   "Responda R para buscar otra fecha. " + STOP,
        "subject": "Su cita del {{ date_text }} fue cancelada",
        "email": DEAR + "Lo sentimos, pero tenemos que cancelar su cita con "
                 "{{ clinician_name }} {{ when_text }}.\n\nNos gustaría darle una nueva "
                 "fecha: responda a este correo o llámenos al {{ practice_phone }}." + SIGN
                 + EMAIL_STOP,
        "subject_min": "Su cita fue cancelada",
        "email_min": HELLO + "Lo sentimos, pero tenemos que cancelar su cita {{ when_text }}."
                     " Responda a este correo y buscaremos una nueva fecha." + SIGN_MIN,
    },
    Step.OPT_OUT_CONFIRMATION: {
        "sms": NAME + "Ya no le enviaremos mensajes. Si desea recibirlos de nuevo, responda "
               "START.",
        "sms_min": NAME_MIN + "Ya no le enviaremos mensajes. Si desea recibirlos de nuevo, "
                   "responda START.",
        "subject": "Ya no recibirá correos sobre sus citas",
        "email": DEAR + "Ya no le enviaremos correos sobre sus citas. Si cambia de opinión, "
                 "responda a este correo o llámenos al {{ practice_phone }}." + SIGN,
        "subject_min": "Ya no recibirá correos sobre sus citas",
        "email_min": HELLO + "Ya no le enviaremos correos sobre sus citas. Si cambia de "
                     "opinión, responda a este correo." + SIGN_MIN,
    },
    Step.OPT_IN_CONFIRMATION: {
        "sms": NAME + "Le enviaremos de nuevo mensajes sobre sus citas. Para darse de baja, "
               "responda STOP; para ayuda, HELP.",
        "sms_min": NAME_MIN + "Le enviaremos de nuevo mensajes sobre sus citas. Para darse "
                   "de baja, responda STOP; para ayuda, HELP.",
        "subject": "Volverá a recibir correos sobre sus citas",
        "email": DEAR + "Le enviaremos de nuevo correos sobre sus citas." + SIGN + EMAIL_STOP,
        "subject_min": "Volverá a recibir correos sobre sus citas",
        "email_min": HELLO + "Le enviaremos de nuevo correos sobre sus citas." + SIGN_MIN
                     + EMAIL_STOP,
    },
    Step.HELP_REPLY: {
        "sms": NAME + "Mensajes sobre sus citas. ¿Preguntas? Llame al {{ practice_phone }}. "
               "En una emergencia, llame al 911 o al 988. Pueden aplicarse tarifas de "
               "mensajes y datos. " + STOP,
        "sms_min": NAME_MIN + "Mensajes sobre sus citas. ¿Preguntas? Llame al "
                   "{{ practice_phone }}. En una emergencia, llame al 911 o al 988. Pueden "
                   "aplicarse tarifas de mensajes y datos. " + STOP,
        "subject": "Ayuda con los correos sobre sus citas",
        "email": DEAR + "Estos correos son sobre sus citas con {{ practice_name }}. "
                 "¿Preguntas? Responda a este correo o llámenos al {{ practice_phone }}.\n\n"
                 "En una emergencia, llame al 911, o llame o envíe un mensaje al 988." + SIGN,
        "subject_min": "Ayuda con los correos sobre sus citas",
        "email_min": HELLO + "Estos correos son sobre sus citas. ¿Preguntas? Responda a este "
                     "correo o llámenos al {{ practice_phone }}.\n\nEn una emergencia, llame "
                     "al 911, o llame o envíe un mensaje al 988." + SIGN_MIN,
    },
    Step.CRISIS_REPLY: {
        "sms": NAME + "Recibimos su mensaje. Si corre peligro o piensa hacerse daño o hacer "
               "daño a alguien, llame o mande un texto al 988 ahora, o llame al 911. Tel.: "
               "{{ practice_phone }}",
        "sms_min": NAME_MIN + "Recibimos su mensaje. Si corre peligro o piensa hacerse daño o "
                   "hacer daño a alguien, llame o mande un texto al 988 ahora, o llame al 911.",
        "subject": "Recibimos su mensaje",
        "email": DEAR + "Recibimos su mensaje y alguien de nuestro equipo lo leerá pronto.\n\n"
                 "Si puede hacerse daño o hacer daño a alguien, o está en peligro, llame o "
                 "envíe un mensaje al 988 ahora, "
                 "o llame al 911. También puede llamarnos al {{ practice_phone }}." + SIGN,
        "subject_min": "Recibimos su mensaje",
        "email_min": HELLO + "Recibimos su mensaje.\n\nSi puede hacerse daño o hacer daño a "
                     "alguien, o está en peligro, llame o envíe un mensaje al 988 ahora, o "
                     "llame al 911." + SIGN_MIN,
    },
    Step.CANCEL_ACK: {
        "sms": NAME + HI + "su cita {{ when_text }} ha sido cancelada. Para pedir otra "
               "cita, llame al {{ practice_phone }}.",
        "sms_min": NAME_MIN + "Su cita {{ when_text }} ha sido cancelada.",
        "subject": "Su cita está cancelada",
        "email": DEAR + "Su cita {{ when_text }} está cancelada, como nos pidió. Para reservar "
                 "otra, responda a este correo o llámenos al {{ practice_phone }}." + SIGN,
        "subject_min": "Aviso sobre su cita",
        "email_min": HELLO + "Su cita {{ when_text }} está cancelada." + SIGN_MIN,
    },
}
