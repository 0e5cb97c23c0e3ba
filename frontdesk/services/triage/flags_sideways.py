"""Crisis phrases, English and Spanish, that say the wish or the plan sideways.

Families, not phrases: a wish that an accident had finished the job ("wish the tractor had
rolled on me", "ojalá el camión me hubiera aplastado"); asking whether life insurance pays
out on a suicide; a date one picked "to be gone", after which appointments "won't matter";
thinking of turning the wheel into the median or oncoming traffic; a voice saying the baby
would be safer with God or better off without one; faith language with a wish in it (asking
God to take one, praying not to wake up). Faith language about someone else's death ("Grandma
went home to the Lord") is no crisis: guards_care settles it. Same conventions as flags_en:
normalised text, one regex fragment per entry.

BEFORE_IDIOMS are looked for before idioms are masked: "if I kill myself, does the policy pay"
must not be read as "kill myself laughing".
"""

from __future__ import annotations

_SELF_DEATH = (r"(?:takes? (?:his|her|their|my|your|one s) own life|took (?:my|his|her) own "
               r"life|kills? (?:himself|herself|myself|themselves)|killed myself|commits? "
               r"suicide|dies by suicide|die by suicide|suicide)")
_SE_MATA = (r"(?:se quita la vida|me quito la vida|se suicida|me suicido|se mata|me mato|"
            r"suicidio|se quitara la vida|me quitara la vida)")
_INSURANCE = r"(?:life insurance|insurance|policy|life policy|seguro de vida|seguro|poliza)"
_CHILD = r"(?:baby|babies|kids?|children|son|daughter|boy|girl|bebe|nena|nene|hij[oa]s?|ninos)"
_GOD = r"(?:god|the lord|lord|jesus|dios|diosito|el senor|jesucristo|la virgen)"

BEFORE_IDIOMS = [
    # whether the policy pays out on a suicide, either way round
    rf"{_INSURANCE} (?:still |even |really )?(?:\w+ ){{0,2}}?(?:pay|pays|pay out|payout|cover|"
    rf"covers|paga|pagaria|cubre|cubriria)(?: \w+){{0,4}}? (?:if|when|for|si|en caso de|cuando)"
    rf" (?:\w+ ){{0,3}}?(?:{_SELF_DEATH}|{_SE_MATA})",
    rf"(?:if|when|si|cuando) (?:i|a man|a woman|a person|someone|somebody|one|uno|una persona|"
    rf"alguien)? ?(?:{_SELF_DEATH}|{_SE_MATA})(?: \w+){{0,4}}? (?:does|do|will|would|is|"
    rf"el|la)? ?{_INSURANCE} (?:still )?(?:pay|pays|pay out|cover|covers|paga|pagaria|cubre)",
]

