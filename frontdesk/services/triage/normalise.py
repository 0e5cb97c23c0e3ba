"""Text-message English and Spanish to one plain form the phrase rules are written against.

The result is lowercase ASCII words and digits separated by single spaces: accents stripped
("envíen" -> "envien", "mañana" -> "manana"), apostrophes dropped and contractions spelt out
("can't"/"cant" -> "can not", "i'm"/"im" -> "i am", "wanna" -> "want to"), texting shortcuts
expanded ("u" -> "you", "tmrw" -> "tomorrow", "2" -> "to" between words, "xfa" -> "por
favor"), letters repeated three or more times cut back ("noooo" -> "no", "pleeease" ->
"please"), emoji and punctuation removed (laughing emoji become "lol"). Whether the text had a
question mark, and a leading reply letter (C / R / X), are kept on the side.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import product


@dataclass(frozen=True)
class Normalised:
    text: str  # the plain form: "" for an empty message or one of only emoji/punctuation
    question: bool  # the raw text had "?" or "¿"
    lead: str | None  # "c" | "r" | "x" when the message opens with the practice's reply letter
    # "c" | "r" | "x" when it ends with one after a full stop or "anyway" ("got it. C")
    tail: str | None = None
    # a carrier keyword opening the message in capitals or before a full stop ("STOP. ...")
    keyword_lead: str | None = None


_LAUGHING = re.compile("[\U0001F602\U0001F923\U0001F480\U0001F606\U0001F639\U0001F605]")
_OD_D = re.compile(r"\bod['’]d\b")  # "OD'd" would otherwise become "odd"
# "everyone'd", "nobody'd", "life'd": the spoken "would" (or "had") written as 'd
_WOULD = re.compile(r"\b([a-z]{3,})['’]d\b")
_WITHOUT = re.compile(r"\bw/o\b|\bw/out\b")
_APOSTROPHES = re.compile("['’‘`´ʼ]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_TRIPLES = re.compile(r"([a-z])\1{2,}")
_DOUBLES = re.compile(r"([a-z])\1")
_DIGITS_LETTERS = re.compile(r"^(\d+)([a-z]+)$")
# A reply letter closing the message after a sentence ("got it. C", "anyway c"); a lowercase
# "x" at the end is a kiss, so only a capital X counts.
_TAIL_LETTER = re.compile(r"(?:[.!,;:\n]|\banyway|\bso|\bok|\bthen)\s*([CcRrX])\W*$")
_KEYWORD_LEAD = re.compile(r"^\W*(STOP|BAJA|UNSUBSCRIBE|PARAR|ALTO|CANCELAR)\b"
                           r"|^\W*(stop|baja|unsubscribe|parar)\s*[.!]", re.IGNORECASE)
# Spanish "-ado" said as "-ao" ("tomao", "afilao", "cansao"): spelt out before the rules run.
_AO = re.compile(r"^([a-z]{3,})ao$")
_NOT_AO = frozenset({"bacalao", "cacao", "callao", "ciao", "lmao", "macao", "cuscatlao"})
_TA_BEFORE = frozenset({"aqui", "alla", "aca", "bien", "mal", "tomado", "borracho", "enojado",
                        "loco", "listo", "lista", "todo", "muy", "en", "con", "afuera",
                        "dormido", "dormida", "drogado"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Syllables repeated ("jaja", "hehe", "jeje"), never a word that only looks like them ("hija").
_LAUGHTER = re.compile(r"^(?!hija$)(?:ja|je|ji|ha|he|hi|ah|aj){2,}[hj]?$")

# One token -> its plain form. English and Spanish texting; none of these is a word that
# means something else in the other language.
SHORTCUTS = {
    # contractions without their apostrophe
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "cant": "can not",
    "cannot": "can not", "couldnt": "could not", "wont": "will not", "wouldnt": "would not",
    "shouldnt": "should not", "isnt": "is not", "arent": "are not", "wasnt": "was not",
    "werent": "were not", "havent": "have not", "hasnt": "has not", "hadnt": "had not",
    "aint": "am not", "im": "i am", "ive": "i have", "youre": "you are", "theyre": "they are",
    "theyll": "they will", "youll": "you will", "itll": "it will", "theyd": "they would",
    "youd": "you would", "its": "it is", "thats": "that is", "whats": "what is",
    "wheres": "where is", "whens": "when is", "hows": "how is", "whos": "who is",
    "theres": "there is", "hes": "he is", "shes": "she is", "itd": "it would",
    "wanna": "want to", "gonna": "going to", "gunna": "going to", "gona": "going to",
    "gotta": "got to", "hafta": "have to", "tryna": "trying to", "imma": "i am going to",
    "ima": "i am going to", "lemme": "let me", "kinda": "kind of", "dunno": "do not know",
    "idk": "i do not know", "idc": "i do not care", "tho": "though", "thru": "through",
    # English texting
    "u": "you", "ur": "your", "bc": "because", "bcs": "because", "cuz": "because",
    "coz": "because", "cos": "because", "rn": "right now", "tn": "tonight",
    "tonite": "tonight", "2nite": "tonight", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tmw": "tomorrow", "tmro": "tomorrow", "tmrow": "tomorrow", "tomoro": "tomorrow",
    "tomorow": "tomorrow", "tommorow": "tomorrow", "tommorrow": "tomorrow",
    "2moro": "tomorrow", "2morrow": "tomorrow", "2mrw": "tomorrow", "2mro": "tomorrow",
    "2day": "today", "tdy": "today", "b4": "before", "l8": "late", "l8r": "later",
    "l8er": "later", "w8": "wait", "gr8": "great", "pls": "please", "plz": "please",
    "plez": "please", "plss": "please", "plis": "please", "thx": "thanks", "thnx": "thanks",
    "tnx": "thanks", "thanx": "thanks", "ty": "thanks", "tysm": "thanks", "thks": "thanks",
    "sry": "sorry", "srry": "sorry", "soz": "sorry", "appt": "appointment",
    "appts": "appointments", "apt": "appointment", "appmt": "appointment",
    "appointmt": "appointment", "apointment": "appointment", "appoinment": "appointment",
    "sesh": "session", "wk": "week", "wks": "weeks", "msg": "message", "msgs": "messages",
    "txt": "text", "txts": "texts",
    "txting": "texting", "omw": "on my way", "ofc": "of course", "cya": "see you",
    "cu": "see you", "nvm": "never mind", "ppl": "people", "prob": "probably",
    "prolly": "probably", "ok": "ok", "okay": "ok", "okey": "ok", "okie": "ok", "kk": "ok",
    "mins": "min", "minutes": "min", "minute": "min", "minutos": "min",
    "minuto": "min", "minutitos": "min", "minutillos": "min", "hrs": "hours", "hr": "hour",
    "bf": "boyfriend", "gf": "girlfriend", "hubby": "husband", "dr": "doctor",
    "w": "with", "cxl": "cancel", "canx": "cancel", "cancle": "cancel", "cancell": "cancel",
    "cansel": "cancel", "oded": "overdosed", "oding": "overdosing",
    "tbh": "to be honest", "ngl": "not going to lie",
    "yeah": "yes", "yea": "yes", "yeh": "yes", "yep": "yes", "yup": "yes", "yas": "yes",
    "yh": "yes", "lmao": "lol", "lmfao": "lol", "rofl": "lol", "lolol": "lol", "haha": "lol",
    "hahaha": "lol", "hehe": "lol", "jaja": "lol", "jajaja": "lol", "jajajaja": "lol",
    "jeje": "lol", "jejeje": "lol", "xd": "lol",
    # Spanish texting
    "q": "que", "ke": "que", "xq": "porque", "pq": "porque", "porq": "porque", "xk": "porque",
    "tb": "tambien", "tmb": "tambien", "tmbn": "tambien", "bn": "bien", "dnd": "donde",
    "cdo": "cuando", "qndo": "cuando", "xa": "para", "msj": "mensaje", "mje": "mensaje",
    "msjs": "mensajes", "grax": "gracias", "grs": "gracias", "grcs": "gracias",
    "grasias": "gracias", "xfa": "por favor", "xfavor": "por favor", "porfa": "por favor",
    "porfis": "por favor", "porfavor": "por favor", "mnn": "manana", "mna": "manana",
    "mnana": "manana", "toy": "estoy", "toi": "estoy", "aki": "aqui", "kiero": "quiero",
    "kero": "quiero", "qiero": "quiero", "ntp": "no te preocupes", "salu2": "saludos",
}

# Words that the collapse of doubled letters may land on ("yess" -> "yes", "sooo" -> "so").
KNOWN = _words("""
yes no so please help stop ok sorry thanks thank late cancel confirm reschedule die dead
kill killing hate sad tired si gracias tarde hola hi hey sure see soon good great cool
well really need feel feeling all will still too tomorrow week free off lol omg ugh bye
hello alone scared anymore more much miss call stuck traffic running min pero mas nada
todo voy llego cita vale bueno claro perfecto mal muy nos vemos jaja haha what why who
there here three coffee been keep meet sleep free agree off less stress tall small all
anyone soon food book look tomorrow apple hello llamar calle ella llego allí alli ahi
""")

# "ill" / "hell" / "shell" / "well" / "id" are words too: only a verb after them makes them
# "i will", "he will", "she will", "we will", "i would".
_WILL_VERBS = _words("""
be come make call see need have try let text just get do go pay take reschedule cancel
confirm miss arrive head walk drive bring probably definitely prob def still keep wait leave
send check not never kill hurt end find show log hop jump stop rather like love both
""")
_WILL = {"ill": "i will", "hell": "he will", "shell": "she will", "well": "we will",
         "id": "i would", "hed": "he would", "shed": "she would"}

# "2" and "4" stay digits after these words or before these (a time, a count, a room).
_DIGIT_BEFORE = _words("""
in at by until til till around about like or and to than from before after is be maybe say
try make move push change switch do the for room suite floor only just took take taking
last next of ages age
""")
_DIGIT_AFTER = _words("""
min hour hours pm am oclock 30 15 45 00 days day weeks week people sessions pills more of
instead works ok is would then or and tomorrow today tonight
""")

# Skipped before a reply letter ("hi, C", "Reply C"); after one, these make it a word.
_GREETINGS = _words("hi hello hey hola buenas buenos dias tardes noches good morning ok yes si "
                    "reply responda respondo")
_NOT_A_LETTER_AFTER = {"c": {"u", "you", "ya"}, "r": {"u", "you", "we", "they", "there"},
                       "x": {"favor", "fa", "q", "que", "la", "el"}}


# Misspelt reply words ("confrim", "reschudule", "reagnedar", "confimo") -> the word, when one
# edit (two for long words) away and starting the same way. Only these families: "cancer" must
# never become "cancel", so cancel is not among them.
_SPELLED = ("confirm", "confirmed", "confirming", "confirmo", "confirmado", "confirmada",
            "confirmar", "reschedule", "rescheduled", "rescheduling", "reagendar", "reagendo",
            "reprogramar", "reprogramo", "unsubscribe", "resubscribe")
_REAL_WORDS = _words("conform conforms conformed confirms reschedules")


def _edits(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment) between two short words."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=4096)
def _spelled(token: str) -> str:
    """The reply word a misspelt token stands for, or the token itself."""
    if len(token) < 6 or token in _REAL_WORDS or token in _SPELLED:
        return token
    for word in _SPELLED:
        if word[:2] == token[:2] and abs(len(word) - len(token)) <= 2 \
                and _edits(token, word) <= (1 if len(word) <= 7 else 2):
            return word
    return token


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def _squeeze(token: str) -> str:
    """An elongated word ("thereee", "pleeease", "goooood") back to its plain spelling.

    Letters repeated 3+ times are cut to two; then every mix of two-or-one for each doubled
    letter is tried against the known words; failing those, every double becomes one (a
    stretched word rarely has a double of its own)."""
    squeezed = _TRIPLES.sub(r"\1\1", token)
    if squeezed == token or len(set(token)) == 1:  # "xxx" is a kiss, not the letter X
        return squeezed
    parts = _DOUBLES.split(squeezed)  # text, letter, text, letter, ...
    runs = (len(parts) - 1) // 2
    if runs <= 4:
        for choice in product((2, 1), repeat=runs):
            word = "".join(p * choice[i // 2] if i % 2 else p for i, p in enumerate(parts))
            if word in KNOWN or word in SHORTCUTS:
                return word
    return _DOUBLES.sub(r"\1", squeezed)


def _lead_letter(tokens: list[str]) -> str | None:
    """The reply letter the message opens with (after a greeting), if any."""
    i = 0
    while i < len(tokens) - 1 and tokens[i] in _GREETINGS:
        i += 1
    if i == len(tokens) - 1 and tokens[i] == "cc":  # a doubled reply letter, alone
        return "c"
    if i >= len(tokens) or tokens[i] not in ("c", "r", "x"):
        return None
    letter = tokens[i]
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return None if following in _NOT_A_LETTER_AFTER[letter] else letter


def _expand(tokens: list[str]) -> list[str]:
    """Token by token: shortcuts, then the words that depend on their neighbours."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in SHORTCUTS:
            out.append(SHORTCUTS[tok])
        elif tok in _WILL:
            out.append(_WILL[tok] if nxt in _WILL_VERBS else tok)
        elif tok == "ta" and nxt in _TA_BEFORE:
            out.append("esta")
        elif tok in ("2", "4") and prev.isalpha() and nxt.isalpha() \
                and prev not in _DIGIT_BEFORE and nxt not in _DIGIT_AFTER:
            out.append("to" if tok == "2" else "for")
        elif tok == "c" and nxt in ("u", "you", "ya"):
            out.append("see")
        elif tok == "r" and nxt in ("u", "you", "we", "they", "there"):
            out.append("are")
        elif tok == "k":
            out.append("ok" if i == 0 else "que")
        elif tok in ("x", "xx", "xxx", "xoxo") and i:
            # Spanish "x" = "por" ("x favor"); an English kiss at the end is dropped.
            out.append("por" if nxt and tok == "x" else "")
        else:
            match = _DIGITS_LETTERS.match(tok)  # "10min" -> "10 min"
            if match:
                unit = match.group(2)
                out.append(f"{match.group(1)} {SHORTCUTS.get(unit, unit)}")
            else:
                out.append(tok)
    return out


