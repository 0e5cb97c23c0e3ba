"""Warning signs that are not a crisis alone but are when two kinds come together.

"Thank you for everything" is a goodbye to a therapist, "tonight" is a time, "a razor" is a
razor; "tonight's the night, thank you for everything" or "alone with a razor" is a crisis.
"""

from __future__ import annotations

import re

SIGNS = {
    "farewell": r"goodbye|thank you for everything|thanks for everything|gracias por todo|adios|"
                r"take care of my|cuiden (?:a|de) mi|love you all|los quiero a todos|sorry for "
                r"everything|perdon por todo|say bye|me despido|tell (?:everyone|everybody|"
                r"them)|diganle a|digan a todos",
    "finality": r"tonight|tonights the night|ever again|for good|forever|para siempre|last time|"
                r"ultima vez|nunca mas|esta noche|it is time|es hora|today is the day|hoy es el "
                r"dia|es hoy",
    "means": r"pill bottle|bottle of pills|all (?:the|my) pills|razor|blades?|knife|knives|rope|"
             r"guns?|bridge|ledge|roof|tracks|cuchillo|navaja|cuerda|pistola|puente|azotea|vias",
    "despair": r"hopeless|worthless|burden|trapped|no way|nobody cares|no one cares|empty|numb|"
               r"give up|giving up|sin esperanza|nadie me|atrapad[oa]|pointless|tired of|"
               r"cansad[oa] de|done with|alone|sol[oa]|lonely|unbearable|insoportable|"
               r"i am (?:so )?tired|estoy (?:muy )?cansad[oa]",
    "fear": r"scared|terrified|frightened|miedo|unsafe|asustad[oa]|aterrad[oa]",
}
_SIGNS = {kind: re.compile(rf"\b(?:{pattern})\b") for kind, pattern in SIGNS.items()}


def warning_signs(text: str) -> dict[str, str]:
    """Kind of warning sign -> the words that showed it, for each kind found in `text`."""
    found = {}
    for kind, pattern in _SIGNS.items():
        m = pattern.search(text)
        if m:
            found[kind] = m.group()
    return found
