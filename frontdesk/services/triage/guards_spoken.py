"""Guards for the crisis flag, English and Spanish: alarming words that belong to someone
else's death, a past overdose, a job, a joke or the news, and unwanted thoughts that frighten
the writer.

Families, not phrases:
- a relative, friend or sponsor who died by suicide or overdose ("my sponsor killed himself
  last month", "my cousin overdosed in the tent next to mine", "mi primo se quitó la vida"):
  grief, so clinical; the words are masked, so "I want to join him" still reads as a crisis;
- an overdose in the past, counted from in recovery ("2 years clean since I OD'd", "limpio
  desde mi sobredosis");
- dying of embarrassment over a mistake ("ugh I could just die, I put the wrong date in",
  "me quiero matar, me olvidé del turno jaja": the second only with laughter);
- someone else's hyperbole reported ("my daughter says she'll literally die if she misses
  the concert", "dice que se muere si no va");
- work words: processes and caches killed, a jumper talked down by a crew, jury duty that will
  not let one out;
- a parent's or pet owner's exasperation at an everyday mischief ("I'm going to kill my kids,
  they hid my keys again");
- "está pa' matar a alguien" said of the traffic or the heat;
- the news asked about ("¿habéis visto lo del apuñalamiento?", "did you hear about the
  shooting downtown?").
Unwanted (ego-dystonic) thoughts: a thought, picture or flash of harm that the writer says
they would never act on, that sickens or scares them ("I keep picturing dropping her, I'd
never", "pensamientos horribles ... me dan asco, jamás lo haría"). classify lets that settle
bare risk words and the learned layer, never a warning sign found beside it.
"""

from __future__ import annotations

import re

_KIN = (r"(?:mom|mum|mother|dad|father|brother|sister|son|daughter|cousin|uncle|aunt|nephew|"
        r"niece|friend|best friend|buddy|sponsor|roommate|coworker|co worker|classmate|"
        r"neighbou?r|husband|wife|partner|boyfriend|girlfriend|ex|grandson|granddaughter|"
        r"primo|prima|hermano|hermana|amigo|amiga|tio|tia|sobrino|sobrina|companero|"
        r"companera|vecino|vecina|padrino|hijo|hija)")
# Someone else's death by suicide or overdose (third person only), from the word naming them.
OTHERS_DEATH = (
    rf"(?:(?:my|mi|our|a|an|un|una|el|la|his|her|su) (?:\w+s )?)?{_KIN}(?: \w+){{0,3}}? "
    r"(?:killed (?:himself|herself|themselves|themself)|took (?:his|her|their) (?:own )?life|"
    r"died by suicide|committed suicide|overdosed|od d|ods|hung (?:himself|herself)|shot "
    r"(?:himself|herself)|se (?:quito|quitó) la vida|se suicido|se mato|murio de (?:una )?"
    r"sobredosis|tuvo una sobredosis|was (?:killed|murdered|shot)|got (?:killed|shot))"
    # the verb first, as Spanish tells it ("se suicidó un compañero", "mataron a mi primo")
    rf"|(?:se (?:suicido|quito la vida|mato|ahorco)|(?:mataron|asesinaron|balearon) a) (?:mi|un|"
    rf"una|el|la|nuestro|nuestra) (?:\w+ )?{_KIN}"
    rf"|(?:they|someone|somebody) (?:killed|murdered|shot) (?:my|our) (?:\w+ )?{_KIN}"
)

