"""Default English texts. Read them as a worried client would, on a lock screen.

Rules they follow (tests hold them to it):
- Never name the kind of care; say "appointment", never "session" or "therapy".
- SMS: GSM-7 characters only (a straight ' not ’), name the practice first, one segment
  where possible, opt-out hint on texts the practice starts, C / R / X for replies (a bare
  CANCEL would opt the client out at Twilio). The video-link text is the time and link only.
- Minimal (shared phone): no client or clinician name, no modality, no address, the link
  bare with no label, and the practice name only as the context gives it (the neutral
  sender name when the practice set one, possibly nothing).
- Email: plain text; the subject is what a lock screen shows, so it says least.

Keys per step: sms, sms_min, subject, email, subject_min, email_min (WhatsApp uses the SMS
text unless a whatsapp / whatsapp_min key is given).
"""

from __future__ import annotations

from frontdesk.domain import Step

NAME = "{{ practice_name }}: "
NAME_MIN = "{% if practice_name %}{{ practice_name }}: {% endif %}"
HI = "Hi {{ client_first_name }}, "
STOP = "Reply STOP to opt out."
WHERE = ("{% if is_telehealth %} by video:\n{{ session_link }}\n"
         "{% else %} at {{ address }}. {% endif %}")

DEAR = "Hi {{ client_first_name }},\n\n"
HELLO = "Hello,\n\n"
DETAILS = (
    "With: {{ clinician_name }}\n"
    "Date: {{ date_text }}\n"
    "Time: {{ time_text }}{% if time_zone %} ({{ time_zone }}){% endif %}\n"
    "{% if is_telehealth %}Where: by video. Your link: {{ session_link }}"
    "{% else %}Where: {{ address }}{% endif %}"
)
CHANGE = ("If you need to reschedule or cancel, just reply to this email or call us at "
          "{{ practice_phone }}.")
CHANGE_MIN = "If you need to reschedule or cancel, just reply to this email."
SIGN = "\n\n{{ practice_name }}\n{{ practice_phone }}"
SIGN_MIN = "{% if practice_name %}\n\n{{ practice_name }}{% endif %}"
EMAIL_STOP = "\n\nIf you would rather not get these emails, reply and let us know."
# The missed-session note's optional question; replies 1-6 are read by inbox/barriers.py.
WHAT_GOT_IN_THE_WAY = ("If you'd like to tell us what got in the way: 1 transport, 2 childcare, "
                       "3 cost, 4 forgot, 5 felt unwell, 6 something else. No need to reply. ")