CRISIS = [
    # a wish that an accident had finished the job
    r"wish (?:that |the |this |my )?(?:\w+ ){0,3}?(?:had|would have|could have|did|would) "
    r"(?:just )?(?:rolled (?:on|over)|crushed|run over|ran over|hit|killed|taken|finished|got|"
    r"gotten) (?:me|all of me)\b(?! (?:up|out|a|an|the|some)\b)",
    r"wish i (?:had|would have|could have) (?:died|not survived|not woken up|never woken up|not "
    r"made it|gone with (?:him|her|them)|gone instead)",
    r"ojala (?:el|la|ese|esa|ese|aquel) (?:\w+ ){0,2}?(?:me hubiera|me hubiese) (?:matado|"
    r"aplastado|llevado|atropellado|tumbado|agarrado)(?: a mi)?",
    r"ojala (?:me hubiera|me hubiese) (?:muerto|matado|aplastado|llevado)|(?:quisiera|ojala) "
    r"haber(?:me)? muerto",
    # a date picked to be gone, after which nothing matters
    r"(?:planned|plan|planning|picked|chose|set|going) (?:on |for )?(?:to )?(?:be )?(?:gone|"
    r"dead|done)(?: \w+){0,6}? (?:does not|will not|would not|doesnt|wont|wouldnt) (?:really |"
    r"even )?matter",
    r"(?:the|that) (?:day|date|night|weekend) i (?:planned|picked|chose|set|am planning|was "
    r"planning|had planned) (?:to be gone|to go|to do it|to end it|to leave for good|to check "
    r"out)",
    r"(?:el dia|la fecha|la noche) (?:que|en que) (?:tenia|tengo) (?:pensado|planeado) (?:irme|no "
    r"estar|desaparecer|acabar con todo|hacerlo|quitarme)",
    # the wheel into the median, oncoming traffic, a wall
    r"(?:thinking (?:about|of)|thought about|think about|tempted to|want to|wanted to|wants to|"
    r"urge to|could just|picture|picturing|imagine|imagining|feel like) (?:just )?(?:jerking|"
    r"jerk|yanking|yank|swerving|swerve|steering|steer|driving|drive|turning|turn|crashing|"
    r"crash|aiming|aim|running|run|pulling|pull)(?: (?:the|my) (?:wheel|car|truck|van))? "
    r"(?:\w+ )?(?:into|off|onto|in front of) (?:the |a |an )?(?:median|oncoming|traffic|"
    r"guardrail|guard rail|barrier|wall|pole|tree|overpass|bridge|semi|eighteen wheeler|river|"
    r"lake|ravine|cliff|embankment|train)",
    r"(?:pensando en|pienso en|ganas de|tentad[oa] de|quiero|quisiera|se me ocurre) (?:dar (?:el|"
    r"un) volantazo|estrellar(?:me)?|echar(?:me)? (?:el carro|el coche|la camioneta)|meter(?:me)? "
    r"(?:el carro|el coche|la camioneta)|tirar(?:me)? (?:el carro|el coche))(?: \w+){0,3}? "
    r"(?:contra|al|a la|en el|en la|debajo)",
    # a voice about the baby: safer with God, better off without one
    rf"(?:it|they|the voice|the voices|a voice|voices|something|la voz|las voces|una voz|algo) "
    rf"(?:\w+ )?(?:telling me|saying|tells me|says|said|told me|whispering|whispers|me dice|me "
    rf"dicen|me decia|me dijo|dice) (?:that )?(?:que )?(?:the |my |mi |el |la |los )?{_CHILD} "
    r"(?:would be|will be|is|are|estaria|estarian|esta|estan|seria) (?:\w+ )?(?:safer|better|"
    r"better off|at peace|mejor|a salvo|en paz|mas seguro|mas segura)(?: \w+){0,2}? (?:with god|"
    r"in heaven|with the lord|with jesus|dead|gone|without me|con dios|en el cielo|con el senor|"
    r"muert[oa]s?|sin mi)",
    # faith language with a wish in it
    rf"(?:pray|praying|prayed|ask|asking|asked|beg|begging|begged|hope|hoping) (?:\w+ ){{0,2}}?"
    rf"{_GOD} (?:\w+ )?(?:to |will |would |that he |he will |he would |he )?(?:take|takes|call|"
    r"calls|bring|brings) me (?:home|tonight|soon|now|in my sleep|before morning|away|with "
    r"(?:him|her))",
    rf"(?:pray|praying|prayed|ask|asking|hope|hoping)(?: that)? (?:{_GOD} )?(?:i |he )?(?:does "
    r"not|doesnt|will not|wont|never|do not|dont) (?:let me )?wake (?:me )?(?:up)?",
    rf"(?:le pido|le ruego|le rezo|rezo|pido|ruego) (?:a )?(?:{_GOD} )?(?:\w+ ){{0,3}}?que (?:ya )?"
    r"(?:me lleve|me recoja|me llame|no me deje despertar|no despierte|me deje morir)",
]

# A terse reply that is only a high place: "on the bridge.", "estoy en el puente".
CRISIS_WHOLE = [
    r"(?:i am |im |standing |sitting |here )?(?:on|at|up on|on top of) (?:the|a) (?:bridge|roof|"
    r"ledge|edge|tracks|overpass|cliff|rooftop)(?: now| right now)?",
    r"(?:estoy |aqui )?(?:en|sobre|arriba de|arriba del) (?:el |la |las )?(?:puente|azotea|techo|"
    r"cornisa|vias|borde|barranco)(?: ahora)?",
]