IDIOMS = [
    OTHERS_DEATH,
    # an overdose in the past, counted from
    r"(?:clean|sober|sobri[oa]|limpi[oa]) (?:since|desde) (?:i |my |mi |la )?(?:overdosed|od d|"
    r"overdose|sobredosis)",
    # dying of embarrassment over a mistake
    r"(?:could|can) (?:just |literally )?die(?= (?:\w+ ){0,6}?(?:i (?:put|wrote|mixed|"
    r"forgot|missed|got the)|wrong (?:date|day|time)|so sorry|embarrass\w*|mortified))",
    r"(?:embarrassed|mortified) i could (?:just |literally )?die",
    r"me quiero (?:matar|morir)(?= (?:\w+ ){0,3}?(?:me olvide|olvide|se me olvido|me "
    r"equivoque|me dormi|me quede dormid[oa])\b.*\blol\b)",
    # someone else's hyperbole reported
    r"(?:(?:she|he|they) (?:ll|will|would|d|is going to|was going to)|shell|hell|theyll) "
    r"(?:literally |actually )?die if (?:she|he|they|i|we) (?:miss|misses|"
    r"missed|can not|do not|does not|has to|have to|had to)",
    r"dice que se (?:muere|va a morir) si no (?:va|ve|la llevo|lo llevo)",
    # work words
    r"kill(?:ed|ing)? (?:about |like |off )?(?:\w+ ){0,4}?(?:process(?:es)?|pids?|(?:stuck|"
    r"hung|cron|background|running|frozen) (?:jobs?|tasks?)|pods?|containers?|the (?:app|build|"
    r"query|session|tab|script|server))",
    r"(?:had|was) a jumper (?:on|at|off) the (?:bridge|roof|tracks|"
    r"overpass|building)(?= (?:\w+ ){0,12}?(?:talked (?:him|her|them) down|(?:he|she|they) "
    r"(?:is|s|are|re) (?:fine|ok|okay|safe)))",
    r"jury duty(?: \w+){0,12}? (?:will not|would not|wont) let me (?:out|off|go)",
    # exasperation at an everyday mischief
    r"(?:kill|murder|strangle) (?:my|the|"
    r"those|these) (?:kids|children|boys|girls|son|daughter|twins|teenagers?|cat|dog|puppy)"
    r"(?= (?:they|he|she|it) (?:\w+ )?(?:hid|ate|lost|broke|spilled|used|finished|drew|flushed"
    r"|forgot|chewed|unplugged|hide|eat|lose|break|hides|eats|keeps|keep))",
    # "pa' matar a alguien": the traffic or the heat
    r"(?:pa|para) matar a (?:alguien|cualquiera|uno)",
    # the news asked about
    r"(?:visto|viste|vieron|visteis|leiste|oiste|escuchaste|supiste) (?:lo del?|la noticia "
    r"del?|lo de la) (?:\w+ )?(?:apunalamiento|asesinato|tiroteo|homicidio|balacera|muerto|"
    r"suicidio|accidente|atropello)",
    r"(?:did you|have you|you) (?:see|hear|read|seen|heard) (?:about )?(?:the|that) (?:\w+ )?"
    r"(?:stabbing|shooting|murder|homicide|suicide)",
]

# After self-harm placed in the past, a "but" that only says it stopped keeps it clinical.
SOFT_BUT = (r"(?:but|pero|though|aunque) (?:ya no|not anymore|not any more|i stopped|i do not "
            r"anymore|lo deje|ya lo deje)")

# Not the client's symptom: a shift in the ER, a show binge-watched, a lawyer's divorce case.
NOT_CLINICAL = [
    r"(?:worked|working|work|pulled|did) (?:a |an |my )?(?:double|shift|overnight|night "
    r"shift)s? (?:in|at) the (?:er|emergency room|ed|icu)",
    r"binge (?:watch\w*|watch|watched|read)",
    r"(?:divorce|custody) (?:attorney|lawyer|hearing|case|proceedings|court|mediator|papers)|"
    r"(?:proceso|abogad[oa]|juicio|tramite|caso) de divorcio",
]

# Clinical, with the guards above: grief for a death by suicide or overdose; unwanted
# thoughts that frighten the writer.
THOUGHT = re.compile(
    r"\b(?:thoughts?|thinking|picture|picturing|pictured|flash|flashes|images?|intrusive|"
    r"imagine|imagining|pensamientos?|imagen|imagenes|imagino|me imagino|se me viene)\b")
DYSTONIC = re.compile(
    r"\b(?:i would never|i d never|id never|would never (?:do|act|hurt)|never act on|(?:makes|"
    r"make) me (?:sick|want to throw up)|i feel sick|(?:it |they )?(?:scares|scare|terrif\w*|"
    r"horrif\w*) (?:the \w+ out of )?me|jamas lo haria|nunca lo haria|me dan? asco|me da(?:n)? "
    r"(?:miedo|terror) pensar|is this normal|es normal)\b")
CLINICAL = [OTHERS_DEATH]


def unwanted_thought(text: str) -> str | None:
    """The words showing a feared, unwanted thought (a thought word and a disowning one), or
    None. Cheap: two small patterns."""
    disowned = DYSTONIC.search(text)
    if disowned is None:
        return None
    thought = THOUGHT.search(text)
    return f"{thought.group()} ... {disowned.group()}" if thought else None
