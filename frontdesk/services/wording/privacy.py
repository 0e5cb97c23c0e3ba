"""Warnings for texts that say too much: the kind of care, a diagnosis, and (for shared phones)
the clinician, the modality or a label on the link.

Anyone can read a lock screen, and some clients share a phone with family. These warnings
are advice for the template editor, not a block: a false alarm costs staff a glance, a miss
can out someone's care.

Matching: whole words, ignoring case and accents ("psicologo" = "psicólogo", "THERAPY" =
"therapy"), multi-word terms across any spacing or hyphen. Decisions, on purpose:
- "the rapist" is not "therapist", "aromatherapy" not "therapy", "psyched" not "psych",
  "counsel" (legal counsel) not "counselor", "drugstore" not "drug": word boundaries.
- "therapeutic" IS flagged: in a text from a practice it points at therapy.
- "addicted" (even "addicted to coffee") IS flagged: every form of addict/addiction is; a
  reminder never needs the word, and the joke is not worth the risk.
- "substance", "trauma", "anxious", "depressed", "alcohol", "drugs", "medication" are
  flagged: common words, but in a message from this practice they point at the care.
- Words that are innocent in the other language are checked in their own language only:
  "TOC" (Spanish for OCD) is "table of contents" in English; "consejero" is only Spanish.
Template tags ({{ … }}, {% … %}) are skipped when looking for words, so a variable named
`session_link` is not a word; a minimal template that uses {{ clinician_name }} or
{{ modality_text }} is warned about separately.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from frontdesk.domain import Language

CARE = "names the kind of care"
CONDITION = "names a diagnosis or condition"
TREATMENT = "names a treatment or medication"
TITLE = "is a professional title that names the kind of care"
EN, ES = Language.ENGLISH, Language.SPANISH
# Innocent in the other language, so checked only in texts of their own: "TOC" is a table of
# contents in English; "consejero" is any adviser, but only a Spanish text uses it.
OWN_LANGUAGE_ONLY = frozenset({r"toc", r"consejer(?:o|a|os|as)", r"consejerias?"})


@dataclass(frozen=True)
class Term:
    pattern: str  # a regex over lower-case, accent-free text; [\s-]+ joins the words
    why: str
    language: Language  # the list it comes from

    @property
    def own_language_only(self) -> bool:
        return self.pattern in OWN_LANGUAGE_ONLY


def _terms(why: str, *patterns: str, language: Language = EN) -> list[Term]:
    return [Term(p, why, language) for p in patterns]


TERMS: list[Term] = [
    # English: the kind of care, professions and settings.
    *_terms(CARE, r"therap(?:y|ies|eutic|eutically)", r"psychotherap(?:y|ies)",
            r"counsel?ling", r"psychiatr(?:y|ic)", r"psycholog(?:y|ical)", r"psych",
            r"mental[\s-]+health", r"mental[\s-]+illness(?:es)?",
            r"behaviou?ral[\s-]+health", r"rehab(?:ilitation)?", r"detox(?:ification)?",
            r"support[\s-]+groups?", r"(?:emdr|cbt|dbt)", r"social[\s-]+workers?"),
    *_terms(TITLE, r"therapists?", r"psychotherapists?", r"counsell?ors?",
            r"psychiatrists?", r"psychologists?",
            r"(?:lcsw|lmsw|lmft|lpc|lpcc|lmhc|lcpc|psyd|lcadc|cadc|ladc)"),
    *_terms(CONDITION, r"depress(?:ion|ions|ed|ive)", r"anxi(?:ety|eties|ous)", r"bipolar",
            r"ptsd", r"adhd", r"ocd", r"eating[\s-]+disorders?", r"disorders?",
            r"anorexi[ac]", r"bulimi[ac]", r"addict(?:s|ed|ion|ions|ive)?",
            r"substances?", r"alcohol(?:ic|ism)?", r"drugs?", r"suicid(?:e|es|al)",
            r"self[\s-]+harm(?:ing)?", r"traumas?", r"traumati[cz]\w*",
            r"schizophreni(?:a|c)", r"psychos[ie]s", r"psychotic", r"panic[\s-]+attacks?",
            r"autis(?:m|tic)", r"dementia", r"insomnia", r"relapses?", r"sobriety", r"sober",
            language=EN),
    *_terms(TREATMENT, r"medications?", r"meds", r"prescriptions?",
            r"diagnos(?:is|es|ed|e)", r"antidepressants?", r"ssris?", language=EN),
    # Spanish (accents stripped before matching: "psicólogo" is matched as "psicologo").
    *_terms(CARE, r"terapias?", r"terapeutic(?:o|a|os|as)", r"psicoterapias?",
            r"consejerias?", r"psiquiatri(?:a|co|ca|cos|cas)",
            r"psicologi(?:a|co|ca|cos|cas)", r"salud[\s-]+mental",
            r"salud[\s-]+conductual", r"enfermedad(?:es)?[\s-]+mental(?:es)?",
            r"rehabilitacion", r"desintoxicacion", r"grupos?[\s-]+de[\s-]+apoyo",
            r"trabajador(?:a|es|as)?[\s-]+social(?:es)?", language=ES),
    *_terms(TITLE, r"terapeutas?", r"psicoterapeutas?", r"consejer(?:o|a|os|as)",
            r"psiquiatras?", r"psicolog(?:o|a|os|as)", language=ES),
    *_terms(CONDITION, r"depresion(?:es)?", r"deprimid(?:o|a|os|as)", r"depresiv(?:o|a|os|as)",
            r"ansiedad(?:es)?", r"ansios(?:o|a|os|as)", r"tept", r"tdah", r"toc",
            r"trastornos?[\s-]+(?:alimentari(?:o|os)|de[\s-]+la[\s-]+conducta[\s-]+alimentaria)",
            r"trastornos?", r"anorexia", r"bulimia", r"adiccion(?:es)?",
            r"adict(?:o|a|os|as)", r"sustancias?", r"alcoholismo", r"alcoholic(?:o|a|os|as)",
            r"drogas?", r"suicid(?:io|ios|a|as)", r"autolesion(?:es)?",
            r"traumatic(?:o|a|os|as)", r"esquizofreni(?:a|co|ca)", r"psicosis",
            r"psicotic(?:o|a|os|as)", r"ataques?[\s-]+de[\s-]+panico", r"autismo",
            r"autista", r"demencia", r"insomnio", r"recaidas?", r"sobriedad",
            language=ES),
    *_terms(TREATMENT, r"medicacion(?:es)?", r"medicamentos?", r"diagnostic(?:o|os)",
            r"diagnosticad(?:o|a|os|as)", r"antidepresivos?", language=ES),
]

# Shared-phone texts also leave out how the appointment happens and any label on the link.
LINK_OR_MODALITY = re.compile(
    r"\b(?:video(?:s|call)?|videollamadas?|tele[\s-]*health|telesalud|telemedicin[ae]|"
    r"virtual|zoom|doxy(?:\.me)?|links?|enlaces?|join|sessions?|sesion(?:es)?|"
    r"waiting[\s-]+room|sala[\s-]+de[\s-]+espera|in[\s-]+person|en[\s-]+persona|online|"
    r"en[\s-]+linea)\b")
MINIMAL_VARIABLES = re.compile(r"\b(clinician_name|modality_text)\b")
URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
TITLES = frozenset({"dr", "dra", "mr", "mrs", "ms", "mx", "sr", "sra", "srta", "lic"})

_COMPILED = [(re.compile(rf"\b(?:{t.pattern})\b"), t) for t in TERMS]


def fold(text: str) -> tuple[str, list[int]]:
    """`text` lower-cased without accents, and for each folded character its index in `text`."""
    folded, where = [], []
    for i, char in enumerate(text):
        plain = "".join(c for c in unicodedata.normalize("NFKD", char)
                        if not unicodedata.combining(c)).casefold()
        folded.append(plain)
        where.extend([i] * len(plain))
    return "".join(folded), where


def _without_tags(text: str) -> str:
    """The text with template tags blanked out (same length, so positions still match)."""
    return TAG.sub(lambda m: " " * len(m.group()), text)


class _Folded:
    """A text folded once for matching, with the way back to the words as written."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self.where = fold(text)

    def find(self, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
        """(position, word as written) for each match of `pattern` in the folded text."""
        hits = []
        for match in pattern.finditer(self.folded):
            start, end = self.where[match.start()], self.where[match.end() - 1] + 1
            hits.append((start, self.text[start:end]))
        return hits


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """Each name in full (titles left out) and each of its parts of three letters or more."""
    phrases = set()
    for name in names:
        parts = [p for p in re.findall(r"[^\W_]+", fold(name)[0]) if p not in TITLES]
        if parts:
            phrases.add(r"[\s.,-]+".join(map(re.escape, parts)))
        phrases.update(re.escape(p) for p in parts if len(p) >= 3 and not p.isdigit())
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(phrases, key=len, reverse=True)) + r")\b")