TEXTS: dict[Step, dict[str, str]] = {
    Step.BOOKING_CONFIRMATION: {
        "sms": NAME + HI + "you're booked with {{ clinician_name }} {{ when_text }}" + WHERE
               + STOP,
        "sms_min": NAME_MIN + "You're booked {{ when_text }}. See you then. " + STOP,
        "subject": "Appointment booked: {{ date_text }} at {{ time_text }}",
        "email": DEAR + "Your appointment is booked.\n\n" + DETAILS + "\n\n" + CHANGE + SIGN
                 + EMAIL_STOP,
        "subject_min": "Appointment booked",
        "email_min": HELLO + "Your appointment is booked for {{ date_text }} at "
                     "{{ time_text }}.\n\n" + CHANGE_MIN + SIGN_MIN,
    },
    Step.CONFIRMATION_REQUEST: {
        "sms": NAME + HI + "your appointment with {{ clinician_name }} is {{ when_text }}. "
               "Reply C to confirm, R to reschedule, X to cancel.",
        "sms_min": NAME_MIN + "Reminder: your appointment is {{ when_text }}. "
                   "Reply C to confirm, R to reschedule, X to cancel.",
        "subject": "Please confirm your appointment on {{ date_text }}",
        "email": DEAR + "We're looking forward to seeing you. Please let us know if this "
                 "time still works for you.\n\n" + DETAILS + "\n\nTo confirm, reschedule or "
                 "cancel, just reply to this email or call us at {{ practice_phone }}." + SIGN
                 + EMAIL_STOP,
        "subject_min": "Please confirm your appointment",
        "email_min": HELLO + "A reminder of your appointment on {{ date_text }} at "
                     "{{ time_text }}. To confirm, reschedule or cancel, just reply to this "
                     "email." + SIGN_MIN,
    },
    Step.DAY_BEFORE: {
        "sms": NAME + HI + "see you {{ when_text }} with {{ clinician_name }}" + WHERE + STOP,
        "sms_min": NAME_MIN + "Reminder: your appointment is {{ when_text }}."
                   "{% if is_telehealth %}\n{{ session_link }}\n{% else %} {% endif %}" + STOP,
        "subject": "Reminder: your appointment {{ day_text }}",
        "email": DEAR + "A reminder of your appointment {{ day_text }}.\n\n" + DETAILS + "\n\n"
                 + CHANGE + SIGN + EMAIL_STOP,
        "subject_min": "Appointment reminder",
        "email_min": HELLO + "A reminder of your appointment {{ when_text }}."
                     "{% if is_telehealth %}\n\n{{ session_link }}{% endif %}\n\n"
                     + CHANGE_MIN + SIGN_MIN,
    },
    Step.TELEHEALTH_LINK: {
        "sms": NAME + "Your appointment starts {{ when_text }}. Join here:\n{{ session_link }}",
        "sms_min": NAME_MIN + "Your appointment starts {{ when_text }}.\n{{ session_link }}",
        "subject": "Your appointment link for {{ time_text }}",
        "email": DEAR + "Your appointment with {{ clinician_name }} starts {{ when_text }}. "
                 "You can join here:\n\n{{ session_link }}" + SIGN,
        "subject_min": "Your appointment {{ day_text }}",
        "email_min": HELLO + "Your appointment starts {{ when_text }}.\n\n{{ session_link }}"
                     + SIGN_MIN,
    },
    Step.MISSED_FOLLOW_UP: {
        "sms": NAME + HI + "we missed you {{ day_text }} and hope you're OK. Reply R for a "
               "new time or call {{ practice_phone }}. " + WHAT_GOT_IN_THE_WAY + STOP,
        "sms_min": NAME_MIN + "We missed you {{ day_text }} and hope you're OK. Reply R for a "
                   "new time. " + WHAT_GOT_IN_THE_WAY + STOP,
        "subject": "We missed you {{ day_text }}",
        "email": DEAR + "We missed you {{ day_text }} and hope you're OK.\n\nWhenever you're "
                 "ready, just reply to this email or call us at {{ practice_phone }} and "
                 "we'll find a new time." + SIGN + EMAIL_STOP,
        "subject_min": "Finding a new time",
        "email_min": HELLO + "We missed you {{ day_text }} and hope you're OK. Whenever "
                     "you're ready, just reply to this email and we'll find a new time."
                     + SIGN_MIN,
    },
    Step.RESCHEDULE_NOTICE: {
        "sms": NAME + HI + "your appointment with {{ clinician_name }} is now {{ when_text }}"
               ", {{ modality_text }}. If that doesn't work, reply R or call "
               "{{ practice_phone }}. " + STOP,
        "sms_min": NAME_MIN + "Your appointment is now {{ when_text }}. If that doesn't "
                   "work, reply R. " + STOP,
        "subject": "Your appointment has moved to {{ date_text }}",
        "email": DEAR + "Your appointment has moved{% if previous_when_text %} (it was "
                 "{{ previous_when_text }}){% endif %}. Here are the new details:\n\n"
                 + DETAILS + "\n\nIf the new time doesn't work for you, just reply to this "
                 "email or call us at {{ practice_phone }}." + SIGN + EMAIL_STOP,
        "subject_min": "Your appointment has moved",
        "email_min": HELLO + "Your appointment has moved to {{ date_text }} at "
                     "{{ time_text }}.{% if previous_when_text %} (It was "
                     "{{ previous_when_text }}.){% endif %}\n\nIf the new time doesn't work "
                     "for you, just reply to this email." + SIGN_MIN,
    },
    Step.CANCELLATION_NOTICE: {
        "sms": NAME + HI + "we're sorry, we need to cancel your appointment with "
               "{{ clinician_name }} {{ when_text }}. Reply R for a new time or call "
               "{{ practice_phone }}. " + STOP,
        "sms_min": NAME_MIN + "We're sorry, we need to cancel your appointment "
                   "{{ when_text }}. Reply R for a new time. " + STOP,
        "subject": "Your appointment on {{ date_text }} is cancelled",
        "email": DEAR + "We're sorry, but we need to cancel your appointment with "
                 "{{ clinician_name }} {{ when_text }}.\n\nWe'd like to find you a new time: "
                 "just reply to this email or call us at {{ practice_phone }}." + SIGN
                 + EMAIL_STOP,
        "subject_min": "Your appointment is cancelled",
        "email_min": HELLO + "We're sorry, but we need to cancel your appointment "
                     "{{ when_text }}. Just reply to this email and we'll find you a new "
                     "time." + SIGN_MIN,
    },
    Step.OPT_OUT_CONFIRMATION: {
        "sms": NAME + "You won't get any more messages from us. Reply START to get them "
               "again.",
        "sms_min": NAME_MIN + "You won't get any more messages from us. Reply START to get "
                   "them again.",
        "subject": "You won't get appointment emails from us",
        "email": DEAR + "You won't get any more appointment emails from us. If you change "
                 "your mind, just reply to this email or call us at {{ practice_phone }}."
                 + SIGN,
        "subject_min": "You won't get appointment emails from us",
        "email_min": HELLO + "You won't get any more appointment emails from us. If you "
                     "change your mind, just reply to this email." + SIGN_MIN,
    },
    Step.OPT_IN_CONFIRMATION: {
        "sms": NAME + "You'll get appointment messages from us again. Reply STOP to opt "
               "out, HELP for help.",
        "sms_min": NAME_MIN + "You'll get appointment messages from us again. Reply STOP "
                   "to opt out, HELP for help.",
        "subject": "You'll get appointment emails again",
        "email": DEAR + "You'll get appointment emails from us again." + SIGN + EMAIL_STOP,
        "subject_min": "You'll get appointment emails again",
        "email_min": HELLO + "You'll get appointment emails from us again." + SIGN_MIN
                     + EMAIL_STOP,
    },
    # The carrier HELP keyword: who we are, how to reach us, how to stop. Someone who texts
    # HELP may mean it, so it also gives 911 and 988 (the crisis line; calls and texts).
    Step.HELP_REPLY: {
        "sms": NAME + "Appointment messages. Questions? Call {{ practice_phone }}. In an "
               "emergency, call 911 or 988. Msg&data rates may apply. " + STOP,
        "sms_min": NAME_MIN + "Appointment messages. Questions? Call {{ practice_phone }}. "
                   "In an emergency, call 911 or 988. Msg&data rates may apply. " + STOP,
        "subject": "Help with appointment emails",
        "email": DEAR + "These emails are about your appointments with {{ practice_name }}. "
                 "Questions? Just reply to this email or call us at {{ practice_phone }}.\n\n"
                 "In an emergency, call 911, or call or text 988." + SIGN,
        "subject_min": "Help with appointment emails",
        "email_min": HELLO + "These emails are about your appointments. Questions? Just "
                     "reply to this email or call us at {{ practice_phone }}.\n\nIn an "
                     "emergency, call 911, or call or text 988." + SIGN_MIN,
    },
    Step.CRISIS_REPLY: {
        "sms": NAME + "We got your message. If you might hurt yourself or someone else, or "
               "you are in danger, call or text 988 now, or call 911. Our number: "
               "{{ practice_phone }}.",
        "sms_min": NAME_MIN + "We got your message. If you might hurt yourself or someone "
                   "else, or you are in danger, call or text 988 now, or call 911.",
        "subject": "We got your message",
        "email": DEAR + "We got your message and someone from our team will read it soon.\n\n"
                 "If you might hurt yourself or someone else, or you are in danger, please "
                 "call or text 988 now, or call 911. You can "
                 "also call us at {{ practice_phone }}." + SIGN,
        "subject_min": "We got your message",
        "email_min": HELLO + "We got your message.\n\nIf you might hurt yourself or someone "
                     "else, or you are in danger, please call or text 988 now, or call 911."
                     + SIGN_MIN,
    },
    Step.CANCEL_ACK: {
        "sms": NAME + HI + "your appointment {{ when_text }} is cancelled. To book a new "
               "time, call us at {{ practice_phone }}.",
        "sms_min": NAME_MIN + "Your appointment {{ when_text }} is cancelled.",
        "subject": "Your appointment is cancelled",
        "email": DEAR + "Your appointment {{ when_text }} is cancelled, as you asked. To book "
                 "a new time, just reply to this email or call us at {{ practice_phone }}."
                 + SIGN,
        "subject_min": "Appointment update",
        "email_min": HELLO + "Your appointment {{ when_text }} is cancelled." + SIGN_MIN,
    },
}