def normalise(text: str) -> Normalised:
    """The plain form of one message (see the module docstring)."""
    lowered = unicodedata.normalize("NFKC", text or "").lower()
    question = "?" in lowered or "¿" in lowered
    lowered = _LAUGHING.sub(" lol ", lowered)
    lowered = _OD_D.sub(" overdosed ", lowered)
    lowered = _WOULD.sub(r"\1 would", _WITHOUT.sub(" without ", lowered))
    plain = _APOSTROPHES.sub("", _strip_accents(lowered))
    tokens = ["lol" if _LAUGHTER.match(t) else _spelled(_squeeze(t))
              for t in _NOT_WORD.sub(" ", plain).split()]
    tokens = [_ado(t) for t in tokens]
    lead = _lead_letter(tokens)
    words = " ".join(_expand(tokens)).split()
    raw = unicodedata.normalize("NFKC", text or "").strip()
    tail = _TAIL_LETTER.search(raw) if len(words) > 1 else None
    keyword = _KEYWORD_LEAD.match(raw) if len(words) > 1 else None
    if keyword and keyword.group(1) and not keyword.group(1).isupper():
        keyword = None  # "stop" in lower case opening a sentence is just a word
    return Normalised(" ".join(words), question, lead,
                      tail.group(1).lower() if tail else None,
                      (keyword.group(1) or keyword.group(2)).lower() if keyword else None)


def _ado(token: str) -> str:
    """ "tomao" -> "tomado": the Caribbean and Andalusian dropped d, put back."""
    m = _AO.match(token)
    return f"{m.group(1)}ado" if m and token not in _NOT_AO else token