def privacy_warnings(text: str, language: Language | str = Language.ENGLISH, *,
                     minimal: bool = False, clinician_names: Iterable[str] = ()) -> list[str]:
    """What in `text` (a template or a rendered message) could tell a stranger too much.

    Both word lists are checked whatever `language` is (a Spanish text can carry an English
    word, and the other way round), except the few words that are innocent in the other
    language. `minimal`: the text is for a shared phone, so the clinician (any of
    `clinician_names`, in full or by a part of three letters or more), the modality and link
    labels are warned about too. Each warning names the word and says why; one per word.
    """
    lang = Language(language)
    plain = _Folded(_without_tags(text))
    hits: list[tuple[int, str, str]] = []
    for pattern, term in _COMPILED:
        if term.own_language_only and term.language is not lang:
            continue
        for pos, word in plain.find(pattern):
            hits.append((pos, word, _care_warning(word, term.why, lang)))
    if minimal:
        names = _name_pattern(clinician_names)
        if names is not None:
            for pos, word in plain.find(names):
                hits.append((pos, word, f"“{word}” is the clinician's name: texts to a shared "
                                        "phone leave it out."))
        # The link itself is needed (its words are still checked for the kind of care above).
        bare = _Folded(URL.sub(lambda m: " " * len(m.group()), plain.text))
        for pos, word in bare.find(LINK_OR_MODALITY):
            hits.append((pos, word, f"“{word}” says how the appointment happens or labels the "
                                    "link: texts to a shared phone give the time and, for "
                                    "video, the bare link only."))
        for match in TAG.finditer(text):
            for var in MINIMAL_VARIABLES.findall(match.group()):
                hits.append((match.start(), var, f"{{{{ {var} }}}} is left empty for a shared "
                                                 "phone: the text would read oddly and should "
                                                 "not mention it."))
    # One warning per word; a match inside a longer one ("disorder" in "eating disorder")
    # is left to the longer one.
    seen: set[str] = set()
    taken: list[tuple[int, int]] = []
    warnings: list[str] = []
    for start, word, message in sorted(hits, key=lambda h: (h[0], -len(h[1]))):
        end = start + len(word)
        if any(s <= start and end <= e for s, e in taken):
            continue
        taken.append((start, end))
        key = fold(word)[0]
        if key not in seen:
            seen.add(key)
            warnings.append(message)
    return warnings


def _care_warning(word: str, why: str, language: Language) -> str:
    instead = "“cita”" if language is Language.SPANISH else "“appointment”"
    advice = {CARE: f"Say {instead} instead.",
              TITLE: "Use the clinician's name without it."}.get(why, "Leave it out.")
    return (f"“{word}” {why}: anyone who sees this message, on a lock screen or a shared "
            f"phone, would learn it. {advice}")
