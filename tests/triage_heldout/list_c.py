"""Held-out list C: a short mixed list (more idioms for precision, more crisis wording),
written before the category redesign. (text, intent, flag, category)."""

from __future__ import annotations

EN = [
    ("leaving my journals and my bike to Jess. told her to keep them safe for me", "other",
     "crisis", "preparatory"),
    ("i wont be around for the holidays this year or any year. tell everyone it's ok",
     "other", "crisis", "farewell"),
    ("up on the roof of my building, the city looks so small from here", "other", "crisis",
     "place_means"),
    ("my wife won't come out of the bedroom and says there's no point anymore, she has her "
     "sleeping pills in there", "other", "crisis", "third_party"),
    ("he's got his hands around my neck every time he drinks and he's drinking now",
     "other", "crisis", "violence_now"),
    ("the tv is telling me the landlord has to be stopped and I'm the one chosen to do it",
     "other", "crisis", "command"),
    ("late notice but I won't make it Thursday, I'm at the train station and I'm not "
     "getting on a train", "cancel", "crisis", "logistics"),
    ("gave away my plants and my records this week, travelling light from now on", "other",
     "crisis", "preparatory"),
    ("the commute is killing me slowly lol, be there at 6", "confirm", "none", "idiom"),
    ("I'm dead broke until payday, can I pay the copay next week?", "question", "none",
     "idiom"),
    ("dying to know if you got my insurance form", "question", "none", "idiom"),
    ("my laptop battery is dying, switching to phone", "other", "none", "idiom"),
    ("that spin class was a killer", "other", "none", "idiom"),
    ("we're doing a suicide prevention training at work, could that count as CE hours?",
     "question", "none", "media"),
    ("got a speeding ticket, the cop almost killed my mood, see you soon", "confirm",
     "none", "idiom"),
    ("only sleeping 4 hours and eating one meal a day, not sure what's going on", "other",
     "clinical", "clinical"),
    ("started the new med tuesday and had a few beers friday, been foggy since", "other",
     "clinical", "clinical"),
    ("running late, omw", "late", "none", "intent"),
]

ES = [
    ("ya regalé a mis gatos y vendí mis cosas, ya casi termino", "other", "crisis",
     "preparatory"),
    ("mi novio me está ahorcando, ayuda", "other", "crisis", "violence_now"),
    ("me muero de ganas de verlos el jueves", "confirm", "none", "idiom"),
    ("esta tarea me va a matar jaja", "other", "none", "idiom"),
    ("ando muerto de hambre, ¿hay cafetería cerca?", "question", "none", "idiom"),
    ("casi no salgo de la cama y ya no me baño", "other", "clinical", "clinical"),
]

MESSAGES = EN + ES
